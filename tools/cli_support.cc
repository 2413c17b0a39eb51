#include "tools/cli_support.h"

#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <cstring>

#include "oracle/text_format.h"
#include "oracle/value_text.h"
#include "wasm/decoder.h"

namespace tandem::tools {

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
    return make_error(ErrorKind::Usage, fmt::format("'{}' takes {} argument{} {}, got {}", name, type.params.size(),
                                                    type.params.size() == 1 ? "" : "s", type.to_string(),
                                                    values.size()));
  std::vector<oracle::Value> args;
  for (size_t i = 0; i < values.size(); ++i) {
    TANDEM_TRY(oracle::Value v, oracle::parse_value(values[i], type.params[i]));
    args.push_back(v);
  }
  return args;
}

namespace {
char g_timeout_message[256];
size_t g_timeout_message_length = 0;

void on_alarm(int) {
  // Async-signal-safe: the message was formatted before the alarm was set.
  ssize_t ignored = ::write(STDERR_FILENO, g_timeout_message, g_timeout_message_length);
  (void)ignored;
  ::_exit(kExitTimedOut);
}
}  // namespace

void exit_after(unsigned seconds, const char* command) {
  if (seconds == 0) return;
  fmt::format_to_n_result<char*> end =
      fmt::format_to_n(g_timeout_message, sizeof g_timeout_message - 1,
                       "\ntandem {}: no verdict after {} s (a call that does not end? see --timeout)\n", command,
                       seconds);
  g_timeout_message_length = static_cast<size_t>(end.out - g_timeout_message);
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGALRM, &sa, nullptr);
  alarm(seconds);
}

}  // namespace tandem::tools
