#!/usr/bin/env bash
# Configures and builds Storepulse into build/ (or $STOREPULSE_BUILD_DIR).
# Warnings are errors under CI; STOREPULSE_SANITIZE=1 builds with address+undefined sanitizers;
# STOREPULSE_FUZZ=1 (with CXX=clang++) adds the libFuzzer targets of fuzz/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${STOREPULSE_BUILD_DIR:-$root/build}
werror=OFF
[[ -n "${CI:-}" ]] && werror=ON
sanitize=OFF
[[ "${STOREPULSE_SANITIZE:-0}" == 1 ]] && sanitize=ON
fuzz=OFF
[[ "${STOREPULSE_FUZZ:-0}" == 1 ]] && fuzz=ON
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTOREPULSE_WERROR=$werror \
  -DSTOREPULSE_SANITIZE=$sanitize -DSTOREPULSE_FUZZ=$fuzz >/dev/null
cmake --build "$build" -j"$(nproc)"
