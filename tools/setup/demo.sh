#!/usr/bin/env bash
# demo.sh — the demo command: installs what is missing (deps.sh), builds (build.sh), then plays
# a city live:
#   1. a private mosquitto on 127.0.0.1 and a free port (nothing else can reach it), with its
#      configuration and log in a temporary folder;
#   2. vigie-sim publishing the city's street lights and waste containers to it (background),
#      as FIWARE NGSI-LD entities or, with --format (or FORMAT=…), as LoRaWAN uplinks (ttn,
#      chirpstack) or integrator JSON (json);
#   3. Vigie connected to it, subscribed with the routes of that format, serving the Open311
#      citizen-report endpoint on 127.0.0.1 and a free port with the api key "vigie-demo"
#      (the script prints the port and a curl example). Closing Vigie's window (or Ctrl-C)
#      stops the simulator and the broker.
# Without a display ($DISPLAY and $WAYLAND_DISPLAY empty) Vigie runs under xvfb-run and saves
# a screenshot to ./vigie-demo.png (in the current folder) after 20 seconds instead.
#
# Vigie keeps its database in the user's data folder, so running the demo again shows the
# restart: the cached city first, then the live feed. --fresh uses a throw-away database.
set -euo pipefail
# shellcheck source=tools/setup/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    cat <<USAGE
Usage: tools/setup/demo.sh [--city NAME] [--format F] [--fresh] [--start TIME] [--speed X]
                           [--rate N] [--lang fr|en] [--after S] [--stage SPEC|none]

  --city NAME   city pack: montpellier (default), paris, monaco, or a pack folder
  --format F    what the sensors speak: ngsi-ld (default; or the FORMAT variable), ttn or
                chirpstack (containers as LoRaWAN devices, lamps stay ngsi-ld), json
                (the example BinSense and LumiNet mappings)
  --fresh       use a temporary database instead of the one in the user's data folder
  --start TIME  simulated start, ISO 8601 in the city's time (default: now), e.g.
                2024-06-21T21:20:00 to watch the street lights come on at dusk
  --speed X     simulated seconds per wall-clock second (default 120: a day in 12 minutes)
  --rate N      simulator messages per second (default 300)
  --lang L      Vigie's language, fr or en (default: the system's)
  --after S     without a display: seconds before the screenshot (default 20)
  --stage SPEC  a mass failure for the alarms to group (vigie-sim --stage, docs/simulator.md),
                e.g. power-loss:district=CROIX D'ARGENT@60+900; "none" for none. Default in
                Montpellier: the MOSSON district loses power a minute in, for 15 minutes
USAGE
}

