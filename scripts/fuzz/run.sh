#!/usr/bin/env bash
# Builds the pack-loader fuzzer (libFuzzer + AddressSanitizer) and runs it.
#   scripts/fuzz/run.sh [--time SECONDS] [--jobs N] [-- LIBFUZZER-FLAGS...]
#   scripts/fuzz/run.sh --build-only        # just build .build-fuzz/fuzz-pack
#   scripts/fuzz/run.sh --replay FILE       # run one input again (a crash found earlier)
#   scripts/fuzz/run.sh --minimise FILE     # shrink a crashing input to FILE.min
# Crashes are written to $OBERIH_FUZZ_CRASHES (default .build-fuzz/crashes/); the
# corpus grows in .build-fuzz/corpus/. docs/validation.md, "Fuzzing", says more.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=60
jobs=1
build_only=false
replay=""
minimise=""
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --build-only) build_only=true; shift ;;
    --replay) replay="$2"; shift 2 ;;
    --minimise) minimise="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--time SECONDS] [--jobs N] [--build-only | --replay FILE | --minimise FILE] [-- LIBFUZZER-FLAGS...]" >&2
       exit 2 ;;
  esac
done

out=.build-fuzz
crashes="${OBERIH_FUZZ_CRASHES:-$out/crashes}"
mkdir -p "$out/modules" "$crashes" "$out/corpus"

flags=(-O -g -sanitize=fuzzer,address -parse-as-library -I "$out/modules" -I Sources/CLibXML2
       $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g'))
module() {  # module NAME SOURCES...: one object and one .swiftmodule
  local name="$1"; shift
  echo "fuzz: compiling $name"
  nice -n 10 swiftc "${flags[@]}" -module-name "$name" -wmo -c "$@" -o "$out/$name.o" \
    -emit-module -emit-module-path "$out/modules/$name.swiftmodule"
}
# Built again only when a source, the schema or this script is newer than the binary.
if [ ! -x "$out/fuzz-pack" ] || [ -n "$(find -L Sources/PackXML Sources/LessonPack Sources/CLibXML2 scripts/fuzz/*.swift scripts/fuzz/run.sh \
    -newer "$out/fuzz-pack" -print -quit)" ]; then
  # SwiftPM embeds the XSD as PackageResources.pack_1_xsd; the fuzz build makes the same file.
  python3 - "$out/embedded_resources.swift" <<'PY'
import sys
data = open("Sources/LessonPack/Resources/pack-1.xsd", "rb").read()
open(sys.argv[1], "w").write(
    "struct PackageResources {\nstatic let pack_1_xsd: [UInt8] = [" + ",".join(map(str, data)) + "]\n}\n")
PY
  module PackXML Sources/PackXML/*.swift
  module LessonPack $(find Sources/LessonPack -name '*.swift') "$out/embedded_resources.swift"
  echo "fuzz: linking $out/fuzz-pack"
  nice -n 10 swiftc "${flags[@]}" -module-name FuzzPack scripts/fuzz/FuzzPackValidator.swift \
    -use-ld=lld "$out/PackXML.o" "$out/LessonPack.o" $(pkg-config --libs libxml-2.0) -o "$out/fuzz-pack"
fi
$build_only && exit 0
[ -n "$replay" ] && exec "$out/fuzz-pack" -timeout=10 -rss_limit_mb=4096 "$@" "$replay"
if [ -n "$minimise" ]; then
  exec "$out/fuzz-pack" -minimize_crash=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -exact_artifact_path="$minimise.min" "$@" "$minimise"
fi

seeds="$out/seeds"
rm -rf "$seeds"
python3 scripts/fuzz/make-corpus.py "$seeds"
run=(-dict=scripts/fuzz/pack.dict -max_total_time="$seconds" -max_len=400000 -timeout=10 -rss_limit_mb=4096
     -artifact_prefix="$crashes/" -print_final_stats=1)
[ "$jobs" -gt 1 ] && run+=(-fork="$jobs")
echo "fuzz: running for ${seconds}s with $jobs job(s); crashes go to $crashes/"
exec nice -n 10 "$out/fuzz-pack" "${run[@]}" "$@" "$out/corpus" "$seeds"
