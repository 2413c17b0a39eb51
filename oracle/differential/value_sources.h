// Where an operator's operands come from: for each operator of a module,
// the operators that pushed the values it pops, seen through
// local.set/local.get and global.set/global.get pairs when no control
// operator lies between them. The locator walks these links back from an
// operator whose value differs, one probe per link, to the operator where
// a difference began (operator_locator.h).
//
// Only what one pass over each body can know: a value that enters from
// another block (a block's result, a loop's back edge, a branch's target),
// through memory or from a caller has no source here, and the walk ends
// there rather than follow a link that is not there. A global read with
// no set before it in straight-line code (after a call, at a function's
// start: the checksum a generated module folds its values into) has as
// sources every value any function sets it to. A load has as sources its
// address and the memory's node (memory_node), whose sources are the
// operands of every store: a store's address or value that differed put a
// different value where a load found it. The walk probes them together.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "wasm/module.h"

namespace tandem::oracle {

struct ValueSources {
  // Operator offset -> offsets of the operators whose values it reads,
  // first operand first; an operator that reads nothing traceable has no
  // entry. A local.get or global.get reads the value of the set (or tee)
  // before it.
  std::unordered_map<uint32_t, std::vector<uint32_t>> of;
  // Calls that push several values: a source of each, which no probe sees
  // (a probe reports one value).
  std::unordered_set<uint32_t> several_values;
};

// The sources in every defined function; `m` must have validated.
ValueSources value_sources(const wasm::Module& m);

// The offset that stands for linear memory in ValueSources: one past the
// module's last byte, where no operator is.
inline uint32_t memory_node(const wasm::Module& m) { return static_cast<uint32_t>(m.bytes.size()); }

}  // namespace tandem::oracle
