;; test: compile
;; Conversions: the trapping and saturating truncations, unsigned
;; int-to-float, promote/demote, reinterpret.
(module
  (func (export "trunc_s") (param f64) (result i32) local.get 0 i32.trunc_f64_s)
  (func (export "trunc_u") (param f32) (result i64) local.get 0 i64.trunc_f32_u)
  (func (export "trunc_sat_u") (param f64) (result i32) local.get 0 i32.trunc_sat_f64_u)
  (func (export "convert_u") (param i64) (result f64) local.get 0 f64.convert_i64_u)
  (func (export "demote") (param f64) (result f32) local.get 0 f32.demote_f64)
  (func (export "reinterpret") (param f64) (result i64) local.get 0 i64.reinterpret_f64)
  (func (export "wrap_extend") (param i64) (result i64) local.get 0 i32.wrap_i64 i64.extend_i32_u))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x56
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: cvttsd2si eax, xmm0
;;   26: cmp eax, 1
;;   29: jno 0x51
;;   2b: ucomisd xmm0, xmm0
;;   2f: jp 0x58
;;   35: ucomisd xmm0, qword ptr [rip + 0x23]
;;   3d: jbe 0x5a
;;   43: ucomisd xmm0, qword ptr [rip + 0x1d]
;;   4b: jae 0x5a
;;   51: mov rsp, rbp
;;   54: pop rbp
;;   55: ret
;;   56: ud2   ; trap stack_overflow @0x8e
;;   58: ud2   ; trap bad_conversion_to_integer @0x90
;;   5a: ud2   ; trap integer_overflow @0x90
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x71
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movss dword ptr [rbp - 0x10], xmm0
;;   22: ucomiss xmm0, xmm0
;;   25: jp 0x73
;;   2b: ucomiss xmm0, dword ptr [rip + 0x46]
;;   32: jae 0x44
;;   34: cvttss2si rax, xmm0
;;   39: test rax, rax
;;   3c: js 0x75
;;   42: jmp 0x6c
;;   44: movaps xmm14, xmm0
;;   48: subss xmm14, dword ptr [rip + 0x27]
;;   51: cvttss2si rax, xmm14
;;   56: test rax, rax
;;   59: js 0x75
;;   5f: movabs r11, 0x8000000000000000
;;   69: xor rax, r11
;;   6c: mov rsp, rbp
;;   6f: pop rbp
;;   70: ret
;;   71: ud2   ; trap stack_overflow @0x94
;;   73: ud2   ; trap bad_conversion_to_integer @0x96
;;   75: ud2   ; trap integer_overflow @0x96
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: xorps xmm14, xmm14
;;   26: ucomisd xmm0, xmm14
;;   2b: jbe 0x3e
;;   2d: ucomisd xmm0, qword ptr [rip + 0x1b]
;;   35: jae 0x42
;;   37: cvttsd2si rax, xmm0
;;   3c: jmp 0x47
;;   3e: xor eax, eax
;;   40: jmp 0x47
;;   42: mov eax, 0xffffffff
;;   47: mov rsp, rbp
;;   4a: pop rbp
;;   4b: ret
;;   4c: ud2   ; trap stack_overflow @0x9a
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: xorps xmm0, xmm0
;;   24: test rdi, rdi
;;   27: js 0x30
;;   29: cvtsi2sd xmm0, rdi
;;   2e: jmp 0x46
;;   30: mov r11, rdi
;;   33: shr r11, 1
;;   37: and edi, 1
;;   3a: or r11, rdi
;;   3d: cvtsi2sd xmm0, r11
;;   42: addsd xmm0, xmm0
;;   46: mov rsp, rbp
;;   49: pop rbp
;;   4a: ret
;;   4b: ud2   ; trap stack_overflow @0xa1
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: cvtsd2ss xmm0, xmm0
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0xa7
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: movq rax, xmm0
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0xad
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov edi, edi
;;   23: mov rax, rdi
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0xb3

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x51
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cvttsd2si r12d, xmm0
;;   18: cmp r12d, 1
;;   1c: jno 0x49
;;   22: ucomisd xmm0, xmm0
;;   26: jp 0x53
;;   2c: ucomisd xmm0, qword ptr [rip + 0x24]
;;   34: jbe 0x55
;;   3a: xorps xmm8, xmm8
;;   3e: ucomisd xmm0, xmm8
;;   43: ja 0x55
;;   49: mov rax, r12
;;   4c: mov rsp, rbp
;;   4f: pop rbp
;;   50: ret
;;   51: ud2   ; trap stack_overflow @0x8e
;;   53: ud2   ; trap bad_conversion_to_integer @0x90
;;   55: ud2   ; trap integer_overflow @0x90
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x74
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: ucomiss xmm0, xmm0
;;   16: jp 0x76
;;   1c: ucomiss xmm0, dword ptr [rip + 0x59]
;;   23: jbe 0x78
;;   29: ucomiss xmm0, dword ptr [rip + 0x50]
;;   30: jae 0x78
;;   36: ucomiss xmm0, dword ptr [rip + 0x47]
;;   3d: jae 0x4d
;;   43: cvttss2si r12, xmm0
;;   48: jmp 0x6c
;;   4d: movaps xmm8, xmm0
;;   51: subss xmm8, dword ptr [rip + 0x2a]
;;   5a: cvttss2si r12, xmm8
;;   5f: movabs rbx, 0x8000000000000000
;;   69: xor r12, rbx
;;   6c: mov rax, r12
;;   6f: mov rsp, rbp
;;   72: pop rbp
;;   73: ret
;;   74: ud2   ; trap stack_overflow @0x94
;;   76: ud2   ; trap bad_conversion_to_integer @0x96
;;   78: ud2   ; trap integer_overflow @0x96
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x4b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: xor r12d, r12d
;;   16: xorps xmm8, xmm8
;;   1a: ucomisd xmm0, xmm8
;;   1f: jbe 0x43
;;   25: ucomisd xmm0, qword ptr [rip + 0x23]
;;   2d: jae 0x3d
;;   33: cvttsd2si r12, xmm0
;;   38: jmp 0x43
;;   3d: mov r12d, 0xffffffff
;;   43: mov rax, r12
;;   46: mov rsp, rbp
;;   49: pop rbp
;;   4a: ret
;;   4b: ud2   ; trap stack_overflow @0x9a
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x4e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: xorps xmm8, xmm8
;;   17: test rdi, rdi
;;   1a: js 0x2a
;;   20: cvtsi2sd xmm8, rdi
;;   25: jmp 0x45
;;   2a: mov rbx, rdi
;;   2d: shr rbx, 1
;;   31: mov r12, rdi
;;   34: and r12, 1
;;   38: or rbx, r12
;;   3b: cvtsi2sd xmm8, rbx
;;   40: addsd xmm8, xmm8
;;   45: movaps xmm0, xmm8
;;   49: mov rsp, rbp
;;   4c: pop rbp
;;   4d: ret
;;   4e: ud2   ; trap stack_overflow @0xa1
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x21
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cvtsd2ss xmm8, xmm0
;;   18: movaps xmm0, xmm8
;;   1c: mov rsp, rbp
;;   1f: pop rbp
;;   20: ret
;;   21: ud2   ; trap stack_overflow @0xa7
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movq rbx, xmm0
;;   18: mov rax, rbx
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0xad
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, edi
;;   15: mov ebx, ebx
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0xb3
