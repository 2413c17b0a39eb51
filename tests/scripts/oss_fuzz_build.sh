#!/usr/bin/env bash
# OSS-Fuzz's build and its build checks, without Docker: sets the variables
# OSS-Fuzz's `compile` sets for an ASan (or UBSan) libFuzzer build, runs
# scripts/oss-fuzz/build.sh into a temporary $OUT, removes the source tree
# as a runner does not have it, and then checks each fuzz target as
# OSS-Fuzz's bad_build_check and ClusterFuzz's runner would, with their
# sanitizer options plus the target's .options:
#
#   - it starts and runs 4 inputs from -seed=1337 ("Done 4 runs");
#   - it has more than 100 instrumented edges, and >= 1000 calls into ASan
#     and <= 200 into UBSan (an ASan build; the reverse for UBSan);
#   - its seed corpus runs clean (-runs=0) and every seed is read;
#   - it runs a few thousand inputs from -seed=1337 without a crash;
#   - its dictionary, where it has one, loads;
#   - the shared libraries it needs are the runner's or in $OUT/lib;
#   - the differential target finds its real-module seeds in $OUT, and the
#     .options are what keeps its wasm traps its own (without them the
#     seeds crash under ClusterFuzz's options).
#
#   oss_fuzz_build.sh SOURCE_DIR [address|undefined]
set -uo pipefail
src="$(cd "${1:?usage: oss_fuzz_build.sh SOURCE_DIR [address|undefined]}" && pwd)"
sanitizer="${2:-address}"

failures=0
fail() {
  echo "oss-fuzz: FAIL: $*" >&2
  failures=$((failures + 1))
}

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tandem-oss-fuzz.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src" "$tmp/out" "$tmp/work"
ln -s "$src" "$tmp/src/tandem"
cp "$src/scripts/oss-fuzz/build.sh" "$tmp/src/build.sh"

# base-clang's and base-builder's flags, as `compile` combines them.
case "$sanitizer" in
  address) sanitizer_flags="-fsanitize=address -fsanitize-address-use-after-scope" ;;
  undefined)
    checks=array-bounds,bool,builtin,enum,float-divide-by-zero,function,integer-divide-by-zero,null,object-size,return,returns-nonnull-attribute,shift,signed-integer-overflow,unreachable,vla-bound,vptr
    sanitizer_flags="-fsanitize=$checks,unsigned-integer-overflow -fno-sanitize-recover=$checks"
    ;;
  *) echo "oss-fuzz: unknown sanitizer '$sanitizer' (address or undefined)" >&2; exit 2 ;;
esac
cflags="-O1 -fno-omit-frame-pointer -gline-tables-only -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION $sanitizer_flags -fsanitize=fuzzer-no-link"

echo "oss-fuzz: building with $sanitizer into $tmp/out"
start=$(date +%s)
if ! (cd "$tmp/src/tandem" &&
      env SRC="$tmp/src" OUT="$tmp/out" WORK="$tmp/work" CC=clang CXX=clang++ CCC=clang++ \
          CFLAGS="$cflags" CXXFLAGS="$cflags -stdlib=libc++" LIB_FUZZING_ENGINE=-fsanitize=fuzzer \
          SANITIZER="$sanitizer" FUZZING_ENGINE=libfuzzer ARCHITECTURE=x86_64 FUZZING_LANGUAGE=c++ \
          bash -eu "$tmp/src/build.sh") >"$tmp/build.log" 2>&1; then
  tail -n 40 "$tmp/build.log" >&2
  echo "oss-fuzz: FAIL: scripts/oss-fuzz/build.sh failed (the end of its log is above)" >&2
  exit 1
fi
echo "oss-fuzz: build.sh took $(( $(date +%s) - start ))s"
# A runner has $OUT, not the sources: nothing may be read from them now.
rm "$tmp/src/tandem"
out="$tmp/out"

