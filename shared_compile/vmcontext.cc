#include "shared_compile/vmcontext.h"

#include "wasm/result.h"

namespace tandem::compile {

VMContextLayout::VMContextLayout(const wasm::Module& m) {
  uint64_t pos = kVmctxHeaderSize;
  imported_funcs_ = static_cast<int32_t>(pos);
  pos += 16ull * m.num_imported_funcs;
  globals_ = static_cast<int32_t>(pos);
  pos += 8ull * m.globals.size();
  tables_ = static_cast<int32_t>(pos);
  pos += 16ull * m.tables.size();
  func_refs_ = static_cast<int32_t>(pos);
  pos += 8ull * m.num_funcs();
  type_ids_ = static_cast<int32_t>(pos);
  pos += 4ull * m.types.size();
  pos = (pos + 15) & ~uint64_t{15};
  // Offsets are disp32 in the emitted code; a module that large is refused
  // long before (the decoder caps every count at 2^20).
  TANDEM_CHECK(pos < (1ull << 31), "VMContext larger than 2 GiB");
  size_ = static_cast<uint32_t>(pos);
}

}  // namespace tandem::compile
