// Import matching: the limits subtyping of memories and tables (against
// their current size), the exact match of globals, and what an export can
// be checked for before instantiation (its kind, a function's type).
#include "runner/import_matching.h"

#include <gtest/gtest.h>

namespace tandem::runner {
namespace {

using wasm::ExternKind;
using wasm::Limits;
using wasm::ValType;

Limits limits(uint64_t min) { return Limits{min, false, 0}; }
Limits limits(uint64_t min, uint64_t max) { return Limits{min, true, max}; }

TEST(ImportMatching, LimitsNeedAtLeastTheMinimum) {
  EXPECT_TRUE(limits_match(1, false, 0, limits(1)));
  EXPECT_TRUE(limits_match(5, false, 0, limits(1)));
  EXPECT_FALSE(limits_match(0, false, 0, limits(1)));
}

TEST(ImportMatching, AWantedMaximumNeedsOneNoLarger) {
  EXPECT_FALSE(limits_match(1, false, 0, limits(1, 2))) << "no maximum is larger than any";
  EXPECT_TRUE(limits_match(1, true, 2, limits(1, 2)));
  EXPECT_TRUE(limits_match(1, true, 1, limits(0, 2)));
  EXPECT_FALSE(limits_match(1, true, 3, limits(1, 2)));
  EXPECT_TRUE(limits_match(1, true, 3, limits(1))) << "without a wanted maximum any will do";
}

TEST(ImportMatching, AMemoryMatchesByItsCurrentSize) {
  wasm::MemoryType declared{limits(1, 4)};
  // Grown from 1 to 2 pages: a minimum of 2 is now met.
  EXPECT_FALSE(memory_matches(1, declared, wasm::MemoryType{limits(2)}));
  EXPECT_TRUE(memory_matches(2, declared, wasm::MemoryType{limits(2)}));
  EXPECT_TRUE(memory_matches(2, declared, wasm::MemoryType{limits(2, 4)}));
  EXPECT_FALSE(memory_matches(2, declared, wasm::MemoryType{limits(2, 3)}));
}

TEST(ImportMatching, ATableNeedsItsElementTypeAndLimits) {
  wasm::TableType funcs{ValType::FuncRef, limits(10, 20)};
  EXPECT_TRUE(table_matches(10, funcs, wasm::TableType{ValType::FuncRef, limits(10)}));
  EXPECT_FALSE(table_matches(10, funcs, wasm::TableType{ValType::ExternRef, limits(10)}));
  EXPECT_FALSE(table_matches(10, funcs, wasm::TableType{ValType::FuncRef, limits(11)}));
  EXPECT_TRUE(table_matches(11, funcs, wasm::TableType{ValType::FuncRef, limits(11)}));
}

TEST(ImportMatching, GlobalsMatchExactly) {
  wasm::GlobalType const_i32{ValType::I32, false};
  EXPECT_TRUE(global_matches(const_i32, const_i32));
  EXPECT_FALSE(global_matches(const_i32, wasm::GlobalType{ValType::I32, true}));
  EXPECT_FALSE(global_matches(wasm::GlobalType{ValType::I32, true}, const_i32));
  EXPECT_FALSE(global_matches(const_i32, wasm::GlobalType{ValType::I64, false}));
}

// A module with function type `type` at index 0, one function of it, and
// that function exported as "f" and a memory exported as "m".
wasm::Module exporter(const wasm::FuncType& type) {
  wasm::Module m;
  m.types.push_back(type);
  m.func_type_indices.push_back(0);
  m.exports.push_back(wasm::Export{"f", ExternKind::Func, 0});
  m.exports.push_back(wasm::Export{"m", ExternKind::Memory, 0});
  return m;
}

TEST(ImportMatching, AnExportNeedsTheImportsKindAndFunctionType) {
  const wasm::FuncType i32_to_i32{{ValType::I32}, {ValType::I32}};
  const wasm::FuncType nothing{{}, {}};
  wasm::Module source = exporter(i32_to_i32);
  wasm::Module importer;
  importer.types = {nothing, i32_to_i32};
  wasm::Import func{"src", "f", ExternKind::Func, 1, {}, {}, {}};
  wasm::Import other_type{"src", "f", ExternKind::Func, 0, {}, {}, {}};
  wasm::Import memory{"src", "m", ExternKind::Memory, 0, {}, {}, {}};
  const wasm::Export& f = source.exports[0];
  const wasm::Export& m = source.exports[1];
  EXPECT_TRUE(export_may_satisfy(source, f, importer, func));
  EXPECT_FALSE(export_may_satisfy(source, f, importer, other_type));
  EXPECT_FALSE(export_may_satisfy(source, f, importer, memory)) << "a function is no memory";
  EXPECT_FALSE(export_may_satisfy(source, m, importer, func)) << "a memory is no function";
  // Sizes are the runtime's to check: any memory export may satisfy a memory import here.
  EXPECT_TRUE(export_may_satisfy(source, m, importer, memory));
}

}  // namespace
}  // namespace tandem::runner
