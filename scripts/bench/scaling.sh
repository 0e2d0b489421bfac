#!/usr/bin/env bash
# Scaling benchmark (issue 17): does any input's cost grow faster than linearly?
# Writes inputs of each family of scripts/bench/make-family-pack.py at a base size and at
# 10× and 100× (1,000× for the ladder), times the release build's `oberih validate FILE`
# on each, and prints a Markdown table: for each family the time at each size, the ratio
# of each 10× step, its growth exponent and a verdict. Also times `oberih play` to its
# first prompt, `oberih simulate` and `oberih report` on the ordinary pack grown 1×, 10×,
# 100×.
#
#   scripts/bench/scaling.sh [--family NAME[,NAME…]] [--timeout SECONDS] [--runs N]
#                            [--multipliers 1,10,100] [--base NAME=N]… [--learners N]
#                            [--keep DIR] [--no-build] [--xmllint] [--list]
#
#   --family      only these families (names from --list; `play`, `simulate`, `report`
#                 or `commands` for the three commands); default: all
#   --timeout     seconds one run may take before it is killed and reported as
#                 "> timeout"; the family's larger sizes are then not run (default 30,
#                 which keeps a whole run under about 15 minutes)
#   --runs        at most this many runs a point (default 5), see below
#   --multipliers the sizes, as multiples of each family's base (default: the family's
#                 own, 1,10,100 for most); a file over the loader's 16 MiB cap is not run
#   --base        a family's base N (e.g. --base langs-declared=50); repeatable
#   --learners    learners `oberih simulate` adds at each size (default 20)
#   --keep DIR    write the inputs and stores into DIR and keep them
#   --no-build    use the release binary already in .build-release
#   --xmllint     also time `xmllint --noout --schema Curriculum/schema/pack-1.xsd FILE`
#                 on every input (rows "NAME (xmllint)"), to tell libxml2's own cost from
#                 oberih's; doubles the run time of the slow families
#   --list        list the families and exit
#
# Needs bash 5, python3, swift, coreutils `timeout`; GNU time (apt-get install -y time)
# for the peak RSS, else RSS is not reported. Installs nothing. The Markdown goes to
# stdout, progress to stderr. The script lowers its own priority to nice 10 (every run
# inherits it), as the machine is shared.
#
# What it does:
#   1. builds oberih with `swift build -c release --scratch-path .build-release --product
#      oberih` (not with --no-build);
#   2. measures start-up: `oberih validate` of the skeleton pack (the `baseline` family,
#      1.3 KB, valid), 11 runs first and 5 more before every family; the median of these
#      medians, t0, is subtracted from every other time before ratios are taken, so the
#      ratios are of the cost that grows, not of process start (about 17 ms);
#   3. for each family and size: writes the input (not timed), then runs `oberih validate
#      FILE` (output thrown away) under `timeout -s KILL`. Wall-clock time from bash's
#      EPOCHREALTIME. The first run decides the repeats: under 0.2 s, 2 × --runs + 1 runs
#      in all; under 1 s, --runs; under 5 s, 3; otherwise that one run. The median is
#      reported, with the largest peak RSS and the exit status (0 valid, 1 invalid, 137
#      killed by the timeout, "A+B" when later runs exited otherwise than the first, 128+N
#      another signal);
#      The families ladder-simulate and ladder-play time, instead, `oberih simulate
#      --learners 1` (one store a size) and `oberih play FILE --age 13` (a new learner
#      each run, stdin answering 1 at every prompt) on the ladder, at N = 8 to 24;
#   4. the commands, on the `ordinary-lessons` pack at each size, each with a new store
#      in the work folder: `oberih play FILE --code CODE --store S` to its first prompt,
#      piped (scripts/bench/first-prompt.py, 1 warm-up and 3 timed runs; the learner's
#      attempt was started by one untimed play), `oberih simulate --cohort Sim --learners
#      L --pack FILE --store S` (a new store each run) and then `oberih report --cohort
#      Sim --pack FILE --store S`;
#   5. prints the machine, the results table and a table of every point.
#
# Verdict. For a step from size n1 to n2 (r = n2/n1, 10 for most) with net times
# T1 = t1 - t0 and T2 = t2 - t0 (t0 the start-up above), the step is within 1.5× of
# linear when T2/T1 ≤ 1.5·r, that is when the growth exponent log(T2/T1)/log(r) is at
# most 1 + log(1.5)/log(r) (1.176 for r = 10). A step whose T1 is under 5 ms, or whose
# T2 is under 20 ms, is not judged (start-up noise). When n2 timed out, T2/T1 >
# (timeout - t0)/T1: the step is super-linear if that lower bound is over 1.5·r, else
# not judged. A family is "within 1.5× of linear" when every judged step is, and
# "super-linear" when any step is not.
# Exit status: 0 measured, 1 a tool is missing or a build fails, 2 usage error.
set -euo pipefail

