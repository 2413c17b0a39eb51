#include "generator/real_module.h"

#include "generator/slicer.h"
#include "generator/twin.h"

namespace tandem::generator {

const char* mutation_kind_name(MutationKind kind) {
  switch (kind) {
    case MutationKind::ConstEdge: return "const_edge";
    case MutationKind::SwapOperands: return "swap_operands";
    case MutationKind::InsertUnary: return "insert_unary";
    case MutationKind::InsertBinaryConst: return "insert_binary_const";
    case MutationKind::RemoveOp: return "remove_op";
    case MutationKind::BranchDepth: return "branch_depth";
    case MutationKind::DuplicateFunction: return "duplicate_function";
    case MutationKind::RetypeLocal: return "retype_local";
    case MutationKind::CommuteOperands: return "commute_operands";
    case MutationKind::AddZero: return "add_zero";
    case MutationKind::DoubleNegate: return "double_negate";
    case MutationKind::WrapInBlock: return "wrap_in_block";
    case MutationKind::RenumberLocals: return "renumber_locals";
    case MutationKind::Probe: return "probe";
  }
  return "?";
}

bool is_semantics_preserving(MutationKind kind) {
  switch (kind) {
    case MutationKind::CommuteOperands:
    case MutationKind::AddZero:
    case MutationKind::DoubleNegate:
    case MutationKind::WrapInBlock:
    case MutationKind::RenumberLocals:
    case MutationKind::RetypeLocal:
    case MutationKind::DuplicateFunction:  // when every caller may pick either copy
      return true;
    default: return false;
  }
}

uint32_t MutationCounts::total() const {
  uint32_t n = 0;
  for (uint32_t c : counts) n += c;
  return n;
}

RealModuleMutator::RealModuleMutator(const SeedPool& pool, RealModuleConfig config)
    : pool_(pool), config_(config), impl_(std::make_unique<SliceBuilder>(pool_, config_)) {}

RealModuleMutator::~RealModuleMutator() = default;

Status RealModuleMutator::generate(std::span<const uint8_t> fuzz, GeneratedModule& out, RealModuleInfo* info) {
  return impl_->build(fuzz, out, info);
}

TwinRewriter::TwinRewriter() : impl_(std::make_unique<TwinBuilder>()) {}
TwinRewriter::~TwinRewriter() = default;

Status TwinRewriter::rewrite(std::span<const uint8_t> wasm, std::span<const uint8_t> fuzz, std::vector<uint8_t>& out,
                             MutationCounts* counts) {
  MutationCounts local;
  MutationCounts& c = counts ? *counts : local;
  c.clear();
  return impl_->rewrite(wasm, fuzz, out, c);
}

Status TwinRewriter::make_twin(const GeneratedModule& module, std::span<const uint8_t> fuzz, GeneratedModule& twin,
                               MutationCounts* counts) {
  if (&twin == &module) return make_error(ErrorKind::Usage, "make_twin: the twin must be another module");
  std::vector<uint8_t> wasm = std::move(twin.wasm);
  twin = module;
  twin.wasm = std::move(wasm);
  return rewrite(module.wasm, fuzz, twin.wasm, counts);
}

}  // namespace tandem::generator
