#!/usr/bin/env bash
# Times `oberih export --format json` side by side with `sqlite3 -json` dumping the same
# rows, and `oberih report`, on a simulated cohort of 10,000 learners (release build).
# Prints the machine details and Markdown tables for docs/performance.md.
#
#   scripts/bench/export-report.sh [--dir DIR] [--no-build] [--learners N] [--runs N]
#
# Needs swift, python3, sqlite3 and GNU time (/usr/bin/time); uses hyperfine if present.
# Installs nothing itself.
#
# What it does:
#   1. builds oberih with `swift build -c release --product oberih --scratch-path
#      .build-release` (with --no-build, uses the binary already there);
#   2. in --dir (default .build-release/export-bench, git-ignored), writes a synthetic pack
#      with scripts/bench/make-large-pack.py --size 200KB --seed 1 (a pre-test, a
#      survey before, a lesson, a post-test and a survey after: 115 steps) and, unless the
#      store is already there, runs `oberih simulate --cohort bench --learners N --seed 1
#      --pack PACK` (default 10,000 learners: about 1,016,000 step results, 990,000 of
#      them answers);
#   3. times, alternating, --runs times each (default 5) after one warm-up:
#        oberih export --cohort bench --format json --output FILE
#        sqlite3 -json STORE "<the same rows: each step result with its attempt and the
#                             attempt's result>" > FILE
#        sqlite3 -json STORE "<the step results alone>" > FILE
#      and reads each one's peak resident memory from /usr/bin/time -v;
#   4. times `oberih report --cohort bench` and `oberih report --cohort bench --json`;
#   5. checks that the export is valid JSON with as many responses as sqlite3 has rows.
# Exit status: 0 measured (whether or not the goals are met), 1 a tool is missing or a
# command failed, 2 usage error.
set -euo pipefail

dir=""
build=1
learners=10000
runs=5

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --learners|--runs)
      case "${2:-x}" in *[!0-9]*|"") echo "export-report: $1 takes a number" >&2; exit 2 ;; esac
      if [ "$1" = --learners ]; then learners="$2"; else runs="$2"; fi
      shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "export-report: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for tool in swift python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "export-report: $tool is missing" >&2; exit 1; }
done

if [ "$build" = 1 ]; then
  echo "== building oberih (release, --scratch-path .build-release)" >&2
  swift build -c release --product oberih --scratch-path .build-release >&2
fi
oberih="$(swift build -c release --scratch-path .build-release --show-bin-path)/oberih"
[ -x "$oberih" ] || { echo "no release build at $oberih; run without --no-build" >&2; exit 1; }

[ -n "$dir" ] || dir="$root/.build-release/export-bench"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
pack="$dir/pack.xml"
store="$dir/store-$learners.sqlite"
export OBERIH_STORE="$store"
python3 scripts/bench/make-large-pack.py "$pack" --size 200KB --seed 1 --verified 2026-11-21 >&2
if [ ! -f "$store" ]; then
  echo "== simulating $learners learners into $store" >&2
  start=$EPOCHREALTIME
  "$oberih" simulate --cohort bench --learners "$learners" --seed 1 --pack "$pack" >&2
  echo "   simulate took $(python3 -c "print(f'{$EPOCHREALTIME - $start:.1f}')") s" >&2
fi

query="SELECT a.id, a.learnerCode, a.packId, a.packVersion, a.lessonId, a.mode, a.startedAt, a.finishedAt,
  r.rawPoints, r.maximumPoints, r.scaled, r.passed, r.isComplete, r.timeSpent AS attemptTime, r.skipped,
  r.objectives, s.position, s.stepId, s.kind, s.status, s.verdict, s.pointsEarned, s.pointsMaximum,
  s.attempts, s.hintsShown, s.timeSpent, s.lastActivityAt, s.response, s.tally, s.scenarioPath,
  s.scenarioEnding
FROM attempt a JOIN attemptResult r ON r.attemptId = a.id JOIN stepResult s ON s.attemptId = a.id
WHERE a.learnerCode IN (SELECT learnerCode FROM enrolment WHERE cohortId = (SELECT id FROM cohort WHERE name = 'bench'))
ORDER BY a.id, s.position"

counts="$(sqlite3 "$store" "SELECT (SELECT count(*) FROM learner), (SELECT count(*) FROM attempt),
  (SELECT count(*) FROM stepResult), (SELECT count(*) FROM stepResult WHERE status <> 'open'
  AND kind NOT IN ('text', 'discussion', 'role-play')), (SELECT count(*) FROM event)")"
