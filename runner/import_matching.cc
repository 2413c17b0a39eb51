#include "runner/import_matching.h"

namespace tandem::runner {

bool limits_match(uint64_t actual_min, bool actual_has_max, uint64_t actual_max, const wasm::Limits& wanted) {
  if (actual_min < wanted.min) return false;
  if (!wanted.has_max) return true;
  return actual_has_max && actual_max <= wanted.max;
}

bool memory_matches(uint64_t current_pages, const wasm::MemoryType& actual, const wasm::MemoryType& wanted) {
  return limits_match(current_pages, actual.limits.has_max, actual.limits.max, wanted.limits);
}

bool table_matches(uint64_t current_size, const wasm::TableType& actual, const wasm::TableType& wanted) {
  return actual.elem == wanted.elem &&
         limits_match(current_size, actual.limits.has_max, actual.limits.max, wanted.limits);
}

bool global_matches(const wasm::GlobalType& actual, const wasm::GlobalType& wanted) {
  return actual.type == wanted.type && actual.mutable_ == wanted.mutable_;
}

bool export_may_satisfy(const wasm::Module& source, const wasm::Export& exp, const wasm::Module& importer,
                        const wasm::Import& imp) {
  if (exp.kind != imp.kind) return false;
  return imp.kind != wasm::ExternKind::Func || source.func_type(exp.index) == importer.types[imp.type_index];
}

}  // namespace tandem::runner
