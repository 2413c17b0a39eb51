#include "oracle/engines/text_format.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "wabt/apply-names.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/binary-writer.h"
#include "wabt/error-formatter.h"
#include "wabt/feature.h"
#include "wabt/generate-names.h"
#include "wabt/ir.h"
#include "wabt/resolve-names.h"
#include "wabt/stream.h"
#include "wabt/wast-lexer.h"
#include "wabt/wast-parser.h"
#include "wabt/wat-writer.h"

namespace tandem::oracle {
namespace {

// The text front end accepts every proposal wabt knows, so that a module
// outside the feature scope still converts and is then refused by name by
// wasm/'s decoder, instead of failing here with a parse error.
wabt::Features all_features() {
  wabt::Features f;
  f.EnableAll();
  return f;
}

std::string format_errors(const wabt::Errors& errors, wabt::WastLexer* lexer) {
  auto finder = lexer ? lexer->MakeLineFinder() : nullptr;
  std::string text = wabt::FormatErrorsToString(errors, wabt::Location::Type::Text, finder.get(), wabt::Color(), "",
                                                wabt::PrintHeader::Never, 80);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace

Result<std::vector<uint8_t>> wat_to_wasm(std::string_view text, std::string_view filename) {
  wabt::Errors errors;
  std::unique_ptr<wabt::WastLexer> lexer =
      wabt::WastLexer::CreateBufferLexer(std::string(filename), text.data(), text.size(), &errors);
  wabt::Features features = all_features();
  wabt::WastParseOptions parse_options(features);
  std::unique_ptr<wabt::Module> module;
  if (wabt::Failed(wabt::ParseWatModule(lexer.get(), &module, &errors, &parse_options)))
    return make_error(ErrorKind::Malformed, format_errors(errors, lexer.get()));
  wabt::MemoryStream stream;
  wabt::WriteBinaryOptions write_options;
  write_options.features = features;
  write_options.canonicalize_lebs = true;
  write_options.relocatable = false;
  write_options.write_debug_names = false;
  if (wabt::Failed(wabt::WriteBinaryModule(&stream, module.get(), write_options)))
    return make_error(ErrorKind::Malformed, fmt::format("{}: cannot encode the module", filename));
  return std::vector<uint8_t>(stream.output_buffer().data.begin(), stream.output_buffer().data.end());
}

Result<std::string> wasm_to_wat(std::span<const uint8_t> wasm) {
  wabt::Errors errors;
  wabt::Module module;
  wabt::Features features = all_features();
  wabt::ReadBinaryOptions options(features, nullptr, /*read_debug_names=*/true,
                                  /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/false);
  if (wabt::Failed(wabt::ReadBinaryIr("<input>", wasm.data(), wasm.size(), options, &errors, &module)))
    return make_error(ErrorKind::Malformed, wabt::FormatErrorsToString(errors, wabt::Location::Type::Binary));
  wabt::GenerateNames(&module);
  wabt::ApplyNames(&module);
  wabt::MemoryStream stream;
  wabt::WriteWatOptions wat_options;
  wat_options.fold_exprs = false;
  if (wabt::Failed(wabt::WriteWat(&stream, &module, wat_options)))
    return make_error(ErrorKind::Internal, "cannot write the text format");
  const auto& data = stream.output_buffer().data;
  return std::string(data.begin(), data.end());
}

Result<std::vector<uint8_t>> read_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return make_error(ErrorKind::Io, fmt::format("cannot open '{}': {}", path, std::strerror(errno)));
  std::vector<uint8_t> bytes;
  uint8_t chunk[65536];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) bytes.insert(bytes.end(), chunk, chunk + n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return make_error(ErrorKind::Io, fmt::format("cannot read '{}'", path));
  return bytes;
}

Status write_file(const std::string& path, std::span<const uint8_t> bytes) {
  // A regular file is written under a temporary name and renamed into
  // place, so that a process killed mid-write (a campaign stopped with
  // SIGKILL) leaves the old file or the new one, never half of one.
  struct stat st {};
  const bool special = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);  // /dev/stdout, a fifo
  const std::string target = special ? path : fmt::format("{}.tmp-{}", path, ::getpid());
  std::FILE* f = std::fopen(target.c_str(), "wb");
  if (!f) return make_error(ErrorKind::Io, fmt::format("cannot create '{}': {}", path, std::strerror(errno)));
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (ok && !special && std::rename(target.c_str(), path.c_str()) != 0) ok = false;
  if (!ok) {
    if (!special) std::remove(target.c_str());
    return make_error(ErrorKind::Io, fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  }
  return {};
}

bool looks_like_text_module(std::string_view text) {
  // Text: no control bytes but tabs and line ends, and the first thing
  // after blanks and comments is an opening parenthesis. Anything else
  // would reach the text parser, whose errors quote the input back.
  for (char ch : text) {
    auto u = static_cast<unsigned char>(ch);
    if (u < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') return false;
  }
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      ++i;
    } else if (text.substr(i, 2) == ";;") {
      i = text.find('\n', i);
      if (i == std::string_view::npos) return false;
    } else if (text.substr(i, 2) == "(;") {
      i = text.find(";)", i + 2);
      if (i == std::string_view::npos) return false;
      i += 2;
    } else {
      return text[i] == '(';
    }
  }
  return false;
}

bool has_wasm_magic(std::span<const uint8_t> bytes) {
  static constexpr uint8_t kMagic[] = {0x00, 0x61, 0x73, 0x6d};
  return bytes.size() >= 4 && std::memcmp(bytes.data(), kMagic, 4) == 0;
}

Result<std::vector<uint8_t>> load_module_file(const std::string& path) {
  TANDEM_TRY(std::vector<uint8_t> bytes, read_file(path));
  if (has_wasm_magic(bytes)) return bytes;
  std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (!looks_like_text_module(text))
    return make_error(
        ErrorKind::Malformed,
        fmt::format("{}: not a WebAssembly module (no binary magic \\0asm, and not a text module)", path));
  return wat_to_wasm(text, path);
}

}  // namespace tandem::oracle
