#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (unit, loopback server, kiosk under Xvfb,
# dashboard in headless Chromium), then, unless ctest arguments are given, the unit and loopback
# tests again under AddressSanitizer and UndefinedBehaviorSanitizer, and the fuzz targets
# (deploy/test-sanitized.sh). Test artifacts (screenshots, logs) land in build/test-artifacts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${STOREPULSE_BUILD_DIR:-$root/build}
"$root/deploy/install-deps.sh"
"$root/deploy/build.sh"
mkdir -p "$build/test-artifacts"
if (($# == 0)); then
  # Two tests at a time (the kiosk window tests mostly wait on taps, each of which waits until the
  # kiosk has counted it); the layout property test (every kiosk screen at six sizes and two
  # densities) after the rest, two of its cases at a time.
  ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 -E 'Every kiosk window screen'
  ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 -R 'Every kiosk window screen'
else
  ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
fi
# With no filter given, the same tests again under the sanitizers, and the fuzz targets.
if (($# == 0)); then
  "$root/deploy/test-sanitized.sh"
fi
