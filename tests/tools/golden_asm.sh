#!/usr/bin/env bash
# Golden disassembly: what `tandem compile WAT --stage asm -e ENGINE` prints
# under fixed settings (every ISA flag written out, so the host does not
# matter) against the listing checked in beside the module. A lowering that
# changes shows as a diff to review; TANDEM_BLESS=1 rewrites the listing.
#
#   golden_asm.sh TANDEM WAT EXPECTED ENGINE SETTING...
set -euo pipefail
tandem=$1 wat=$2 expected=$3 engine=$4
shift 4
args=()
for s in "$@"; do args+=(-s "$s"); done
actual=$("$tandem" compile "$wat" --stage asm -e "$engine" "${args[@]}")
if [[ "${TANDEM_BLESS:-}" == 1 ]]; then
  printf '%s\n' "$actual" >"$expected"
  echo "golden_asm: wrote $expected"
  exit 0
fi
[[ -f "$expected" ]] || { echo "golden_asm: no listing $expected (TANDEM_BLESS=1 writes it)" >&2; exit 1; }
if ! diff -u "$expected" <(printf '%s\n' "$actual"); then
  echo "golden_asm: $engine's code for $wat changed; review the diff, then TANDEM_BLESS=1 ctest -R golden" >&2
  exit 1
fi
