;; test: compile
;; Integer arithmetic: register, immediate and folded operands.
(module
  (func (export "add_sub") (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add i32.const 7 i32.sub)
  (func (export "mul_and_or_xor") (param i64 i64) (result i64)
    local.get 0 local.get 1 i64.mul i64.const 255 i64.and local.get 1 i64.or local.get 0 i64.xor)
  (func (export "consts") (result i32)
    i32.const 10 i32.const 20 i32.add))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: add edi, esi
;;   25: sub edi, 7
;;   28: mov eax, edi
;;   2a: mov rsp, rbp
;;   2d: pop rbp
;;   2e: ret
;;   2f: ud2   ; trap stack_overflow @0x4d
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov qword ptr [rbp - 0x18], rsi
;;   25: imul rdi, rsi
;;   29: and rdi, 0xff
;;   30: or rdi, rsi
;;   33: xor rdi, qword ptr [rbp - 0x10]
;;   37: mov rax, rdi
;;   3a: mov rsp, rbp
;;   3d: pop rbp
;;   3e: ret
;;   3f: ud2   ; trap stack_overflow @0x58
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x27
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov eax, 0x1e
;;   22: mov rsp, rbp
;;   25: pop rbp
;;   26: ret
;;   27: ud2   ; trap stack_overflow @0x6a

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: add edi, esi
;;   15: sub edi, 7
;;   18: mov rax, rdi
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x4d
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: imul rbx, rsi
;;   1a: and rbx, 0xff
;;   21: or rbx, rsi
;;   24: xor rbx, rdi
;;   27: mov rax, rbx
;;   2a: mov rsp, rbp
;;   2d: pop rbp
;;   2e: ret
;;   2f: ud2   ; trap stack_overflow @0x58
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, 0x1e
;;   18: mov rax, rbx
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x6a
