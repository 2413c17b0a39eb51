#include "oracle/reduce/finding_index.h"

#include <filesystem>

#include <fmt/format.h>

#include "oracle/reduce/html.h"

namespace tandem::oracle {
namespace {

constexpr std::string_view kIndexCss = R"css(
table.findings { font-size: 14px; }
table.findings td { white-space: nowrap; }
table.findings td.count, table.findings td.size { text-align: right; font-variant-numeric: tabular-nums; }
table.findings td.signature { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.unreduced { color: #7d4e00; }
)css";

}  // namespace

Result<std::vector<IndexEntry>> index_entries(const std::string& store_dir) {
  TANDEM_TRY(std::vector<StoredFinding> all, FindingStore(store_dir).list());
  std::vector<IndexEntry> out;
  for (StoredFinding& f : all) {
    IndexEntry e{std::move(f), "", false};
    e.folder = FindingStore::folder_name(e.finding.signature);
    std::error_code ec;
    e.has_report = std::filesystem::exists(std::filesystem::path(store_dir) / e.folder / "report.html", ec);
    out.push_back(std::move(e));
  }
  return out;
}

std::string render_findings_index(const std::vector<IndexEntry>& entries, std::string_view store_href) {
  size_t reported = 0;
  for (const IndexEntry& e : entries) reported += e.has_report;
  std::string body =
      fmt::format("<h1>tandem findings</h1>\n<p>{} signatures, {} with a report page.</p>\n", entries.size(), reported);
  if (entries.empty()) return html_document("tandem findings", kIndexCss, body + "<p>No findings yet.</p>\n");
  body +=
      "<table class=\"findings\">\n<thead><tr><th>signature</th><th>seen</th><th>first seen</th><th>last seen</th>"
      "<th>smallest input</th><th>link</th></tr></thead>\n<tbody>\n";
  std::string base = store_href.empty() ? "" : url_path_escape(store_href) + "/";
  for (const IndexEntry& e : entries) {
    // The signature links to what there is to read: the report page, or
    // until the finding is reduced the input the fuzzer found it with.
    std::string href =
        html_escape(base + url_path_escape(e.folder) + "/" + (e.has_report ? "report.html" : "smallest.input"));
    body += fmt::format(
        "<tr><td class=\"signature\"><a href=\"{}\">{}</a></td><td class=\"count\">{}</td><td>{}</td><td>{}</td>"
        "<td class=\"size\">{} B</td><td>{}</td></tr>\n",
        href, html_escape(e.finding.signature), e.finding.count, html_escape(e.finding.first_seen),
        html_escape(e.finding.last_seen), e.finding.smallest_size,
        e.has_report ? "report" : "<span class=\"unreduced\">not reduced yet</span> (smallest input)");
  }
  body += "</tbody>\n</table>\n";
  return html_document("tandem findings", kIndexCss, body);
}

}  // namespace tandem::oracle
