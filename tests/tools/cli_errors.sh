#!/usr/bin/env bash
# One command-line case per call: what a new user's mistakes get. Every
# error is a clear message and exit status 2 (1 for a file that is no
# module), never "agree" on a module nothing could run, never raw bytes
# echoed to the terminal.
#   cli_errors.sh CASE TANDEM SOURCE_DIR
set -uo pipefail
case_name=$1 tandem=$2 src=$3
dir="$src/tests/tools/cli"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err" "${junk:-}"' EXIT

run() { "$@" >"$out" 2>"$err"; status=$?; cat "$out" "$err"; }
expect_status() { [[ $status -eq $1 ]] || { echo "FAIL: exit status $status, expected $1"; exit 1; }; }
expect_in() { grep -q -- "$1" "$out" "$err" || { echo "FAIL: no '$1' in the output"; exit 1; }; }
expect_not_in() { ! grep -q -- "$1" "$out" "$err" || { echo "FAIL: '$1' in the output"; exit 1; }; }

# A module whose one function declares 4,294,967,295 locals in one entry:
# well-formed, valid by the spec, and past tandem's function_locals limit
# (wasm/limits.def). Type () -> (), function 0, exported as "f", body
# "\x01\xff\xff\xff\xff\x0f\x7f\x0b": one run of 0xffffffff i32, end.
write_four_billion_locals() {
  junk=$(mktemp --suffix=.wasm)
  printf '\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00\x07\x05\x01\x01f\x00\x00' >"$junk"
  printf '\x0a\x0a\x01\x08\x01\xff\xff\xff\xff\x0f\x7f\x0b' >>"$junk"
}

