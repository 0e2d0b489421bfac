#!/usr/bin/env bash
# Times the lesson engine (release build) on a large synthetic pack: replaying session
# logs with LessonSession.resume and scoring answers with LessonSession.answer. Prints
# the machine details and a Markdown table for docs/performance.md.
#
#   scripts/bench/engine.sh [--size 5MB] [--seed N] [--keep DIR] [--no-build]
#                           [--events N] [--answers N] [--session-runs N] [--runs N]
#                           [--log-runs N] [--scoring-runs N]
#
# Needs python3 and swift. Installs nothing itself.
#
# What it does:
#   1. builds the EngineBenchmark product with `swift build -c release --product
#      EngineBenchmark --scratch-path .build-engine-bench` (with --no-build, uses the
#      binary already there);
#   2. writes a pack of --size (default 5MB) with scripts/bench/make-large-pack.py into a
#      temporary folder (kept in DIR with --keep DIR);
#   3. runs Benchmarks/EngineBenchmark on it, passing --events (default 10000), --answers
#      (100000), --session-runs (2000), --runs (200), --log-runs (21) and --scoring-runs
#      (5); Benchmarks/EngineBenchmark/main.swift says what each measurement is;
#   4. prints the machine details, then the benchmark's tables and whether the goal
#      (replaying a whole session in under 1 ms) is met.
# Exit status: 0 measured (whether or not the goal is met), 1 a tool is missing, the
# pack is invalid or the engine refused a session, 2 usage error.
set -euo pipefail

size=5MB
seed=1
keep=""
build=1
bench_args=()

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:?}"; shift 2 ;;
    --seed) seed="${2:?}"; shift 2 ;;
    --keep) keep="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --events|--answers|--session-runs|--runs|--log-runs|--scoring-runs)
      case "${2:-x}" in *[!0-9_]*|"") echo "engine: $1 takes a number" >&2; exit 2 ;; esac
      bench_args+=("$1" "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "engine: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
scratch="$root/.build-engine-bench"

# ------------------------------------------------------------------ tools
missing=0
command -v python3 >/dev/null || { echo "python3 is missing (Debian: apt-get install -y python3)" >&2; missing=1; }
command -v swift >/dev/null || { echo "swift is missing (see swift.org/install)" >&2; missing=1; }
[ "$missing" = 0 ] || exit 1

# ------------------------------------------------------------------ build and pack
if [ "$build" = 1 ]; then
  echo "== building EngineBenchmark (release, --scratch-path .build-engine-bench)" >&2
  swift build -c release --product EngineBenchmark --scratch-path "$scratch" >&2
fi
bench="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/EngineBenchmark"
[ -x "$bench" ] || { echo "no release build at $bench; run without --no-build" >&2; exit 1; }

if [ -n "$keep" ]; then
  mkdir -p "$keep"; work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/oberih-engine-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
pack="$work/large-pack.xml"
echo "== writing a $size pack (seed $seed) to $pack" >&2
python3 "$root/scripts/bench/make-large-pack.py" "$pack" --size "$size" --seed "$seed" 2> "$work/generator.txt"
cat "$work/generator.txt" >&2

# ------------------------------------------------------------------ run
echo "== running $bench" >&2
"$bench" "$pack" ${bench_args[@]+"${bench_args[@]}"} > "$work/results.md"

# ------------------------------------------------------------------ report
echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc)"
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- Memory: $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
if command -v pkg-config >/dev/null && pkg-config --exists libxml-2.0 2>/dev/null; then
  echo "- libxml2 (loading the pack only): $(pkg-config --modversion libxml-2.0)"
fi
if git -C "$root" rev-parse --short HEAD >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- Sources Package.swift Benchmarks | wc -l | tr -d ' ')
  echo "- oberih: commit $(git -C "$root" rev-parse --short HEAD)$([ "$changed" != 0 ] && echo " plus $changed uncommitted change(s) in Sources/, Package.swift or Benchmarks/")"
fi
echo
echo "## Results (--size $size, --seed $seed)"
echo
cat "$work/results.md"
