#!/usr/bin/env bash
# Builds oberih in release mode and installs it under a prefix (default ~/.local): the
# binary, its manual pages and shell completions (both generated from the binary's own
# help), and the curriculum. A manifest records exactly what was installed, so that
# --uninstall removes those files and nothing else. docs/install.md says what goes where.
#
#   scripts/install.sh [--prefix DIR] [--static | --no-static] [--no-strip] [--force]
#                      [--dry-run] [--scratch-path DIR]
#   scripts/install.sh --uninstall [--prefix DIR] [--dry-run]
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scripts/install.sh [--prefix DIR] [--static | --no-static] [--no-strip] [--force]
                          [--dry-run] [--scratch-path DIR]
       scripts/install.sh --uninstall [--prefix DIR] [--dry-run]

Builds oberih (swift build -c release) and installs under PREFIX (default ~/.local):
  PREFIX/bin/oberih
  PREFIX/share/man/man1/oberih.1, and oberih.SUBCOMMAND.1 for each subcommand
  PREFIX/share/bash-completion/completions/oberih
  PREFIX/share/zsh/site-functions/_oberih
  PREFIX/share/fish/vendor_completions.d/oberih.fish
  PREFIX/share/oberih/curriculum/       every file of Curriculum/
  PREFIX/share/doc/oberih/              the documents of docs/, which the help names
  PREFIX/share/oberih/install-manifest  what was installed, for --uninstall

  --prefix DIR        where to install (default ~/.local); no root needed for a folder you own
  --static            link the Swift runtime into the binary (the default): it runs on a
                      machine without Swift, needing only libxml2, SQLite, ICU, libcurl and libc
  --no-static         link the Swift runtime from this toolchain: a smaller binary that
                      runs only where this toolchain stays installed
  --no-strip          keep the symbol table and debug information (about 1.5 times larger)
  --force             replace files under PREFIX that this script did not install, or that
                      changed since it installed them (otherwise it stops, or keeps them)
  --dry-run           build and prepare, then print every change it would make under
                      PREFIX, changing nothing there
  --scratch-path DIR  SwiftPM's build folder (default .build-install in the package)
  --uninstall         remove what the manifest lists, unless changed since; never the
                      progress store, never packs added with `oberih pack install`
EOF
}

# 4.4: empty arrays expand under set -u.
if [ "${BASH_VERSINFO[0]}" -lt 4 ] || { [ "${BASH_VERSINFO[0]}" -eq 4 ] && [ "${BASH_VERSINFO[1]}" -lt 4 ]; }; then
  echo "install.sh: error: this needs bash 4.4 or later (this is $BASH_VERSION); on macOS: brew install bash" >&2
  exit 2
fi

me="install.sh"
say() { printf '%s\n' "$*"; }
warn() { printf '%s: warning: %s\n' "$me" "$*" >&2; }
die() { printf '%s: error: %s\n' "$me" "$1" >&2; exit "${2:-1}"; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${HOME:?HOME is not set; set it, or give --prefix DIR}/.local"
static=true
strip_binary=true
force=false
dry_run=false
uninstall=false
scratch="$root/.build-install"

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder, e.g. --prefix ~/.local" 2; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --scratch-path) [ $# -ge 2 ] || die "--scratch-path needs a folder" 2; scratch="$2"; shift 2 ;;
    --scratch-path=*) scratch="${1#--scratch-path=}"; shift ;;
    --static) static=true; shift ;;
    --no-static) static=false; shift ;;
    --no-strip) strip_binary=false; shift ;;
    --force) force=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'; the usage above lists what install.sh takes" 2 ;;
  esac
done

