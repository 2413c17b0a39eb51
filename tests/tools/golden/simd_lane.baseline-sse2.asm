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
  10: jb 0x32
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: pextrw eax, xmm0, 7   ; @0x15c
  27: shr eax, 8
  2a: movsx eax, al
  2d: mov rsp, rbp   ; @0x15f
  30: pop rbp
  31: ret
  32: ud2   ; trap stack_overflow @0x15a
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
  10: jb 0x4b
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: mov dword ptr [rbp - 0x28], edi
  25: movd xmm14, edi   ; @0x176
  2a: pslldq xmm14, 7
  30: pand xmm14, xmmword ptr [rip + 0x17]
  39: pand xmm0, xmmword ptr [rip + 0x1f]
  41: por xmm0, xmm14
  46: mov rsp, rbp   ; @0x179
  49: pop rbp
  4a: ret
  4b: ud2   ; trap stack_overflow @0x172
function 7
   0: push rbp   ; @0x17b
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x3a
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movss dword ptr [rbp - 0x28], xmm1
  27: pshufd xmm0, xmm0, 0xc6   ; @0x180
  2c: movss xmm0, xmm1
  30: pshufd xmm0, xmm0, 0xc6
  35: mov rsp, rbp   ; @0x183
  38: pop rbp
  39: ret
  3a: ud2   ; trap stack_overflow @0x17c
function 8
   0: push rbp   ; @0x185
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x35
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: mov qword ptr [rbp - 0x28], rdi
  26: movq xmm14, rdi   ; @0x18a
  2b: punpcklqdq xmm0, xmm14
  30: mov rsp, rbp   ; @0x18d
  33: pop rbp
  34: ret
  35: ud2   ; trap stack_overflow @0x186
function 9
   0: push rbp   ; @0x18f
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0xce
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqu xmmword ptr [rbp - 0x38], xmm0   ; @0x194
  2c: movdqu xmmword ptr [rbp - 0x48], xmm1
  31: movzx r11d, byte ptr [rbp - 0x48]
  36: shl r11d, 8
  3a: mov r11b, byte ptr [rbp - 0x38]
  3e: pinsrw xmm0, r11d, 0
  44: movzx r11d, byte ptr [rbp - 0x47]
  49: shl r11d, 8
  4d: mov r11b, byte ptr [rbp - 0x37]
  51: pinsrw xmm0, r11d, 1
  57: movzx r11d, byte ptr [rbp - 0x46]
  5c: shl r11d, 8
  60: mov r11b, byte ptr [rbp - 0x36]
  64: pinsrw xmm0, r11d, 2
  6a: movzx r11d, byte ptr [rbp - 0x45]
  6f: shl r11d, 8
  73: mov r11b, byte ptr [rbp - 0x35]
  77: pinsrw xmm0, r11d, 3
  7d: movzx r11d, byte ptr [rbp - 0x44]
  82: shl r11d, 8
  86: mov r11b, byte ptr [rbp - 0x34]
  8a: pinsrw xmm0, r11d, 4
  90: movzx r11d, byte ptr [rbp - 0x43]
  95: shl r11d, 8
  99: mov r11b, byte ptr [rbp - 0x33]
  9d: pinsrw xmm0, r11d, 5
  a3: movzx r11d, byte ptr [rbp - 0x42]
  a8: shl r11d, 8
  ac: mov r11b, byte ptr [rbp - 0x32]
  b0: pinsrw xmm0, r11d, 6
  b6: movzx r11d, byte ptr [rbp - 0x41]
  bb: shl r11d, 8
  bf: mov r11b, byte ptr [rbp - 0x31]
  c3: pinsrw xmm0, r11d, 7
  c9: mov rsp, rbp   ; @0x1a6
  cc: pop rbp
  cd: ret
  ce: ud2   ; trap stack_overflow @0x190
function 10
   0: push rbp   ; @0x1a8
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0xce
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqu xmmword ptr [rbp - 0x38], xmm0   ; @0x1ad
  2c: movdqu xmmword ptr [rbp - 0x48], xmm1
  31: movzx r11d, byte ptr [rbp - 0x2a]
  36: shl r11d, 8
  3a: mov r11b, byte ptr [rbp - 0x29]
  3e: pinsrw xmm0, r11d, 0
  44: movzx r11d, byte ptr [rbp - 0x2c]
  49: shl r11d, 8
  4d: mov r11b, byte ptr [rbp - 0x2b]
  51: pinsrw xmm0, r11d, 1
  57: movzx r11d, byte ptr [rbp - 0x2e]
  5c: shl r11d, 8
  60: mov r11b, byte ptr [rbp - 0x2d]
  64: pinsrw xmm0, r11d, 2
  6a: movzx r11d, byte ptr [rbp - 0x30]
  6f: shl r11d, 8
  73: mov r11b, byte ptr [rbp - 0x2f]
  77: pinsrw xmm0, r11d, 3
  7d: movzx r11d, byte ptr [rbp - 0x32]
  82: shl r11d, 8
  86: mov r11b, byte ptr [rbp - 0x31]
  8a: pinsrw xmm0, r11d, 4
  90: movzx r11d, byte ptr [rbp - 0x34]
  95: shl r11d, 8
  99: mov r11b, byte ptr [rbp - 0x33]
  9d: pinsrw xmm0, r11d, 5
  a3: movzx r11d, byte ptr [rbp - 0x36]
  a8: shl r11d, 8
  ac: mov r11b, byte ptr [rbp - 0x35]
  b0: pinsrw xmm0, r11d, 6
  b6: movzx r11d, byte ptr [rbp - 0x38]
  bb: shl r11d, 8
  bf: mov r11b, byte ptr [rbp - 0x37]
  c3: pinsrw xmm0, r11d, 7
  c9: mov rsp, rbp   ; @0x1bf
  cc: pop rbp
  cd: ret
  ce: ud2   ; trap stack_overflow @0x1a9
