#include "backends/optimizing/ir/const_eval.h"

#include <bit>
#include <limits>

namespace tandem::optimizing::ir {

namespace {

uint64_t mask_of(Type t) { return type_bits(t) == 32 ? 0xffffffffull : ~0ull; }
int64_t sext(Type t, uint64_t v) {
  return t == Type::I32 ? static_cast<int64_t>(static_cast<int32_t>(static_cast<uint32_t>(v)))
                        : static_cast<int64_t>(v);
}

}  // namespace

bool eval_int_binary(Opcode op, Type t, uint64_t a, uint64_t b, uint64_t* out) {
  const uint64_t mask = mask_of(t);
  const uint32_t bits = type_bits(t);
  a &= mask;
  b &= mask;
  const int64_t sa = sext(t, a), sb = sext(t, b);
  const int64_t min = t == Type::I32 ? std::numeric_limits<int32_t>::min() : std::numeric_limits<int64_t>::min();
  const uint32_t k = static_cast<uint32_t>(b & (bits - 1));
  uint64_t r = 0;
  switch (op) {
    case Opcode::Iadd: r = a + b; break;
    case Opcode::Isub: r = a - b; break;
    case Opcode::Imul: r = a * b; break;
    case Opcode::Band: r = a & b; break;
    case Opcode::Bor: r = a | b; break;
    case Opcode::Bxor: r = a ^ b; break;
    case Opcode::Ishl: r = a << k; break;
    case Opcode::Ushr: r = a >> k; break;
    case Opcode::Sshr: r = static_cast<uint64_t>(sa >> k); break;
    case Opcode::Rotl: r = k == 0 ? a : (a << k) | (a >> (bits - k)); break;
    case Opcode::Rotr: r = k == 0 ? a : (a >> k) | (a << (bits - k)); break;
    case Opcode::Umulhi: r = static_cast<uint64_t>((static_cast<unsigned __int128>(a) * b) >> bits); break;
    case Opcode::Smulhi: r = static_cast<uint64_t>((static_cast<__int128>(sa) * sb) >> bits); break;
    case Opcode::Udiv:
      if (b == 0) return false;
      r = a / b;
      break;
    case Opcode::Urem:
      if (b == 0) return false;
      r = a % b;
      break;
    case Opcode::Sdiv:
      if (sb == 0 || (sa == min && sb == -1)) return false;
      r = static_cast<uint64_t>(sa / sb);
      break;
    case Opcode::Srem:
      if (sb == 0) return false;
      r = sb == -1 ? 0 : static_cast<uint64_t>(sa % sb);
      break;
    default: return false;
  }
  *out = r & mask;
  return true;
}

bool eval_int_unary(Opcode op, Type t, Type arg_type, uint64_t a, uint64_t* out) {
  a &= mask_of(arg_type);
  uint64_t r = 0;
  switch (op) {
    case Opcode::Clz: r = t == Type::I32 ? std::countl_zero(static_cast<uint32_t>(a)) : std::countl_zero(a); break;
    case Opcode::Ctz: r = t == Type::I32 ? std::countr_zero(static_cast<uint32_t>(a)) : std::countr_zero(a); break;
    case Opcode::Popcnt: r = std::popcount(a); break;
    case Opcode::Sext8: r = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(a))); break;
    case Opcode::Sext16: r = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(a))); break;
    case Opcode::Sext32: r = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(a))); break;
    case Opcode::Uextend: r = a; break;
    case Opcode::Sextend: r = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(a))); break;
    case Opcode::Ireduce: r = a & 0xffffffffu; break;
    default: return false;
  }
  *out = r & mask_of(t);
  return true;
}

bool eval_int_compare(IntCC cc, Type t, uint64_t a, uint64_t b) {
  a &= mask_of(t);
  b &= mask_of(t);
  int64_t sa = sext(t, a), sb = sext(t, b);
  switch (cc) {
    case IntCC::Eq: return a == b;
    case IntCC::Ne: return a != b;
    case IntCC::Slt: return sa < sb;
    case IntCC::Sle: return sa <= sb;
    case IntCC::Sgt: return sa > sb;
    case IntCC::Sge: return sa >= sb;
    case IntCC::Ult: return a < b;
    case IntCC::Ule: return a <= b;
    case IntCC::Ugt: return a > b;
    case IntCC::Uge: return a >= b;
  }
  return false;
}

