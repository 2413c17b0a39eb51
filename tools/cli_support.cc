#include "tools/cli_support.h"

#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <ctime>

#include "oracle/differential/edge_args.h"
#include "oracle/engines/text_format.h"
#include "oracle/engines/value_text.h"
#include "wasm/decoder.h"

namespace tandem::tools {

std::string now_utc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<LoadedModule> load_module(const std::string& path) {
  LoadedModule out;
  TANDEM_TRY(out.bytes, oracle::load_module_file(path));
  Result<wasm::Module> m = wasm::decode(out.bytes);
  if (!m) {
    Error e = m.take_error();
    e.message = fmt::format("{}: {}", path, e.message);
    return e;
  }
  out.module = std::move(m).value();
  return out;
}

Result<std::vector<oracle::Value>> parse_invocation(const wasm::Module& module, const std::string& name,
                                                    const std::vector<std::string>& values) {
  const wasm::Export* e = module.find_export(name);
  if (!e || e->kind != wasm::ExternKind::Func)
    return make_error(ErrorKind::Usage, fmt::format("the module exports no function '{}'", name));
  const wasm::FuncType& type = module.func_type(e->index);
  if (values.size() != type.params.size())
    return make_error(ErrorKind::Usage,
                      fmt::format("'{}' takes {} argument{} {}, got {}", name, type.params.size(),
                                  type.params.size() == 1 ? "" : "s", type.to_string(), values.size()));
  std::vector<oracle::Value> args;
  for (size_t i = 0; i < values.size(); ++i) {
    TANDEM_TRY(oracle::Value v, oracle::parse_value(values[i], type.params[i]));
    args.push_back(v);
  }
  return args;
}

void add_compile_budget_option(CLI::App* cmd, uint32_t& percent) {
  cmd->add_option("--compile-budget", percent,
                  "Compile-work budgets in percent of their limits (default 100); past one is a compile_blowup")
      ->check(CLI::Range(1u, 1000000u));
}

void add_call_timeout_option(CLI::App* cmd, uint32_t& ms) {
  cmd->add_option("--call-timeout", ms,
                  "Milliseconds one call of native code may run before it ends as timed_out (0: no limit)")
      ->check(CLI::Range(0u, 86400000u));
}

void add_in_process_option(CLI::App* cmd, bool& in_process) {
  cmd->add_flag("--in-process", in_process,
                "Run native code in this process (for gdb), not in the sandboxed executor: a wild store or "
                "system call of generated code then reaches the tool itself");
}

std::vector<oracle::DiffCall> edge_calls(const wasm::Module& module, size_t lists) {
  std::vector<oracle::DiffCall> calls;
  for (const wasm::Export& e : module.exports) {
    if (e.kind != wasm::ExternKind::Func) continue;
    for (std::vector<oracle::Value>& args : oracle::edge_argument_lists(module.func_type(e.index).params, lists))
      calls.push_back(oracle::DiffCall{e.name, std::move(args)});
  }
  return calls;
}

namespace {
char g_timeout_message[256];
size_t g_timeout_message_length = 0;
// Two activity buffers: the handler reads the one `g_activity` names, which
// is only switched after the other is complete.
char g_activity_text[2][256];
size_t g_activity_length[2] = {0, 0};
std::atomic<int> g_activity{-1};

void write_stderr(const char* s, size_t n) {
  ssize_t ignored = ::write(STDERR_FILENO, s, n);
  (void)ignored;
}

void on_alarm(int) {
  // Async-signal-safe: every text was formatted before.
  write_stderr(g_timeout_message, g_timeout_message_length);
  if (int a = g_activity.load(); a >= 0) {
    write_stderr(": still ", 8);
    write_stderr(g_activity_text[a], g_activity_length[a]);
  }
  write_stderr(" (see --timeout)\n", 17);
  ::_exit(kExitTimedOut);
}
}  // namespace

void set_activity(std::string_view what) {
  int next = g_activity.load() == 0 ? 1 : 0;
  size_t n = std::min(what.size(), sizeof g_activity_text[next]);
  std::memcpy(g_activity_text[next], what.data(), n);
  g_activity_length[next] = n;
  g_activity.store(next);
}

void exit_after(unsigned seconds, const char* command) {
  if (seconds == 0) return;
  fmt::format_to_n_result<char*> end = fmt::format_to_n(g_timeout_message, sizeof g_timeout_message - 1,
                                                        "\ntandem {}: no verdict after {} s", command, seconds);
  g_timeout_message_length = static_cast<size_t>(end.out - g_timeout_message);
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, nullptr);
  alarm(seconds);
}

}  // namespace tandem::tools