timeout_s=30
runs=5
multipliers=""
families=""
learners=20
keep=""
build=1
with_xmllint=0
cmd_wanted=""
declare -A base_override=()

usage() { sed -n '2,/^# What it does/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
root="$(cd "$(dirname "$0")/../.." && pwd)"
gen="$root/scripts/bench/make-family-pack.py"
while [ $# -gt 0 ]; do
  case "$1" in
    --family) families="${2:?}"; shift 2 ;;
    --timeout) timeout_s="${2:?}"; shift 2 ;;
    --runs) runs="${2:?}"; shift 2 ;;
    --multipliers) multipliers="${2:?}"; shift 2 ;;
    --base) base_override["${2%%=*}"]="${2#*=}"; shift 2 ;;
    --learners) learners="${2:?}"; shift 2 ;;
    --keep) keep="${2:?}"; shift 2 ;;
    --no-build) build=0; shift ;;
    --xmllint) with_xmllint=1; shift ;;
    --list) python3 "$gen" --list | awk -F'\t' 'BEGIN { printf "%-20s %-5s %-8s %-14s %-8s %s\n", "family", "item", "base", "multipliers", "expect", "what grows" }
                                               { printf "%-20s %-5s %-8s %-14s %-8s %s\n", $1, $2, $3, $4, $5, $7 }'
            echo "play, simulate, report (or: commands): the commands on ordinary-lessons at each size"; exit 0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "scaling: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
case "$timeout_s$runs$learners" in *[!0-9]*) echo "scaling: --timeout, --runs and --learners take whole numbers" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] && [ "$timeout_s" -ge 1 ] || { echo "scaling: --runs and --timeout must be at least 1" >&2; exit 2; }
[ -z "$multipliers" ] || [[ "$multipliers" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "scaling: --multipliers takes e.g. 1,10,100" >&2; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "scaling: needs bash 5 or later (EPOCHREALTIME)" >&2; exit 1; }
cd "$root"

missing=0
for tool in python3 swift timeout; do
  command -v "$tool" >/dev/null || { echo "scaling: $tool is missing" >&2; missing=1; }
done
[ "$missing" = 0 ] || exit 1
gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then gnu_time=/usr/bin/time
else echo "note: GNU time is not installed (apt-get install -y time); peak RSS is not measured" >&2; fi

# Lower our priority once; every run inherits it (the machine is shared).
[ "$(nice)" -ge 10 ] || renice -n 10 -p $$ >/dev/null

# ------------------------------------------------------------------ families
declare -A fam_item fam_base fam_mult fam_expect fam_unit fam_what fam_cmd
order=()
while IFS=$'\t' read -r name item base mult expect unit what cmd; do
  order+=("$name"); fam_item[$name]=$item; fam_base[$name]=$base; fam_mult[$name]=$mult
  fam_expect[$name]=$expect; fam_unit[$name]=$unit; fam_what[$name]=$what; fam_cmd[$name]=$cmd
done < <(python3 "$gen" --list)
run_commands=1
selected=()
if [ -n "$families" ]; then
  run_commands=0
  IFS=',' read -r -a wanted <<< "$families"
  for w in "${wanted[@]}"; do
    case "$w" in
      play|simulate|report|commands) run_commands=1; cmd_wanted+=" $w" ;;
      baseline) ;;   # always measured first
      *) [ -n "${fam_item[$w]:-}" ] || { echo "scaling: unknown family '$w' (see --list)" >&2; exit 2; }
         selected+=("$w") ;;
    esac
  done
