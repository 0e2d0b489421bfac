#!/usr/bin/env bash
# "100k learners and 10M answers on one machine" (issue 18): times `oberih simulate`,
# `report`, `export` (json, csv, xapi) and `push` on one simulated cohort, with the
# sqlite3 dumps of the same rows side by side in the same run, and prints a Markdown
# table for docs/performance.md.
#
#   scripts/bench/scale.sh [--learners N] [--push-learners N] [--dir DIR] [--no-build] [--no-push] [--keep]
#                          [--oberih BINARY]
#
# Needs swift, python3, sqlite3 and GNU time (/usr/bin/time); for push, Ralph in
# /tmp/ralph-venv (scripts/lrs/ralph_lrs.py; docs/sync.md). Installs nothing, writes
# nothing into the repository (only the git-ignored .build of `swift build`).
#
# What it does:
#   1. builds oberih with `swift build -c release --product oberih` (with --no-build,
#      uses the binary already there; --oberih BINARY times that binary instead, e.g. a
#      copy of an earlier build, for before and after);
#   2. in a new folder under --dir (default /tmp/scale), runs `oberih simulate --cohort
#      scale --learners N --seed 1 --pack being-kind-online` (default 100,000 learners)
#      into a new store;
#   3. times each command once with /usr/bin/time -v (wall clock, maximum resident set
#      size), in this order:
#        oberih report --cohort scale                    (text, to a file)
#        oberih report --cohort scale --json             (to a file)
#        oberih export --cohort scale --format json --output FILE
#        sqlite3 -json STORE "<the cohort's step results, in the export's order>" > FILE
#        oberih export --cohort scale --format csv --output FILE
#        sqlite3 -csv -header STORE "<the same rows>" > FILE
#        oberih export --cohort scale --format xapi --home-page H --output FILE
#      each output is measured and deleted at once (an xAPI export of 100,000 learners is
#      about 10 GB);
#   4. unless --no-push: simulates a second cohort, push, of --push-learners learners
#      (default: a tenth of N, at most 10,000; about 100 statements per learner, about
#      300 a second) into a store of its own, starts Ralph on a free port and times
#      `oberih push --cohort push` to it (statements per second);
#   5. prints the machine, the store's counts and the table; removes the folder unless
#      --keep.
# Exit status: 0 measured (whether or not the goals are met), 1 a tool is missing or a
# command failed, 2 usage error.
set -euo pipefail

learners=100000
push_learners=""
base_dir=/tmp/scale
build=1
push=1
keep=0
oberih=""
binary_given=""

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
number() { case "${2:-x}" in *[!0-9]*|"") echo "scale: $1 takes a number" >&2; exit 2 ;; esac; }
while [ $# -gt 0 ]; do
  case "$1" in
    --learners) number "$1" "${2:-}"; learners="$2"; shift 2 ;;
    --push-learners) number "$1" "${2:-}"; push_learners="$2"; shift 2 ;;
    --dir) base_dir="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-push) push=0; shift ;;
    --keep) keep=1; shift ;;
    --oberih) oberih="${2:?}"; binary_given=1; build=0; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "scale: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
# A tenth of the cohort, at most 10,000 (the issue's push): --learners 2000 stays a quick check.
[ -n "$push_learners" ] || push_learners=$(( learners / 10 < 1 ? 1 : (learners / 10 > 10000 ? 10000 : learners / 10) ))

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for tool in swift python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "scale: $tool is missing" >&2; exit 1; }
done
ralph_python=/tmp/ralph-venv/bin/python
if [ "$push" = 1 ] && [ ! -x "$ralph_python" ]; then
  echo "scale: no Ralph at /tmp/ralph-venv (docs/sync.md); run with --no-push" >&2
  exit 1
fi

if [ "$build" = 1 ]; then
  echo "== building oberih (release)" >&2
  swift build -c release --product oberih >&2
fi
[ -n "$oberih" ] || oberih="$(swift build -c release --show-bin-path)/oberih"
[ -x "$oberih" ] || { echo "scale: no release build at $oberih; run without --no-build" >&2; exit 1; }

mkdir -p "$base_dir"
dir="$(mktemp -d "$base_dir/run.XXXXXX")"
ralph_pid=""
cleanup() {
  if [ -n "$ralph_pid" ]; then kill "$ralph_pid" 2>/dev/null || true; wait "$ralph_pid" 2>/dev/null || true; fi
  if [ "$keep" = 0 ]; then rm -rf "$dir"; else echo "== kept $dir" >&2; fi
}
trap cleanup EXIT
store="$dir/store.sqlite"
curriculum=(--curriculum "$root/Curriculum")
pack=being-kind-online
home=https://lms.example.org

rows=()  # "command|seconds|MiB|output"
# Runs "$@" under /usr/bin/time -v; sets last_seconds and last_mib.
timed() {
  local log="$dir/time.log"
  /usr/bin/time -v -o "$log" "$@"
  last_seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$log")"
  last_mib="$(awk '/Maximum resident set size/ { printf "%.1f", $6 / 1024 }' "$log")"
}
size_mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.0f", b / 1048576 }'; }
# Times "$@" writing FILE ($1), records the row labelled $2, deletes FILE.
measure() {
  local file="$1" label="$2"; shift 2
  echo "== $label" >&2
  timed "$@"
  rows+=("$label|$last_seconds|$last_mib|$(size_mib "$file") MiB")
  rm -f "$file"
}

echo "== simulating $learners learners into $store" >&2
export OBERIH_STORE="$store"
timed "$oberih" simulate --cohort scale --learners "$learners" --seed 1 --pack "$pack" "${curriculum[@]}"
rows+=("oberih simulate --learners $learners|$last_seconds|$last_mib|$(size_mib "$store") MiB store")
simulate_seconds="$last_seconds"

