#!/usr/bin/env bash
# Ingest benchmark: Vigie's real ingest path against mosquitto_sub, on the same messages
# from the same private broker, in the same run. See docs/performance.md.
#
# Run from the repository root, with a configured build folder:
#   tools/bench/run-ingest-bench.sh
# Environment (all optional):
#   BUILD=build          configured CMake build folder; vigie-sim and vigie-bench-ingest are
#                        built there first (an incremental, usually empty, build)
#   COUNT=1000000        messages per run (a small COUNT, e.g. 50000, checks the harness)
#   RUNS=3               runs, each against a fresh broker; the last row is the median
#   CITY=montpellier     city pack
#   INFLIGHT=100         broker max_inflight_messages (QoS 1 messages unacknowledged per client)
#   MOSQUITTO=/usr/sbin/mosquitto
#   BENCH=…              a vigie-bench-ingest to measure instead of $BUILD's (A/B of two builds)
#   IDLE=90              each run first waits (up to 5 min) until the machine is this % idle;
#                        0 skips the wait (for checking the harness on a busy machine)
# Per run: a fresh broker; both persistent sessions registered; COUNT messages published by
# vigie-sim (QoS 1) while both consumers are offline, so the broker queues them twice; then
# mosquitto_sub drains its copy, then vigie-bench-ingest drains its own (one after the other,
# so they do not share the two cores). Each run waits until the machine is ≥ IDLE % idle.
# Table, one row per run and a row of per-column medians:
#   others%    CPU share used by other processes during the drains (the larger of the two);
#              above ~5 % the run was disturbed and should be repeated
#   publish/s  vigie-sim, first publish to last PUBACK
#   sub msg/s  mosquitto_sub: (N − 1) / (last − first message time stamp)
#   decoded/s  vigie-bench-ingest: N / (pipeline applied message N − first message received)
#   dec        decoded/s ÷ sub msg/s (target ≥ 0.8)
#   durable/s  vigie-bench-ingest: N / (last commit − first message received)
#   dur        durable/s ÷ sub msg/s (target ≥ 0.7)
#   store MiB, B/message: store size, growth per message
#   RSS MiB    peak resident memory of vigie-bench-ingest while ingesting
#   store µs, ingest µs, mqtt µs: CPU time of the vigie-store (writer), vigie-ingest
#              (decode) and vigie-mqtt (libmosquitto network) threads per message; unlike
#              the rates, barely moved by other processes
#   stall ms   longest lateness of a 10 ms timer on vigie-bench-ingest's main thread, which
#              applies the StateDeltas to a CityMap as the app's GUI thread does
set -euo pipefail

BUILD=${BUILD:-build}
COUNT=${COUNT:-1000000}
RUNS=${RUNS:-3}
CITY=${CITY:-montpellier}
INFLIGHT=${INFLIGHT:-100}
MOSQUITTO=${MOSQUITTO:-/usr/sbin/mosquitto}
IDLE=${IDLE:-90}
TIMEOUT=600

die() { echo "run-ingest-bench: $*" >&2; exit 1; }
note() { echo "run-ingest-bench: $*" >&2; }

# --- build check -------------------------------------------------------------------------
[[ -f $BUILD/CMakeCache.txt ]] || die "$BUILD is not a configured build folder (cmake -S . -B $BUILD -G Ninja), or set BUILD"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt")
[[ $build_type == Release || $build_type == RelWithDebInfo ]] \
    || note "warning: $BUILD is a '${build_type:-no type}' build; figures are meant for Release or RelWithDebInfo"
cmake --build "$BUILD" --target vigie-sim vigie-bench-ingest >&2 || die "the build failed"
SIM=$BUILD/tools/sim/vigie-sim
BENCH=${BENCH:-$BUILD/tools/bench/vigie-bench-ingest}
for tool in "$MOSQUITTO" mosquitto_sub; do
    command -v "$tool" >/dev/null || die "$tool not found (Debian: apt install mosquitto mosquitto-clients)"
done

