#include "shared_compile/abi.h"

namespace tandem::compile::abi {
namespace {

// Assigns one list of values to locations: int-class values take the next
// int register, xmm-class the next xmm register, the rest stack slots.
template <size_t NI, size_t NF>
std::vector<Location> assign(std::span<const wasm::ValType> types, const std::array<x64::Gpr, NI>& ints,
                             const std::array<x64::Xmm, NF>& floats, uint32_t* stack_slots) {
  std::vector<Location> out;
  out.reserve(types.size());
  size_t next_int = 0, next_float = 0;
  for (wasm::ValType t : types) {
    Location loc;
    const bool xmm = in_xmm_class(t);
    if (xmm && next_float < NF) {
      loc.kind = Location::Kind::Xmm;
      loc.reg = floats[next_float++].enc;
    } else if (!xmm && next_int < NI) {
      loc.kind = Location::Kind::Gpr;
      loc.reg = ints[next_int++].enc;
    } else {
      loc.kind = Location::Kind::Stack;
      loc.stack_slot = *stack_slots;
      *stack_slots += slots_of(t);
    }
    out.push_back(loc);
  }
  return out;
}

}  // namespace

Signature compute_signature(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results) {
  Signature sig;
  sig.params = assign(params, kIntParams, kFloatParams, &sig.num_stack_params);
  sig.results = assign(results, kIntResults, kFloatResults, &sig.num_stack_results);
  return sig;
}

}  // namespace tandem::compile::abi
