#include "backends/baseline/value_stack.h"

#include <algorithm>
#include <array>

namespace tandem::baseline {

void ValueStack::reset(uint32_t num_locals) {
  values_.clear();
  local_refs_.assign(num_locals, 0);
  total_local_refs_ = 0;
  max_size_ = 0;
}

void ValueStack::check_mutable() const {
#ifdef TANDEM_VERIFY_IR
  TANDEM_CHECK(!cache_->frozen(), "value stack changed while the cache state is frozen");
#endif
}

void ValueStack::take(const StackValue& v) {
  if (v.is_reg()) {
    TANDEM_CHECK(reg_class_of(v.type) == v.reg.cls(), "value in a register of the wrong class");
    cache_->add_use(v.reg);
  } else if (v.is_local()) {
    TANDEM_CHECK(v.local < local_refs_.size(), "reference to a local that does not exist");
    ++local_refs_[v.local];
    ++total_local_refs_;
  }
}

void ValueStack::release(const StackValue& v) {
  if (v.is_reg()) {
    cache_->remove_use(v.reg);
  } else if (v.is_local()) {
    --local_refs_[v.local];
    --total_local_refs_;
  }
}

void ValueStack::push(const StackValue& v) {
  check_mutable();
  take(v);
  values_.push_back(v);
  max_size_ = std::max(max_size_, size());
}

StackValue ValueStack::pop() {
  check_mutable();
  TANDEM_CHECK(!values_.empty(), "pop from an empty value stack");
  StackValue v = values_.back();
  values_.pop_back();
  release(v);
  return v;
}

void ValueStack::truncate(uint32_t new_size) {
  check_mutable();
  TANDEM_CHECK(new_size <= values_.size(), "truncate beyond the top");
  while (values_.size() > new_size) {
    release(values_.back());
    values_.pop_back();
  }
}

void ValueStack::set(uint32_t index, const StackValue& v) {
  check_mutable();
  TANDEM_CHECK(index < values_.size(), "set beyond the top");
  take(v);
  release(values_[index]);
  values_[index] = v;
}

void ValueStack::verify() const {
  std::array<uint32_t, kNumRegIndices> uses{};
  uint32_t refs = 0;
  for (const StackValue& v : values_) {
    if (v.is_reg()) ++uses[v.reg.index()];
    if (v.is_local()) ++refs;
  }
  for (uint8_t i = 0; i < kNumRegIndices; ++i)
    if (cache_->cached().has(Reg::from_index(i))) ++uses[i];
  for (uint8_t i = 0; i < kNumRegIndices; ++i) {
    const Reg r = Reg::from_index(i);
    TANDEM_CHECK(cache_->use_count(r) == uses[i], "register use count disagrees with the value stack");
  }
  TANDEM_CHECK(refs == total_local_refs_, "local reference count disagrees with the value stack");
}

}  // namespace tandem::baseline
