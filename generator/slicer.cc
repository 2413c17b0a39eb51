#include "generator/slicer.h"

#include <algorithm>

namespace tandem::generator {

using wasm::ConstExpr;
using wasm::ExternKind;
using wasm::Opcode;
using wasm::SegmentMode;
using wasm::ValType;

namespace {

constexpr uint32_t kNone = UINT32_MAX;

// An active element segment past this many table entries is made passive
// rather than growing the table to hold it.
constexpr uint64_t kMaxTableEntries = 1u << 16;

constexpr MutationKind kSiteMutations[] = {
    MutationKind::ConstEdge,         MutationKind::SwapOperands, MutationKind::InsertUnary,
    MutationKind::InsertBinaryConst, MutationKind::RemoveOp,     MutationKind::BranchDepth,
};
constexpr uint32_t kNumSiteMutations = sizeof kSiteMutations / sizeof kSiteMutations[0];

ConstExpr zero_of(ValType t) {
  ConstExpr e;
  e.type = t;
  switch (t) {
    case ValType::I32: e.kind = ConstExpr::Kind::I32; break;
    case ValType::I64: e.kind = ConstExpr::Kind::I64; break;
    case ValType::F32: e.kind = ConstExpr::Kind::F32; break;
    case ValType::F64: e.kind = ConstExpr::Kind::F64; break;
    default: e.kind = ConstExpr::Kind::RefNull; break;
  }
  return e;
}

void indexed_name(std::string& out, char prefix, uint32_t i) {
  out.assign(1, prefix);
  out.append(std::to_string(i));
}

uint64_t fnv1a(std::span<const uint8_t> bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint8_t b : bytes) h = (h ^ b) * 0x100000001b3ull;
  return h;
}

uint64_t draw_bits(FuzzReader& in, ValType t, const EdgeContext& edges) {
  switch (t) {
    case ValType::I32: return draw_i32(in, edges);
    case ValType::I64: return draw_i64(in, edges);
    case ValType::F32: return draw_f32_bits(in);
    case ValType::F64: return draw_f64_bits(in);
    default: return 0;
  }
}

}  // namespace

// ---- the policy -------------------------------------------------------------

bool MutationPolicy::choose(const EditSite& site, Edit& edit) {
  while (next_ < positions_.size() && positions_[next_] < site.ordinal) ++next_;
  if (next_ == positions_.size() || positions_[next_] != site.ordinal) return false;
  while (next_ < positions_.size() && positions_[next_] == site.ordinal) ++next_;

  // Uniformly among the kinds that fit here, so that kinds that fit almost
  // everywhere do not take the share of those that fit rarely.
  MutationKind fitting[kNumSiteMutations];
  uint32_t num_fitting = 0;
  for (MutationKind kind : kSiteMutations)
    if (edit_fits(kind, site)) fitting[num_fitting++] = kind;
  if (num_fitting == 0) return false;
  edit.kind = fitting[in_->below(num_fitting)];
  const wasm::OpInfo& info = wasm::op_info(site.op->opcode);
  switch (edit.kind) {
    case MutationKind::ConstEdge: edit.bits = draw_bits(*in_, wasm::sig_val_type(info.out), edges_); break;
    case MutationKind::InsertUnary: {
      std::span<const Opcode> ops = unary_ops_for(site.result);
      edit.op = ops[in_->below(static_cast<uint32_t>(ops.size()))];
      break;
    }
    case MutationKind::InsertBinaryConst: {
      std::span<const Opcode> ops = binary_ops_for(site.result);
      edit.op = ops[in_->below(static_cast<uint32_t>(ops.size()))];
      edit.bits = draw_bits(*in_, site.result, edges_);
      break;
    }
    case MutationKind::RemoveOp:
      if (info.out != wasm::SigType::None) edit.bits = draw_bits(*in_, wasm::sig_val_type(info.out), edges_);
      break;
    case MutationKind::BranchDepth: edit.choice = in_->u16(); break;
    default: break;
  }
  return true;
}

uint32_t MutationPolicy::redirect_call(uint32_t source_callee, uint32_t mapped) {
  return source_callee == dup_source_ && in_->chance(128) ? dup_copy_ : mapped;
}

// ---- the slice ----------------------------------------------------------------

SliceBuilder::SliceBuilder(const SeedPool& pool, const RealModuleConfig& config) : pool_(pool), config_(config) {
  rewriters_.resize(pool.size());
}