else
  for name in "${order[@]}"; do [ "$name" = baseline ] || selected+=("$name"); done
  cmd_wanted=" commands"
fi
for name in "${!base_override[@]}"; do
  [ -n "${fam_item[$name]:-}" ] || { echo "scaling: --base: unknown family '$name'" >&2; exit 2; }
  case "${base_override[$name]}" in ''|*[!0-9]*) echo "scaling: --base $name= takes a number" >&2; exit 2 ;; esac
  fam_base[$name]=${base_override[$name]}
done

# ------------------------------------------------------------------ build
if [ "$build" = 1 ]; then
  echo "== building oberih (release, --scratch-path .build-release)" >&2
  swift build -c release --scratch-path "$root/.build-release" --product oberih >&2 || exit 1
fi
oberih="$(swift build -c release --scratch-path "$root/.build-release" --show-bin-path)/oberih"
[ -x "$oberih" ] || { echo "scaling: no release build at $oberih; run without --no-build" >&2; exit 1; }

if [ -n "$keep" ]; then
  mkdir -p "$keep"; work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/oberih-scaling.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
export OBERIH_STORE="$work/unused-store.sqlite"   # never the user's store; every command also gets --store
results="$work/results.tsv"
: > "$results"
cap=$((16 * 1024 * 1024))
started=${EPOCHREALTIME/[,.]/}
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# ------------------------------------------------------------------ timing
m_stdin=/dev/null
m_fresh=""
# time_once CMD…: sets t_us (wall clock, µs), rc, rss_kib (empty when unknown).
time_once() {
  local rssf="$work/rss.txt" t0 t1
  rm -f "$rssf"
  [ -z "$m_fresh" ] || rm -f "$m_fresh" "$m_fresh"-*   # a new store for this run (not timed)
  t0=${EPOCHREALTIME/[,.]/}
  if [ -n "$gnu_time" ]; then
    timeout -s KILL "$timeout_s" "$gnu_time" -f %M -o "$rssf" "$@" <"$m_stdin" >/dev/null 2>"$work/stderr.txt" && rc=0 || rc=$?
  else
    timeout -s KILL "$timeout_s" "$@" <"$m_stdin" >/dev/null 2>"$work/stderr.txt" && rc=0 || rc=$?
  fi
  t1=${EPOCHREALTIME/[,.]/}
  t_us=$((t1 - t0))
  rss_kib="$( [ -s "$rssf" ] && tail -n 1 "$rssf" | tr -cd '0-9' || true)"
}

