#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + libFuzzer) and runs each briefly.
# usage: tools/run-fuzzers.sh BUILD_DIR [SECONDS_EACH]    (exit 77: no clang fuzzer here)
# Longer runs by hand: tools/run-fuzzers.sh build/fuzz 600
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1 seconds=${2:-10}
mkdir -p "$out"
command -v clang++ >/dev/null || { echo "skipped: no clang++"; exit 77; }
probe="$out/probe.cpp"
printf '#include <cstdint>\n#include <cstddef>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t){return 0;}\n' >"$probe"
clang++ -fsanitize=fuzzer "$probe" -o "$out/probe" 2>/dev/null || { echo "skipped: clang has no libFuzzer runtime"; exit 77; }
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -I"$root/src/core")
core="$root/src/core"
build() {  # build NAME SOURCES... LIBS
    local name=$1; shift
    [ "$out/$name" -nt "$root/fuzz/$name.cpp" ] && [ "$out/$name" -nt "$core/io/csv_reader.cpp" ] \
        && [ "$out/$name" -nt "$core/money/decimal_parse.cpp" ] && [ "$out/$name" -nt "$core/calendar/calendar.cpp" ] \
        && return 0
    clang++ "${flags[@]}" "$root/fuzz/$name.cpp" "$@" -o "$out/$name"
}
build fuzz_decimal "$core/money/decimal_parse.cpp"
build fuzz_dates "$core/calendar/calendar.cpp" -lfmt
build fuzz_csv_reader "$core/io/csv_reader.cpp" -lcsv -lfmt
for t in fuzz_decimal fuzz_dates fuzz_csv_reader; do
    corpus="$out/corpus-$t"
    mkdir -p "$corpus"
    [ "$t" = fuzz_csv_reader ] && cp -n "$root"/tests/corpus/*/*.csv "$corpus"/ 2>/dev/null || true
    "$out/$t" -artifact_prefix="$out/" -max_total_time="$seconds" -max_len=8192 -timeout=10 "$corpus" >"$out/$t.log" 2>&1 \
        || { tail -n 40 "$out/$t.log"; echo "FAIL: $t"; exit 1; }
    echo "$t: $(grep -o 'Done [0-9]* runs' "$out/$t.log" | tail -n 1), no crash"
done
