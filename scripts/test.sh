#!/usr/bin/env bash
# The test command (README, .ci/run): installs what is missing, then runs every test:
#   1. native build (build/, Debug) + ctest: doctest unit tests and the headless UI test
#   2. wasm build (build-web/, Release) -> build-web/site/
#   3. robustness (issue 6): the version fixtures (card_tests), a one-minute fuzz run of
#      the import path and the stored files' loader (scripts/fuzz.sh, clang + libFuzzer)
#   4. browser end-to-end suite (tests/e2e/run.mjs) against build-web/site in headless
#      Chromium and in Firefox ESR (under Xvfb), including the JSONTestSuite conformance
#      run, the crash-point, storage-full, corrupt-file and two-tab tests
# Prints a summary (with one "robustness:" line per kind of hostile case: how many were
# tried and survived); exits non-zero if any step failed. Needs root or sudo the first time
# (apt-get). CARD_JOBS=N sets the build parallelism (default 2, the CI machine's cores).
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"  # Debian's emcc (TOOLCHAIN trap 1)
JOBS="${CARD_JOBS:-2}"
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)

declare -a SUMMARY=()
FAILED=0
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
# step NAME COMMAND...: runs one step, records PASS/FAIL and its duration.
step() {
  local name=$1 start=$SECONDS
  shift
  echo
  echo "==== $name"
  if "$@"; then
    SUMMARY+=("PASS  $name ($((SECONDS - start)) s)")
    return 0
  fi
  SUMMARY+=("FAIL  $name ($((SECONDS - start)) s)")
  FAILED=1
  return 1
}
skip() { SUMMARY+=("SKIP  $1: $2"); FAILED=1; }

finish() {
  echo
  echo "==== summary"
  printf '%s\n' "${SUMMARY[@]}"
  [ $FAILED = 0 ] && echo "all tests passed" || echo "SOME STEPS FAILED"
  # One closing count over both runners: ctest's test programs and the browser tests.
  local cp=0 cf=0 ep=0 ef=0 line
  line=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$LOGS/ctest" 2>/dev/null | tail -n1)
  if [ -n "$line" ]; then
    cf=$(echo "$line" | awk '{print $1}')
    cp=$(( $(echo "$line" | awk '{print $NF}') - cf ))
  fi
  line=$(grep -Eo 'e2e: [0-9]+ passed, [0-9]+ failed' "$LOGS/e2e" 2>/dev/null | tail -n1)
  if [ -n "$line" ]; then
    ep=$(echo "$line" | awk '{print $2}')
    ef=$(echo "$line" | awk '{print $4}')
  fi
  local failed=$((cf + ef))
  [ $FAILED != 0 ] && [ $failed = 0 ] && failed=1  # a failed build or setup counts as one
  echo "tests: $((cp + ep)) passed, $failed failed"
  robustness_summary
  exit $FAILED
}

# The "robustness: <what>: N tried, M survived" lines of every step, then their total.
robustness_summary() {
  local lines
  lines=$(cat "$LOGS"/* 2>/dev/null | grep -Eo 'robustness: [^:]+: [0-9]+ [a-z ]*tried, [0-9]+ survived' | sort -u)
  [ -n "$lines" ] || return 0
  echo "$lines"
  echo "$lines" | awk '{ for (i = 1; i < NF; i++) { if ($(i+1) ~ /^tried,?$/) t += $i; if ($(i+1) == "survived") s += $i } }
    END { printf "robustness: %d hostile cases tried, %d survived\n", t, s }'
}

# configure DIR CMAKE... ARGS: (re)configures DIR, choosing Ninja only for a new DIR.
configure() {
  local dir=$1 gen=("${GENERATOR[@]}")
  shift
  [ -f "$dir/CMakeCache.txt" ] && gen=()
  "$@" -S . -B "$dir" "${gen[@]}"
}

native() {
  configure build cmake -DCMAKE_BUILD_TYPE=Debug &&
    cmake --build build -j "$JOBS" &&
    ctest --test-dir build --output-on-failure | tee "$LOGS/ctest"
}

# The version fixtures (tests/fixtures/versions) print their robustness line, and the
# fuzz smoke run (about a minute: two targets, 30 s each).
robustness() {
  local ok=0
  build/card_tests --test-case='version fixtures*' | tee "$LOGS/versions" || ok=1
  if [ -x scripts/fuzz.sh ]; then
    scripts/fuzz.sh 30 2>&1 | tee "$LOGS/fuzz"
    [ "${PIPESTATUS[0]}" = 0 ] || ok=1
  fi
  return $ok
}

wasm() {
  configure build-web emcmake cmake -DCMAKE_BUILD_TYPE=Release &&
    cmake --build build-web -j "$JOBS"
}

e2e() {
  if [ ! -f tests/e2e/run.mjs ]; then
    echo "tests/e2e/run.mjs does not exist: the browser end-to-end suite is missing" >&2
    return 1
  fi
  # run.mjs serves the site itself and runs Firefox ESR under Xvfb when there is no DISPLAY.
  node tests/e2e/run.mjs --site build-web/site | tee "$LOGS/e2e"
}

step "setup (scripts/setup.sh --tests)" scripts/setup.sh --tests || finish
step "native build + ctest (build/)" native &&
  step "robustness: version fixtures + fuzz smoke run" robustness
if step "wasm build (build-web/)" wasm; then
  step "browser end-to-end (tests/e2e)" e2e
else
  skip "browser end-to-end (tests/e2e)" "the wasm build failed"
fi
finish
