// The scope presets and the swarm draw.
#include <algorithm>

#include <fmt/format.h>

#include "generator/generator.h"

namespace tandem::generator {
namespace {

using wasm::OpClass;

OpClassSet integer_core_classes() {
  OpClassSet s;
  for (OpClass c : {OpClass::Control, OpClass::Call, OpClass::Parametric, OpClass::Variable, OpClass::Load,
                    OpClass::Store, OpClass::Memory, OpClass::Const, OpClass::IntCompare, OpClass::IntUnary,
                    OpClass::IntArith, OpClass::IntDivRem, OpClass::IntShift, OpClass::Convert})
    add_class(s, c);
  return s;
}

ValTypeSet scope_types(Scope scope) { return scope == Scope::IntegerCore ? ValTypeSet::integers() : ValTypeSet::all(); }

uint32_t le32(std::span<const uint8_t, GeneratorConfig::kSwarmBytes> b, size_t at) {
  return b[at] | b[at + 1] << 8 | b[at + 2] << 16 | static_cast<uint32_t>(b[at + 3]) << 24;
}

// `preset` reduced by a fuzz-chosen amount, never below `floor`.
uint32_t shrink(uint32_t preset, uint32_t floor, uint8_t byte) {
  if (preset <= floor) return preset;
  return preset - byte % (preset - floor + 1);
}

constexpr uint32_t kShapeOdds[] = {
#define SHAPE(name, text, odds) odds,
#include "generator/shapes.def"
#undef SHAPE
};

}  // namespace

OpClassSet scope_classes(Scope scope) {
  if (scope == Scope::IntegerCore) return integer_core_classes();
  OpClassSet all;
  for (uint32_t i = 0; i < wasm::kNumOpClasses; ++i) all.set(i);
  return all;
}

OpClassSet simd_classes() {
  // Once: the swarm draw asks for it per class of every input.
  static const OpClassSet s = [] {
    OpClassSet set;
    for (uint32_t i = 0; i < wasm::kNumOpClasses; ++i)
      if (wasm::is_simd_class(static_cast<OpClass>(i))) set.set(i);
    return set;
  }();
  return s;
}

const char* scope_name(Scope scope) { return scope == Scope::Full ? "full" : "integer-core"; }

uint32_t shape_odds(Shape shape) { return kShapeOdds[static_cast<uint8_t>(shape)]; }

const char* shape_name(Shape shape) {
  static constexpr const char* kNames[] = {
#define SHAPE(name, text, odds) text,
#include "generator/shapes.def"
#undef SHAPE
  };
  return kNames[static_cast<uint8_t>(shape)];
}

GeneratorConfig GeneratorConfig::integer_core() {
  GeneratorConfig c;
  c.scope = Scope::IntegerCore;
  c.classes = integer_core_classes();
  c.types = ValTypeSet::integers();
  c.max_tables = 0;
  c.max_elem_segments = 0;
  c.multi_value_blocks = false;
  return c;
}

GeneratorConfig GeneratorConfig::full() {
  GeneratorConfig c;
  c.scope = Scope::Full;
  c.classes = scope_classes(Scope::Full) & ~simd_classes();
  c.types = ValTypeSet::all();
  return c;
}

GeneratorConfig GeneratorConfig::from_fuzz(std::span<const uint8_t> bytes, Scope scope) {
  std::array<uint8_t, kSwarmBytes> padded{};
  for (size_t i = 0; i < kSwarmBytes && i < bytes.size(); ++i) padded[i] = bytes[i];
  std::span<const uint8_t, kSwarmBytes> b(padded);
  GeneratorConfig c = preset(scope);

  // A class is off when its bit is set in both masks: each is on with
  // probability 3/4, and zero bytes keep everything on.
  uint32_t off = le32(b, 0) & le32(b, 4);
  static_assert(wasm::kNumOpClasses <= 32, "one bit of `off` per class");
  for (uint32_t i = 0; i < wasm::kNumOpClasses; ++i)
    if ((off >> i) & 1) c.classes.reset(i);
  add_class(c.classes, OpClass::Const);
  add_class(c.classes, OpClass::Variable);

  uint8_t types_off = b[8] & b[9];
  for (unsigned i = 1; i < 6; ++i)
    if ((types_off >> i) & 1) c.types.remove(ValTypeSet::kOrder[i]);
  // SIMD in a quarter of the inputs (not the preset's all-zero bytes, so
  // that inputs found before SIMD mostly keep their modules): its classes
  // drawn as the others, v128 values in 3 of 4 of those.
  if (scope == Scope::Full && ((b[19] >> 2) & 3) == 3) {
    c.simd = true;
    const OpClassSet simd = simd_classes();
    for (uint32_t i = 0; i < wasm::kNumOpClasses; ++i)
      if (simd.test(i) && !((off >> i) & 1)) c.classes.set(i);
    add_class(c.classes, OpClass::SimdConst);  // as Const: a v128 operand comes from somewhere
    if (!((types_off >> 6) & 1)) c.types.add(wasm::ValType::V128);
  }

  c.max_functions = shrink(c.max_functions, 1, b[10]);
  c.max_params = shrink(c.max_params, 0, b[11] & 0x0f);
  c.max_results = shrink(c.max_results, 0, b[11] >> 4);
  c.max_locals = shrink(c.max_locals, 0, b[12] & 0x0f);
  c.max_nesting = shrink(c.max_nesting, 1, b[12] >> 4);
  c.max_body_ops >>= b[13] & 3;
  if (c.max_body_ops == 0) c.max_body_ops = 1;
  c.max_host_imports = shrink(c.max_host_imports, 0, b[13] >> 2);

  static constexpr uint32_t kMinPages[] = {1, 0, 2, 1};
  static constexpr uint32_t kExtraPages[] = {1, 0, 3, 8};
  c.memory = (b[14] & 3) != 3;
  c.memory_min_pages = kMinPages[(b[14] >> 2) & 3];
  c.memory_max_pages = c.memory_min_pages + kExtraPages[(b[14] >> 4) & 3];
  c.max_data_segments = shrink(c.max_data_segments, 0, b[14] >> 6);

  c.max_globals = shrink(c.max_globals, 0, b[15] & 7);
  c.mutable_globals = !(b[15] & 0x08);
  c.export_globals = !(b[15] & 0x10);
  // At most 500: recursion depth is bounded by the fuel, and engines differ
  // in how deep they can go (a stack exhausted on one side only is
  // inconclusive, so it is a wasted input).
  static constexpr uint32_t kFuel[] = {200, 50, 500, 10, 300, 100, 20, 400};
  c.fuel = kFuel[b[15] >> 5];

  c.max_tables = shrink(c.max_tables, 0, b[16] & 3);
  c.max_elem_segments = shrink(c.max_elem_segments, 0, b[16] >> 2);
  c.max_table_size = c.max_table_size >> ((b[17] >> 1) & 3);
  if (scope == Scope::Full) c.multi_value_blocks = !(b[17] & 1);
  c.max_extra_invocations = shrink(c.max_extra_invocations, 0, b[18]);
  c.min_functions = 1;
  static constexpr uint32_t kChecksumPer8[] = {4, 8, 2, 0};
  c.checksum_per_8 = kChecksumPer8[b[19] & 3];
  for (uint32_t i = 0; i < kNumShapes; ++i)
    if (b[kShapeSwarmByte + i] >= 256 - kShapeOdds[i]) c.shapes.set(i);
  // A shape drawn brings what it needs, so that each is in about its odds
  // of the inputs rather than in the few that also drew its requirements.
  if (has_shape(c.shapes, Shape::MemoryAliasing)) {
    c.memory = true;
    c.memory_min_pages = std::max(c.memory_min_pages, 1u);
    c.memory_max_pages = std::max(c.memory_max_pages, c.memory_min_pages);
    add_class(c.classes, OpClass::Load);
    add_class(c.classes, OpClass::Store);
  }
  if (has_shape(c.shapes, Shape::DeepLoops) || has_shape(c.shapes, Shape::WideBrTable) ||
      has_shape(c.shapes, Shape::WideBranch))
    add_class(c.classes, OpClass::Control);
  if (has_shape(c.shapes, Shape::WideBranch) && scope == Scope::Full) c.multi_value_blocks = true;
  if (has_shape(c.shapes, Shape::SmallFunctions) || has_shape(c.shapes, Shape::WideCalls))
    add_class(c.classes, OpClass::Call);
  if (has_shape(c.shapes, Shape::CompareBranch)) {
    add_class(c.classes, OpClass::Control);
    add_class(c.classes, OpClass::Parametric);
    add_class(c.classes, OpClass::IntCompare);
    if (scope == Scope::Full) add_class(c.classes, OpClass::FloatCompare);
  }
  if (has_shape(c.shapes, Shape::ConstOperand)) {
    add_class(c.classes, OpClass::IntArith);
    add_class(c.classes, OpClass::IntDivRem);
    add_class(c.classes, OpClass::IntShift);
  }
  return c;
}

ShapeSet GeneratorConfig::active_shapes() const {
  ShapeSet s = shapes;
  auto drop_unless = [&](Shape shape, bool possible) {
    if (!possible) s.reset(static_cast<size_t>(shape));
  };
  const bool control = has_class(classes, OpClass::Control);
  drop_unless(Shape::MemoryAliasing, memory && memory_min_pages >= 1 && has_class(classes, OpClass::Load) &&
                                         has_class(classes, OpClass::Store));
  drop_unless(Shape::DeepLoops, control);
  drop_unless(Shape::WideBrTable, control);
  drop_unless(Shape::WideBranch, control && multi_value_blocks);
  drop_unless(Shape::SmallFunctions, has_class(classes, OpClass::Call));
  drop_unless(Shape::WideCalls, has_class(classes, OpClass::Call));
  drop_unless(Shape::CompareBranch,
              control && has_class(classes, OpClass::Parametric) &&
                  (has_class(classes, OpClass::IntCompare) || has_class(classes, OpClass::FloatCompare)));
  drop_unless(Shape::ConstOperand, has_class(classes, OpClass::IntArith) && has_class(classes, OpClass::IntDivRem) &&
                                       has_class(classes, OpClass::IntShift));
  return s;
}

Status GeneratorConfig::check() const {
  auto fail = [](std::string msg) -> Status { return make_error(ErrorKind::Usage, std::move(msg)); };
  OpClassSet allowed = scope_classes(scope);
  for (uint32_t i = 0; i < wasm::kNumOpClasses; ++i)
    if (classes.test(i) && !allowed.test(i))
      return fail(fmt::format("generator: operator class {} is outside the {} scope",
                              wasm::op_class_name(static_cast<OpClass>(i)), scope_name(scope)));
  if (!has_class(classes, OpClass::Const) || !has_class(classes, OpClass::Variable))
    return fail("generator: the const and variable classes cannot be disabled");
  if (simd && !has_class(classes, OpClass::SimdConst))
    return fail("generator: the SIMD const class cannot be disabled when SIMD is on");
  if (!types.subset_of(scope_types(scope)) && !(simd && types.subset_of(ValTypeSet::all_with_v128())))
    return fail(fmt::format("generator: a value type is outside the {} scope", scope_name(scope)));
  if (simd && scope != Scope::Full) return fail("generator: SIMD is outside the integer-core scope");
  if (!simd && (classes & simd_classes()).any()) return fail("generator: a SIMD operator class needs the simd feature");
  if (!types.has(wasm::ValType::I32)) return fail("generator: i32 cannot be disabled");
  if (min_functions < 1 || max_functions < min_functions || max_functions > 10000)
    return fail("generator: need 1 <= min_functions <= max_functions <= 10000");
  if (max_nesting < 1 || max_nesting > 64) return fail("generator: max_nesting must be in [1, 64]");
  if (max_params > 1000 || max_results > 1000 || max_locals > 50000)
    return fail("generator: too many params, results or locals");
  if (memory && (memory_max_pages < memory_min_pages || memory_max_pages > wasm::kMaxPages))
    return fail("generator: need memory_min_pages <= memory_max_pages <= 65536");
  if (max_table_size > 100000) return fail("generator: max_table_size is at most 100000");
  if (scope == Scope::IntegerCore && (max_tables || max_elem_segments || multi_value_blocks))
    return fail("generator: tables, element segments and multi-value blocks are outside the integer-core scope");
  if (fuel == 0) return fail("generator: fuel must be positive");
  return {};
}

}  // namespace tandem::generator