# measure LABEL CMD…: runs CMD as described in the header; sets m_status (ok|timeout),
# m_median_us, m_runs, m_rss (largest), m_rc (of the first run), m_summary.
measure() {
  shift
  local times=() n want i
  time_once "$@"
  m_rc=$rc; m_rss=$rss_kib
  m_summary="$(tail -n 1 "$work/stderr.txt" 2>/dev/null | grep -v '^Your code is' | tr '\t|' '  ' | cut -c1-120 || true)"
  if [ "$rc" = 137 ] && [ "$t_us" -ge $((timeout_s * 1000000 - 200000)) ]; then
    m_status=timeout; m_median_us=$t_us; m_runs=1; return
  fi
  m_status=ok; times=("$t_us")
  if [ "$t_us" -lt 200000 ]; then want=$((2 * runs + 1)); elif [ "$t_us" -lt 1000000 ]; then want=$runs; elif [ "$t_us" -lt 5000000 ]; then want=$(( runs < 3 ? runs : 3 )); else want=1; fi
  for ((i = 1; i < want; i++)); do
    time_once "$@"
    times+=("$t_us")
    [ "$rc" = "${m_rc%%+*}" ] || m_rc="${m_rc%%+*}+$rc"   # a run that exited otherwise than the first
    [ -n "$rss_kib" ] && [ "${rss_kib:-0}" -gt "${m_rss:-0}" ] && m_rss=$rss_kib
  done
  m_runs=${#times[@]}
  m_median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
}

record() {  # family multiplier n bytes status median_us runs rss rc summary
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$results"
}

ms_text() { awk -v us="$1" 'BEGIN { printf (us >= 1e6 ? "%.2f s" : "%.1f ms"), (us >= 1e6 ? us / 1e6 : us / 1e3) }'; }

# ------------------------------------------------------------------ start-up
base_file="$work/baseline.xml"
python3 "$gen" baseline 1 "$base_file" 2>/dev/null
# start_up K RUNS: measures the start-up again (RUNS runs, median), as baseline row K. It is
# measured before every family, so that a busy moment of the machine does not skew it;
# t0 is the median of all these medians.
start_up() {
  local saved=$runs
  runs=$(( ($2 - 1) / 2 )); measure baseline "$oberih" validate "$base_file"; runs=$saved
  [ "$m_rc" = 0 ] || { echo "scaling: oberih validate rejects the skeleton pack (exit $m_rc): $m_summary" >&2; exit 1; }
  record baseline "$1" 1 "$(wc -c < "$base_file")" ok "$m_median_us" "$m_runs" "${m_rss:-}" "$m_rc" "$m_summary"
  echo "== start-up (validate of the 1.3 KB skeleton pack): $(ms_text "$m_median_us") median of $m_runs" >&2
  if [ "$with_xmllint" = 1 ]; then
    runs=$(( ($2 - 1) / 2 )); measure xmllint xmllint --noout --schema "$root/Curriculum/schema/pack-1.xsd" "$base_file"; runs=$saved
    record "baseline (xmllint)" "$1" 1 "$(wc -c < "$base_file")" ok "$m_median_us" "$m_runs" "${m_rss:-}" "$m_rc" "$m_summary"
  fi
}
start_up 0 11

# ------------------------------------------------------------------ families
round=0
for name in "${selected[@]}"; do
  round=$((round + 1)); start_up "$round" 5
  mult="${multipliers:-${fam_mult[$name]}}"
  IFS=',' read -r -a ms <<< "$mult"
  stopped=""; x_stopped=""
  for m in "${ms[@]}"; do
    n=$(( ${fam_base[$name]} * m ))
    file="$work/$name-$m.xml"
    if [ -n "$stopped" ]; then
      record "$name" "$m" "$n" "" notrun 0 0 "" "" "not run: $stopped timed out"; continue
    fi
    python3 "$gen" "$name" "$n" "$file" 2>/dev/null
    bytes=$(wc -c < "$file")
    if [ "$bytes" -gt "$cap" ]; then
      record "$name" "$m" "$n" "$bytes" cap 0 0 "" "" "over the 16 MiB cap: not run"; rm -f "$file"; continue
    fi
    echo "== $name ×$m: N=$n, $bytes bytes (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    case "${fam_cmd[$name]}" in
      simulate)   # a new store for every run (the same --seed cannot add the same learners twice)
        store="$work/$name-$m.sqlite"; m_fresh="$store"
        measure "$name" "$oberih" simulate --cohort Sim --learners 1 --seed 1 --pack "$file" --store "$store"
        m_fresh="" ;;
      play)       # a new learner each run (--age), answering 1 at every prompt
        store="$work/$name-$m.sqlite"; rm -f "$store"*
        yes 1 | head -n $((n + 20)) > "$work/answers.txt" || true
        m_stdin="$work/answers.txt"
        measure "$name" "$oberih" play "$file" --age 13 --store "$store"
        m_stdin=/dev/null ;;
      *) measure "$name" "$oberih" validate "$file" ;;
    esac
    [ -n "$keep" ] || rm -f "$work/$name-$m.sqlite"*
    echo "   $m_status $(ms_text "$m_median_us") (runs $m_runs, exit $m_rc${m_rss:+, peak RSS $((m_rss / 1024)) MiB}) $m_summary" >&2
    record "$name" "$m" "$n" "$bytes" "$m_status" "$m_median_us" "$m_runs" "${m_rss:-}" "$m_rc" "$m_summary"
    [ "$m_status" = timeout ] && stopped="×$m"
    if [ "$with_xmllint" = 1 ] && [ "${fam_cmd[$name]}" = validate ]; then
      if [ -n "$x_stopped" ]; then record "$name (xmllint)" "$m" "$n" "$bytes" notrun 0 0 "" "" "not run: $x_stopped timed out"
      else
        measure xmllint xmllint --noout --schema "$root/Curriculum/schema/pack-1.xsd" "$file"
        echo "   xmllint: $m_status $(ms_text "$m_median_us") (runs $m_runs, exit $m_rc)" >&2
        record "$name (xmllint)" "$m" "$n" "$bytes" "$m_status" "$m_median_us" "$m_runs" "${m_rss:-}" "$m_rc" "$(tail -n 1 "$work/stderr.txt" | tr '\t|' '  ' | cut -c1-100)"
        [ "$m_status" = timeout ] && x_stopped="×$m"
      fi
    fi
    [ -n "$keep" ] || rm -f "$file"
  done
