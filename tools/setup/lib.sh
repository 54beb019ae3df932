# shellcheck shell=bash
# Shared helpers for the tools/setup scripts; sourced, not run.
#
# Sets VIGIE_ROOT (the repository, whatever the caller's cwd) and VIGIE_BUILD_DIR (./build in
# the repository unless the caller set it; a relative value is taken from the caller's cwd).

VIGIE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ -n ${VIGIE_BUILD_DIR:-} ]]; then
    [[ $VIGIE_BUILD_DIR == /* ]] || VIGIE_BUILD_DIR="$PWD/$VIGIE_BUILD_DIR"
else
    VIGIE_BUILD_DIR="$VIGIE_ROOT/build"
fi
export VIGIE_BUILD_DIR

# say MESSAGE: a progress line, prefixed with the script's name (bold on a terminal).
# die MESSAGE: an error line on stderr, then exit 1.
if [[ -t 1 ]]; then _vigie_b=$'\033[1m' _vigie_r=$'\033[1;31m' _vigie_n=$'\033[0m'; else _vigie_b='' _vigie_r='' _vigie_n=''; fi
say() { printf '%s[%s]%s %s\n' "$_vigie_b" "$(basename "$0" .sh)" "$_vigie_n" "$*"; }
die() { printf '%s[%s] error:%s %s\n' "$_vigie_r" "$(basename "$0" .sh)" "$_vigie_n" "$*" >&2; exit 1; }
