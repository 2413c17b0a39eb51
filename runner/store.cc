#include "runner/store.h"

#include <fmt/format.h>

#include "runner/import_matching.h"
#include "runner/type_registry.h"

namespace tandem::runner {

using wasm::ExternKind;

// A host function of the environment: it records its arguments and returns
// zeros (null for references, which are zero words): the trace, not the
// results, is what tells two engines apart.
class Store::RecordingHostFunction final : public HostFunction {
 public:
  // `sink` is drained after every outermost call and instantiation, so its
  // size counts the calls of the current one.
  RecordingHostFunction(std::vector<HostCallWords>* sink, const InstanceLimits* limits, uint32_t id,
                        const wasm::FuncType& type)
      : HostFunction(type, canonical_type_id(type)), sink_(sink), limits_(limits), id_(id) {}

  std::optional<compile::TrapCode> call(std::span<const uint64_t> args, std::span<uint64_t> results) override {
    const uint32_t cap = limits_->max_host_calls;
    if (cap != 0 && sink_->size() >= cap) return compile::TrapCode::HostError;
    sink_->push_back(HostCallWords{id_, std::vector<uint64_t>(args.begin(), args.end())});
    for (uint64_t& r : results) r = 0;
    return std::nullopt;
  }

 private:
  std::vector<HostCallWords>* sink_;
  const InstanceLimits* limits_;
  uint32_t id_;
};

Store::Store(const InstanceLimits& limits) : limits_(limits) {}
Store::~Store() { reset(); }

Instantiation Store::instantiate(const wasm::Module& m, std::span<const uint8_t>, const compile::CodeImage& image,
                                 std::span<const ImportBinding> bindings) {
  Instantiation out;
  auto fail = [&out](Instantiation::Status status, std::string message) {
    out.status = status;
    out.message = std::move(message);
    return out;
  };
  if (bindings.size() != m.imports.size())
    return fail(Instantiation::Status::Refused, "one binding per import expected");
  InstanceImports imports;
  for (size_t i = 0; i < bindings.size(); ++i) {
    const wasm::Import& imp = m.imports[i];
    const ImportBinding& b = bindings[i];
    auto incompatible = [&] {
      return fail(Instantiation::Status::Unlinkable, fmt::format("incompatible import type for {}", b.key));
    };
    Instance* source = nullptr;
    if (b.kind == ImportBinding::Kind::Unlinkable) return fail(Instantiation::Status::Unlinkable, b.message);
    if (b.kind == ImportBinding::Kind::Export) {
      if (b.instance >= instances_.size()) return fail(Instantiation::Status::Unlinkable, "no such instance");
      source = instances_[b.instance].get();
    }
    switch (imp.kind) {
      case ExternKind::Func: {
        if (source) {
          imports.funcs.push_back(source->funcref(b.index));
          break;
        }
        if (b.kind != ImportBinding::Kind::HostFunc) return incompatible();
        auto& fn = host_funcs_[b.index];
        if (!fn) fn = std::make_unique<RecordingHostFunction>(&host_calls_, &limits_, b.index, m.types[imp.type_index]);
        if (fn->type() != m.types[imp.type_index]) return incompatible();
        imports.funcs.push_back(fn->funcref());
        break;
      }
      case ExternKind::Memory: {
        std::shared_ptr<LinearMemory> mem;
        if (source) {
          mem = source->memory();
        } else if (b.kind == ImportBinding::Kind::HostMemory) {
          auto& slot = host_memories_[b.key];
          if (!slot) {
            auto created = LinearMemory::create(b.memory, limits_.max_memory_pages);
            if (!created) return fail(Instantiation::Status::Refused, created.error().to_string());
            slot = std::move(created).value();
          }
          mem = slot;
        }
        if (!mem) return incompatible();
        if (!memory_matches(mem->pages(), mem->type(), imp.memory)) return incompatible();
        imports.memories.push_back(std::move(mem));
        break;
      }
      case ExternKind::Table: {
        std::shared_ptr<Table> table;
        if (source) {
          table = source->table(b.index);
        } else if (b.kind == ImportBinding::Kind::HostTable) {
          auto& slot = host_tables_[b.key];
          if (!slot) slot = std::make_shared<Table>(b.table, limits_.max_table_size);
          table = slot;
        }
        if (!table) return incompatible();
        if (!table_matches(table->size(), table->type(), imp.table)) return incompatible();
        imports.tables.push_back(std::move(table));
        break;
      }
      case ExternKind::Global: {
        std::shared_ptr<GlobalCell> cell;
        if (source) {
          cell = source->global(b.index);
        } else if (b.kind == ImportBinding::Kind::HostGlobal) {
          auto& slot = host_globals_[b.key];
          if (!slot) {
            slot = std::make_shared<GlobalCell>();
            slot->type = b.global;
            slot->bits[0] = b.global_bits;
          }
          cell = slot;
        }
        if (!cell || !global_matches(cell->type, imp.global)) return incompatible();
        imports.globals.push_back(std::move(cell));
        break;
      }
    }
  }

  Result<Instance::Created> created = Instance::create(m, image, std::move(imports), limits_);
  if (!created) return fail(Instantiation::Status::Refused, created.error().to_string());
  out.start = created->start_result;
  if (out.start.status != CallResult::Status::Returned) {
    failed_.push_back(std::move(created->instance));
    out.status = Instantiation::Status::Uninstantiable;
    return out;
  }
  out.id = static_cast<uint32_t>(instances_.size());
  instances_.push_back(std::move(created->instance));
  return out;
}

CallResult Store::call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args, std::span<uint64_t> results) {
  TANDEM_CHECK(id < instances_.size(), "call into an instance the store does not have");
  return instances_[id]->call(func_index, args, results);
}

std::array<uint64_t, 2> Store::global_words(uint32_t id, uint32_t global_index) {
  TANDEM_CHECK(id < instances_.size() && global_index < instances_[id]->num_globals(), "no such global");
  const auto& cell = *instances_[id]->global(global_index);
  return {cell.bits[0], cell.bits[1]};
}

std::span<const uint8_t> Store::memory(uint32_t id) {
  TANDEM_CHECK(id < instances_.size(), "no such instance");
  const std::shared_ptr<LinearMemory>& mem = instances_[id]->memory();
  if (!mem) return {};
  return {mem->base(), mem->length()};
}

void Store::take_host_calls(std::vector<HostCallWords>& out) {
  for (HostCallWords& c : host_calls_) out.push_back(std::move(c));
  host_calls_.clear();
}

void Store::reset() {
  // Instances import from each other: drop the newest first.
  while (!failed_.empty()) failed_.pop_back();
  while (!instances_.empty()) instances_.pop_back();
  host_memories_.clear();
  host_tables_.clear();
  host_globals_.clear();
  host_funcs_.clear();
  host_calls_.clear();
}

}  // namespace tandem::runner
