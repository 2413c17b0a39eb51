// The implementation limits of wasm/limits.def as the decoder applies them:
// a module one past a limit is refused as LimitExceeded, with a message
// naming the limit, at the offset of what crossed it, before anything is
// sized by the count; a module at the limit is not refused; and where a rule
// of the spec meets a limit, the spec's verdict comes first.
#include "wasm/limits.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <string>
#include <vector>

#include "tests/wasm/binary_builder.h"
#include "wasm/decoder.h"
#include "wasm/validator.h"

namespace tandem::wasm {
namespace {

using testing::Bytes;
using testing::concat;
using testing::ModuleBuilder;
using testing::uleb;

void expect_limit(const Bytes& bytes, const std::string& message, uint64_t offset) {
  Result<Module> m = decode(bytes);
  ASSERT_FALSE(m.ok()) << "decoded without error";
  EXPECT_EQ(m.error().kind, ErrorKind::LimitExceeded) << m.error().to_string();
  EXPECT_EQ(m.error().message, message) << m.error().to_string();
  EXPECT_EQ(m.error().offset, offset) << m.error().to_string();
  EXPECT_EQ(m.error().to_string().rfind("limit exceeded at 0x", 0), 0u) << m.error().to_string();
}

// Decodes, or fails for a reason other than a limit (a module at a limit
// may still be malformed in another way: a function section without code).
void expect_no_limit(const Bytes& bytes) {
  Result<Module> m = decode(bytes);
  if (!m.ok()) EXPECT_NE(m.error().kind, ErrorKind::LimitExceeded) << m.error().to_string();
}

// `n` copies of `item` after their count: a section's contents.
Bytes vec(uint64_t n, const Bytes& item) {
  Bytes out = uleb(n);
  out.reserve(out.size() + n * item.size());
  for (uint64_t i = 0; i < n; ++i) out.insert(out.end(), item.begin(), item.end());
  return out;
}

// A code section of `bodies` (without their size prefix); the offset of its contents.
uint32_t code_section(ModuleBuilder& b, const std::vector<Bytes>& bodies) {
  Bytes contents = uleb(bodies.size());
  for (const Bytes& body : bodies) {
    Bytes size = uleb(body.size());
    contents.insert(contents.end(), size.begin(), size.end());
    contents.insert(contents.end(), body.begin(), body.end());
  }
  return b.section(10, contents);
}

// A body declaring `count` i32 locals in one run, doing nothing else.
Bytes locals_body(uint32_t count) { return concat({{0x01}, uleb(count), {0x7f, 0x0b}}); }

// --- Locals ----------------------------------------------------------------------------------

TEST(Limits, FourBillionLocalsAreRefusedAtTheirDeclaration) {
  ModuleBuilder b;
  b.void_funcs(1);
  uint32_t code = b.code({{0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x0b}});
  // At the body's local declarations, past the count and the body size.
  expect_limit(b.bytes(), "function 0 has 4294967295 locals, more than the function_locals limit of 50000", code + 2);
}

TEST(Limits, FunctionLocalsCountEveryRunAndTheParameters) {
  ModuleBuilder at_limit;
  at_limit.void_funcs(1);
  code_section(at_limit, {locals_body(50000)});
  expect_no_limit(at_limit.bytes());
  EXPECT_EQ(decode(at_limit.bytes())->functions[0].num_locals, 50000u);

  ModuleBuilder runs;
  runs.void_funcs(1);
  uint32_t code = code_section(runs, {concat({{0x02}, uleb(25000), {0x7f}, uleb(25001), {0x7e, 0x0b}})});
  expect_limit(runs.bytes(), "function 0 has 50001 locals, more than the function_locals limit of 50000", code + 2);

  // (param i32 i32) and 49999 declared locals; an imported function first,
  // so the defined one is function 1.
  ModuleBuilder params;
  params.section(1, {0x01, 0x60, 0x02, 0x7f, 0x7f, 0x00});
  params.section(2, {0x01, 0x00, 0x00, 0x00, 0x00});
  params.section(3, {0x01, 0x00});
  code = code_section(params, {locals_body(49999)});
  expect_limit(params.bytes(), "function 1 has 50001 locals, more than the function_locals limit of 50000", code + 2);
}

TEST(Limits, TheSpecBoundOnLocalsIsMalformedFirst) {
  // binary.wast's "too many locals": the sum passes 2^32 - 1 in the second
  // run, which the spec calls malformed, not past a limit.
  ModuleBuilder b;
  b.void_funcs(1);
  b.code({{0x02, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x02, 0x7e, 0x0b}});
  Result<Module> m = decode(b.bytes());
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::Malformed) << m.error().to_string();
  EXPECT_EQ(m.error().message, "too many locals");
}

TEST(Limits, ModuleLocalsSumEveryFunction) {
  // 1000 functions at the function_locals limit reach the module_locals
  // limit exactly; one more crosses it.
  std::vector<Bytes> bodies(1000, locals_body(50000));
  ModuleBuilder at_limit;
  at_limit.void_funcs(1000);
  code_section(at_limit, bodies);
  expect_no_limit(at_limit.bytes());

  bodies.push_back(locals_body(50000));
  ModuleBuilder past;
  past.void_funcs(1001);
  uint32_t code = code_section(past, bodies);
  const uint32_t entry = 1 + static_cast<uint32_t>(bodies[0].size());
  expect_limit(past.bytes(),
               "with function 1000, the module has 50050000 locals, more than the module_locals limit of 50000000",
               code + uleb(1001).size() + 1000 * entry + 1);
}

// --- Function bodies -----------------------------------------------------------------------------

TEST(Limits, FunctionBodySize) {
  auto body_of = [](uint32_t size) {
    Bytes body(size, 0x01);  // no locals, nops, end
    body.front() = 0x00;
    body.back() = 0x0b;
    return body;
  };
  ModuleBuilder at_limit;
  at_limit.void_funcs(1);
  code_section(at_limit, {body_of(7654321)});
  expect_no_limit(at_limit.bytes());

  ModuleBuilder past;
  past.void_funcs(1);
  uint32_t code = code_section(past, {body_of(7654322)});
  // At the entry's size field.
  expect_limit(past.bytes(),
               "the body of function 0 has 7654322 bytes, more than the function_body_size limit of 7654321", code + 1);

  // A size the section cannot hold is malformed, whatever its value.
  ModuleBuilder overrun;
  overrun.void_funcs(1);
  overrun.section(10, concat({{0x01}, uleb(8000000), {0x00, 0x0b}}));
  Result<Module> m = decode(overrun.bytes());
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::Malformed) << m.error().to_string();
}

