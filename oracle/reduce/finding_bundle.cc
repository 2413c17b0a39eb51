#include "oracle/reduce/finding_bundle.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_report.h"
#include "oracle/reduce/finding_store.h"

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

std::span<const uint8_t> bytes_of(const std::string& s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

// What each engine did on each call, as the oracle sees it now.
Result<nlohmann::json> outcomes_of(const Regression& r, std::string* verdict_text) {
  DiffOptions o = r.diff_options();
  o.keep_transcript = true;
  TANDEM_TRY(std::unique_ptr<DifferentialOracle> oracle, DifferentialOracle::create(o));
  DiffVerdict v = oracle->run(r.diff_case);
  *verdict_text = v.kind == DiffVerdict::Kind::Agree      ? "agree"
                  : v.kind == DiffVerdict::Kind::Mismatch ? "mismatch " + v.finding->signature()
                                                          : "inconclusive: " + v.inconclusive_reason;
  const std::vector<std::string> engines = oracle->engine_names();
  nlohmann::json rows = nlohmann::json::array();
  for (const TranscriptRow& row : v.transcript) {
    nlohmann::json per_engine = nlohmann::json::object();
    for (size_t i = 0; i < row.outcomes.size() && i < engines.size(); ++i) per_engine[engines[i]] = row.outcomes[i];
    rows.push_back({{"call", row.label}, {"outcomes", per_engine}});
  }
  return rows;
}

}  // namespace

bool same_signature(const std::string& recorded, const std::string& now) {
  if (recorded == now) return true;
  if (!recorded.ends_with("/-")) return false;
  return now.starts_with(std::string_view(recorded).substr(0, recorded.size() - 1));
}

Status write_bundle(const std::string& dir, const Regression& r, const std::string& commit) {
  std::error_code ec;
  const fs::path root(dir);
  if (fs::exists(root / kBundleRegressionFile, ec))
    return make_error(ErrorKind::Usage, fmt::format("{} already holds a finding; a finding is never overwritten", dir));
  fs::create_directories(root, ec);
  if (ec) return make_error(ErrorKind::Io, fmt::format("cannot make {}: {}", dir, ec.message()));

  TANDEM_TRY(std::string regression_text, format_regression(r));
  TANDEM_TRY(std::string wat, wasm_to_wat(r.diff_case.wasm));
  std::string verdict_text;
  TANDEM_TRY(nlohmann::json outcomes, outcomes_of(r, &verdict_text));
  Regression with_text = r;  // the page shows the module's text
  if (with_text.module_text.empty()) with_text.module_text = wat;
  TANDEM_TRY(ReportPage page, build_report_page(with_text, (root / kBundleRegressionFile).string()));

  nlohmann::json calls = nlohmann::json::array();
  for (const DiffCall& c : r.diff_case.calls) {
    nlohmann::json args = nlohmann::json::array();
    for (const Value& v : c.args) args.push_back(value_to_arg_text(v));
    calls.push_back({{"export", c.export_name}, {"args", args}});
  }
  nlohmann::json bundle = {
      {"signature", r.signature},
      {"finding", r.finding},
      {"verdict_when_written", verdict_text},
      {"tandem_commit", commit},
      {"settings", r.settings},
      {"mixed_mask", r.mixed_mask ? fmt::format("{:#x}", *r.mixed_mask) : std::string("default")},
      {"nan", r.nan_policy == NanPolicy::Spec ? "spec" : "exact"},
      {"calls", calls},
      {"outcomes", outcomes},
      {"replay", fmt::format("tandem replay {}", dir)},
  };
  // The regression file last: its presence marks a complete bundle.
  TANDEM_TRY_STATUS(write_file((root / "reduced.wasm").string(), r.diff_case.wasm));
  TANDEM_TRY_STATUS(write_file((root / "reduced.wat").string(), bytes_of(wat)));
  TANDEM_TRY_STATUS(write_file((root / "bundle.json").string(), bytes_of(bundle.dump(2) + "\n")));
  TANDEM_TRY_STATUS(write_file((root / "report.md").string(), bytes_of(render_markdown(page))));
  TANDEM_TRY_STATUS(write_file((root / "report.html").string(), bytes_of(render_html(page))));
  return write_file((root / kBundleRegressionFile).string(), bytes_of(regression_text));
}

Result<Regression> read_bundle(const std::string& path) {
  std::error_code ec;
  const std::string file = fs::is_directory(path, ec) ? (fs::path(path) / kBundleRegressionFile).string() : path;
  TANDEM_TRY(std::vector<uint8_t> data, read_file(file));
  return parse_regression(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()), file);
}

BundleReplay replay_bundle(const Regression& r) {
  BundleReplay out;
  out.recorded = r.signature.empty() ? "agree" : r.signature;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(r.diff_options());
  if (!oracle) {
    out.why = oracle.error().message;
    return out;
  }
  DiffVerdict v = (*oracle)->run(r.diff_case);
  out.now = v.kind == DiffVerdict::Kind::Agree      ? "agree"
            : v.kind == DiffVerdict::Kind::Mismatch ? v.finding->signature()
                                                    : "inconclusive: " + v.inconclusive_reason;
  out.why = v.finding ? v.finding->to_string() : "";
  out.status = same_signature(out.recorded, out.now) ? BundleReplay::Status::Same : BundleReplay::Status::Different;
  return out;
}

Result<std::string> claim_bundle_dir(const std::string& base) {
  std::error_code ec;
  for (int i = 1;; ++i) {
    const fs::path dir = i == 1 ? fs::path(base) : fs::path(base) / fmt::format("reduced-{}", i);
    if (fs::exists(dir / kBundleRegressionFile, ec)) continue;  // a bundle from before claims
    fs::create_directories(dir, ec);
    if (ec) return make_error(ErrorKind::Io, fmt::format("cannot make {}: {}", dir.string(), ec.message()));
    // O_EXCL: of two reductions that reach one folder at once, one creates
    // the claim and the other moves on.
    const int fd = ::open((dir / kBundleClaimFile).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ::close(fd);
      return dir.string();
    }
    if (errno != EEXIST)
      return make_error(ErrorKind::Io, fmt::format("cannot claim {}: {}", dir.string(), std::strerror(errno)));
  }
}

void release_bundle_dir(const std::string& dir) {
  std::error_code ec;
  fs::remove(fs::path(dir) / kBundleClaimFile, ec);
}

}  // namespace tandem::oracle
