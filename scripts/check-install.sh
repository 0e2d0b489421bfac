#!/usr/bin/env bash
# End-to-end check of scripts/install.sh: installs into a temporary prefix laid out like
# the default (HOME/.local, with a temporary HOME, so the installed curriculum sits beside
# the store and the packs `oberih pack install` adds, in ~/.local/share/oberih), runs the installed oberih as a user
# would from an empty folder, upgrades over it, uninstalls, and checks that exactly the
# installed files went and the progress store and the user's packs stayed.
#
#   scripts/check-install.sh [--clean] [--keep] [--scratch-path DIR] [-- INSTALL-ARGS...]
#
#   --clean             build in an empty scratch folder (what CI would do; slow)
#   --keep              keep the temporary folder, even when every check passes
#   --scratch-path DIR  SwiftPM's build folder (default: install.sh's, .build-install)
#   INSTALL-ARGS        passed to install.sh, e.g. -- --no-static
#
# Exit status: 0 every check passed, 1 a check failed (the message says which, and the
# temporary folder with every log is kept), 2 usage error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clean=false
keep=false
scratch=""
install_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clean) clean=true; shift ;;
    --keep) keep=true; shift ;;
    --scratch-path) [ $# -ge 2 ] || { echo "check-install.sh: --scratch-path needs a folder" >&2; exit 2; }; scratch="$2"; shift 2 ;;
    --) shift; install_args=("$@"); break ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-install.sh: unknown argument '$1'; see --help" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/oberih-check-install.XXXXXX")"
home="$tmp/home"
prefix="$home/.local"      # the default prefix's layout, under a temporary HOME
data="$prefix/share/oberih" # = $XDG_DATA_HOME/oberih with XDG_DATA_HOME unset
work="$tmp/empty"          # an empty folder: no Curriculum/ to fall back on
logs="$tmp/logs"
mkdir -p "$home" "$work" "$logs"
if $clean; then scratch="$tmp/build"; fi
[ -n "$scratch" ] && install_args=(--scratch-path "$scratch" "${install_args[@]}")
static=true
for a in "${install_args[@]}"; do [ "$a" = --no-static ] && static=false; done

started=$SECONDS
passed=0
finish() {
  local status=$?
  if [ "$status" -eq 0 ] && ! $keep; then rm -rf -- "$tmp"
  else echo "check-install.sh: the temporary folder is kept: $tmp (logs in $tmp/logs)" >&2; fi
}
trap finish EXIT

fail() {
  echo "check-install.sh: FAILED: $1" >&2
  shift
  local f
  for f in "$@"; do
    [ -s "$f" ] || continue
    echo "--- $f (last 30 lines)" >&2
    tail -n 30 "$f" >&2
  done
  exit 1
}
ok() { passed=$((passed + 1)); printf 'ok   %s\n' "$1"; }
skip() { printf 'skip %s\n' "$1"; }

# user NAME CMD...: runs CMD as a user would, from the empty folder, with nothing of this
# shell's environment but PATH (the prefix's bin first), HOME and a UTF-8 locale. Output
# goes to $logs/NAME.out and NAME.err; the exit status is in $status.
user() {
  local name="$1"; shift
  set +e
  (cd "$work" && env -i PATH="$prefix/bin:/usr/bin:/bin" HOME="$home" LANG=C.UTF-8 TERM=dumb "$@") \
    > "$logs/$name.out" 2> "$logs/$name.err" < "${stdin:-/dev/null}"
  status=$?
  set -e
}
expect_status() {  # expect_status NAME WANT: fail unless the last `user NAME` exited WANT
  [ "$status" -eq "$2" ] || fail "$1 exited $status, expected $2 (its output below)" "$logs/$1.out" "$logs/$1.err"
}

# ------------------------------------------------------------------------------ install
t0=$SECONDS
"$root/scripts/install.sh" --prefix "$prefix" "${install_args[@]}" > "$logs/install.out" 2> "$logs/install.err" \
  || fail "scripts/install.sh --prefix $prefix ${install_args[*]} failed" "$logs/install.out" "$logs/install.err"
install_seconds=$((SECONDS - t0))
ok "install.sh into $prefix (${install_seconds} s)"

manifest="$data/install-manifest"
for rel in bin/oberih share/man/man1/oberih.1 share/bash-completion/completions/oberih \
           share/zsh/site-functions/_oberih share/fish/vendor_completions.d/oberih.fish; do
  [ -s "$prefix/$rel" ] || fail "$prefix/$rel is missing or empty after install" "$logs/install.out"