targets=()
for f in "$out"/*; do
  [[ -f "$f" && -x "$f" ]] && grep -q LLVMFuzzerTestOneInput "$f" && targets+=("$(basename "$f")")
done
expected=$(find "$src/fuzz_targets" -maxdepth 1 -name '*.cc' ! -name replay_main.cc | wc -l)
((${#targets[@]} == expected)) || fail "\$OUT has ${#targets[@]} fuzz targets (${targets[*]}), fuzz_targets/ has $expected"

# ClusterFuzz's sanitizer options (clusterfuzz environment.py) over the
# base-runner image's, then the target's .options on top, as run_fuzzer does.
asan_defaults="alloc_dealloc_mismatch=0:allocator_may_return_null=1:allocator_release_to_os_interval_ms=500:allow_user_segv_handler=0:check_malloc_usable_size=0:detect_container_overflow=1:detect_odr_violation=0:detect_leaks=1:detect_stack_use_after_return=1:fast_unwind_on_fatal=0:handle_abort=1:handle_segv=1:handle_sigbus=1:handle_sigfpe=1:handle_sigill=1:max_uar_stack_size_log=16:print_scariness=1:quarantine_size_mb=10:strict_memcmp=1:symbolize=1:use_sigaltstack=1:dedup_token_length=3"
ubsan_defaults="halt_on_error=1:handle_abort=1:handle_segv=1:handle_sigbus=1:handle_sigfpe=1:handle_sigill=1:print_stacktrace=1:print_summary=1:silence_unsigned_overflow=1:symbolize=1:use_sigaltstack=1:dedup_token_length=3"
section() {  # section OPTIONS_FILE SECTION: as OSS-Fuzz's parse_options.py
  python3 - "$1" "$2" <<'EOF'
import configparser, sys
p = configparser.ConfigParser()
p.read(sys.argv[1])
if p.has_section(sys.argv[2]):
    items = p[sys.argv[2]].items()
    print((" ".join("-%s=%s" % kv for kv in items)) if sys.argv[2] == "libfuzzer" else ":".join("%s=%s" % kv for kv in items))
EOF
}
# run_target NAME WITH_OPTIONS ARGS...: the target from $OUT as run_fuzzer
# runs it; output in $tmp/NAME.log, status returned.
run_target() {
  local name="$1" with_options="$2"
  shift 2
  local asan="$asan_defaults" ubsan="$ubsan_defaults" extra=()
  if [[ "$with_options" == yes && -f "$out/$name.options" ]]; then
    asan="$asan:$(section "$out/$name.options" asan)"
    ubsan="$ubsan:$(section "$out/$name.options" ubsan)"
    read -r -a extra <<<"$(section "$out/$name.options" libfuzzer)"
  fi
  [[ -f "$out/$name.dict" ]] && extra+=("-dict=$name.dict")
  (cd "$out" && env -u OUT ASAN_OPTIONS="$asan" UBSAN_OPTIONS="$ubsan" \
     "./$name" -rss_limit_mb=2560 -timeout=25 "$@" "${extra[@]}" </dev/null) >"$tmp/$name.log" 2>&1
}
show_log() {  # what says why: tandem's finding lines, the sanitizer's and libFuzzer's errors, the end
  { grep -E '^tandem: |ERROR|SUMMARY|ParseDictionaryFile|error while loading' "$tmp/$1.log" | head -n 12
    tail -n 4 "$tmp/$1.log"; } | cut -c1-240 | sed 's/^/    /' >&2
}

# A few thousand inputs each; the differential target runs some 30 a
# second under ASan, the others hundreds.
runs_of() { [[ "$1" == fuzz_differential ]] && echo 2000 || echo 5000; }

for name in "${targets[@]}"; do
  t0=$(date +%s)
  failures_before=$failures
  # Startup and instrumentation (bad_build_check: check_startup_crash, check_engine).
  if run_target "$name" yes -seed=1337 -runs=4 && grep -q "Done 4 runs" "$tmp/$name.log"; then
    edges=$(grep -oP 'INFO: Loaded \d+ modules? +\(\K\d+(?= (inline 8-bit counters|guards)\))' "$tmp/$name.log" | head -1)
    if [[ -z "$edges" ]] || ((edges <= 100)); then
      fail "$name has ${edges:-no} instrumented edges (more than 100 needed)"
    fi
    if [[ -f "$out/$name.dict" ]]; then
      entries=$(grep -oP 'Dictionary: \K\d+(?= entries)' "$tmp/$name.log")
      ((${entries:-0} > 200)) || fail "$name.dict gave ${entries:-no} dictionary entries: $(grep -m1 -i dictionar "$tmp/$name.log")"
      # A prefixed sub-opcode is LEB128: SIMD's 0xba (i32x4.dot_i16x8_s) is two bytes.
      if [[ "$name" == fuzz_decode_validate ]] && ! grep -qxF 'i32x4.dot_i16x8_s="\xfd\xba\x01"' "$out/$name.dict"; then
        fail "$name.dict does not encode SIMD sub-opcodes from 0x80 as LEB128: $(grep -m1 dot_i16x8 "$out/$name.dict")"
      fi
    fi
  else
    fail "$name did not start and run 4 inputs:"; show_log "$name"
    continue
  fi
  # The sanitizer the build asked for, and no other (check_mixed_sanitizers).
  calls="$(objdump -dC "$out/$name" | grep -oE 'call[q]? +[0-9a-f]+ <__(asan|ubsan)' | grep -oE '(asan|ubsan)$' | sort | uniq -c)"
  asan_calls=$(awk '$2 == "asan" { print $1 }' <<<"$calls"); ubsan_calls=$(awk '$2 == "ubsan" { print $1 }' <<<"$calls")
  if [[ "$sanitizer" == address ]]; then
    ((${asan_calls:-0} >= 1000)) || fail "$name has ${asan_calls:-0} calls into ASan: not an ASan build"
    ((${ubsan_calls:-0} <= 200)) || fail "$name has ${ubsan_calls} calls into UBSan: an ASan build with UBSan mixed in"
  else
    ((${asan_calls:-0} == 0)) || fail "$name has ${asan_calls} calls into ASan: a UBSan build with ASan mixed in"
    ((${ubsan_calls:-0} >= 168)) || fail "$name has ${ubsan_calls:-0} calls into UBSan: not a UBSan build"
  fi
  # Shared libraries: the runner's own, or shipped in $OUT/lib.
  while read -r soname _ path _; do
    if [[ "$path" == not ]]; then
      fail "$name needs $soname, which is nowhere"
    elif [[ "$path" == /* && "$path" != "$out/lib/"* &&
            ! "$soname" =~ ^(libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s)\.so ]]; then
      fail "$name takes $soname from $path, which a runner does not have: it belongs in \$OUT/lib"
    fi
  done < <(ldd "$out/$name" | awk '$2 == "=>"')
  # The seed corpus runs clean, every seed read (check_seed_corpus).
  corpus="$tmp/corpus-$name"
  mkdir -p "$corpus"
  if [[ -f "$out/${name}_seed_corpus.zip" ]]; then
    unzip -q -o -d "$corpus" "$out/${name}_seed_corpus.zip"
  else
    fail "$name has no seed corpus"
  fi
  seeds=$(find "$corpus" -type f | wc -l)
  if run_target "$name" yes -runs=0 "$corpus"; then
    read_seeds=$(grep -oP 'INFO: seed corpus: files: \K\d+' "$tmp/$name.log")
    [[ "${read_seeds:-0}" == "$seeds" ]] || fail "$name read ${read_seeds:-no} of its $seeds seeds"
  else
    fail "$name crashed on its seed corpus:"; show_log "$name"
  fi
  if [[ "$name" == fuzz_differential ]]; then
    real=$(find "$out/tandem_data/corpus/real" -name '*.wasm' | wc -l)
    loaded=$(grep -oP 'tandem: \K\d+(?= real-module seeds)' "$tmp/$name.log")
    ((real > 0)) && [[ "$loaded" == "$real" ]] ||
      fail "$name loaded ${loaded:-no} real-module seeds, \$OUT/tandem_data has $real"
    # Without its .options, under ClusterFuzz's allow_user_segv_handler=0,
    # the seeds' wasm traps become sanitizer crashes: the options matter.
    if [[ "$sanitizer" == address ]] && run_target "$name" no -runs=0 "$corpus"; then
      fail "$name ran its seeds clean without its .options: is allow_user_segv_handler=1 still what keeps wasm traps working?"
    fi
  fi
  # A few thousand inputs from seed 1337, as fuzzing runs them (the corpus
  # grows in a copy).
  runs=$(runs_of "$name")
  if ! run_target "$name" yes -seed=1337 -runs="$runs" "$corpus" || ! grep -q "Done $runs runs" "$tmp/$name.log"; then
    fail "$name crashed within $runs inputs from -seed=1337:"; show_log "$name"
  fi
  if ((failures == failures_before)); then
    echo "oss-fuzz: $name: ${edges} edges, $seeds seeds clean, $runs inputs clean ($(( $(date +%s) - t0 ))s)"
  else
    echo "oss-fuzz: $name: $((failures - failures_before)) check(s) failed ($(( $(date +%s) - t0 ))s)"
  fi
done

echo "oss-fuzz: $(( $(date +%s) - start ))s in all"
if ((failures)); then
  echo "oss-fuzz: $failures check(s) failed" >&2
  exit 1
fi
echo "oss-fuzz: every check passed"
