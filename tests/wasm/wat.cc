#include "tests/wasm/wat.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "wabt/binary-writer.h"
#include "wabt/error-formatter.h"
#include "wabt/feature.h"
#include "wabt/ir.h"
#include "wabt/resolve-names.h"
#include "wabt/stream.h"
#include "wabt/wast-lexer.h"
#include "wabt/wast-parser.h"

namespace tandem::wasm::testing {

std::vector<uint8_t> wat(std::string_view text) {
  wabt::Features features;
  features.EnableAll();  // SIMD and the rest too: tests check that they are refused
  wabt::Errors errors;
  std::unique_ptr<wabt::WastLexer> lexer =
      wabt::WastLexer::CreateBufferLexer("test.wat", text.data(), text.size(), &errors);
  wabt::WastParseOptions parse_options(features);
  std::unique_ptr<wabt::Module> module;
  if (wabt::Failed(wabt::ParseWatModule(lexer.get(), &module, &errors, &parse_options)) ||
      wabt::Failed(wabt::ResolveNamesModule(module.get(), &errors))) {
    ADD_FAILURE() << "bad test module:\n"
                  << text << "\n"
                  << wabt::FormatErrorsToString(errors, wabt::Location::Type::Text);
    return {};
  }
  wabt::MemoryStream stream;
  wabt::WriteBinaryOptions write_options(features, /*canonicalize_lebs=*/true, /*relocatable=*/false,
                                         /*write_debug_names=*/false);
  if (wabt::Failed(wabt::WriteBinaryModule(&stream, module.get(), write_options))) {
    ADD_FAILURE() << "cannot encode test module:\n" << text;
    return {};
  }
  return std::move(stream.output_buffer().data);
}

std::vector<uint8_t> wat_func(std::string_view func, std::string_view prelude) {
  return wat("(module " + std::string(prelude) + " (func " + std::string(func) + "))");
}

}  // namespace tandem::wasm::testing
