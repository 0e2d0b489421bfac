#!/usr/bin/env bash
# Times the player's start (release build): from spawning `oberih play PACK --code CODE`
# until its first prompt appears, with the whole ./Curriculum and a store of 10,000
# learners, in a pseudo-terminal and through pipes. Prints the machine details and a
# Markdown table for docs/performance.md.
#
#   scripts/bench/first-prompt.sh [--runs N] [--warmup N] [--learners N] [--pack ID]
#                                 [--keep DIR] [--no-build]
#
# Needs swift and python3 (standard library only: pty, select, subprocess). Linux or
# macOS. Installs nothing itself.
#
# What it does:
#   1. builds oberih with `swift build -c release --product oberih --scratch-path
#      .build-release` (with --no-build, uses the binary already there);
#   2. makes a store in a temporary folder (kept in DIR with --keep DIR): `oberih cohort
#      create`, then `oberih learner add --count 1000 --age 11` until it holds --learners
#      (default 10000) learners, and prints how long that took (not part of the measure);
#      a second store with one learner is made for comparison;
#   3. takes the last code added, and plays --pack (default being-kind-online, the file
#      Curriculum/ID.xml) as that learner once, untimed, with empty input, so that the
#      timed runs resume the attempt it started (its first lesson), as a learner coming
#      back does;
#   4. runs scripts/bench/first-prompt.py, which times, with COLUMNS=80 LANG=C, --warmup
#      (default 3) untimed and then --runs (default 30) timed rounds of `oberih play PACK
#      --code CODE` until its first prompt ("Your answer:" or "Press Enter to begin"; then
#      q and Enter quit it): in a pseudo-terminal (where a lesson menu comes first), with
#      --lesson in a pseudo-terminal (no menu: the opening screen), with piped stdin and
#      stdout (no menu either), with the pack file instead of the id, and with the
#      one-learner store; and, for context, until they exit: `oberih validate
#      Curriculum`, `oberih learner show CODE` (open the store, read one learner) and
#      `oberih --help` (process start);
#   5. prints the machine details, the table (median, p90, max, min, mean) and whether
#      the goal (the first prompt in under 100 ms, median, in the pseudo-terminal; set
#      GOAL_MS=… to change it) is met.
# Exit status: 0 measured (whether or not the goal is met), 1 a tool is missing or a
# command failed, 2 usage error.
set -euo pipefail

runs=30
warmup=3
learners=10000
pack=being-kind-online
keep=""
build=1
goal="${GOAL_MS:-100}"

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?}"; shift 2 ;;
    --warmup) warmup="${2:?}"; shift 2 ;;
    --learners) learners="${2:?}"; shift 2 ;;
    --pack) pack="${2:?}"; shift 2 ;;
    --keep) keep="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "first-prompt: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
case "$runs$warmup$learners" in *[!0-9]*) echo "first-prompt: --runs, --warmup and --learners take numbers" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] && [ "$learners" -ge 1 ] || { echo "first-prompt: --runs and --learners must be at least 1" >&2; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "first-prompt: needs bash 5 or later (EPOCHREALTIME)" >&2; exit 1; }

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"   # `oberih play ID` looks for ./Curriculum

# ------------------------------------------------------------------ tools
missing=0
command -v python3 >/dev/null || { echo "python3 is missing (Debian: apt-get install -y python3)" >&2; missing=1; }
command -v swift >/dev/null || { echo "swift is missing (see swift.org/install)" >&2; missing=1; }
[ "$missing" = 0 ] || exit 1

# ------------------------------------------------------------------ build
if [ "$build" = 1 ]; then
  echo "== building oberih (release, --scratch-path .build-release)" >&2
  swift build -c release --product oberih --scratch-path "$root/.build-release" >&2
fi
oberih="$(swift build -c release --scratch-path "$root/.build-release" --show-bin-path)/oberih"
[ -x "$oberih" ] || { echo "no release build at $oberih; run without --no-build" >&2; exit 1; }

# ------------------------------------------------------------------ stores (untimed setup)
if [ -n "$keep" ]; then
  mkdir -p "$keep"; work="$(cd "$keep" && pwd)"
  rm -f "$work"/store*.sqlite*
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/oberih-first-prompt.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
store="$work/store.sqlite"
small="$work/store-1.sqlite"
export OBERIH_STORE="$store"   # never the user's own store; every command also gets --store

