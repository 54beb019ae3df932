#!/usr/bin/env bash
# build.sh — configures (Ninja, RelWithDebInfo) and builds Vigie, its simulator and its tests
# into ./build at the top of the repository, or into $VIGIE_BUILD_DIR. Arguments are passed to
# the first configuration, e.g. `tools/setup/build.sh -DVIGIE_BUILD_TESTS=OFF`. Incremental:
# an existing build directory is reused with its settings. $VIGIE_JOBS sets the parallelism
# (default: the number of cores). Does not install packages: run deps.sh first.
set -euo pipefail
# shellcheck source=tools/setup/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

jobs=${VIGIE_JOBS:-$(nproc)}

if [[ -f $VIGIE_BUILD_DIR/CMakeCache.txt ]]; then
    say "reusing the build directory $VIGIE_BUILD_DIR"
    (($# == 0)) || say "warning: already configured, ignoring the arguments: $*"
    cmake -S "$VIGIE_ROOT" -B "$VIGIE_BUILD_DIR"
else
    say "configuring into $VIGIE_BUILD_DIR (Ninja, RelWithDebInfo)"
    cmake -S "$VIGIE_ROOT" -B "$VIGIE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi

say "building with $jobs job(s)"
start=$SECONDS
cmake --build "$VIGIE_BUILD_DIR" --parallel "$jobs"
say "built in $((SECONDS - start)) s: $VIGIE_BUILD_DIR/app/vigie, $VIGIE_BUILD_DIR/tools/sim/vigie-sim"
