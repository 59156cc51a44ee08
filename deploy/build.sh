#!/usr/bin/env bash
# Configures and builds Storepulse into build/ (or $STOREPULSE_BUILD_DIR).
# Warnings are errors under CI; STOREPULSE_SANITIZE=1 builds with address+undefined sanitizers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${STOREPULSE_BUILD_DIR:-$root/build}
werror=OFF
[[ -n "${CI:-}" ]] && werror=ON
sanitize=OFF
[[ "${STOREPULSE_SANITIZE:-0}" == 1 ]] && sanitize=ON
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTOREPULSE_WERROR=$werror \
  -DSTOREPULSE_SANITIZE=$sanitize >/dev/null
cmake --build "$build" -j"$(nproc)"
