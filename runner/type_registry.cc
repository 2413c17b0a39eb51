#include "runner/type_registry.h"

#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace tandem::runner {

uint32_t canonical_type_id(const wasm::FuncType& type) {
  using Key = std::pair<std::vector<wasm::ValType>, std::vector<wasm::ValType>>;
  static std::mutex mu;
  static auto* ids = new std::map<Key, uint32_t>;  // never destroyed: used until exit
  std::lock_guard<std::mutex> lock(mu);
  auto [it, inserted] = ids->try_emplace(Key{type.params, type.results}, static_cast<uint32_t>(ids->size() + 1));
  return it->second;
}

}  // namespace tandem::runner
