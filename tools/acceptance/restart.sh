#!/usr/bin/env bash
# Restart acceptance test (issue 2, "Done when"): Vigie is quit while the simulator keeps
# publishing for a minute; on restart the map first shows the cached state, then every
# message published meanwhile arrives through the persistent MQTT session. Nothing lost,
# nothing twice: the store ends with exactly the number of messages the simulator sent.
#
# Usage: tools/acceptance/restart.sh [build-dir]   (default ./build; needs a display-less
# Qt platform, so it runs with QT_QPA_PLATFORM=offscreen). Takes about three minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
vigie=$build/app/vigie
sim=$build/tools/sim/vigie-sim
count=${COUNT:-30000}
rate=${RATE:-300}
work=$(mktemp -d)
chmod 755 "$work"   # mosquitto, started as root, runs as user mosquitto
cleanup() { kill "${sim_pid:-}" "${broker_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 1000000\n' "$port" > "$work/mosquitto.conf"
/usr/sbin/mosquitto -c "$work/mosquitto.conf" 2> "$work/mosquitto.log" &
broker_pid=$!
sleep 0.5

export HOME=$work/home QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="vigie.*.debug=false;vigie.*.info=false"
db=$work/restart.sqlite
stored() { sqlite3 "$db" 'SELECT COUNT(*) FROM message'; }

# Vigie first: its persistent session must exist before anything is published (a broker
# keeps messages only for sessions it knows).
"$vigie" --broker "127.0.0.1:$port" --db "$db" --screenshot "$work/first.png" --after 25 &
vigie_pid=$!
sleep 8
"$sim" --port "$port" --city montpellier --rate "$rate" --count "$count" --seed 5 --quiet 2> "$work/sim.log" &
sim_pid=$!
wait "$vigie_pid"
echo "Vigie closed at $(date +%T) with $(stored) messages stored; the simulator goes on."
sleep 60
echo "Vigie restarts at $(date +%T)."
"$vigie" --broker "127.0.0.1:$port" --db "$db" --screenshot "$work/second.png" --after 60
wait "$sim_pid"
cat "$work/sim.log"
sleep 1
total=$(stored)
echo "Simulator sent $count messages; the store holds $total."
if [ "$total" -ne "$count" ]; then
    cp "$db" /tmp/vigie-restart-failed.sqlite
    echo "FAIL: the store is kept in /tmp/vigie-restart-failed.sqlite"
    exit 1
fi
echo "PASS: nothing lost, nothing twice."
