#include "shared_compile/code_buffer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "wasm/result.h"

namespace tandem::compile {

namespace {

constexpr uint8_t kInt3 = 0xCC;
constexpr uint8_t kUd2[] = {0x0F, 0x0B};

void write_le32(uint8_t* p, uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
}
void write_le64(uint8_t* p, uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<uint8_t>(v >> (8 * i));
}

}  // namespace

size_t CodeBuffer::ConstantKeyHash::operator()(const ConstantKey& k) const {
  uint64_t h = k.low * 0x9E3779B97F4A7C15ull;
  h ^= (k.high + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2));
  return static_cast<size_t>(h ^ k.size);
}

void CodeBuffer::clear() {
  bytes_.clear();
  labels_.clear();
  fixups_.clear();
  pending_uses_ = 0;
  constants_.clear();
  constant_index_.clear();
  jump_tables_.clear();
  jump_table_targets_.clear();
  relocations_.clear();
  trap_sites_.clear();
  trap_stubs_.clear();
  trap_stub_index_.clear();
  source_locs_.clear();
  srcloc_open_ = false;
  frozen_ = false;
  finished_ = FinishedCode{};
}

void CodeBuffer::check_mutable() const { TANDEM_CHECK(!frozen_, "CodeBuffer used after finalize() without clear()"); }

void CodeBuffer::put_bytes(const uint8_t* data, size_t size) {
  check_mutable();
  bytes_.insert(bytes_.end(), data, data + size);
}

void CodeBuffer::put1(uint8_t byte) {
  check_mutable();
  bytes_.push_back(byte);
}

// ---- labels ------------------------------------------------------------------

Label CodeBuffer::new_label() {
  check_mutable();
  labels_.push_back(LabelState{});
  return Label{static_cast<uint32_t>(labels_.size() - 1)};
}

CodeBuffer::LabelState& CodeBuffer::state(Label label) {
  TANDEM_CHECK(label.valid() && label.id < labels_.size(), "label not made by this buffer");
  return labels_[label.id];
}

const CodeBuffer::LabelState& CodeBuffer::state(Label label) const {
  TANDEM_CHECK(label.valid() && label.id < labels_.size(), "label not made by this buffer");
  return labels_[label.id];
}

bool CodeBuffer::is_bound(Label label) const { return state(label).offset != kUnbound; }

uint32_t CodeBuffer::label_offset(Label label) const {
  const LabelState& s = state(label);
  TANDEM_CHECK(s.offset != kUnbound, "offset of an unbound label");
  return s.offset;
}

void CodeBuffer::bind(Label label) {
  check_mutable();
  bind_at(label, offset());
}

void CodeBuffer::bind_at(Label label, uint32_t at) {
  LabelState& s = state(label);
  TANDEM_CHECK(s.offset == kUnbound, "label bound twice");
  s.offset = at;
  // Walk this label's pending uses; each is patched once and leaves the list.
  for (uint32_t i = s.first_use; i != kNoFixup; i = fixups_[i].next) {
    patch(fixups_[i], at);
    --pending_uses_;
  }
  s.first_use = kNoFixup;
}

void CodeBuffer::patch(const Fixup& use, uint32_t target) {
  const int64_t pc_base = int64_t{use.field_offset} + use.pc_delta;
  const int64_t value = int64_t{target} - pc_base + use.addend;
  uint8_t* field = bytes_.data() + use.field_offset;
  switch (use.kind) {
    case LabelUse::Rel8:
      TANDEM_CHECK(x64::fits_int8(value), "short branch does not reach its label");
      field[0] = static_cast<uint8_t>(static_cast<int8_t>(value));
      break;
    case LabelUse::Rel32:
      TANDEM_CHECK(x64::fits_int32(value), "rel32 displacement out of range");
      write_le32(field, static_cast<uint32_t>(static_cast<int32_t>(value)));
      break;
  }
}

void CodeBuffer::use_label(Label label, uint32_t field_offset, LabelUse kind, uint8_t pc_delta, int32_t addend) {
  check_mutable();
  const uint32_t field_size = kind == LabelUse::Rel8 ? 1 : 4;
  TANDEM_CHECK(uint64_t{field_offset} + field_size <= bytes_.size(), "label use outside the code");
  TANDEM_CHECK(pc_delta >= field_size, "pc base before the end of the field");
  Fixup use{field_offset, kNoFixup, kind, pc_delta, addend};
  LabelState& s = state(label);
  if (s.offset != kUnbound) {
    patch(use, s.offset);
    return;
  }
  use.next = s.first_use;
  s.first_use = static_cast<uint32_t>(fixups_.size());
  fixups_.push_back(use);
  ++pending_uses_;
}

// ---- constant pool -------------------------------------------------------------

Label CodeBuffer::constant(const ConstantKey& key) {
  check_mutable();
  auto [it, inserted] = constant_index_.try_emplace(key, static_cast<uint32_t>(constants_.size()));
  if (!inserted) return constants_[it->second].label;
  Label label = new_label();
  constants_.push_back(Constant{key, label});
  return label;
}

Label CodeBuffer::constant32(uint32_t bits) { return constant(ConstantKey{bits, 0, 4}); }
Label CodeBuffer::constant64(uint64_t bits) { return constant(ConstantKey{bits, 0, 8}); }
Label CodeBuffer::constant128(uint64_t low, uint64_t high) { return constant(ConstantKey{low, high, 16}); }
// By bit pattern: -0.0 and 0.0 are different constants, and NaN payloads
// are kept exactly.
Label CodeBuffer::constant_f32(float value) { return constant32(std::bit_cast<uint32_t>(value)); }
Label CodeBuffer::constant_f64(double value) { return constant64(std::bit_cast<uint64_t>(value)); }