WORK=$(mktemp -d -t vigie-bench.XXXXXX)
BROKER_PID=
stop_broker() {
    if [[ -n $BROKER_PID ]]; then
        kill "$BROKER_PID" 2>/dev/null || true
        wait "$BROKER_PID" 2>/dev/null || true
        BROKER_PID=
    fi
}
trap 'stop_broker; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# --- broker ------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts a fresh broker on a free loopback port; sets PORT and BROKER_PID.
start_broker() {
    for _ in $(seq 20); do
        PORT=$((20000 + RANDOM % 40000))
        port_in_use "$PORT" || break
    done
    # Queues deep enough for COUNT QoS 1 messages per offline session (the default, 1000,
    # would drop the rest); no persistence file; stderr log, as root it drops to "mosquitto".
    cat >"$WORK/mosquitto.conf" <<EOF
listener $PORT 127.0.0.1
allow_anonymous true
persistence false
max_queued_messages $((COUNT * 2))
max_queued_bytes 0
max_inflight_messages $INFLIGHT
log_dest stderr
log_type error
log_type warning
log_type notice
log_type information
EOF
    "$MOSQUITTO" -c "$WORK/mosquitto.conf" 2>>"$WORK/mosquitto.log" &
    BROKER_PID=$!
    for _ in $(seq 100); do
        port_in_use "$PORT" && return 0
        kill -0 "$BROKER_PID" 2>/dev/null || break
        sleep 0.05
    done
    die "mosquitto did not start on port $PORT: $(tail -5 "$WORK/mosquitto.log")"
}

