#!/usr/bin/env bash
# test.sh — the test command: installs what is missing (deps.sh), builds (build.sh), then runs
# the whole test suite with CTest. Arguments go to ctest, e.g. `tools/setup/test.sh -L core`
# or `-R tst_store`. GUI tests use Qt's offscreen platform and the integration tests start
# their own mosquitto, so no display or broker is needed. The exit code is ctest's.
set -euo pipefail
# shellcheck source=tools/setup/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$VIGIE_ROOT/tools/setup/deps.sh"
"$VIGIE_ROOT/tools/setup/build.sh"

say "running the tests in $VIGIE_BUILD_DIR"
rc=0
ctest --test-dir "$VIGIE_BUILD_DIR" --output-on-failure "$@" || rc=$?
if ((rc == 0)); then say "all tests passed"; else say "ctest failed (exit code $rc)"; fi
exit "$rc"
