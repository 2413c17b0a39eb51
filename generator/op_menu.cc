#include "generator/op_menu.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace tandem::generator {
namespace {

using wasm::ImmKind;
using wasm::Opcode;
using wasm::OpInfo;
using wasm::SigType;
using wasm::ValType;

struct Tables {
  std::array<OpFacts, wasm::kNumOpcodes> facts{};
  std::vector<OperandGroup> groups;

  Tables() {
    for (const OpInfo& info : wasm::all_ops()) {
      OpFacts& f = facts[static_cast<uint16_t>(info.opcode)];
      f.fixed = info.has_fixed_signature();
      if (!f.fixed) continue;
      f.num_in = static_cast<uint8_t>(info.num_operands());
      for (uint32_t i = 0; i < f.num_in; ++i) f.in[i] = wasm::sig_val_type(info.in[i]);
      f.has_out = info.out != SigType::None;
      if (f.has_out) f.out = wasm::sig_val_type(info.out);
      f.access_bytes = info.access_bytes;
      f.canonicalize = info.nan_nondeterministic;
      f.group = group_of(f);
    }
  }

  uint8_t group_of(const OpFacts& f) {
    for (size_t g = 0; g < groups.size(); ++g)
      if (groups[g].num_in == f.num_in && std::equal(f.in, f.in + f.num_in, groups[g].in))
        return static_cast<uint8_t>(g);
    OperandGroup g;
    g.num_in = f.num_in;
    std::copy(f.in, f.in + f.num_in, g.in);
    groups.push_back(g);
    return static_cast<uint8_t>(groups.size() - 1);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

bool imm_available(const OpInfo& info, const GeneratorConfig& config, const ModulePlan& plan) {
  switch (info.imm) {
    case ImmKind::MemArg:
    case ImmKind::MemArgLane:
    case ImmKind::Memory:
    case ImmKind::MemoryCopy: return plan.has_memory;
    case ImmKind::MemoryInit:
    case ImmKind::Data: return plan.has_memory && plan.data_count && !plan.datas.empty();
    case ImmKind::Table:
    case ImmKind::TableCopy: return !plan.tables.empty();
    case ImmKind::TableInit:
      for (const ElemPlan& e : plan.elems)
        for (const TablePlan& t : plan.tables)
          if (e.type == t.elem) return true;
      return false;
    case ImmKind::Elem: return !plan.elems.empty();
    default: return true;
  }
}

}  // namespace

const OpFacts& op_facts(Opcode op) { return tables().facts[static_cast<uint16_t>(op)]; }

std::span<const OperandGroup> operand_groups() { return tables().groups; }

void OpMenu::build(const GeneratorConfig& config, const ModulePlan& plan) {
  const Tables& t = tables();
  all_.clear();
  classes_.clear();
  for (auto& ops : by_class_) ops.clear();
  groups_.resize(t.groups.size());
  for (auto& g : groups_) g.clear();
  for (auto& c : combiners_) c.clear();
  for (const OpInfo& info : wasm::all_ops()) {
    const OpFacts& f = t.facts[static_cast<uint16_t>(info.opcode)];
    if (!f.fixed || !has_class(config.classes, info.cls)) continue;
    bool types_ok = !f.has_out || config.types.has(f.out);
    for (uint32_t i = 0; i < f.num_in; ++i) types_ok &= config.types.has(f.in[i]);
    if (!types_ok || !imm_available(info, config, plan)) continue;
    all_.push_back(info.opcode);
    groups_[f.group].push_back(info.opcode);
    by_class_[static_cast<uint8_t>(info.cls)].push_back(info.opcode);
    bool same_type = f.has_out && f.num_in >= 1 && f.num_in <= 2 && info.imm == ImmKind::None &&
                     std::all_of(f.in, f.in + f.num_in, [&](ValType t) { return t == f.out; });
    if (same_type && !info.can_trap && !wasm::is_ref(f.out) && f.out != ValType::V128)
      combiners_[numeric_slot(f.out)].push_back(info.opcode);
  }
  for (uint8_t c = 0; c < wasm::kNumOpClasses; ++c)
    if (!by_class_[c].empty()) classes_.push_back(c);
}

}  // namespace tandem::generator
