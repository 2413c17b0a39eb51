#include "oracle/differential/edge_args.h"

namespace tandem::oracle {
namespace {

using wasm::ValType;

const Value kI32[] = {Value::i32(0), Value::i32(1), Value::i32(0xffffffffu), Value::i32(0x80000000u),
                      Value::i32(0x7fffffffu), Value::i32(31), Value::i32(32), Value::i32(65536)};
const Value kI64[] = {Value::i64(0), Value::i64(1), Value::i64(~0ull), Value::i64(1ull << 63),
                      Value::i64(~0ull >> 1), Value::i64(63), Value::i64(64), Value::i64(0x100000000ull)};
const Value kF32[] = {Value::f32_bits(0), Value::f32_bits(0x3f800000u), Value::f32_bits(0xbf800000u),
                      Value::f32_bits(0x7fc00000u), Value::f32_bits(0x80000000u), Value::f32_bits(0x7f800000u),
                      Value::f32_bits(0x4f000000u) /* 2^31 */, Value::f32_bits(0x00000001u) /* subnormal */};
const Value kF64[] = {Value::f64_bits(0), Value::f64_bits(0x3ff0000000000000ull),
                      Value::f64_bits(0xbff0000000000000ull), Value::f64_bits(0x7ff8000000000000ull),
                      Value::f64_bits(0x8000000000000000ull), Value::f64_bits(0x7ff0000000000000ull),
                      Value::f64_bits(0x41e0000000000000ull) /* 2^31 */, Value::f64_bits(1) /* subnormal */};
const Value kFuncRef[] = {Value::null_ref(ValType::FuncRef)};
const Value kExternRef[] = {Value::null_ref(ValType::ExternRef), Value::extern_ref(0), Value::extern_ref(7)};

}  // namespace

std::span<const Value> edge_values(ValType type) {
  switch (type) {
    case ValType::I32: return kI32;
    case ValType::I64: return kI64;
    case ValType::F32: return kF32;
    case ValType::F64: return kF64;
    case ValType::FuncRef: return kFuncRef;
    case ValType::ExternRef: return kExternRef;
    default: return {};
  }
}

std::vector<std::vector<Value>> edge_argument_lists(std::span<const ValType> params, size_t count) {
  std::vector<std::vector<Value>> lists;
  if (params.empty()) {
    lists.emplace_back();
    return lists;
  }
  for (size_t k = 0; k < count; ++k) {
    std::vector<Value> args;
    for (size_t p = 0; p < params.size(); ++p) {
      std::span<const Value> edges = edge_values(params[p]);
      if (edges.empty()) return {};
      args.push_back(edges[(k + p * (k > 0)) % edges.size()]);
    }
    lists.push_back(std::move(args));
  }
  return lists;
}

}  // namespace tandem::oracle
