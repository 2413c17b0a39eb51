// Golden disassembly: compiles every function of a .wat with one backend
// under fixed settings, disassembles it with Capstone, and compares with the
// expectation written in the file after the marker line. With TANDEM_BLESS=1
// it rewrites the expectation instead, so a change in emitted code is a
// visible diff in review.
//
//   tandem_disas_test baseline|optimizing FILE.wat
#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "backends/baseline/baseline.h"
#include "backends/optimizing/optimizing.h"
#include "oracle/checks/disassembler.h"
#include "oracle/engines/text_format.h"
#include "wasm/validator.h"

namespace {

using namespace tandem;

constexpr const char* kMarker = ";; ---- expected code (TANDEM_BLESS=1 regenerates) ----";

// Fixed settings: the goldens must not depend on the machine that runs them.
constexpr const char* kSettings[] = {"bounds_checks=guard", "has_sse41=true", "has_popcnt=true",
                                     "has_lzcnt=true",      "has_bmi1=true",  "stack_limit_checks=true"};

std::string disassemble(const compile::CompiledFunction& f, oracle::Disassembler& dis) {
  std::string out = fmt::format(";; function {}\n", f.func_index);
  size_t decoded = 0;
  for (const oracle::DecodedInsn& insn :
       dis.decode_all(std::span<const uint8_t>(f.code).first(f.code_size), 0, &decoded)) {
    std::string line = fmt::format(";; {:4x}: {}", insn.address, insn.text());
    for (const compile::TrapSite& t : f.trap_sites)
      if (t.code_offset == insn.address) line += fmt::format("   ; trap {} @{:#x}", compile::trap_code_name(t.code), t.wasm_offset);
    for (const compile::Relocation& r : f.relocations)
      if (r.insn_offset == insn.address) line += fmt::format("   ; reloc {}", r.target.to_string());
    // Trailing spaces would make the file fragile under editors.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  if (decoded != f.code_size) out += fmt::format(";; <undecodable bytes at {:#x}>\n", decoded);
  return out;
}

int run(const std::string& backend, const std::string& path) {
  Result<std::vector<uint8_t>> file = oracle::read_file(path);
  if (!file) {
    fmt::print(stderr, "{}\n", file.error().to_string());
    return 2;
  }
  std::string text(file->begin(), file->end());
  size_t marker = text.find(kMarker);
  std::string source = marker == std::string::npos ? text : text.substr(0, marker);
  while (!source.empty() && (source.back() == '\n' || source.back() == ' ')) source.pop_back();
  std::string expected = marker == std::string::npos ? "" : text.substr(marker + std::string(kMarker).size() + 1);

  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(source, path);
  if (!wasm) {
    fmt::print(stderr, "{}\n", wasm.error().to_string());
    return 2;
  }
  Result<wasm::Module> module = wasm::decode_and_validate(*wasm);
  if (!module) {
    fmt::print(stderr, "{}: {}\n", path, module.error().to_string());
    return 2;
  }
  auto builder = backend == "baseline" ? baseline::make_builder() : optimizing::make_builder();
  for (const char* s : kSettings) {
    Status st = builder->set_assignment(s);
    if (!st) {
      fmt::print(stderr, "{}\n", st.error().to_string());
      return 2;
    }
  }
  if (backend == "optimizing") (void)builder->set("has_bmi2", "true");
  std::unique_ptr<compile::Compiler> compiler = builder->build();
  Result<oracle::Disassembler> dis = oracle::Disassembler::create();
  if (!dis) return 2;

  compile::ModuleEnv env(*module);
  std::string actual;
  for (uint32_t i = module->num_imported_funcs; i < module->num_funcs(); ++i) {
    Result<compile::CompiledFunction> f = compiler->compile_function(env, i);
    if (!f) {
      fmt::print(stderr, "{}: function {}: {}\n", path, i, f.error().to_string());
      return 1;
    }
    actual += disassemble(*f, *dis);
  }

  if (const char* bless = std::getenv("TANDEM_BLESS"); bless && std::string(bless) == "1") {
    std::string out = source + "\n\n" + kMarker + "\n" + actual;
    Status st = oracle::write_file(path, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(out.data()), out.size()));
    if (!st) {
      fmt::print(stderr, "{}\n", st.error().to_string());
      return 2;
    }
    fmt::print("blessed {}\n", path);
    return 0;
  }
  if (actual == expected) return 0;
  // The first differing line, then both texts: enough to see the change.
  size_t line = 1, i = 0;
  while (i < actual.size() && i < expected.size() && actual[i] == expected[i]) line += actual[i++] == '\n';
  fmt::print(stderr, "{}: the {} code differs from the expectation at line {} of the expectation\n", path, backend,
             line);
  fmt::print(stderr, "--- expected\n{}--- actual\n{}", expected, actual);
  fmt::print(stderr, "(run with TANDEM_BLESS=1 to accept the new code)\n");
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 || (std::string(argv[1]) != "baseline" && std::string(argv[1]) != "optimizing")) {
    std::fprintf(stderr, "usage: tandem_disas_test baseline|optimizing FILE.wat\n");
    return 2;
  }
  return run(argv[1], argv[2]);
}
