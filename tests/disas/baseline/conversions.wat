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

;; ---- expected code (TANDEM_BLESS=1 regenerates) ----
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
