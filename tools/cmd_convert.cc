// tandem wat2wasm / wasm2wat: text-format conversion through wabt's library,
// where a user of a wasm tool expects it.
#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct ConvertOptions {
  std::string input;
  std::string output;
};

// Writes to the output path, or to stdout when none was given.
int emit(const ConvertOptions& opts, std::span<const uint8_t> bytes) {
  if (opts.output.empty() || opts.output == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    return 0;
  }
  Status st = oracle::write_file(opts.output, bytes);
  if (!st) {
    fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    return 1;
  }
  return 0;
}

}  // namespace

void register_convert_commands(CLI::App& app, ExitCode& exit) {
  auto w2b = std::make_shared<ConvertOptions>();
  auto* wat2wasm = app.add_subcommand("wat2wasm", "Convert a text module to binary");
  wat2wasm->add_option("input", w2b->input, "Text module (.wat)")->required();
  wat2wasm->add_option("-o,--output", w2b->output, "Output file (default: stdout)");
  wat2wasm->callback([w2b, &exit] {
    Result<std::vector<uint8_t>> text = oracle::read_file(w2b->input);
    if (!text) {
      fmt::print(stderr, "tandem: {}\n", text.error().to_string());
      exit.value = 1;
      return;
    }
    std::string_view src(reinterpret_cast<const char*>(text->data()), text->size());
    if (!oracle::looks_like_text_module(src)) {
      fmt::print(stderr, "tandem: {}: not a text module (binary bytes, or text that does not start with '(')\n",
                 w2b->input);
      exit.value = 1;
      return;
    }
    Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(src, w2b->input);
    if (!wasm) {
      fmt::print(stderr, "tandem: {}\n", wasm.error().to_string());
      exit.value = 1;
      return;
    }
    exit.value = emit(*w2b, *wasm);
  });

  auto b2w = std::make_shared<ConvertOptions>();
  auto* wasm2wat = app.add_subcommand("wasm2wat", "Convert a binary module to text");
  wasm2wat->add_option("input", b2w->input, "Binary module (.wasm)")->required();
  wasm2wat->add_option("-o,--output", b2w->output, "Output file (default: stdout)");
  wasm2wat->callback([b2w, &exit] {
    Result<std::vector<uint8_t>> wasm = oracle::read_file(b2w->input);
    if (!wasm) {
      fmt::print(stderr, "tandem: {}\n", wasm.error().to_string());
      exit.value = 1;
      return;
    }
    Result<std::string> wat = oracle::wasm_to_wat(*wasm);
    if (!wat) {
      fmt::print(stderr, "tandem: {}\n", wat.error().to_string());
      exit.value = 1;
      return;
    }
    exit.value = emit(*b2w, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(wat->data()), wat->size()));
  });
}

}  // namespace tandem::tools
