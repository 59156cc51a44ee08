#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing Storepulse need.
# Idempotent: packages already present are left alone; apt lists are refreshed only when needed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates curl
  libboost1.81-dev libboost-program-options1.81-dev libboost-system1.81-dev
  libsqlite3-dev sqlite3
  libprotobuf-dev protobuf-compiler
  libimgui-dev libglfw3-dev libgl-dev
  catch2 ccache clang libclang-rt-14-dev tzdata
  libssl-dev openssl libsodium-dev zlib1g-dev
  fonts-dejavu-core
  libjs-chart.js
  xvfb xauth xdotool x11-apps
  chromium chromium-driver
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: must run as root to install packages" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
