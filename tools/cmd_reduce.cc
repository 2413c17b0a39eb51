// tandem reduce INPUT: reproduces a finding from the differential fuzz
// target's input bytes, a regression .wat, or a plain module (.wasm or .wat:
// every export called with edge arguments, under --setting), shrinks it
// while its signature holds, and writes a finding bundle (finding_bundle.h):
// the regression file, the module, bundle.json and the report. A bundle
// folder is an input too (its finding.wat). Fuzz bytes are
// read with the real-module seeds the fuzz target loads (TANDEM_REAL_SEEDS,
// or corpus/real and corpus/real/npm of the source tree).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "oracle/differential/differential_fuzzer.h"
#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_bundle.h"
#include "oracle/reduce/finding_store.h"
#include "oracle/reduce/reducer.h"
#include "oracle/reduce/regression.h"
#include "tools/cli_support.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct ReduceArgs {
  std::string input;
  std::string output;
  std::string store = "reports/findings";
  std::string scope = "full";
  std::vector<std::string> settings;
  std::string nan = "spec";
  bool nan_given = false;
  size_t lists = 4;  // as `tandem diff`
  bool lists_given = false;
  // The time budget bounds a run; a cap on candidates only made a fast
  // case stop early (the parallel-move finding spent 5,000 in 50 s).
  uint32_t max_attempts = 0;
  uint32_t time_budget_seconds = 600;
  uint32_t compile_budget = 100;
};

// A module rather than fuzz bytes: the binary's magic, a module file's
// extension, or text (oracle::looks_like_text_module: blanks and comments,
// then a parenthesis), which fuzz bytes never are in practice.
bool is_plain_module(const std::string& path, std::span<const uint8_t> data) {
  if (oracle::has_wasm_magic(data)) return true;
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".wat" || ext == ".wast" || ext == ".wasm") return true;
  return oracle::looks_like_text_module(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}

// Where the bundle goes, checked before any work: an explicit -o folder
// must not hold a finding yet and its parent must exist; the default is
// the signature's folder in the findings store, made only when a bundle is
// written, so its nearest existing folder must be one this process can
// write in.
Status check_output(const ReduceArgs& a) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (a.output.empty()) {
    fs::path existing = fs::absolute(a.store, ec);
    while (!fs::exists(existing, ec) && existing.has_parent_path() && existing != existing.parent_path())
      existing = existing.parent_path();
    if (!fs::is_directory(existing, ec))
      return make_error(ErrorKind::Io,
                        fmt::format("cannot make the store {}: {} is not a folder", a.store, existing.string()));
    if (access(existing.c_str(), W_OK | X_OK) != 0)
      return make_error(ErrorKind::Io,
                        fmt::format("cannot write the store {}: {}: {}", a.store, existing.string(), strerror(errno)));
    return {};
  }
  std::string folder = a.output;
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();  // "new/" names the folder "new"
  fs::path out(folder);
  if (fs::exists(out / oracle::kBundleRegressionFile, ec))
    return make_error(
        ErrorKind::Usage,
        fmt::format("{} already holds a finding: a finding is never overwritten; choose another folder", a.output));
  if (fs::exists(out, ec) && !fs::is_directory(out, ec))
    return make_error(ErrorKind::Usage, fmt::format("{} is a file; -o names the bundle's folder", a.output));
  fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  if (!fs::is_directory(parent, ec))
    return make_error(ErrorKind::Io, fmt::format("cannot write {}: no folder {}", a.output, parent.string()));
  return {};
}

// One line on stderr after a verdict, at most every half second: the walk's
// case (a restart's is larger than the best so far), candidates tried and
// kept; on a terminal the line is rewritten in place.
oracle::ReduceProgress progress_printer() {
  const bool tty = isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  auto last = start - std::chrono::seconds(1);
  return [tty, start, last](const oracle::Reduction& r) mutable {
    const auto now = std::chrono::steady_clock::now();
    if (now - last < std::chrono::milliseconds(500)) return;
    last = now;
    fmt::print(stderr, "{}reduce: round {}, {} bytes, {} calls; {} tried, {} kept; {:.1f} s{}", tty ? "\r\x1b[K" : "",
               r.rounds, r.reduced.wasm.size(), r.reduced.calls.size(), r.attempts, r.accepted,
               std::chrono::duration<double>(now - start).count(), tty ? "" : "\n");
  };
}