# PREFIX as an absolute path without a trailing slash ("/" stays "/").
# shellcheck disable=SC2088  # a "~" that the shell left alone (--prefix=~/x)
case "$prefix" in "~") prefix="$HOME" ;; "~/"*) prefix="$HOME/${prefix#"~/"}" ;; esac
[ -n "$prefix" ] || die "--prefix is empty; give a folder, e.g. --prefix ~/.local" 2
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac
while [ "${#prefix}" -gt 1 ] && [ "${prefix%/}" != "$prefix" ]; do prefix="${prefix%/}"; done
case "$prefix" in *$'\n'*) die "the prefix holds a line break; choose a folder without one" 2 ;; esac
case "$scratch" in /*) ;; *) scratch="$PWD/$scratch" ;; esac

# at REL: the path of REL under the prefix.
at() { if [ "$1" = . ]; then printf '%s' "$prefix"; else printf '%s/%s' "${prefix%/}" "$1"; fi; }
manifest_rel="share/oberih/install-manifest"
manifest="$(at "$manifest_rel")"
curriculum_rel="share/oberih/curriculum"
doc_rel="share/doc/oberih"

if command -v sha256sum >/dev/null 2>&1; then sha() { sha256sum -- "$1" | cut -d' ' -f1; }
else sha() { shasum -a 256 -- "$1" | cut -d' ' -f1; }; fi
# keys_sorted NAME: the keys of the associative array NAME, one a line, sorted.
keys_sorted() { local -n keys_ref="$1"; [ "${#keys_ref[@]}" -eq 0 ] || printf '%s\n' "${!keys_ref[@]}" | LC_ALL=C sort; }

# The only paths a manifest may name: what this script installs, and their folders. A
# damaged or edited manifest can then never make --uninstall remove anything else.
allowed_file() {
  case "$1" in
    bin/oberih | share/man/man1/oberih.1 | share/bash-completion/completions/oberih | \
    share/zsh/site-functions/_oberih | share/fish/vendor_completions.d/oberih.fish) return 0 ;;
    share/man/man1/oberih.*.1) case "$1" in */*/*/*/*) return 1 ;; esac; return 0 ;;
    "$curriculum_rel"/*) case "/$1/" in */../* | */./* | *//*) return 1 ;; esac; return 0 ;;
    "$doc_rel"/*) case "${1#"$doc_rel"/}" in */* | . | .. | '') return 1 ;; esac; return 0 ;;
  esac
  return 1
}
allowed_dir() {
  case "$1" in
    . | bin | share | share/man | share/man/man1 | share/bash-completion | \
    share/bash-completion/completions | share/zsh | share/zsh/site-functions | share/fish | \
    share/fish/vendor_completions.d | share/oberih | "$curriculum_rel" | share/doc | "$doc_rel") return 0 ;;
    "$curriculum_rel"/*) case "/$1/" in */../* | */./* | *//*) return 1 ;; esac; return 0 ;;
  esac
  return 1
}

# Reads the manifest into old_files (REL -> sha256) and old_dirs (REL list).
declare -A old_files=()
old_dirs=()
old_version=""
read_manifest() {
  [ -f "$manifest" ] || return 0
  local line kind rest n=0 bad=()
  while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    case "$line" in "" | "#"*) continue ;; esac
    kind="${line%% *}"; rest="${line#* }"
    case "$kind" in
      oberih-install-manifest | prefix | built) ;;
      version) old_version="$rest" ;;
      dir) if allowed_dir "$rest"; then old_dirs+=("$rest"); else bad+=("line $n: $line"); fi ;;
      file)
        local hash="${rest%% *}" rel="${rest#* }"
        if [[ "$hash" =~ ^[0-9a-f]{64}$ ]] && allowed_file "$rel"; then old_files["$rel"]="$hash"
        else bad+=("line $n: $line"); fi ;;
      *) bad+=("line $n: $line") ;;
    esac
  done < "$manifest"
  if [ "${#bad[@]}" -gt 0 ]; then
    printf '  %s\n' "${bad[@]}" >&2
    die "the manifest $manifest names paths this script never installs (above); nothing was changed. Look at the file: if it was edited by hand, restore it, or remove those lines"
  fi
}

# Writes a manifest: the files (REL -> sha256) of the named array and the folders made.
write_manifest() {
  local -n files_ref="$1"
  local tmp="$manifest.tmp.$$" rel
  {
    printf '# Written by scripts/install.sh: the files it installed under this prefix, with\n'
    printf '# their SHA-256, and the folders it made. `scripts/install.sh --uninstall --prefix\n'
    printf '# PREFIX` removes exactly these files (unless changed since) and those folders\n'
    printf '# once empty. Paths are relative to the prefix.\n'
    printf 'oberih-install-manifest 1\n'
    printf 'prefix %s\n' "$prefix"
    printf 'version %s\n' "$version"
    printf 'built %s\n' "$build_kind"
    for rel in "${new_dirs[@]}"; do printf 'dir %s\n' "$rel"; done
    while IFS= read -r rel; do
      printf 'file %s %s\n' "${files_ref[$rel]}" "$rel"
    done < <(keys_sorted "$1")
  } > "$tmp"
  mv -f "$tmp" "$manifest"
}

# ---------------------------------------------------------------------------- uninstall
if $uninstall; then
  read_manifest
  if [ ! -f "$manifest" ]; then
    warn "no install manifest at $manifest: scripts/install.sh installed nothing under $prefix (or it was uninstalled already); nothing to remove. If you installed elsewhere, give the same --prefix"
    exit 0
  fi
  removed=0 kept=()
  declare -A gone=()   # paths removed (or, in a dry run, that would be)
  while IFS= read -r rel; do
    path="$(at "$rel")"
    if [ -L "$path" ] || { [ -e "$path" ] && [ ! -f "$path" ]; }; then
      kept+=("$path (no longer the file installed here)")
    elif [ ! -e "$path" ]; then
      :
    elif [ "$(sha "$path")" != "${old_files[$rel]}" ]; then
      kept+=("$path (changed since it was installed)")
    else
      if $dry_run; then say "would remove $path"; else rm -f -- "$path"; fi
      gone["$path"]=1; removed=$((removed + 1))
    fi
  done < <(keys_sorted old_files)
  if $dry_run; then say "would remove $manifest"; else rm -f -- "$manifest"; fi
  gone["$manifest"]=1
  # Folders this script made, deepest first, each only if empty (nothing else in it).
  dirs_removed=0
  while IFS= read -r rel; do
    [ -n "$rel" ] || continue
    path="$(at "$rel")"
    if [ ! -d "$path" ] || [ -L "$path" ]; then continue; fi
    empty=true
    while IFS= read -r -d '' entry; do
      [ -n "${gone[$entry]:-}" ] || { empty=false; break; }
    done < <(find "$path" -mindepth 1 -maxdepth 1 -print0)
    $empty || continue
    if $dry_run; then say "would remove the folder $path"; else rmdir -- "$path" || continue; fi
    gone["$path"]=1; dirs_removed=$((dirs_removed + 1))
  done < <(for rel in "${old_dirs[@]}"; do
               if [ "$rel" = . ]; then depth=-1; else depth="$(tr -dc / <<< "$rel" | wc -c)"; fi
               printf '%s\t%s\n' "$depth" "$rel"
             done \
             | LC_ALL=C sort -t "$(printf '\t')" -k1,1nr -k2 | cut -f2-)
  $dry_run && { say "dry run: nothing was removed"; exit 0; }
  say "uninstalled oberih${old_version:+ $old_version} from $prefix: $removed files and $dirs_removed empty folders removed."
  for k in "${kept[@]}"; do say "  kept $k"; done
  # What is left in share/oberih was never the script's: with the default prefix it is the
  # user's data folder (the store, packs from `oberih pack install`).
  if [ -d "$(at share/oberih)" ]; then
    while IFS= read -r -d '' entry; do
      case "${entry##*/}" in
        progress.sqlite) say "  kept the progress store $entry (learners' answers: delete it yourself if you mean to)" ;;
        progress.sqlite-wal | progress.sqlite-shm) ;;
        curriculum) say "  kept $entry: $(find "$entry" -type f | wc -l) files this script did not install, or changed since" ;;
        packs) say "  kept the packs you installed with oberih pack install, in $entry" ;;
        *) say "  kept $entry (not installed by this script)" ;;
      esac
    done < <(find "$(at share/oberih)" -mindepth 1 -maxdepth 1 -print0 | LC_ALL=C sort -z)
  fi
  exit 0
