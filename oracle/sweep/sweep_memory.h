// The memory the sweep's loads and stores run against (private to
// oracle/sweep/): addresses and offsets around the end of a one-page
// memory and the ends of the 32-bit address space, and pattern bytes at
// both ends of the memory so that loads read distinct values.
#pragma once

#include <cstdint>

namespace tandem::oracle::sweep_memory {

inline constexpr uint32_t kAddresses[] = {0,     1,     7,     255,        65520,      65528,      65529,     65532,
                                          65534, 65535, 65536, 0x7fffffff, 0x80000000, 0xfffffff8, 0xffffffff};
inline constexpr uint32_t kOffsets[] = {0, 1, 4, 65535, 65536, 0x7fffffff, 0xffffffff};

inline constexpr const char* kMemoryWithData =
    "(memory (export \"mem\") 1 1)"
    " (data (i32.const 0) \"\\01\\82\\03\\84\\05\\86\\07\\88\\f9\\fa\\fb\\fc\\fd\\fe\\ff\\00\")"
    " (data (i32.const 65520) \"\\11\\92\\13\\94\\15\\96\\17\\98\\e9\\ea\\eb\\ec\\ed\\ee\\ef\\80\")";

}  // namespace tandem::oracle::sweep_memory
