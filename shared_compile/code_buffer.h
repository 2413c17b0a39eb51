// CodeBuffer: the one owner of every position-dependent fact of a function
// being emitted, in the manner of Cranelift's MachBuffer.
//
//   bytes         the instructions, appended by the Assembler
//   labels        positions, bound once; every use of a label is a fixup that
//                 the buffer patches when the label is bound (at once for a
//                 label already bound)
//   constants     a pool of deduplicated 4-, 8- and 16-byte constants, laid
//                 out after the code at finalize, naturally aligned, and
//                 referenced RIP-relative through labels
//   jump tables   tables of 32-bit offsets (target - table) after the code
//   relocations   CallRel32 to a function index, Abs64 to a libcall
//   trap sites    (code offset of the faulting instruction, TrapCode, wasm
//                 offset), in code order
//   trap stubs    deferred `ud2`s, one per (TrapCode, wasm offset), emitted
//                 after the code: the out-of-line target of conditional traps
//   source locs   code ranges -> wasm byte offsets
//
// finalize() emits the trap stubs, then the data (constants, jump tables),
// checks that every used label is bound, and returns a FinishedCode view;
// the buffer is then frozen until clear(). clear() keeps every allocation, so
// one buffer serves every function a compiler thread emits.
//
// Layout of a finished function:
//
//   0            code_size                                     bytes.size()
//   | code | trap stubs | pad | 16B consts | 8B consts | 4B consts | jump tables |
//
// The pad is int3 up to the data's alignment; the function itself is placed
// at 16-byte alignment, so pool entries are naturally aligned in memory.
//
// On x86-64 every branch reaches with rel32, so there are no veneers or
// islands. Invariants that a caller breaks (binding a label twice, a short
// branch that does not reach, overlapping source ranges, a use of an unbound
// label at finalize) are loud aborts: they are compiler bugs.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "shared_compile/compiled_function.h"
#include "shared_compile/trap_code.h"
#include "shared_compile/x64/operands.h"

namespace tandem::compile {

using x64::Label;

// How a label use is written.
enum class LabelUse : uint8_t {
  Rel8,   // 1-byte signed displacement: jmp/jcc short
  Rel32,  // 4-byte signed displacement: jmp/jcc near, RIP-relative memory operands
};

// The finished form of a buffer: read-only views into the buffer's storage,
// valid until the buffer's next clear() or destruction.
struct FinishedCode {
  std::span<const uint8_t> bytes;           // code, then data
  uint32_t code_size = 0;                   // bytes of instructions (including trap stubs)
  uint32_t alignment = 16;                  // required alignment of the function's start
  std::span<const Relocation> relocations;  // sorted by offset
  std::span<const TrapSite> trap_sites;     // sorted by code_offset
  std::span<const SourceLoc> source_locs;   // sorted by code_start, disjoint
};

class CodeBuffer {
 public:
  CodeBuffer() = default;
  CodeBuffer(const CodeBuffer&) = delete;
  CodeBuffer& operator=(const CodeBuffer&) = delete;

  // Forgets everything for the next function, keeping every allocation.
  void clear();

  // ---- bytes ---------------------------------------------------------------
  uint32_t offset() const { return static_cast<uint32_t>(bytes_.size()); }
  // Appends raw bytes. Only the Assembler writes instructions.
  void put_bytes(const uint8_t* data, size_t size);
  void put1(uint8_t byte);
  // The bytes emitted so far (code only until finalize()).
  std::span<const uint8_t> bytes() const { return bytes_; }

  // ---- labels --------------------------------------------------------------
  Label new_label();
  // Binds `label` to the current offset and patches every pending use of it.
  // Invariant kept: no pending use refers to a bound label. Aborts if the
  // label is already bound, or if a pending Rel8 use does not reach.
  void bind(Label label);
  bool is_bound(Label label) const;
  uint32_t label_offset(Label label) const;  // aborts if unbound
  // Records that the field at `field_offset` (1 byte for Rel8, 4 for Rel32,
  // already emitted) holds label - pc_base + addend, where pc_base is
  // `field_offset + pc_delta` (the end of the instruction). Patches the
  // field now when the label is bound; otherwise keeps the use pending until
  // bind(). Aborts if a known displacement does not fit the field.
  void use_label(Label label, uint32_t field_offset, LabelUse kind, uint8_t pc_delta, int32_t addend = 0);