done

# ------------------------------------------------------------------ commands (family 11)
want_cmd() { [[ "$cmd_wanted" == *" $1"* || "$cmd_wanted" == *" commands"* ]]; }
if [ "$run_commands" = 1 ]; then
  mult="${multipliers:-${fam_mult[ordinary-lessons]}}"
  IFS=',' read -r -a ms <<< "$mult"
  declare -A cmd_stopped=()
  for m in "${ms[@]}"; do
    n=$(( ${fam_base[ordinary-lessons]} * m ))
    file="$work/commands-$m.xml"
    python3 "$gen" ordinary-lessons "$n" "$file" 2>/dev/null
    bytes=$(wc -c < "$file")
    [ "$bytes" -le "$cap" ] || { for c in play simulate report; do want_cmd $c && record "$c" "$m" "$n" "$bytes" cap 0 0 "" "" "over the 16 MiB cap"; done; continue; }
    if want_cmd play; then
      if [ -n "${cmd_stopped[play]:-}" ]; then record play "$m" "$n" "$bytes" notrun 0 0 "" "" "not run: ${cmd_stopped[play]} timed out"
      else
        echo "== play ×$m: $n lessons, $bytes bytes" >&2
        store="$work/play-$m.sqlite"; rm -f "$store"*
        "$oberih" cohort create Bench --store "$store" >/dev/null 2>&1
        code="$("$oberih" learner add --cohort Bench --age 13 --store "$store" 2>/dev/null | tail -n 1)"
        timeout -s KILL "$timeout_s" "$oberih" play "$file" --code "$code" --store "$store" </dev/null >/dev/null 2>&1 || true
        if FIRST_PROMPT_TIMEOUT="$timeout_s" timeout -s KILL $((timeout_s * 5 + 10)) python3 "$root/scripts/bench/first-prompt.py" \
             --oberih "$oberih" --runs 3 --warmup 1 --goal 100000 "play=pipe:prompt:play|$file|--code|$code|--store|$store" \
             > "$work/play.md" 2> "$work/play.err"; then
          us=$(awk -F'|' '$2 ~ /^ play / { gsub(/[ ms]/, "", $5); printf "%d", $5 * 1000 }' "$work/play.md")
          echo "   ok $(ms_text "$us") (median of 3, piped, to the first prompt)" >&2
          record play "$m" "$n" "$bytes" ok "$us" 3 "" 0 "to the first prompt, piped"
        else
          echo "   > ${timeout_s} s or failed: $(tail -n 1 "$work/play.err")" >&2
          record play "$m" "$n" "$bytes" timeout $((timeout_s * 1000000)) 1 "" 137 "$(tail -n 1 "$work/play.err" | tr '\t|' '  ' | cut -c1-100)"
          cmd_stopped[play]="×$m"
        fi
      fi
    fi
    if want_cmd simulate || want_cmd report; then
      sim_ok=0
      if [ -n "${cmd_stopped[simulate]:-}" ]; then
        record simulate "$m" "$n" "$bytes" notrun 0 0 "" "" "not run: ${cmd_stopped[simulate]} timed out"
      else
        echo "== simulate ×$m: $learners learners, $n lessons, $bytes bytes" >&2
        # A new store for every run: simulate adds to the store it is given.
        sim_times=(); sim_rss=""; k=0; sim_rc=0
        while :; do
          store="$work/sim-$m-$k.sqlite"; rm -f "$store"*
          time_once "$oberih" simulate --cohort Sim --learners "$learners" --seed 1 --pack "$file" --store "$store"
          sim_rc=$rc
          [ "$rc" = 137 ] && [ "$t_us" -ge $((timeout_s * 1000000 - 200000)) ] && break
          sim_times+=("$t_us"); [ "${rss_kib:-0}" -gt "${sim_rss:-0}" ] && sim_rss=$rss_kib
          k=$((k + 1))
          limit=$(( sim_times[0] < 1000000 ? runs : (sim_times[0] < 5000000 ? (runs < 3 ? runs : 3) : 1) ))
          [ "$k" -ge "$limit" ] && break
        done
        if [ "${#sim_times[@]}" = 0 ]; then
          echo "   timeout (> ${timeout_s} s)" >&2
          record simulate "$m" "$n" "$bytes" timeout "$t_us" 1 "" 137 ""; cmd_stopped[simulate]="×$m"
        else
          us=$(printf '%s\n' "${sim_times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
          echo "   ok $(ms_text "$us") (runs ${#sim_times[@]}, exit $sim_rc)" >&2
          record simulate "$m" "$n" "$bytes" ok "$us" "${#sim_times[@]}" "$sim_rss" "$sim_rc" "$(tail -n 1 "$work/stderr.txt" | tr '\t|' '  ' | cut -c1-100)"
          sim_ok=1; store="$work/sim-$m-0.sqlite"
        fi
      fi
      if want_cmd report; then
        if [ "$sim_ok" = 1 ] && [ -z "${cmd_stopped[report]:-}" ]; then
          echo "== report ×$m" >&2
          measure report "$oberih" report --cohort Sim --pack "$file" --store "$store"
          echo "   $m_status $(ms_text "$m_median_us") (runs $m_runs, exit $m_rc)" >&2
          record report "$m" "$n" "$bytes" "$m_status" "$m_median_us" "$m_runs" "${m_rss:-}" "$m_rc" ""
          [ "$m_status" = timeout ] && cmd_stopped[report]="×$m"
        else
          record report "$m" "$n" "$bytes" notrun 0 0 "" "" "not run: no simulated cohort or an earlier size timed out"
        fi
      fi
      [ -n "$keep" ] || rm -f "$work"/sim-"$m"-*.sqlite*
    fi
    [ -n "$keep" ] || rm -f "$file"
  done
fi

finished=${EPOCHREALTIME/[,.]/}
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# ------------------------------------------------------------------ report
echo
echo "## Machine"
echo
echo "- CPUs (nproc): $(nproc); CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "- Memory: $(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- OS: $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}"), kernel $(uname -r)"
echo "- Swift: $(swift --version 2>&1 | head -n 1)"
echo "- libxml2: $(pkg-config --modversion libxml-2.0 2>/dev/null || echo unknown)"
if git -C "$root" rev-parse --short HEAD >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- Sources Package.swift | wc -l | tr -d ' ')
  echo "- oberih: commit $(git -C "$root" rev-parse --short HEAD)$([ "$changed" != 0 ] && echo " plus $changed uncommitted change(s) in Sources/ or Package.swift"), binary built $(date -r "$oberih" '+%Y-%m-%d %H:%M')"
