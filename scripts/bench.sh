#!/usr/bin/env bash
# The benchmark (issue 7; tests/bench/README.md): items 1-8 in headless Chromium against the
# release build (build-web/), each a median of several runs with its baseline measured in
# the same run. Installs and builds what is missing (like scripts/test.sh), generates the
# dataset if it is not there yet, prints a table and writes JSON.
#
#   scripts/bench.sh [--size S|M|L] [--runs N] [--json PATH]
#
# Defaults: --size S, --runs 5 at S and 3 at M/L, --json build-bench/results-<size>.json.
# Exit status: 0 when every item was measured (goals met or missed: the table says), non-zero
# when something could not be built or measured. CARD_JOBS=N sets the build parallelism;
# CARD_BENCH_BUILD=DIR measures another wasm release build folder (default build-web).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"  # Debian's emcc (TOOLCHAIN trap 1)
JOBS="${CARD_JOBS:-2}"
BUILD="${CARD_BENCH_BUILD:-build-web}"

SIZE=S RUNS="" JSON=""
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE="${2:-}"; shift 2 ;;
    --runs) RUNS="${2:-}"; shift 2 ;;
    --json) JSON="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "usage: scripts/bench.sh [--size S|M|L] [--runs N] [--json PATH]" >&2; exit 2 ;;
  esac
done
SIZE=$(echo "$SIZE" | tr '[:lower:]' '[:upper:]')
case "$SIZE" in S|M|L) ;; *) echo "bench: --size is S, M or L" >&2; exit 2 ;; esac
[ -n "$JSON" ] || JSON="build-bench/results-$SIZE.json"

echo "==== bench: setup (scripts/setup.sh --tests)"
scripts/setup.sh --tests

echo "==== bench: wasm release build ($BUILD/)"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  gen=()
  command -v ninja >/dev/null && gen=(-G Ninja)
  emcmake cmake -S . -B "$BUILD" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$BUILD" -j "$JOBS"
[ -f "$BUILD/site/app.wasm" ] && [ -f "$BUILD/bench/bare/bare.wasm" ] || {
  echo "bench: $BUILD/site or $BUILD/bench/bare is missing after the build" >&2
  exit 1
}

# The datasets: the one measured, and S for item 4's baseline (save at S).
dataset() {
  local size=$1 file="build-bench/datasets/client-card-$1.json"
  if [ ! -s "$file" ]; then
    echo "==== bench: generating the $size dataset ($file)" >&2
    node tools/gen_dataset.mjs --size "$size" --out "$file" >&2
  fi
  echo "$file"
}
DATA=$(dataset "$SIZE")
SMALL=$(dataset S)

echo "==== bench: size $SIZE (tests/bench/run.mjs)"
args=(--site "$BUILD/site" --bare "$BUILD/bench/bare" --dataset "$DATA" --small "$SMALL" --size "$SIZE" --json "$JSON")
[ -z "$RUNS" ] || args+=(--runs "$RUNS")
exec node tests/bench/run.mjs "${args[@]}"
