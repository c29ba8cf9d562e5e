#!/usr/bin/env bash
# Installs the Debian packages Uplift builds and tests with; returns at once when all are present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6svg6
  libsqlite3-dev sqlite3 libboost-date-time-dev libfmt-dev catch2 libcsv-dev nlohmann-json3-dev
  time python3 clang
  fonts-dejavu-core poppler-utils
)
# libFuzzer's runtime has a versioned name; take the one this release has (Debian 12: 14).
for rt in libclang-rt-14-dev libclang-rt-dev; do
  if dpkg-query -W -f='${Status}' "$rt" 2>/dev/null | grep -q "install ok installed"; then
    break
  fi
  if apt-cache show "$rt" >/dev/null 2>&1; then
    packages+=("$rt")
    break
  fi
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}"
sudo_=""
[ "$(id -u)" -eq 0 ] || sudo_=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo_ apt-get update -qq
$sudo_ apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
