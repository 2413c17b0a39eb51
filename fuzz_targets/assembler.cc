// Fuzzes the x86-64 Assembler against Capstone: the input picks one
// instruction form of encodings.def and its operands (registers, every
// memory shape, immediates and displacements at encoding edges, labels at
// short/near distances); the form is encoded, decoded, and must come back as
// exactly one instruction with the same mnemonic and operands. A mismatch
// prints both and aborts. The logic lives in oracle/encoding_check.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "oracle/checks/disassembler.h"
#include "oracle/checks/encoding_check.h"
#include "shared_compile/code_buffer.h"

namespace {

struct State {
  tandem::compile::CodeBuffer buffer;
  tandem::oracle::Disassembler disassembler;
};

State& state() {
  static State* s = [] {
    auto dis = tandem::oracle::Disassembler::create();
    if (!dis.ok()) {
      std::fprintf(stderr, "fuzz_assembler: %s\n", dis.error().to_string().c_str());
      std::abort();
    }
    return new State{tandem::compile::CodeBuffer{}, std::move(dis).value()};
  }();
  return *s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  State& s = state();
  const auto c = tandem::oracle::form_case_from_bytes({data, size});
  if (auto problem = tandem::oracle::check_form_case(c, s.buffer, s.disassembler)) {
    std::fprintf(stderr, "fuzz_assembler: encoding mismatch\n%s", problem->c_str());
    std::abort();
  }
  return 0;
}
