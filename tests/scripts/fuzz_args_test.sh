#!/usr/bin/env bash
# scripts/fuzz refuses a command line it cannot run, with exit status 2 and
# a message naming the mistake, before scripts/setup installs or builds
# anything (a build takes minutes on a new machine).
#   fuzz_args_test.sh SOURCE_DIR
set -uo pipefail
src=$1
fail() { echo "FAIL: $*"; exit 1; }

expect_refused() {  # expected-message args...
  local expected=$1 out rc
  shift
  out=$(TANDEM_SPEC_TESTSUITE="${SPEC:-$src/../shared/wasm-testsuite}" "$src/scripts/fuzz" "$@" 2>&1)
  rc=$?
  [[ $rc -eq 2 ]] || fail "scripts/fuzz $*: exit status $rc, expected 2: $out"
  grep -qF -- "$expected" <<<"$out" || fail "scripts/fuzz $*: no '$expected' in: $out"
  if grep -q '^setup:' <<<"$out"; then fail "scripts/fuzz $*: ran scripts/setup before refusing: $out"; fi
}

expect_refused "--time takes a value" --time
expect_refused "--time takes a value" --time --jobs 2
expect_refused "--time takes a positive number" --time soon
expect_refused "--jobs takes a positive number" --jobs 0
expect_refused "no fuzz target 'diferential' (have: assembler decode_validate differential generator_valid)" \
  --target diferential
expect_refused "unknown argument '--tiem'" --tiem 60
SPEC=/nonexistent/testsuite expect_refused "the spec testsuite is not at /nonexistent/testsuite" --time 5
echo "every mistake refused before the build"
