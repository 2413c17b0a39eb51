// Constant folding and algebraic simplification, with wasm's semantics:
// arithmetic wraps, shift and rotate counts are taken modulo the width, a
// division that would trap (by zero; INT_MIN / -1) is left in place so it
// still traps, and float results are folded only when they are not NaN
// (whose payload the hardware, not the folder, decides) except for the
// sign-bit operations, which are exact on any input.
//
// The walk is in reverse postorder, so an instruction's arguments are
// folded before it (loop-carried block parameters excepted). A folded
// instruction becomes a constant in place; one that simplifies to an
// existing value becomes an alias of it and is removed.
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "backends/optimizing/ir/const_eval.h"
#include "backends/optimizing/ir/simd_eval.h"
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

int64_t sext(Type t, uint64_t v) {
  return t == Type::I32 ? static_cast<int64_t>(static_cast<int32_t>(static_cast<uint32_t>(v)))
                        : static_cast<int64_t>(v);
}

// ---- floats -----------------------------------------------------------------

struct FloatConst {
  Type type;
  uint64_t bits;
  double value() const {
    if (type == Type::F32) return std::bit_cast<float>(static_cast<uint32_t>(bits));
    return std::bit_cast<double>(bits);
  }
};

bool float_constant(const Function& f, Value v, FloatConst* out) {
  Inst def = f.value_inst(v);
  if (!def.valid()) return false;
  const InstData& d = f.inst(def);
  if (d.opcode == Opcode::F32const) {
    *out = {Type::F32, static_cast<uint64_t>(d.imm) & 0xffffffffu};
    return true;
  }
  if (d.opcode == Opcode::F64const) {
    *out = {Type::F64, static_cast<uint64_t>(d.imm)};
    return true;
  }
  return false;
}

uint64_t float_bits(Type t, double v) {
  if (t == Type::F32) return std::bit_cast<uint32_t>(static_cast<float>(v));
  return std::bit_cast<uint64_t>(v);
}

void make_float_const(Function& f, Inst inst, Type t, uint64_t bits) {
  InstData& d = f.inst(inst);
  d.opcode = t == Type::F32 ? Opcode::F32const : Opcode::F64const;
  d.type = t;
  d.cond = 0;
  d.imm = static_cast<int64_t>(bits);
  d.num_args = 0;
}

// Computes in the type's own precision (a float op is not a double op).
// Division by zero is IEEE 754's, as wasm's f32.div and f64.div are: +-inf
// (0/0, a NaN, is not folded). OSS-Fuzz's UBSan builds report it unless
// told it is meant.
template <class F>
__attribute__((no_sanitize("float-divide-by-zero"))) bool eval_float_binary(Opcode op, F a, F b, F* out) {
  if (std::isnan(a) || std::isnan(b)) return false;
  F r;
  switch (op) {
    case Opcode::Fadd: r = a + b; break;
    case Opcode::Fsub: r = a - b; break;
    case Opcode::Fmul: r = a * b; break;
    case Opcode::Fdiv: r = a / b; break;
    case Opcode::Fmin: r = (a == b) ? (std::signbit(a) ? a : b) : (a < b ? a : b); break;
    case Opcode::Fmax: r = (a == b) ? (std::signbit(a) ? b : a) : (a > b ? a : b); break;
    default: return false;
  }
  if (std::isnan(r)) return false;
  *out = r;
  return true;
}

template <class F>
bool eval_float_unary(Opcode op, F a, F* out) {
  if (std::isnan(a)) return false;
  F r;
  switch (op) {
    case Opcode::Fsqrt: r = std::sqrt(a); break;
    case Opcode::Fceil: r = std::ceil(a); break;
    case Opcode::Ffloor: r = std::floor(a); break;
    case Opcode::Ftrunc: r = std::trunc(a); break;
    case Opcode::Fnearest: r = std::nearbyint(a); break;
    default: return false;
  }
  if (std::isnan(r)) return false;
  *out = r;
  return true;
}