fi

# ------------------------------------------------------------------------------ install
command -v swift >/dev/null 2>&1 || die "swift is not on PATH; install Swift 6 (https://www.swift.org/install/) and run this again"
command -v pkg-config >/dev/null 2>&1 || die "pkg-config is missing; on Debian or Ubuntu: sudo apt-get install pkg-config libxml2-dev libsqlite3-dev"
pkg-config --exists libxml-2.0 || die "the libxml2 headers are missing; on Debian or Ubuntu: sudo apt-get install libxml2-dev"
pkg-config --exists sqlite3 || die "the SQLite headers are missing; on Debian or Ubuntu: sudo apt-get install libsqlite3-dev"
[ -d "$root/Curriculum" ] || die "$root/Curriculum is missing; run the script from an Oberih checkout"

# Writable? The prefix, or the nearest folder above it that exists.
probe="$prefix"
while [ ! -e "$probe" ]; do probe="$(dirname "$probe")"; done
[ -d "$probe" ] || die "$probe is not a folder, so nothing can be installed under $prefix; choose another --prefix" 2
[ -w "$probe" ] || $dry_run || die "$probe is not writable by $(id -un); choose a prefix you own (the default is ~/.local), or ask whoever owns $probe" 2

read_manifest

build_flags=(-c release --scratch-path "$scratch")
if $static; then
  # The static FoundationNetworking (`oberih push`) calls libcurl but does not name it to
  # the linker: link the system's shared libcurl (Debian's libcurl4), so no -dev is needed.
  # A folder of the scratch path holds libcurl.so, a link to it (what -lcurl looks for).
  libcurl="$(ldconfig -p 2>/dev/null | sed -n 's/^[[:space:]]*libcurl\.so\.4 (libc6,x86-64) => //p; s/^[[:space:]]*libcurl\.so\.4 (libc6,AArch64) => //p' | head -n 1)"
  [ -n "$libcurl" ] && [ -e "$libcurl" ] \
    || die "libcurl is missing (oberih push sends with it); on Debian or Ubuntu: sudo apt-get install libcurl4"
  mkdir -p "$scratch/curl-link" && ln -sf "$libcurl" "$scratch/curl-link/libcurl.so"
  build_flags+=(--static-swift-stdlib -Xlinker -L"$scratch/curl-link" -Xlinker -lcurl); build_kind="static Swift runtime"
