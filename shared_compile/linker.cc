#include "shared_compile/linker.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

namespace tandem::compile {

LibcallTable::LibcallTable() {
  for (uint32_t i = 0; i < kNumLibCalls; ++i) address[i] = pure_libcall_address(static_cast<LibCall>(i));
}

std::string function_symbol(const CompiledFunction& f) {
  return fmt::format("wasm_f{}_{}", f.func_index, backend_name(f.backend));
}

std::vector<uint32_t> layout_functions(std::span<const CompiledFunction> functions, uint32_t* total_size) {
  std::vector<uint32_t> offsets;
  offsets.reserve(functions.size());
  uint64_t pos = 0;
  for (const CompiledFunction& f : functions) {
    uint64_t align = std::max<uint32_t>(f.alignment, 1);
    pos = (pos + align - 1) / align * align;
    offsets.push_back(static_cast<uint32_t>(pos));
    pos += f.code.size();
  }
  TANDEM_CHECK(pos < (1ull << 31), "code image larger than 2 GiB");
  *total_size = static_cast<uint32_t>(pos);
  return offsets;
}

namespace {

size_t page_round(size_t n) {
  static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return (n + page - 1) / page * page;
}

Status resolve(const CompiledFunction& f, uint32_t at, uint8_t* base, const std::vector<int32_t>& offset_by_func,
               const LibcallTable& libcalls) {
  for (const Relocation& r : f.relocations) {
    uint8_t* field = base + at + r.offset;
    uint64_t target;
    if (r.target.kind == RelocTarget::Kind::Function) {
      if (r.target.index >= offset_by_func.size() || offset_by_func[r.target.index] < 0)
        return make_error(ErrorKind::Internal, fmt::format("function {} calls function {}, which is not in the image",
                                                           f.func_index, r.target.index));
      target = reinterpret_cast<uint64_t>(base) + static_cast<uint32_t>(offset_by_func[r.target.index]);
    } else {
      if (r.target.index >= kNumLibCalls || !libcalls.address[r.target.index])
        return make_error(ErrorKind::Internal, fmt::format("function {} needs libcall {}, which has no address",
                                                           f.func_index, r.target.to_string()));
      target = reinterpret_cast<uint64_t>(libcalls.address[r.target.index]);
    }
    switch (r.kind) {
      case RelocKind::CallRel32: {
        int64_t disp = static_cast<int64_t>(target) - static_cast<int64_t>(reinterpret_cast<uint64_t>(field) + 4);
        if (disp < INT32_MIN || disp > INT32_MAX)
          return make_error(ErrorKind::Internal, fmt::format("call from function {} out of rel32 range", f.func_index));
        int32_t d = static_cast<int32_t>(disp);
        std::memcpy(field, &d, 4);
        break;
      }
      case RelocKind::Abs64: std::memcpy(field, &target, 8); break;
    }
  }
  return {};
}

}  // namespace

Status Linker::link(std::span<const CompiledFunction> functions, CodeImage& image) const {
  uint32_t total = 0;
  std::vector<uint32_t> offsets = layout_functions(functions, &total);
  // W^X: the mapping is read-write while we write it, read-execute after.
  TANDEM_TRY_STATUS(image.map_writable(page_round(std::max<uint32_t>(total, 1))));
  image.size_ = total;
  image.functions_.clear();
  image.traps_.clear();
  image.entry_by_func_.clear();

  uint32_t max_func = 0;
  for (const CompiledFunction& f : functions) max_func = std::max(max_func, f.func_index + 1);
  std::vector<int32_t> offset_by_func(max_func, -1);
  image.entry_by_func_.assign(max_func, -1);
  for (size_t i = 0; i < functions.size(); ++i) {
    const CompiledFunction& f = functions[i];
    TANDEM_CHECK(offset_by_func[f.func_index] < 0, "function linked twice");
    offset_by_func[f.func_index] = static_cast<int32_t>(offsets[i]);
  }

  // Fill the gaps with int3 so that a jump into padding faults at once.
  std::memset(image.base_, 0xcc, image.capacity_);
  for (size_t i = 0; i < functions.size(); ++i) {
    const CompiledFunction& f = functions[i];
    std::memcpy(image.base_ + offsets[i], f.code.data(), f.code.size());
    if (Status st = resolve(f, offsets[i], image.base_, offset_by_func, *libcalls_); !st) {
      mprotect(image.base_, image.capacity_, PROT_NONE);
      return st;
    }
    image.functions_.push_back({f.func_index, offsets[i], f.code_size, f.backend});
    for (const TrapSite& t : f.trap_sites)
      image.traps_.push_back({offsets[i] + t.code_offset, t.code, t.wasm_offset, f.func_index});
  }
  std::sort(image.functions_.begin(), image.functions_.end(),
            [](const ImageFunction& a, const ImageFunction& b) { return a.offset < b.offset; });
  for (size_t i = 0; i < image.functions_.size(); ++i)
    image.entry_by_func_[image.functions_[i].func_index] = static_cast<int32_t>(i);
  std::sort(image.traps_.begin(), image.traps_.end(),
            [](const ImageTrapSite& a, const ImageTrapSite& b) { return a.offset < b.offset; });

  if (mprotect(image.base_, image.capacity_, PROT_READ | PROT_EXEC) != 0)
    return make_error(ErrorKind::Internal, "mprotect(RX) of the code image failed");
  return {};
}

Status Linker::load(std::span<const uint8_t> bytes, std::span<const ImageFunction> functions,
                    std::span<const ImageTrapSite> traps, CodeImage& image) const {
  if (bytes.size() >= (1u << 31)) return make_error(ErrorKind::Internal, "code image larger than 2 GiB");
  uint32_t max_func = 0;
  for (const ImageFunction& f : functions) {
    if (f.offset > bytes.size() || f.size > bytes.size() - f.offset || f.func_index >= (1u << 24))
      return make_error(ErrorKind::Internal, "an image function lies outside the image");
    max_func = std::max(max_func, f.func_index + 1);
  }
  for (const ImageTrapSite& t : traps)
    if (t.offset >= bytes.size()) return make_error(ErrorKind::Internal, "an image trap site lies outside the image");
  TANDEM_TRY_STATUS(image.map_writable(page_round(std::max<size_t>(bytes.size(), 1))));
  image.size_ = bytes.size();
  std::memset(image.base_, 0xcc, image.capacity_);
  if (!bytes.empty()) std::memcpy(image.base_, bytes.data(), bytes.size());
  image.functions_.assign(functions.begin(), functions.end());
  image.traps_.assign(traps.begin(), traps.end());
  std::sort(image.functions_.begin(), image.functions_.end(),
            [](const ImageFunction& a, const ImageFunction& b) { return a.offset < b.offset; });
  std::sort(image.traps_.begin(), image.traps_.end(),
            [](const ImageTrapSite& a, const ImageTrapSite& b) { return a.offset < b.offset; });
  image.entry_by_func_.assign(max_func, -1);
  for (size_t i = 0; i < image.functions_.size(); ++i)
    image.entry_by_func_[image.functions_[i].func_index] = static_cast<int32_t>(i);
  if (mprotect(image.base_, image.capacity_, PROT_READ | PROT_EXEC) != 0)
    return make_error(ErrorKind::Internal, "mprotect(RX) of the code image failed");
  return {};
}

}  // namespace tandem::compile
