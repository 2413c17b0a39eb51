#!/usr/bin/env bash
# Modules nobody wrote for tandem, run by `tandem diff` on every engine:
#
#   foreign_modules.sh clang TANDEM SOURCE.c   clang --target=wasm32 at -O0, -O2, -O2 -msimd128
#   foreign_modules.sh ttf TANDEM SEED...      Binaryen's wasm-opt -ttf, one module per seed file
#
# Each module must instantiate, have at least one call compared, and agree on
# every engine (tandem diff exits 1 on a mismatch, 2 on an error).
set -euo pipefail
mode="$1" tandem="$2"
shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

need() { command -v "$1" >/dev/null || { echo "foreign_modules: '$1' is not installed (scripts/setup installs it)" >&2; exit 1; }; }

check() {  # MODULE WHAT
  local out="$work/diff.txt" status=0
  "$tandem" diff "$1" >"$out" 2>&1 || status=$?
  local verdict
  verdict="$(tail -1 "$out")"
  echo "$2: $verdict"
  if ((status != 0)); then cat "$out"; echo "foreign_modules: $2: tandem diff exited $status" >&2; exit 1; fi
  if ! grep -qE '^agree: [1-9][0-9]* calls' <<<"$verdict"; then
    cat "$out"; echo "foreign_modules: $2: no call was compared" >&2; exit 1
  fi
}

case "$mode" in
  clang)
    need clang; need wasm-ld
    # -msimd128: clang's vectorizer, SIMD the way real programs have it.
    for opt in -O0 -O2 "-O2 -msimd128"; do
      name="c${opt// /}"
      # shellcheck disable=SC2086  # the flags split on purpose
      clang --target=wasm32 $opt -nostdlib -Wl,--no-entry -Wl,--allow-undefined \
        -o "$work/$name.wasm" "$1"
      check "$work/$name.wasm" "clang $opt $(basename "$1")"
    done
    ;;
  ttf)
    need wasm-opt
    # The proposals of the scope Binaryen 108 implements as standardized; its
    # reference types still have anyref subtyping, so they stay off.
    features=(--enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int
              --enable-bulk-memory --enable-multivalue)
    for seed in "$@"; do
      wasm-opt -ttf "$seed" "${features[@]}" -o "$work/ttf.wasm"
      check "$work/ttf.wasm" "wasm-opt -ttf $(basename "$seed")"
    done
    ;;
  *) echo "foreign_modules: unknown mode '$mode'" >&2; exit 2 ;;
esac
