#!/usr/bin/env bash
# scripts/fuzz and scripts/coverage refuse a command line they cannot run,
# with exit status 2 and a message naming the mistake, before
# scripts/setup installs or builds anything (a build takes minutes on a
# new machine).
#   fuzz_args_test.sh SOURCE_DIR
set -uo pipefail
src=$1
fail() { echo "FAIL: $*"; exit 1; }

expect_refused() {  # expected-message args...
  local expected=$1 out rc
  shift
  out=$(TANDEM_SPEC_TESTSUITE="${SPEC:-$src/../shared/wasm-testsuite}" "$src/scripts/${SCRIPT:-fuzz}" "$@" 2>&1)
  rc=$?
  [[ $rc -eq 2 ]] || fail "scripts/${SCRIPT:-fuzz} $*: exit status $rc, expected 2: $out"
  grep -qF -- "$expected" <<<"$out" || fail "scripts/${SCRIPT:-fuzz} $*: no '$expected' in: $out"
  if grep -q '^setup:' <<<"$out"; then fail "scripts/${SCRIPT:-fuzz} $*: ran scripts/setup before refusing: $out"; fi
}

expect_refused "--time takes a value" --time
expect_refused "--time takes a value" --time --jobs 2
expect_refused "--time takes a positive number" --time soon
expect_refused "--jobs takes a positive number" --jobs 0
expect_refused "no fuzz target 'diferential' (have: assembler decode_validate differential generator_valid)" \
  --target diferential
expect_refused "unknown argument '--tiem'" --tiem 60
SPEC=/nonexistent/testsuite expect_refused "the spec testsuite is not at /nonexistent/testsuite" --time 5
existing=$(mktemp -d)
trap 'rm -rf "$existing"' EXIT
SCRIPT=coverage expect_refused "--time takes a number of seconds" --time soon
SCRIPT=coverage expect_refused "-o takes a value" -o
SCRIPT=coverage expect_refused "exists; not overwriting it" -o "$existing"
SCRIPT=coverage expect_refused "unknown argument '--html'" --html
echo "every mistake refused before the build"