uint32_t SliceBuilder::pick_root(const Seed& seed) {
  const uint32_t n = static_cast<uint32_t>(seed.roots.size());
  const uint32_t first = in_.below(n);
  // Half the time a root that calls something, so that slices hold call
  // graphs and not only leaves.
  const bool want_callees = in_.chance(128);
  const uint32_t base = seed.module.num_imported_funcs;
  // The first root from the drawn one on that fits; else the smallest.
  uint32_t smallest = seed.roots[first], fits = UINT32_MAX;
  for (uint32_t k = 0; k < n; ++k) {
    uint32_t r = seed.roots[(first + k) % n];
    const SeedFunction& f = seed.funcs[r - base];
    if (f.body_bytes <= config_.max_root_bytes) {
      if (!want_callees || f.num_callees > 0) return r;
      if (fits == UINT32_MAX) fits = r;
    }
    if (f.body_bytes < seed.funcs[smallest - base].body_bytes) smallest = r;
  }
  return fits != UINT32_MAX ? fits : smallest;
}

// Breadth first from the root over direct calls, while the bodies fit.
void SliceBuilder::collect(const Seed& seed, uint32_t root, uint32_t budget) {
  const wasm::Module& m = seed.module;
  const uint32_t base = m.num_imported_funcs;
  kept_.clear();
  is_kept_.assign(m.num_funcs(), 0);
  kept_.push_back(root);
  is_kept_[root] = 1;
  slice_bytes_ = seed.funcs[root - base].body_bytes;
  for (size_t i = 0; i < kept_.size(); ++i) {
    const SeedFunction& sf = seed.funcs[kept_[i] - base];
    for (uint32_t c = 0; c < sf.num_callees; ++c) {
      uint32_t callee = seed.callees[sf.first_callee + c];
      if (callee < base || is_kept_[callee]) continue;
      uint32_t bytes = seed.funcs[callee - base].body_bytes;
      if (slice_bytes_ + bytes > budget) continue;
      is_kept_[callee] = 1;
      kept_.push_back(callee);
      slice_bytes_ += bytes;
    }
  }
}

// Calls leaving the slice go to one "host" import per callee type; the
// kept functions follow the imports, then the copy, then refuel.
void SliceBuilder::plan_imports(const wasm::Module& m) {
  const uint32_t base = m.num_imported_funcs;
  import_of_type_.assign(m.types.size(), kNone);
  spec_.host_import_types.clear();
  // The callees of every kept function that are not kept themselves.
  const Seed& seed = *current_seed_;
  for (uint32_t f : kept_) {
    const SeedFunction& sf = seed.funcs[f - base];
    for (uint32_t c = 0; c < sf.num_callees; ++c) {
      uint32_t callee = seed.callees[sf.first_callee + c];
      if (is_kept_[callee]) continue;
      uint32_t type = m.func_type_indices[callee];
      if (import_of_type_[type] != kNone) continue;
      import_of_type_[type] = static_cast<uint32_t>(spec_.host_import_types.size());
      spec_.host_import_types.push_back(type);
    }
  }
  num_imports_ = static_cast<uint32_t>(spec_.host_import_types.size());

  remap_.assign(m.num_funcs(), FuncRemap{0, false});
  for (uint32_t f = 0; f < m.num_funcs(); ++f) {
    uint32_t import = import_of_type_[m.func_type_indices[f]];
    if (import != kNone) remap_[f].index = import;
  }
  for (uint32_t k = 0; k < kept_.size(); ++k) remap_[kept_[k]] = FuncRemap{num_imports_ + k, true};
}

