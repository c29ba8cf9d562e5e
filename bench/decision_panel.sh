#!/usr/bin/env bash
# Times the discount decision panel on a copy of a demo file (bench/decision_panel.cpp).
#   bench/decision_panel.sh DEMO_FILE [REQUESTS] [TODAY]
# BENCH_BIN_DIR: the build folder holding bench/decision_panel (default build/release).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${BENCH_BIN_DIR:-$here/../build/release}/bench/decision_panel"
[ $# -ge 1 ] || { echo "usage: $0 DEMO_FILE [REQUESTS] [TODAY]" >&2; exit 2; }
[ -x "$bin" ] || { echo "build the decision_panel target first ($bin)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$1" "$work/demo.uplift"
"$bin" "$work/demo.uplift" "${2:-20}" "${3:-2026-06-30}"
