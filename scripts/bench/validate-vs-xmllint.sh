#!/usr/bin/env bash
# Times `oberih validate` (release build) against `xmllint --noout --schema` on the same
# large synthetic pack, in one run, and prints a Markdown table for docs/performance.md.
#
#   scripts/bench/validate-vs-xmllint.sh [--runs N] [--warmup N] [--size 5MB] [--seed N]
#                                        [--keep DIR] [--no-build] [--no-hyperfine]
#
# Needs python3, xmllint (Debian: apt-get install -y libxml2-utils) and swift. Uses
# hyperfine (Debian: apt-get install -y hyperfine) when it is installed, and GNU time
# (Debian: apt-get install -y time) for the peak RSS. Installs nothing itself.
#
# What it does:
#   1. builds oberih with `swift build -c release --scratch-path .build-release` (with
#      --no-build, uses the binary already there);
#   2. writes a pack of --size (default 5MB) with scripts/bench/make-large-pack.py into a
#      temporary folder (kept in DIR with --keep DIR);
#   3. checks that both tools accept it (exit status 0: oberih finds no error; the
#      item-writing warnings newer rules give on a generated pack are allowed);
#   4. runs both tools alternately, xmllint then oberih, --warmup rounds untimed and then
#      --runs rounds timed, and reports mean, median, min and max of each;
#   5. if hyperfine is installed (and not --no-hyperfine), measures again with hyperfine,
#      same warm-up and runs; the goal is judged on hyperfine's medians, else the loop's;
#   6. measures the peak RSS of each tool with /usr/bin/time -v;
#   7. prints the ratio oberih/xmllint of the medians and whether it is within the goal
#      (1.3; set GOAL=… to change it).
# Exit status: 0 measured (whether or not the goal is met), 1 a tool is missing or
# rejects the pack, 2 usage error.
set -euo pipefail

runs=10
warmup=3
size=5MB
seed=1
keep=""
build=1
use_hyperfine=1
goal="${GOAL:-1.3}"

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?}"; shift 2 ;;
    --warmup) warmup="${2:?}"; shift 2 ;;
    --size) size="${2:?}"; shift 2 ;;
    --seed) seed="${2:?}"; shift 2 ;;
    --keep) keep="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-hyperfine) use_hyperfine=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "validate-vs-xmllint: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
case "$runs$warmup" in *[!0-9]*) echo "validate-vs-xmllint: --runs and --warmup take numbers" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] || { echo "validate-vs-xmllint: --runs must be at least 1" >&2; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "validate-vs-xmllint: needs bash 5 or later (EPOCHREALTIME)" >&2; exit 1; }

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
xsd="$root/Curriculum/schema/pack-1.xsd"

# ------------------------------------------------------------------ tools
missing=0
command -v python3 >/dev/null || { echo "python3 is missing (Debian: apt-get install -y python3)" >&2; missing=1; }
command -v swift >/dev/null || { echo "swift is missing (see swift.org/install)" >&2; missing=1; }
command -v xmllint >/dev/null || {
  echo "xmllint is missing; install it with: apt-get install -y libxml2-utils" >&2; missing=1; }
[ "$missing" = 0 ] || exit 1
have_hyperfine=0
if [ "$use_hyperfine" = 0 ]; then
  :
elif command -v hyperfine >/dev/null; then
  have_hyperfine=1
else
  echo "note: hyperfine is not installed (apt-get install -y hyperfine); using the timing loop only" >&2
fi
gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
  gnu_time=/usr/bin/time
else
  echo "note: GNU time is not installed (apt-get install -y time); peak RSS is not measured" >&2
fi

# ------------------------------------------------------------------ build and pack
if [ "$build" = 1 ]; then
  echo "== building oberih (release, --scratch-path .build-release)" >&2
  swift build -c release --scratch-path "$root/.build-release" >&2
fi
oberih="$(swift build -c release --scratch-path "$root/.build-release" --show-bin-path)/oberih"
[ -x "$oberih" ] || { echo "no release build at $oberih; run without --no-build" >&2; exit 1; }

if [ -n "$keep" ]; then
  mkdir -p "$keep"; work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/oberih-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
pack="$work/large-pack.xml"
rm -f "$work/hyperfine.json" "$work/loop.txt"
echo "== writing a $size pack (seed $seed) to $pack" >&2
python3 "$root/scripts/bench/make-large-pack.py" "$pack" --size "$size" --seed "$seed" 2> "$work/generator.txt"
cat "$work/generator.txt" >&2
field() { tr ' ' '\n' < "$work/generator.txt" | sed -n "s/^$1=//p"; }

xmllint_cmd=(xmllint --noout --schema "$xsd" "$pack")
oberih_cmd=("$oberih" validate "$pack")

echo "== checking that both tools accept the pack" >&2
if ! "${xmllint_cmd[@]}" 2> "$work/xmllint.txt"; then
  cat "$work/xmllint.txt" >&2; echo "xmllint rejects the pack" >&2; exit 1
fi
if ! "$oberih" validate "$pack" 2> "$work/oberih.txt"; then
  cat "$work/oberih.txt" >&2; echo "oberih validate finds errors in the pack" >&2; exit 1
fi
echo "   xmllint: $(cat "$work/xmllint.txt")" >&2
echo "   oberih: $(tail -n 1 "$work/oberih.txt")" >&2

# ------------------------------------------------------------------ alternating loop
# EPOCHREALTIME (bash 5) is read without forking; with the separator removed it is an
# integer count of microseconds.
echo "== alternating loop: $warmup warm-up rounds, $runs timed rounds" >&2
for ((i = 0; i < warmup; i++)); do
  "${xmllint_cmd[@]}" >/dev/null 2>&1
  "${oberih_cmd[@]}" >/dev/null 2>&1
