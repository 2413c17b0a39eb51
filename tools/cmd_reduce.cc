// tandem reduce INPUT: reproduces a finding from the differential fuzz
// target's input bytes, a regression .wat, or a plain module (.wasm or .wat:
// every export called with edge arguments, under --setting), shrinks it
// while its signature holds, and writes a regression file. Fuzz bytes are
// read with the real-module seeds the fuzz target loads (TANDEM_REAL_SEEDS,
// or corpus/real and corpus/real/npm of the source tree).
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "oracle/differential/differential_fuzzer.h"
#include "oracle/engines/text_format.h"
#include "oracle/reduce/reducer.h"
#include "oracle/reduce/regression.h"
#include "tools/cli_support.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct ReduceArgs {
  std::string input;
  std::string output;
  std::string scope = "full";
  std::vector<std::string> settings;
  uint32_t max_attempts = 5000;
  uint32_t time_budget_seconds = 600;
  uint32_t compile_budget = 100;
};

// A module rather than fuzz bytes: the binary's magic, or text that is a
// module once comments and blanks are skipped.
bool is_plain_module(std::span<const uint8_t> data) {
  static constexpr uint8_t kMagic[] = {0x00, 0x61, 0x73, 0x6d};
  if (data.size() >= 4 && std::equal(std::begin(kMagic), std::end(kMagic), data.begin())) return true;
  std::string_view text(reinterpret_cast<const char*>(data.data()), data.size());
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      ++i;
    } else if (text.substr(i, 2) == ";;") {
      i = text.find('\n', i);
      if (i == std::string_view::npos) return false;
    } else {
      return text.substr(i, 7) == "(module";
    }
  }
  return false;
}

// Where the regression goes, checked before any work: an explicit -o must
// not exist yet and its folder must; the default is reports/ (made here).
Status check_output(const ReduceArgs& a) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (a.output.empty()) {
    fs::create_directories("reports", ec);
    if (ec) return make_error(ErrorKind::Io, fmt::format("cannot make reports/: {}", ec.message()));
    return {};
  }
  fs::path out(a.output);
  if (fs::exists(out, ec))
    return make_error(ErrorKind::Usage,
                      fmt::format("{} exists: a finding is never overwritten; choose another name", a.output));
  fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec))
    return make_error(ErrorKind::Io, fmt::format("cannot write {}: no folder {}", a.output, dir.string()));
  return {};
}

// reports/<signature>.wat, or -2, -3, ... after it when that name is taken.
std::string unused_report_path(const std::string& signature) {
  std::string name = signature;
  for (char& ch : name)
    if (ch == '/' || ch == ' ') ch = '-';
  std::string path = "reports/" + name + ".wat";
  for (int i = 2; std::filesystem::exists(path); ++i) path = fmt::format("reports/{}-{}.wat", name, i);
  return path;
}

