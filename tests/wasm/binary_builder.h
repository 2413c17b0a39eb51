// Test helper: modules assembled byte by byte, for the inputs the text format
// cannot express (malformed encodings, out-of-scope encodings) and for
// checking exact error offsets.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace tandem::wasm::testing {

using Bytes = std::vector<uint8_t>;

inline Bytes uleb(uint64_t v) {
  Bytes out;
  do {
    uint8_t byte = v & 0x7f;
    v >>= 7;
    out.push_back(byte | (v ? 0x80 : 0));
  } while (v);
  return out;
}

inline Bytes concat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

// A module under construction: the header, then sections in the order added.
class ModuleBuilder {
 public:
  ModuleBuilder() : bytes_{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00} {}

  // Appends a section with its size computed. Returns the offset of the
  // section's contents (after id and size).
  uint32_t section(uint8_t id, const Bytes& contents) {
    bytes_.push_back(id);
    Bytes size = uleb(contents.size());
    bytes_.insert(bytes_.end(), size.begin(), size.end());
    uint32_t at = static_cast<uint32_t>(bytes_.size());
    bytes_.insert(bytes_.end(), contents.begin(), contents.end());
    return at;
  }
  ModuleBuilder& raw(const Bytes& b) {
    bytes_.insert(bytes_.end(), b.begin(), b.end());
    return *this;
  }
  uint32_t size() const { return static_cast<uint32_t>(bytes_.size()); }
  const Bytes& bytes() const { return bytes_; }

  // The common prelude: one type () -> () and `n` functions of it.
  ModuleBuilder& void_funcs(uint32_t n) {
    section(1, {0x01, 0x60, 0x00, 0x00});
    Bytes funcs = uleb(n);
    funcs.insert(funcs.end(), n, 0x00);
    section(3, funcs);
    return *this;
  }

  // A code section of bodies given without their size prefix.
  uint32_t code(std::initializer_list<Bytes> bodies) {
    Bytes contents = uleb(bodies.size());
    for (const Bytes& body : bodies) {
      Bytes size = uleb(body.size());
      contents.insert(contents.end(), size.begin(), size.end());
      contents.insert(contents.end(), body.begin(), body.end());
    }
    return section(10, contents);
  }

 private:
  Bytes bytes_;
};

// Function 0 returns 1100 i32s; function 1 calls it `calls` times and
// consumes none: its operand stack holds 1100 * `calls` values, past the
// operand_stack limit (wasm/limits.def) from 954 calls on.
inline Bytes deep_operand_stack(int calls) {
  Bytes types = concat({{0x02, 0x60, 0x00}, uleb(1100)});
  types.insert(types.end(), 1100, 0x7f);
  types.insert(types.end(), {0x60, 0x00, 0x00});
  Bytes body = {0x00};
  for (int i = 0; i < calls; ++i) body.insert(body.end(), {0x10, 0x00});
  body.insert(body.end(), {0x00, 0x0b});
  ModuleBuilder b;
  b.section(1, types);
  b.section(3, {0x02, 0x00, 0x01});
  b.code({{0x00, 0x00, 0x0b}, body});
  return b.bytes();
}

}  // namespace tandem::wasm::testing