done
: > "$work/loop.txt"
for ((i = 0; i < runs; i++)); do
  t0=${EPOCHREALTIME/[,.]/}; "${xmllint_cmd[@]}" >/dev/null 2>&1
  t1=${EPOCHREALTIME/[,.]/}; "${oberih_cmd[@]}" >/dev/null 2>&1
  t2=${EPOCHREALTIME/[,.]/}
  echo "$((t1 - t0)) $((t2 - t1))" >> "$work/loop.txt"
done

# ------------------------------------------------------------------ hyperfine
if [ "$have_hyperfine" = 1 ]; then
  echo "== hyperfine: --warmup $warmup --runs $runs" >&2
  hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$work/hyperfine.json" \
    -n xmllint "$(printf '%q ' "${xmllint_cmd[@]}")" \
    -n oberih "$(printf '%q ' "${oberih_cmd[@]}")" >&2
fi

# ------------------------------------------------------------------ peak RSS
rss() {  # the largest "Maximum resident set size" of three runs, in KiB
  local best=0 value
  for _ in 1 2 3; do
    value=$("$gnu_time" -v "$@" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')
    [ "${value:-0}" -gt "$best" ] && best=$value
  done
  echo "$best"
}
xmllint_rss=""; oberih_rss=""
if [ -n "$gnu_time" ]; then
  xmllint_rss=$(rss "${xmllint_cmd[@]}")
  oberih_rss=$(rss "${oberih_cmd[@]}")
fi

# ------------------------------------------------------------------ report
echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc)"
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
echo "- libxml2: $(xmllint --version 2>&1 | head -n 1)$(command -v pkg-config >/dev/null && echo ", pkg-config libxml-2.0 $(pkg-config --modversion libxml-2.0 2>/dev/null)")"
[ "$have_hyperfine" = 1 ] && echo "- $(hyperfine --version)"
if git -C "$root" rev-parse --short HEAD >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- Sources Package.swift | wc -l | tr -d ' ')
  echo "- oberih: commit $(git -C "$root" rev-parse --short HEAD)$([ "$changed" != 0 ] && echo " plus $changed uncommitted change(s) in Sources/ or Package.swift")"
fi
echo
GOAL="$goal" RUNS="$runs" WARMUP="$warmup" SIZE_ARG="$size" SEED="$seed" \
BYTES="$(field bytes)" LESSONS="$(field lessons)" STEPS="$(field steps)" QUESTIONS="$(field scored_questions)" \
XMLLINT_RSS="$xmllint_rss" OBERIH_RSS="$oberih_rss" \
python3 - "$work/loop.txt" "$work/hyperfine.json" <<'PY'
import json, os, statistics, sys

env = os.environ
loop = [tuple(int(v) / 1e6 for v in line.split()) for line in open(sys.argv[1]) if line.strip()]
xmllint = [x for x, _ in loop]
oberih = [o for _, o in loop]

def ms(seconds):
    return f"{seconds * 1000:.0f} ms"

def rss(kib):
    return f"{int(kib) / 1024:.1f} MiB" if kib else "not measured"

def stats(values):
    return statistics.mean(values), statistics.median(values), min(values), max(values)

print(f"## Results ({env['RUNS']} timed runs each after {env['WARMUP']} warm-up rounds)")
print()
print(f"Pack: {int(env['BYTES']):,} bytes (--size {env['SIZE_ARG']}, --seed {env['SEED']}), "
      f"{env['LESSONS']} lessons + 4 assessments, {env['STEPS']} steps, {env['QUESTIONS']} scored questions.")
print()
print("| measurement | xmllint --noout --schema | oberih validate | ratio oberih/xmllint |")
print("|---|---|---|---|")
xm, xmed, xmin, xmax = stats(xmllint)
om, omed, omin, omax = stats(oberih)
print(f"| alternating loop: median | {ms(xmed)} | {ms(omed)} | {omed / xmed:.2f} |")
print(f"| alternating loop: mean | {ms(xm)} | {ms(om)} | {om / xm:.2f} |")
print(f"| alternating loop: min / max | {ms(xmin)} / {ms(xmax)} | {ms(omin)} / {ms(omax)} | {omin / xmin:.2f} (min) |")
ratio = omed / xmed
path = sys.argv[2]
if os.path.exists(path):
    results = {r["command"]: r for r in json.load(open(path))["results"]}
    hx, ho = results["xmllint"], results["oberih"]
    print(f"| hyperfine: median | {ms(hx['median'])} | {ms(ho['median'])} | {ho['median'] / hx['median']:.2f} |")
    print(f"| hyperfine: mean ± σ | {ms(hx['mean'])} ± {hx['stddev'] * 1000:.0f} | "
          f"{ms(ho['mean'])} ± {ho['stddev'] * 1000:.0f} | {ho['mean'] / hx['mean']:.2f} |")
    ratio = ho["median"] / hx["median"]
xr, orss = env.get("XMLLINT_RSS"), env.get("OBERIH_RSS")
print(f"| peak RSS (max of 3) | {rss(xr)} | {rss(orss)} | "
      f"{(int(orss) / int(xr)):.2f} |" if xr and orss else "| peak RSS | not measured | not measured | |")
print()
goal = float(env["GOAL"])
verdict = "MET" if ratio <= goal else "MISSED"
print(f"Goal: oberih at most {goal}× xmllint's time (median"
      f"{', hyperfine' if os.path.exists(path) else ', alternating loop'}): "
      f"ratio {ratio:.2f} → {verdict}.")
PY