int run_reduce(const ReduceArgs& a) {
  if (Status out = check_output(a); !out) {
    fmt::print(stderr, "tandem: {}\n", out.error().to_string());
    return 2;
  }
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
    if (r->mixed_mask) options.diff.mixed_mask = *r->mixed_mask;
    options.diff.with_optimizing_unoptimized = true;
  } else if (is_plain_module(*data)) {
    Result<LoadedModule> loaded = load_module(a.input);
    if (!loaded) {
      fmt::print(stderr, "tandem: {}\n", loaded.error().to_string());
      return 2;
    }
    c.wasm = loaded->bytes;
    c.calls = edge_calls(loaded->module, 1);
    options.diff.settings = a.settings;
    // Nobody canonicalized this module's NaNs.
    options.diff.nan_policy = oracle::NanPolicy::Spec;
  } else {
    oracle::DifferentialFuzzer::Options fo;
    fo.scope = a.scope == "integer" ? generator::Scope::IntegerCore : generator::Scope::Full;
    oracle::DifferentialFuzzer fuzzer(fo);
    // The seeds the fuzz target loaded: the input may be a real-module one.
    if (Status st = fuzzer.add_default_real_seeds(TANDEM_SOURCE_DIR); !st) {
      fmt::print(stderr, "tandem: real-module seeds: {}\n", st.error().to_string());
      return 2;
    }
    oracle::DiffVerdict v = fuzzer.run(*data);
    if (v.kind != oracle::DiffVerdict::Kind::Mismatch) {
      fmt::print(stderr, "tandem: {} does not reproduce a mismatch (verdict: {})\n", a.input,
                 v.kind == oracle::DiffVerdict::Kind::Agree ? "agree" : "inconclusive: " + v.inconclusive_reason);
      return 1;
    }
    if (!a.settings.empty()) {
      fmt::print(stderr, "tandem: a fuzz input draws its own settings; --setting is for plain modules\n");
      return 2;
    }
    fmt::print("reproduced: {}\n", v.finding->to_string());
    c = fuzzer.last_case();
    options.diff = fuzzer.options_for(*data);
  }
  options.max_attempts = a.max_attempts;
  options.time_budget = std::chrono::seconds(a.time_budget_seconds);
  options.diff.compile_budget_percent = a.compile_budget;
  Result<oracle::ReduceResult> reduced = oracle::reduce(c, options);
  if (!reduced) {
    fmt::print(stderr, "tandem: {}\n", reduced.error().to_string());
    return 1;
  }
  fmt::print(
      "reduced {} -> {} bytes, {} -> {} calls ({} candidates tried, {} kept, {} without a verdict in time, "
      "{} crashed; {} rounds, {})\n",
      reduced->original_size, reduced->reduced.wasm.size(), c.calls.size(), reduced->reduced.calls.size(),
      reduced->attempts, reduced->accepted, reduced->timed_out, reduced->died, reduced->rounds,
      reduced->converged ? "a fixed point" : "stopped by the attempt or time budget");
  fmt::print("finding: {}\nsignature: {}\n", reduced->finding.to_string(), reduced->finding.signature());

  oracle::Regression r;
  r.finding = reduced->finding.to_string();
  r.signature = reduced->finding.signature();
  Result<std::vector<std::string>> settings = oracle::explicit_settings(options.diff.settings);
  if (!settings) {
    fmt::print(stderr, "tandem: {}\n", settings.error().to_string());
    return 2;
  }
  r.settings = std::move(settings).value();
  r.mixed_mask = options.diff.mixed_mask;
  r.diff_case = reduced->reduced;
  Result<std::vector<std::string>> expected = oracle::reference_outcomes(r.diff_case, r.settings);
  if (!expected) {
    fmt::print(stderr, "tandem: the reference outcomes of the reduced case: {}\n", expected.error().to_string());
    return 1;
  }
  r.expected = std::move(expected).value();
  Result<std::string> file = oracle::format_regression(r);
  if (!file) {
    fmt::print(stderr, "tandem: {}\n", file.error().to_string());
    return 2;
  }
  std::string out = a.output.empty() ? unused_report_path(r.signature) : a.output;
  Status st =
      oracle::write_file(out, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(file->data()), file->size()));
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
  cmd->add_option("-o,--output", args->output,
                  "Regression file to write; must not exist (default: reports/<signature>.wat, or -2, -3, ...)");
  cmd->add_option("--scope", args->scope, "Generator scope of the fuzz input: full | integer")
      ->check(CLI::IsMember({"full", "integer"}));
  cmd->add_option("--setting,-s", args->settings, "Compiler setting name=value for a plain module (repeatable)");
  cmd->add_option("--max-attempts", args->max_attempts, "Candidates to try at most");
  cmd->add_option("--time-budget", args->time_budget_seconds,
                  "Seconds after which the smallest case so far is written (0: none)");
  add_compile_budget_option(cmd, args->compile_budget);
  cmd->callback([args, &exit] { exit.value = run_reduce(*args); });
}

}  // namespace tandem::tools
