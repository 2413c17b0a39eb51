function 0
   0: push rbp   ; @0x144
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x36
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: movd xmm0, edi   ; @0x147
  24: punpcklbw xmm0, xmm0
  28: punpcklwd xmm0, xmm0
  2c: pshufd xmm0, xmm0, 0
  31: mov rsp, rbp   ; @0x149
  34: pop rbp
  35: ret
  36: ud2   ; trap stack_overflow @0x145
function 1
   0: push rbp   ; @0x14b
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2b
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movss dword ptr [rbp - 0x18], xmm0
  22: shufps xmm0, xmm0, 0   ; @0x14e
  26: mov rsp, rbp   ; @0x150
  29: pop rbp
  2a: ret
  2b: ud2   ; trap stack_overflow @0x14c
function 2
   0: push rbp   ; @0x152
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2f
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov qword ptr [rbp - 0x18], rdi
  21: movq xmm0, rdi   ; @0x155
  26: punpcklqdq xmm0, xmm0
  2a: mov rsp, rbp   ; @0x157
  2d: pop rbp
  2e: ret
  2f: ud2   ; trap stack_overflow @0x153
function 3
   0: push rbp   ; @0x159
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x30
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: pextrb eax, xmm0, 0xf   ; @0x15c
  28: movsx eax, al
  2b: mov rsp, rbp   ; @0x15f
  2e: pop rbp
  2f: ret
  30: ud2   ; trap stack_overflow @0x15a
function 4
   0: push rbp   ; @0x161
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2c
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: pextrw eax, xmm0, 3   ; @0x164
  27: mov rsp, rbp   ; @0x167
  2a: pop rbp
  2b: ret
  2c: ud2   ; trap stack_overflow @0x162
function 5
   0: push rbp   ; @0x169
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2c
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: pshufd xmm0, xmm0, 0xee   ; @0x16c
  27: mov rsp, rbp   ; @0x16f
  2a: pop rbp
  2b: ret
  2c: ud2   ; trap stack_overflow @0x16a
function 6
   0: push rbp   ; @0x171
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x30
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: mov dword ptr [rbp - 0x28], edi
  25: pinsrb xmm0, edi, 7   ; @0x176
  2b: mov rsp, rbp   ; @0x179
  2e: pop rbp
  2f: ret
  30: ud2   ; trap stack_overflow @0x172
function 7
   0: push rbp   ; @0x17b
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x32
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movss dword ptr [rbp - 0x28], xmm1
  27: insertps xmm0, xmm1, 0x20   ; @0x180
  2d: mov rsp, rbp   ; @0x183
  30: pop rbp
  31: ret
  32: ud2   ; trap stack_overflow @0x17c
function 8
   0: push rbp   ; @0x185
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x32
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: mov qword ptr [rbp - 0x28], rdi
  26: pinsrq xmm0, rdi, 1   ; @0x18a
  2d: mov rsp, rbp   ; @0x18d
  30: pop rbp
  31: ret
  32: ud2   ; trap stack_overflow @0x186
function 9
   0: push rbp   ; @0x18f
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x49
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqa xmm14, xmm1   ; @0x194
  2c: pshufb xmm14, xmmword ptr [rip + 0x1a]
  36: pshufb xmm0, xmmword ptr [rip + 0x21]
  3f: por xmm0, xmm14
  44: mov rsp, rbp   ; @0x1a6
  47: pop rbp
  48: ret
  49: ud2   ; trap stack_overflow @0x190
function 10
   0: push rbp   ; @0x1a8
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x35
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: pshufb xmm0, xmmword ptr [rip + 0x10]   ; @0x1ad
  30: mov rsp, rbp   ; @0x1bf
  33: pop rbp
  34: ret
  35: ud2   ; trap stack_overflow @0x1a9
function 11
   0: push rbp   ; @0x1c1
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x40
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqa xmm14, xmm1   ; @0x1c6
  2c: paddusb xmm14, xmmword ptr [rip + 0x1b]
  35: pshufb xmm0, xmm14
  3b: mov rsp, rbp   ; @0x1c8
  3e: pop rbp
  3f: ret
  40: ud2   ; trap stack_overflow @0x1c2