IFS='|' read -r n_learners n_attempts n_steps n_answers n_events <<< "$counts"

# The step results alone (no attempt columns): the bulk of the export, the least work.
steps_query="SELECT s.* FROM stepResult s JOIN attempt a ON a.id = s.attemptId
WHERE a.learnerCode IN (SELECT learnerCode FROM enrolment WHERE cohortId = (SELECT id FROM cohort WHERE name = 'bench'))
ORDER BY s.attemptId, s.position"

oberih_out="$dir/export.json"
sqlite_out="$dir/sqlite.json"
run_oberih() { "$oberih" export --cohort bench --format json --output "$oberih_out" --pack "$pack"; }
run_sqlite() { sqlite3 -json "$store" "$query" > "$sqlite_out"; }
run_steps() { sqlite3 -json "$store" "$steps_query" > "$sqlite_out.steps"; }
# wall seconds of one run of $1
timed() { local start=$EPOCHREALTIME; "$1"; python3 -c "print($EPOCHREALTIME - $start)"; }
# peak RSS in MiB of one run of $1
peak() { /usr/bin/time -v bash -c "$(declare -f "$1"); $(declare -p oberih store pack query steps_query oberih_out sqlite_out); $1" 2>&1 >/dev/null \
  | awk '/Maximum resident set size/ { printf "%.1f", $6 / 1024 }'; }

echo "== warm-up" >&2
run_oberih; run_sqlite
oberih_times=(); sqlite_times=(); steps_times=()
for i in $(seq "$runs"); do
  echo "== round $i of $runs" >&2
  oberih_times+=("$(timed run_oberih)")
  sqlite_times+=("$(timed run_sqlite)")
  steps_times+=("$(timed run_steps)")
done
oberih_rss="$(peak run_oberih)"
sqlite_rss="$(peak run_sqlite)"
steps_rss="$(peak run_steps)"
report_text() { "$oberih" report --cohort bench --pack "$pack" > "$dir/report.txt"; }
report_json() { "$oberih" report --cohort bench --pack "$pack" --json > "$dir/report.json"; }
report_text  # warm-up
report_times=(); report_json_times=()
for i in $(seq "$runs"); do
  report_times+=("$(timed report_text)")
  report_json_times+=("$(timed report_json)")
done
report_rss="$(peak report_text)"

python3 - "$oberih_out" "$sqlite_out" "$n_steps" <<'PY' >&2
import json, sys
export = json.load(open(sys.argv[1]))
rows = json.load(open(sys.argv[2]))
responses = sum(len(a["responses"]) for a in export["attempts"])
assert responses == len(rows) == int(sys.argv[3]), (responses, len(rows), sys.argv[3])
print(f"== checked: the export has {responses} responses, sqlite3 {len(rows)} rows")
PY

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }
size_mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.0f", b / 1048576 }'; }

echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc); memory $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
echo "- sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
echo "- oberih: commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "- Store: $n_learners learners, $n_attempts attempts, $n_steps step results ($n_answers answers), $n_events events; $(size_mib "$store") MiB"
echo
echo "## Export (median of $runs runs, wall clock; peak RSS from /usr/bin/time -v)"
echo
echo "| command | median s | range s | peak RSS MiB | output MiB |"
echo "|---|---|---|---|---|"
echo "| oberih export --format json | $(median "${oberih_times[@]}") | $(range "${oberih_times[@]}") | $oberih_rss | $(size_mib "$oberih_out") |"
echo "| sqlite3 -json, each step result with its attempt and result | $(median "${sqlite_times[@]}") | $(range "${sqlite_times[@]}") | $sqlite_rss | $(size_mib "$sqlite_out") |"
echo "| sqlite3 -json, the step results alone | $(median "${steps_times[@]}") | $(range "${steps_times[@]}") | $steps_rss | $(size_mib "$sqlite_out.steps") |"
echo
echo "## Report"
echo
echo "| command | median s | range s | peak RSS MiB |"
echo "|---|---|---|---|"
echo "| oberih report | $(median "${report_times[@]}") | $(range "${report_times[@]}") | $report_rss |"
echo "| oberih report --json | $(median "${report_json_times[@]}") | $(range "${report_json_times[@]}") | |"
