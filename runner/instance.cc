#include "runner/instance.h"

#include "runner/signals.h"

#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "runner/type_registry.h"

namespace tandem::runner {

using wasm::ConstExpr;

Instance::~Instance() {
  if (memory_) memory_->remove_user(this);
  for (auto& t : tables_) t->remove_user(this);
}

Instance* Instance::from_vmctx(void* vmctx) {
  return *reinterpret_cast<Instance**>(static_cast<uint8_t*>(vmctx) + compile::kVmctxInstance);
}

Result<Instance::Created> Instance::create(const wasm::Module& module, const compile::CodeImage& image,
                                           InstanceImports imports, const InstanceLimits& limits) {
  std::unique_ptr<Instance> inst(new Instance);
  inst->module_ = &module;
  inst->image_ = &image;
  TANDEM_TRY_STATUS(inst->initialize(module, std::move(imports), limits));
  Created created;
  created.start_result = inst->run_initializers();
  created.instance = std::move(inst);
  return created;
}

Status Instance::initialize(const wasm::Module& m, InstanceImports imports, const InstanceLimits& limits) {
  call_deadline_ms_ = limits.call_deadline_ms;
  layout_ = compile::VMContextLayout(m);
  vmctx_.reset(static_cast<uint8_t*>(std::aligned_alloc(64, (layout_.size() + 63) / 64 * 64)));
  if (!vmctx_) return make_error(ErrorKind::Internal, "cannot allocate a VMContext");
  std::memset(vmctx_.get(), 0, layout_.size());

  // Memory.
  if (!imports.memories.empty()) {
    memory_ = imports.memories[0];
  } else if (!m.memories.empty()) {
    TANDEM_TRY(memory_, LinearMemory::create(m.memories[0], limits.max_memory_pages));
  }
  if (memory_) memory_->add_user(this);

  // Tables.
  for (uint32_t i = 0; i < m.tables.size(); ++i) {
    if (i < m.num_imported_tables)
      tables_.push_back(imports.tables[i]);
    else
      tables_.push_back(std::make_shared<Table>(m.tables[i], limits.max_table_size));
    tables_.back()->add_user(this);
  }

  // Function references: imports first, then one per defined function.
  funcrefs_.resize(m.num_funcs());
  own_funcrefs_.resize(m.functions.size());
  for (uint32_t i = 0; i < m.num_funcs(); ++i) {
    if (i < m.num_imported_funcs) {
      funcrefs_[i] = imports.funcs[i];
      continue;
    }
    compile::VMFuncRef& ref = own_funcrefs_[i - m.num_imported_funcs];
    ref.code = image_->function_entry(i);
    if (!ref.code) return make_error(ErrorKind::Internal, fmt::format("function {} is not in the code image", i));
    ref.type_id = canonical_type_id(m.func_type(i));
    ref.vmctx = vmctx_.get();
    funcrefs_[i] = &ref;
  }

  // Globals: imported cells are shared; defined ones evaluate their
  // initializer, which may read imported globals and name functions.
  for (uint32_t i = 0; i < m.globals.size(); ++i) {
    if (i < m.num_imported_globals) {
      globals_.push_back(imports.globals[i]);
      continue;
    }
    auto cell = std::make_shared<GlobalCell>();
    cell->type = m.globals[i].type;
    const ConstExpr& init = m.globals[i].init;
    cell->bits[0] = eval_const(init);
    // A v128's upper half: its constant's, or the global's it reads.
    if (init.kind == ConstExpr::Kind::V128) cell->bits[1] = init.bits_hi;
    if (init.kind == ConstExpr::Kind::GlobalGet) cell->bits[1] = globals_[init.index]->bits[1];
    globals_.push_back(std::move(cell));
  }

  // The VMContext.
  at<Instance*>(compile::kVmctxInstance) = this;
  at<uint64_t>(compile::kVmctxStackLimit) = thread_stack_limit();
  on_memory_changed();
  on_tables_changed();
  for (uint32_t i = 0; i < m.num_imported_funcs; ++i) {
    at<const void*>(layout_.imported_func_code(i)) = funcrefs_[i]->code;
    at<void*>(layout_.imported_func_vmctx(i)) = funcrefs_[i]->vmctx;
  }
  for (uint32_t i = 0; i < globals_.size(); ++i) at<uint64_t*>(layout_.global_ptr(i)) = globals_[i]->bits;
  for (uint32_t i = 0; i < funcrefs_.size(); ++i) at<const compile::VMFuncRef*>(layout_.func_ref(i)) = funcrefs_[i];
  for (uint32_t i = 0; i < m.types.size(); ++i) at<uint32_t>(layout_.type_id(i)) = canonical_type_id(m.types[i]);

  // Segments: resolved once, so table.init need not evaluate expressions.
  elem_values_.resize(m.elems.size());
  for (uint32_t s = 0; s < m.elems.size(); ++s) {
    const wasm::ElemSegment& seg = m.elems[s];
    if (seg.mode == wasm::SegmentMode::Declarative) continue;  // dropped from the start
    elem_values_[s].reserve(seg.items.size());
    for (const ConstExpr& item : seg.items) elem_values_[s].push_back(eval_const(item));
  }
  dropped_data_.assign(m.datas.size(), false);
  return {};
}

void Instance::on_memory_changed() {
  at<uint8_t*>(compile::kVmctxMemoryBase) = memory_ ? memory_->base() : nullptr;
  at<uint64_t>(compile::kVmctxMemoryLength) = memory_ ? memory_->length() : 0;
}

void Instance::on_tables_changed() {
  for (uint32_t i = 0; i < tables_.size(); ++i) {
    at<uint64_t*>(layout_.table_elements(i)) = tables_[i]->elements();
    at<uint64_t>(layout_.table_length(i)) = tables_[i]->size();
  }
}

uint64_t Instance::eval_const(const ConstExpr& e) const {
  switch (e.kind) {
    case ConstExpr::Kind::I32:
    case ConstExpr::Kind::F32: return e.bits & 0xffffffffu;
    case ConstExpr::Kind::I64:
    case ConstExpr::Kind::F64:
    case ConstExpr::Kind::V128: return e.bits;  // a v128's lower half
    case ConstExpr::Kind::RefNull: return 0;
    case ConstExpr::Kind::RefFunc: return reinterpret_cast<uint64_t>(funcrefs_[e.index]);
    case ConstExpr::Kind::GlobalGet: return globals_[e.index]->bits[0];
  }
  return 0;
}

CallResult Instance::run_initializers() {
  const wasm::Module& m = *module_;
  CallResult trap;
  trap.status = CallResult::Status::Trapped;
  // Active element segments in order; each is dropped after it is applied.
  for (uint32_t s = 0; s < m.elems.size(); ++s) {
    const wasm::ElemSegment& seg = m.elems[s];
    if (seg.mode != wasm::SegmentMode::Active) {
      if (seg.mode == wasm::SegmentMode::Declarative) elem_values_[s].clear();
      continue;
    }
    uint64_t offset = eval_const(seg.offset) & 0xffffffffu;
    Table& table = *tables_[seg.table];
    const std::vector<uint64_t>& items = elem_values_[s];
    if (offset + items.size() > table.size()) {
      trap.trap = compile::TrapCode::OutOfBoundsTable;
      trap.wasm_offset = seg.offset_in_module;
      return trap;
    }
    for (size_t i = 0; i < items.size(); ++i) table.set(static_cast<uint32_t>(offset + i), items[i]);
    elem_values_[s].clear();
  }
  for (uint32_t s = 0; s < m.datas.size(); ++s) {
    const wasm::DataSegment& seg = m.datas[s];
    if (seg.mode != wasm::SegmentMode::Active) continue;
    uint64_t offset = eval_const(seg.offset) & 0xffffffffu;
    uint64_t length = memory_ ? memory_->length() : 0;
    if (offset + seg.data_size > length) {
      trap.trap = compile::TrapCode::OutOfBoundsMemory;
      trap.wasm_offset = seg.offset_in_module;
      return trap;
    }
    if (seg.data_size) std::memcpy(memory_->base() + offset, m.bytes.data() + seg.data_start, seg.data_size);
    dropped_data_[s] = true;
  }
  if (m.start) return call(*m.start, {}, {});
  return CallResult{};
}

CallResult Instance::call(uint32_t func_index, std::span<const uint64_t> args, std::span<uint64_t> results) {
  const compile::VMFuncRef* ref = funcrefs_[func_index];
  CallDeadline deadline(call_deadline_ms_);  // the outermost call's only: a host callback runs within it
  return call_wasm(ref->code, ref->vmctx, module_->func_type(func_index), args, results);
}

std::span<const uint8_t> Instance::data_segment(uint32_t index) const {
  if (dropped_data_[index]) return {};
  return module_->data_bytes(module_->datas[index]);
}

std::span<const uint64_t> Instance::elem_segment(uint32_t index) const { return elem_values_[index]; }

}  // namespace tandem::runner