city=montpellier
format=${FORMAT:-ngsi-ld}
fresh=0
speed=120
rate=300
after=20
start=
lang=
stage=default
while (($# > 0)); do
    case $1 in
        --city) city=${2:?--city needs a value}; shift 2 ;;
        --city=*) city=${1#*=}; shift ;;
        --format) format=${2:?--format needs a value}; shift 2 ;;
        --format=*) format=${1#*=}; shift ;;
        --fresh) fresh=1; shift ;;
        --start) start=${2:?--start needs a value}; shift 2 ;;
        --speed) speed=${2:?--speed needs a value}; shift 2 ;;
        --rate) rate=${2:?--rate needs a value}; shift 2 ;;
        --lang) lang=${2:?--lang needs a value}; shift 2 ;;
        --after) after=${2:?--after needs a value}; shift 2 ;;
        --stage) stage=${2:?--stage needs a value}; shift 2 ;;
        --stage=*) stage=${1#*=}; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done
# A relative pack folder is meant from the caller's cwd.
if [[ $city == */* && $city != /* ]]; then city="$PWD/$city"; fi
case $format in
    ngsi-ld | ttn | chirpstack | json) ;;
    *) usage >&2; die "unknown format: $format (expected ngsi-ld, ttn, chirpstack or json)" ;;
esac

"$VIGIE_ROOT/tools/setup/deps.sh"
"$VIGIE_ROOT/tools/setup/build.sh"

vigie="$VIGIE_BUILD_DIR/app/vigie"
sim="$VIGIE_BUILD_DIR/tools/sim/vigie-sim"
[[ -x $vigie && -x $sim ]] || die "$vigie or $sim is missing after the build"
broker_bin=$(command -v mosquitto || echo /usr/sbin/mosquitto)
[[ -x $broker_bin ]] || die "mosquitto is not installed (deps.sh installs it)"

# ---- clean-up: whatever happens, stop what we started, newest first --------------------
workdir=$(mktemp -d -t vigie-demo.XXXXXX)
broker_pid=
sim_pid=
vigie_pid=
stop() {  # stop PID NAME SECONDS: SIGTERM, wait up to SECONDS, then SIGKILL
    local pid=$1 name=$2 grace=$3 i
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    say "$name did not stop in ${grace} s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # called through the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    # Finish the clean-up whatever fails, even with the terminal or a pipe gone (SIGPIPE).
    set +e
    trap '' PIPE
    stop "$vigie_pid" Vigie 5
    # The simulator waits for the broker's acknowledgements (up to 10 s) before it exits.
    stop "$sim_pid" vigie-sim 12
    stop "$broker_pid" mosquitto 5
    if ((rc != 0 && rc != 129 && rc != 130 && rc != 143)); then  # a failure, not a signal
        for log in "$workdir"/*.log; do
            [[ -s $log ]] || continue
            echo "---- last lines of $(basename "$log") ----" >&2
            tail -n 15 "$log" >&2
        done
    fi
    rm -rf "$workdir"
    [[ -n $broker_pid ]] && say "stopped the simulator and the broker"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---- 1. private broker on a free port --------------------------------------------------
# The broker and the simulator run in sessions of their own (setsid): a Ctrl-C in the terminal
# reaches Vigie and this script only, and cleanup() stops the others in order (the simulator
# first, while the broker is still there to acknowledge its last messages).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in 1 2 3 4 5 6 7 8; do  # a few tries: another program may take the port meanwhile
    port=$((20000 + RANDOM % 40000))
    port_open "$port" && continue  # taken
    # Started as root, mosquitto drops to the user "mosquitto": it reads this configuration
    # before, and logs to stderr, which this shell (not mosquitto) opens in the temp folder.
    cat >"$workdir/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
# Vigie's session is persistent: keep its messages (a minute of simulator traffic and more)
# while it is closed or busy
max_queued_messages 1000000
log_dest stderr
log_type error
log_type warning
log_type notice
CONF
    setsid "$broker_bin" -c "$workdir/mosquitto.conf" 2>"$workdir/mosquitto.log" &
    broker_pid=$!
    for ((i = 0; i < 50; i++)); do
        port_open "$port" && break
        kill -0 "$broker_pid" 2>/dev/null || break
        sleep 0.1
    done
    if port_open "$port" && kill -0 "$broker_pid" 2>/dev/null; then break; fi
    stop "$broker_pid" mosquitto 2
    broker_pid=
done
[[ -n $broker_pid ]] || die "could not start mosquitto on a free port (see the log above)"
say "mosquitto listening on 127.0.0.1:$port (pid $broker_pid)"

# ---- 2. the simulator -------------------------------------------------------------------
sim_args=(--host 127.0.0.1 --port "$port" --city "$city" --format "$format" --speed "$speed" --rate "$rate")
[[ -z $start ]] || sim_args+=(--start "$start")
# A district losing power a minute in: the demo then shows one grouped parent alarm, not
# thousands. Only Montpellier's default pack has street lights in named districts to stage.
if [[ $stage == default ]]; then
    # No end: the lamps stay dark until a crew Vigie dispatches repairs them.
    if [[ $city == montpellier ]]; then stage="power-loss:district=MOSSON@60"; else stage=none; fi
fi
[[ $stage == none ]] || sim_args+=(--stage "$stage")
# The crews' field devices: they take the work orders Vigie dispatches, drive there (their
# AT101 trackers report on TTN topics) and repair (docs/interventions.md).
if [[ $city == */* ]]; then crews_file="$city/crews.json"; else crews_file="$VIGIE_ROOT/resources/cities/$city/crews.json"; fi
[[ -f $crews_file ]] && sim_args+=(--crews "$crews_file" --crew-work 600)
setsid "$sim" "${sim_args[@]}" >"$workdir/vigie-sim.log" 2>&1 &
sim_pid=$!
sleep 1
kill -0 "$sim_pid" 2>/dev/null || { wait "$sim_pid" || true; die "vigie-sim stopped at once (log above)"; }
say "vigie-sim publishing $city as $format at $rate msg/s, speed x$speed (pid $sim_pid)"

# ---- 3. Vigie ---------------------------------------------------------------------------
args=(--broker "127.0.0.1:$port" --city "$city")
city_id=$city
if [[ $city == */* ]]; then
    city_id=$(sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' "$city/manifest.json" | head -n 1)
    [[ -n $city_id ]] || die "no \"id\" in $city/manifest.json"
fi
# Routes for the format (docs/simulator.md, "Formats"); on the command line they hold for
# this run only. Every format adds the TTN route of the crews' GNSS trackers. vigie/crews/… is the dispatch
# channel, not sensor data: the routes stay below vigie/<city>/.
case $format in
    ngsi-ld) args+=(--topic "vigie/$city_id/#" --topic "v3/+/devices/+/up=ttn") ;;
    ttn) args+=(--topic "vigie/$city_id/#" --topic "v3/+/devices/+/up=ttn") ;;
    chirpstack) args+=(--topic "vigie/$city_id/#" --topic "application/+/device/+/event/+=chirpstack" --topic "v3/+/devices/+/up=ttn") ;;
    json)
        # The example mappings build Montpellier asset ids: name the demo's city instead.
        for mapping in binsense-containers luminet-streetlights; do
            sed "s/:montpellier:{}/:$city_id:{}/" "$VIGIE_ROOT/resources/mappings/$mapping.yaml" >"$workdir/$mapping.yaml"
        done
        args+=(--topic "binsense/v1/+/up=json:$workdir/binsense-containers.yaml"
               --topic "luminet/+/+/report=json:$workdir/luminet-streetlights.yaml"
               --topic "v3/+/devices/+/up=ttn") ;;
esac
[[ -z $lang ]] || args+=(--lang "$lang")
# Citizen reports: the Open311 endpoint on loopback, with a demo api key (README, "Citizen
# reports in the demo", has the curl sequence).
open311_key=vigie-demo
for _ in 1 2 3 4 5 6 7 8; do
    open311_port=$((20000 + RANDOM % 40000))
    ((open311_port != port)) && ! port_open "$open311_port" && break
done
args+=(--open311 "$open311_port" --open311-key "$open311_key")
say "Open311 endpoint: http://127.0.0.1:$open311_port/ (api_key=$open311_key), e.g."
say "  curl -s http://127.0.0.1:$open311_port/services.json"
if ((fresh)); then
    args+=(--db "$workdir/vigie-demo.sqlite")
    say "database: a temporary one (--fresh), deleted at the end"
else
    data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Vigie/Vigie"
    if [[ $city == */* ]]; then
        say "database: the city's file in $data_dir (kept: run the demo again to see the restart)"
    else
        say "database: $data_dir/$city.sqlite (kept: run the demo again to see the restart)"
    fi
fi

# Root shells often have no session runtime folder; give Qt one instead of its warning.
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
    export XDG_RUNTIME_DIR="$workdir/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi

rc=0
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || die "no display and no xvfb-run (deps.sh installs xvfb)"
    shot="$PWD/vigie-demo.png"
    say "no display: running Vigie under Xvfb for ${after} s, then saving a screenshot"
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$vigie" "${args[@]}" --screenshot "$shot" --after "$after" || rc=$?
    if ((rc == 0)) && [[ -s $shot ]]; then
        say "screenshot saved: $shot"
    else
        say "Vigie exited with code $rc and no screenshot at $shot"
        ((rc != 0)) || rc=1
    fi
else
    say "starting Vigie; close its window (or press Ctrl-C here) to end the demo"
    # In the background so that a signal to this script is handled at once (a trap waits for
    # a foreground command); `wait` returns Vigie's exit code.
    "$vigie" "${args[@]}" &
    vigie_pid=$!
    wait "$vigie_pid" || rc=$?
    vigie_pid=
    say "Vigie exited (code $rc)"
fi
exit "$rc"
