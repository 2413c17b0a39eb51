#include "tests/generator/wabt_support.h"

#include <map>
#include <string_view>

#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader-nop.h"
#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/feature.h"
#include "wabt/ir.h"
#include "wabt/validator.h"

namespace tandem::generator::testing {
namespace {

class OpcodeCollector : public wabt::BinaryReaderNop {
 public:
  explicit OpcodeCollector(std::vector<wasm::Opcode>& out) : out_(out) {
    for (const wasm::OpInfo& info : wasm::all_ops()) by_name_.emplace(info.text, info.opcode);
  }
  bool in_body = false;
  wabt::Result BeginFunctionBody(wabt::Index, wabt::Offset) override {
    in_body = true;
    return wabt::Result::Ok;
  }
  wabt::Result EndFunctionBody(wabt::Index) override {
    in_body = false;
    return wabt::Result::Ok;
  }
  wabt::Result OnOpcode(wabt::Opcode op) override {
    if (!in_body) return wabt::Result::Ok;
    // A select with a type vector reads as "select" too.
    auto it = by_name_.find(op.GetName());
    if (op == wabt::Opcode::SelectT)
      out_.push_back(wasm::Opcode::SelectT);
    else if (it != by_name_.end())
      out_.push_back(it->second);
    else
      unknown = true;
    return wabt::Result::Ok;
  }
  bool unknown = false;

 private:
  std::vector<wasm::Opcode>& out_;
  std::map<std::string_view, wasm::Opcode> by_name_;
};

class ConstantCollector : public wabt::BinaryReaderNop {
 public:
  explicit ConstantCollector(BodyConstants& out) : out_(out) {}
  wabt::Result BeginFunctionBody(wabt::Index, wabt::Offset) override { return in_body_ = true, wabt::Result::Ok; }
  wabt::Result EndFunctionBody(wabt::Index) override { return in_body_ = false, wabt::Result::Ok; }
  wabt::Result OnI32ConstExpr(uint32_t v) override { return add(out_.i32, v); }
  wabt::Result OnI64ConstExpr(uint64_t v) override { return add(out_.i64, v); }
  wabt::Result OnF32ConstExpr(uint32_t v) override { return add(out_.f32, v); }
  wabt::Result OnF64ConstExpr(uint64_t v) override { return add(out_.f64, v); }
  wabt::Result OnLoadExpr(wabt::Opcode, wabt::Index, wabt::Address, wabt::Address offset) override {
    return add(out_.memarg_offsets, offset);
  }
  wabt::Result OnStoreExpr(wabt::Opcode, wabt::Index, wabt::Address, wabt::Address offset) override {
    return add(out_.memarg_offsets, offset);
  }

 private:
  template <class Set, class T>
  wabt::Result add(Set& set, T v) {
    if (in_body_) set.insert(v);
    return wabt::Result::Ok;
  }
  BodyConstants& out_;
  bool in_body_ = false;
};

}  // namespace

void collect_constants(std::span<const uint8_t> wasm, BodyConstants& out) {
  ConstantCollector collector(out);
  wabt::Features features;
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  (void)wabt::ReadBinary(wasm.data(), wasm.size(), &collector, options);
}

std::string wabt_validate(std::span<const uint8_t> wasm) {
  wabt::Errors errors;
  wabt::Module module;
  wabt::Features features;  // wabt's defaults: the feature scope of wasm/, without SIMD use
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  if (wabt::Failed(wabt::ReadBinaryIr("<generated>", wasm.data(), wasm.size(), options, &errors, &module)) ||
      wabt::Failed(wabt::ValidateModule(&module, &errors, wabt::ValidateOptions(features)))) {
    std::string text = wabt::FormatErrorsToString(errors, wabt::Location::Type::Binary);
    return text.empty() ? "wabt rejected the module" : text;
  }
  return {};
}

std::vector<wasm::Opcode> body_opcodes(std::span<const uint8_t> wasm) {
  std::vector<wasm::Opcode> ops;
  OpcodeCollector collector(ops);
  wabt::Features features;
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  if (wabt::Failed(wabt::ReadBinary(wasm.data(), wasm.size(), &collector, options)) || collector.unknown) ops.clear();
  return ops;
}

std::vector<uint8_t> random_input(uint64_t seed, size_t size) {
  std::vector<uint8_t> bytes(size);
  uint64_t s = seed * 0x9e3779b97f4a7c15ull + 1;
  for (size_t i = 0; i < size; ++i) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    bytes[i] = static_cast<uint8_t>(s >> 24);
  }
  return bytes;
}

}  // namespace tandem::generator::testing
