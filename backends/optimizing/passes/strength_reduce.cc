// Strength reduction of multiplication and division by constants:
//
//   x * 2^k         x << k
//   x /u 2^k        x >>u k            x %u 2^k     x & (2^k - 1)
//   x /s 2^k        (x + ((x >>s (w-1)) >>u (w-k))) >>s k, negated for -2^k
//   x %s 2^k        x - ((x + bias) & -2^k)
//   x /u d          umulhi(x, m) >>u s, or the "add" form when the magic
//                   multiplier needs w+1 bits (Granlund and Montgomery,
//                   "Division by Invariant Integers using Multiplication")
//   x /s d          smulhi(x, M), corrected by +x or -x when the signs of
//                   d and M differ, >>s s, plus its own sign bit
//                   (Warren, "Hacker's Delight", 10-4 and 10-5)
//   x % d           x - (x / d) * d
//
// A division by a constant other than 0 (and, signed, -1) cannot trap, so
// replacing it removes no trap the program could take. Signed division by
// INT_MIN is left alone.
#include <bit>
#include <limits>

#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

struct UnsignedMagic {
  uint64_t multiplier;  // the low w bits
  uint32_t shift;
  bool add;  // the multiplier has w+1 bits: use the add form
};

// For w-bit unsigned n and 1 < d < 2^w, not a power of two.
UnsignedMagic unsigned_magic(uint64_t d, uint32_t w) {
  using u128 = unsigned __int128;
  uint32_t l = w - static_cast<uint32_t>(std::countl_zero(d - 1) - (64 - w));  // ceil(log2 d)
  for (uint32_t s = 0; s <= l && w + s < 128; ++s) {
    u128 pow = static_cast<u128>(1) << (w + s);
    u128 m = (pow + d - 1) / d;  // ceil(2^(w+s) / d)
    u128 e = m * d - pow;
    if (e <= (static_cast<u128>(1) << s) && m < (static_cast<u128>(1) << w)) {
      return {static_cast<uint64_t>(m), s, false};
    }
  }
  // The add form: m = floor(2^w * (2^l - d) / d) + 1, and
  // q = (t + ((n - t) >> 1)) >> (l - 1) with t = umulhi(n, m).
  u128 m = ((static_cast<u128>(1) << w) * ((static_cast<u128>(1) << l) - d)) / d + 1;
  return {static_cast<uint64_t>(m), l - 1, true};
}

struct SignedMagic {
  int64_t multiplier;
  uint32_t shift;
};

// Hacker's Delight, figure 10-1, for w-bit signed d with |d| >= 2.
SignedMagic signed_magic(int64_t d, uint32_t w) {
  const uint64_t mask = w == 64 ? ~0ull : (1ull << w) - 1;
  const uint64_t two_w1 = 1ull << (w - 1);
  uint64_t ad = (d < 0 ? -static_cast<uint64_t>(d) : static_cast<uint64_t>(d)) & mask;
  uint64_t t = two_w1 + ((static_cast<uint64_t>(d) & mask) >> (w - 1));
  uint64_t anc = t - 1 - t % ad;
  uint32_t p = w - 1;
  uint64_t q1 = two_w1 / anc, r1 = two_w1 - q1 * anc;
  uint64_t q2 = two_w1 / ad, r2 = two_w1 - q2 * ad;
  uint64_t delta;
  do {
    ++p;
    q1 = (2 * q1) & mask;
    r1 = (2 * r1) & mask;
    if (r1 >= anc) {
      q1 = (q1 + 1) & mask;
      r1 = (r1 - anc) & mask;
    }
    q2 = (2 * q2) & mask;
    r2 = (2 * r2) & mask;
    if (r2 >= ad) {
      q2 = (q2 + 1) & mask;
      r2 = (r2 - ad) & mask;
    }
    delta = ad - r2;
  } while (q1 < delta || (q1 == delta && r1 == 0));
  uint64_t m = (q2 + 1) & mask;
  if (d < 0) m = (-m) & mask;
  int64_t sm = w == 64 ? static_cast<int64_t>(m) : static_cast<int64_t>(static_cast<int32_t>(static_cast<uint32_t>(m)));
  return {sm, p - w};
}

class StrengthReducer {
 public:
  explicit StrengthReducer(Function& f) : f_(f) {}

  bool run() {
    bool changed = false;
    for (Block b : f_.layout()) {
      std::vector<Inst>& insts = f_.block_insts(b);
      out_.clear();
      bool block_changed = false;
      for (Inst inst : insts) {
        block_ = b;
        srcloc_ = f_.inst(inst).wasm_offset;
        Value r = reduce(inst);
        if (r.valid()) {
          f_.make_alias(f_.first_result(inst), r);
          f_.inst(inst).block = Block();
          block_changed = true;
        } else {
          out_.push_back(inst);
        }
      }
      if (block_changed) {
        insts.swap(out_);
        changed = true;
      }
    }
    if (changed) f_.resolve_aliases();
    return changed;
  }

 private:
  Value emit(Opcode op, Type t, Value a, Value b) {
    InstData d;
    d.opcode = op;
    d.type = t;
    d.wasm_offset = srcloc_;
    Inst i = f_.create_inst(d);
    Value args[] = {a, b};
    f_.set_inst_args(i, args);
    f_.inst(i).block = block_;
    out_.push_back(i);
    return f_.append_result(i, t);
  }
  Value constant(Type t, uint64_t v) {
    InstData d;
    d.opcode = Opcode::Iconst;
    d.type = t;
    d.imm = normalize(t, v);
    d.wasm_offset = srcloc_;
    Inst i = f_.create_inst(d);
    f_.inst(i).block = block_;
    out_.push_back(i);
    return f_.append_result(i, t);
  }