// One memory at most config.max_memory_pages pages, growable by
// max_grow_pages; data cut to fit it and the data budget; a stack pointer
// past the end of the clamped memory brought back inside it.
void SliceBuilder::plan_memory_and_data(const wasm::Module& m) {
  spec_.memories.clear();
  spec_.datas.clear();
  memory_bytes_ = 0;
  edges_ = EdgeContext{};
  if (!m.memories.empty()) {
    const wasm::Limits& src = m.memories[0].limits;
    wasm::MemoryType mem;
    mem.limits.min = std::min<uint64_t>(src.min, config_.max_memory_pages);
    uint64_t grown = mem.limits.min + config_.max_grow_pages;
    mem.limits.has_max = true;
    mem.limits.max = src.has_max ? std::min(src.max, grown) : grown;
    spec_.memories.push_back(mem);
    memory_bytes_ = static_cast<uint32_t>(mem.limits.min * wasm::kPageSize);
    edges_ = EdgeContext{true, memory_bytes_,
                         static_cast<uint32_t>(std::min<uint64_t>(mem.limits.max * wasm::kPageSize, UINT32_MAX))};
  }
  uint32_t data_left = config_.max_data_bytes;
  for (const wasm::DataSegment& seg : m.datas) {
    ModuleSpec::Data d;
    d.mode = seg.mode;
    std::span<const uint8_t> bytes = m.data_bytes(seg);
    uint32_t take = std::min<uint32_t>(seg.data_size, data_left);
    if (seg.mode == SegmentMode::Active) {
      // An offset from an imported global: the global is now a zero.
      uint32_t offset = seg.offset.kind == ConstExpr::Kind::I32 ? static_cast<uint32_t>(seg.offset.bits) : 0;
      if (offset >= memory_bytes_) offset = 0, take = 0;
      take = std::min(take, memory_bytes_ - offset);
      d.offset = zero_of(ValType::I32);
      d.offset.bits = offset;
    }
    d.bytes = bytes.first(take);
    data_left -= take;
    spec_.datas.push_back(d);
  }
  spec_.data_count = m.data_count;
}

// Every global kept at its index (imported ones become zeros), then the fuel.
void SliceBuilder::plan_globals(const wasm::Module& m) {
  spec_.globals.clear();
  for (uint32_t i = 0; i < m.globals.size(); ++i) {
    wasm::Global g;
    g.type = m.globals[i].type;
    g.init = zero_of(g.type.type);
    if (i >= m.num_imported_globals) {
      const ConstExpr& init = m.globals[i].init;
      if (init.kind == ConstExpr::Kind::RefFunc) {
        if (is_kept_[init.index]) g.init = init, g.init.index = remap_[init.index].index;
      } else if (init.kind != ConstExpr::Kind::GlobalGet) {
        g.init = init;
      }
    }
    // A stack pointer the clamped memory no longer holds: the top of it.
    if (g.type.type == ValType::I32 && g.type.mutable_ && g.init.kind == ConstExpr::Kind::I32 &&
        static_cast<uint32_t>(g.init.bits) > memory_bytes_ && memory_bytes_ > 0)
      g.init.bits = (memory_bytes_ - 16) & ~15u;
    spec_.globals.push_back(g);
  }
  fuel_global_ = static_cast<uint32_t>(spec_.globals.size());
  wasm::Global fuel;
  fuel.type = wasm::GlobalType{ValType::I32, true};
  fuel.init = zero_of(ValType::I32);
  fuel.init.bits = fuel_;
  spec_.globals.push_back(fuel);
}

// Tables keep their indices (imported ones become definitions); element
// items naming a function outside the slice become null, and an active
// segment the table cannot hold grows the table or turns passive.
void SliceBuilder::plan_tables_and_elems(const wasm::Module& m) {
  spec_.tables.assign(m.tables.begin(), m.tables.end());
  spec_.elems.clear();
  spec_.elem_items.clear();
  for (const wasm::ElemSegment& seg : m.elems) {
    ModuleSpec::Elem e;
    e.mode = seg.mode;
    e.table = seg.table;
    e.type = seg.type;
    e.first_item = static_cast<uint32_t>(spec_.elem_items.size());
    e.num_items = static_cast<uint32_t>(seg.items.size());
    for (const ConstExpr& item : seg.items) {
      ConstExpr out = zero_of(seg.type);
      if (item.kind == ConstExpr::Kind::RefFunc && is_kept_[item.index]) {
        out = item;
        out.index = remap_[item.index].index;
      }
      spec_.elem_items.push_back(out);
    }
    if (seg.mode == SegmentMode::Active) {
      uint64_t offset = seg.offset.kind == ConstExpr::Kind::I32 ? static_cast<uint32_t>(seg.offset.bits) : 0;
      e.offset = zero_of(ValType::I32);
      e.offset.bits = offset;
      uint64_t end = offset + seg.items.size();
      wasm::Limits& limits = spec_.tables[seg.table].limits;
      if (end > kMaxTableEntries) {
        e.mode = SegmentMode::Passive;
      } else if (end > limits.min) {
        limits.min = end;
        if (limits.has_max && limits.max < end) limits.max = end;
      }
    }
    spec_.elems.push_back(e);
  }
}

