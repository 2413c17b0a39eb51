// A table of references: funcrefs are VMFuncRef pointers, externrefs the
// host's 64-bit values; 0 is null. Shared between the instances that import
// it; each mirrors (elements, length) in its VMContext.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "wasm/types.h"

namespace tandem::runner {

class Instance;

class Table {
 public:
  Table(const wasm::TableType& type, uint64_t max_size);

  const wasm::TableType& type() const { return type_; }
  uint64_t* elements() { return elements_.data(); }
  uint32_t size() const { return static_cast<uint32_t>(elements_.size()); }
  uint64_t max_size() const { return max_size_; }
  uint64_t get(uint32_t i) const { return elements_[i]; }
  void set(uint32_t i, uint64_t v) { elements_[i] = v; }

  // table.grow: the old size, or -1; every user's VMContext is updated.
  int64_t grow(uint64_t delta, uint64_t init);

  void add_user(Instance* instance) { users_.push_back(instance); }
  void remove_user(Instance* instance);

 private:
  wasm::TableType type_;
  uint64_t max_size_;
  std::vector<uint64_t> elements_;
  std::vector<Instance*> users_;
};

}  // namespace tandem::runner
