// Import matching (the spec's "external types" subtyping): whether an
// external value may satisfy an import of a given type. Instantiation
// checks what only the runtime knows (a memory's or table's current size)
// with these; the caller that resolves imports before instantiation (the
// native engine, against registered instances) checks kinds and function
// types with the same rules.
#pragma once

#include <cstdint>

#include "wasm/module.h"

namespace tandem::runner {

// Limits subtyping: a memory or table of `actual_min` elements now, with
// the given maximum, may be imported as `wanted`.
bool limits_match(uint64_t actual_min, bool actual_has_max, uint64_t actual_max, const wasm::Limits& wanted);

// A memory of `current_pages` pages and declared type `actual` as `wanted`.
bool memory_matches(uint64_t current_pages, const wasm::MemoryType& actual, const wasm::MemoryType& wanted);

// A table of `current_size` elements and declared type `actual` as `wanted`:
// the same element type, and matching limits.
bool table_matches(uint64_t current_size, const wasm::TableType& actual, const wasm::TableType& wanted);

// Globals match exactly: value type and mutability.
bool global_matches(const wasm::GlobalType& actual, const wasm::GlobalType& wanted);

// What an export of `source` can be checked for before instantiation, as
// the import `imp` of `importer`: its kind, and a function's type. Sizes and
// global types are the runtime's to check.
bool export_may_satisfy(const wasm::Module& source, const wasm::Export& exp, const wasm::Module& importer,
                        const wasm::Import& imp);

}  // namespace tandem::runner
