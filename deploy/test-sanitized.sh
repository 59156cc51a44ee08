#!/usr/bin/env bash
# Builds Storepulse again with clang, AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer
# (into build-sanitize/), runs the unit and loopback tests there (not the kiosk window and browser
# tests, which the main run covers, nor the WAL bound under back-to-back commits, a timing bound
# that the sanitizers' slowdown would stretch), then runs every fuzz target of fuzz/ from its seed
# corpus for FUZZ_SECONDS (30) each. Any sanitizer report or fuzz crash fails the run; a crashing input is
# kept in build-sanitize/fuzz-artifacts/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${STOREPULSE_SANITIZE_BUILD_DIR:-$root/build-sanitize}
seconds=${FUZZ_SECONDS:-30}

CC=clang CXX=clang++ STOREPULSE_BUILD_DIR="$build" STOREPULSE_SANITIZE=1 STOREPULSE_FUZZ=1 "$root/deploy/build.sh"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/test-artifacts"
ctest --test-dir "$build" --output-on-failure --timeout 600 -j"$(nproc)" \
  -E '^dashboard:|kiosk window|attract screen says|WAL starts over again and again'

mkdir -p "$build/fuzz-artifacts"
for corpus in "$root"/fuzz/corpus/*/; do
  name=$(basename "$corpus")
  work=$(mktemp -d)
  echo "fuzz: $name for ${seconds}s"
  "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$name-" "$work" "$corpus" 2>&1 | tail -n 12
  rm -rf "$work"
done
