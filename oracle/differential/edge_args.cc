#include "oracle/differential/edge_args.h"

#include "wasm/edge_value_tiers.h"

namespace tandem::oracle {
namespace {

using wasm::ValType;

const Value kFuncRef[] = {Value::null_ref(ValType::FuncRef)};
const Value kExternRef[] = {Value::null_ref(ValType::ExternRef), Value::extern_ref(0), Value::extern_ref(7)};
// v128: zeros, ones, then the edges of a lane shape each (lane 0 lowest).
const Value kV128[] = {
    Value::v128(0, 0),
    Value::v128(~0ull, ~0ull),
    Value::v128(0x7fffffff'80000000ull, 0xffffffff'00000001ull),  // i32x4 INT32_MIN, INT32_MAX, 1, -1
    Value::v128(0x80000000'7fc00000ull, 0x3f800000'7f800000ull),  // f32x4 nan, -0.0, inf, 1.0
    Value::v128(0x7ff8000000000000ull, 0x8000000000000000ull),    // f64x2 nan, -0.0
};

// A numeric type's boundary edge values (wasm/edge_value_tiers.h): a few
// per type, so that a handful of lists reaches each.
std::vector<Value> boundary_values(ValType type) {
  std::vector<Value> values;
  for (uint64_t bits : wasm::edge_values(type, wasm::EdgeTier::Boundary)) values.push_back(Value{type, bits, false});
  return values;
}

std::span<const Value> numeric_edge_values(ValType type) {
  static const std::vector<Value> i32 = boundary_values(ValType::I32), i64 = boundary_values(ValType::I64),
                                  f32 = boundary_values(ValType::F32), f64 = boundary_values(ValType::F64);
  switch (type) {
    case ValType::I32: return i32;
    case ValType::I64: return i64;
    case ValType::F32: return f32;
    case ValType::F64: return f64;
    default: return {};
  }
}

}  // namespace

std::span<const Value> edge_values(ValType type) {
  switch (type) {
    case ValType::FuncRef: return kFuncRef;
    case ValType::ExternRef: return kExternRef;
    case ValType::V128: return kV128;
    default: return numeric_edge_values(type);
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
