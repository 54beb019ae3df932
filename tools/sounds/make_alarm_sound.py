#!/usr/bin/env python3
"""Writes resources/sounds/urgent-alarm.wav, the audible cue for new urgent alarms.

Two tones (880 Hz then 660 Hz, 0.18 s each, twice), 16-bit mono PCM at 22 050 Hz, with
10 ms fades so that nothing clicks. A descending two-tone pattern is the usual "attention"
signal in control rooms and stays distinct from desktop notification sounds. Standard
library only; run it again to regenerate: python3 tools/sounds/make_alarm_sound.py
"""
import math
import os
import struct
import wave

RATE = 22050
TONE_S = 0.18
GAP_S = 0.04
FADE_S = 0.010
AMPLITUDE = 0.6


def tone(freq):
    n = int(RATE * TONE_S)
    fade = int(RATE * FADE_S)
    out = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        # A little third harmonic makes it carry on small speakers.
        s = math.sin(2 * math.pi * freq * i / RATE) + 0.25 * math.sin(2 * math.pi * 3 * freq * i / RATE)
        out.append(AMPLITUDE * envelope * s / 1.25)
    return out


def main():
    samples = []
    silence = [0.0] * int(RATE * GAP_S)
    for _ in range(2):
        samples += tone(880) + silence + tone(660) + silence
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "resources", "sounds", "urgent-alarm.wav")
    with wave.open(os.path.normpath(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))
    print(os.path.normpath(path))


if __name__ == "__main__":
    main()
