;; test: compile
;; Shifts and rotates by a variable and by constants (counts modulo width).
(module
  (func (export "shl") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl)
  (func (export "shr_s_imm") (param i64) (result i64) local.get 0 i64.const 65 i64.shr_s)
  (func (export "rotr_imm") (param i32) (result i32) local.get 0 i32.const 127 i32.rotr)
  (func (export "rotl") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rotl))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov ecx, esi
;;   25: shl edi, cl
;;   27: mov eax, edi
;;   29: mov rsp, rbp
;;   2c: pop rbp
;;   2d: ret
;;   2e: ud2   ; trap stack_overflow @0x54
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: sar rdi, 1
;;   25: mov rax, rdi
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x5c
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: ror edi, 0x1f
;;   23: mov eax, edi
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x65
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x33
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov qword ptr [rbp - 0x18], rsi
;;   25: mov rcx, rsi
;;   28: rol rdi, cl
;;   2b: mov rax, rdi
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0x6e

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: shlx ebx, edi, esi
;;   18: mov rax, rbx
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x54
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sar rdi, 1
;;   17: mov rax, rdi
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x5c
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: ror edi, 0x1f
;;   16: mov rax, rdi
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x65
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x21
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rcx, rsi
;;   16: rol rdi, cl
;;   19: mov rax, rdi
;;   1c: mov rsp, rbp
;;   1f: pop rbp
;;   20: ret
;;   21: ud2   ; trap stack_overflow @0x6e
