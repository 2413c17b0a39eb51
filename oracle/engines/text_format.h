// The text format, through wabt's library: .wat to binary and back. Every
// place that accepts a .wat (the CLI, the spec runner, the regression
// corpus) goes through here.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wasm/result.h"

namespace tandem::oracle {

// Parses a text module and encodes it. Errors (ErrorKind::Malformed) carry
// wabt's messages with line:column.
Result<std::vector<uint8_t>> wat_to_wasm(std::string_view text, std::string_view filename = "<input>");

// Disassembles a binary module to text (wasm2wat style, folded off).
Result<std::string> wasm_to_wat(std::span<const uint8_t> wasm);

// Reads a whole file. ErrorKind::Io names the path and the reason.
Result<std::vector<uint8_t>> read_file(const std::string& path);
Status write_file(const std::string& path, std::span<const uint8_t> bytes);

// Whether `bytes` start with the binary format's magic ("\0asm").
bool has_wasm_magic(std::span<const uint8_t> bytes);

// Whether bytes that are not a binary module are worth giving to the text
// parser: printable text whose first token (after blanks and comments) is
// "(". Random bytes are not, and the parser's errors would echo them.
bool looks_like_text_module(std::string_view text);

// Reads FILE.wasm as is, or FILE.wat / FILE.wast (one module) through wat_to_wasm;
// decided by content (the binary magic), not by extension.
Result<std::vector<uint8_t>> load_module_file(const std::string& path);

}  // namespace tandem::oracle
