#!/usr/bin/env bash
# Every function of every real seed module (corpus/real/: our C programs'
# builds, and the npm modules scripts/setup fetched) compiles on both
# backends at both opt levels with the work budgets on: no compile_blowup,
# no internal error, no hang.
#
#   compile_seeds.sh TANDEM SEED_DIR...
set -uo pipefail
tandem="$1"
shift
modules=()
for dir in "$@"; do
  for f in "$dir"/*.wasm; do [[ -f "$f" ]] && modules+=("$f"); done
done
# The npm modules are fetched by scripts/setup; missing ones are a setup
# failure, not something to skip.
npm=0
for f in "${modules[@]}"; do [[ "$f" == */npm/* ]] && npm=$((npm + 1)); done
if ((npm == 0)); then
  echo "compile_seeds: no npm seed modules (run scripts/setup, which fetches them)" >&2
  exit 1
fi
failed=0
for f in "${modules[@]}"; do
  for level in none speed; do
    if ! out=$("$tandem" compile "$f" -s opt_level="$level" 2>&1); then
      echo "FAIL $f opt_level=$level:"
      grep -E 'FAILED|tandem:' <<<"$out"
      failed=$((failed + 1))
    fi
  done
done
echo "compile_seeds: ${#modules[@]} modules ($npm from npm), both backends, opt_level none and speed: $failed failures"
((failed == 0))