// ---- jump tables -----------------------------------------------------------------

Label CodeBuffer::add_jump_table(std::span<const Label> targets) {
  check_mutable();
  for (Label t : targets) state(t);  // validates each target
  Label label = new_label();
  jump_tables_.push_back(
      JumpTable{label, static_cast<uint32_t>(jump_table_targets_.size()), static_cast<uint32_t>(targets.size())});
  jump_table_targets_.insert(jump_table_targets_.end(), targets.begin(), targets.end());
  return label;
}

// ---- side tables -----------------------------------------------------------------

void CodeBuffer::add_relocation(const Relocation& reloc) {
  check_mutable();
  const uint32_t field_size = reloc.kind == RelocKind::CallRel32 ? 4 : 8;
  TANDEM_CHECK(uint64_t{reloc.offset} + field_size <= bytes_.size(), "relocation field not emitted");
  TANDEM_CHECK(reloc.insn_offset < reloc.offset, "relocation field before its instruction");
  TANDEM_CHECK(relocations_.empty() || relocations_.back().offset < reloc.offset, "relocations out of order");
  relocations_.push_back(reloc);
}

void CodeBuffer::add_trap_site(TrapCode code, uint32_t wasm_offset) {
  check_mutable();
  TANDEM_CHECK(trap_sites_.empty() || trap_sites_.back().code_offset < offset(), "two trap sites on one instruction");
  trap_sites_.push_back(TrapSite{offset(), code, wasm_offset});
}

Label CodeBuffer::trap_stub(TrapCode code, uint32_t wasm_offset) {
  check_mutable();
  const uint64_t key = (uint64_t{static_cast<uint8_t>(code)} << 32) | wasm_offset;
  auto [it, inserted] = trap_stub_index_.try_emplace(key, static_cast<uint32_t>(trap_stubs_.size()));
  if (!inserted) return trap_stubs_[it->second].label;
  Label label = new_label();
  trap_stubs_.push_back(TrapStub{code, wasm_offset, label});
  return label;
}

void CodeBuffer::start_source_loc(uint32_t wasm_offset) {
  check_mutable();
  TANDEM_CHECK(!srcloc_open_, "source location ranges nest");
  srcloc_open_ = true;
  srcloc_start_ = offset();
  srcloc_wasm_offset_ = wasm_offset;
}

void CodeBuffer::end_source_loc() {
  check_mutable();
  TANDEM_CHECK(srcloc_open_, "end_source_loc without start_source_loc");
  srcloc_open_ = false;
  const uint32_t end = offset();
  if (end == srcloc_start_) return;
  if (!source_locs_.empty()) {
    SourceLoc& last = source_locs_.back();
    if (last.code_end == srcloc_start_ && last.wasm_offset == srcloc_wasm_offset_) {
      last.code_end = end;
      return;
    }
  }
  source_locs_.push_back(SourceLoc{srcloc_start_, end, srcloc_wasm_offset_});
}

// ---- finish ------------------------------------------------------------------------

void CodeBuffer::emit_trap_stubs() {
  for (const TrapStub& stub : trap_stubs_) {
    bind(stub.label);
    start_source_loc(stub.wasm_offset);
    add_trap_site(stub.code, stub.wasm_offset);
    put_bytes(kUd2, sizeof kUd2);
    end_source_loc();
  }
}

void CodeBuffer::emit_data() {
  uint32_t align = jump_tables_.empty() ? 1 : 4;
  for (const Constant& c : constants_) align = std::max<uint32_t>(align, c.key.size);
  bytes_.resize((bytes_.size() + align - 1) / align * align, kInt3);

  // Largest first: each entry's size divides every size before it, so every
  // entry is naturally aligned without padding between them.
  for (uint8_t size : {16, 8, 4}) {
    for (const Constant& c : constants_) {
      if (c.key.size != size) continue;
      bind_at(c.label, offset());
      uint8_t data[16];
      write_le64(data, c.key.low);
      write_le64(data + 8, c.key.high);
      bytes_.insert(bytes_.end(), data, data + size);
    }
  }
  for (const JumpTable& table : jump_tables_) {
    const uint32_t table_offset = offset();
    bind_at(table.label, table_offset);
    for (uint32_t i = 0; i < table.num_targets; ++i) {
      const Label target = jump_table_targets_[table.first_target + i];
      TANDEM_CHECK(is_bound(target), "jump table target unbound at finalize");
      const int64_t entry = int64_t{label_offset(target)} - table_offset;
      uint8_t data[4];
      write_le32(data, static_cast<uint32_t>(static_cast<int32_t>(entry)));
      bytes_.insert(bytes_.end(), data, data + 4);
    }
  }
}

const FinishedCode& CodeBuffer::finalize() {
  check_mutable();
  TANDEM_CHECK(!srcloc_open_, "finalize with an open source location range");
  emit_trap_stubs();
  const uint32_t code_size = offset();
  emit_data();
  TANDEM_CHECK(pending_uses_ == 0, "finalize with a use of an unbound label");
  frozen_ = true;
  finished_ = FinishedCode{bytes_, code_size, 16, relocations_, trap_sites_, source_locs_};
  return finished_;
}

}  // namespace tandem::compile
