// tandem spec FILE.wast... --engine NAME...: runs spec testsuite scripts
// against engines and counts passed / failed / unsupported per file and
// engine (oracle/spec/spec_runner.h says what each count means).
//
// --expect FILE.json holds the counts every (engine, file) must produce, as
// {"engine": {"file.wast": {"passed": N, "failed": N, "unsupported": N,
// "text_passed": N, "text_failed": N}}}; with it, the exit status reports
// differences from those counts (known failures included in them are not
// errors), and --bless rewrites the file with the counts of this run instead.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "oracle/engines/engine_factory.h"
#include "oracle/engines/text_format.h"
#include "oracle/spec/spec_runner.h"
#include "tools/cli_support.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

using oracle::spec::CommandKind;
using oracle::spec::Counts;
using oracle::spec::FileReport;
using Json = nlohmann::ordered_json;

struct SpecOptions {
  std::vector<std::string> files;
  std::vector<std::string> engines;
  bool json = false;
  bool verbose = false;
  bool list_engines = false;
  bool bless = false;
  std::string expect;
  std::vector<std::string> settings;  // compiler settings for native engines
  bool in_process = false;
  uint32_t call_timeout_ms = 10000;  // a runaway loop in native code ends as timed_out
};

// One engine with the host environment it links against.
struct EngineSlot {
  std::string name;
  oracle::EngineTraits traits;
  std::unique_ptr<oracle::HostEnv> host;
  std::unique_ptr<oracle::Engine> engine;
  FileReport totals;
  uint32_t files = 0;
};

std::string basename_of(const std::string& path) { return std::filesystem::path(path).filename().string(); }

Json counts_json(const FileReport& r) {
  Counts total = r.total();
  return Json{{"passed", total.passed},
              {"failed", total.failed},
              {"unsupported", total.unsupported},
              {"text_passed", r.text.passed},
              {"text_failed", r.text.failed}};
}

void print_details(std::FILE* out, const std::string& file, const FileReport& r) {
  for (const oracle::spec::Failure& f : r.failures)
    fmt::print(out, "  {}:{}: {}{} [{}]: expected {}; got {}\n", file, f.line, oracle::spec::command_kind_name(f.kind),
               f.text ? " (text)" : "", r.engine, f.expected, f.actual);
  for (const auto& [why, n] : r.unsupported_reasons)
    fmt::print(out, "  {}: {} unsupported [{}]: {}\n", file, n, r.engine, why);
}

void print_file_line(const std::string& file, const FileReport& r) {
  Counts t = r.total();
  fmt::print("{:<40} {:<10} {:>6} passed {:>5} failed {:>5} unsupported   text {:>4} passed {:>3} failed\n", file,
             r.engine, t.passed, t.failed, t.unsupported, r.text.passed, r.text.failed);
}

void print_totals(const EngineSlot& e) {
  Counts t = e.totals.total();
  fmt::print("\n{} over {} file(s): {} passed, {} failed, {} unsupported; text: {} passed, {} failed\n", e.name,
             e.files, t.passed, t.failed, t.unsupported, e.totals.text.passed, e.totals.text.failed);
  fmt::print("  {:<24} {:>8} {:>8} {:>12}\n", "assertion", "passed", "failed", "unsupported");
  for (size_t k = 0; k < oracle::spec::kNumCommandKinds; ++k) {
    const Counts& c = e.totals.by_kind[k];
    if (c == Counts{}) continue;
    fmt::print("  {:<24} {:>8} {:>8} {:>12}\n", oracle::spec::command_kind_name(static_cast<CommandKind>(k)), c.passed,
               c.failed, c.unsupported);
  }
  if (e.totals.text.passed || e.totals.text.failed)
    fmt::print("  {:<24} {:>8} {:>8} {:>12}\n", "text (quoted modules)", e.totals.text.passed, e.totals.text.failed,
               "-");
}