void ConstEvaluator::compute(const Function& f, const ControlFlowGraph& cfg) {
  known_.assign(f.num_values(), false);
  values_.assign(f.num_values(), 0);
  auto get = [&](Value v, uint64_t* out) {
    if (!known_[v.index]) return false;
    *out = values_[v.index];
    return true;
  };
  // Block parameters: known when every edge into the block comes from a
  // block already seen (no back edge) with the same known argument.
  merge_state_.assign(f.num_values(), kNoEdge);
  edges_total_.assign(f.num_blocks(), 0);
  edges_seen_.assign(f.num_blocks(), 0);
  for (Block b : cfg.rpo()) {
    Inst t = f.terminator(b);
    if (!t.valid()) continue;
    for (const BlockCall& c : f.inst_targets(t)) ++edges_total_[c.block.index];
  }
  for (Block b : cfg.rpo()) {
    for (Value p : f.block_params(b)) {
      if (merge_state_[p.index] == kOneValue && edges_seen_[b.index] == edges_total_[b.index]) known_[p.index] = true;
    }
    for (Inst inst : f.block_insts(b)) {
      const InstData& d = f.inst(inst);
      if (d.num_results != 1) continue;
      Value v = f.first_result(inst);
      // Float constants are tracked as bits, for bitcasts back to integers.
      if (d.opcode == Opcode::F32const || d.opcode == Opcode::F64const) {
        known_[v.index] = true;
        values_[v.index] = static_cast<uint64_t>(d.imm) & mask_of(d.type);
        continue;
      }
      // References: null is 0; is_null of a known reference is known.
      if (d.opcode == Opcode::RefNull) {
        known_[v.index] = true;
        values_[v.index] = 0;
        continue;
      }
      if (d.opcode == Opcode::IsNull) {
        uint64_t ref = 0;
        Inst src = f.value_inst(f.inst_args(inst)[0]);
        if (get(f.inst_args(inst)[0], &ref)) {
          known_[v.index] = true;
          values_[v.index] = ref == 0;
        } else if (src.valid() && f.inst(src).opcode == Opcode::RefFunc) {
          known_[v.index] = true;
          values_[v.index] = 0;
        }
        continue;
      }
      if (!is_int(f.value_type(v)) && d.opcode != Opcode::Bitcast && d.opcode != Opcode::Select) continue;
      std::span<const Value> args = f.inst_args(inst);
      uint64_t a = 0, c = 0, r = 0;
      bool known = false;
      switch (opcode_info(d.opcode).format) {
        case InstFormat::Const:
          if (d.opcode == Opcode::Iconst) {
            r = static_cast<uint64_t>(d.imm) & mask_of(d.type);
            known = true;
          }
          break;
        case InstFormat::Binary:
          known = get(args[0], &a) && get(args[1], &c) && eval_int_binary(d.opcode, d.type, a, c, &r);
          break;
        case InstFormat::Unary:
          if (d.opcode == Opcode::Bitcast) {
            known = get(args[0], &r);
          } else {
            known = is_int(f.value_type(args[0])) && get(args[0], &a) &&
                    eval_int_unary(d.opcode, d.type, f.value_type(args[0]), a, &r);
          }
          break;
        case InstFormat::IntCompare:
          if (get(args[0], &a) && get(args[1], &c)) {
            r = eval_int_compare(d.int_cc(), d.type, a, c);
            known = true;
          }
          break;
        case InstFormat::Select:
          if (get(args[0], &a)) known = get(args[a != 0 ? 1 : 2], &r);
          break;
        default: break;
      }
      if (known) {
        known_[v.index] = true;
        values_[v.index] = r;
      }
    }
    // The terminator's arguments, now that the block's values are known.
    if (Inst t = f.terminator(b); t.valid()) {
      for (const BlockCall& c : f.inst_targets(t)) {
        ++edges_seen_[c.block.index];
        std::span<const Value> params = f.block_params(c.block);
        std::span<const Value> args = f.call_args(c);
        for (size_t k = 0; k < args.size(); ++k) {
          uint8_t& state = merge_state_[params[k].index];
          uint64_t a = 0;
          if (!get(args[k], &a)) {
            state = kConflict;
          } else if (state == kNoEdge) {
            state = kOneValue;
            values_[params[k].index] = a;
          } else if (state == kOneValue && values_[params[k].index] != a) {
            state = kConflict;
          }
        }
      }
    }
  }
}

}  // namespace tandem::optimizing::ir
