// tandem run FILE --engine E --invoke EXPORT ARGS...: one engine, one module.
// Unknown function imports are satisfied by logging stubs that return zeros,
// and the spectest module is available, so modules from other toolchains run.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "oracle/engines/interp_engine.h"
#include "oracle/engines/native_engine.h"
#include "tools/cli_support.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct RunArgs {
  std::string file;
  std::string engine = "baseline";
  std::vector<std::string> settings;
  std::string invoke;
  std::vector<std::string> values;
  unsigned timeout = 300;
  uint32_t compile_budget = 100;
  uint32_t call_timeout_ms = 10000;
  bool in_process = false;
};

Result<std::unique_ptr<oracle::Engine>> make(const RunArgs& a, oracle::HostEnv* host) {
  if (a.engine == "interp") {
    if (!a.settings.empty()) return make_error(ErrorKind::Usage, "the interp engine takes no compiler settings");
    return std::unique_ptr<oracle::Engine>(std::make_unique<oracle::InterpEngine>(host));
  }
  oracle::NativeConfig config;
  if (a.engine == "baseline")
    config.mode = oracle::NativeConfig::Mode::Baseline;
  else if (a.engine == "optimizing")
    config.mode = oracle::NativeConfig::Mode::Optimizing;
  else if (a.engine == "mixed")
    config.mode = oracle::NativeConfig::Mode::Mixed;
  else
    return make_error(ErrorKind::Usage,
                      fmt::format("unknown engine '{}' (baseline, optimizing, mixed, interp)", a.engine));
  config.settings = a.settings;
  config.compile_budget_percent = a.compile_budget;
  config.limits.call_deadline_ms = a.call_timeout_ms;
  config.in_process = a.in_process;
  TANDEM_TRY(std::unique_ptr<oracle::NativeEngine> e, oracle::NativeEngine::create(host, std::move(config)));
  return std::unique_ptr<oracle::Engine>(std::move(e));
}

void print_trace(const oracle::HostEnv& host, size_t from) {
  const auto& trace = host.trace();
  for (size_t i = from; i < trace.size(); ++i) {
    std::string args;
    for (const oracle::Value& v : trace[i].args) args += (args.empty() ? "" : ", ") + v.to_string();
    const oracle::HostFunc& f = host.func(trace[i].func);
    fmt::print("  host call {}.{}({})\n", f.module, f.name, args);
  }
}

int run(const RunArgs& a) {
  if (a.invoke.empty() && !a.values.empty()) {
    fmt::print(stderr,
               "tandem: arguments ({}) without --invoke: name the export to call, or give none to call every "
               "export with edge values\n",
               fmt::join(a.values, " "));
    return 2;
  }
  Result<LoadedModule> loaded = load_module(a.file);
  if (!loaded) {
    fmt::print(stderr, "tandem: {}\n", loaded.error().to_string());
    return 2;
  }
  const wasm::Module& module = loaded->module;
  oracle::HostEnv host = oracle::HostEnv::spectest();
  host.set_stub_unknown_imports(true);
  Result<std::unique_ptr<oracle::Engine>> engine = make(a, &host);
  if (!engine) {
    fmt::print(stderr, "tandem: {}\n", engine.error().to_string());
    return 2;
  }
  set_activity("instantiating the module (its data and element segments, its start function)");
  oracle::InstantiateResult inst = (*engine)->instantiate(loaded->bytes);
  print_trace(host, 0);
  if (inst.status != oracle::InstantiateResult::Status::Ok) {
    fmt::print("{}: {}\n", oracle::instantiate_status_name(inst.status), inst.message);
    return inst.status == oracle::InstantiateResult::Status::CompilerError ||
                   inst.status == oracle::InstantiateResult::Status::CompileBlowup
               ? 1
               : 2;
  }

  std::vector<oracle::DiffCall> calls;
  if (!a.invoke.empty()) {
    Result<std::vector<oracle::Value>> args = parse_invocation(module, a.invoke, a.values);
    if (!args) {
      fmt::print(stderr, "tandem: {}\n", args.error().to_string());
      return 2;
    }
    calls.push_back(oracle::DiffCall{a.invoke, std::move(args).value()});
  } else {
    calls = edge_calls(module, 1);
  }

  int status = 0;
  for (const auto& [name, args] : calls) {
    size_t seen = host.trace().size();
    std::string shown;
    for (const oracle::Value& v : args) shown += (shown.empty() ? "" : ", ") + v.to_string();
    set_activity(fmt::format("in the call {}({})", name, shown));
    Result<oracle::Outcome> out = (*engine)->invoke(inst.id, name, args);
    if (!out) {
      fmt::print(stderr, "tandem: {}\n", out.error().to_string());
      return 2;
    }
    fmt::print("{}({}) -> {}\n", name, shown, out->to_string());
    print_trace(host, seen);
    if (out->kind == oracle::Outcome::Kind::Crashed) status = 1;
    // A call that did not end, as with --timeout; the other calls still run.
    if (out->kind == oracle::Outcome::Kind::TimedOut && status == 0) status = 3;
  }
  return status;
}

}  // namespace

void register_run_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<RunArgs>();
  auto* cmd = app.add_subcommand("run", "Run a module on one engine");
  cmd->add_option("file", args->file, "Module (.wasm or .wat)")->required();
  cmd->add_option("--engine,-e", args->engine, "baseline | optimizing | mixed | interp");
  cmd->add_option("--setting,-s", args->settings, "Compiler setting name=value (repeatable)");
  cmd->add_option("--invoke", args->invoke, "Export to call (default: every exported function)");
  cmd->add_option("values", args->values,
                  "Arguments for --invoke, typed by the export's parameters (after '--' when one starts with '-': "
                  "--invoke f -- -nan -inf)");
  cmd->add_option("--timeout", args->timeout, "Seconds before giving up with exit status 3 (0: never)");
  add_compile_budget_option(cmd, args->compile_budget);
  add_call_timeout_option(cmd, args->call_timeout_ms);
  add_in_process_option(cmd, args->in_process);
  cmd->callback([args, &exit] {
    exit_after(args->timeout, "run");
    exit.value = run(*args);
  });
}

}  // namespace tandem::tools