done
[ -x "$prefix/bin/oberih" ] || fail "$prefix/bin/oberih is not executable"
[ -f "$manifest" ] || fail "no manifest at $manifest" "$logs/install.out"
while IFS= read -r f; do
  cmp -s "$root/Curriculum/$f" "$data/curriculum/$f" || fail "Curriculum/$f was not installed as $data/curriculum/$f"
done < <(cd "$root/Curriculum" && find . -type f ! -name '.*' ! -name '*~' | sed 's|^\./||')
# The manifest names exactly the files under the prefix (but itself), with their checksums.
listed="$(sed -n 's/^file [0-9a-f]\{64\} //p' "$manifest" | LC_ALL=C sort)"
present="$(cd "$prefix" && find . -type f ! -path ./share/oberih/install-manifest | sed 's|^\./||' | LC_ALL=C sort)"
[ "$listed" = "$present" ] || fail "the manifest does not list exactly the installed files:
$(diff <(echo "$listed") <(echo "$present") || true)"
while read -r kind hash rel; do
  [ "$kind" = file ] || continue
  [ "$(sha256sum < "$prefix/$rel" | cut -d' ' -f1)" = "$hash" ] || fail "the manifest's checksum of $rel is wrong"
done < "$manifest"
ok "installed files: binary, $(find "$prefix/share/man/man1" -name '*.1' | wc -l) man pages, 3 completions, the curriculum; the manifest lists exactly them"

# ------------------------------------------------------------------ the static binary
if $static && ! command -v readelf >/dev/null 2>&1; then
  skip "static: readelf is not installed (Debian: binutils), so the libraries were not checked"
elif $static; then
  needed="$(readelf -d "$prefix/bin/oberih" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')"
  case " $needed" in *" libswift"* | *" libFoundation"* | *" lib_Foundation"* | *" libdispatch"* | *" libBlocksRuntime"*)
    fail "the static binary still needs Swift's libraries: $needed" ;; esac
  runpath="$(readelf -d "$prefix/bin/oberih" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')"
  case "$runpath" in *swift* | *toolchain*) fail "the static binary's RUNPATH points into a toolchain: $runpath" ;; esac
  ldd "$prefix/bin/oberih" > "$logs/ldd.out" 2>&1 || fail "ldd cannot read $prefix/bin/oberih" "$logs/ldd.out"
  if grep -q 'not found' "$logs/ldd.out"; then fail "a library of the static binary is missing" "$logs/ldd.out"; fi
  if grep -Eq 'libswift|libFoundation|/swift' "$logs/ldd.out"; then fail "the static binary loads Swift's libraries" "$logs/ldd.out"; fi
  ok "static: needs only $needed(ldd lists no Swift library)"
else
  skip "static: the install was --no-static"
fi

# ------------------------------------------------------------------ run as a user would
user which sh -c 'command -v oberih'
if [ "$status" -ne 0 ] || [ "$(cat "$logs/which.out")" != "$prefix/bin/oberih" ]; then
  fail "oberih on PATH is not $prefix/bin/oberih" "$logs/which.out"
fi
version="$(sed -n 's/^version //p' "$manifest")"
user version oberih --version; expect_status version 0
[ "$(cat "$logs/version.out")" = "$version" ] || fail "oberih --version says '$(cat "$logs/version.out")', the manifest $version"
ok "oberih $version on PATH, from an empty folder, with env -i"

packs=()
while IFS= read -r f; do packs+=("$(basename "$f" .xml)"); done < <(find "$root/Curriculum" -maxdepth 1 -name '*.xml' | LC_ALL=C sort)

user status oberih; expect_status status 0
for id in "${packs[@]}"; do
  grep -q -- "$id" "$logs/status.out" || fail "oberih (no arguments, from an empty folder) does not list the installed pack $id" "$logs/status.out" "$logs/status.err"
done
grep -q -- "share/oberih/curriculum" "$logs/status.out" "$logs/status.err" \
  || fail "oberih does not say it read the installed curriculum (share/oberih/curriculum)" "$logs/status.out" "$logs/status.err"
ok "oberih: lists the ${#packs[@]} installed packs"

user validate oberih validate; expect_status validate 0
grep -q "checked ${#packs[@]} files: 0 errors" "$logs/validate.err" \
  || fail "oberih validate did not check the ${#packs[@]} installed packs" "$logs/validate.err"
ok "oberih validate: $(tail -n 1 "$logs/validate.err")"

