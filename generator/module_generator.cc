#include "generator/module_generator.h"

#include <algorithm>
#include <charconv>

namespace tandem::generator {
namespace {

using wasm::OpClass;
using wasm::Opcode;
using wasm::SegmentMode;
using wasm::ValType;

constexpr char kHostModule[] = "host";
constexpr char kRefuelExport[] = "refuel";

// A small-functions draw: this many functions (their bodies stay small, see
// BodyGenerator).
constexpr uint32_t kSmallFunctionsMin = 24;
// Wide calls: past the six integer and eight float argument registers, and
// past the two result registers of each class; at the wide end, more
// results than the optimizing backend's allocator has registers of a class
// (12 integer, 15 float), so that the values one call returns cannot all
// stay in registers until the next call takes them (a linear-scan bug that
// needs 13 live integers showed first in a module of 46 operators, and
// takes 3 calls so).
constexpr uint32_t kWideCallParamsMin = 7;
constexpr uint32_t kWideCallParamsMax = 16;
constexpr uint32_t kWideCallResultsMin = 3;
constexpr uint32_t kWideCallResultsMax = 16;
constexpr uint32_t kSmallFunctionsMax = 64;
constexpr uint32_t kSmallFunctionsInvoked = 8;  // the first ones; the rest through them (and the extras)

uint64_t pages_to_bytes(uint32_t pages) {
  return std::min<uint64_t>(static_cast<uint64_t>(pages) * wasm::kPageSize, 0xffffffffull);
}

// "f12", "g3": a prefix and a decimal index, into a reused string.
void indexed_name(std::string& out, char prefix, uint32_t index) {
  char buf[16];
  buf[0] = prefix;
  auto [end, ec] = std::to_chars(buf + 1, buf + sizeof buf, index);
  out.assign(buf, end);
}

uint64_t fnv1a(std::span<const uint8_t> bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint8_t b : bytes) h = (h ^ b) * 0x100000001b3ull;
  return h;
}

}  // namespace

Status ModuleGenerator::generate(std::span<const uint8_t> fuzz, const GeneratorConfig& config, GeneratedModule& out) {
  TANDEM_TRY_STATUS(config.check());
  config_ = &config;
  in_.reset(fuzz);
  plan_.clear();
  plan_.shapes = config.active_shapes();
  out.usage = OpUsage{};

  plan_imports();
  plan_functions();
  if (has_shape(plan_.shapes, Shape::LargeFunction)) {
    plan_.large_function = plan_.num_imports + in_.below(plan_.num_generated);
    plan_.large_function_seed = in_.u64();
  }
  plan_memory();
  plan_globals();
  plan_tables();
  menu_.build(config, plan_);
  write_code(&out.usage);
  out.usage.shape_counts[static_cast<size_t>(Shape::WideCalls)] += wide_functions_;
  encode(out);
  draw_invocations(fuzz, out);
  return {};
}

// ---- the plan ------------------------------------------------------------

// Host functions named for their signature: "log_i32_f64_to_i64". The
// harness satisfies every import of module "host" with a stub that records
// its arguments and returns zeros.
void ModuleGenerator::plan_imports() {
  plan_.import_name_begin.push_back(0);
  uint32_t n = in_.below(config_->max_host_imports + 1);
  for (uint32_t i = 0; i < n; ++i) {
    types_.clear();
    uint32_t num_params = in_.below(std::min(config_->max_params, 6u) + 1);
    uint32_t num_results = in_.below(std::min(config_->max_results, 2u) + 1);
    ValTypeSet scalar = config_->types;  // the host's functions take and return no v128
    scalar.remove(ValType::V128);
    for (uint32_t k = 0; k < num_params + num_results; ++k) types_.push_back(pick_type(in_, scalar));
    name_.assign({'l', 'o', 'g'});
    for (uint32_t k = 0; k < types_.size(); ++k) {
      if (k == num_params) name_.insert(name_.end(), {'_', 't', 'o'});
      name_.push_back('_');
      std::string_view t = wasm::val_type_name(types_[k]);
      name_.insert(name_.end(), t.begin(), t.end());
    }
    std::string_view name(name_.data(), name_.size());
    bool duplicate = false;
    for (uint32_t k = 0; k < plan_.num_imports; ++k) duplicate |= import_name(k) == name;
    if (duplicate) continue;
    std::span<const ValType> all(types_);
    plan_.func_types.push_back(plan_.types.intern(all.first(num_params), all.subspan(num_params)));
    plan_.import_names.insert(plan_.import_names.end(), name_.begin(), name_.end());
    plan_.import_name_begin.push_back(static_cast<uint32_t>(plan_.import_names.size()));
    ++plan_.num_imports;
  }
}