fi
echo "- Run: $(date '+%Y-%m-%d %H:%M') for $(( (finished - started) / 60000000 )) min $(( (finished - started) / 1000000 % 60 )) s; timeout ${timeout_s} s; nice $(nice); load average $load_before before, $load_after after"
echo
TIMEOUT_S="$timeout_s" python3 - "$results" "$gen" <<'PY'
import math, os, subprocess, sys

timeout_us = int(os.environ["TIMEOUT_S"]) * 1_000_000
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
info = {}
for line in subprocess.run([sys.executable, sys.argv[2], "--list"], capture_output=True, text=True).stdout.splitlines():
    name, item, base, mult, expect, unit, what, command = line.split("\t")
    info[name] = (item, unit, what, expect)
info["play"] = ("11", "lessons", "`oberih play FILE --code C` to its first prompt, piped, on ordinary-lessons", "0")
info["simulate"] = ("11", "lessons", "`oberih simulate --learners L --pack FILE`, on ordinary-lessons", "0")
info["report"] = ("11", "lessons", "`oberih report --cohort Sim --pack FILE` after that simulate", "0")

points = {}
for family, m, n, size, status, us, runs, rss, rc, summary in rows:
    points.setdefault(family, []).append(dict(m=int(m), n=int(n), bytes=int(size or 0), status=status,
                                              us=int(us), runs=int(runs), rss=int(rss) if rss else None,
                                              rc=rc, summary=summary))