user help oberih --help; expect_status help 0
grep -q "^USAGE: oberih" "$logs/help.out" || fail "oberih --help has no USAGE line" "$logs/help.out"
grep -q "validate" "$logs/help.out" || fail "oberih --help does not list validate" "$logs/help.out"
ok "oberih --help"

# ---------------------------------------------------------------- manual and completions
if command -v man >/dev/null 2>&1; then
  for page in "$prefix"/share/man/man1/*.1; do
    name="man-$(basename "$page")"
    user "$name" man -l "$page"; expect_status "$name" 0
    [ ! -s "$logs/$name.err" ] || fail "man -l $page printed warnings" "$logs/$name.err"
  done
  grep -A1 "^NAME" "$logs/man-oberih.1.out" | grep -q "oberih" \
    || fail "man -l oberih.1 shows no NAME section naming oberih" "$logs/man-oberih.1.out"
  user manw man -w oberih; expect_status manw 0
  [ "$(cat "$logs/manw.out")" = "$prefix/share/man/man1/oberih.1" ] \
    || fail "man -w oberih finds $(cat "$logs/manw.out"), not the installed page" "$logs/manw.out" "$logs/manw.err"
  ok "man: every page renders without a warning; \`man oberih\` finds the installed page"
else
  if ! grep -q '^\.Dt OBERIH 1' "$prefix/share/man/man1/oberih.1" || ! grep -q '^\.Sh NAME' "$prefix/share/man/man1/oberih.1"; then
    fail "oberih.1 is not an mdoc page with a NAME section"
  fi
  ok "man: oberih.1 is mdoc with NAME (man is not installed, so not rendered)"
fi
# The pages name documents as docs/NAME: each must be installed in share/doc/oberih.
missing_docs=""
for doc in $(cat "$prefix"/share/man/man1/*.1 | grep -o 'docs/[A-Za-z0-9._-]*[A-Za-z0-9]' | sort -u); do
  [ -f "$prefix/share/doc/oberih/${doc#docs/}" ] || missing_docs="$missing_docs $doc"
done
[ -z "$missing_docs" ] || fail "the man pages name documents that are not installed in $prefix/share/doc/oberih:$missing_docs"
ok "man: every document the pages name (docs/…) is installed in share/doc/oberih"

bash_file="$prefix/share/bash-completion/completions/oberih"
# shellcheck disable=SC2016  # expanded by the bash that runs it
user bash bash --norc --noprofile -c '
  source "$1" || exit 3
  complete -p oberih || exit 4
  COMP_WORDS=(oberih va); COMP_CWORD=1; COMP_LINE="oberih va"; COMP_POINT=${#COMP_LINE}
  _oberih oberih va oberih || exit 5
  printf "%s\n" "${COMPREPLY[@]}"' bash "$bash_file"
expect_status bash 0
grep -qx validate "$logs/bash.out" || fail "bash completion of 'oberih va' does not offer validate" "$logs/bash.out" "$logs/bash.err"
[ ! -s "$logs/bash.err" ] || fail "sourcing the bash completion printed errors" "$logs/bash.err"
if [ -f /usr/share/bash-completion/bash_completion ]; then
  user bashload bash --norc --noprofile -c 'source /usr/share/bash-completion/bash_completion; __load_completion oberih && complete -p oberih'
  expect_status bashload 0
  ok "bash: the completion sources cleanly, completes 'oberih va' to validate, and bash-completion loads it by itself"
else
  ok "bash: the completion sources cleanly and completes 'oberih va' to validate (bash-completion not installed: auto-loading not checked)"
fi

if command -v zsh >/dev/null 2>&1; then
  # shellcheck disable=SC2016  # expanded by zsh
  user zsh zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D; print -r -- "$_comps[oberih]"' \
    zsh "$prefix/share/zsh/site-functions"
  expect_status zsh 0
  [ "$(cat "$logs/zsh.out")" = _oberih ] || fail "zsh's compinit does not pick up _oberih from site-functions" "$logs/zsh.out" "$logs/zsh.err"
  ok "zsh: compinit finds _oberih"
else
  skip "zsh: not installed"
fi
if command -v fish >/dev/null 2>&1; then
  # no --no-config: that also skips the vendor completion folders; HOME is empty anyway
  user fish env XDG_CONFIG_HOME="$tmp/fish-config" fish -c 'complete -C "oberih va"'
  expect_status fish 0
  grep -q '^validate' "$logs/fish.out" || fail "fish does not load the installed completion (vendor_completions.d)" "$logs/fish.out" "$logs/fish.err"
  ok "fish: loads the completion from vendor_completions.d by itself"
else
  skip "fish: not installed"
fi

# ----------------------------------------------------------------------- a scripted lesson
# The first line answers "Press Enter to begin", the next two the first two steps; then the
# input ends, which saves.
printf '\n2\n4\n' > "$tmp/answers"
stdin="$tmp/answers" user play oberih play being-kind-online --age 12 --lang en
expect_status play 0
code="$(grep -o 'Your code is [0-9A-Z]\{3\}-[0-9A-Z]\{3\}' "$logs/play.out" "$logs/play.err" | head -n 1 | sed 's/.*is //' || true)"
[ -n "$code" ] || fail "oberih play printed no learner code" "$logs/play.out" "$logs/play.err"
stopped="$(grep -o 'step [0-9]* of [0-9]*' "$logs/play.out" | tail -n 1 || true)"
[ -n "$stopped" ] || fail "oberih play showed no step" "$logs/play.out"
[ -s "$data/progress.sqlite" ] || fail "no progress store at $data/progress.sqlite after oberih play" "$logs/play.err"
printf '\n' > "$tmp/resume"
stdin="$tmp/resume" user resume oberih play being-kind-online --code "$code" --lang en
expect_status resume 0
[ "$(grep -o 'step [0-9]* of [0-9]*' "$logs/resume.out" | head -n 1)" = "$stopped" ] \
  || fail "oberih play --code $code did not go on at $stopped, where it stopped" "$logs/resume.out" "$logs/resume.err"
ok "oberih play being-kind-online through a pipe: learner $code saved in the store, and goes on at $stopped"

user cohort oberih cohort create X; expect_status cohort 0
user cohortlist oberih cohort list; expect_status cohortlist 0
grep -qw X "$logs/cohortlist.out" || fail "oberih cohort list does not show cohort X" "$logs/cohortlist.out"
ok "oberih cohort create X"

sim="$tmp/sim.sqlite"
user simulate oberih simulate --cohort Demo --learners 30 --seed 7 --pack being-kind-online --store "$sim"
expect_status simulate 0
user report oberih report --cohort Demo --store "$sim"; expect_status report 0
grep -q being-kind-online "$logs/report.out" || fail "oberih report does not name the pack" "$logs/report.out"
user reportjson oberih report --cohort Demo --store "$sim" --json; expect_status reportjson 0
if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$logs/reportjson.out" \
    || fail "oberih report --json is not JSON" "$logs/reportjson.out"
fi
user export oberih export --cohort Demo --store "$sim" --format csv; expect_status export 0
head -n 1 "$logs/export.out" | grep -q '^cohort,learner,' || fail "the CSV export has no header" "$logs/export.out"
rows=$(($(wc -l < "$logs/export.out") - 1))
[ "$rows" -gt 30 ] || fail "the CSV export has $rows rows for 30 learners" "$logs/export.out"
[ "$(tail -n +2 "$logs/export.out" | cut -d, -f1 | sort -u)" = Demo ] || fail "the CSV export holds rows of another cohort" "$logs/export.out"
ok "oberih simulate, report (text and JSON), export --format csv ($rows rows)"

# ----------------------------------------------------------- the user's packs, an upgrade
# A pack of the user's own, and a newer version of an installed one, both added the way a
# user adds packs: they go to $data/packs, apart from the installed curriculum, which
# keeps its own being-kind-online (hidden by the newer one) unchanged.
sed -e 's/id="being-kind-online"/id="our-class-pack"/' "$root/Curriculum/being-kind-online.xml" > "$tmp/our-class-pack.xml"
sed -e '0,/version="1\.0\.0"/s//version="1.0.1"/' "$root/Curriculum/being-kind-online.xml" > "$tmp/being-kind-online.xml"
cmp -s "$tmp/being-kind-online.xml" "$root/Curriculum/being-kind-online.xml" && fail "could not make a newer version of being-kind-online (its version is no longer 1.0.0?)"
user packinstall1 oberih pack install "$tmp/our-class-pack.xml"; expect_status packinstall1 0
user packinstall2 oberih pack install "$tmp/being-kind-online.xml"; expect_status packinstall2 0
[ -f "$data/packs/our-class-pack.xml" ] || fail "oberih pack install did not put our-class-pack in $data/packs" "$logs/packinstall1.out" "$logs/packinstall1.err"
cmp -s "$tmp/being-kind-online.xml" "$data/packs/being-kind-online.xml" \
  || fail "oberih pack install of being-kind-online 1.0.1 is not $data/packs/being-kind-online.xml" "$logs/packinstall2.out" "$logs/packinstall2.err"
cmp -s "$root/Curriculum/being-kind-online.xml" "$data/curriculum/being-kind-online.xml" \
  || fail "oberih pack install changed the installed curriculum's being-kind-online" "$logs/packinstall2.out"
user packlist oberih pack list; expect_status packlist 0
for want in 'being-kind-online  *1\.0\.1  *found' 'being-kind-online  *1\.0\.0  *hidden'; do
  grep -q "$want" "$logs/packlist.out" || fail "oberih pack list does not show 1.0.1 found and the installed 1.0.0 hidden" "$logs/packlist.out"
done
mine="$(sha256sum "$data/packs/our-class-pack.xml" "$data/packs/being-kind-online.xml")"

"$root/scripts/install.sh" --prefix "$prefix" "${install_args[@]}" > "$logs/upgrade.out" 2> "$logs/upgrade.err" \
  || fail "installing again over the install failed" "$logs/upgrade.out" "$logs/upgrade.err"
grep -q '(0 files added, 0 replaced, 0 old ones removed)' "$logs/upgrade.out" \
  || fail "installing the same build again changed files" "$logs/upgrade.out"
[ "$(sha256sum "$data/packs/our-class-pack.xml" "$data/packs/being-kind-online.xml")" = "$mine" ] \
  || fail "installing again changed the packs the user installed"
user validate2 oberih validate; expect_status validate2 0
ok "install again over it: nothing changed, the user's two packs kept"

# A foreign file in the way stops an install that would replace it.
mkdir -p "$tmp/other/bin"; printf '#!/bin/sh\necho not oberih\n' > "$tmp/other/bin/oberih"
if "$root/scripts/install.sh" --prefix "$tmp/other" "${install_args[@]}" > "$logs/foreign.out" 2> "$logs/foreign.err"; then
  fail "install.sh replaced a bin/oberih it did not install" "$logs/foreign.out"
fi
grep -q 'not the file this script installed' "$logs/foreign.err" || fail "install.sh did not say why it stopped" "$logs/foreign.err"
grep -q 'not oberih' "$tmp/other/bin/oberih" || fail "install.sh changed the foreign $tmp/other/bin/oberih"
[ "$(cd "$tmp/other" && find . -mindepth 1 | LC_ALL=C sort | tr '\n' ' ')" = "./bin ./bin/oberih " ] \
  || fail "install.sh left files in $tmp/other though it stopped"
ok "a bin/oberih it did not install stops install.sh, untouched"

# ------------------------------------------------------------------------------ uninstall
store_sum="$(sha256sum < "$data/progress.sqlite")"
"$root/scripts/install.sh" --uninstall --prefix "$prefix" > "$logs/uninstall.out" 2> "$logs/uninstall.err" \
  || fail "install.sh --uninstall failed" "$logs/uninstall.out" "$logs/uninstall.err"
left="$(cd "$prefix" && find . -mindepth 1 | sed 's|^\./||' | LC_ALL=C sort | tr '\n' ' ')"
want="share share/oberih share/oberih/packs share/oberih/packs/being-kind-online.xml share/oberih/packs/our-class-pack.xml share/oberih/progress.sqlite "
[ "$left" = "$want" ] || fail "after --uninstall, $prefix holds: $left
expected only: $want" "$logs/uninstall.out"
[ "$(sha256sum < "$data/progress.sqlite")" = "$store_sum" ] || fail "--uninstall changed the progress store"
[ "$(sha256sum "$data/packs/our-class-pack.xml" "$data/packs/being-kind-online.xml")" = "$mine" ] \
  || fail "--uninstall changed the user's packs"
grep -qF "kept the progress store $data/progress.sqlite " "$logs/uninstall.out" || fail "--uninstall did not say it kept the store" "$logs/uninstall.out"
ok "uninstall: every installed file and folder gone; the store and the user's two packs kept, unchanged"

"$root/scripts/install.sh" --uninstall --prefix "$prefix" > "$logs/uninstall2.out" 2> "$logs/uninstall2.err" \
  || fail "a second --uninstall failed" "$logs/uninstall2.err"
grep -q "nothing to remove" "$logs/uninstall2.err" || fail "a second --uninstall did not say there was nothing to remove" "$logs/uninstall2.err"
ok "uninstall again: nothing to remove"

echo "check-install.sh: all $passed checks passed in $((SECONDS - started)) s (the first install, with its build, took $install_seconds s)"