// Files `input` under `signature` in the store unless the signature has an
// entry there already (scripts/fuzz files each crash input before it
// reduces one).
Status file_unless_known(const std::string& store_dir, const std::string& signature, std::span<const uint8_t> input) {
  oracle::FindingStore store(store_dir);
  if (store.contains(signature)) return {};
  bool is_new = false;
  if (Result<oracle::StoredFinding> filed = store.add(signature, input, now_utc(), &is_new); !filed)
    return filed.take_error();
  fmt::print("filed {} in {}\n", signature, store_dir);
  return {};
}

int run_reduce(const ReduceArgs& a) {
  if (Status out = check_output(a); !out) {
    fmt::print(stderr, "tandem: {}\n", out.error().to_string());
    return 2;
  }
  std::error_code ec;
  const std::string input = std::filesystem::is_directory(a.input, ec)
                                ? (std::filesystem::path(a.input) / oracle::kBundleRegressionFile).string()
                                : a.input;
  Result<std::vector<uint8_t>> data = oracle::read_file(input);
  if (!data) {
    fmt::print(stderr, "tandem: {}\n", data.error().to_string());
    return 2;
  }
  oracle::DiffCase c;
  oracle::ReduceOptions options;
  std::string_view text(reinterpret_cast<const char*>(data->data()), data->size());
  const bool regression = text.starts_with(";; tandem regression");
  const bool plain = !regression && is_plain_module(input, *data);
  const bool fuzz_bytes = !regression && !plain;
  if (!plain && (!a.settings.empty() || a.nan_given || a.lists_given)) {
    fmt::print(stderr, "tandem: {} carries its own {}; --setting, --nan and --lists are for plain modules\n", a.input,
               regression ? "settings, NaN policy and calls" : "settings and calls (fuzz bytes)");
    return 2;
  }
  if (regression) {
    Result<oracle::Regression> r = oracle::parse_regression(text, input);
    if (!r) {
      fmt::print(stderr, "tandem: {}\n", r.error().to_string());
      return 2;
    }
    c = r->diff_case;
    options.diff = r->diff_options();
  } else if (plain) {
    // Judged as `tandem diff` judges it: the same calls (every export, edge
    // arguments) and the same host modules.
    Result<LoadedModule> loaded = load_module(input);
    if (!loaded) {
      fmt::print(stderr, "tandem: {}\n", loaded.error().to_string());
      return 2;
    }
    c.wasm = loaded->bytes;
    c.calls = edge_calls(loaded->module, a.lists);
    options.diff.settings = a.settings;
    options.diff.spectest_imports = true;
    // Nobody canonicalized this module's NaNs: spec unless told otherwise.
    options.diff.nan_policy = a.nan == "exact" ? oracle::NanPolicy::Exact : oracle::NanPolicy::Spec;
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
    fmt::print("reproduced: {}\n", v.finding->to_string());
    c = fuzzer.last_case();
    options.diff = fuzzer.options_for(*data);
  }
  options.max_attempts = a.max_attempts;
  options.time_budget = std::chrono::seconds(a.time_budget_seconds);
  options.on_progress = progress_printer();
  options.diff.compile_budget_percent = a.compile_budget;
  Result<oracle::ReduceResult> reduced = oracle::reduce(c, options);
  if (isatty(STDERR_FILENO)) fmt::print(stderr, "\r\x1b[K");
  if (!reduced) {
    fmt::print(stderr, "tandem: {}\n", reduced.error().to_string());
    return 1;
  }
  fmt::print(
      "reduced {} -> {} bytes, {} -> {} calls ({} candidates tried, {} met again, {} kept, {} without a verdict in "
      "time, {} crashed; {} rounds, {})\n",
      reduced->original_size, reduced->reduced.wasm.size(), c.calls.size(), reduced->reduced.calls.size(),
      reduced->attempts, reduced->repeated, reduced->accepted, reduced->timed_out, reduced->died, reduced->rounds,
      reduced->converged ? "a fixed point" : "stopped by the attempt or time budget");
  fmt::print("finding: {}\nsignature: {}\n", reduced->finding.to_string(), reduced->finding.signature());
  if (reduced->finding.signature() != reduced->target_signature)
    fmt::print("(the original's signature is {}: the reduced case lets the probes place its operator)\n",
               reduced->target_signature);

  oracle::Regression r;
  r.finding = reduced->finding.to_string();
  r.signature = reduced->finding.signature();
  r.settings = reduced->settings;
  if (!reduced->flags_not_needed.empty())
    fmt::print("turned off ISA flags the finding does not need ({} verdicts): {}\n", reduced->flag_verdicts,
               fmt::join(reduced->flags_not_needed, " "));
  r.mixed_mask = options.diff.mixed_mask;
  r.nan_policy = options.diff.nan_policy;
  r.diff_case = reduced->reduced;
  Result<std::vector<std::string>> expected = oracle::reference_outcomes(r.diff_case, r.settings);
  if (!expected) {
    fmt::print(stderr, "tandem: the reference outcomes of the reduced case: {}\n", expected.error().to_string());
    return 1;
  }
  r.expected = std::move(expected).value();
  // The oracle stops at the first mismatch: calls after it never run, and
  // have no outcome to expect. A reduction that ended with its budget may
  // still hold some.
  if (r.diff_case.calls.size() > r.expected.size()) r.diff_case.calls.resize(r.expected.size());
  // Beside the original's entry in the store, whose signature the fuzzer
  // filed; an input nobody filed (a module, a regression file) is filed
  // here, so that no bundle sits in the store without its entry.
  std::string base = a.output;
  if (base.empty()) {
    // The reduced case as a regression file: it reproduces the signature
    // by itself (settings, NaN policy, calls), which a module's bytes
    // without the options it was reduced under need not.
    Result<std::string> as_regression = oracle::format_regression(r);
    if (!as_regression) {
      fmt::print(stderr, "tandem: {}\n", as_regression.error().to_string());
      return 2;
    }
    const std::span<const uint8_t> input =
        fuzz_bytes
            ? std::span<const uint8_t>(*data)
            : std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(as_regression->data()), as_regression->size());
    if (Status st = file_unless_known(a.store, reduced->target_signature, input); !st) {
      fmt::print(stderr, "tandem: {}\n", st.error().to_string());
      return 2;
    }
    base = (std::filesystem::path(a.store) / oracle::FindingStore::folder_name(reduced->target_signature)).string();
  }
  Result<std::string> dir = oracle::claim_bundle_dir(base);
  if (!dir) {
    fmt::print(stderr, "tandem: {}\n", dir.error().to_string());
    return 2;
  }
  if (Status st = oracle::write_bundle(*dir, r, TANDEM_COMMIT); !st) {
    oracle::release_bundle_dir(*dir);  // the folder is free again
    fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    return 2;
  }
  fmt::print(
      "wrote {}/ ({}, reduced.wasm, reduced.wat, bundle.json, report.md, report.html)\nreplay it with: tandem replay "
      "{}\n",
      *dir, oracle::kBundleRegressionFile, *dir);
  return 0;
}

}  // namespace