else
  build_kind="dynamic Swift runtime"
fi
$strip_binary && build_kind="$build_kind, stripped"
say "building oberih (release, $build_kind) in $scratch ..."
(cd "$root" && swift build "${build_flags[@]}" --product oberih) \
  || die "swift build failed (its messages are above); fix that, then run this again"
bin_dir="$(cd "$root" && swift build "${build_flags[@]}" --show-bin-path)"
# The manual's generator is swift-argument-parser's own (what its generate-manual plugin
# runs), built from the resolved dependency; debug, so the release build stays as it is.
say "building swift-argument-parser's generate-manual ..."
(cd "$root" && swift build --scratch-path "$scratch" --product generate-manual) \
  || die "building generate-manual (from swift-argument-parser) failed; its messages are above"
generate_manual="$(cd "$root" && swift build --scratch-path "$scratch" --show-bin-path)/generate-manual"

stage="$(mktemp -d "${TMPDIR:-/tmp}/oberih-install.XXXXXX")"
trap 'rm -rf -- "$stage"' EXIT
tree="$stage/tree"
mkdir -p "$tree/bin" "$tree/share/man/man1" "$tree/share/bash-completion/completions" \
  "$tree/share/zsh/site-functions" "$tree/share/fish/vendor_completions.d" "$tree/$curriculum_rel" \
  "$tree/$doc_rel"

