#include "backends/optimizing/ir/simd_eval.h"

#include <cstring>

namespace tandem::optimizing::ir {

namespace {

using wasm::Opcode;

// A v128 as 16 bytes, lane 0 first.
struct Bytes {
  uint8_t b[16];

  static Bytes of(const SimdConstant& c) {
    Bytes x;
    std::memcpy(x.b, &c.low, 8);
    std::memcpy(x.b + 8, &c.high, 8);
    return x;
  }
  SimdConstant constant() const {
    SimdConstant c{Type::V128, 0, 0};
    std::memcpy(&c.low, b, 8);
    std::memcpy(&c.high, b + 8, 8);
    return c;
  }
  uint64_t lane(int width, int k) const {
    uint64_t x = 0;
    std::memcpy(&x, b + k * width, width);
    return x;
  }
  void set_lane(int width, int k, uint64_t x) { std::memcpy(b + k * width, &x, width); }
};

uint64_t sign_extend(uint64_t x, int width) {
  int shift = 64 - 8 * width;
  return static_cast<uint64_t>(static_cast<int64_t>(x << shift) >> shift);
}

// The lane width in bytes of an operator's shape: 16 lanes are bytes, ...
int width_of(Opcode op) { return 16 / wasm::op_info(op).lanes; }

SimdConstant scalar(Type t, uint64_t bits) { return {t, t == Type::I32 ? bits & 0xffffffffu : bits, 0}; }

}  // namespace

bool eval_simd(Opcode op, uint32_t lane, std::span<const SimdConstant> args, SimdConstant* out) {
  switch (op) {
    case Opcode::I8X16Splat:
    case Opcode::I16X8Splat:
    case Opcode::I32X4Splat:
    case Opcode::I64X2Splat:
    case Opcode::F32X4Splat:
    case Opcode::F64X2Splat: {
      int w = width_of(op);
      Bytes x;
      for (int k = 0; k < 16 / w; ++k) x.set_lane(w, k, args[0].low);
      *out = x.constant();
      return true;
    }
    case Opcode::I8X16ExtractLaneS:
    case Opcode::I16X8ExtractLaneS: {
      int w = width_of(op);
      *out = scalar(Type::I32, sign_extend(Bytes::of(args[0]).lane(w, lane), w));
      return true;
    }
    case Opcode::I8X16ExtractLaneU:
    case Opcode::I16X8ExtractLaneU:
    case Opcode::I32X4ExtractLane: *out = scalar(Type::I32, Bytes::of(args[0]).lane(width_of(op), lane)); return true;
    case Opcode::I64X2ExtractLane: *out = scalar(Type::I64, Bytes::of(args[0]).lane(8, lane)); return true;
    case Opcode::F32X4ExtractLane: *out = scalar(Type::F32, Bytes::of(args[0]).lane(4, lane)); return true;
    case Opcode::F64X2ExtractLane: *out = scalar(Type::F64, Bytes::of(args[0]).lane(8, lane)); return true;
    case Opcode::I8X16ReplaceLane:
    case Opcode::I16X8ReplaceLane:
    case Opcode::I32X4ReplaceLane:
    case Opcode::I64X2ReplaceLane:
    case Opcode::F32X4ReplaceLane:
    case Opcode::F64X2ReplaceLane: {
      Bytes x = Bytes::of(args[0]);
      x.set_lane(width_of(op), lane, args[1].low);
      *out = x.constant();
      return true;
    }
    case Opcode::V128Not: *out = {Type::V128, ~args[0].low, ~args[0].high}; return true;
    case Opcode::V128And: *out = {Type::V128, args[0].low & args[1].low, args[0].high & args[1].high}; return true;
    case Opcode::V128Or: *out = {Type::V128, args[0].low | args[1].low, args[0].high | args[1].high}; return true;
    case Opcode::V128Xor: *out = {Type::V128, args[0].low ^ args[1].low, args[0].high ^ args[1].high}; return true;
    case Opcode::V128Andnot: *out = {Type::V128, args[0].low & ~args[1].low, args[0].high & ~args[1].high}; return true;
    case Opcode::V128Bitselect:
      *out = {Type::V128, (args[0].low & args[2].low) | (args[1].low & ~args[2].low),
              (args[0].high & args[2].high) | (args[1].high & ~args[2].high)};
      return true;
    case Opcode::V128AnyTrue: *out = scalar(Type::I32, (args[0].low | args[0].high) != 0); return true;
    case Opcode::I8X16AllTrue:
    case Opcode::I16X8AllTrue:
    case Opcode::I32X4AllTrue:
    case Opcode::I64X2AllTrue: {
      int w = width_of(op);
      Bytes x = Bytes::of(args[0]);
      bool all = true;
      for (int k = 0; k < 16 / w; ++k) all &= x.lane(w, k) != 0;
      *out = scalar(Type::I32, all);
      return true;
    }
    case Opcode::I8X16Bitmask:
    case Opcode::I16X8Bitmask:
    case Opcode::I32X4Bitmask:
    case Opcode::I64X2Bitmask: {
      int w = width_of(op);
      Bytes x = Bytes::of(args[0]);
      uint64_t mask = 0;
      for (int k = 0; k < 16 / w; ++k) mask |= (x.lane(w, k) >> (8 * w - 1) & 1) << k;
      *out = scalar(Type::I32, mask);
      return true;
    }
    default: break;
  }
  // Lane-wise integer add, sub, neg and (in)equality.
  enum class Lanewise : uint8_t { Add, Sub, Neg, Eq, Ne };
  Lanewise kind;
  switch (op) {
    case Opcode::I8X16Add:
    case Opcode::I16X8Add:
    case Opcode::I32X4Add:
    case Opcode::I64X2Add: kind = Lanewise::Add; break;
    case Opcode::I8X16Sub:
    case Opcode::I16X8Sub:
    case Opcode::I32X4Sub:
    case Opcode::I64X2Sub: kind = Lanewise::Sub; break;
    case Opcode::I8X16Neg:
    case Opcode::I16X8Neg:
    case Opcode::I32X4Neg:
    case Opcode::I64X2Neg: kind = Lanewise::Neg; break;
    case Opcode::I8X16Eq:
    case Opcode::I16X8Eq:
    case Opcode::I32X4Eq:
    case Opcode::I64X2Eq: kind = Lanewise::Eq; break;
    case Opcode::I8X16Ne:
    case Opcode::I16X8Ne:
    case Opcode::I32X4Ne:
    case Opcode::I64X2Ne: kind = Lanewise::Ne; break;
    default: return false;
  }
  int w = width_of(op);
  Bytes a = Bytes::of(args[0]);
  Bytes b = args.size() > 1 ? Bytes::of(args[1]) : Bytes{};
  Bytes r{};
  for (int k = 0; k < 16 / w; ++k) {
    uint64_t x = a.lane(w, k), y = b.lane(w, k);
    uint64_t v = 0;
    switch (kind) {
      case Lanewise::Add: v = x + y; break;
      case Lanewise::Sub: v = x - y; break;
      case Lanewise::Neg: v = 0 - x; break;
      case Lanewise::Eq: v = x == y ? ~0ull : 0; break;
      case Lanewise::Ne: v = x != y ? ~0ull : 0; break;
    }
    r.set_lane(w, k, v);  // keeps the lane's low bytes
  }
  *out = r.constant();
  return true;
}

}  // namespace tandem::optimizing::ir
