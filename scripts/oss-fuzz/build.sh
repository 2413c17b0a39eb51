#!/bin/bash -eu
# OSS-Fuzz's and ClusterFuzzLite's build script (.clusterfuzzlite/build.sh is
# this file). It runs in the image of the Dockerfile beside it, from
# $SRC/tandem, and puts into $OUT:
#
#   fuzz_NAME                    every target of fuzz_targets/ (libFuzzer)
#   fuzz_NAME_seed_corpus.zip    corpus/NAME/, the seeds ctest replays
#   fuzz_NAME.options            libFuzzer's and the sanitizers' options
#   fuzz_decode_validate.dict    wasm bytes: every operator, section ids,
#                                types, LEB128 edges (the one target whose
#                                input is a module)
#   tandem_data/corpus/real/     the real-module seeds the differential
#                                target slices (it finds them beside itself)
#   lib/                         the shared libraries the targets need that
#                                a runner image lacks (RPATH $ORIGIN/lib)
#
# It reads only $CC $CXX $CFLAGS $CXXFLAGS $LIB_FUZZING_ENGINE $SRC $OUT
# $WORK, uses only the packages the Dockerfile installs, and downloads
# nothing. tests/scripts/oss_fuzz_build.sh runs it as OSS-Fuzz does and
# then OSS-Fuzz's build checks.
src="$SRC/tandem"
build="$WORK/tandem-build"

# OSS-Fuzz compiles C++ against its own libc++ (-stdlib=libc++), but wabt
# and fmt come from Debian/Ubuntu packages built against libstdc++, and the
# two standard libraries do not link together. Nothing is lost: MSan, the
# sanitizer that needs an instrumented libc++, is not used here.
CXXFLAGS="${CXXFLAGS//-stdlib=libc++/}"

# The sanitizer and coverage flags are $CFLAGS/$CXXFLAGS alone
# (TANDEM_LIB_FUZZING_ENGINE: see cmake/TandemOptions.cmake); no build type,
# so that CMake adds no -O of its own.
cmake -S "$src" -B "$build" -G Ninja \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
  -DCMAKE_C_FLAGS="$CFLAGS" -DCMAKE_CXX_FLAGS="$CXXFLAGS" -DCMAKE_BUILD_TYPE= \
  -DTANDEM_FUZZ=ON -DTANDEM_LIB_FUZZING_ENGINE="$LIB_FUZZING_ENGINE" \
  -DCMAKE_BUILD_RPATH='$ORIGIN/lib'

