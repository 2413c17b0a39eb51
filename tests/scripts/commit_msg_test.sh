#!/usr/bin/env bash
# The commit-msg hook accepts a good message and refuses each bad shape.
set -uo pipefail
hook="$1"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
expect() {  # expect STATUS MESSAGE
  printf '%b' "$2" >"$tmp"
  "$hook" "$tmp" 2>/dev/null
  local got=$?
  if [[ $got -ne $1 ]]; then echo "expected $1, got $got for: $2"; exit 1; fi
}
long="$(printf 'x%.0s' {1..73})"
expect 0 "runner: a subject\n\nA body that says why.\n"
expect 0 "runner: a subject\n\nA body.\n# a comment git strips\n"
expect 0 "Merge branch 'oracle'\n"
expect 1 "$long\n\nBody.\n"
expect 1 "runner: no body\n"
expect 1 "runner: no blank line\nBody right away.\n"
expect 1 "\n\nBody without a subject.\n"
echo "commit-msg hook: 7 cases as expected"