install -m 755 "$bin_dir/oberih" "$tree/bin/oberih"
if $strip_binary; then
  if command -v strip >/dev/null 2>&1; then strip "$tree/bin/oberih"
  else warn "strip is not installed (Debian: binutils); installing the binary with its symbols"; fi
fi
version="$("$tree/bin/oberih" --version)" || die "the built binary does not run ($tree/bin/oberih --version failed)"

"$tree/bin/oberih" --generate-completion-script bash > "$tree/share/bash-completion/completions/oberih"
"$tree/bin/oberih" --generate-completion-script zsh > "$tree/share/zsh/site-functions/_oberih"
"$tree/bin/oberih" --generate-completion-script fish > "$tree/share/fish/vendor_completions.d/oberih.fish"

# oberih.1 holds every subcommand on one page; the generator's multi-page run adds one
# page per subcommand (`man oberih.play`). Dated by the last commit, so a page changes
# only with the help. Blank lines become .Pp, which is what mdoc means by them (groff
# warns "Empty input line" otherwise), or go where a list item or section starts anyway;
# the text itself is the generator's.
man_date="$(git -C "$root" log -1 --format=%cs 2>/dev/null || date +%F)"
mkdir "$stage/man-one" "$stage/man-each"
"$generate_manual" "$tree/bin/oberih" --date "$man_date" --output-directory "$stage/man-one" \
  || die "generate-manual could not make the manual page from $tree/bin/oberih"
"$generate_manual" "$tree/bin/oberih" --date "$man_date" --multi-page --output-directory "$stage/man-each" \
  || die "generate-manual could not make the per-subcommand pages"
rm -f "$stage/man-each/oberih.1"
for page in "$stage/man-one/oberih.1" "$stage/man-each"/oberih.*.1; do
  [ -f "$page" ] || continue
  awk 'blank { if ($0 !~ /^\.(It|El|Sh|Ss|Pp)/) print ".Pp"; blank = 0 }
       $0 == "" { blank = 1; next } { print }' "$page" > "$tree/share/man/man1/${page##*/}"
done

# The documents the help and the man pages name (docs/pack-format.md, …), so they are
# there to read wherever oberih is installed; `oberih help format` points at them.
for f in "$root"/docs/*.md "$root"/docs/*.json; do
  [ -f "$f" ] && install -m 644 "$f" "$tree/$doc_rel/${f##*/}"
done

(cd "$root/Curriculum" && find . -type f ! -name '.*' ! -name '*~' -print) | LC_ALL=C sort | while IFS= read -r f; do
  f="${f#./}"
  mkdir -p "$(dirname "$tree/$curriculum_rel/$f")"
  install -m 644 "$root/Curriculum/$f" "$tree/$curriculum_rel/$f"
done
# Install only a curriculum that passes: the installed binary checks the copy itself.
if ! "$tree/bin/oberih" validate "$tree/$curriculum_rel" > /dev/null 2> "$stage/validate.log"; then
  sed "s|$tree/$curriculum_rel/|Curriculum/|g" "$stage/validate.log" >&2
  die "the curriculum has errors (above); fix them (\`swift run oberih validate\` shows them too) and run this again"
fi