// fcvt_to_{s,u}int{,_sat}: the integer, or false when the trapping form traps.
bool eval_float_to_int(Opcode op, Type t, double v, uint64_t* out) {
  bool is_signed = op == Opcode::FcvtToSint || op == Opcode::FcvtToSintSat;
  bool sat = op == Opcode::FcvtToSintSat || op == Opcode::FcvtToUintSat;
  uint32_t bits = type_bits(t);
  if (std::isnan(v)) {
    if (!sat) return false;
    *out = 0;
    return true;
  }
  double tv = std::trunc(v);
  // Exact bounds: [lo, hi) with hi a power of two.
  double lo = is_signed ? -std::ldexp(1.0, bits - 1) : 0.0;
  double hi = is_signed ? std::ldexp(1.0, bits - 1) : std::ldexp(1.0, bits);
  if (tv < lo || tv >= hi) {
    if (!sat) return false;
    uint64_t r =
        tv < lo ? (is_signed ? (1ull << (bits - 1)) : 0) : (is_signed ? (1ull << (bits - 1)) - 1 : type_mask(t));
    *out = r & type_mask(t);
    return true;
  }
  uint64_t r = is_signed ? static_cast<uint64_t>(static_cast<int64_t>(tv)) : static_cast<uint64_t>(tv);
  *out = r & type_mask(t);
  return true;
}

class Folder {
 public:
  Folder(Function& f, PassContext& ctx) : f_(f), ctx_(ctx) {}

  bool run() {
    ctx_.cfg.compute(f_);
    ctx_.dead.assign(f_.num_insts(), false);
    for (Block b : ctx_.cfg.rpo()) {
      std::vector<Inst>& insts = f_.block_insts(b);
      for (size_t i = 0; i < insts.size(); ++i) {
        Inst inst = insts[i];
        if (ctx_.dead[inst.index]) continue;
        resolve_args(inst);
        if (fold(inst) && f_.inst(inst).opcode == Opcode::Trap) {
          // An unconditional trap now: the rest of the block is dead.
          for (size_t j = i + 1; j < insts.size(); ++j) ctx_.dead[insts[j].index] = true;
          truncated_ = true;
          break;
        }
      }
    }
    for (Block b : f_.layout()) f_.remove_insts(b, ctx_.dead);
    f_.resolve_aliases();
    if (truncated_) remove_unreachable_blocks(f_, ctx_.cfg);
    return changed_;
  }

 private:
  void resolve_args(Inst inst) {
    for (Value& v : f_.inst_args(inst)) v = f_.resolve(v);
  }
  Value arg(Inst inst, size_t i) const { return f_.inst_args(inst)[i]; }
  bool iconst(Value v, int64_t* out) const { return int_constant(f_, v, out); }

  void to_const(Inst inst, Type t, uint64_t value) {
    make_iconst(f_, inst, t, static_cast<int64_t>(value));
    changed_ = true;
  }
  void to_value(Inst inst, Value v) {
    f_.make_alias(f_.first_result(inst), v);
    ctx_.dead[inst.index] = true;
    changed_ = true;
  }
  void remove(Inst inst) {
    ctx_.dead[inst.index] = true;
    changed_ = true;
  }

  // Returns true if it changed the instruction.
  bool fold(Inst inst) {
    InstData& d = f_.inst(inst);
    switch (opcode_info(d.opcode).format) {
      case InstFormat::Binary: return is_int(d.type) ? fold_int_binary(inst) : fold_float_binary(inst);
      case InstFormat::Unary: return fold_unary(inst);
      case InstFormat::IntCompare: return fold_icmp(inst);
      case InstFormat::FloatCompare: return fold_fcmp(inst);
      case InstFormat::Select: return fold_select(inst);
      case InstFormat::CondTrap: return fold_cond_trap(inst);
      case InstFormat::Simd: return fold_simd(inst);
      default: return false;
    }
  }

