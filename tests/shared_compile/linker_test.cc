// The linker on hand-assembled functions: layout, relocation resolution,
// W^X mapping, trap table lookup, image reuse, and the ELF object as the
// standard tools read it.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "shared_compile/linker.h"

namespace tandem::compile {
namespace {

// f0: call f1; add eax, 1; ret        (a wasm-ABI-compatible leaf pair)
// f1: mov eax, 41; ret
CompiledFunction caller(uint32_t index, uint32_t callee) {
  CompiledFunction f;
  f.func_index = index;
  f.code = {0x48, 0x83, 0xec, 0x08,     // sub rsp, 8 (align for the call)
            0xe8, 0,    0,    0,    0,  // call rel32
            0x83, 0xc0, 0x01,           // add eax, 1
            0x48, 0x83, 0xc4, 0x08,     // add rsp, 8
            0xc3};
  f.code_size = static_cast<uint32_t>(f.code.size());
  f.relocations.push_back({5, 4, RelocKind::CallRel32, RelocTarget::function(callee)});
  return f;
}

CompiledFunction leaf(uint32_t index, uint8_t value) {
  CompiledFunction f;
  f.func_index = index;
  f.backend = Backend::Optimizing;
  f.code = {0xb8, value, 0, 0, 0, 0xc3, 0x0f, 0x0b};  // mov eax, value; ret; ud2
  f.code_size = static_cast<uint32_t>(f.code.size());
  f.trap_sites.push_back({6, TrapCode::Unreachable, 77});
  return f;
}

TEST(Linker, ResolvesDirectCallsAndRuns) {
  LibcallTable libcalls;
  Linker linker(libcalls);
  std::vector<CompiledFunction> fs = {caller(0, 1), leaf(1, 41)};
  CodeImage image;
  ASSERT_TRUE(linker.link(fs, image).ok());
  auto f0 = reinterpret_cast<int (*)()>(const_cast<void*>(image.function_entry(0)));
  ASSERT_NE(f0, nullptr);
  EXPECT_EQ(f0(), 42);
  EXPECT_EQ(image.function_entry(7), nullptr);
  // Functions are 16-byte aligned.
  EXPECT_EQ(reinterpret_cast<uintptr_t>(image.function_entry(1)) % 16, 0u);
}

TEST(Linker, TrapTableLookup) {
  LibcallTable libcalls;
  Linker linker(libcalls);
  std::vector<CompiledFunction> fs = {caller(0, 1), leaf(1, 41)};
  CodeImage image;
  ASSERT_TRUE(linker.link(fs, image).ok());
  uintptr_t f1 = reinterpret_cast<uintptr_t>(image.function_entry(1));
  const ImageTrapSite* site = image.trap_at(f1 + 6);
  ASSERT_NE(site, nullptr);
  EXPECT_EQ(site->code, TrapCode::Unreachable);
  EXPECT_EQ(site->wasm_offset, 77u);
  EXPECT_EQ(site->func_index, 1u);
  EXPECT_EQ(image.trap_at(f1 + 5), nullptr);
  const ImageFunction* fn = image.function_containing(f1 + 2);
  ASSERT_NE(fn, nullptr);
  EXPECT_EQ(fn->func_index, 1u);
  EXPECT_EQ(fn->backend, Backend::Optimizing);
  EXPECT_EQ(image.function_containing(reinterpret_cast<uintptr_t>(image.base()) + image.size() + 100), nullptr);
}

TEST(Linker, ReusesTheMappingAcrossLinks) {
  LibcallTable libcalls;
  Linker linker(libcalls);
  CodeImage image;
  std::vector<CompiledFunction> a = {caller(0, 1), leaf(1, 1)};
  ASSERT_TRUE(linker.link(a, image).ok());
  const uint8_t* base = image.base();
  std::vector<CompiledFunction> b = {caller(0, 1), leaf(1, 9)};
  ASSERT_TRUE(linker.link(b, image).ok());
  EXPECT_EQ(image.base(), base);
  auto f0 = reinterpret_cast<int (*)()>(const_cast<void*>(image.function_entry(0)));
  EXPECT_EQ(f0(), 10);
}

TEST(Linker, RefusesACallToAMissingFunction) {
  LibcallTable libcalls;
  Linker linker(libcalls);
  CodeImage image;
  std::vector<CompiledFunction> fs = {caller(0, 5)};
  Status st = linker.link(fs, image);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("function 5"), std::string::npos);
}

TEST(Linker, RefusesALibcallWithoutAddress) {
  LibcallTable libcalls;  // the runtime libcalls are unset
  Linker linker(libcalls);
  CodeImage image;
  CompiledFunction f = leaf(0, 1);
  f.code.insert(f.code.begin(), {0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0});  // movabs rax, imm64
  f.code_size = static_cast<uint32_t>(f.code.size());
  f.relocations.push_back({2, 0, RelocKind::Abs64, RelocTarget::libcall(LibCall::MemoryGrow)});
  f.trap_sites.clear();
  std::vector<CompiledFunction> fs = {f};
  EXPECT_FALSE(linker.link(fs, image).ok());
}

TEST(Linker, CodeIsNotWritable) {
  LibcallTable libcalls;
  Linker linker(libcalls);
  CodeImage image;
  std::vector<CompiledFunction> fs = {leaf(0, 1)};
  ASSERT_TRUE(linker.link(fs, image).ok());
  // /proc/self/maps lists the mapping as r-x.
  std::ifstream maps("/proc/self/maps");
  std::string line;
  uintptr_t base = reinterpret_cast<uintptr_t>(image.base());
  bool found = false;
  while (std::getline(maps, line)) {
    uintptr_t lo = std::stoull(line.substr(0, line.find('-')), nullptr, 16);
    if (lo == base) {
      found = true;
      EXPECT_EQ(line.substr(line.find(' ') + 1, 4), "r-xp") << line;
    }
  }
  EXPECT_TRUE(found);
}

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

TEST(ElfWriter, ObjdumpAndReadelfReadTheObject) {
  CompiledFunction grow = leaf(2, 3);
  grow.code.insert(grow.code.begin(), {0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0});
  grow.code_size = static_cast<uint32_t>(grow.code.size());
  grow.relocations.push_back({2, 0, RelocKind::Abs64, RelocTarget::libcall(LibCall::MemoryGrow)});
  std::vector<CompiledFunction> fs = {caller(0, 1), leaf(1, 41), grow};
  std::vector<uint8_t> obj = write_elf_object(fs);
  auto path = std::filesystem::temp_directory_path() / ("tandem_elf_test_" + std::to_string(getpid()) + ".o");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(obj.data()), static_cast<std::streamsize>(obj.size()));
  }
  std::string dis = run("objdump -d -M intel " + path.string() + " 2>&1");
  EXPECT_NE(dis.find("<wasm_f0_baseline>:"), std::string::npos) << dis;
  EXPECT_NE(dis.find("<wasm_f1_optimizing>:"), std::string::npos) << dis;
  EXPECT_NE(dis.find("ud2"), std::string::npos) << dis;
  std::string rel = run("readelf -rW " + path.string() + " 2>&1");
  EXPECT_NE(rel.find("R_X86_64_PLT32"), std::string::npos) << rel;
  EXPECT_NE(rel.find("wasm_f1_optimizing"), std::string::npos) << rel;
  EXPECT_NE(rel.find("R_X86_64_64"), std::string::npos) << rel;
  EXPECT_NE(rel.find("tandem_memory_grow"), std::string::npos) << rel;
  // Every function is a global function symbol in .text.
  std::string sym = run("readelf -sW " + path.string() + " 2>&1");
  EXPECT_NE(sym.find("FUNC    GLOBAL DEFAULT    1 wasm_f2_optimizing"), std::string::npos) << sym;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace tandem::compile