counts="$(sqlite3 "$store" "SELECT (SELECT count(*) FROM learner), (SELECT count(*) FROM attempt),
  (SELECT count(*) FROM stepResult), (SELECT count(*) FROM stepResult WHERE status <> 'open'
  AND kind NOT IN ('text', 'discussion', 'role-play')), (SELECT count(*) FROM event)")"
IFS='|' read -r n_learners n_attempts n_steps n_answers n_events <<< "$counts"

# The cohort's step results in the export's order: every response the exports write.
steps_query="SELECT s.* FROM stepResult s JOIN attempt a ON a.id = s.attemptId
WHERE a.learnerCode IN (SELECT learnerCode FROM enrolment WHERE cohortId = (SELECT id FROM cohort WHERE name = 'scale'))
ORDER BY s.attemptId, s.position"

measure "$dir/report.txt" "oberih report" \
  bash -c '"$0" report --cohort scale --pack "$1" --curriculum "$2" > "$3"' "$oberih" "$pack" "$root/Curriculum" "$dir/report.txt"
measure "$dir/report.json" "oberih report --json" \
  bash -c '"$0" report --cohort scale --pack "$1" --curriculum "$2" --json > "$3"' "$oberih" "$pack" "$root/Curriculum" "$dir/report.json"
measure "$dir/export.json" "oberih export --format json" \
  "$oberih" export --cohort scale --format json --output "$dir/export.json" "${curriculum[@]}"
measure "$dir/sqlite.json" "sqlite3 -json, the step results" \
  bash -c 'sqlite3 -json "$0" "$1" > "$2"' "$store" "$steps_query" "$dir/sqlite.json"
measure "$dir/export.csv" "oberih export --format csv" \
  "$oberih" export --cohort scale --format csv --output "$dir/export.csv" "${curriculum[@]}"
measure "$dir/sqlite.csv" "sqlite3 -csv, the step results" \
  bash -c 'sqlite3 -csv -header "$0" "$1" > "$2"' "$store" "$steps_query" "$dir/sqlite.csv"
measure "$dir/export.xapi.json" "oberih export --format xapi" \
  "$oberih" export --cohort scale --format xapi --home-page "$home" --output "$dir/export.xapi.json" "${curriculum[@]}"

push_line=""
if [ "$push" = 1 ]; then
  push_store="$dir/push.sqlite"
  echo "== simulating $push_learners learners into $push_store for push" >&2
  OBERIH_STORE="$push_store" "$oberih" simulate --cohort push --learners "$push_learners" --seed 2 --pack "$pack" \
    "${curriculum[@]}" >&2
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  "$ralph_python" scripts/lrs/ralph_lrs.py --port "$port" --data "$dir/ralph" --username u --password p \
    > "$dir/ralph.log" 2>&1 &
  ralph_pid=$!
  for _ in $(seq 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 0.2
  done
  echo "== oberih push of $push_learners learners to Ralph on port $port" >&2
  export OBERIH_LRS_USERNAME=u OBERIH_LRS_PASSWORD=p
  OBERIH_STORE="$push_store" timed "$oberih" push --endpoint "http://127.0.0.1:$port/xAPI/" --home-page "$home" \
    --cohort push "${curriculum[@]}" > "$dir/push.out"
  sent="$(OBERIH_STORE="$push_store" sqlite3 "$push_store" "SELECT count(*) FROM lrsOutbox WHERE state = 'sent'")"
  outbox="$(sqlite3 "$push_store" "SELECT count(*), coalesce(sum(length(body)), 0) FROM lrsOutbox")"
  rate="$(awk -v n="$sent" -v s="$last_seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')"
  rows+=("oberih push --cohort push ($push_learners learners; $sent statements sent, $rate per second)|$last_seconds|$last_mib|$(size_mib "$push_store") MiB store")
  push_line="- Push: $(cat "$dir/push.out"); outbox rows and bytes of body left: ${outbox/|/, }"
  kill "$ralph_pid" 2>/dev/null || true
  wait "$ralph_pid" 2>/dev/null || true
  ralph_pid=""
fi

echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc); memory $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
echo "- sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
if [ -n "$binary_given" ]; then
  echo "- oberih: $oberih (given with --oberih)"
else
  echo "- oberih: commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- Sources 2>/dev/null || echo ' (with uncommitted changes)')"
fi
echo "- Store: $n_learners learners, $n_attempts attempts, $n_steps step results ($n_answers answers), $n_events events"
[ -z "$push_line" ] || echo "$push_line"
echo
echo "| command | wall s | peak RSS MiB | output |"
echo "|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r label seconds mib output <<< "$row"
  echo "| $label | $seconds | $mib | $output |"
done
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
seconds_of() {
  local row label seconds
  for row in "${rows[@]}"; do
    IFS='|' read -r label seconds _ <<< "$row"
    if [ "$label" = "$1" ]; then echo "$seconds"; fi
  done
}
json_base="$(seconds_of "sqlite3 -json, the step results")"
csv_base="$(seconds_of "sqlite3 -csv, the step results")"
echo "Ratios to sqlite3 (goal: at most 1.0): json $(ratio "$(seconds_of "oberih export --format json")" "$json_base")×," \
  "csv $(ratio "$(seconds_of "oberih export --format csv")" "$csv_base")×," \
  "xapi $(ratio "$(seconds_of "oberih export --format xapi")" "$json_base")× (of sqlite3 -json)." \
  "simulate: $simulate_seconds s."
