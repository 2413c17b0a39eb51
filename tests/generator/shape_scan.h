// Test-only: what shapes a module's bodies have, read back from its bytes
// (not from the generator's statistics), so that a test can check that a
// shape the generator claims to write is there.
//
// Each body is walked once with the operand and control stacks a validator
// keeps, and with every i32 on the stack tracked as symbol + constant (a
// constant, a local's current value, a load's result, ...; i32.add and
// i32.sub of a constant keep the symbol). A memory access's effective
// address is then symbol + constant + memarg offset, and two accesses with
// the same symbol and the same sum touch the same bytes at run time however
// their address expressions differ.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace tandem::generator::testing {

struct ShapeScan {
  std::string error;  // the module does not decode or validate

  uint32_t num_functions = 0;   // defined
  uint32_t max_body_bytes = 0;  // of one function's code
  uint32_t max_declared_locals = 0;
  uint32_t max_br_table_targets = 0;  // not counting the default
  uint32_t max_loop_depth = 0;        // loops inside loops, the outermost included
  uint32_t max_branch_values = 0;     // carried by one br, br_if or br_table
  uint32_t max_stack_height = 0;      // operand stack: values live at once
  uint32_t max_straight_line = 0;     // operators in a run without control flow or calls
  uint32_t calls = 0;
  uint32_t forward_calls = 0;    // to a function with a higher index
  uint32_t wide_signatures = 0;  // defined functions of 7+ params and 3+ results
  // Defined functions that return more integers than the optimizing
  // backend's allocator has integer registers (12).
  uint32_t results_past_int_registers = 0;
  uint32_t fused_compares = 0;  // a comparison directly consumed by br_if, if or select
  uint32_t const_operands = 0;  // a division, remainder, multiplication, shift or mask by the constant just pushed

  // Pairs of memory accesses in code without control flow between them.
  // A load whose bytes the closest earlier overlapping access wrote:
  uint32_t store_load_same = 0;     // exactly (same address, same width)
  uint32_t store_load_partial = 0;  // in part, or at another width
  // ... and of those, the address spelt the same way (expression and offset):
  uint32_t store_load_same_expression = 0;
  // ... or spelt another way (other expression, other offset):
  uint32_t store_load_other_expression = 0;
  uint32_t store_load_adjacent = 0;  // a store ending where the load starts, or the reverse
  // A load of the bytes an earlier load read, with in between:
  uint32_t load_store_load = 0;     // a store to some of those bytes
  uint32_t load_across_effect = 0;  // a call, memory.grow, memory.fill or memory.copy
};

ShapeScan scan_shapes(std::span<const uint8_t> wasm);

}  // namespace tandem::generator::testing
