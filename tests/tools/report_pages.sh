#!/usr/bin/env bash
# The finding pages in a real browser: a findings store with two findings,
# one with a report (`tandem report -o`), the index over them (`tandem
# findings index`), and a campaign's page (`tandem campaign page`), then
# headless Chromium renders each page. It passes when no page logs a
# console message, every link of the index and of the campaign page
# reaches a file, the finding with a report is linked to its report.html,
# the report's DOM has both backends' disassembly columns, and the
# campaign page has its three plots with a line in each.
#   report_pages.sh TANDEM SOURCE_DIR
set -uo pipefail
tandem=$1 src=$2
fail() { echo "FAIL: $*"; exit 1; }

# Not a skip: scripts/setup installs it, and a page nobody renders is a
# page nobody checked.
chromium=$(command -v chromium || command -v chromium-browser) ||
  fail "chromium is not installed (scripts/setup installs Debian's chromium package)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/reports/findings"
mkdir -p "$store"

# `tandem findings add` files only inputs that still mismatch, and the tree
# has no known miscompile to find: the two records are written as
# FindingStore writes them (oracle/reduce/finding_store.cc).
add_record() {  # folder signature count first last size
  mkdir -p "$store/$1"
  head -c "$6" /dev/zero >"$store/$1/smallest.input"
  printf '{\n  "count": %s,\n  "first_seen": "%s",\n  "last_seen": "%s",\n  "signature": "%s",\n  "smallest_size": %s\n}\n' \
    "$3" "$4" "$5" "$2" "$6" >"$store/$1/finding.json"
}
add_record "trap__optimizing__i32.div_u" "trap/optimizing/i32.div_u" 3 2026-12-01T10:00:00Z 2026-12-03T09:30:00Z 412
add_record "result__baseline+optimizing__-" "result/baseline+optimizing/-" 1 2026-12-02T08:00:00Z 2026-12-02T08:00:00Z 97
"$tandem" findings list --store "$store" | grep -q "2 signatures" || fail "findings list does not read the records"

# The report of the first finding, written into its folder; the second
# stays "not reduced yet".
reported="$store/trap__optimizing__i32.div_u"
timeout 300 "$tandem" report "$src/tests/tools/cli/report-page-case.wat" -o "$reported" || fail "tandem report -o"
[[ -s "$reported/report.md" && -s "$reported/report.html" ]] || fail "report -o DIR did not write both pages"
"$tandem" findings index --store "$store" -o "$work/reports/index.html" || fail "tandem findings index"

# Renders a page; its DOM on stdout, Chromium's log (console messages
# included, as INFO:CONSOLE lines) in $work/log.
render() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" \
    --enable-logging=stderr --v=0 --dump-dom "file://$1" 2>"$work/log"
}
check_console() {
  if grep -E 'CONSOLE|Uncaught' "$work/log"; then fail "$1 logged console messages"; fi
}

dom=$(render "$work/reports/index.html") || fail "chromium could not render the index"
check_console index.html
hrefs=$(grep -o 'href="[^"]*"' <<<"$dom" | sed 's/^href="//; s/"$//')
[[ $(wc -l <<<"$hrefs") -eq 2 ]] || fail "the index has $(wc -l <<<"$hrefs") links, expected one per finding: $hrefs"
while read -r href; do
  path=$(printf '%b' "${href//%/\\x}")  # percent-decoded
  [[ -f "$work/reports/$path" ]] || fail "the index links to $href, which does not exist"
done <<<"$hrefs"
grep -qx 'findings/trap__optimizing__i32.div_u/report.html' <<<"$hrefs" || fail "the reported finding is not linked to its report"
grep -q 'not reduced yet' <<<"$dom" || fail "the finding without a report does not say it is not reduced yet"

dom=$(render "$reported/report.html") || fail "chromium could not render the report"
check_console report.html
grep -q '<section class="asm-baseline">' <<<"$dom" || fail "the report has no baseline column"
grep -q '<section class="asm-optimizing">' <<<"$dom" || fail "the report has no optimizing column"
grep -q '<td class="insn">' <<<"$dom" || fail "the report's columns hold no instructions"
grep -q 'class="one-sided"' <<<"$dom" || fail "the report marks no row one backend lacks"
# A campaign's folder as scripts/fuzz leaves it, filing both findings.
campaign="$work/reports/20261204-120000"
mkdir -p "$campaign"
cat >"$campaign/summary.json" <<'JSON'
{"campaign":"20261204-120000","seconds":60,"jobs":2,"preset":"fuzz","targets":[{"target":"differential",
 "executions":6000,"exec_per_s":100,"coverage":9000,"features":30000,"resumed_from":40,"corpus":55,"findings":2,
 "stats":{"inputs":5000,"agree":4990,"mismatches":2,"class.int_arith":2500}}]}
JSON
printf 'seconds\texecutions\tcoverage\tfeatures\tcorpus\texec_per_s\n0\t2\t8000\t20000\t40\t0\n60\t6000\t9000\t30000\t55\t100\n' \
  >"$campaign/differential.timeline.tsv"
printf 'new   trap/optimizing/i32.div_u (3 seen): a\nknown result/baseline+optimizing/- (1 seen): b\n' \
  >"$campaign/findings-differential.filed"
"$tandem" campaign page "$campaign" --store "$store" || fail "tandem campaign page"
dom=$(render "$campaign/index.html") || fail "chromium could not render the campaign page"
check_console "the campaign page"
[[ $(grep -c '<polyline points="[0-9]' <<<"$dom") -eq 3 ]] || fail "the campaign page does not have three plotted lines"
hrefs=$(grep -o 'href="[^"]*"' <<<"$dom" | sed 's/^href="//; s/"$//')
[[ $(wc -l <<<"$hrefs") -eq 2 ]] || fail "the campaign page has $(wc -l <<<"$hrefs") links, expected one per finding"
while read -r href; do
  path=$(printf '%b' "${href//%/\\x}")
  [[ -f "$campaign/$path" ]] || fail "the campaign page links to $href, which does not exist"
done <<<"$hrefs"
"$tandem" campaign page "$work/none" 2>/dev/null && fail "a missing campaign folder is not an error"

echo "index, report and campaign page render without console messages; $(wc -c <"$reported/report.html") bytes of report.html"