void SliceBuilder::plan_exports(GeneratedModule& out) {
  spec_.exports.clear();
  const uint32_t num_defined = static_cast<uint32_t>(spec_.func_types.size());  // refuel included
  out.func_exports.resize(num_defined);
  for (uint32_t k = 0; k < num_defined; ++k) {
    if (k + 1 < num_defined)
      indexed_name(out.func_exports[k], 'f', k);
    else
      out.func_exports[k] = "refuel";
    spec_.exports.push_back(wasm::Export{out.func_exports[k], ExternKind::Func, num_imports_ + k});
  }
  if (!spec_.memories.empty()) spec_.exports.push_back(wasm::Export{"mem", ExternKind::Memory, 0});
  out.global_exports.resize(spec_.globals.size());
  for (uint32_t i = 0; i < spec_.globals.size(); ++i) {
    if (i == fuel_global_)
      out.global_exports[i] = "fuel";
    else
      indexed_name(out.global_exports[i], 'g', i);
    spec_.exports.push_back(wasm::Export{out.global_exports[i], ExternKind::Global, i});
  }
}

Status SliceBuilder::write_bodies(const Seed& seed, GeneratedModule& out, MutationCounts& counts) {
  const wasm::Module& m = seed.module;
  const uint32_t base = m.num_imported_funcs;
  std::unique_ptr<BodyRewriter>& rewriter = rewriters_[current_seed_index_];
  if (!rewriter) rewriter = std::make_unique<BodyRewriter>(m);

  // The mutation positions, over every operator the bodies will walk.
  uint32_t total_ops = 0;
  for (uint32_t f : kept_) total_ops += seed.funcs[f - base].num_ops;
  if (dup_source_ != kNone) total_ops += seed.funcs[dup_source_ - base].num_ops;
  positions_.clear();
  const uint32_t num_mutations = in_.below(config_.max_mutations + 1);
  for (uint32_t i = 0; i < num_mutations && total_ops; ++i) positions_.push_back(in_.below(total_ops));
  std::sort(positions_.begin(), positions_.end());
  policy_.reset(&in_, edges_, positions_);
  const uint32_t copy_index = num_imports_ + static_cast<uint32_t>(kept_.size());
  if (dup_source_ != kNone) policy_.set_duplicate(dup_source_, copy_index);

  BodyPlan plan;
  plan.funcs = remap_;
  plan.inject_fuel = true;
  plan.fuel_global = fuel_global_;
  plan.canonicalize_nans = config_.canonicalize_nans;
  plan.usage = &out.usage;
  const uint32_t num_bodies = static_cast<uint32_t>(kept_.size()) + (dup_source_ != kNone);
  for (uint32_t k = 0; k < num_bodies; ++k) {
    const uint32_t source = k < kept_.size() ? kept_[k] : dup_source_;
    plan.source_func = source - base;
    plan.retype_local = k == retype_func_ ? retype_local_ : -1;
    plan.usage = k < kept_.size() ? &out.usage : nullptr;  // a copy adds no new operators
    TANDEM_TRY_STATUS(rewriter->rewrite(plan, &policy_, spec_, counts));
    plan.ordinal_base += rewriter->ops_rewritten();
  }

  // refuel: fuel = initial; no fuel check of its own.
  Encoder& code = spec_.code;
  scratch_.clear();
  scratch_.u32(0);
  scratch_.opcode(Opcode::I32Const);
  scratch_.s32(static_cast<int32_t>(fuel_));
  scratch_.opcode(Opcode::GlobalSet);
  scratch_.u32(fuel_global_);
  scratch_.opcode(Opcode::End);
  code.u32(static_cast<uint32_t>(scratch_.size()));
  code.append(scratch_);
  return {};
}

uint64_t SliceBuilder::draw_value(FuzzReader& in, ValType t) { return draw_bits(in, t, edges_); }

FuzzReader& SliceBuilder::arg_reader(std::span<const uint8_t> fuzz) {
  if (!in_.exhausted()) return in_;
  if (arg_fallback_.exhausted()) {
    if (!arg_rng_seeded_) arg_rng_ = SplitMix64(fnv1a(fuzz)), arg_rng_seeded_ = true;
    arg_bytes_.resize(64);
    for (size_t i = 0; i < arg_bytes_.size(); i += 8) {
      uint64_t v = arg_rng_.next();
      for (int k = 0; k < 8; ++k) arg_bytes_[i + k] = static_cast<uint8_t>(v >> (8 * k));
    }
    arg_fallback_.reset(arg_bytes_);
  }
  return arg_fallback_;
}