# ------------------------------------------------------------------------------- plan
declare -A new_files=()   # REL -> sha256 of what this run installs (or leaves, being ours)
to_copy=()                # RELs to copy into place
plan=()                   # what happens, for --dry-run and the summary
kept_theirs=()            # curriculum files not ours, left as they are
conflicts=()
while IFS= read -r rel; do
  dest="$(at "$rel")" hash="$(sha "$tree/$rel")"
  if [ ! -e "$dest" ] && [ ! -L "$dest" ]; then
    new_files["$rel"]="$hash"; to_copy+=("$rel"); plan+=("add      $dest")
  elif [ -L "$dest" ] || [ ! -f "$dest" ]; then
    if $force && [ ! -d "$dest" ]; then new_files["$rel"]="$hash"; to_copy+=("$rel"); plan+=("replace  $dest (--force)")
    else conflicts+=("$dest is not a regular file; move it away"); fi
  else
    now="$(sha "$dest")"
    if [ "$now" = "$hash" ]; then
      if [ -n "${old_files[$rel]:-}" ] || $force; then new_files["$rel"]="$hash"; plan+=("same     $dest")
      else kept_theirs+=("$dest (already there, the same file; left as yours)"); fi
    elif [ -n "${old_files[$rel]:-}" ] && [ "$now" = "${old_files[$rel]}" ]; then
      new_files["$rel"]="$hash"; to_copy+=("$rel"); plan+=("upgrade  $dest")
    elif $force; then
      new_files["$rel"]="$hash"; to_copy+=("$rel"); plan+=("replace  $dest (--force)")
    elif [ "${rel#"$curriculum_rel"/}" != "$rel" ]; then
      # A different file in the curriculum folder was put there by hand: theirs to keep.
      kept_theirs+=("$dest (not the file this script installed: yours, kept; --force replaces it)")
    else
      conflicts+=("$dest exists and is not the file this script installed; move it away, or pass --force to replace it")
    fi
  fi
done < <(cd "$tree" && find . -type f -print | sed 's|^\./||' | LC_ALL=C sort)

stale=()
while IFS= read -r rel; do
  [ -n "${new_files[$rel]:-}" ] && continue
  [ -e "$tree/$rel" ] && continue   # kept as the user's: no longer ours
  dest="$(at "$rel")"
  if [ -f "$dest" ] && [ ! -L "$dest" ] && [ "$(sha "$dest")" = "${old_files[$rel]}" ]; then
    stale+=("$rel"); plan+=("remove   $dest (installed before, no longer part of oberih)")
  fi
done < <(keys_sorted old_files)

# Folders: those made before (still there) and those this run makes.
new_dirs=()
for rel in "${old_dirs[@]}"; do [ -d "$(at "$rel")" ] && new_dirs+=("$rel"); done
declare -A dir_seen=()
for rel in "${new_dirs[@]}"; do dir_seen["$rel"]=1; done
made_dirs=()
while IFS= read -r rel; do
  if [ ! -e "$(at "$rel")" ] && [ -z "${dir_seen[$rel]:-}" ]; then
    made_dirs+=("$rel"); new_dirs+=("$rel"); dir_seen["$rel"]=1
  fi
done < <(echo .; cd "$tree" && find . -mindepth 1 -type d -print | sed 's|^\./||' | LC_ALL=C sort)

if [ "${#conflicts[@]}" -gt 0 ]; then
  printf '  %s\n' "${conflicts[@]}" >&2
  die "nothing was installed: files under $prefix are in the way (above)"
fi

if $dry_run; then
  say "dry run: oberih $version ($build_kind) into $prefix would:"
  for p in "${plan[@]}"; do say "  $p"; done
  for k in "${kept_theirs[@]}"; do say "  keep     $k"; done
  for d in "${made_dirs[@]}"; do say "  make the folder $(at "$d")"; done
  say "  write    $manifest"
  say "dry run: nothing was changed under $prefix"
  exit 0
fi

# ------------------------------------------------------------------------------ apply
for rel in "${made_dirs[@]}"; do mkdir -p -- "$(at "$rel")"; done
# First a manifest that already names every file this run may leave, so an interrupted
# run is still undone by --uninstall (a half-copied file does not match and is kept).
declare -A union=()
for rel in "${!old_files[@]}"; do union["$rel"]="${old_files[$rel]}"; done
# shellcheck disable=SC2034  # union is read by write_manifest, by name
for rel in "${!new_files[@]}"; do union["$rel"]="${new_files[$rel]}"; done
write_manifest union
for rel in "${to_copy[@]}"; do
  dest="$(at "$rel")"
  mode=644; [ "$rel" = bin/oberih ] && mode=755
  [ -d "$(dirname "$dest")" ] || mkdir -p -- "$(dirname "$dest")"
  install -m "$mode" "$tree/$rel" "$dest.new.$$"
  mv -f -- "$dest.new.$$" "$dest"   # a running oberih keeps its old file
