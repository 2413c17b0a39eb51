// tandem reduce INPUT: reproduces a finding of the differential fuzz target
// from its input bytes (or a regression .wat), shrinks it while its
// signature holds, and writes a regression file plus a report.
#include <fmt/format.h>

#include <filesystem>

#include "oracle/differential_fuzzer.h"
#include "oracle/reducer.h"
#include "oracle/regression.h"
#include "oracle/text_format.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct ReduceArgs {
  std::string input;
  std::string output;
  std::string scope = "full";
  uint32_t max_attempts = 5000;
};

int run_reduce(const ReduceArgs& a) {
  Result<std::vector<uint8_t>> data = oracle::read_file(a.input);
  if (!data) {
    fmt::print(stderr, "tandem: {}\n", data.error().to_string());
    return 2;
  }
  oracle::DiffCase c;
  oracle::ReduceOptions options;
  std::string_view text(reinterpret_cast<const char*>(data->data()), data->size());
  if (text.starts_with(";; tandem regression")) {
    Result<oracle::Regression> r = oracle::parse_regression(text, a.input);
    if (!r) {
      fmt::print(stderr, "tandem: {}\n", r.error().to_string());
      return 2;
    }
    c = r->diff_case;
    options.diff.settings = r->settings;
    options.diff.with_optimizing_unoptimized = true;
  } else {
    oracle::DifferentialFuzzer::Options fo;
    fo.scope = a.scope == "integer" ? generator::Scope::IntegerCore : generator::Scope::Full;
    oracle::DifferentialFuzzer fuzzer(fo);
    oracle::DiffVerdict v = fuzzer.run(*data);
    if (v.kind != oracle::DiffVerdict::Kind::Mismatch) {
      fmt::print(stderr, "tandem: {} does not reproduce a mismatch (verdict: {})\n", a.input,
                 v.kind == oracle::DiffVerdict::Kind::Agree ? "agree" : "inconclusive: " + v.inconclusive_reason);
      return 1;
    }
    fmt::print("reproduced: {}\n", v.finding->to_string());
    c = fuzzer.last_case();
    options.diff = fuzzer.options_for(*data);
  }
  options.max_attempts = a.max_attempts;
  Result<oracle::ReduceResult> reduced = oracle::reduce(c, options);
  if (!reduced) {
    fmt::print(stderr, "tandem: {}\n", reduced.error().to_string());
    return 1;
  }
  fmt::print("reduced {} -> {} bytes, {} -> {} calls ({} candidates tried, {} kept)\n", reduced->original_size,
             reduced->reduced.wasm.size(), c.calls.size(), reduced->reduced.calls.size(), reduced->attempts,
             reduced->accepted);
  fmt::print("finding: {}\nsignature: {}\n", reduced->finding.to_string(), reduced->finding.signature());

  oracle::Regression r;
  r.finding = reduced->finding.to_string();
  r.signature = reduced->finding.signature();
  r.settings = options.diff.settings;
  r.diff_case = reduced->reduced;
  if (Result<std::vector<std::string>> expected = oracle::reference_outcomes(r.diff_case, r.settings); expected)
    r.expected = std::move(expected).value();
  Result<std::string> file = oracle::format_regression(r);
  if (!file) {
    fmt::print(stderr, "tandem: {}\n", file.error().to_string());
    return 2;
  }
  std::string out = a.output;
  if (out.empty()) {
    std::string name = r.signature;
    for (char& ch : name)
      if (ch == '/' || ch == ' ') ch = '-';
    std::filesystem::create_directories("reports");
    out = "reports/" + name + ".wat";
  }
  Status st = oracle::write_file(out, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(file->data()), file->size()));
  if (!st) {
    fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    return 2;
  }
  fmt::print("wrote {} (replay it with: tandem regress {})\n", out, out);
  return 0;
}

}  // namespace

void register_reduce_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<ReduceArgs>();
  auto* cmd = app.add_subcommand("reduce", "Shrink a differential finding and write it as a regression file");
  cmd->add_option("input", args->input, "A differential fuzz input (crash-*) or a regression .wat")->required();
  cmd->add_option("-o,--output", args->output, "Regression file to write (default: reports/<signature>.wat)");
  cmd->add_option("--scope", args->scope, "Generator scope of the fuzz input: full | integer")
      ->check(CLI::IsMember({"full", "integer"}));
  cmd->add_option("--max-attempts", args->max_attempts, "Candidates to try at most");
  cmd->callback([args, &exit] { exit.value = run_reduce(*args); });
}

}  // namespace tandem::tools