  bool fold_int_binary(Inst inst) {
    InstData& d = f_.inst(inst);
    Type t = d.type;
    int64_t ca = 0, cb = 0;
    bool ka = iconst(arg(inst, 0), &ca), kb = iconst(arg(inst, 1), &cb);
    if (ka && kb) {
      uint64_t r;
      if (!eval_int_binary(d.opcode, t, ca, cb, &r)) return false;
      to_const(inst, t, r);
      return true;
    }
    // Constants to the right of commutative operators.
    if (ka && is_commutative(d.opcode)) {
      Value swapped[] = {arg(inst, 1), arg(inst, 0)};
      f_.set_inst_args(inst, swapped);
      std::swap(ca, cb);
      std::swap(ka, kb);
      changed_ = true;
    }
    Value x = arg(inst, 0);
    const uint64_t mask = type_mask(t);
    const uint64_t ub = static_cast<uint64_t>(cb) & mask;
    if (kb) {
      uint32_t k = static_cast<uint32_t>(ub & (type_bits(t) - 1));
      switch (d.opcode) {
        case Opcode::Iadd:
        case Opcode::Bor:
        case Opcode::Bxor:
          if (ub == 0) return to_value(inst, x), true;
          break;
        case Opcode::Isub:
          if (ub == 0) return to_value(inst, x), true;
          break;
        case Opcode::Ishl:
        case Opcode::Ushr:
        case Opcode::Sshr:
        case Opcode::Rotl:
        case Opcode::Rotr:
          if (k == 0) return to_value(inst, x), true;
          if (ub != k) {
            // Canonical count: the count modulo the width.
            set_const_arg(inst, 1, t, k);
            return true;
          }
          break;
        case Opcode::Imul:
          if (ub == 1) return to_value(inst, x), true;
          if (ub == 0) return to_const(inst, t, 0), true;
          break;
        case Opcode::Band:
          if (ub == 0) return to_const(inst, t, 0), true;
          if (ub == mask) return to_value(inst, x), true;
          break;
        case Opcode::Udiv:
        case Opcode::Sdiv:
          if (ub == 1) return to_value(inst, x), true;
          break;
        case Opcode::Urem:
          if (ub == 1) return to_const(inst, t, 0), true;
          break;
        case Opcode::Srem:
          if (ub == 1 || ub == mask) return to_const(inst, t, 0), true;
          break;
        default: break;
      }
      // Reassociate (x + c1) + c2 -> x + (c1 + c2).
      if (d.opcode == Opcode::Iadd) {
        Inst inner = f_.value_inst(x);
        int64_t c1 = 0;
        if (inner.valid() && f_.inst(inner).opcode == Opcode::Iadd && iconst(f_.inst_args(inner)[1], &c1)) {
          Value y = f_.inst_args(inner)[0];
          Value args[] = {y, arg(inst, 1)};
          f_.set_inst_args(inst, args);
          set_const_arg(inst, 1, t, (static_cast<uint64_t>(c1) + ub) & mask);
          return true;
        }
      }
    }
    // x - x, x ^ x -> 0; x & x, x | x -> x.
    if (x == arg(inst, 1)) {
      switch (d.opcode) {
        case Opcode::Isub:
        case Opcode::Bxor: return to_const(inst, t, 0), true;
        case Opcode::Band:
        case Opcode::Bor: return to_value(inst, x), true;
        default: break;
      }
    }
    return false;
  }

  // Gives argument `i` the constant `value`, with a new iconst placed just
  // before the instruction.
  void set_const_arg(Inst inst, size_t i, Type t, uint64_t value) {
    InstData cd;
    cd.opcode = Opcode::Iconst;
    cd.type = t;
    cd.imm = normalize(t, value);
    cd.wasm_offset = f_.inst(inst).wasm_offset;
    Inst c = f_.create_inst(cd);
    Value v = f_.append_result(c, t);
    Block b = f_.inst(inst).block;
    std::vector<Inst>& insts = f_.block_insts(b);
    uint32_t pos = 0;
    ctx_.spend(compile::CompileStage::Passes, insts.size());
    while (insts[pos] != inst) ++pos;
    f_.insert_inst(b, pos, c);
    ctx_.dead.resize(f_.num_insts(), false);
    f_.inst_args(inst)[i] = v;
    changed_ = true;
  }