  // ---- constant pool -------------------------------------------------------
  // A label on a pool entry holding these bytes (little-endian), aligned to
  // its size. Equal constants of equal size share one entry and one label.
  Label constant32(uint32_t bits);
  Label constant64(uint64_t bits);
  Label constant128(uint64_t low, uint64_t high);
  Label constant_f32(float value);
  Label constant_f64(double value);

  // ---- jump tables ---------------------------------------------------------
  // A label on a table of int32 entries, entry i = offset(targets[i]) -
  // offset(table), laid out after the code. See Assembler::jump_table_dispatch
  // for the sequence that reads it. Every target must be bound by finalize().
  Label add_jump_table(std::span<const Label> targets);

  // ---- side tables ---------------------------------------------------------
  // Invariant: relocations are added in increasing field offset, each field
  // already emitted.
  void add_relocation(const Relocation& reloc);
  // Records that the instruction about to be emitted (at offset()) may fault
  // with `code` for the wasm operator at `wasm_offset`. Invariant: trap site
  // offsets strictly increase (one instruction has one trap code).
  void add_trap_site(TrapCode code, uint32_t wasm_offset);
  // A label on an out-of-line `ud2` that traps with (code, wasm_offset),
  // emitted after the code by finalize(), one per distinct pair: the target
  // of `jcc` for conditional traps (bounds checks, divide by zero, ...).
  Label trap_stub(TrapCode code, uint32_t wasm_offset);
  // Source locations: code emitted between start and end maps to
  // wasm_offset. Ranges do not nest; an empty range is dropped, and a range
  // that continues the previous one with the same wasm offset extends it.
  void start_source_loc(uint32_t wasm_offset);
  void end_source_loc();
  bool in_source_loc() const { return srcloc_open_; }

  // ---- finish --------------------------------------------------------------
  // Emits trap stubs and data, resolves the remaining labels, and freezes the
  // buffer. Aborts if a used label is unbound or a source range is open.
  const FinishedCode& finalize();
  bool finalized() const { return frozen_; }

  // Counters for tests and statistics.
  uint32_t num_labels() const { return static_cast<uint32_t>(labels_.size()); }
  uint32_t num_constants() const { return static_cast<uint32_t>(constants_.size()); }
  uint32_t num_pending_uses() const { return pending_uses_; }

 private:
  static constexpr uint32_t kUnbound = UINT32_MAX;
  static constexpr uint32_t kNoFixup = UINT32_MAX;

  struct LabelState {
    uint32_t offset = kUnbound;
    uint32_t first_use = kNoFixup;  // head of this label's pending-use list
  };
  struct Fixup {
    uint32_t field_offset = 0;
    uint32_t next = kNoFixup;
    LabelUse kind = LabelUse::Rel32;
    uint8_t pc_delta = 0;
    int32_t addend = 0;
  };
  struct ConstantKey {
    uint64_t low = 0, high = 0;
    uint8_t size = 0;
    bool operator==(const ConstantKey&) const = default;
  };
  struct ConstantKeyHash {
    size_t operator()(const ConstantKey& k) const;
  };
  struct Constant {
    ConstantKey key;
    Label label;
  };
  struct JumpTable {
    Label label;
    uint32_t first_target = 0;  // into jump_table_targets_
    uint32_t num_targets = 0;
  };
  struct TrapStub {
    TrapCode code;
    uint32_t wasm_offset;
    Label label;
  };

  void check_mutable() const;
  LabelState& state(Label label);
  const LabelState& state(Label label) const;
  void bind_at(Label label, uint32_t offset);
  void patch(const Fixup& use, uint32_t target);
  Label constant(const ConstantKey& key);
  void emit_trap_stubs();
  void emit_data();

  std::vector<uint8_t> bytes_;
  std::vector<LabelState> labels_;
  std::vector<Fixup> fixups_;  // every use of a label bound late; patched ones stay, unlinked
  uint32_t pending_uses_ = 0;

  std::vector<Constant> constants_;
  std::unordered_map<ConstantKey, uint32_t, ConstantKeyHash> constant_index_;
  std::vector<JumpTable> jump_tables_;
  std::vector<Label> jump_table_targets_;

  std::vector<Relocation> relocations_;
  std::vector<TrapSite> trap_sites_;
  std::vector<TrapStub> trap_stubs_;
  std::unordered_map<uint64_t, uint32_t> trap_stub_index_;  // (code, wasm offset) -> trap_stubs_
  std::vector<SourceLoc> source_locs_;
  bool srcloc_open_ = false;
  uint32_t srcloc_start_ = 0;
  uint32_t srcloc_wasm_offset_ = 0;

  bool frozen_ = false;
  FinishedCode finished_;
};

}  // namespace tandem::compile
