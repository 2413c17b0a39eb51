#include "oracle/reduce/campaign_page.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_store.h"
#include "oracle/reduce/html.h"

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kCampaignCss = R"css(
.plots { display: flex; flex-wrap: wrap; gap: 1rem; }
svg.plot { background: #fafafa; border: 1px solid #ddd; }
svg.plot text { font-size: 11px; fill: #444; }
svg.plot .title { font-size: 13px; fill: #1b1b1b; }
svg.plot polyline { fill: none; stroke: #1f5fa8; stroke-width: 1.5; }
svg.plot line.axis { stroke: #999; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.signature { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.bar { display: inline-block; height: 0.8em; background: #1f5fa8; vertical-align: middle; }
.new { color: #a11; font-weight: 600; }
.known { color: #555; }
)css";

bool parse_u64(std::string_view s, uint64_t& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

std::string scalar_text(const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

Result<std::vector<CampaignSample>> read_timeline(const fs::path& file) {
  std::vector<CampaignSample> out;
  std::ifstream in(file);
  if (!in) return out;  // a target that ended before its first status line
  std::string line;
  std::getline(in, line);  // the header
  for (size_t row = 2; std::getline(in, line); ++row) {
    if (line.empty()) continue;
    std::vector<uint64_t> v;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) {
      uint64_t x = 0;
      if (!parse_u64(f, x)) break;
      v.push_back(x);
    }
    if (v.size() != 6)
      return make_error(ErrorKind::Usage, fmt::format("{}:{}: expected six numbers: {}", file.string(), row, line));
    out.push_back({v[0], v[1], v[2], v[3], v[4], v[5]});
  }
  return out;
}

// Adds a job's running totals into `sum` at every second either holds
// a sample: executions and exec/s add up, coverage and corpus are the
// largest (the jobs share one corpus and reload each other's inputs).
// A job restarted after a finding counts executions from 0 again: its
// series is made cumulative first.
std::vector<CampaignSample> add_job(const std::vector<CampaignSample>& sum, std::vector<CampaignSample> job) {
  uint64_t carried = 0, last = 0;
  for (CampaignSample& p : job) {
    if (p.executions < last) carried += last;
    last = p.executions;
    p.executions += carried;
  }
  std::vector<CampaignSample> out;
  size_t i = 0, j = 0;
  CampaignSample a{}, b{};  // the latest sample of each at or before the second
  while (i < sum.size() || j < job.size()) {
    const uint64_t at =
        std::min(i < sum.size() ? sum[i].seconds : UINT64_MAX, j < job.size() ? job[j].seconds : UINT64_MAX);
    while (i < sum.size() && sum[i].seconds == at) a = sum[i++];
    while (j < job.size() && job[j].seconds == at) b = job[j++];
    out.push_back({at, a.executions + b.executions, std::max(a.coverage, b.coverage), std::max(a.features, b.features),
                   std::max(a.corpus, b.corpus), a.exec_per_s + b.exec_per_s});
  }
  return out;
}

// <target>.timeline.tsv, or with --jobs N one <target>.job-K.timeline.tsv
// per job, added up.
Result<std::vector<CampaignSample>> read_timelines(const fs::path& root, const std::string& target, uint64_t& jobs) {
  std::vector<fs::path> files;
  if (fs::exists(root / (target + ".timeline.tsv"))) files.push_back(root / (target + ".timeline.tsv"));
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(root, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(target + ".job-") && name.ends_with(".timeline.tsv")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  jobs = std::max<uint64_t>(1, files.size());
  std::vector<CampaignSample> sum;
  for (const fs::path& f : files) {
    TANDEM_TRY(std::vector<CampaignSample> job, read_timeline(f));
    sum = files.size() == 1 ? std::move(job) : add_job(sum, std::move(job));
  }
  return sum;
}

// Lines "new   SIG (N seen, smallest input B B): PATH" and "known SIG (...)".
std::vector<FiledFinding> read_filed(const fs::path& file, const std::string& store_dir) {
  std::vector<FiledFinding> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string kind, sig;
    words >> kind >> sig;
    if ((kind != "new" && kind != "known") || sig.empty()) continue;
    FiledFinding f{kind == "new", sig, FindingStore::folder_name(sig), false};
    std::error_code ec;
    f.has_report = fs::exists(fs::path(store_dir) / f.folder / "report.html", ec);
    // One row per signature: a campaign files a known bug many times.
    auto same = std::find_if(out.begin(), out.end(), [&](const FiledFinding& o) { return o.signature == sig; });
    if (same == out.end())
      out.push_back(std::move(f));
    else
      same->is_new = same->is_new || f.is_new;
  }
  return out;
}

uint64_t field(const nlohmann::json& j, const char* name) {
  return j.contains(name) && j[name].is_number_unsigned() ? j[name].get<uint64_t>() : 0;
}

std::string target_section(const CampaignTarget& t, std::string_view store_href) {
  std::string s = fmt::format("<h2>{}</h2>\n", html_escape(t.name));
  if (t.jobs > 1) s += fmt::format("<p>{} jobs over one corpus; the plots add up their exec/s.</p>\n", t.jobs);
  s += fmt::format(
      "<p>{} executions, {} exec/s, coverage {} edges, {} features; corpus {} inputs ({} when the campaign "
      "started); {} findings.</p>\n",
      t.executions, t.exec_per_s, t.coverage, t.features, t.corpus, t.resumed_from, t.findings);
  std::vector<uint64_t> xs, rate, cov, corpus;
  for (const CampaignSample& p : t.timeline) {
    xs.push_back(p.seconds);
    rate.push_back(p.exec_per_s);
    cov.push_back(p.coverage);
    corpus.push_back(p.corpus);
  }
  s += "<div class=\"plots\">\n" + svg_line_plot("exec/s", xs, rate) + svg_line_plot("coverage (edges)", xs, cov) +
       svg_line_plot("corpus (inputs)", xs, corpus) + "</div>\n";

  // The verdicts, then the share of generated modules per operator class.
  uint64_t inputs = 0;
  std::string verdicts, classes;
  for (const auto& [name, n] : t.stats) {
    if (name == "inputs") inputs = n;
    if (name == "inputs" || name == "agree" || name == "inconclusive" || name == "mismatches" || name == "calls")
      verdicts += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td></tr>\n", html_escape(name), n);
  }
  for (const auto& [name, n] : t.stats) {
    if (!name.starts_with("class.") || inputs == 0) continue;
    const double share = 100.0 * static_cast<double>(n) / static_cast<double>(inputs);
    classes += fmt::format(
        "<tr><td>{}</td><td class=\"num\">{:.1f}%</td><td><span class=\"bar\" style=\"width:{:.0f}px\"></span>"
        "</td></tr>\n",
        html_escape(name.substr(6)), share, 2 * share);
  }
  if (!verdicts.empty()) s += "<h3>Verdicts</h3>\n<table>\n" + verdicts + "</table>\n";
  if (!classes.empty())
    s += "<h3>Generated modules per operator class</h3>\n<table>\n<thead><tr><th>class</th><th>share</th><th></th>"
         "</tr></thead>\n<tbody>\n" +
         classes + "</tbody>\n</table>\n";

  s += "<h3>Findings</h3>\n";
  if (t.filed.empty()) return s + "<p>None filed.</p>\n";
  std::string base = store_href.empty() ? "" : url_path_escape(store_href) + "/";
  s += "<table>\n<thead><tr><th></th><th>signature</th><th>link</th></tr></thead>\n<tbody>\n";
  for (const FiledFinding& f : t.filed) {
    const std::string href =
        html_escape(base + url_path_escape(f.folder) + "/" + (f.has_report ? "report.html" : "smallest.input"));
    s += fmt::format("<tr><td class=\"{}\">{}</td><td class=\"signature\"><a href=\"{}\">{}</a></td><td>{}</td></tr>\n",
                     f.is_new ? "new" : "known", f.is_new ? "new" : "known", href, html_escape(f.signature),
                     f.has_report ? "report" : "smallest input (not reduced)");
  }
  return s + "</tbody>\n</table>\n";
}

}  // namespace

Result<Campaign> read_campaign(const std::string& dir, const std::string& store_dir) {
  const fs::path root(dir);
  TANDEM_TRY(std::vector<uint8_t> bytes, read_file((root / "summary.json").string()));
  nlohmann::json summary = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (summary.is_discarded() || !summary.is_object() || !summary.contains("targets") || !summary["targets"].is_array())
    return make_error(ErrorKind::Usage, fmt::format("{}: not a campaign summary", (root / "summary.json").string()));
  Campaign c;
  c.name = summary.contains("campaign") ? scalar_text(summary["campaign"]) : root.filename().string();
  for (const auto& [key, value] : summary.items())
    if (!value.is_structured() && key != "campaign") c.settings.emplace_back(key, scalar_text(value));
  for (const nlohmann::json& j : summary["targets"]) {
    if (!j.is_object() || !j.contains("target") || !j["target"].is_string())
      return make_error(ErrorKind::Usage, fmt::format("{}: a target without a name", (root / "summary.json").string()));
    CampaignTarget t;
    t.name = j["target"].get<std::string>();
    t.executions = field(j, "executions");
    t.exec_per_s = field(j, "exec_per_s");
    t.coverage = field(j, "coverage");
    t.features = field(j, "features");
    t.corpus = field(j, "corpus");
    t.resumed_from = field(j, "resumed_from");
    t.findings = field(j, "findings");
    if (j.contains("stats") && j["stats"].is_object())
      for (const auto& [name, n] : j["stats"].items())
        if (n.is_number_unsigned()) t.stats.emplace_back(name, n.get<uint64_t>());
    TANDEM_TRY(t.timeline, read_timelines(root, t.name, t.jobs));
    t.filed = read_filed(root / ("findings-" + t.name + ".filed"), store_dir);
    c.targets.push_back(std::move(t));
  }
  return c;
}

std::string render_campaign_page(const Campaign& c, std::string_view store_href) {
  const std::string title = "tandem campaign " + c.name;
  size_t fresh = 0, known = 0;
  for (const CampaignTarget& t : c.targets)
    for (const FiledFinding& f : t.filed) (f.is_new ? fresh : known) += 1;
  std::string body = fmt::format("<h1>{}</h1>\n<p>{} targets; findings under {} new and {} known signatures.</p>\n",
                                 html_escape(title), c.targets.size(), fresh, known);
  for (const CampaignTarget& t : c.targets) body += target_section(t, store_href);
  body += "<h2>Settings</h2>\n<table>\n";
  for (const auto& [key, value] : c.settings)
    body += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", html_escape(key), html_escape(value));
  body += "</table>\n";
  return html_document(title, kCampaignCss, body);
}

std::string svg_line_plot(std::string_view title, const std::vector<uint64_t>& xs, const std::vector<uint64_t>& ys) {
  constexpr int kWidth = 360, kHeight = 200, kLeft = 56, kRight = 12, kTop = 24, kBottom = 28;
  std::string s = fmt::format(
      "<svg class=\"plot\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\" "
      "aria-label=\"{}\">\n<text class=\"title\" x=\"{}\" y=\"16\">{}</text>\n",
      kWidth, kHeight, html_escape(title), kLeft, html_escape(title));
  const size_t n = std::min(xs.size(), ys.size());
  if (n == 0) return s + fmt::format("<text x=\"{}\" y=\"{}\">no samples</text>\n</svg>\n", kLeft, kHeight / 2);
  const uint64_t x_max = std::max<uint64_t>(1, *std::max_element(xs.begin(), xs.begin() + static_cast<long>(n)));
  const uint64_t y_max = std::max<uint64_t>(1, *std::max_element(ys.begin(), ys.begin() + static_cast<long>(n)));
  const double w = kWidth - kLeft - kRight, h = kHeight - kTop - kBottom;
  const int x0 = kLeft, y0 = kHeight - kBottom;
  s += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n", x0, y0, kWidth - kRight);
  s += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", x0, y0, kTop);
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", x0 - 4, kTop + 8, y_max);
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", x0 - 4, y0);
  s += fmt::format("<text x=\"{}\" y=\"{}\">0 s</text>\n", x0, y0 + 16);
  s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{} s</text>\n", kWidth - kRight, y0 + 16, x_max);
  s += "<polyline points=\"";
  for (size_t i = 0; i < n; ++i)
    s += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", x0 + w * static_cast<double>(xs[i]) / static_cast<double>(x_max),
                     y0 - h * static_cast<double>(ys[i]) / static_cast<double>(y_max));
  return s + "\"/>\n</svg>\n";
}

}  // namespace tandem::oracle
