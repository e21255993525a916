#!/usr/bin/env bash
# Builds juki-report for the department's machine and packages it as one tar.gz:
#   dist/juki-report-<version>-linux-<arch>.tar.gz
#     juki-report-<version>-linux-<arch>/juki-report        release build, Swift runtime and Foundation linked in
#     juki-report-<version>-linux-<arch>/juki-report-serve  the same for `juki-report serve` (the HTTP library linked in)
#     juki-report-<version>-linux-<arch>/templates/       found next to the binary (see README「導入」)
#     juki-report-<version>-linux-<arch>/example/input/   the FY2022 records and site.yaml, to start from
#     juki-report-<version>-linux-<arch>/README.md, docs/   the guide (and the pages it links)
# juki-report needs only the system's libc, libstdc++/libgcc and libxml2 (Debian: apt-get install libxml2);
# juki-report-serve also libcurl (libcurl4), because serve's HTTP library (FlyingFox) has a proxy handler built on
# URLSession, which brings in Foundation's networking; the static Foundation links it against the system's libcurl
# (a static libcurl would carry OpenSSL, nghttp2 and a dozen more with it). Neither ever opens a URL.
# The archive is deterministic for one binary: names sorted, mtime/owner/mode fixed, gzip without a timestamp.
# Usage: scripts/package.sh [--version V]    (default: `git describe --tags --always --dirty`)
# Prints the path of the tar.gz on the last line of stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="${2:?--version needs a value}"; shift 2 ;;
    *) echo "usage: scripts/package.sh [--version V]" >&2; exit 64 ;;
  esac
done
[ -n "$version" ] || version="$(git describe --tags --always --dirty 2>/dev/null || echo unknown)"
case "$version" in (*[!A-Za-z0-9._+-]*|"") echo "version must be letters, digits and ._+-: $version" >&2; exit 64 ;; esac

arch="$(uname -m)"
name="juki-report-$version-linux-$arch"
# Its own build folder: the static link never replaces the .build/release binary that tests and CI run.
scratch=.build/package
# The link name libcurl.so is in Debian's -dev package only: a link to the runtime library stands for it.
libcurl="$(ldconfig -p | awk '/libcurl\.so\.4 .*x86-64|libcurl\.so\.4 \(libc6,x86-64\)/ { print $NF; exit }')"
[ -n "$libcurl" ] || { echo "libcurl.so.4 not found (Debian: apt-get install libcurl4)" >&2; exit 1; }
mkdir -p "$scratch/link"
ln -sf "$libcurl" "$scratch/link/libcurl.so"
# Two links of the same modules: libcurl is named only for juki-report-serve's (the flags differ, so each link
# is its own build; the modules are compiled once).
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product juki-report >&2
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product juki-report-serve \
  -Xlinker -L"$PWD/$scratch/link" -Xlinker -lcurl >&2
bin="$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)"

stage="$(mktemp -d)"; trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
mkdir -p "$root/example"
# Symbols are not needed to run; stripping takes the binary from ~3x to its size (no debug info in the package).
strip -o "$root/juki-report" "$bin/juki-report"
strip -o "$root/juki-report-serve" "$bin/juki-report-serve"
# Only what git tracks, so a stray file in the worktree never ships.
git ls-files -z templates input/R4 input/site.yaml README.md docs | while IFS= read -r -d '' f; do
  case "$f" in
    input/*) dest="$root/example/$f" ;;
    *) dest="$root/$f" ;;
  esac
  mkdir -p "$(dirname "$dest")"
  cp "$f" "$dest"
done

# Fixed metadata: modes by kind, one owner, one date (the commit's, so a rebuild of one commit is the same archive).
mtime="$(git log -1 --format=%cI 2>/dev/null || echo 2000-01-01T00:00:00Z)"
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root/juki-report" "$root/juki-report-serve"
mkdir -p dist
out="dist/$name.tar.gz"
tar --sort=name --mtime="$mtime" --owner=0 --group=0 --numeric-owner --format=gnu \
    -C "$stage" -cf - "$name" | gzip -n -9 > "$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