  bool fold_unary(Inst inst) {
    InstData& d = f_.inst(inst);
    Value a = arg(inst, 0);
    Type at = f_.value_type(a);
    int64_t c = 0;
    if (is_int(d.type) && is_int(at) && iconst(a, &c)) {
      uint64_t r;
      if (!eval_int_unary(d.opcode, d.type, at, static_cast<uint64_t>(c), &r)) return false;
      to_const(inst, d.type, r);
      return true;
    }
    // ireduce(uextend x), ireduce(sextend x) -> x
    if (d.opcode == Opcode::Ireduce) {
      Inst inner = f_.value_inst(a);
      if (inner.valid() && (f_.inst(inner).opcode == Opcode::Uextend || f_.inst(inner).opcode == Opcode::Sextend)) {
        to_value(inst, f_.inst_args(inner)[0]);
        return true;
      }
    }
    FloatConst fc;
    bool is_fc = float_constant(f_, a, &fc);
    if (d.opcode == Opcode::Bitcast) {
      if (is_fc) return to_const(inst, d.type, fc.bits), true;
      if (iconst(a, &c)) {
        make_float_const(f_, inst, d.type, static_cast<uint64_t>(c) & type_mask(at));
        changed_ = true;
        return true;
      }
      return false;
    }
    if (d.opcode == Opcode::FcvtFromSint || d.opcode == Opcode::FcvtFromUint) {
      if (!iconst(a, &c)) return false;
      bool s = d.opcode == Opcode::FcvtFromSint;
      uint64_t u = static_cast<uint64_t>(c) & type_mask(at);
      int64_t si = sext(at, u);
      uint64_t bits = d.type == Type::F32
                          ? std::bit_cast<uint32_t>(s ? static_cast<float>(si) : static_cast<float>(u))
                          : std::bit_cast<uint64_t>(s ? static_cast<double>(si) : static_cast<double>(u));
      make_float_const(f_, inst, d.type, bits);
      changed_ = true;
      return true;
    }
    if (!is_fc) return false;
    switch (d.opcode) {
      case Opcode::Fneg:
      case Opcode::Fabs: {
        uint64_t sign = fc.type == Type::F32 ? 0x80000000ull : 0x8000000000000000ull;
        uint64_t bits = d.opcode == Opcode::Fneg ? fc.bits ^ sign : fc.bits & ~sign;
        make_float_const(f_, inst, d.type, bits);
        changed_ = true;
        return true;
      }
      case Opcode::FcvtToSint:
      case Opcode::FcvtToUint:
      case Opcode::FcvtToSintSat:
      case Opcode::FcvtToUintSat: {
        uint64_t r;
        if (!eval_float_to_int(d.opcode, d.type, fc.value(), &r)) return false;
        to_const(inst, d.type, r);
        return true;
      }
      case Opcode::Fpromote:
      case Opcode::Fdemote: {
        double v = fc.value();
        if (std::isnan(v)) return false;
        make_float_const(f_, inst, d.type, float_bits(d.type, v));
        changed_ = true;
        return true;
      }
      default: {
        uint64_t bits;
        if (fc.type == Type::F32) {
          float r;
          if (!eval_float_unary<float>(d.opcode, static_cast<float>(fc.value()), &r)) return false;
          bits = std::bit_cast<uint32_t>(r);
        } else {
          double r;
          if (!eval_float_unary<double>(d.opcode, fc.value(), &r)) return false;
          bits = std::bit_cast<uint64_t>(r);
        }
        make_float_const(f_, inst, d.type, bits);
        changed_ = true;
        return true;
      }
    }
  }

  bool fold_float_binary(Inst inst) {
    InstData& d = f_.inst(inst);
    FloatConst a, b;
    if (!float_constant(f_, arg(inst, 0), &a) || !float_constant(f_, arg(inst, 1), &b)) return false;
    uint64_t bits;
    if (d.opcode == Opcode::Fcopysign) {
      uint64_t sign = d.type == Type::F32 ? 0x80000000ull : 0x8000000000000000ull;
      bits = (a.bits & ~sign) | (b.bits & sign);
    } else if (d.type == Type::F32) {
      float r;
      if (!eval_float_binary<float>(d.opcode, static_cast<float>(a.value()), static_cast<float>(b.value()), &r)) {
        return false;
      }
      bits = std::bit_cast<uint32_t>(r);
    } else {
      double r;
      if (!eval_float_binary<double>(d.opcode, a.value(), b.value(), &r)) return false;
      bits = std::bit_cast<uint64_t>(r);
    }
    make_float_const(f_, inst, d.type, bits);
    changed_ = true;
    return true;
  }

  bool fold_icmp(Inst inst) {
    InstData& d = f_.inst(inst);
    int64_t ca = 0, cb = 0;
    bool ka = iconst(arg(inst, 0), &ca), kb = iconst(arg(inst, 1), &cb);
    IntCC cc = d.int_cc();
    if (ka && kb) return to_const(inst, Type::I32, eval_int_compare(cc, d.type, ca, cb)), true;
    if (ka) {
      Value swapped[] = {arg(inst, 1), arg(inst, 0)};
      f_.set_inst_args(inst, swapped);
      d.cond = static_cast<uint8_t>(int_cc_swap(cc));
      changed_ = true;
      return true;
    }
    if (arg(inst, 0) == arg(inst, 1)) {
      bool r = cc == IntCC::Eq || cc == IntCC::Sle || cc == IntCC::Sge || cc == IntCC::Ule || cc == IntCC::Uge;
      return to_const(inst, Type::I32, r), true;
    }
    // (icmp cc a b) compared with 0 is itself or its inverse.
    if (kb && cb == 0 && d.type == Type::I32 && (cc == IntCC::Eq || cc == IntCC::Ne)) {
      Inst inner = f_.value_inst(arg(inst, 0));
      if (inner.valid() && f_.inst(inner).opcode == Opcode::Icmp) {
        if (cc == IntCC::Ne) return to_value(inst, arg(inst, 0)), true;
        Value args[] = {f_.inst_args(inner)[0], f_.inst_args(inner)[1]};
        d.type = f_.inst(inner).type;
        d.cond = static_cast<uint8_t>(int_cc_inverse(f_.inst(inner).int_cc()));
        f_.set_inst_args(inst, args);
        changed_ = true;
        return true;
      }
    }
    // Unsigned comparisons with 0 that are decided: x <u 0, x >=u 0.
    if (kb && cb == 0) {
      if (cc == IntCC::Ult) return to_const(inst, Type::I32, 0), true;
      if (cc == IntCC::Uge) return to_const(inst, Type::I32, 1), true;
    }
    return false;
  }