case "$case_name" in
  limit_exceeded_run | limit_exceeded_diff | limit_exceeded_validate | limit_exceeded_compile)
    # Refused before any engine sizes anything by the count: exit 2 with
    # the limit named, at once, and no sanitizer report.
    write_four_billion_locals
    run timeout 60 "$tandem" "${case_name#limit_exceeded_}" "$junk"
    expect_status 2; expect_in "limit exceeded"; expect_in "function_locals limit of 50000"
    expect_not_in agree; expect_not_in AddressSanitizer; expect_not_in "internal check failed" ;;
  findings_add_agreeing_input)
    # An input without a mismatch is reported and not filed.
    store=$(mktemp -d)
    run timeout 120 "$tandem" findings add --store "$store" "$dir/floats.wat"
    files=$(find "$store" -type f | wc -l); rm -rf "$store"
    expect_status 0; expect_in "no longer reproduces a mismatch; not filed"; expect_in "0 filed"
    [[ $files -eq 0 ]] || { echo "FAIL: $files files in the store"; exit 1; } ;;
  findings_list_empty)
    store=$(mktemp -d)
    run "$tandem" findings list --store "$store"; rm -rf "$store"
    expect_status 0; expect_in "0 signatures" ;;
  report_of_a_regression)
    # The page: the outcome table per engine, the module, both backends'
    # code side by side, the replay command.
    run timeout 120 "$tandem" report "$src/corpus/regressions/licm-nested-loop-hoist.wat"
    expect_status 0; expect_in "| call | interp | baseline | optimizing | optimizing-none | mixed |"
    expect_in '```wat'; expect_in "### function 0"; expect_in "| baseline | optimizing |"
    expect_in "tandem regress $src/corpus/regressions/licm-nested-loop-hoist.wat" ;;
  report_never_overwrites)
    # -o DIR writes DIR/report.md and DIR/report.html; either already there
    # is refused before any engine runs, and left as it was.
    junk=$(mktemp -d)
    echo kept >"$junk/report.html"
    run timeout 20 "$tandem" report "$src/corpus/regressions/licm-nested-loop-hoist.wat" -o "$junk"
    kept=$(cat "$junk/report.html"); md=$(ls "$junk"); rm -rf "$junk"
    expect_status 2; expect_in "report.html exists; pages are never overwritten"
    [[ $kept == kept && $md == report.html ]] || { echo "FAIL: the folder changed"; exit 1; } ;;
  report_output_folder_missing)
    run timeout 20 "$tandem" report "$src/corpus/regressions/licm-nested-loop-hoist.wat" -o /nonexistent/a/b
    expect_status 2; expect_in "no folder /nonexistent/a" ;;
  findings_index_empty)
    store=$(mktemp -d)
    run "$tandem" findings index --store "$store" -o "$store/index.html"
    page=$(cat "$store/index.html"); rm -rf "$store"
    expect_status 0; expect_in "0 signatures"
    grep -q "No findings yet" <<<"$page" || { echo "FAIL: the page does not say there are none"; exit 1; } ;;
  report_of_a_non_regression)
    run "$tandem" report "$dir/floats.wat"
    expect_status 2; expect_in "does not start with ';; tandem regression'" ;;
  reduce_output_folder_missing)
    # Checked before any work: at once, with the folder named.
    run timeout 20 "$tandem" reduce "$dir/floats.wat" -o /nonexistent/bundle
    expect_status 2; expect_in "no folder /nonexistent" ;;
  reduce_output_exists)
    # A finding is never overwritten.
    bundle=$(mktemp -d); cp "$dir/needs_lzcnt.wat" "$bundle/finding.wat"
    run timeout 20 "$tandem" reduce "$dir/floats.wat" -o "$bundle"; rm -rf "$bundle"
    expect_status 2; expect_in "never overwritten" ;;
  reduce_then_replay)
    # A plain module's finding reduced to a bundle that replays the same
    # verdict; the second reduction of the signature goes beside the first.
    store=$(mktemp -d)
    run timeout 300 "$tandem" reduce "$dir/nan_div.wat" --nan exact --store "$store"
    expect_status 0; expect_in "signature: result/baseline+optimizing/f32.div"
    bundle="$store/result__baseline+optimizing__f32.div"
    for f in finding.wat reduced.wasm reduced.wat bundle.json report.md report.html; do
      [[ -s "$bundle/$f" ]] || { rm -rf "$store"; echo "FAIL: no $f in the bundle"; exit 1; }
    done
    grep -q '"tandem_commit"' "$bundle/bundle.json" && grep -q '"interp"' "$bundle/bundle.json" ||
      { rm -rf "$store"; echo "FAIL: bundle.json lacks the commit or the outcomes"; exit 1; }
    grep -q ';; settings: .*has_lzcnt=' "$bundle/finding.wat" ||
      { rm -rf "$store"; echo "FAIL: the ISA flags are not written out"; exit 1; }
    run timeout 120 "$tandem" reduce "$bundle" --store "$store"
    [[ -s "$bundle/reduced-2/finding.wat" ]] || { rm -rf "$store"; echo "FAIL: no second bundle beside the first"; exit 1; }
    run timeout 120 "$tandem" replay "$bundle"; rm -rf "$store"
    expect_status 0; expect_in "same verdict: result/baseline+optimizing/f32.div" ;;
  reduce_judges_like_diff)
    # A module whose finding needs diff's four argument lists and its host
    # modules, and starts with a block comment: reduced, filed in the store
    # (listed there), and its bundle asks for no ISA flag it does not need.
    store=$(mktemp -d)
    run timeout 120 "$tandem" diff "$dir/nan_at_one.wat" --nan exact
    expect_status 1; expect_in "signature: result/baseline+optimizing/f32.div"
    run timeout 300 "$tandem" reduce "$dir/nan_at_one.wat" --nan exact --store "$store"
    expect_status 0; expect_in "signature: result/baseline+optimizing/f32.div"
    bundle="$store/result__baseline+optimizing__f32.div"
    settings=$(grep '^;; settings:' "$bundle/finding.wat")
    run timeout 60 "$tandem" findings list --store "$store"; rm -rf "$store"
    expect_in "result/baseline+optimizing/f32.div"
    ! grep -q 'has_[a-z0-9]*=true' <<<"$settings" ||
      { echo "FAIL: the bundle asks for ISA flags a NaN of f32.div does not need: $settings"; exit 1; } ;;
  reduce_options_for_modules_only)
    # --nan, --setting and --lists are a plain module's: fuzz bytes carry
    # their own, and are refused before anything runs.
    junk=$(mktemp)
    printf '\x01\x02\x03\xff\x00' >"$junk"
    run timeout 20 "$tandem" reduce "$junk" --nan exact
    expect_status 2; expect_in "are for plain modules" ;;
  reduce_failure_leaves_no_store)
    # A reduction that finds nothing to reduce (the module agrees) makes no
    # findings store in the folder it ran in.
    cwd=$(mktemp -d)
    cd "$cwd" && run timeout 60 "$tandem" reduce "$dir/floats.wat"; cd - >/dev/null
    made=$([[ -e "$cwd/reports" ]] && echo yes || echo no); rm -rf "$cwd"
    expect_status 1; expect_in "does not reproduce a mismatch"
    [[ $made == no ]] || { echo "FAIL: a reduction that found nothing made reports/ where it ran"; exit 1; } ;;
  reduce_stopped_early_then_replay)
    # A reduction that ends before it drops the calls after the mismatch:
    # they never ran, have no outcome, and are not written (a call without
    # its expect line would make the bundle refuse to replay).
    store=$(mktemp -d)
    run timeout 120 "$tandem" reduce "$dir/nan_div_then_more.wat" --max-attempts 1 -o "$store/b"
    calls=$(grep -c '^;; call:' "$store/b/finding.wat")
    run timeout 120 "$tandem" replay "$store/b"; rm -rf "$store"
    [[ $calls == 1 ]] || { echo "FAIL: $calls calls written, 1 ran"; exit 1; }
    expect_status 0; expect_in "same verdict: result/baseline+optimizing/f32.div" ;;
  replay_fixed_finding)
    # A regression records the signature of a bug since fixed: another verdict, exit 1.
    run timeout 120 "$tandem" replay "$src/corpus/regressions/licm-nested-loop-hoist.wat"
    expect_status 1; expect_in "different verdict: recorded result/optimizing/-, now agree" ;;
  replay_lacking_flag)
    # A machine without an extension the finding was compiled for: the
    # flag named, exit 2, nothing run.
    TANDEM_HOST_LACKS=lzcnt run timeout 60 "$tandem" replay "$dir/needs_lzcnt.wat"
    expect_status 2; expect_in "has_lzcnt=true, but this CPU has no lzcnt" ;;
  replay_missing)
    run "$tandem" replay /nonexistent/bundle
    expect_status 2; expect_in "cannot open" ;;
  diff_invalid)
    run "$tandem" diff "$dir/invalid.wat"
    expect_status 2; expect_in invalid; expect_not_in agree ;;
  diff_malformed)
    junk=$(mktemp)
    # The magic, version 1, then a type section that claims more than there is.
    printf '\x00asm\x01\x00\x00\x00\x01\x7f\x01' >"$junk"
    run "$tandem" diff "$junk"
    expect_status 2; expect_in malformed; expect_not_in agree ;;
  diff_unlinkable)
    run "$tandem" diff "$dir/unlinkable.wat"
    expect_status 2; expect_in "no engine could instantiate"; expect_in unlinkable; expect_not_in agree ;;
  diff_spectest)
    run "$tandem" diff "$dir/spectest.wat" --invoke f -- 5
    expect_status 0; expect_in "agree: 1 calls" ;;
  run_spectest)
    run "$tandem" run "$dir/spectest.wat" --invoke f -- 5
    expect_status 0; expect_in "i32:671" ;;
  unknown_subcommand)
    run "$tandem" bogus
    expect_status 2 ;;
  unknown_option)
    run "$tandem" run "$dir/floats.wat" --bogus
    expect_status 2 ;;
  negative_values_after_dashes)
    run "$tandem" run "$dir/floats.wat" --invoke f -- -nan -inf
    expect_status 0; expect_in "nan" ;;
  negative_values_without_dashes)
    run "$tandem" run "$dir/floats.wat" --invoke f -nan -inf
    expect_status 2; expect_in "after '--'" ;;
  help_mentions_dashes)
    run "$tandem" run --help
    expect_status 0; expect_in "after '--'" ;;
  args_without_invoke)
    run "$tandem" run "$dir/floats.wat" 1 2
    expect_status 2; expect_in "without --invoke" ;;
  validate_random_bytes | wat2wasm_random_bytes)
    junk=$(mktemp)
    head -c 4096 /dev/urandom | tr -d '\000' | head -c 2000 >"$junk"
    printf 'A\x01\x02' >>"$junk"
    if [[ $case_name == validate_random_bytes ]]; then run "$tandem" validate "$junk"; else run "$tandem" wat2wasm "$junk"; fi
    expect_status 1; expect_in "not a"
    # The bytes are not echoed back: a line or two of message, not kilobytes.
    (($(cat "$out" "$err" | wc -c) < 400)) || { echo "FAIL: the input was echoed"; exit 1; } ;;
  sweep_only_unknown)
    run "$tandem" sweep --only no_such_operator
    expect_status 2; expect_in "no sweep case" ;;
  fuzz_time_without_value)
    run bash "$src/scripts/fuzz" --time
    expect_status 2; expect_in "takes a value" ;;
  fuzz_help)
    run bash "$src/scripts/fuzz" --help
    expect_status 0; expect_in "scripts/fuzz"; expect_not_in "set -euo" ;;
  *) echo "cli_errors.sh: unknown case $case_name"; exit 2 ;;
esac
echo "ok: $case_name"