done
for rel in "${stale[@]}"; do rm -f -- "$(at "$rel")"; done
write_manifest new_files

# ---------------------------------------------------------------------------- summary
"$(at bin/oberih)" --version > /dev/null || die "the installed $(at bin/oberih) does not run; run it by hand to see why"
count_pages=$(find "$tree/share/man/man1" -name 'oberih.*.1' | wc -l)
count_packs=$(find "$tree/$curriculum_rel" -maxdepth 1 -name '*.xml' | wc -l)
size=$(($(wc -c < "$(at bin/oberih)") / 100000))
added=0 upgraded=0
for p in "${plan[@]}"; do case "$p" in add*) added=$((added + 1)) ;; upgrade* | replace*) upgraded=$((upgraded + 1)) ;; esac; done
say ""
say "installed oberih $version ($build_kind, $((size / 10)).$((size % 10)) MB)${old_version:+, over $old_version} into $prefix"
say "  ($added files added, $upgraded replaced, ${#stale[@]} old ones removed):"
say "  $(at bin/oberih)"
say "  $(at share/man/man1)/oberih.1, and $count_pages pages, one per subcommand (man oberih.play)"
say "  completions: $(at share/bash-completion/completions/oberih)"
say "               $(at share/zsh/site-functions/_oberih)"
say "               $(at share/fish/vendor_completions.d/oberih.fish)"
say "  the curriculum ($count_packs packs, the schema, README.md): $(at "$curriculum_rel")"
say "  the documents (docs/ of the help and man pages): $(at "$doc_rel")"
say "  what was installed: $manifest (scripts/install.sh --uninstall --prefix $prefix removes it)"
for k in "${kept_theirs[@]}"; do say "  kept $k"; done
if ! $static; then
  runpath="$(readelf -d "$(at bin/oberih)" 2>/dev/null | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')"
  warn "this binary loads the Swift runtime from the toolchain that built it (${runpath:-its RUNPATH}): it fails to start where that is missing; the default, --static, needs no Swift"
fi

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
on_data_dirs() { case ":${XDG_DATA_DIRS:-/usr/local/share:/usr/share}:" in *":$1:"*) return 0 ;; esac; return 1; }
hints=()
case ":$PATH:" in
  *":$(at bin):"*)
    found="$(command -v oberih || true)"
    [ "$found" = "$(at bin/oberih)" ] || hints+=("another oberih comes first on PATH: $found; remove it, or put $(at bin) before its folder")
    ;;
  *) hints+=("$(at bin) is not on PATH: add this line to ~/.profile (or ~/.bashrc, ~/.zshrc), then open a new terminal:"
             "    export PATH=\"$(at bin):\$PATH\"") ;;
esac
if [ "$(at share)" != "$data_home" ] && ! on_data_dirs "$(at share)"; then
  hints+=("bash and fish load completions from $(at share) once it is on XDG_DATA_DIRS:"
          "    export XDG_DATA_DIRS=\"$(at share):\${XDG_DATA_DIRS:-/usr/local/share:/usr/share}\"")
fi
if command -v zsh >/dev/null 2>&1 && ! zsh -fc 'print -rl -- $fpath' 2>/dev/null | grep -qxF "$(at share/zsh/site-functions)"; then
  hints+=("zsh loads the completion once ~/.zshrc has, before compinit:"
          "    fpath=(\"$(at share/zsh/site-functions)\" \$fpath)")
fi
say ""
for h in "${hints[@]}"; do say "$h"; done
say "then run: oberih   (it finds the installed curriculum from anywhere)"
