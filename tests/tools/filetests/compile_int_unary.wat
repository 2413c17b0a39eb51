;; test: compile
;; clz, ctz, popcnt, eqz and sign extension (lzcnt, tzcnt, popcnt allowed).
(module
  (func (export "clz") (param i32) (result i32) local.get 0 i32.clz)
  (func (export "ctz") (param i64) (result i64) local.get 0 i64.ctz)
  (func (export "popcnt") (param i32) (result i32) local.get 0 i32.popcnt)
  (func (export "eqz") (param i64) (result i32) local.get 0 i64.eqz)
  (func (export "extend8") (param i32) (result i32) local.get 0 i32.extend8_s)
  (func (export "extend32") (param i64) (result i64) local.get 0 i64.extend32_s))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x29
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: lzcnt eax, edi
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x5b
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: tzcnt rax, rdi
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x61
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x29
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: popcnt eax, edi
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x67
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: test rdi, rdi
;;   24: sete al
;;   27: movzx eax, al
;;   2a: mov rsp, rbp
;;   2d: pop rbp
;;   2e: ret
;;   2f: ud2   ; trap stack_overflow @0x6d
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: movsx edi, dil
;;   24: mov eax, edi
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x73
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: movsxd rdi, edi
;;   24: mov rax, rdi
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0x79

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: lzcnt ebx, edi
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x5b
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: tzcnt rbx, rdi
;;   18: mov rax, rbx
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x61
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: popcnt ebx, edi
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x67
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x24
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: test rdi, rdi
;;   16: sete bl
;;   19: movzx ebx, bl
;;   1c: mov rax, rbx
;;   1f: mov rsp, rbp
;;   22: pop rbp
;;   23: ret
;;   24: ud2   ; trap stack_overflow @0x6d
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movsx ebx, dil
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x73
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movsxd rbx, edi
;;   16: mov rax, rbx
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x79