std::string_view ModuleGenerator::import_name(uint32_t i) const {
  uint32_t begin = plan_.import_name_begin[i];
  return {plan_.import_names.data() + begin, plan_.import_name_begin[i + 1] - begin};
}

void ModuleGenerator::plan_functions() {
  plan_.num_generated = has_shape(plan_.shapes, Shape::SmallFunctions)
                            ? in_.range(kSmallFunctionsMin, kSmallFunctionsMax)
                            : in_.range(config_->min_functions, config_->max_functions);
  const bool wide_calls = has_shape(plan_.shapes, Shape::WideCalls);
  wide_functions_ = 0;
  for (uint32_t i = 0; i < plan_.num_generated; ++i) {
    types_.clear();
    uint32_t num_params = in_.below(config_->max_params + 1);
    uint32_t num_results = in_.below(config_->max_results + 1);
    ValTypeSet types = config_->types;
    if (wide_calls && in_.byte() % 3 != 0) {
      // More params than either class has registers, more results than
      // rax/rdx or xmm0/xmm1: stack arguments and stack results, usually
      // of one class so that the class's registers run out.
      num_params = in_.range(kWideCallParamsMin, kWideCallParamsMax);
      num_results = in_.range(kWideCallResultsMin, kWideCallResultsMax);
      ValTypeSet ints, floats;
      for (ValType t : {ValType::I32, ValType::I64})
        if (types.has(t)) ints.add(t);
      for (ValType t : {ValType::F32, ValType::F64})
        if (types.has(t)) floats.add(t);
      uint8_t pick = in_.byte() % 3;
      if (pick == 0 && ints.bits())
        types = ints;
      else if (pick == 1 && floats.bits())
        types = floats;
      ++wide_functions_;
      for (uint32_t k = 0; k < num_params + num_results; ++k) types_.push_back(pick_type(in_, types, true));
    } else {
      for (uint32_t k = 0; k < num_params + num_results; ++k) types_.push_back(pick_type(in_, types));
    }
    std::span<const ValType> all(types_);
    plan_.func_types.push_back(plan_.types.intern(all.first(num_params), all.subspan(num_params)));
  }
  plan_.refuel_func = plan_.num_imports + plan_.num_generated;
  plan_.func_types.push_back(plan_.types.intern({}, {}));
}

// Active data segments always fit the initial memory, so that instantiation
// never fails; passive ones (Full) are for memory.init.
void ModuleGenerator::plan_memory() {
  if (!config_->memory) return;
  plan_.has_memory = true;
  plan_.memory_min_pages = config_->memory_min_pages;
  plan_.memory_max_pages = config_->memory_max_pages;
  uint32_t mem = static_cast<uint32_t>(pages_to_bytes(plan_.memory_min_pages));
  plan_.edges = {true, mem, static_cast<uint32_t>(pages_to_bytes(plan_.memory_max_pages))};

  uint32_t n = in_.below(config_->max_data_segments + 1);
  for (uint32_t i = 0; i < n; ++i) {
    DataPlan d;
    d.passive = config_->scope == Scope::Full && (in_.byte() & 1);
    d.size = in_.below(17);
    if (!d.passive) {
      d.size = std::min(d.size, mem);
      switch (in_.byte() % 4) {
        case 0: d.offset = mem - d.size; break;  // flush with the end
        case 1: d.offset = 0; break;
        default: d.offset = in_.below(mem - d.size + 1); break;
      }
    }
    d.first_byte = static_cast<uint32_t>(plan_.data_bytes.size());
    for (uint32_t k = 0; k < d.size; ++k) plan_.data_bytes.push_back(in_.byte());
    plan_.datas.push_back(d);
  }
  plan_.data_count = config_->scope == Scope::Full && !plan_.datas.empty();
}

