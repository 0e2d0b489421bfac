#!/usr/bin/env bash
# Times the progress store (release build) on a real SQLite file: recording answers one
# transaction each, as the player does, and loading a learner's history. Prints the
# machine details and a Markdown table for docs/performance.md.
#
#   scripts/bench/store.sh [--dir DIR] [--no-build] [--answers N] [--history N]
#                          [--history-runs N] [--sync-runs N] [--no-sqlite-alone]
#
# Needs swift; uses python3 if it is there (step 5). Installs nothing itself.
#
# What it does:
#   1. builds the StoreBenchmark product with `swift build -c release --product
#      StoreBenchmark --scratch-path .build-store-bench` (with --no-build, uses the binary
#      already there);
#   2. makes the folder the store goes in: --dir DIR, by default .build-store-bench/tmp
#      in the project (git-ignored), so the store is on the project's disk; prints the
#      filesystem under it (`df -T`) and refuses a tmpfs or ramfs, whose timings would
#      say nothing about a disk;
#   3. runs Benchmarks/StoreBenchmark in it, passing --answers (default 10000),
#      --history (1000), --history-runs (500) and --sync-runs (1000);
#      Benchmarks/StoreBenchmark/main.swift says what each measurement is; the store is
#      made in a new subfolder and removed afterwards;
#   4. prints the machine details, then the benchmark's table and whether the goal (an
#      answer recorded in under 5 ms at the 99th percentile) is met;
#   5. if python3 is installed (and not --no-sqlite-alone), times SQLite alone in the
#      same folder for comparison: 10,000 one-row IMMEDIATE transactions into a table
#      shaped like the store's `event`, in WAL mode, once with `synchronous = NORMAL`
#      (what the store gets from GRDB) and once with `FULL` (each commit synced), through
#      python3's sqlite3 module (Debian's libsqlite3, the one GRDB links here).
# Exit status: 0 measured (whether or not the goal is met), 1 a tool is missing, the
# folder is not on a disk or the store failed, 2 usage error.
set -euo pipefail

dir=""
build=1
sqlite_alone=1
bench_args=()

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-sqlite-alone) sqlite_alone=0; shift ;;
    --answers|--history|--history-runs|--sync-runs)
      case "${2:-x}" in *[!0-9_]*|"") echo "store: $1 takes a number" >&2; exit 2 ;; esac
      bench_args+=("$1" "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "store: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
scratch="$root/.build-store-bench"

# ------------------------------------------------------------------ tools
command -v swift >/dev/null || { echo "swift is missing (see swift.org/install)" >&2; exit 1; }

# ------------------------------------------------------------------ build
if [ "$build" = 1 ]; then
  echo "== building StoreBenchmark (release, --scratch-path .build-store-bench)" >&2
  swift build -c release --product StoreBenchmark --scratch-path "$scratch" >&2
fi
bench="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/StoreBenchmark"
[ -x "$bench" ] || { echo "no release build at $bench; run without --no-build" >&2; exit 1; }

# ------------------------------------------------------------------ the disk
[ -n "$dir" ] || dir="$scratch/tmp"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
fstype="$(stat -f -c %T "$dir")"
case "$fstype" in
  tmpfs|ramfs) echo "store: $dir is on $fstype, not a disk; give --dir on a disk" >&2; exit 1 ;;
esac
filesystem="$(df -T "$dir" | awk 'NR == 2 { print $1 " (" $2 ", " $3 " KiB, mounted on " $7 ")" }')"

# ------------------------------------------------------------------ run
echo "== running $bench --dir $dir" >&2
results="$(mktemp "${TMPDIR:-/tmp}/oberih-store-bench.XXXXXX")"
trap 'rm -f "$results"' EXIT
"$bench" --dir "$dir" ${bench_args[@]+"${bench_args[@]}"} > "$results"

# ------------------------------------------------------------------ report
echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc)"
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- Memory: $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
if command -v pkg-config >/dev/null && pkg-config --exists sqlite3 2>/dev/null; then
  echo "- SQLite (libsqlite3-dev, linked by GRDB): $(pkg-config --modversion sqlite3)"
fi
echo "- Store folder: $dir, on $filesystem"
if git -C "$root" rev-parse --short HEAD >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- Sources Package.swift Benchmarks | wc -l | tr -d ' ')
  echo "- oberih: commit $(git -C "$root" rev-parse --short HEAD)$([ "$changed" != 0 ] && echo " plus $changed uncommitted change(s) in Sources/, Package.swift or Benchmarks/")"
fi
echo
echo "## Results"
echo
cat "$results"

# ------------------------------------------------------------------ SQLite alone
if [ "$sqlite_alone" = 1 ] && command -v python3 >/dev/null; then
  echo "== SQLite alone: 10,000 one-row transactions, synchronous NORMAL then FULL" >&2
  echo
  echo "### SQLite alone, for comparison"
  echo
  python3 - "$dir" <<'PY'
import json, os, shutil, sqlite3, sys, tempfile, time

folder = tempfile.mkdtemp(prefix="oberih-sqlite-alone-", dir=sys.argv[1])
event = json.dumps({"answered": {"stepId": "lesson-008-step-12", "answer": {"choice": {"_0": "option-2"}}}})
print(f"python3 sqlite3 module, SQLite {sqlite3.sqlite_version}, WAL, 10,000 transactions of one INSERT each "
      "(BEGIN IMMEDIATE … COMMIT) into a table shaped like `event`.")
print()
print("| synchronous | median | p90 | p99 | p99.9 | max |")
print("|---|---|---|---|---|---|")
try:
    for mode in ("NORMAL", "FULL"):
        connection = sqlite3.connect(os.path.join(folder, f"{mode}.sqlite"), isolation_level=None)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(f"PRAGMA synchronous = {mode}")
        connection.execute("CREATE TABLE event (attemptId INTEGER NOT NULL, sequence INTEGER NOT NULL, "
                           "at DATETIME NOT NULL, event TEXT NOT NULL, PRIMARY KEY (attemptId, sequence))")
        samples = []
        for n in range(1, 10_001):
            start = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO event VALUES (1, ?, '2027-01-15 08:00:00.000', ?)", (n, event))
            connection.execute("COMMIT")
            samples.append(time.perf_counter() - start)
        connection.close()
        samples.sort()
        def at(p):  # nearest rank
            return samples[min(len(samples), max(1, -(-len(samples) * p // 1000))) - 1] * 1000
        print(f"| {mode} | {at(500):.3f} ms | {at(900):.3f} ms | {at(990):.3f} ms | {at(999):.3f} ms | "
              f"{samples[-1] * 1000:.3f} ms |")
finally:
    shutil.rmtree(folder, ignore_errors=True)
PY
fi