import statistics
T0 = {kind: statistics.median(p["us"] for p in points[kind]) for kind in ("baseline", "baseline (xmllint)") if kind in points}
t0 = T0["baseline"]

def fmt_time(p):
    if p["status"] == "timeout":
        return f"> {timeout_us / 1e6:.0f} s"
    if p["status"] == "notrun":
        return "not run"
    if p["status"] == "cap":
        return "over 16 MiB"
    us = p["us"]
    return f"{us / 1e6:.2f} s" if us >= 1e6 else f"{us / 1e3:.1f} ms"

def fmt_bytes(b):
    return f"{b / 1e6:.1f} MB" if b >= 1e6 else f"{b / 1e3:.0f} KB" if b >= 1e3 else f"{b} B"

LIMIT = 1.5
def step(p1, p2, t0):
    """(text, verdict) for the step p1 -> p2; verdict True (within), False (super-linear) or None."""
    if p1["status"] != "ok" or p2["status"] in ("notrun", "cap"):
        return None, None
    r = p2["n"] / p1["n"]
    net1 = p1["us"] - t0
    if net1 < 5000:
        return f"×{r:.3g}: not judged (1× net {net1 / 1e3:.1f} ms)", None
    if p2["status"] == "timeout":
        low = (timeout_us - t0) / net1
        e = math.log(low) / math.log(r)
        if low > LIMIT * r:
            return f"×{r:.3g}: > {low:,.0f} (exp. > {e:.2f}) ✗", False
        return f"×{r:.3g}: > {low:,.1f} (timeout; not judged)", None
    net2 = max(p2["us"] - t0, 1)
    if net2 < 20000:
        return f"×{r:.3g}: not judged (under 20 ms above start-up)", None
    ratio = net2 / net1
    e = math.log(ratio) / math.log(r)
    ok = ratio <= LIMIT * r
    return f"×{r:.3g}: {ratio:,.1f} (exp. {e:.2f}) {'✓' if ok else '✗'}", ok

