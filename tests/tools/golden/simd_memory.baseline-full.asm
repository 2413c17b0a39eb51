function 0
   0: push rbp   ; @0xad
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2e
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: mov rax, qword ptr [r14]   ; @0xb0
  23: movdqu xmm0, xmmword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xb0
  29: mov rsp, rbp   ; @0xb4
  2c: pop rbp
  2d: ret
  2e: ud2   ; trap stack_overflow @0xae
function 1
   0: push rbp   ; @0xb6
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x37
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: mov rax, qword ptr [r14]   ; @0xb9
  23: movq xmm0, qword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xb9
  29: punpcklbw xmm0, xmm0
  2d: psraw xmm0, 8
  32: mov rsp, rbp   ; @0xbd
  35: pop rbp
  36: ret
  37: ud2   ; trap stack_overflow @0xb7
function 2
   0: push rbp   ; @0xbf
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x33
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: mov rax, qword ptr [r14]   ; @0xc2
  23: movd xmm0, dword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xc2
  29: pshufd xmm0, xmm0, 0
  2e: mov rsp, rbp   ; @0xc6
  31: pop rbp
  32: ret
  33: ud2   ; trap stack_overflow @0xc0
function 3
   0: push rbp   ; @0xc8
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x30]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x2e
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: mov rax, qword ptr [r14]   ; @0xcb
  23: movq xmm0, qword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xcb
  29: mov rsp, rbp   ; @0xcf
  2c: pop rbp
  2d: ret
  2e: ud2   ; trap stack_overflow @0xc9
function 4
   0: push rbp   ; @0xd1
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x33
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: movdqu xmmword ptr [rbp - 0x28], xmm0
  25: mov rax, qword ptr [r14]   ; @0xd6
  28: movdqu xmmword ptr [rax + rdi + 0x10], xmm0   ; trap out_of_bounds_memory @0xd6
  2e: mov rsp, rbp   ; @0xda
  31: pop rbp
  32: ret
  33: ud2   ; trap stack_overflow @0xd2
function 5
   0: push rbp   ; @0xdc
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x34
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: movdqu xmmword ptr [rbp - 0x28], xmm0
  25: mov rax, qword ptr [r14]   ; @0xe1
  28: pinsrw xmm0, word ptr [rax + rdi + 2], 3   ; trap out_of_bounds_memory @0xe1
  2f: mov rsp, rbp   ; @0xe6
  32: pop rbp
  33: ret
  34: ud2   ; trap stack_overflow @0xdd
function 6
   0: push rbp   ; @0xe8
   1: mov rbp, rsp
   4: lea r11, [rsp - 0x50]
   c: cmp r11, qword ptr [r14 + 0x10]
  10: jb 0x35
  16: mov rsp, r11
  19: mov qword ptr [rbp - 8], r14
  1d: mov dword ptr [rbp - 0x18], edi
  20: movdqu xmmword ptr [rbp - 0x28], xmm0
  25: mov rax, qword ptr [r14]   ; @0xed
  28: pextrq qword ptr [rax + rdi], xmm0, 1   ; trap out_of_bounds_memory @0xed
  30: mov rsp, rbp   ; @0xf2
  33: pop rbp
  34: ret
  35: ud2   ; trap stack_overflow @0xe9
