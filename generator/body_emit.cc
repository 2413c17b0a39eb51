// BodyGenerator, second half: writing operators and their immediates, the
// fuel check and NaN canonicalization, and making the values an action needs.
#include <algorithm>

#include "generator/body_generator.h"
#include "generator/edge_values.h"

namespace tandem::generator {
namespace {

using wasm::ImmKind;
using wasm::OpClass;
using wasm::Opcode;
using wasm::ValType;

}  // namespace

// ---- emission ------------------------------------------------------------

void BodyGenerator::emit(Opcode op, bool counted) {
  code_.opcode(op);
  if (!counted) return;
  ++usage_->op_counts[static_cast<uint16_t>(op)];
  ++usage_->class_counts[static_cast<uint8_t>(wasm::op_info(op).cls)];
  ++ops_;
}

void BodyGenerator::emit_fixed(Opcode op) {
  const OpFacts& f = op_facts(op);
  TANDEM_CHECK(top_matches(std::span<const ValType>(f.in, f.num_in)), "operands do not match the operator");
  pop(f.num_in);
  emit(op);
  write_immediates(op);
  if (!f.has_out) return;
  push(f.out);
  if (f.canonicalize && config_->canonicalize_nans) {
    if (f.out == ValType::V128)
      canonicalize_nan_lanes(op);
    else
      canonicalize_nan(f.out);
  }
  bool foldable =
      wasm::is_int(f.out) || f.out == ValType::V128 || (wasm::is_float(f.out) && config_->canonicalize_nans);
  if (plan_->checksum_global >= 0 && foldable && in_->below(8) < config_->checksum_per_8) fold_into_checksum(f.out);
}

void BodyGenerator::emit_access(Opcode op, uint32_t offset) {
  const OpFacts& f = op_facts(op);
  TANDEM_CHECK(top_matches(std::span<const ValType>(f.in, f.num_in)), "operands do not match the access");
  pop(f.num_in);
  emit(op);
  code_.memarg(in_->below(natural_align_log2(f.access_bytes) + 1), offset);
  if (wasm::op_info(op).imm == ImmKind::MemArgLane) code_.u8(static_cast<uint8_t>(in_->below(wasm::op_info(op).lanes)));
  if (f.has_out) push(f.out);
}

// checksum = rotl(checksum ^ bits(x), 5), keeping x on the stack (a v128:
// its two halves xored). The value passes through a scratch local that only
// this glue touches.
void BodyGenerator::fold_into_checksum(ValType t) {
  uint32_t s = scratch_local(t);
  code_.opcode(Opcode::LocalTee);
  code_.u32(s);
  code_.opcode(Opcode::GlobalGet);
  code_.u32(static_cast<uint32_t>(plan_->checksum_global));
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  switch (t) {
    case ValType::I32: code_.opcode(Opcode::I64ExtendI32U); break;
    case ValType::F32:
      code_.opcode(Opcode::I32ReinterpretF32);
      code_.opcode(Opcode::I64ExtendI32U);
      break;
    case ValType::F64: code_.opcode(Opcode::I64ReinterpretF64); break;
    case ValType::V128:
      code_.opcode(Opcode::I64X2ExtractLane);
      code_.u8(0);
      code_.opcode(Opcode::LocalGet);
      code_.u32(s);
      code_.opcode(Opcode::I64X2ExtractLane);
      code_.u8(1);
      code_.opcode(Opcode::I64Xor);
      break;
    default: break;
  }
  code_.opcode(Opcode::I64Xor);
  code_.opcode(Opcode::I64Const);
  code_.s64(5);
  code_.opcode(Opcode::I64Rotl);
  code_.opcode(Opcode::GlobalSet);
  code_.u32(static_cast<uint32_t>(plan_->checksum_global));
}

void BodyGenerator::write_immediates(Opcode op) {
  const wasm::OpInfo& info = wasm::op_info(op);
  const EdgeContext& edges = plan_->edges;
  switch (info.imm) {
    case ImmKind::None: break;
    case ImmKind::MemArg: {
      uint32_t width = op_facts(op).access_bytes;
      uint32_t align = in_->below(natural_align_log2(width) + 1);
      code_.memarg(align, draw_memarg_offset(*in_, edges, width));
      break;
    }
    case ImmKind::Memory: code_.u8(0); break;
    case ImmKind::MemoryCopy:
      code_.u8(0);
      code_.u8(0);
      break;
    case ImmKind::MemoryInit:
      code_.u32(in_->below(static_cast<uint32_t>(plan_->datas.size())));
      code_.u8(0);
      break;
    case ImmKind::Data: code_.u32(in_->below(static_cast<uint32_t>(plan_->datas.size()))); break;
    case ImmKind::Table: code_.u32(in_->below(static_cast<uint32_t>(plan_->tables.size()))); break;
    case ImmKind::TableCopy: {
      uint32_t n = static_cast<uint32_t>(plan_->tables.size());
      uint32_t dst = in_->below(n);
      uint32_t same = 0;
      for (const TablePlan& t : plan_->tables) same += t.elem == plan_->tables[dst].elem;
      uint32_t k = in_->below(same);
      uint32_t src = 0;
      for (;; ++src)
        if (plan_->tables[src].elem == plan_->tables[dst].elem && k-- == 0) break;
      code_.u32(dst);
      code_.u32(src);
      break;
    }
    case ImmKind::TableInit: {
      uint32_t pairs = 0;
      for (const ElemPlan& e : plan_->elems)
        for (const TablePlan& t : plan_->tables) pairs += e.type == t.elem;
      uint32_t k = in_->below(pairs);
      for (uint32_t e = 0; e < plan_->elems.size(); ++e)
        for (uint32_t t = 0; t < plan_->tables.size(); ++t)
          if (plan_->elems[e].type == plan_->tables[t].elem && k-- == 0) {
            code_.u32(e);
            code_.u32(t);
            return;
          }
      TANDEM_UNREACHABLE("table.init without a matching segment and table");
    }
    case ImmKind::Elem: code_.u32(in_->below(static_cast<uint32_t>(plan_->elems.size()))); break;
    case ImmKind::I32: code_.s32(static_cast<int32_t>(draw_i32(*in_, edges))); break;
    case ImmKind::I64: code_.s64(static_cast<int64_t>(draw_i64(*in_, edges))); break;
    case ImmKind::F32: code_.f32_bits(draw_f32_bits(*in_)); break;
    case ImmKind::F64: code_.f64_bits(draw_f64_bits(*in_)); break;
    case ImmKind::V128Const: {
      V128Bits v = draw_v128(*in_, edges);
      code_.v128_bits(v.lo, v.hi);
      break;
    }
    case ImmKind::Lane: {
      // The edges, lane 0 and the last, half the time.
      const uint32_t lanes = info.lanes;
      const uint8_t kind = in_->byte();
      code_.u8(static_cast<uint8_t>(kind < 64 ? 0 : kind < 128 ? lanes - 1 : in_->below(lanes)));
      break;
    }
    case ImmKind::Shuffle: {
      uint8_t lanes[16];
      draw_shuffle(*in_, lanes);
      for (uint8_t l : lanes) code_.u8(l);
      break;
    }
    case ImmKind::MemArgLane: {
      uint32_t width = op_facts(op).access_bytes;
      code_.memarg(in_->below(natural_align_log2(width) + 1), draw_memarg_offset(*in_, edges, width));
      code_.u8(static_cast<uint8_t>(in_->below(info.lanes)));
      break;
    }
    default: TANDEM_UNREACHABLE("a fixed-signature operator with a special immediate");
  }
}

void BodyGenerator::emit_fuel_check() {
  const uint32_t g = plan_->fuel_global;
  code_.opcode(Opcode::GlobalGet);
  code_.u32(g);
  code_.opcode(Opcode::I32Eqz);
  code_.opcode(Opcode::If);
  code_.block_type_empty();
  code_.opcode(Opcode::Unreachable);
  code_.opcode(Opcode::End);
  code_.opcode(Opcode::GlobalGet);
  code_.u32(g);
  code_.opcode(Opcode::I32Const);
  code_.s32(1);
  code_.opcode(Opcode::I32Sub);
  code_.opcode(Opcode::GlobalSet);
  code_.u32(g);
}

// x -> (x == x) ? x : canonical NaN, through a scratch local.
void BodyGenerator::canonicalize_nan(ValType t) {
  uint32_t s = scratch_local(t);
  code_.opcode(Opcode::LocalTee);
  code_.u32(s);
  if (t == ValType::F32) {
    code_.opcode(Opcode::F32Const);
    code_.f32_bits(kCanonicalNanF32);
  } else {
    code_.opcode(Opcode::F64Const);
    code_.f64_bits(kCanonicalNanF64);
  }
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  code_.opcode(t == ValType::F32 ? Opcode::F32Eq : Opcode::F64Eq);
  code_.opcode(Opcode::Select);
}

// Each float lane x -> (x == x) ? x : canonical NaN, through a scratch
// local: bitselect(x, NaNs, x == x), in the shape of op's result lanes.
void BodyGenerator::canonicalize_nan_lanes(Opcode op) {
  const bool f32_lanes = wasm::op_info(op).lanes == 4;
  uint32_t s = scratch_local(ValType::V128);
  code_.opcode(Opcode::LocalTee);
  code_.u32(s);
  code_.opcode(Opcode::V128Const);
  if (f32_lanes) {
    const uint64_t two = static_cast<uint64_t>(kCanonicalNanF32) << 32 | kCanonicalNanF32;
    code_.v128_bits(two, two);
  } else {
    code_.v128_bits(kCanonicalNanF64, kCanonicalNanF64);
  }
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  code_.opcode(f32_lanes ? Opcode::F32X4Eq : Opcode::F64X2Eq);
  code_.opcode(Opcode::V128Bitselect);
}

uint32_t BodyGenerator::scratch_local(ValType t) {
  int32_t& slot = t == ValType::F32    ? scratch_f32_
                  : t == ValType::F64  ? scratch_f64_
                  : t == ValType::I32  ? scratch_i32_
                  : t == ValType::V128 ? scratch_v128_
                                       : scratch_i64_;
  if (slot < 0) {
    slot = static_cast<int32_t>(locals_.size());
    locals_.push_back(t);
  }
  return static_cast<uint32_t>(slot);
}

void BodyGenerator::push_i32(uint32_t v) {
  emit(Opcode::I32Const);
  code_.s32(static_cast<int32_t>(v));
  push(ValType::I32);
}

// ---- values --------------------------------------------------------------

void BodyGenerator::materialize(ValType t) {
  uint8_t how = in_->byte() & 3;
  if (how == 2) {
    int32_t l = pick_local(t);
    if (l >= 0) {
      emit(Opcode::LocalGet);
      code_.u32(static_cast<uint32_t>(l));
      push(t);
      return;
    }
  } else if (how == 3) {
    int32_t g = pick_global(&t, false);
    if (g >= 0) {
      emit(Opcode::GlobalGet);
      code_.u32(static_cast<uint32_t>(g));
      push(t);
      return;
    }
  }
  bool refs_counted = has_class(config_->classes, OpClass::Reference);
  switch (t) {
    case ValType::FuncRef:
      if (refs_counted && plan_->num_callable() && (how & 1)) {
        emit(Opcode::RefFunc);
        code_.u32(in_->below(plan_->num_callable()));
        break;
      }
      [[fallthrough]];
    case ValType::ExternRef:
      emit(Opcode::RefNull, refs_counted);
      code_.val_type(t);
      break;
    default: {
      Opcode op = const_opcode(t);
      emit(op);
      write_immediates(op);
      break;
    }
  }
  push(t);
}

void BodyGenerator::materialize_all(std::span<const ValType> types) {
  for (ValType t : types) materialize(t);
}

// Operands for an operator chosen regardless of the stack: addresses,
// indices and lengths drawn at the edges that matter to it.
void BodyGenerator::materialize_operands(Opcode op) {
  const OpFacts& f = op_facts(op);
  const EdgeContext& e = plan_->edges;
  uint32_t table_size = plan_->tables.empty() ? 0 : plan_->tables[0].min;
  switch (wasm::op_info(op).imm) {
    case ImmKind::MemArg:
    case ImmKind::MemArgLane:
      push_i32(draw_address(*in_, e, f.access_bytes));
      if (f.num_in > 1) materialize(f.in[1]);
      return;
    case ImmKind::Memory:
      if (f.num_in == 3) {  // memory.fill: destination, byte, length
        push_i32(draw_address(*in_, e, 1));
        materialize(ValType::I32);
        push_i32(draw_length(*in_, e.memory_bytes));
        return;
      }
      if (f.num_in == 1) {  // memory.grow: a delta in pages
        push_i32(draw_length(*in_, plan_->memory_max_pages - plan_->memory_min_pages));
        return;
      }
      break;
    case ImmKind::MemoryCopy:
      push_i32(draw_address(*in_, e, 1));
      push_i32(draw_address(*in_, e, 1));
      push_i32(draw_length(*in_, e.memory_bytes));
      return;
    case ImmKind::MemoryInit:
      push_i32(draw_address(*in_, e, 1));
      push_i32(draw_index(*in_, 16));
      push_i32(draw_length(*in_, 16));
      return;
    case ImmKind::TableCopy:
    case ImmKind::TableInit:
      push_i32(draw_index(*in_, table_size));
      push_i32(draw_index(*in_, table_size));
      push_i32(draw_length(*in_, table_size));
      return;
    default: break;
  }
  materialize_all(std::span<const ValType>(f.in, f.num_in));
}

void BodyGenerator::make_top(std::span<const ValType> types) {
  if (!top_matches(types)) materialize_all(types);
}

// Leaves exactly the frame's results above its height: values that already
// match a prefix of the results stay, the rest go (into a mutable global when
// one fits, so that they stay observable), and the missing ones are made.
void BodyGenerator::settle(const Frame& frame) {
  std::span<const ValType> results = results_of(frame);
  uint32_t h = static_cast<uint32_t>(stack_.size()) - frame.height;
  uint32_t keep = 0;
  while (keep < h && keep < results.size() && stack_[frame.height + keep] == results[keep]) ++keep;
  while (stack_.size() > frame.height + keep) dispose_top();
  for (size_t i = keep; i < results.size(); ++i) materialize(results[i]);
}

void BodyGenerator::dispose_top() {
  ValType t = stack_.back();
  int32_t g = in_->byte() & 1 ? pick_global(&t, true) : -1;
  if (g >= 0) {
    code_.opcode(Opcode::GlobalSet);
    code_.u32(static_cast<uint32_t>(g));
  } else {
    code_.opcode(Opcode::Drop);
  }
  pop(1);
}

// ---- queries ---------------------------------------------------------------

uint32_t BodyGenerator::frame_height() const { return frames_.empty() ? 0 : frames_.back().height; }

bool BodyGenerator::top_matches(std::span<const ValType> types, uint32_t skip) const {
  size_t n = types.size();
  if (stack_.size() - frame_height() < n + skip) return false;
  const ValType* top = stack_.data() + stack_.size() - skip - n;
  for (size_t i = 0; i < n; ++i)
    if (top[i] != types[i]) return false;
  return true;
}

bool BodyGenerator::top_is(ValType t, uint32_t skip) const {
  if (stack_.size() - frame_height() < 1 + skip) return false;
  return stack_[stack_.size() - 1 - skip] == t;
}

void BodyGenerator::pop(uint32_t n) {
  TANDEM_CHECK(stack_.size() - frame_height() >= n, "operand stack underflow in the generator");
  stack_.resize(stack_.size() - n);
}

std::span<const ValType> BodyGenerator::params_of(const Frame& f) const {
  if (f.kind == FrameKind::Function || !f.has_type) return {};
  return plan_->types.params(f.type);
}

std::span<const ValType> BodyGenerator::results_of(const Frame& f) const {
  if (f.has_type) return plan_->types.results(f.type);
  return {&f.single, f.num_single};
}

ValType BodyGenerator::random_type() { return pick_type(*in_, config_->types); }

ValType BodyGenerator::random_numeric_type() { return pick_type(*in_, config_->types, /*numeric_only=*/true); }

int32_t BodyGenerator::pick_local(ValType t, bool dry_run) {
  uint32_t count = user_locals_of_type_[type_slot(t)];
  if (count == 0) return -1;
  if (dry_run) return 0;
  uint32_t k = in_->below(count);
  for (uint32_t i = 0; i < num_user_locals_; ++i)
    if (locals_[i] == t && k-- == 0) return static_cast<int32_t>(i);
  return -1;
}

int32_t BodyGenerator::pick_global(const ValType* t, bool need_mutable, bool dry_run) {
  auto fits = [&](const GlobalPlan& g) {
    return !g.is_fuel && !g.is_checksum && (!t || g.type == *t) && (!need_mutable || g.is_mutable);
  };
  uint32_t count = 0;
  for (const GlobalPlan& g : plan_->globals) count += fits(g);
  if (count == 0) return -1;
  if (dry_run) return 0;
  uint32_t k = in_->below(count);
  for (uint32_t i = 0; i < plan_->globals.size(); ++i)
    if (fits(plan_->globals[i]) && k-- == 0) return static_cast<int32_t>(i);
  return -1;
}

}  // namespace tandem::generator