  bool fold_fcmp(Inst inst) {
    InstData& d = f_.inst(inst);
    FloatConst a, b;
    if (!float_constant(f_, arg(inst, 0), &a) || !float_constant(f_, arg(inst, 1), &b)) return false;
    double x = a.value(), y = b.value();
    bool r = false;
    switch (d.float_cc()) {
      case FloatCC::Eq: r = x == y; break;
      case FloatCC::Ne: r = x != y; break;
      case FloatCC::Lt: r = x < y; break;
      case FloatCC::Le: r = x <= y; break;
      case FloatCC::Gt: r = x > y; break;
      case FloatCC::Ge: r = x >= y; break;
    }
    to_const(inst, Type::I32, r);
    return true;
  }

  // A cheap SIMD operator on constants (ir/simd_eval.h) becomes its value.
  bool fold_simd(Inst inst) {
    SimdConstant args[3];
    std::span<const Value> values = f_.inst_args(inst);
    for (size_t k = 0; k < values.size(); ++k) {
      Inst def = f_.value_inst(values[k]);
      if (!def.valid()) return false;
      const InstData& c = f_.inst(def);
      switch (c.opcode) {
        case Opcode::Iconst:
        case Opcode::F32const:
        case Opcode::F64const:
          args[k] = {c.type, static_cast<uint64_t>(c.imm) & (type_bits(c.type) == 32 ? 0xffffffffull : ~0ull), 0};
          break;
        case Opcode::Vconst: {
          const Function::V128Bits& bits = f_.v128(static_cast<uint32_t>(c.imm));
          args[k] = {Type::V128, bits[0], bits[1]};
          break;
        }
        default: return false;
      }
    }
    InstData& d = f_.inst(inst);
    SimdConstant r;
    if (!eval_simd(static_cast<wasm::Opcode>(d.index1), d.index2, std::span(args, values.size()), &r)) return false;
    d.index1 = d.index2 = 0;
    switch (r.type) {
      case Type::V128:
        d.opcode = Opcode::Vconst;
        d.imm = f_.intern_v128({r.low, r.high});
        d.num_args = 0;
        changed_ = true;
        return true;
      case Type::F32:
      case Type::F64:
        make_float_const(f_, inst, r.type, r.low);
        changed_ = true;
        return true;
      default: to_const(inst, r.type, r.low); return true;
    }
  }

  bool fold_select(Inst inst) {
    int64_t c = 0;
    if (iconst(arg(inst, 0), &c)) return to_value(inst, arg(inst, c != 0 ? 1 : 2)), true;
    if (arg(inst, 1) == arg(inst, 2)) return to_value(inst, arg(inst, 1)), true;
    return false;
  }

  bool fold_cond_trap(Inst inst) {
    InstData& d = f_.inst(inst);
    int64_t c = 0;
    if (!iconst(arg(inst, 0), &c)) return false;
    bool traps = d.opcode == Opcode::Trapz ? c == 0 : c != 0;
    if (!traps) {
      remove(inst);  // proven never to trap
      return true;
    }
    d.opcode = Opcode::Trap;
    d.type = Type::None;
    d.num_args = 0;
    changed_ = true;
    return true;
  }

  Function& f_;
  PassContext& ctx_;
  bool changed_ = false;
  bool truncated_ = false;
};

}  // namespace

bool const_fold(Function& f, PassContext& ctx) { return Folder(f, ctx).run(); }

}  // namespace tandem::optimizing::passes