void ModuleGenerator::plan_globals() {
  GlobalPlan fuel;
  fuel.type = ValType::I32;
  fuel.is_mutable = true;
  fuel.exported = true;
  fuel.is_fuel = true;
  fuel.init_bits = config_->fuel;
  plan_.fuel_global = 0;
  plan_.globals.push_back(fuel);
  plan_.checksum_global = -1;
  // The shapes fold what they compute into the checksum (their loaded
  // values, the values live across a loop nest) whatever the share drawn
  // for the plain operators.
  if (config_->checksum_per_8 > 0 || plan_.shapes.any()) {
    GlobalPlan checksum;
    checksum.type = ValType::I64;
    checksum.is_mutable = true;
    checksum.exported = true;
    checksum.is_checksum = true;
    plan_.checksum_global = static_cast<int32_t>(plan_.globals.size());
    plan_.globals.push_back(checksum);
  }

  uint32_t n = in_.below(config_->max_globals + 1);
  for (uint32_t i = 0; i < n; ++i) {
    GlobalPlan g;
    g.type = pick_type(in_, config_->types);
    g.is_mutable = config_->mutable_globals && (in_.byte() & 1);
    g.exported = config_->export_globals && (in_.byte() & 1);
    switch (g.type) {
      case ValType::I32: g.init_bits = draw_i32(in_, plan_.edges); break;
      case ValType::I64: g.init_bits = draw_i64(in_, plan_.edges); break;
      case ValType::F32: g.init_bits = draw_f32_bits(in_); break;
      case ValType::F64: g.init_bits = draw_f64_bits(in_); break;
      case ValType::V128: {
        V128Bits v = draw_v128(in_, plan_.edges);
        g.init_bits = v.lo;
        g.init_hi = v.hi;
        break;
      }
      case ValType::FuncRef:
        if (in_.byte() & 1) g.init_func = static_cast<int32_t>(in_.below(plan_.num_callable()));
        break;
      default: break;
    }
    plan_.globals.push_back(g);
  }
}

// Tables and element segments (Full). Active segments fit their table's
// initial size. A declarative segment lists every callable function, so that
// ref.func may name any of them.
void ModuleGenerator::plan_tables() {
  if (config_->scope != Scope::Full) return;
  const bool externref = config_->types.has(ValType::ExternRef);
  uint32_t n = in_.below(config_->max_tables + 1);
  for (uint32_t i = 0; i < n; ++i) {
    TablePlan t;
    t.elem = externref && in_.byte() % 4 == 0 ? ValType::ExternRef : ValType::FuncRef;
    t.min = in_.below(config_->max_table_size + 1);
    t.max = in_.range(t.min, config_->max_table_size);
    plan_.tables.push_back(t);
  }

  uint32_t segments = in_.below(config_->max_elem_segments + 1);
  for (uint32_t i = 0; i < segments; ++i) {
    ElemPlan e;
    uint8_t mode = in_.byte() % 3;
    if (mode == 0 && !plan_.tables.empty()) {
      e.mode = SegmentMode::Active;
      e.table = in_.below(static_cast<uint32_t>(plan_.tables.size()));
      const TablePlan& t = plan_.tables[e.table];
      e.type = t.elem;
      e.num_items = in_.below(std::min(t.min, 6u) + 1);
      switch (in_.byte() % 3) {
        case 0: e.offset = t.min - e.num_items; break;
        case 1: e.offset = 0; break;
        default: e.offset = in_.below(t.min - e.num_items + 1); break;
      }
    } else {
      e.mode = mode == 1 ? SegmentMode::Passive : SegmentMode::Declarative;
      e.type = externref && in_.byte() % 4 == 0 ? ValType::ExternRef : ValType::FuncRef;
      e.num_items = in_.below(7);
    }
    e.first_item = static_cast<uint32_t>(plan_.elem_items.size());
    for (uint32_t k = 0; k < e.num_items; ++k) {
      bool func = e.type == ValType::FuncRef && plan_.num_callable() && in_.byte() < 200;
      plan_.elem_items.push_back(func ? static_cast<int32_t>(in_.below(plan_.num_callable())) : -1);
    }
    plan_.elems.push_back(e);
  }

  if (has_class(config_->classes, OpClass::Reference) && plan_.num_callable()) {
    ElemPlan e;
    e.mode = SegmentMode::Declarative;
    e.first_item = static_cast<uint32_t>(plan_.elem_items.size());
    e.num_items = plan_.num_callable();
    for (uint32_t f = 0; f < e.num_items; ++f) plan_.elem_items.push_back(static_cast<int32_t>(f));
    plan_.elems.push_back(e);
  }
}

