#include "oracle/sweep/sweep_simd.h"

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "oracle/sweep/sweep_memory.h"
#include "wasm/edge_value_tiers.h"

namespace tandem::oracle {
namespace {

using wasm::ImmKind;
using wasm::OpInfo;
using wasm::SigType;
using wasm::ValType;

// A lane type: its width in bits and its edge values.
struct LaneShape {
  uint32_t bits;
  std::span<const uint64_t> edges;
};

constexpr uint64_t kI8Edges[] = {0, 1, 2, 0x40, 0x55, 0x7e, 0x7f, 0x80, 0x81, 0xaa, 0xfe, 0xff};
constexpr uint64_t kI16Edges[] = {0,      1,      2,      0x7f,   0x80,   0xff,   0x100,  0x4000,
                                  0x5555, 0x7ffe, 0x7fff, 0x8000, 0x8001, 0xaaaa, 0xfffe, 0xffff};

// The shape of the lanes `text`'s v128 operands are read as: the last
// shape its name spells (a conversion or widening names its source last),
// i32x4 for the bitwise v128 operators.
LaneShape operand_shape(std::string_view text) {
  static constexpr std::array<std::string_view, 6> kShapes = {"i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2"};
  size_t best = std::string_view::npos, at = 0;
  for (size_t i = 0; i < kShapes.size(); ++i) {
    size_t p = text.rfind(kShapes[i]);
    if (p != std::string_view::npos && (best == std::string_view::npos || p > at)) best = i, at = p;
  }
  using wasm::EdgeTier;
  switch (best) {
    case 0: return {8, kI8Edges};
    case 1: return {16, kI16Edges};
    case 3: return {64, wasm::edge_values(ValType::I64, EdgeTier::Interesting)};
    case 4: return {32, wasm::edge_values(ValType::F32, EdgeTier::Interesting)};
    case 5: return {64, wasm::edge_values(ValType::F64, EdgeTier::Interesting)};
    default: return {32, wasm::edge_values(ValType::I32, EdgeTier::Interesting)};
  }
}

Value v128_of(const std::array<uint64_t, 16>& lanes, uint32_t bits) {
  uint64_t lo = 0, hi = 0;
  const uint32_t count = 128 / bits;
  const uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
  for (uint32_t j = 0; j < count; ++j) {
    const uint32_t at = j * bits;
    (at < 64 ? lo : hi) |= (lanes[j] & mask) << (at % 64);
  }
  return Value::v128(lo, hi);
}

// Vectors of `shape`'s edges: consecutive windows of them (every edge in
// some lane, next to others), then each edge in every lane.
std::vector<Value> vectors(const LaneShape& shape) {
  const uint32_t count = 128 / shape.bits;
  const size_t n = shape.edges.size();
  std::vector<Value> out;
  std::array<uint64_t, 16> lanes{};
  for (size_t k = 0; k * count < n + count; ++k) {
    for (uint32_t j = 0; j < count; ++j) lanes[j] = shape.edges[(k * count + j) % n];
    out.push_back(v128_of(lanes, shape.bits));
  }
  for (uint64_t e : shape.edges) {
    lanes.fill(e);
    out.push_back(v128_of(lanes, shape.bits));
  }
  return out;
}

std::span<const uint64_t> scalar_edges(ValType t) { return wasm::edge_values(t, wasm::EdgeTier::Interesting); }

Value scalar(ValType t, uint64_t bits) { return Value{t, bits, false}; }

std::vector<ValType> params_of(const OpInfo& op) {
  std::vector<ValType> params;
  for (SigType t : op.in)
    if (t != SigType::None) params.push_back(wasm::sig_val_type(t));
  return params;
}

SweepCase make_case(const OpInfo& op, std::string name) {
  SweepCase c;
  c.name = std::move(name);
  c.covers = {op.opcode};
  c.nan_policy = op.nan_nondeterministic ? NanPolicy::Spec : NanPolicy::Exact;
  return c;
}

// The argument lists for operands of these types: each v128 operand's
// vectors paired with its neighbours' at a few distances (the full product
// of two vector lists is too long for every operator), scalars by their
// edges.
std::vector<std::vector<Value>> argument_lists(const OpInfo& op, const std::vector<ValType>& params) {
  const std::vector<Value> vs = vectors(operand_shape(op.text));
  std::vector<std::vector<Value>> out;
  const bool scalar_second = params.size() == 2 && params[1] != ValType::V128;
  if (params.size() == 1 && params[0] == ValType::V128) {
    for (const Value& v : vs) out.push_back({v});
  } else if (params.size() == 1) {
    for (uint64_t e : scalar_edges(params[0])) out.push_back({scalar(params[0], e)});
  } else if (scalar_second) {  // a shift count or a replacement lane
    std::span<const uint64_t> es = scalar_edges(params[1]);
    for (size_t i = 0; i < vs.size(); ++i)
      for (size_t d : {size_t{0}, size_t{7}}) out.push_back({vs[i], scalar(params[1], es[(i + d) % es.size()])});
  } else {
    static constexpr size_t kDistances[] = {0, 1, 2, 5, 11};
    for (size_t i = 0; i < vs.size(); ++i)
      for (size_t d : kDistances) {
        std::vector<Value> args = {vs[i], vs[(i + d) % vs.size()]};
        if (params.size() == 3) args.push_back(vs[(i + 2 * d + 3) % vs.size()]);
        out.push_back(std::move(args));
      }
  }
  return out;
}

std::string signature(const std::vector<ValType>& params, SigType out) {
  std::string text = " (param";
  for (ValType t : params) text += fmt::format(" {}", wasm::val_type_name(t));
  text += ")";
  if (out != SigType::None) text += fmt::format(" (result {})", wasm::val_type_name(wasm::sig_val_type(out)));
  return text;
}

std::string gets(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) text += fmt::format(" local.get {}", i);
  return text;
}

// One function per immediate (none, lane numbers or shuffle patterns),
// each called with every argument list.
SweepCase with_immediates(const OpInfo& op, const std::vector<std::string>& immediates) {
  SweepCase c = make_case(op, op.text);
  const std::vector<ValType> params = params_of(op);
  const std::vector<std::vector<Value>> args = argument_lists(op, params);
  std::string funcs;
  for (size_t k = 0; k < immediates.size(); ++k) {
    funcs += fmt::format(" (func (export \"f{}\"){}{} {}{})", k, signature(params, op.out), gets(params.size()),
                         op.text, immediates[k]);
    for (const std::vector<Value>& a : args) c.calls.push_back(DiffCall{fmt::format("f{}", k), a});
  }
  c.wat = "(module" + funcs + ")";
  return c;
}

std::vector<std::string> lane_immediates(const OpInfo& op) {
  const uint32_t last = op.lanes - 1;
  return {" 0", fmt::format(" {}", op.lanes / 2 - (op.lanes > 2 ? 1 : 0)), fmt::format(" {}", last)};
}

std::vector<std::string> shuffle_immediates() {
  std::vector<std::string> out;
  auto add = [&](auto lane_of) {
    std::string text;
    for (uint32_t i = 0; i < 16; ++i) text += fmt::format(" {}", lane_of(i));
    out.push_back(text);
  };
  add([](uint32_t i) { return i; });                     // identity: the first operand
  add([](uint32_t i) { return 31 - i; });                // reversal across both
  add([](uint32_t) { return 5; });                       // one lane repeated
  add([](uint32_t i) { return i / 2 + (i % 2) * 16; });  // interleave
  add([](uint32_t i) { return 16 + (i * 7) % 16; });     // every lane from the second
  return out;
}

std::string v128_text(const Value& v) { return fmt::format("v128.const i64x2 {} {}", v.bits, v.hi); }

SweepCase const_case(const OpInfo& op) {
  SweepCase c = make_case(op, op.text);
  std::string funcs;
  std::vector<Value> vs = vectors(operand_shape("f32x4"));
  for (const Value& v : vectors(operand_shape("i8x16"))) vs.push_back(v);
  for (size_t i = 0; i < vs.size(); ++i) {
    funcs += fmt::format(" (func (export \"c{}\") (result v128) {})", i, v128_text(vs[i]));
    c.calls.push_back(DiffCall{fmt::format("c{}", i), {}});
  }
  c.wat = "(module" + funcs + ")";
  return c;
}

// A lane load or store (v128.load8_lane ...) or a whole v128.store: at
// every edge address under every offset, lanes 0 and the last.
SweepCase memory_case(const OpInfo& op) {
  using sweep_memory::kAddresses;
  using sweep_memory::kOffsets;
  SweepCase c = make_case(op, op.text);
  const std::vector<Value> vs = vectors(operand_shape("i8x16"));
  const bool lanes = op.imm == ImmKind::MemArgLane;
  const std::vector<std::string> lane_texts =
      lanes ? std::vector<std::string>{" 0", fmt::format(" {}", op.lanes - 1)} : std::vector<std::string>{""};
  std::string funcs;
  size_t k = 0;
  for (size_t o = 0; o < std::size(kOffsets); ++o)
    for (const std::string& lane : lane_texts) {
      funcs += fmt::format(" (func (export \"m{}\") (param i32 v128){} local.get 0 local.get 1 {} offset={}{})", k,
                           op.out == SigType::None ? "" : " (result v128)", op.text, kOffsets[o], lane);
      for (size_t a = 0; a < std::size(kAddresses); ++a)
        c.calls.push_back(DiffCall{fmt::format("m{}", k), {Value::i32(kAddresses[a]), vs[(a * 5 + o) % vs.size()]}});
      ++k;
    }
  c.wat = fmt::format("(module {}{})", sweep_memory::kMemoryWithData, funcs);
  return c;
}

// The operator with its v128 operand a constant (the last, or the only
// one): the backends' constant folding and immediate forms meet the edges
// too.
SweepCase constant_operand_case(const OpInfo& op) {
  SweepCase c = make_case(op, op.text + std::string(" (constant operand)"));
  const std::vector<ValType> params = params_of(op);
  const std::vector<Value> vs = vectors(operand_shape(op.text));
  std::vector<ValType> rest(params.begin(), params.end() - 1);
  std::string funcs;
  const std::vector<std::vector<Value>> args = argument_lists(op, params);
  for (size_t k = 0; k < vs.size(); k += 3) {
    funcs += fmt::format(" (func (export \"k{}\"){}{} {} {})", k, signature(rest, op.out), gets(rest.size()),
                         v128_text(vs[k]), op.text);
    if (rest.empty()) {
      c.calls.push_back(DiffCall{fmt::format("k{}", k), {}});
      continue;
    }
    for (size_t i = k % 5; i < args.size(); i += 17)
      c.calls.push_back(DiffCall{fmt::format("k{}", k), std::vector<Value>(args[i].begin(), args[i].end() - 1)});
  }
  c.wat = "(module" + funcs + ")";
  return c;
}

}  // namespace

std::vector<SweepCase> simd_sweep_cases(const OpInfo& op) {
  if (!op.is_simd()) return {};
  switch (op.imm) {
    case ImmKind::V128Const: return {const_case(op)};
    case ImmKind::Shuffle: return {with_immediates(op, shuffle_immediates())};
    case ImmKind::Lane: return {with_immediates(op, lane_immediates(op))};
    case ImmKind::MemArg:
    case ImmKind::MemArgLane: return {memory_case(op)};
    default: break;
  }
  std::vector<SweepCase> out = {with_immediates(op, {""})};
  const std::vector<ValType> params = params_of(op);
  if (!params.empty() && params.back() == ValType::V128) out.push_back(constant_operand_case(op));
  return out;
}

}  // namespace tandem::oracle
