#include "runner/entry.h"

#include <pthread.h>

#include <cstddef>

#include "runner/host_function.h"
#include "runner/signals.h"

namespace tandem::runner {

static_assert(offsetof(CallPlan, gpr) == 0);
static_assert(offsetof(CallPlan, xmm) == 48);
static_assert(offsetof(CallPlan, code) == 176);
static_assert(offsetof(CallPlan, vmctx) == 184);
static_assert(offsetof(CallPlan, stack) == 192);
static_assert(offsetof(CallPlan, stack_words) == 200);
static_assert(offsetof(CallPlan, result_gpr) == 208);
static_assert(offsetof(CallPlan, result_xmm) == 224);
static_assert(offsetof(EntryRecord, saved_rsp) == 0);
static_assert(offsetof(HostFrame, gpr) == 0);
static_assert(offsetof(HostFrame, xmm) == 48);
static_assert(offsetof(HostFrame, stack_params) == 176);
static_assert(offsetof(HostFrame, context) == 184);
static_assert(offsetof(HostFrame, result_gpr) == 192);
static_assert(offsetof(HostFrame, result_xmm) == 208);
static_assert(sizeof(HostFrame) == 240);

namespace {

thread_local EntryRecord* t_current_entry = nullptr;

// Margin above the stack bottom kept for host calls made from deep
// recursion (C++ frames, larger under ASan) and for signal delivery.
constexpr uint64_t kStackMargin = 256 * 1024;

using compile::abi::Location;

// The words of one value where the convention put it: one, or two for a
// v128 (an xmm register's both halves, or two consecutive stack slots).
const uint64_t* location_words(const Location& loc, const uint64_t* gpr, const uint64_t (*xmm)[2],
                               const uint64_t* stack) {
  switch (loc.kind) {
    case Location::Kind::Gpr: {
      for (size_t i = 0; i < compile::abi::kIntParams.size(); ++i)
        if (compile::abi::kIntParams[i].enc == loc.reg) return &gpr[i];
      break;
    }
    case Location::Kind::Xmm: return xmm[loc.reg];
    case Location::Kind::Stack: return &stack[loc.stack_slot];
  }
  TANDEM_UNREACHABLE("parameter in a register outside the convention");
}

size_t int_param_position(uint8_t reg) {
  for (size_t i = 0; i < compile::abi::kIntParams.size(); ++i)
    if (compile::abi::kIntParams[i].enc == reg) return i;
  TANDEM_UNREACHABLE("not a parameter register");
}

// Result registers: rax/rdx are result_gpr[0]/[1], xmm0/xmm1 result_xmm[0]/[1].
size_t result_position(const Location& loc) {
  if (loc.kind == Location::Kind::Gpr) return loc.reg == compile::abi::kIntResults[0].enc ? 0 : 1;
  return loc.reg;  // xmm0 -> 0, xmm1 -> 1
}

// An i32/f32 is handed over with its upper bits clear, so engines compare words.
uint64_t narrow(wasm::ValType t, uint64_t bits) {
  return (t == wasm::ValType::I32 || t == wasm::ValType::F32) ? (bits & 0xffffffffu) : bits;
}

// Copies one value's words (narrowed) from `from` to `to`.
void copy_value(wasm::ValType t, const uint64_t* from, uint64_t* to) {
  to[0] = narrow(t, from[0]);
  if (compile::abi::slots_of(t) == 2) to[1] = from[1];
}

}  // namespace

EntryRecord* current_entry() { return t_current_entry; }

const void* host_trampoline() { return reinterpret_cast<const void*>(&tandem_host_trampoline); }

uint64_t thread_stack_limit() {
  thread_local uint64_t limit = [] {
    pthread_attr_t attr;
    void* low = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &low, &size);
      pthread_attr_destroy(&attr);
    }
    uint64_t bottom = reinterpret_cast<uint64_t>(low);
    if (bottom == 0) {
      // Unknown bounds: allow 1 MiB below the current frame.
      bottom = reinterpret_cast<uint64_t>(__builtin_frame_address(0)) - (1u << 20);
    }
    set_thread_stack_bounds(bottom, bottom + size);
    return bottom + kStackMargin;
  }();
  return limit;
}