// ---- code ----------------------------------------------------------------

void ModuleGenerator::write_code(OpUsage* usage) {
  bodies_.begin_module(&in_, config_, &plan_, &menu_, usage);
  code_.clear();
  for (uint32_t i = 0; i < plan_.num_generated; ++i) {
    entry_.clear();
    bodies_.generate(plan_.num_imports + i, entry_);
    code_.u32(static_cast<uint32_t>(entry_.size()));
    code_.append(entry_);
  }
  // refuel: fuel = initial; no fuel check of its own.
  entry_.clear();
  entry_.u32(0);
  entry_.opcode(Opcode::I32Const);
  entry_.s32(static_cast<int32_t>(config_->fuel));
  entry_.opcode(Opcode::GlobalSet);
  entry_.u32(plan_.fuel_global);
  entry_.opcode(Opcode::End);
  code_.u32(static_cast<uint32_t>(entry_.size()));
  code_.append(entry_);
}

void ModuleGenerator::encode_const(Encoder& e, const GlobalPlan& g) {
  switch (g.type) {
    case ValType::I32:
      e.opcode(Opcode::I32Const);
      e.s32(static_cast<int32_t>(g.init_bits));
      break;
    case ValType::I64:
      e.opcode(Opcode::I64Const);
      e.s64(static_cast<int64_t>(g.init_bits));
      break;
    case ValType::F32:
      e.opcode(Opcode::F32Const);
      e.f32_bits(static_cast<uint32_t>(g.init_bits));
      break;
    case ValType::F64:
      e.opcode(Opcode::F64Const);
      e.f64_bits(g.init_bits);
      break;
    case ValType::V128:
      e.opcode(Opcode::V128Const);
      e.v128_bits(g.init_bits, g.init_hi);
      break;
    default:
      if (g.init_func >= 0) {
        e.opcode(Opcode::RefFunc);
        e.u32(static_cast<uint32_t>(g.init_func));
      } else {
        e.opcode(Opcode::RefNull);
        e.val_type(g.type);
      }
      break;
  }
  e.opcode(Opcode::End);
}

