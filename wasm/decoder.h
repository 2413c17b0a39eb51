// The binary decoder: bytes in, Module out, or an error with its byte offset.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::wasm {

// Decodes the binary format (the spec's "malformed" checks) and refuses
// anything outside the feature scope with an Unsupported error naming the
// feature and the offset. Function bodies are not walked here; the validator
// walks them.
Result<Module> decode(std::span<const uint8_t> bytes);
Result<Module> decode(std::vector<uint8_t>&& bytes);

}  // namespace tandem::wasm