// --- Section counts ---------------------------------------------------------------------------------

struct CountCase {
  uint8_t section;
  Limit limit;
  Bytes item;  // one well-formed entry of the section
};

TEST(Limits, SectionCountsOnePastTheirLimit) {
  const CountCase cases[] = {
      {1, Limit::Types, {0x60, 0x00, 0x00}},
      {2, Limit::Imports, {0x00, 0x00, 0x00, 0x00}},  // "" "" (func 0)
      {3, Limit::Functions, {0x00}},
      {6, Limit::Globals, {0x7f, 0x00, 0x41, 0x00, 0x0b}},  // i32 (i32.const 0)
      {7, Limit::Exports, {0x00, 0x00, 0x00}},              // "" (func 0)
      {9, Limit::ElemSegments, {0x01, 0x00, 0x00}},         // passive, funcref, no items
      {11, Limit::DataSegments, {0x01, 0x00}},              // passive, no bytes
  };
  for (const CountCase& c : cases) {
    const LimitInfo& info = limit_info(c.limit);
    SCOPED_TRACE(info.name);
    ModuleBuilder at_limit;
    at_limit.section(c.section, vec(info.value, c.item));
    expect_no_limit(at_limit.bytes());

    ModuleBuilder past;
    uint32_t at = past.section(c.section, vec(info.value + 1, c.item));
    expect_limit(past.bytes(),
                 fmt::format("the module declares {} {}, more than the {} limit of {}", info.value + 1, info.unit,
                             info.name, info.value),
                 at);
  }
}

