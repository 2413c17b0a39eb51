function 0
   0: push rbp   ; @0x165
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: cvtdq2ps xmm0, xmm0   ; @0x168
  25: mov rsp, rbp   ; @0x16b
  28: pop rbp
  29: ret
  2a: ud2   ; trap stack_overflow @0x166
function 1
   0: push rbp   ; @0x16d
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x4a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqa xmm1, xmm0   ; @0x170
  26: pslld xmm1, 0x10
  2b: psrld xmm1, 0x10
  30: psrld xmm0, 0x10
  35: cvtdq2ps xmm0, xmm0
  38: mulps xmm0, xmmword ptr [rip + 0x11]
  3f: cvtdq2ps xmm1, xmm1
  42: addps xmm0, xmm1
  45: mov rsp, rbp   ; @0x173
  48: pop rbp
  49: ret
  4a: ud2   ; trap stack_overflow @0x16e
function 2
   0: push rbp   ; @0x175
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x4a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movaps xmm14, xmm0   ; @0x178
  26: cmpeqps xmm14, xmm0
  2b: andps xmm0, xmm14
  2f: movaps xmm14, xmmword ptr [rip + 0x19]
  37: cmpleps xmm14, xmm0
  3c: cvttps2dq xmm0, xmm0
  40: pxor xmm0, xmm14
  45: mov rsp, rbp   ; @0x17b
  48: pop rbp
  49: ret
  4a: ud2   ; trap stack_overflow @0x176
function 3
   0: push rbp   ; @0x17d
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x69
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: xorps xmm14, xmm14   ; @0x180
  26: maxps xmm0, xmm14
  2a: movaps xmm1, xmm0
  2d: subps xmm1, xmmword ptr [rip + 0x3c]
  34: cvttps2dq xmm1, xmm1
  38: movaps xmm14, xmmword ptr [rip + 0x30]
  40: cmpleps xmm14, xmm0
  45: pand xmm1, xmm14
  4a: movaps xmm14, xmmword ptr [rip + 0x2e]
  52: cmpleps xmm14, xmm0
  57: por xmm1, xmm14
  5c: cvttps2dq xmm0, xmm0
  60: por xmm0, xmm1
  64: mov rsp, rbp   ; @0x183
  67: pop rbp
  68: ret
  69: ud2   ; trap stack_overflow @0x17e
function 4
   0: push rbp   ; @0x185
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x37
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: punpckldq xmm0, xmmword ptr [rip + 0x16]   ; @0x188
  2a: subpd xmm0, xmmword ptr [rip + 0x1e]
  32: mov rsp, rbp   ; @0x18b
  35: pop rbp
  36: ret
  37: ud2   ; trap stack_overflow @0x186
function 5
   0: push rbp   ; @0x18d
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x43
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movapd xmm14, xmm0   ; @0x190
  27: cmpeqpd xmm14, xmm0
  2d: andpd xmm0, xmm14
  32: minpd xmm0, xmmword ptr [rip + 0x16]
  3a: cvttpd2dq xmm0, xmm0
  3e: mov rsp, rbp   ; @0x193
  41: pop rbp
  42: ret
  43: ud2   ; trap stack_overflow @0x18e
function 6
   0: push rbp   ; @0x195
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2b
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: cvtpd2ps xmm0, xmm0   ; @0x198
  26: mov rsp, rbp   ; @0x19a
  29: pop rbp
  2a: ret
  2b: ud2   ; trap stack_overflow @0x196
function 7
   0: push rbp   ; @0x19c
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: cvtps2pd xmm0, xmm0   ; @0x19f
  25: mov rsp, rbp   ; @0x1a1
  28: pop rbp
  29: ret
  2a: ud2   ; trap stack_overflow @0x19d
function 8
   0: push rbp   ; @0x1a3
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x31
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: pxor xmm14, xmm14   ; @0x1a6
  27: punpckhwd xmm0, xmm14
  2c: mov rsp, rbp   ; @0x1a9
  2f: pop rbp
  30: ret
  31: ud2   ; trap stack_overflow @0x1a4
function 9
   0: push rbp   ; @0x1ab
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x37
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqa xmm14, xmm0   ; @0x1ae
  27: psrad xmm14, 0x1f
  2d: punpckldq xmm0, xmm14
  32: mov rsp, rbp   ; @0x1b1
  35: pop rbp
  36: ret
  37: ud2   ; trap stack_overflow @0x1ac
function 10
   0: push rbp   ; @0x1b3
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x30
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: packsswb xmm0, xmm1   ; @0x1b8
  2b: mov rsp, rbp   ; @0x1ba
  2e: pop rbp
  2f: ret
  30: ud2   ; trap stack_overflow @0x1b4
function 11
   0: push rbp   ; @0x1bc
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x6f
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqa xmm14, xmm0   ; @0x1c1
  2c: psrad xmm14, 0x1f
  32: pandn xmm14, xmm0
  37: movdqa xmm0, xmm14
  3c: psubd xmm0, xmmword ptr [rip + 0x3c]
  44: movdqa xmm14, xmm1
  49: psrad xmm14, 0x1f
  4f: pandn xmm14, xmm1
  54: psubd xmm14, xmmword ptr [rip + 0x23]
  5d: packssdw xmm0, xmm14
  62: pxor xmm0, xmmword ptr [rip + 0x26]
  6a: mov rsp, rbp   ; @0x1c4
  6d: pop rbp
  6e: ret
  6f: ud2   ; trap stack_overflow @0x1bd
