// The executor's protocol. Each request is a Header on the socket with its
// payload in the shared transfer buffer; the executor answers with a Header
// and its payload in the same buffer. One request is outstanding at a time.
//
//   Hello        (executor -> harness, once)  empty, or an error message
//   Instantiate  wasm bytes, image bytes, image functions, trap sites, bindings
//                -> Instantiation, image base and size, host calls
//   Call         instance, function, argument words, result count
//                -> CallResult, result words, host calls, state
//   State        instance -> state
//
// State is the instance's global cells and where its memory lies (in a
// shared slot, so the harness reads it in place).
#pragma once

#include <cstdint>
#include <vector>

#include "runner/runtime.h"
#include "runner/wire.h"

namespace tandem::runner::protocol {

enum class Request : uint32_t { Hello = 0, Instantiate = 1, Call = 2, State = 3 };
enum class Reply : uint32_t { Ok = 0, Error = 1 };

struct Header {
  uint32_t type = 0;
  uint32_t flags = 0;  // requests: kResetFirst
  uint64_t size = 0;   // payload bytes in the transfer buffer
};
inline constexpr uint32_t kResetFirst = 1;

struct State {
  std::vector<uint64_t> globals;
  uint64_t memory_base = 0;
  uint64_t memory_length = 0;
};

inline void put_binding(wire::Writer& w, const ImportBinding& b) {
  w.put(b.kind);
  w.put(b.instance);
  w.put(b.index);
  w.str(b.key);
  w.put(b.memory);
  w.put(b.table);
  w.put(b.global);
  w.put(b.global_bits);
  w.str(b.message);
}

inline ImportBinding get_binding(wire::Reader& r) {
  ImportBinding b;
  b.kind = r.get<ImportBinding::Kind>();
  b.instance = r.get<uint32_t>();
  b.index = r.get<uint32_t>();
  b.key = r.str();
  b.memory = r.get<wasm::MemoryType>();
  b.table = r.get<wasm::TableType>();
  b.global = r.get<wasm::GlobalType>();
  b.global_bits = r.get<uint64_t>();
  b.message = r.str();
  return b;
}

inline void put_host_calls(wire::Writer& w, const std::vector<HostCallWords>& calls) {
  w.put<uint64_t>(calls.size());
  for (const HostCallWords& c : calls) {
    w.put(c.func);
    w.array<uint64_t>(c.args);
  }
}

inline void get_host_calls(wire::Reader& r, std::vector<HostCallWords>& out) {
  uint64_t n = r.get<uint64_t>();
  for (uint64_t i = 0; i < n && r.ok(); ++i) {
    HostCallWords c;
    c.func = r.get<uint32_t>();
    r.array(c.args);
    out.push_back(std::move(c));
  }
}

inline void put_state(wire::Writer& w, const State& s) {
  w.array<uint64_t>(s.globals);
  w.put(s.memory_base);
  w.put(s.memory_length);
}

inline void get_state(wire::Reader& r, State& s) {
  r.array(s.globals);
  s.memory_base = r.get<uint64_t>();
  s.memory_length = r.get<uint64_t>();
}

}  // namespace tandem::runner::protocol
