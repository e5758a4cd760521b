#!/usr/bin/env bash
# Installs what the build and the tests need on Debian 12, from Debian's archive only,
# and fetches Dear ImGui 1.90.1's source (Debian trixie source package) into deps/.
# Needs root for apt-get (run as root, or have sudo). Safe to run again: it only
# installs what is missing. Usage: scripts/setup.sh [--tests]
set -euo pipefail
cd "$(dirname "$0")/.."

WANT_TESTS=0
[ "${1:-}" = "--tests" ] && WANT_TESTS=1

die() { echo "setup: $*" >&2; exit 1; }

if [ ! -r /etc/debian_version ] || ! command -v apt-get >/dev/null; then
  die "this script installs with Debian's apt (Debian 12). Elsewhere install by hand:
  emscripten 3.1.x (emcc), cmake >= 3.20, a C++17 compiler, nlohmann-json 3.11, doctest 2.4,
  the DejaVu and Font Awesome 4.7 fonts, Dear ImGui 1.90.1 source unpacked in deps/imgui,
  and for the tests: node >= 18 with npm, chromium, firefox-esr, xvfb."
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: run as root to install packages"
  SUDO="sudo"
fi

PKGS=(emscripten binaryen cmake make g++ python3 nlohmann-json3-dev doctest-dev
      fonts-dejavu-core fonts-font-awesome dpkg-dev ca-certificates)
if [ $WANT_TESTS = 1 ]; then
  PKGS+=(nodejs chromium firefox-esr xvfb xauth)
  command -v npm >/dev/null || PKGS+=(npm)
fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Dear ImGui 1.90.1 source from Debian trixie (source only: no trixie binaries).
IMGUI_VERSION=1.90.1
if [ ! -f deps/imgui/imgui.cpp ] || [ "$(cat deps/imgui/.version 2>/dev/null)" != "$IMGUI_VERSION" ]; then
  src_list=/etc/apt/sources.list.d/client-card-trixie-src.sources
  if [ ! -f "$src_list" ]; then
    main_sources=/etc/apt/sources.list.d/debian.sources
    uris=$(awk '/^URIs:/{print $2; exit}' "$main_sources" 2>/dev/null || true)
    signed=$(awk '/^Signed-By:/{print $2; exit}' "$main_sources" 2>/dev/null || true)
    [ -n "$uris" ] || uris=http://deb.debian.org/debian
    [ -n "$signed" ] || signed=/usr/share/keyrings/debian-archive-keyring.gpg
    printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' \
      "$uris" "$signed" | $SUDO tee "$src_list" >/dev/null
    $SUDO apt-get update -q
  fi
  rm -rf deps/imgui-src && mkdir -p deps/imgui-src
  (cd deps/imgui-src && apt-get source --download-only "imgui=${IMGUI_VERSION}+ds-1" >/dev/null) ||
    { $SUDO apt-get update -q; (cd deps/imgui-src && apt-get source --download-only "imgui=${IMGUI_VERSION}+ds-1"); }
  tarball=$(ls deps/imgui-src/imgui_*.orig.tar.* | head -n1)
  rm -rf deps/imgui && mkdir -p deps/imgui
  tar -xf "$tarball" -C deps/imgui --strip-components=1
  echo "$IMGUI_VERSION" > deps/imgui/.version
  rm -rf deps/imgui-src
  echo "setup: Dear ImGui $IMGUI_VERSION source in deps/imgui"
fi

if [ $WANT_TESTS = 1 ] && [ ! -d tests/e2e/node_modules/puppeteer-core ]; then
  (cd tests/e2e && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund 2>/dev/null ||
     PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund)
fi
echo "setup: ok"