function 11
   0: push rbp   ; @0x1c1
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x152
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: movdqu xmmword ptr [rbp - 0x18], xmm0
  22: movdqu xmmword ptr [rbp - 0x28], xmm1
  27: movdqu xmmword ptr [rbp - 0x38], xmm0   ; @0x1c6
  2c: movdqa xmm14, xmm1
  31: pand xmm14, xmmword ptr [rip + 0x126]
  3a: movdqu xmmword ptr [rbp - 0x48], xmm14
  40: movzx r11d, byte ptr [rbp - 0x48]
  45: movzx r11d, byte ptr [rbp + r11 - 0x38]
  4b: mov byte ptr [rbp - 0x48], r11b
  4f: movzx r11d, byte ptr [rbp - 0x47]
  54: movzx r11d, byte ptr [rbp + r11 - 0x38]
  5a: mov byte ptr [rbp - 0x47], r11b
  5e: movzx r11d, byte ptr [rbp - 0x46]
  63: movzx r11d, byte ptr [rbp + r11 - 0x38]
  69: mov byte ptr [rbp - 0x46], r11b
  6d: movzx r11d, byte ptr [rbp - 0x45]
  72: movzx r11d, byte ptr [rbp + r11 - 0x38]
  78: mov byte ptr [rbp - 0x45], r11b
  7c: movzx r11d, byte ptr [rbp - 0x44]
  81: movzx r11d, byte ptr [rbp + r11 - 0x38]
  87: mov byte ptr [rbp - 0x44], r11b
  8b: movzx r11d, byte ptr [rbp - 0x43]
  90: movzx r11d, byte ptr [rbp + r11 - 0x38]
  96: mov byte ptr [rbp - 0x43], r11b
  9a: movzx r11d, byte ptr [rbp - 0x42]
  9f: movzx r11d, byte ptr [rbp + r11 - 0x38]
  a5: mov byte ptr [rbp - 0x42], r11b
  a9: movzx r11d, byte ptr [rbp - 0x41]
  ae: movzx r11d, byte ptr [rbp + r11 - 0x38]
  b4: mov byte ptr [rbp - 0x41], r11b
  b8: movzx r11d, byte ptr [rbp - 0x40]
  bd: movzx r11d, byte ptr [rbp + r11 - 0x38]
  c3: mov byte ptr [rbp - 0x40], r11b
  c7: movzx r11d, byte ptr [rbp - 0x3f]
  cc: movzx r11d, byte ptr [rbp + r11 - 0x38]
  d2: mov byte ptr [rbp - 0x3f], r11b
  d6: movzx r11d, byte ptr [rbp - 0x3e]
  db: movzx r11d, byte ptr [rbp + r11 - 0x38]
  e1: mov byte ptr [rbp - 0x3e], r11b
  e5: movzx r11d, byte ptr [rbp - 0x3d]
  ea: movzx r11d, byte ptr [rbp + r11 - 0x38]
  f0: mov byte ptr [rbp - 0x3d], r11b
  f4: movzx r11d, byte ptr [rbp - 0x3c]
  f9: movzx r11d, byte ptr [rbp + r11 - 0x38]
  ff: mov byte ptr [rbp - 0x3c], r11b
 103: movzx r11d, byte ptr [rbp - 0x3b]
 108: movzx r11d, byte ptr [rbp + r11 - 0x38]
 10e: mov byte ptr [rbp - 0x3b], r11b
 112: movzx r11d, byte ptr [rbp - 0x3a]
 117: movzx r11d, byte ptr [rbp + r11 - 0x38]
 11d: mov byte ptr [rbp - 0x3a], r11b
 121: movzx r11d, byte ptr [rbp - 0x39]
 126: movzx r11d, byte ptr [rbp + r11 - 0x38]
 12c: mov byte ptr [rbp - 0x39], r11b
 130: movdqu xmm0, xmmword ptr [rbp - 0x48]
 135: movdqa xmm14, xmm1
 13a: pminub xmm14, xmmword ptr [rip + 0x1d]
 143: pcmpeqb xmm14, xmm1
 148: pand xmm0, xmm14
 14d: mov rsp, rbp   ; @0x1c8
 150: pop rbp
 151: ret
 152: ud2   ; trap stack_overflow @0x1c2
