#!/usr/bin/env bash
# Installs what the build and the tests need on Debian 12, from Debian's archive only,
# and fetches Dear ImGui 1.90.1's source (Debian trixie source package) into deps/imgui.
# Needs root for apt-get (run as root, or have sudo). Safe to run again: it only installs
# what is missing, so with everything present it takes about a second.
# Usage: scripts/setup.sh [--tests]   (--tests adds node/npm, browsers, xvfb, tests/e2e deps)
set -euo pipefail
cd "$(dirname "$0")/.."

WANT_TESTS=0
case "${1:-}" in
  "") ;;
  --tests) WANT_TESTS=1 ;;
  *) echo "usage: scripts/setup.sh [--tests]" >&2; exit 2 ;;
esac

die() { echo "setup: $*" >&2; exit 1; }

IMGUI_VERSION=1.90.1
have_imgui() { [ -f deps/imgui/imgui.cpp ] && [ "$(cat deps/imgui/.version 2>/dev/null)" = "$IMGUI_VERSION" ]; }

if [ ! -r /etc/debian_version ] || ! command -v apt-get >/dev/null; then
  # Not Debian: go on if everything is already there, otherwise say what to install.
  need=(emcc emcmake cmake c++)
  [ $WANT_TESTS = 1 ] && need+=(node npm)
  missing=()
  for c in "${need[@]}"; do command -v "$c" >/dev/null || missing+=("$c"); done
  if [ ${#missing[@]} -gt 0 ] || ! have_imgui; then
    die "this script installs with Debian 12's apt; on this system install by hand:
  - emscripten 3.1.x (emcc, emcmake), cmake >= 3.21, ninja (optional), a C++17 compiler
  - nlohmann-json 3.11 and doctest 2.4 headers in /usr/include
  - the fonts DejaVuSans.ttf and Font Awesome 4.7 fontawesome-webfont.ttf (see the
    CARD_TEXT_FONT / CARD_ICON_FONT options in CMakeLists.txt)
  - Dear ImGui $IMGUI_VERSION source unpacked in deps/imgui, with 'echo $IMGUI_VERSION > deps/imgui/.version'
  - for the tests: node >= 18 with npm, chromium, firefox-esr, xvfb
missing now: ${missing[*]:-}$(have_imgui || echo ' deps/imgui')"
  fi
  echo "setup: not Debian, but the tools are there; not installing anything"
  exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
  SUDO="sudo"
fi
as_root() {
  [ -z "$SUDO" ] || command -v sudo >/dev/null ||
    die "'$*' needs root: run scripts/setup.sh as root (or install sudo)"
  $SUDO "$@"
}

PKGS=(emscripten binaryen cmake ninja-build make g++ python3 nlohmann-json3-dev doctest-dev
      fonts-dejavu-core fonts-font-awesome dpkg-dev ca-certificates)
if [ $WANT_TESTS = 1 ]; then
  PKGS+=(nodejs chromium firefox-esr xvfb xauth)
  PKGS+=(clang libclang-rt-14-dev)  # the libFuzzer targets (scripts/fuzz.sh)
  command -v npm >/dev/null || PKGS+=(npm)
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Dear ImGui's source comes from Debian trixie: a deb-src entry only (never trixie
# binaries), with the same mirror and keyring as this machine's own entry; apt checks the
# signed hashes. Added before the one `apt-get update` that the installs need anyway.
src_list=/etc/apt/sources.list.d/client-card-trixie-src.sources
update=0
[ ${#missing[@]} -gt 0 ] && update=1
if ! have_imgui && [ ! -f "$src_list" ]; then
  main_sources=/etc/apt/sources.list.d/debian.sources
  uris=$(awk '/^URIs:/{print $2; exit}' "$main_sources" 2>/dev/null || true)
  signed=$(awk '/^Signed-By:/{print $2; exit}' "$main_sources" 2>/dev/null || true)
  [ -n "$uris" ] || uris=http://deb.debian.org/debian
  [ -n "$signed" ] || signed=/usr/share/keyrings/debian-archive-keyring.gpg
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
    "$uris" "$signed" | as_root tee "$src_list" >/dev/null
  update=1
fi
[ $update = 1 ] && as_root apt-get update -q
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! have_imgui; then
  rm -rf deps/imgui-src && mkdir -p deps/imgui-src
  fetch() { (cd deps/imgui-src && apt-get source -q --download-only "imgui=${IMGUI_VERSION}+ds-1"); }
  fetch || { as_root apt-get update -q && fetch; } ||
    die "could not download the imgui ${IMGUI_VERSION}+ds-1 source package (network? $src_list?)"
  tarball=$(ls deps/imgui-src/imgui_*.orig.tar.* | head -n1)
  rm -rf deps/imgui && mkdir -p deps/imgui
  tar -xf "$tarball" -C deps/imgui --strip-components=1
  echo "$IMGUI_VERSION" > deps/imgui/.version
  rm -rf deps/imgui-src
  echo "setup: Dear ImGui $IMGUI_VERSION source in deps/imgui"
fi

# npm packages of the browser tests (puppeteer-core drives Debian's own browsers; it
# downloads none). Reinstalled only when the lock file is newer than the install.
if [ $WANT_TESTS = 1 ] && [ -f tests/e2e/package.json ]; then
  lock=tests/e2e/package-lock.json
  installed=tests/e2e/node_modules/.package-lock.json
  [ -f "$lock" ] || lock=tests/e2e/package.json
  if [ ! -f "$installed" ] || [ "$lock" -nt "$installed" ]; then
    echo "setup: installing the npm packages of tests/e2e"
    if [ -f tests/e2e/package-lock.json ]; then
      (cd tests/e2e && npm ci --no-audit --no-fund)
    else
      (cd tests/e2e && npm install --no-audit --no-fund)
    fi
  fi
fi
echo "setup: ok"
