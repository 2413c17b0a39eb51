// The allocation checker (regalloc2's "checker", simplified): runs the
// allocated code symbolically, tracking which value every register and
// spill slot holds along every path (a forward dataflow to a fixpoint,
// where paths that disagree leave a location "conflicted"), and checks
// that every operand reads its own value from its allocated register, that
// fixed operands sit in their registers, that an instruction's early
// writes (temporaries, the copy into a reused input's register) destroy no
// input, and that nothing reads a clobbered register.
//
// Tests run it on every allocation; the backend runs it on every function
// it compiles under the setting regalloc_checker (on by default) and in
// builds with TANDEM_VERIFY_IR. An error is at the wasm offset of the
// instruction it names.
#pragma once

#include <cstdint>
#include <vector>

#include "backends/optimizing/regalloc/regalloc.h"
#include "wasm/result.h"

namespace tandem::optimizing::regalloc {

// The checker's storage, kept by a compiler from one function to the next
// so that checking every allocation allocates nothing once it is warm.
struct CheckerScratch {
  struct Rename {
    uint32_t location;
    VReg from, to;
  };
  std::vector<VReg> in;         // per block, the value every location holds on entry
  std::vector<VReg> state;      // the block being run
  std::vector<bool> seen;       // blocks reached
  std::vector<uint32_t> work;   // blocks to run, in order (a queue read from its front)
  std::vector<Rename> renames;  // of one parallel move, applied at its end
};

// ErrorKind::Internal naming the instruction and operand that go wrong.
Status check_allocation(const mach::VCode& code, const Output& out, CheckerScratch& scratch);
Status check_allocation(const mach::VCode& code, const Output& out);

}  // namespace tandem::optimizing::regalloc
