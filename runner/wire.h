// Wire: flat encoding of the executor's requests and replies in the shared
// transfer buffer. The reader treats its input as hostile — the executor may
// have been scribbled on by the code it runs — so every read is bounds
// checked and a short or inconsistent message only clears ok().
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tandem::runner::wire {

class Writer {
 public:
  explicit Writer(std::span<uint8_t> buffer) : buf_(buffer) {}

  template <class T>
  void put(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    raw(&v, sizeof v);
  }
  void bytes(std::span<const uint8_t> b) {
    put<uint64_t>(b.size());
    raw(b.data(), b.size());
  }
  void str(std::string_view s) { bytes({reinterpret_cast<const uint8_t*>(s.data()), s.size()}); }
  template <class T>
  void array(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<uint64_t>(items.size());
    raw(items.data(), items.size_bytes());
  }

  bool ok() const { return ok_; }
  size_t size() const { return n_; }

 private:
  void raw(const void* p, size_t n) {
    if (!ok_ || n > buf_.size() - n_) {
      ok_ = false;
      return;
    }
    if (n) std::memcpy(buf_.data() + n_, p, n);
    n_ += n;
  }
  std::span<uint8_t> buf_;
  size_t n_ = 0;
  bool ok_ = true;
};

class Reader {
 public:
  explicit Reader(std::span<const uint8_t> buffer) : buf_(buffer) {}

  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T v{};
    if (take(sizeof v)) std::memcpy(&v, buf_.data() + pos_ - sizeof v, sizeof v);
    return v;
  }
  // A view into the buffer: valid while the buffer is.
  std::span<const uint8_t> bytes() {
    uint64_t n = get<uint64_t>();
    if (!take(n)) return {};
    return buf_.subspan(pos_ - n, n);
  }
  std::string str() {
    std::span<const uint8_t> b = bytes();
    return std::string(reinterpret_cast<const char*>(b.data()), b.size());
  }
  template <class T>
  void array(std::vector<T>& out) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t n = get<uint64_t>();
    if (!ok_ || n > (buf_.size() - pos_) / sizeof(T)) {
      ok_ = false;
      out.clear();
      return;
    }
    out.resize(n);
    if (n) std::memcpy(out.data(), buf_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
  }

  // An array of exactly out.size() items, read into `out` (no allocation);
  // any other count clears ok().
  template <class T>
  void array_into(std::span<T> out) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (get<uint64_t>() != out.size() || !take(out.size_bytes())) {
      ok_ = false;
      return;
    }
    if (!out.empty()) std::memcpy(out.data(), buf_.data() + pos_ - out.size_bytes(), out.size_bytes());
  }

  bool ok() const { return ok_; }

 private:
  bool take(uint64_t n) {
    if (!ok_ || n > buf_.size() - pos_) {
      ok_ = false;
      return false;
    }
    pos_ += n;
    return true;
  }
  std::span<const uint8_t> buf_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace tandem::runner::wire
