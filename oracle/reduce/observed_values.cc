#include "oracle/reduce/observed_values.h"

#include <set>

#include <cstring>

#include "generator/probes.h"
#include "oracle/engines/interp_engine.h"
#include "oracle/reduce/forked_verdict.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

// Operator start offset -> end offset, over every defined function.
std::map<uint32_t, uint32_t> operator_ends(const wasm::Module& m) {
  std::map<uint32_t, uint32_t> ends;
  for (const wasm::Function& f : m.functions) {
    wasm::OpReader reader(m.bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      Result<wasm::Op> op = reader.next();
      if (!op) break;
      ends.emplace(op->offset, reader.position());
    }
  }
  return ends;
}

// One entry: the end offset, the value's type, its bits.
constexpr size_t kEntryBytes = 4 + 1 + 8;

std::string encode(const ObservedValues& values) {
  std::string out;
  for (const auto& [end, v] : values) {
    char entry[kEntryBytes];
    std::memcpy(entry, &end, 4);
    entry[4] = static_cast<char>(v.type);
    std::memcpy(entry + 5, &v.bits, 8);
    out.append(entry, kEntryBytes);
  }
  return out;
}

ObservedValues decode(std::string_view bytes) {
  ObservedValues out;
  if (bytes.size() % kEntryBytes != 0) return out;
  for (size_t at = 0; at < bytes.size(); at += kEntryBytes) {
    uint32_t end = 0;
    Value v;
    std::memcpy(&end, bytes.data() + at, 4);
    v.type = static_cast<wasm::ValType>(static_cast<uint8_t>(bytes[at + 4]));
    std::memcpy(&v.bits, bytes.data() + at + 5, 8);
    out.emplace(end, v);
  }
  return out;
}

}  // namespace

ObservedValues observe_values_within(const DiffCase& c, std::chrono::milliseconds deadline) {
  if (c.calls.empty()) return {};  // nothing runs, nothing to observe: no child to fork
  Result<ForkedBytes> run = run_in_child([&] { return encode(observe_values(c)); }, deadline);
  if (!run || run->outcome != ForkedVerdict::Outcome::Done) return {};
  return decode(run->bytes);
}

ObservedValues observe_values(const DiffCase& c) {
  Result<wasm::Module> m = wasm::decode_and_validate(c.wasm);
  if (!m) return {};
  Result<generator::ProbedModule> probed = generator::add_probes(c.wasm, {});
  if (!probed || probed->num_probes == 0) return {};

  HostEnv host = HostEnv::empty();
  host.set_stub_unknown_imports(true);
  runner::InstanceLimits limits;
  limits.max_host_calls = kMaxObservedCalls;
  InterpEngine interp(&host, limits);
  InstantiateResult inst = interp.instantiate(probed->wasm);
  if (inst.status != InstantiateResult::Status::Ok) return {};
  for (const DiffCall& call : c.calls) (void)interp.invoke(inst.id, call.export_name, call.args);

  // A probe call's arguments: the value, then the operator's offset in the
  // unprobed module.
  std::map<uint32_t, Value> by_start;
  std::set<uint32_t> varied;
  for (const HostCallRecord& r : host.trace()) {
    if (host.func(r.func).module != generator::kProbeModule || r.args.size() != 2) continue;
    const auto start = static_cast<uint32_t>(r.args[1].bits);
    auto [it, first] = by_start.emplace(start, r.args[0]);
    if (!first && !(it->second == r.args[0])) varied.insert(start);
  }
  const std::map<uint32_t, uint32_t> ends = operator_ends(*m);
  ObservedValues out;
  for (const auto& [start, value] : by_start) {
    auto end = ends.find(start);
    if (!varied.contains(start) && end != ends.end()) out.emplace(end->second, value);
  }
  return out;
}

}  // namespace tandem::oracle