# --- measurement helpers ---------------------------------------------------------------
field() { sed -n "s/.*\"$1\":\([^,}]*\).*/\1/p" "$2" | tr -d '"'; }
# CPU µs per message of thread $1, from the cpuSeconds object of JSON file $2.
thread_us() { awk -v s="$(field "$1" "$2")" -v n="$COUNT" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
busy_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
broker_jiffies() { awk '{ print $14 + $15 }' "/proc/$BROKER_PID/stat"; }

# Waits (up to 5 min) until the machine was at least $IDLE % idle over 2 s: another build on
# the same cores would be measured too.
wait_until_quiet() {
    local deadline=$((SECONDS + 300)) idle
    ((IDLE > 0)) || return 0
    while :; do
        idle=$(awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; sleep 2
               awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat)
        idle=$(echo "$idle" | awk 'NR == 1 { i = $1; t = $2 } NR == 2 { printf "%.0f", 100 * ($1 - i) / ($2 - t) }')
        ((idle >= IDLE)) && return
        ((SECONDS < deadline)) || { note "warning: the machine is still busy (${idle} % idle); measuring anyway"; return; }
        note "the machine is busy (${idle} % idle), waiting"
        sleep 10
    done
}

# Runs "$@" with stdout to $1's file and stderr to $WORK/<name>.log, where the first argument
# is a name. Sets OTHERS: the share (%) of the machine's CPU used while it ran by processes
# other than it and the broker, e.g. someone else's build. Returns the command's status.
measured() {
    local name=$1 b0 k0 status=0
    shift
    b0=$(busy_jiffies)
    k0=$(broker_jiffies)
    { TIMEFORMAT='%R %U %S'; time "$@" >"$WORK/$name.out" 2>"$WORK/$name.log" || status=$?; } 2>"$WORK/$name.time"
    OTHERS=$(awk -v b="$(($(busy_jiffies) - b0))" -v k="$(($(broker_jiffies) - k0))" -v hz="$(getconf CLK_TCK)" \
        -v cpus="$(nproc)" '{ o = (b - k) / hz - $2 - $3; printf "%.0f", (o > 0 ? o : 0) * 100 / ($1 * cpus) }' \
        "$WORK/$name.time")
    return "$status"
}

# --- one run -----------------------------------------------------------------------------
# Prints: others% publish/s sub/s decoded/s dec-ratio durable/s dur-ratio store_bytes
#         bytes_per_message peak_rss_kib store_cpu_us ingest_cpu_us mqtt_cpu_us stall_ms
one_run() {
    local run=$1 topic="vigie/$CITY/#" sub_id="bench-sub" vigie_id="bench-vigie"
    wait_until_quiet
    start_broker

    mosquitto_sub -p "$PORT" -c -i "$sub_id" -q 1 -t "$topic" -E -W 10 \
        || die "could not register the mosquitto_sub session"
    "$BENCH" --register --port "$PORT" --client-id "$vigie_id" --city "$CITY" --timeout 10 \
        || die "could not register the vigie-bench-ingest session"

    note "run $run: publishing $COUNT messages"
    "$SIM" --rate 0 --count "$COUNT" --city "$CITY" --seed 1 --qos 1 --port "$PORT" --quiet 2>"$WORK/sim.log" \
        || die "vigie-sim failed: $(tail -5 "$WORK/sim.log")"
    local publish_rate
    publish_rate=$(sed -n 's/.*(\([0-9]*\) msg\/s).*/\1/p' "$WORK/sim.log" | tail -1)

    # mosquitto_sub: one Unix time stamp (ns) per message; rate = (N − 1) / (last − first).
    note "run $run: mosquitto_sub drains its session"
    measured sub mosquitto_sub -p "$PORT" -c -i "$sub_id" -q 1 -t "$topic" -C "$COUNT" -F '%U' -W "$TIMEOUT" \
        || die "mosquitto_sub failed after $(wc -l <"$WORK/sub.out") messages"
    local others_sub=$OTHERS got sub_rate
    got=$(wc -l <"$WORK/sub.out")
    [[ $got -eq $COUNT ]] || die "mosquitto_sub received $got messages, expected $COUNT"
    sub_rate=$(awk -v n="$COUNT" 'NR == 1 { first = $1 } { last = $1 } END { printf "%.0f", (n - 1) / (last - first) }' "$WORK/sub.out")

    note "run $run: vigie-bench-ingest drains its session"
    measured vigie "$BENCH" --port "$PORT" --client-id "$vigie_id" --city "$CITY" --count "$COUNT" --timeout "$TIMEOUT" \
        || die "vigie-bench-ingest failed: $(tail -5 "$WORK/vigie.log")"
    local json=$WORK/vigie.out vigie_rate decoded_rate store city
    note "run $run: $(cat "$json")"
    stop_broker

    vigie_rate=$(field messagesPerSecond "$json")
    decoded_rate=$(field decodedPerSecond "$json")
    store=$(field storeBytes "$json")
    city=$(field cityBytes "$json")
    echo "$((others_sub > OTHERS ? others_sub : OTHERS)) $publish_rate $sub_rate" \
        "$decoded_rate $(awk -v v="$decoded_rate" -v s="$sub_rate" 'BEGIN { printf "%.2f", v / s }')" \
        "$vigie_rate $(awk -v v="$vigie_rate" -v s="$sub_rate" 'BEGIN { printf "%.2f", v / s }')" \
        "$store $(((store - city) / COUNT)) $(field peakRssKiB "$json")" \
        "$(thread_us vigie-store "$json") $(thread_us vigie-ingest "$json") $(thread_us vigie-mqtt "$json")" \
        "$(field maxStallMs "$json")"
}

# --- table -------------------------------------------------------------------------------
row() {
    awk -v label="$1" '{ printf "| %-6s | %7.0f | %9.0f | %9.0f | %9.0f | %4.2f | %9.0f | %4.2f | %9.0f | %9.0f | %7.0f | %8.1f | %9.1f | %7.1f | %8.1f |\n",
        label, $1, $2, $3, $4, $5, $6, $7, $8 / 1048576, $9, $10 / 1024, $11, $12, $13, $14 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

note "$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $COUNT messages, $RUNS runs"
: >"$WORK/rows"
for run in $(seq "$RUNS"); do
    one_run "$run" >>"$WORK/rows"
done

echo "COUNT=$COUNT CITY=$CITY INFLIGHT=$INFLIGHT, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "| run    | others% | publish/s | sub msg/s | decoded/s | dec  | durable/s | dur  | store MiB | B/message | RSS MiB | store µs | ingest µs | mqtt µs | stall ms |"
echo "|--------|---------|-----------|-----------|-----------|------|-----------|------|-----------|-----------|---------|----------|-----------|---------|----------|"
run=0
while read -r line; do
    run=$((run + 1))
    echo "$line" | row "$run"
done <"$WORK/rows"
medians=""
for col in $(seq 14); do
    medians+="$(cut -d' ' -f"$col" "$WORK/rows" | median) "
done
echo "$medians" | row median
