#!/usr/bin/env bash
# The finding pages in a real browser: a findings store with two findings,
# one with a report (`tandem report -o`), the index over them (`tandem
# findings index`), then headless Chromium renders each page. It passes when
# no page logs a console message, every link of the index reaches a file,
# the finding with a report is linked to its report.html, and the report's
# DOM has both backends' disassembly columns.
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
echo "index and report render without console messages; $(wc -c <"$reported/report.html") bytes of report.html"