void ModuleGenerator::encode(GeneratedModule& out) {
  ModuleEncoder m(out.wasm);
  m.begin();
  const uint32_t num_funcs = plan_.num_generated + 1;  // with refuel

  section_.clear();
  for (uint32_t t = 0; t < plan_.types.size(); ++t) section_.func_type(plan_.types.params(t), plan_.types.results(t));
  m.vector_section(SectionId::Type, plan_.types.size(), section_);

  if (plan_.num_imports) {
    section_.clear();
    for (uint32_t i = 0; i < plan_.num_imports; ++i) {
      section_.name(kHostModule);
      section_.name(import_name(i));
      section_.u8(static_cast<uint8_t>(wasm::ExternKind::Func));
      section_.u32(plan_.func_types[i]);
    }
    m.vector_section(SectionId::Import, plan_.num_imports, section_);
  }

  section_.clear();
  for (uint32_t i = 0; i < num_funcs; ++i) section_.u32(plan_.func_types[plan_.num_imports + i]);
  m.vector_section(SectionId::Function, num_funcs, section_);

  if (!plan_.tables.empty()) {
    section_.clear();
    for (const TablePlan& t : plan_.tables) {
      section_.val_type(t.elem);
      section_.limits(t.min, t.max);
    }
    m.vector_section(SectionId::Table, static_cast<uint32_t>(plan_.tables.size()), section_);
  }

  if (plan_.has_memory) {
    section_.clear();
    section_.limits(plan_.memory_min_pages, plan_.memory_max_pages);
    m.vector_section(SectionId::Memory, 1, section_);
  }

  section_.clear();
  for (const GlobalPlan& g : plan_.globals) {
    section_.val_type(g.type);
    section_.u8(g.is_mutable ? 1 : 0);
    encode_const(section_, g);
  }
  m.vector_section(SectionId::Global, static_cast<uint32_t>(plan_.globals.size()), section_);

  // Exports, recorded in `out` as well.
  section_.clear();
  uint32_t num_exports = 0;
  out.func_exports.resize(num_funcs);
  for (uint32_t i = 0; i < num_funcs; ++i) {
    if (i < plan_.num_generated)
      indexed_name(out.func_exports[i], 'f', i);
    else
      out.func_exports[i] = kRefuelExport;
    section_.name(out.func_exports[i]);
    section_.u8(static_cast<uint8_t>(wasm::ExternKind::Func));
    section_.u32(plan_.num_imports + i);
    ++num_exports;
  }
  if (plan_.has_memory) {
    section_.name("mem");
    section_.u8(static_cast<uint8_t>(wasm::ExternKind::Memory));
    section_.u32(0);
    ++num_exports;
  }
  uint32_t num_global_exports = 0;
  for (const GlobalPlan& g : plan_.globals) num_global_exports += g.exported;
  out.global_exports.resize(num_global_exports);
  for (uint32_t i = 0, k = 0; i < plan_.globals.size(); ++i) {
    if (!plan_.globals[i].exported) continue;
    std::string& name = out.global_exports[k++];
    if (plan_.globals[i].is_fuel)
      name = "fuel";
    else if (plan_.globals[i].is_checksum)
      name = "checksum";
    else
      indexed_name(name, 'g', i);
    section_.name(name);
    section_.u8(static_cast<uint8_t>(wasm::ExternKind::Global));
    section_.u32(i);
    ++num_exports;
  }
  m.vector_section(SectionId::Export, num_exports, section_);

  if (!plan_.elems.empty()) {
    section_.clear();
    for (const ElemPlan& e : plan_.elems) {
      // Flags 4-7: element expressions. 4: active on table 0 (funcref); 6:
      // active on an explicit table; 5: passive; 7: declarative.
      if (e.mode == SegmentMode::Active) {
        bool implicit = e.table == 0 && e.type == ValType::FuncRef;
        section_.u32(implicit ? 4 : 6);
        if (!implicit) section_.u32(e.table);
        section_.opcode(Opcode::I32Const);
        section_.s32(static_cast<int32_t>(e.offset));
        section_.opcode(Opcode::End);
        if (!implicit) section_.val_type(e.type);
      } else {
        section_.u32(e.mode == SegmentMode::Passive ? 5 : 7);
        section_.val_type(e.type);
      }
      section_.u32(e.num_items);
      for (uint32_t k = 0; k < e.num_items; ++k) {
        int32_t item = plan_.elem_items[e.first_item + k];
        if (item >= 0) {
          section_.opcode(Opcode::RefFunc);
          section_.u32(static_cast<uint32_t>(item));
        } else {
          section_.opcode(Opcode::RefNull);
          section_.val_type(e.type);
        }
        section_.opcode(Opcode::End);
      }
    }
    m.vector_section(SectionId::Element, static_cast<uint32_t>(plan_.elems.size()), section_);
  }

  if (plan_.data_count) {
    section_.clear();
    section_.u32(static_cast<uint32_t>(plan_.datas.size()));
    m.section(SectionId::DataCount, section_);
  }

  m.vector_section(SectionId::Code, num_funcs, code_);

  if (!plan_.datas.empty()) {
    section_.clear();
    for (const DataPlan& d : plan_.datas) {
      if (d.passive) {
        section_.u32(1);
      } else {
        section_.u32(0);
        section_.opcode(Opcode::I32Const);
        section_.s32(static_cast<int32_t>(d.offset));
        section_.opcode(Opcode::End);
      }
      section_.u32(d.size);
      section_.raw(std::span<const uint8_t>(plan_.data_bytes).subspan(d.first_byte, d.size));
    }
    m.vector_section(SectionId::Data, static_cast<uint32_t>(plan_.datas.size()), section_);
  }

  out.num_host_imports = plan_.num_imports;
  out.num_functions = plan_.num_generated;
  out.fuel_global = plan_.fuel_global;
  out.initial_fuel = config_->fuel;
  out.has_memory = plan_.has_memory;
}

