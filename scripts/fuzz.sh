#!/usr/bin/env bash
# The fuzz smoke run (issue 6; docs/FUZZING.md): builds the libFuzzer targets of tests/fuzz
# with clang (ASan + UBSan + libFuzzer), writes the seed corpus, runs each target for
# SECONDS_PER_TARGET seconds (default 30, the CI-sized run; the targets run at the same
# time, CARD_JOBS of them at once: half a minute with 2 cores) and prints per target one line
#   robustness: fuzz <target>: <N> tried, <M> survived
# Exits non-zero on any crash, leak, timeout, out-of-memory or failed check; the input
# that did it is kept in build-fuzz/artifacts/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (0: build and write the seeds only)
# Environment: CARD_FUZZ_BUILD (build folder, default build-fuzz), CARD_JOBS (default 2),
# CARD_FUZZ_TARGETS (default "fuzz_import fuzz_storage"), CARD_FUZZ_ARGS (extra libFuzzer
# flags, e.g. "-jobs=2 -workers=2").
# Needs clang, libclang-rt-14-dev (libFuzzer), cmake; ninja is used when present.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECS="${1:-30}"
BUILD="${CARD_FUZZ_BUILD:-build-fuzz}"
JOBS="${CARD_JOBS:-2}"
TARGETS="${CARD_FUZZ_TARGETS:-fuzz_import fuzz_storage}"
case "$SECS" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS_PER_TARGET must be a number, got '$SECS'" >&2; exit 2 ;; esac

for tool in clang clang++ cmake; do
  command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool not found (apt-get install clang libclang-rt-14-dev cmake)" >&2; exit 1; }
done

GEN=()
[ ! -f "$BUILD/CMakeCache.txt" ] && command -v ninja >/dev/null && GEN=(-G Ninja)
echo "== fuzz: configuring and building $BUILD"
mkdir -p "$BUILD"
CC=clang CXX=clang++ cmake -S . -B "$BUILD" "${GEN[@]}" -DCARD_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$BUILD/configure.log" 2>&1 ||
  { cat "$BUILD/configure.log"; echo "fuzz.sh: configuring $BUILD failed" >&2; exit 1; }
# shellcheck disable=SC2086
cmake --build "$BUILD" -j "$JOBS" --target make_seeds $TARGETS || { echo "fuzz.sh: build failed" >&2; exit 1; }

mkdir -p "$BUILD/corpus" "$BUILD/artifacts" "$BUILD/logs"
for t in $TARGETS; do mkdir -p "$BUILD/corpus/$t"; done
# The seeds go into the corpus folders (same names each time); inputs libFuzzer finds
# interesting are added next to them and kept for the next run.
ASAN_OPTIONS=detect_leaks=0 "$BUILD/tests/fuzz/make_seeds" "$BUILD/corpus" || { echo "fuzz.sh: make_seeds failed" >&2; exit 1; }

if [ "$SECS" = 0 ]; then  # build and seed only (libFuzzer reads 0 as "no time limit")
  echo "fuzz.sh: built and seeded; SECONDS_PER_TARGET=0 runs nothing"
  exit 0
fi

# One target's run: libFuzzer's log in $BUILD/logs/<target>.log, its exit code in .rc.
run_target() {
  local t=$1 log="$BUILD/logs/$1.log"
  # -max_len: the seeds are at most ~60 KB; larger inputs only slow the search (the size
  # limits have their own unit tests). -rss_limit_mb also caps single allocations.
  # shellcheck disable=SC2086
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$BUILD/tests/fuzz/$t" "$BUILD/corpus/$t" \
    -dict="$ROOT/tests/fuzz/json.dict" -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=10 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" \
    ${CARD_FUZZ_ARGS:-} >"$log" 2>&1
  echo $? >"$log.rc"
}

# The targets run at the same time, JOBS at once (each libFuzzer process uses one core:
# with 2 cores and 2 targets, each gets the same CPU time as when run one after the other,
# in half the wall time).
running=0
for t in $TARGETS; do
  echo "== fuzz: $t for ${SECS}s (log: $BUILD/logs/$t.log)"
  rm -f "$BUILD/logs/$t.log.rc"
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

FAILED=0
LINES=()
for t in $TARGETS; do
  log="$BUILD/logs/$t.log"
  rc=$(cat "$log.rc" 2>/dev/null || echo 1)
  tried=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -n1 | grep -Eo '[0-9]+$')
  [ -z "$tried" ] && tried=$(grep -Eo '^(Done )?#?[0-9]+ runs|^#[0-9]+' "$log" | tail -n1 | grep -Eo '[0-9]+' | head -n1)
  [ -z "$tried" ] && tried=0
  if [ "$rc" = 0 ]; then
    survived=$tried
    echo "   $t: no finding ($(grep -Eo 'cov: [0-9]+' "$log" | tail -n1), corpus $(ls "$BUILD/corpus/$t" | wc -l) files)"
  else
    FAILED=1
    survived=$((tried > 0 ? tried - 1 : 0))
    echo "FAIL: $t exited with $rc. The end of its log:" >&2
    grep -E 'ERROR|SUMMARY|fuzz_(import|storage):|Test unit written|artifact_prefix|^    #[0-9]+ ' "$log" | head -n 40 >&2
    tail -n 5 "$log" >&2
    echo "Reproduce: $BUILD/tests/fuzz/$t <artifact file above>   (docs/FUZZING.md)" >&2
  fi
  LINES+=("robustness: fuzz $t: $tried tried, $survived survived")
done
printf '%s\n' "${LINES[@]}"
exit $FAILED