// The root first, then a few other kept functions; refuel before each.
void SliceBuilder::draw_invocations(std::span<const uint8_t> fuzz, GeneratedModule& out) {
  out.invocations.clear();
  out.args.clear();
  arg_rng_seeded_ = false;
  arg_fallback_.reset({});
  const uint32_t num_callable = out.num_functions;
  const uint32_t extra = arg_reader(fuzz).below(config_.max_extra_invocations + 1);
  for (uint32_t i = 0; i <= extra; ++i) {
    const uint32_t f = i == 0 ? 0 : arg_reader(fuzz).below(num_callable);
    out.invocations.push_back({num_callable, static_cast<uint32_t>(out.args.size()), 0});  // refuel
    const wasm::FuncType& type = spec_.type(spec_.func_types[f]);
    out.invocations.push_back({f, static_cast<uint32_t>(out.args.size()), static_cast<uint32_t>(type.params.size())});
    for (ValType t : type.params) {
      FuzzReader& in = arg_reader(fuzz);
      ArgValue v;
      v.type = t;
      if (t == ValType::I32 && memory_bytes_ && in.chance(96)) {
        v.bits = draw_address(in, edges_, 1 + in.below(8));  // real code takes pointers
      } else if (t == ValType::ExternRef) {
        v.null = in.byte() % 4 == 0;
        if (!v.null) v.bits = 1 + in.byte() % 8;
      } else if (wasm::is_ref(t)) {
        v.null = true;  // a host cannot make a funcref
      } else {
        v.bits = draw_value(in, t);
      }
      out.args.push_back(v);
    }
  }
}

Status SliceBuilder::build(std::span<const uint8_t> fuzz, GeneratedModule& out, RealModuleInfo* info) {
  if (pool_.empty()) return make_error(ErrorKind::Usage, "real-module mutator: the seed pool is empty");
  in_.reset(fuzz);
  current_seed_index_ = in_.below(static_cast<uint32_t>(pool_.size()));
  current_seed_ = &pool_.seed(current_seed_index_);
  const Seed& seed = *current_seed_;
  const wasm::Module& m = seed.module;
  const uint32_t base = m.num_imported_funcs;

  const uint32_t root = pick_root(seed);
  collect(seed, root, in_.range(config_.min_slice_bytes, config_.max_slice_bytes));
  fuel_ = config_.fuel_choices[in_.below(static_cast<uint32_t>(config_.fuel_choices.size()))];

  MutationCounts counts;
  dup_source_ = kNone;
  if (in_.chance(64)) {
    dup_source_ = kept_[in_.below(static_cast<uint32_t>(kept_.size()))];
    ++counts[MutationKind::DuplicateFunction];
  }
  retype_local_ = -1;
  retype_func_ = kNone;
  if (in_.chance(64)) {
    // An i32 local declared (not a parameter) in one of the kept functions.
    const uint32_t k = in_.below(static_cast<uint32_t>(kept_.size()));
    const wasm::Function& f = m.functions[kept_[k] - base];
    const uint32_t num_params = static_cast<uint32_t>(m.types[f.type_index].params.size());
    if (f.num_locals) {
      const uint32_t first = in_.below(f.num_locals);
      for (uint32_t i = 0; i < f.num_locals && retype_local_ < 0; ++i) {
        uint32_t index = num_params + (first + i) % f.num_locals;
        if (m.local_type(f, index) == ValType::I32) retype_local_ = index, retype_func_ = k;
      }
    }
    if (retype_local_ >= 0) ++counts[MutationKind::RetypeLocal];
  }

  spec_.clear();
  spec_.base_types = m.types;
  plan_imports(m);
  for (uint32_t f : kept_) spec_.func_types.push_back(m.func_type_indices[f]);
  if (dup_source_ != kNone) spec_.func_types.push_back(m.func_type_indices[dup_source_]);
  spec_.func_types.push_back(spec_.intern_type({}, {}));  // refuel
  plan_memory_and_data(m);
  plan_globals(m);
  plan_tables_and_elems(m);

  out.usage = OpUsage{};
  out.num_host_imports = num_imports_;
  out.num_functions = static_cast<uint32_t>(spec_.func_types.size()) - 1;
  out.fuel_global = fuel_global_;
  out.initial_fuel = fuel_;
  out.has_memory = !spec_.memories.empty();
  plan_exports(out);
  TANDEM_TRY_STATUS(write_bodies(seed, out, counts));
  write_module(spec_, out.wasm, scratch_);
  draw_invocations(fuzz, out);

  if (info) {
    info->seed = current_seed_index_;
    info->root = root;
    info->kept_functions = out.num_functions;
    info->slice_bytes = slice_bytes_;
    info->mutations = counts;
  }
  return {};
}

}  // namespace tandem::generator