print(f"Start-up t0 = {t0 / 1e3:.1f} ms (`oberih validate` of the 1.3 KB skeleton pack: the median of "
      f"{len(points['baseline'])} medians, measured before every family; from "
      f"{min(p['us'] for p in points['baseline']) / 1e3:.1f} to {max(p['us'] for p in points['baseline']) / 1e3:.1f} ms); it is subtracted from every time before the ratios are taken. "
      f"Times are medians of wall-clock time, start-up included. A step is within 1.5× of linear when "
      f"(t2 − t0)/(t1 − t0) ≤ 1.5 × n2/n1 (growth exponent ≤ 1.18 for a 10× step); ✗ marks one that is not."
      + (f" Rows “(xmllint)” time `xmllint --noout --schema` on the same file, less its own start-up "
         f"({T0['baseline (xmllint)'] / 1e3:.1f} ms)." if "baseline (xmllint)" in points else ""))
print()
width = max(len(ps) for fam, ps in points.items() if not fam.startswith("baseline"))
head = "| item | family | what grows | N at each size | bytes, first → last | " \
       + " | ".join(f"t(size {k + 1})" for k in range(width)) \
       + " | ratio of each step (net; exponent) | exit | peak RSS | verdict |"
print(head)
print("|" + "---|" * (head.count("|") - 1))
for family, ps in points.items():
    if family.startswith("baseline"):
        continue
    t0 = T0["baseline (xmllint)"] if family.endswith("(xmllint)") else T0["baseline"]
    item, unit, what, expect = info.get(family.replace(" (xmllint)", ""), ("?", "", family, ""))
    cells = [fmt_time(p) for p in ps] + ["–"] * (width - len(ps))
    steps, verdicts = [], []
    for p1, p2 in zip(ps, ps[1:]):
        text, verdict = step(p1, p2, t0)
        if text:
            steps.append(text); verdicts.append(verdict)
    if ps[0]["status"] == "timeout":
        verdict = "not judged: the base size times out (try a smaller --base)"
    elif any(v is False for v in verdicts):
        verdict = "**super-linear**"
    elif any(v is True for v in verdicts):
        verdict = "within 1.5× of linear" + ("" if all(v is True for v in verdicts) else " (some steps not judged)")
    elif all(p["status"] == "ok" for p in ps) and ps[-1]["us"] - t0 < 100_000:
        verdict = "not judged: under 0.1 s above start-up at every size"
    else:
        verdict = "not judged"
    measured = [p for p in ps if p["bytes"]]
    sizes = f"{fmt_bytes(measured[0]['bytes'])} → {fmt_bytes(measured[-1]['bytes'])}" if measured else ""
    exits = "/".join(p["rc"] if p["status"] == "ok" else ("137" if p["status"] == "timeout" else "–") for p in ps)
    rss = [p for p in ps if p["rss"]]
    rss_text = (f"{rss[0]['rss'] / 1024:.0f} → {rss[-1]['rss'] / 1024:.0f} MiB" if len(rss) > 1
                else f"{rss[0]['rss'] / 1024:.0f} MiB" if rss else "")
    ns = " / ".join(f"{p['n']:,}" for p in ps)
    print(f"| {item} | {family} | {what} ({unit}) | {ns} | {sizes} | " + " | ".join(cells)
          + f" | {'; '.join(steps) or '–'} | {exits} | {rss_text} | {verdict} |")
print()
print("Every point (median of `runs` runs; exit 137: killed at the timeout; the last line of stderr):")
print()
print("| family | × | N | bytes | time | runs | exit | peak RSS | oberih's summary |")
print("|---|---|---|---|---|---|---|---|---|")
for family, ps in points.items():
    for p in ps:
        rss = f"{p['rss'] / 1024:.0f} MiB" if p["rss"] else ""
        print(f"| {family} | {p['m']} | {p['n']:,} | {p['bytes']:,} | {fmt_time(p)} | {p['runs'] or ''} | "
              f"{p['rc']} | {rss} | {p['summary']} |")
PY
