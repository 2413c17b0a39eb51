#include "runner/table.h"

#include <algorithm>

#include "runner/instance.h"

namespace tandem::runner {

Table::Table(const wasm::TableType& type, uint64_t max_size) : type_(type) {
  max_size_ = std::min<uint64_t>(type.limits.has_max ? type.limits.max : UINT32_MAX, max_size);
  elements_.assign(type.limits.min, 0);
}

int64_t Table::grow(uint64_t delta, uint64_t init) {
  uint64_t old = elements_.size();
  if (delta > max_size_ || old + delta > max_size_) return -1;
  elements_.resize(old + delta, init);
  for (Instance* user : users_) user->on_tables_changed();
  return static_cast<int64_t>(old);
}

void Table::remove_user(Instance* instance) {
  users_.erase(std::remove(users_.begin(), users_.end(), instance), users_.end());
}

}  // namespace tandem::runner
