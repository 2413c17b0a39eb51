#include "backends/baseline/frame.h"

namespace tandem::baseline {

namespace {
constexpr uint32_t kVmctxSlotBytes = 8;
}  // namespace

void Frame::reset(const wasm::Module& module, const wasm::Function& func, const compile::abi::Signature& sig,
                  Reg frame_pointer, bool wide_slots) {
  fp_ = frame_pointer;
  slot_bytes_ = wide_slots ? 16 : 8;
  const wasm::FuncType& type = module.types[func.type_index];
  num_params_ = static_cast<uint32_t>(type.params.size());
  num_stack_params_ = sig.num_stack_params;
  max_outgoing_ = 0;

  local_types_.clear();
  local_types_.insert(local_types_.end(), type.params.begin(), type.params.end());
  for (const wasm::LocalRun& run : func.locals) local_types_.insert(local_types_.end(), run.count, run.type);

  local_offsets_.resize(local_types_.size());
  num_frame_locals_ = 0;
  for (uint32_t i = 0; i < local_types_.size(); ++i) {
    if (i < num_params_ && sig.params[i].kind == compile::abi::Location::Kind::Stack) {
      local_offsets_[i] = static_cast<int32_t>(16 + 8 * sig.params[i].stack_slot);
    } else {
      local_offsets_[i] = -static_cast<int32_t>(kVmctxSlotBytes + slot_bytes_ * (num_frame_locals_ + 1));
      ++num_frame_locals_;
    }
  }
  homes_base_ = kVmctxSlotBytes + slot_bytes_ * num_frame_locals_;
}

Address Frame::declared_locals_first() const {
  // Declared locals take the last frame slots, so the last one is lowest.
  return Address::at(fp_, -static_cast<int32_t>(kVmctxSlotBytes + slot_bytes_ * num_frame_locals_));
}

uint32_t Frame::frame_bytes(uint32_t max_stack_entries) const {
  const uint64_t bytes = uint64_t{homes_base_} + uint64_t{slot_bytes_} * max_stack_entries + max_outgoing_;
  TANDEM_CHECK(bytes < (1u << 30), "frame too large");
  return static_cast<uint32_t>((bytes + 15) & ~uint64_t{15});
}

}  // namespace tandem::baseline