// ---- invocations ---------------------------------------------------------

FuzzReader& ModuleGenerator::arg_reader() {
  if (!in_.exhausted()) return in_;
  if (arg_fallback_.exhausted()) {
    // Seeded on first use: hashing a 4 KiB input costs as much as
    // generating a small module.
    if (!arg_rng_seeded_) arg_rng_ = SplitMix64(fnv1a(fuzz_)), arg_rng_seeded_ = true;
    arg_bytes_.resize(64);
    for (size_t i = 0; i < arg_bytes_.size(); i += 8) {
      uint64_t v = arg_rng_.next();
      for (int k = 0; k < 8; ++k) arg_bytes_[i + k] = static_cast<uint8_t>(v >> (8 * k));
    }
    arg_fallback_.reset(arg_bytes_);
  }
  return arg_fallback_;
}

void ModuleGenerator::add_invocation(uint32_t func, GeneratedModule& out) {
  if (config_->refuel_each_invocation)
    out.invocations.push_back({plan_.num_generated, static_cast<uint32_t>(out.args.size()), 0});
  std::span<const ValType> params = plan_.types.params(plan_.func_types[plan_.num_imports + func]);
  out.invocations.push_back({func, static_cast<uint32_t>(out.args.size()), static_cast<uint32_t>(params.size())});
  for (ValType t : params) {
    FuzzReader& in = arg_reader();
    ArgValue v;
    v.type = t;
    switch (t) {
      case ValType::I32: v.bits = draw_i32(in, plan_.edges); break;
      case ValType::I64: v.bits = draw_i64(in, plan_.edges); break;
      case ValType::F32: v.bits = draw_f32_bits(in); break;
      case ValType::F64: v.bits = draw_f64_bits(in); break;
      case ValType::V128: {
        V128Bits x = draw_v128(in, plan_.edges);
        v.bits = x.lo;
        v.hi = x.hi;
        break;
      }
      case ValType::ExternRef:
        v.null = in.byte() % 4 == 0;
        if (!v.null) v.bits = 1 + in.byte() % 8;
        break;
      default: v.null = true; break;  // a host cannot make a funcref
    }
    out.args.push_back(v);
  }
}

void ModuleGenerator::draw_invocations(std::span<const uint8_t> fuzz, GeneratedModule& out) {
  out.invocations.clear();
  out.args.clear();
  fuzz_ = fuzz;
  arg_rng_seeded_ = false;
  arg_fallback_.reset({});
  // Small functions mostly call later ones: the first few are the roots of
  // the call chains, and calling every one of dozens from the outside would
  // cost more than it finds.
  uint32_t direct = has_shape(plan_.shapes, Shape::SmallFunctions)
                        ? std::min(plan_.num_generated, kSmallFunctionsInvoked)
                        : plan_.num_generated;
  for (uint32_t f = 0; f < direct; ++f) add_invocation(f, out);
  uint32_t extra = arg_reader().below(config_->max_extra_invocations + 1);
  for (uint32_t i = 0; i < extra; ++i) add_invocation(arg_reader().below(plan_.num_generated), out);
}

}  // namespace tandem::generator
