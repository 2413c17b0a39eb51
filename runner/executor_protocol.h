// The executor's protocol. A request is a Header in the request Doorbell
// with its payload in the shared transfer buffer; the executor answers with
// a Header in the reply Doorbell and its payload in the same buffer. One
// request is outstanding at a time.
//
// Each side spins a little on the other's sequence number before it sleeps
// on the socket, and rings a sleeping side by sending it a byte: a request
// answered within the spin costs no wakeup at all, which matters because a
// fuzzing input makes dozens of requests (a wakeup is tens of microseconds,
// most calls a few). The socket also tells the harness when the executor
// died (hang-up), which a sequence number cannot.
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

#include <sched.h>
#include <sys/socket.h>
#include <time.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <vector>

#include "runner/runtime.h"
#include "runner/wire.h"

namespace tandem::runner::protocol {

enum class Request : uint32_t { Hello = 0, Instantiate = 1, Call = 2, State = 3 };
enum class Reply : uint32_t { Ok = 0, Error = 1 };

struct Header {
  uint32_t type = 0;
  uint32_t store = 0;  // requests: which engine's Store
  uint64_t size = 0;   // payload bytes in the transfer buffer
};

// One direction of the channel, in the shared arena. `seq` counts messages;
// the header is written before `seq` is published. `sleeping` is set by the
// receiver before it blocks on the socket, so the sender knows to ring.
struct alignas(64) Doorbell {
  std::atomic<uint64_t> seq;
  std::atomic<uint32_t> sleeping;
  Header header;
};

struct Channel {
  Doorbell request;
  Doorbell reply;
  // Stores whose engines reset since the last request, dropped by the
  // executor before it serves the next one (so their memories go back to
  // the slots even if those engines stay idle for long).
  static constexpr uint32_t kMaxDrops = 1024;
  uint32_t num_drops;
  uint32_t drops[kMaxDrops];
};

struct State {
  std::vector<uint64_t> globals;  // two words per global (Runtime::global_words)
  uint64_t memory_base = 0;
  uint64_t memory_length = 0;
};

inline uint64_t now_ns() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<uint64_t>(t.tv_sec) * 1000000000u + static_cast<uint64_t>(t.tv_nsec);
}

// Spins until `bell` has rung `want` times or `spin_ns` have passed; true if
// it has. Every 64 rounds it yields its core: with as many fuzzing jobs as
// cores, the side it waits for is often runnable on this very core, and a
// spin that does not yield holds it off for the whole spin (two jobs on
// two cores each ran 15% slower than one alone; see scripts/fuzz). On an
// idle core the yield returns at once.
inline bool spin_for(const Doorbell& bell, uint64_t want, uint64_t spin_ns) {
  uint64_t start = now_ns();
  for (uint32_t i = 1;; ++i) {
    if (bell.seq.load(std::memory_order_acquire) >= want) return true;
    __builtin_ia32_pause();
    if ((i & 63) == 0) {
      if (now_ns() - start > spin_ns) return false;
      sched_yield();
    }
  }
}

// Publishes message `seq` on `bell` (its header already written) and wakes
// the receiver if it sleeps. False if the socket is gone.
inline bool ring(Doorbell& bell, uint64_t seq, int fd) {
  bell.seq.store(seq, std::memory_order_seq_cst);
  if (!bell.sleeping.load(std::memory_order_seq_cst)) return true;
  char byte = 0;
  return send(fd, &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT) == 1 || errno == EAGAIN;
}

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
