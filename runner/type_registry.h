// Canonical signature ids: equal function types get equal ids across every
// instance in the process, which is what call_indirect compares.
#pragma once

#include <cstdint>

#include "wasm/types.h"

namespace tandem::runner {

uint32_t canonical_type_id(const wasm::FuncType& type);

}  // namespace tandem::runner