TEST(Limits, IndexSpacesCountTheirImports) {
  // One imported function and 1,000,000 defined ones.
  ModuleBuilder funcs;
  funcs.section(1, {0x01, 0x60, 0x00, 0x00});
  funcs.section(2, {0x01, 0x00, 0x00, 0x00, 0x00});
  uint32_t at = funcs.section(3, vec(1000000, {0x00}));
  expect_limit(funcs.bytes(), "the module declares 1000001 functions, more than the functions limit of 1000000", at);

  // One imported global and 1,000,000 defined ones.
  ModuleBuilder globals;
  globals.section(2, {0x01, 0x00, 0x00, 0x03, 0x7f, 0x00});
  at = globals.section(6, vec(1000000, {0x7f, 0x00, 0x41, 0x00, 0x0b}));
  expect_limit(globals.bytes(), "the module declares 1000001 globals, more than the globals limit of 1000000", at);
}

TEST(Limits, ElementSegmentItemsAreRefusedBeforeTheyAreRead) {
  // A passive segment of function indices that claims one item too many:
  // the count is checked before the items are reserved or read.
  ModuleBuilder b;
  uint32_t at = b.section(9, concat({{0x01, 0x01, 0x00}, vec(10000001, {0x00})}));
  expect_limit(b.bytes(),
               "element segment 0 lists 10000001 elements, more than the elem_segment_items limit of 10000000", at + 3);
}

// --- Tables and memories --------------------------------------------------------------------------------

TEST(Limits, TableInitialSize) {
  ModuleBuilder at_limit;
  at_limit.section(4, concat({{0x01, 0x70, 0x00}, uleb(10000000)}));
  expect_no_limit(at_limit.bytes());

  // An imported table first: the defined one is table 1. At its limits.
  ModuleBuilder past;
  past.section(2, {0x01, 0x00, 0x00, 0x01, 0x70, 0x00, 0x00});
  uint32_t at = past.section(4, concat({{0x01, 0x70, 0x00}, uleb(10000001)}));
  expect_limit(past.bytes(), "table 1 starts with 10000001 elements, more than the table_size limit of 10000000",
               at + 2);

  // An imported table's minimum is a size too.
  ModuleBuilder imported;
  at = imported.section(2, concat({{0x01, 0x00, 0x00, 0x01, 0x70, 0x00}, uleb(0xffffffff)}));
  expect_limit(imported.bytes(), "table 0 starts with 4294967295 elements, more than the table_size limit of 10000000",
               at + 5);

  // Only the initial size: a maximum past the limit is table.wast's
  // (table 0 0xffff_ffff funcref), valid; growth stops at the limit.
  ModuleBuilder max;
  max.section(4, concat({{0x01, 0x70, 0x01, 0x00}, uleb(0xffffffff)}));
  EXPECT_TRUE(decode_and_validate(max.bytes()).ok());
}

TEST(Limits, TheSpecVerdictOnASizeComesFirst) {
  // table.wast: (table 0xffff_ffff 0 funcref) is invalid, its minimum
  // above its maximum, whatever tandem could allocate.
  ModuleBuilder table;
  table.section(4, concat({{0x01, 0x70, 0x01}, uleb(0xffffffff), {0x00}}));
  Result<Module> t = decode_and_validate(table.bytes());
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().kind, ErrorKind::Invalid) << t.error().to_string();
  EXPECT_EQ(t.error().message, "size minimum must not be greater than maximum");

  // memory.wast: (memory 65537) is invalid, past the spec's own bound.
  ModuleBuilder memory;
  memory.section(5, concat({{0x01, 0x00}, uleb(65537)}));
  Result<Module> m = decode_and_validate(memory.bytes());
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::Invalid) << m.error().to_string();
}

}  // namespace
}  // namespace tandem::wasm