targets=()
for cc in "$src"/fuzz_targets/*.cc; do
  name="$(basename "$cc" .cc)"
  [[ "$name" == replay_main ]] || targets+=("$name")
done
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

# Libraries every runner image has; any other the targets need goes to lib/.
system_lib='^(linux-vdso|libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s|ld-linux-x86-64)\.so'
mkdir -p "$OUT/lib"
for name in "${targets[@]}"; do
  cp "$build/fuzz_targets/fuzz_$name" "$OUT/fuzz_$name"
  ldd "$OUT/fuzz_$name" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }' |
    while read -r soname path; do
      [[ "$soname" =~ $system_lib || -e "$OUT/lib/$soname" ]] || cp -L "$path" "$OUT/lib/$soname"
    done
done

# Seed corpora: the folder's inputs, not its README or sources.
for name in "${targets[@]}"; do
  seeds=()
  for f in "$src/corpus/$name"/*; do
    [[ -f "$f" && "$f" != *.md ]] && seeds+=("$f")
  done
  rm -f "$OUT/fuzz_${name}_seed_corpus.zip"
  ((${#seeds[@]} == 0)) || zip -q -j "$OUT/fuzz_${name}_seed_corpus.zip" "${seeds[@]}"
done

# The differential target runs native code, which traps by signals:
# SIGSEGV/SIGBUS on a guard page, SIGFPE on a division, SIGILL on ud2.
# runner/signals.cc takes those signals and hands the ones outside generated
# code back to the sanitizer's handler. ClusterFuzz runs targets with
# allow_user_segv_handler=0, which makes the sanitizers keep the signals to
# themselves (every wasm trap a crash): allow the handler, and keep the
# sanitizers' own on each signal for everything else. Every target gets the
# same, so that one that comes to run native code has them. Timeout:
# libFuzzer's default waits 1,200 s on one input; a compile ends by its work
# budget long before 30 s, and a native call past 2 s is a `hang` finding.
# The RSS limit is OSS-Fuzz's own: the harness's peak stays well below it.
write_options() {  # write_options NAME [libfuzzer option lines...]
  local name="$1"
  shift
  {
    echo "[libfuzzer]"
    echo "timeout = 30"
    echo "rss_limit_mb = 2560"
    printf '%s\n' "$@"
    for tool in asan ubsan; do
      echo
      echo "[$tool]"
      echo "allow_user_segv_handler = 1"
      for sig in segv sigbus sigfpe sigill; do echo "handle_$sig = 1"; done
    done
  } >"$OUT/fuzz_$name.options"
}
for name in "${targets[@]}"; do
  if [[ "$name" == differential ]]; then
    # Entropic scheduling spends half the differential target's time updating
    # feature frequencies (scripts/fuzz has the measurement).
    write_options "$name" "entropic = 0"
  else
    write_options "$name"
  fi
done

# The decoder's dictionary: every operator of wasm/opcodes.def with its
# prefix, then the module's fixed bytes and LEB128 edge encodings.
{
  sed -n 's/^WASM_OP([A-Za-z0-9]*, *0x\([0-9a-f]*\), *0x\([0-9a-f]*\), *"\([^"]*\)".*/\1 \2 \3/p' \
    "$src/wasm/opcodes.def" |
    while read -r prefix code text; do
      # A prefixed operator's code is LEB128: SIMD's from 0x80 take two bytes.
      sub="\\x$code"
      ((16#$code < 0x80)) || sub="$(printf '\\x%02x\\x%02x' $(((16#$code & 0x7f) | 0x80)) $((16#$code >> 7)))"
      if [[ "$prefix" == 00 ]]; then echo "$text=\"\\x$code\""; else echo "$text=\"\\x$prefix$sub\""; fi
    done
  cat <<'EOF'
magic_version="\x00asm\x01\x00\x00\x00"
magic="\x00asm"
version="\x01\x00\x00\x00"
section_custom="\x00"
section_type="\x01"
section_import="\x02"
section_function="\x03"
section_table="\x04"
section_memory="\x05"
section_global="\x06"
section_export="\x07"
section_start="\x08"
section_element="\x09"
section_code="\x0a"
section_data="\x0b"
section_datacount="\x0c"
name_section="\x04name"
functype="\x60"
i32="\x7f"
i64="\x7e"
f32="\x7d"
f64="\x7c"
v128="\x7b"
funcref="\x70"
externref="\x6f"
empty_blocktype="\x40"
limits_min_max="\x01"
leb_128="\x80\x01"
leb_zero_5_bytes="\x80\x80\x80\x80\x00"
leb_u32_max="\xff\xff\xff\xff\x0f"
leb_u32_too_big="\xff\xff\xff\xff\x1f"
leb_2_32="\x80\x80\x80\x80\x10"
leb_6_bytes="\x80\x80\x80\x80\x80\x00"
leb_i32_max="\xff\xff\xff\xff\x07"
leb_i32_min="\x80\x80\x80\x80\x78"
leb_minus_1="\x7f"
leb_i64_max="\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00"
leb_i64_min="\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7f"
f32_nan="\x00\x00\xc0\x7f"
f64_nan="\x00\x00\x00\x00\x00\x00\xf8\x7f"
EOF
} >"$OUT/fuzz_decode_validate.dict"

# The differential target's real-module seeds, laid out as the source tree
# has them.
rm -rf "$OUT/tandem_data"
mkdir -p "$OUT/tandem_data/corpus/real"
cp "$src"/corpus/real/*.wasm "$OUT/tandem_data/corpus/real/"
if compgen -G "$src/corpus/real/npm/*.wasm" >/dev/null; then
  mkdir -p "$OUT/tandem_data/corpus/real/npm"
  cp "$src"/corpus/real/npm/*.wasm "$OUT/tandem_data/corpus/real/npm/"
fi
