function 0
   0: push rbp   ; @0xc7
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2f
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: addps xmm0, xmm1   ; @0xcc
  2a: mov rsp, rbp   ; @0xcf
  2d: pop rbp
  2e: ret
  2f: ud2   ; trap stack_overflow @0xc8
function 1
   0: push rbp   ; @0xd1
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x30
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: divpd xmm0, xmm1   ; @0xd6
  2b: mov rsp, rbp   ; @0xd9
  2e: pop rbp
  2f: ret
  30: ud2   ; trap stack_overflow @0xd2
function 2
   0: push rbp   ; @0xdb
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x4d
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movaps xmm14, xmm1   ; @0xe0
  2b: minps xmm14, xmm0
  2f: minps xmm0, xmm1
  32: orps xmm14, xmm0
  36: cmpunordps xmm0, xmm14
  3b: orps xmm14, xmm0
  3f: psrld xmm0, 0xa
  44: andnps xmm0, xmm14
  48: mov rsp, rbp   ; @0xe3
  4b: pop rbp
  4c: ret
  4d: ud2   ; trap stack_overflow @0xdc
function 3
   0: push rbp   ; @0xe5
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x59
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movaps xmm14, xmm1   ; @0xea
  2b: maxpd xmm14, xmm0
  30: maxpd xmm0, xmm1
  34: xorps xmm0, xmm14
  38: orps xmm14, xmm0
  3c: subpd xmm14, xmm0
  41: cmpunordpd xmm0, xmm14
  47: orps xmm14, xmm0
  4b: psrlq xmm0, 0xd
  50: andnps xmm0, xmm14
  54: mov rsp, rbp   ; @0xed
  57: pop rbp
  58: ret
  59: ud2   ; trap stack_overflow @0xe6
function 4
   0: push rbp   ; @0xef
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x3a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqa xmm14, xmm1   ; @0xf4
  2c: minps xmm14, xmm0
  30: movdqa xmm0, xmm14
  35: mov rsp, rbp   ; @0xf7
  38: pop rbp
  39: ret
  3a: ud2   ; trap stack_overflow @0xf0
function 5
   0: push rbp   ; @0xf9
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x3b
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqa xmm14, xmm1   ; @0xfe
  2c: maxpd xmm14, xmm0
  31: movdqa xmm0, xmm14
  36: mov rsp, rbp   ; @0x101
  39: pop rbp
  3a: ret
  3b: ud2   ; trap stack_overflow @0xfa
function 6
   0: push rbp   ; @0x103
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: sqrtps xmm0, xmm0   ; @0x106
  25: mov rsp, rbp   ; @0x109
  28: pop rbp
  29: ret
  2a: ud2   ; trap stack_overflow @0x104
function 7
   0: push rbp   ; @0x10b
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2e
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: andps xmm0, xmmword ptr [rip + 7]   ; @0x10e
  29: mov rsp, rbp   ; @0x111
  2c: pop rbp
  2d: ret
  2e: ud2   ; trap stack_overflow @0x10c
function 8
   0: push rbp   ; @0x113
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2e
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: xorps xmm0, xmmword ptr [rip + 7]   ; @0x116
  29: mov rsp, rbp   ; @0x119
  2c: pop rbp
  2d: ret
  2e: ud2   ; trap stack_overflow @0x114
function 9
   0: push rbp   ; @0x11b
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x90
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movaps xmm2, xmm0   ; @0x11e
  25: andps xmm2, xmmword ptr [rip + 0x94]
  2c: movaps xmm1, xmm2
  2f: addps xmm1, xmmword ptr [rip + 0x6a]
  36: subps xmm1, xmmword ptr [rip + 0x63]
  3d: movaps xmm14, xmm0
  41: andps xmm14, xmmword ptr [rip + 0x87]
  49: orps xmm1, xmm14
  4d: movaps xmm14, xmm1
  51: cmpltps xmm14, xmm0
  56: andps xmm14, xmmword ptr [rip + 0x52]
  5e: addps xmm1, xmm14
  62: movaps xmm14, xmm0
  66: andps xmm14, xmmword ptr [rip + 0x62]
  6e: orps xmm1, xmm14
  72: movaps xmm14, xmmword ptr [rip + 0x26]
  7a: cmpleps xmm14, xmm2
  7f: andps xmm0, xmm14
  83: andnps xmm14, xmm1
  87: orps xmm0, xmm14
  8b: mov rsp, rbp   ; @0x120
  8e: pop rbp
  8f: ret
  90: ud2   ; trap stack_overflow @0x11c
function 10
   0: push rbp   ; @0x122
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x7e
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movaps xmm2, xmm0   ; @0x125
  25: andps xmm2, xmmword ptr [rip + 0x74]
  2c: movaps xmm1, xmm2
  2f: addpd xmm1, xmmword ptr [rip + 0x49]
  37: subpd xmm1, xmmword ptr [rip + 0x41]
  3f: movaps xmm14, xmm0
  43: andps xmm14, xmmword ptr [rip + 0x65]
  4b: orps xmm1, xmm14
  4f: movaps xmm14, xmm0
  53: andps xmm14, xmmword ptr [rip + 0x55]
  5b: orps xmm1, xmm14
  5f: movaps xmm14, xmmword ptr [rip + 0x19]
  67: cmplepd xmm14, xmm2
  6d: andps xmm0, xmm14
  71: andnps xmm14, xmm1
  75: orps xmm0, xmm14
  79: mov rsp, rbp   ; @0x128
  7c: pop rbp
  7d: ret
  7e: ud2   ; trap stack_overflow @0x123
function 11
   0: push rbp   ; @0x12a
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x90
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movaps xmm2, xmm0   ; @0x12d
  25: andps xmm2, xmmword ptr [rip + 0x94]
  2c: movaps xmm1, xmm2
  2f: addps xmm1, xmmword ptr [rip + 0x6a]
  36: subps xmm1, xmmword ptr [rip + 0x63]
  3d: movaps xmm14, xmm2
  41: cmpltps xmm14, xmm1
  46: andps xmm14, xmmword ptr [rip + 0x62]
  4e: subps xmm1, xmm14
  52: movaps xmm14, xmm0
  56: andps xmm14, xmmword ptr [rip + 0x72]
  5e: orps xmm1, xmm14
  62: movaps xmm14, xmm0
  66: andps xmm14, xmmword ptr [rip + 0x62]
  6e: orps xmm1, xmm14
  72: movaps xmm14, xmmword ptr [rip + 0x26]
  7a: cmpleps xmm14, xmm2
  7f: andps xmm0, xmm14
  83: andnps xmm14, xmm1
  87: orps xmm0, xmm14
  8b: mov rsp, rbp   ; @0x12f
  8e: pop rbp
  8f: ret
  90: ud2   ; trap stack_overflow @0x12b