echo "== setup: a store of $learners learners in $store (not part of the measure)" >&2
t0=${EPOCHREALTIME/[,.]/}
"$oberih" cohort create "Bench" --store "$store" >/dev/null 2>&1
left=$learners
while [ "$left" -gt 0 ]; do
  n=$(( left < 1000 ? left : 1000 ))
  "$oberih" learner add --cohort "Bench" --age 11 --count "$n" --store "$store" > "$work/codes.txt" 2>/dev/null
  left=$(( left - n ))
done
t1=${EPOCHREALTIME/[,.]/}
code="$(tail -n 1 "$work/codes.txt")"
file="Curriculum/$pack.xml"
[ -f "$file" ] || { echo "first-prompt: no $file (--pack takes the id of a pack in Curriculum/ID.xml)" >&2; exit 1; }
lesson="$(sed -n 's/.*<\(lesson\|assessment\) id="\([^"]*\)".*/\2/p' "$file" | head -n 1)"
"$oberih" cohort create "Bench" --store "$small" >/dev/null 2>&1
code1="$("$oberih" learner add --cohort "Bench" --age 11 --store "$small" 2>/dev/null)"
# The first play starts an attempt (one write); the timed runs then resume it, as a
# returning learner does. Empty stdin: it saves at the end of input and exits.
for s in "$store:$code" "$small:$code1"; do
  "$oberih" play "$pack" --lesson "$lesson" --code "${s##*:}" --store "${s%:*}" < /dev/null > /dev/null 2>&1 \
    || { echo "first-prompt: oberih play $pack --code ${s##*:} failed" >&2; exit 1; }
done
count="$("$oberih" learner list --cohort Bench --json --store "$store" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["learners"]))')"
[ "$count" = "$learners" ] || { echo "first-prompt: the store holds $count learners, not $learners" >&2; exit 1; }
setup_ms="$(( (t1 - t0) / 1000 ))"
echo "   $count learners in $(( setup_ms / 1000 )).$(( setup_ms % 1000 / 100 )) s; store $(du -k "$store" | cut -f1) KiB; code $code" >&2

# ------------------------------------------------------------------ measure
echo "== timing: $warmup warm-up rounds, $runs timed rounds (load now: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
python3 "$root/scripts/bench/first-prompt.py" --oberih "$oberih" --runs "$runs" --warmup "$warmup" --goal "$goal" \
  "**play $pack, pseudo-terminal (lesson menu)**=pty:prompt:play|$pack|--code|$code|--store|$store" \
  "play $pack --lesson $lesson, pseudo-terminal (opening screen)=pty:prompt:play|$pack|--lesson|$lesson|--code|$code|--store|$store" \
  "play $pack, piped stdin and stdout (opening screen)=pipe:prompt:play|$pack|--code|$code|--store|$store" \
  "play $file (the pack file), pseudo-terminal=pty:prompt:play|$file|--code|$code|--store|$store" \
  "play $pack, store of 1 learner, pseudo-terminal=pty:prompt:play|$pack|--code|$code1|--store|$small" \
  "validate Curriculum, to exit=pty:exit:validate|Curriculum" \
  "learner show CODE (the $learners-learner store), to exit=pty:exit:learner|show|$code|--store|$store" \
  "--help, to exit=pty:exit:--help" > "$work/results.md"

# ------------------------------------------------------------------ report
echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc)"
echo "- CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- Memory: $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
echo "- Store: $work, on $(df -T "$work" | awk 'NR == 2 { print $1 " (" $2 ")" }')"
echo "- Binary: $oberih, built $(date -r "$oberih" '+%Y-%m-%d %H:%M:%S')$([ "$build" = 0 ] && echo " (--no-build: the commit below is the working tree's now, not necessarily the binary's)")"
if git -C "$root" rev-parse --short HEAD >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- Sources Package.swift Curriculum | wc -l | tr -d ' ')
  echo "- oberih: commit $(git -C "$root" rev-parse --short HEAD)$([ "$changed" != 0 ] && echo " plus $changed uncommitted change(s) in Sources/, Package.swift or Curriculum/")"
fi
echo
echo "## Results"
echo
echo "Setup (not measured): $count learners in one cohort, added 1,000 at a time, in $(( setup_ms / 1000 )).$(( setup_ms % 1000 / 100 )) s;"
echo "store $(du -k "$store" | cut -f1) KiB. Learner $code, resuming $lesson, started by its first, untimed play."
echo
cat "$work/results.md"