Result<Json> load_expectations(const std::string& path, bool may_be_missing) {
  if (may_be_missing && !std::filesystem::exists(path)) return Json::object();
  TANDEM_TRY(std::vector<uint8_t> bytes, oracle::read_file(path));
  Json j = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object())
    return make_error(ErrorKind::Usage, fmt::format("{}: not a JSON object of engine -> file -> counts", path));
  return j;
}

// Differences between a report and its expected counts, one line each.
std::vector<std::string> compare(const Json& expectations, const std::string& file, const FileReport& r) {
  const Json actual = counts_json(r);
  auto engine = expectations.find(r.engine);
  if (engine == expectations.end() || !engine->is_object() || !engine->contains(file))
    return {fmt::format("{} [{}]: no expectation (got {})", file, r.engine, actual.dump())};
  const Json& expected = (*engine)[file];
  std::string diff;
  for (const auto& [key, value] : actual.items()) {
    auto e = expected.find(key);
    if (e != expected.end() && e->is_number_unsigned() && e->get<uint64_t>() == value.get<uint64_t>()) continue;
    diff += fmt::format("{}{} {} (expected {})", diff.empty() ? "" : ", ", key, value.dump(),
                        e == expected.end() ? std::string("none") : e->dump());
  }
  if (diff.empty()) return {};
  return {fmt::format("{} [{}]: {}", file, r.engine, diff)};
}

// One line per (engine, file), so that a change of counts is a one-line diff.
std::string format_expectations(const Json& expectations) {
  std::string text = "{\n";
  size_t e = 0;
  for (const auto& [engine, files] : expectations.items()) {
    text += fmt::format("  {}: {{\n", Json(engine).dump());
    size_t f = 0;
    for (const auto& [file, counts] : files.items())
      text += fmt::format("    {}: {}{}\n", Json(file).dump(), counts.dump(), ++f < files.size() ? "," : "");
    text += fmt::format("  }}{}\n", ++e < expectations.size() ? "," : "");
  }
  return text + "}\n";
}