  // The replacement's value, or invalid to keep the instruction.
  Value reduce(Inst inst) {
    const InstData& d = f_.inst(inst);
    if (!is_int(d.type) || opcode_info(d.opcode).format != InstFormat::Binary) return Value();
    int64_t c = 0;
    Value x = f_.resolve(f_.inst_args(inst)[0]);
    if (!int_constant(f_, f_.resolve(f_.inst_args(inst)[1]), &c)) return Value();
    const Type t = d.type;
    const uint32_t w = type_bits(t);
    const uint64_t mask = type_mask(t);
    const uint64_t uc = static_cast<uint64_t>(c) & mask;
    const int64_t sc = t == Type::I32 ? static_cast<int32_t>(uc) : static_cast<int64_t>(uc);
    const bool pow2 = uc != 0 && (uc & (uc - 1)) == 0;
    const uint32_t k = pow2 ? static_cast<uint32_t>(std::countr_zero(uc)) : 0;
    switch (d.opcode) {
      case Opcode::Imul:
        if (pow2 && k > 0) return emit(Opcode::Ishl, t, x, constant(t, k));
        return Value();
      case Opcode::Udiv:
        if (uc <= 1) return Value();
        if (pow2) return emit(Opcode::Ushr, t, x, constant(t, k));
        return udiv(t, x, uc, w);
      case Opcode::Urem:
        if (uc <= 1) return Value();
        if (pow2) return emit(Opcode::Band, t, x, constant(t, uc - 1));
        return emit(Opcode::Isub, t, x, emit(Opcode::Imul, t, udiv(t, x, uc, w), constant(t, uc)));
      case Opcode::Sdiv:
      case Opcode::Srem: {
        const int64_t min = t == Type::I32 ? std::numeric_limits<int32_t>::min() : std::numeric_limits<int64_t>::min();
        if (sc == 0 || sc == 1 || sc == -1 || sc == min) return Value();
        uint64_t ad = sc < 0 ? static_cast<uint64_t>(-sc) : static_cast<uint64_t>(sc);
        bool apow2 = (ad & (ad - 1)) == 0;
        uint32_t ak = apow2 ? static_cast<uint32_t>(std::countr_zero(ad)) : 0;
        if (d.opcode == Opcode::Srem) {
          if (apow2) {
            // x - ((x + bias) & -2^k), bias = (x >>s (w-1)) >>u (w-k)
            Value biased = emit(Opcode::Iadd, t, x, bias(t, x, ak, w));
            Value rounded = emit(Opcode::Band, t, biased, constant(t, (~(ad - 1)) & mask));
            return emit(Opcode::Isub, t, x, rounded);
          }
          Value q = sdiv(t, x, sc, w);
          return emit(Opcode::Isub, t, x, emit(Opcode::Imul, t, q, constant(t, uc)));
        }
        if (apow2) {
          Value q = emit(Opcode::Sshr, t, emit(Opcode::Iadd, t, x, bias(t, x, ak, w)), constant(t, ak));
          return sc < 0 ? emit(Opcode::Isub, t, constant(t, 0), q) : q;
        }
        return sdiv(t, x, sc, w);
      }
      default: return Value();
    }
  }

  // (x >>s (w-1)) >>u (w-k): 2^k - 1 for negative x, else 0.
  Value bias(Type t, Value x, uint32_t k, uint32_t w) {
    Value sign = emit(Opcode::Sshr, t, x, constant(t, w - 1));
    return emit(Opcode::Ushr, t, sign, constant(t, w - k));
  }

  Value udiv(Type t, Value x, uint64_t d, uint32_t w) {
    UnsignedMagic m = unsigned_magic(d, w);
    Value hi = emit(Opcode::Umulhi, t, x, constant(t, m.multiplier));
    if (!m.add) return m.shift ? emit(Opcode::Ushr, t, hi, constant(t, m.shift)) : hi;
    Value diff = emit(Opcode::Isub, t, x, hi);
    Value half = emit(Opcode::Ushr, t, diff, constant(t, 1));
    Value sum = emit(Opcode::Iadd, t, half, hi);
    return m.shift ? emit(Opcode::Ushr, t, sum, constant(t, m.shift)) : sum;
  }

  Value sdiv(Type t, Value x, int64_t d, uint32_t w) {
    SignedMagic m = signed_magic(d, w);
    Value q = emit(Opcode::Smulhi, t, x, constant(t, static_cast<uint64_t>(m.multiplier)));
    if (d > 0 && m.multiplier < 0) q = emit(Opcode::Iadd, t, q, x);
    if (d < 0 && m.multiplier > 0) q = emit(Opcode::Isub, t, q, x);
    if (m.shift) q = emit(Opcode::Sshr, t, q, constant(t, m.shift));
    Value sign = emit(Opcode::Ushr, t, q, constant(t, w - 1));
    return emit(Opcode::Iadd, t, q, sign);
  }

  Function& f_;
  std::vector<Inst> out_;
  Block block_;
  uint32_t srcloc_ = 0;
};

}  // namespace

bool strength_reduce(Function& f, PassContext&) { return StrengthReducer(f).run(); }

}  // namespace tandem::optimizing::passes
