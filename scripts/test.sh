#!/usr/bin/env bash
# The test command (README, .ci/run): installs what is missing, then runs every test:
#   1. wasm build (build-web/, Release) -> build-web/site/
#   2. browser end-to-end suite (tests/e2e/run.mjs) against build-web/site in headless
#      Chromium and in Firefox ESR (under Xvfb), the two browsers at the same time,
#      including the JSONTestSuite conformance run, the crash-point, storage-full,
#      corrupt-file and two-tab tests;
#      ALONGSIDE it, at the lowest CPU priority (nice 19: they only take the CPU the
#      browsers leave idle, so the browser tests run as if alone):
#   3. native build (build/, Debug) + ctest: doctest unit tests and the headless UI test
#      then the build of the fuzz targets (build-fuzz/, clang + libFuzzer)
#   4. robustness (issue 6), once the machine is quiet again: the version fixtures
#      (card_tests) and a 30-second fuzz run of each target at the same time (the import
#      path and the stored files' loader; scripts/fuzz.sh)
#   5. benchmark smoke run at size S (scripts/bench.sh --size S, when present): its
#      figures are printed, not asserted; last, on a quiet machine
# Prints a summary (PASS/FAIL and seconds per step, "tests: N passed, M failed", one
# "robustness:" line per kind of hostile case: how many were tried and survived, and their
# total); exits non-zero if any step failed. Needs root or sudo the first time (apt-get).
# CARD_JOBS=N sets the build parallelism (default 2, the CI machine's cores).
# CARD_TEST_SERIAL=1 runs the steps one after the other (no overlap; the two browsers one
# after the other too), for comparison.
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
    ctest --test-dir build -j "$JOBS" --output-on-failure | tee "$LOGS/ctest"
}

# The fuzz targets' build (clang + sanitizers; scripts/fuzz.sh 0 builds and seeds only).
fuzz_build() {
  [ -x scripts/fuzz.sh ] || return 0
  scripts/fuzz.sh 0
}

# The version fixtures (tests/fixtures/versions) print their robustness line, and the
# fuzz smoke run (30 s per target, the targets at the same time: half a minute).
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
  local order=()
  [ "${CARD_TEST_SERIAL:-0}" = 1 ] && order=(--serial)  # Chromium's tests, then Firefox's
  node tests/e2e/run.mjs --site build-web/site "${order[@]}" | tee "$LOGS/e2e"
}

# The benchmark at size S as a smoke test: it must run; its figures are printed, not
# asserted (the full L run is a separate command, README).
bench() {
  scripts/bench.sh --size S 2>&1 | tee "$LOGS/bench"
  return "${PIPESTATUS[0]}"
}

# The native steps (build + ctest, then the fuzz build), each recorded like step() does,
# into $LOGS/native.summary and $LOGS/native.failed. Run in the background at nice 19
# while the browser tests run (or in the foreground with CARD_TEST_SERIAL=1).
native_steps() {
  local start=$SECONDS rc=0
  echo
  echo "==== native build + ctest (build/)"
  if native; then
    echo "PASS  native build + ctest (build/) ($((SECONDS - start)) s)" >>"$LOGS/native.summary"
  else
    echo "FAIL  native build + ctest (build/) ($((SECONDS - start)) s)" >>"$LOGS/native.summary"
    return 1
  fi
  start=$SECONDS
  echo
  echo "==== fuzz targets' build (build-fuzz/)"
  if fuzz_build; then
    echo "PASS  fuzz targets' build (build-fuzz/) ($((SECONDS - start)) s)" >>"$LOGS/native.summary"
  else
    echo "FAIL  fuzz targets' build (build-fuzz/) ($((SECONDS - start)) s)" >>"$LOGS/native.summary"
    rc=1
  fi
  return $rc
}

step "setup (scripts/setup.sh --tests)" scripts/setup.sh --tests || finish
WASM_OK=0
step "wasm build (build-web/)" wasm && WASM_OK=1

if [ "${CARD_TEST_SERIAL:-0}" = 1 ] || [ $WASM_OK = 0 ]; then
  native_steps
  NATIVE_RC=$?
  NATIVE_NOTE=""
else
  # Alongside the browser tests, at the lowest priority; its output is shown after them.
  (renice -n 19 -p "$BASHPID" >/dev/null; native_steps) >"$LOGS/native.out" 2>&1 &
  NATIVE_PID=$!
  step "browser end-to-end (tests/e2e)" e2e
  echo
  echo "==== (the native steps ran alongside the browser tests; their output follows)"
  wait "$NATIVE_PID"
  NATIVE_RC=$?
  cat "$LOGS/native.out"
  NATIVE_NOTE=" (alongside the browser tests, nice 19)"
fi
while IFS= read -r line; do SUMMARY+=("${line}${NATIVE_NOTE}"); done <"$LOGS/native.summary" 2>/dev/null
[ "$NATIVE_RC" = 0 ] || FAILED=1

if grep -q '^PASS  native build' "$LOGS/native.summary" 2>/dev/null; then
  step "robustness: version fixtures + fuzz smoke run" robustness
else
  skip "robustness: version fixtures + fuzz smoke run" "the native build failed"
fi
if [ $WASM_OK = 1 ]; then
  [ "${CARD_TEST_SERIAL:-0}" = 1 ] && step "browser end-to-end (tests/e2e)" e2e
  if [ -x scripts/bench.sh ]; then
    step "benchmark smoke run, size S (scripts/bench.sh --size S)" bench
  fi
else
  skip "browser end-to-end (tests/e2e)" "the wasm build failed"
fi
finish