int run_spec(const SpecOptions& opt) {
  if (opt.list_engines) {
    for (const oracle::EngineTraits& e : oracle::registered_engines()) fmt::print("{}\n", e.name);
    return 0;
  }
  if (opt.files.empty()) {
    fmt::print(stderr, "tandem spec: no .wast file given\n");
    return 2;
  }
  if (opt.engines.empty()) {
    fmt::print(stderr, "tandem spec: no --engine given\n");
    return 2;
  }
  if (opt.bless && opt.expect.empty()) {
    fmt::print(stderr, "tandem spec: --bless needs --expect FILE.json\n");
    return 2;
  }

  std::vector<EngineSlot> engines;
  for (const std::string& name : opt.engines) {
    if (std::any_of(engines.begin(), engines.end(), [&](const EngineSlot& e) { return e.name == name; })) continue;
    EngineSlot slot;
    slot.name = name;
    slot.host = std::make_unique<oracle::HostEnv>(oracle::HostEnv::spectest());
    Result<std::unique_ptr<oracle::Engine>> engine =
        oracle::make_engine(name, slot.host.get(), opt.settings, {opt.in_process, opt.call_timeout_ms});
    if (!engine.ok()) {
      fmt::print(stderr, "tandem spec: {}\n", engine.error().message);
      return 2;
    }
    slot.traits = *oracle::find_engine(name);
    slot.engine = std::move(*engine);
    engines.push_back(std::move(slot));
  }

  std::optional<Json> expectations;
  if (!opt.expect.empty()) {
    Result<Json> loaded = load_expectations(opt.expect, opt.bless);
    if (!loaded.ok()) {
      fmt::print(stderr, "tandem spec: {}\n", loaded.error().to_string());
      return 2;
    }
    expectations = std::move(*loaded);
  }

  bool errors = false, failures = false;
  std::vector<std::string> differences;
  for (const std::string& path : opt.files) {
    Result<oracle::spec::Script> script = oracle::spec::read_script(path);
    if (!script.ok()) {
      fmt::print(stderr, "{}: cannot read the script: {}\n", path, script.error().message);
      errors = true;
      continue;
    }
    std::string file = basename_of(path);
    for (EngineSlot& e : engines) {
      e.host->clear_trace();
      FileReport r = oracle::spec::run_script(*script, *e.engine, oracle::spec::RunOptions{e.traits.runs_code});
      failures = failures || r.total().failed > 0 || r.text.failed > 0;
      if (opt.json) {
        Json line{{"file", file}, {"engine", e.name}};
        line.update(counts_json(r));
        fmt::print("{}\n", line.dump());
      } else {
        print_file_line(file, r);
      }
      std::fflush(stdout);  // a line per file as it completes, also when piped
      if (opt.verbose) print_details(opt.json ? stderr : stdout, path, r);
      if (expectations && opt.bless) {
        Json& per_engine = (*expectations)[e.name];
        if (!per_engine.is_object()) per_engine = Json::object();
        per_engine[file] = counts_json(r);
      } else if (expectations) {
        std::vector<std::string> d = compare(*expectations, file, r);
        differences.insert(differences.end(), d.begin(), d.end());
      }
      r.failures.clear();  // the totals keep counts (and unsupported reasons) only
      e.totals += r;
      ++e.files;
    }
  }
  if (!opt.json)
    for (const EngineSlot& e : engines)
      if (e.files > 0) print_totals(e);

  if (expectations && opt.bless) {
    std::string text = format_expectations(*expectations);
    Status s = oracle::write_file(opt.expect, std::span(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
    if (!s.ok()) {
      fmt::print(stderr, "tandem spec: {}\n", s.error().to_string());
      return 1;
    }
    fmt::print(stderr, "tandem spec: wrote {}\n", opt.expect);
    return errors ? 1 : 0;
  }
  if (expectations) {
    for (const std::string& d : differences) fmt::print(stderr, "expectation mismatch: {}\n", d);
    return (errors || !differences.empty()) ? 1 : 0;
  }
  return (errors || failures) ? 1 : 0;
}

}  // namespace

void register_spec_command(CLI::App& app, ExitCode& exit) {
  auto* cmd = app.add_subcommand("spec", "Run spec testsuite scripts (.wast) against engines");
  cmd->footer(
      "Counts per file and engine: passed, failed, unsupported (the engine refused something as outside its\n"
      "scope, or the assertion depends on such a module), and text passed/failed (assert_malformed and\n"
      "assert_invalid on quoted text: wabt's text front end, not the engine). A voice that runs no code\n"
      "(validator) is judged on module assertions only; its actions are counted nowhere.");
  auto opt = std::make_shared<SpecOptions>();
  cmd->add_option("files", opt->files, "Spec scripts (.wast)");
  cmd->add_option("--engine,-e", opt->engines, "Engine to run (repeatable); see --list-engines")
      ->allow_extra_args(false);  // one name per --engine: the files may follow it
  cmd->add_flag("--json", opt->json, "One JSON object of counts per file and engine");
  cmd->add_option("--expect", opt->expect, "JSON file of expected counts (engine -> file -> counts)");
  cmd->add_flag("--bless", opt->bless, "Write this run's counts into the --expect file instead of comparing");
  cmd->add_flag("--verbose,-v", opt->verbose, "Print every failure with its line, expectation and result");
  cmd->add_flag("--list-engines", opt->list_engines, "Print the engine names and exit");
  add_in_process_option(cmd, opt->in_process);
  add_call_timeout_option(cmd, opt->call_timeout_ms);
  cmd->add_option("--setting,-s", opt->settings, "Compiler setting name=value for native engines (repeatable)")
      ->allow_extra_args(false);
  cmd->callback([opt, &exit] { exit.value = run_spec(*opt); });
}

}  // namespace tandem::tools