CallResult call_wasm(const void* code, void* vmctx, const wasm::FuncType& type, std::span<const uint64_t> args,
                     std::span<uint64_t> results) {
  install_trap_handlers();
  compile::abi::Signature sig = compile::abi::compute_signature(type.params, type.results);
  TANDEM_CHECK(args.size() == compile::abi::slots_of(type.params), "argument words do not match the type");
  TANDEM_CHECK(results.size() == compile::abi::slots_of(type.results), "result words do not match the type");

  CallPlan plan{};
  uint64_t stack_small[16];
  std::vector<uint64_t> stack_large;
  uint64_t words = sig.num_stack_params + sig.num_stack_results;
  uint64_t* stack = stack_small;
  if (words > std::size(stack_small)) {
    stack_large.assign(words, 0);
    stack = stack_large.data();
  }
  for (size_t i = 0, word = 0; i < type.params.size(); word += compile::abi::slots_of(type.params[i++])) {
    const Location& loc = sig.params[i];
    uint64_t* to = loc.kind == Location::Kind::Gpr   ? &plan.gpr[int_param_position(loc.reg)]
                   : loc.kind == Location::Kind::Xmm ? plan.xmm[loc.reg]
                                                     : &stack[loc.stack_slot];
    copy_value(type.params[i], &args[word], to);
  }
  plan.code = code;
  plan.vmctx = vmctx;
  plan.stack = stack;
  plan.stack_words = words;

  EntryRecord record{};
  record.prev = t_current_entry;
  t_current_entry = &record;
  int trapped = tandem_enter_wasm(&record, &plan);
  t_current_entry = record.prev;
  if (trapped) return record.result;

  for (size_t k = 0, word = 0; k < type.results.size(); word += compile::abi::slots_of(type.results[k++])) {
    const Location& loc = sig.results[k];
    const uint64_t* from = loc.kind == Location::Kind::Gpr   ? &plan.result_gpr[result_position(loc)]
                           : loc.kind == Location::Kind::Xmm ? plan.result_xmm[result_position(loc)]
                                                             : &stack[sig.num_stack_params + loc.stack_slot];
    copy_value(type.results[k], from, &results[word]);
  }
  return CallResult{};
}

HostFunction::HostFunction(wasm::FuncType type, uint32_t type_id)
    : type_(std::move(type)),
      signature_(compile::abi::compute_signature(type_.params, type_.results)),
      funcref_{reinterpret_cast<const void*>(&tandem_host_trampoline), type_id, this} {}

}  // namespace tandem::runner

extern "C" tandem::runner::EntryRecord* tandem_host_dispatch(tandem::runner::HostFrame* frame) {
  using namespace tandem::runner;
  auto* fn = static_cast<HostFunction*>(frame->context);
  const auto& sig = fn->signature();
  const auto& type = fn->type();
  using tandem::compile::abi::Location;
  using tandem::compile::abi::slots_of;
  const size_t num_args = slots_of(type.params), num_results = slots_of(type.results);
  uint64_t args_small[16], results_small[16];
  std::vector<uint64_t> args_large, results_large;
  uint64_t* args = args_small;
  uint64_t* results = results_small;
  if (num_args > std::size(args_small)) {
    args_large.resize(num_args);
    args = args_large.data();
  }
  if (num_results > std::size(results_small)) {
    results_large.resize(num_results);
    results = results_large.data();
  }
  for (size_t i = 0, word = 0; i < type.params.size(); word += slots_of(type.params[i++]))
    copy_value(type.params[i], location_words(sig.params[i], frame->gpr, frame->xmm, frame->stack_params), &args[word]);
  std::fill(results, results + num_results, 0);
  std::optional<tandem::compile::TrapCode> trap = fn->call({args, num_args}, {results, num_results});
  if (trap) {
    EntryRecord* entry = current_entry();
    TANDEM_CHECK(entry != nullptr, "host call outside any wasm entry");
    entry->result.status = *trap == tandem::compile::TrapCode::StackOverflow ? CallResult::Status::StackOverflow
                                                                             : CallResult::Status::Trapped;
    entry->result.trap = *trap;
    return entry;
  }
  for (size_t k = 0, word = 0; k < type.results.size(); word += slots_of(type.results[k++])) {
    const Location& loc = sig.results[k];
    uint64_t* to = loc.kind == Location::Kind::Stack ? &frame->stack_params[sig.num_stack_params + loc.stack_slot]
                   : loc.kind == Location::Kind::Gpr ? &frame->result_gpr[result_position(loc)]
                                                     : frame->result_xmm[result_position(loc)];
    copy_value(type.results[k], &results[word], to);
  }
  return nullptr;
}