void register_reduce_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<ReduceArgs>();
  auto* cmd = app.add_subcommand(
      "reduce", "Shrink a differential finding and write its bundle (regression file, module, report)");
  cmd->add_option("input", args->input,
                  "A differential fuzz input (crash-*), a bundle folder, a regression file, or a module (.wasm or "
                  ".wat: reduced to the first mismatch `tandem diff` finds under the same --setting and --nan)")
      ->required();
  cmd->add_option("-o,--output", args->output,
                  "The bundle's folder; must not hold a finding (default: the signature's folder in --store, or "
                  "reduced-2, -3, ... in it)");
  cmd->add_option("--store", args->store, "The findings store (default: reports/findings)");
  cmd->add_option("--scope", args->scope, "Generator scope of the fuzz input: full | integer")
      ->check(CLI::IsMember({"full", "integer"}));
  cmd->add_option("--setting,-s", args->settings, "Compiler setting name=value for a plain module (repeatable)");
  auto* nan = cmd->add_option("--nan", args->nan, "NaN policy for a plain module: spec (any NaN matches) or exact")
                  ->check(CLI::IsMember({"spec", "exact"}));
  auto* lists = cmd->add_option("--lists", args->lists, "Edge-value argument lists per export of a plain module")
                    ->check(CLI::Range(1, 64));
  cmd->add_option("--max-attempts", args->max_attempts, "Candidates to try at most (default 0: no limit)");
  cmd->add_option("--time-budget", args->time_budget_seconds,
                  "Seconds after which the smallest case so far is written (0: none)");
  add_compile_budget_option(cmd, args->compile_budget);
  cmd->callback([args, nan, lists, &exit] {
    args->nan_given = nan->count() > 0;
    args->lists_given = lists->count() > 0;
    exit.value = run_reduce(*args);
  });
}

}  // namespace tandem::tools
