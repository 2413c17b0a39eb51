#include "shared_compile/x64/registers.h"

namespace tandem::compile::x64 {

const char* gpr_name(Gpr r, int size) {
  static constexpr const char* k64[] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                        "r8",  "r9",  "r10", "r11", "r12", "r13", "r14", "r15"};
  static constexpr const char* k32[] = {"eax", "ecx", "edx",  "ebx",  "esp",  "ebp",  "esi",  "edi",
                                        "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
  static constexpr const char* k16[] = {"ax",  "cx",  "dx",   "bx",   "sp",   "bp",   "si",   "di",
                                        "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"};
  static constexpr const char* k8[] = {"al",  "cl",  "dl",   "bl",   "spl",  "bpl",  "sil",  "dil",
                                       "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};
  switch (size) {
    case 1: return k8[r.enc & 15];
    case 2: return k16[r.enc & 15];
    case 4: return k32[r.enc & 15];
    default: return k64[r.enc & 15];
  }
}

const char* xmm_name(Xmm r) {
  static constexpr const char* k[] = {"xmm0", "xmm1", "xmm2",  "xmm3",  "xmm4",  "xmm5",  "xmm6",  "xmm7",
                                      "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"};
  return k[r.enc & 15];
}

}  // namespace tandem::compile::x64
