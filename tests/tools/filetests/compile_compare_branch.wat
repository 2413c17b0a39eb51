;; test: compile
;; Comparisons as values, fused into branches, and select.
(module
  (func (export "lt_u") (param i32 i32) (result i32) local.get 0 local.get 1 i32.lt_u)
  (func (export "branch") (param i64 i64) (result i32)
    local.get 0 local.get 1 i64.gt_s
    if (result i32) i32.const 1 else i32.const 2 end)
  (func (export "select") (param i32 i32 i32) (result i32)
    local.get 0 local.get 1 local.get 2 select)
  (func (export "br_table") (param i32) (result i32)
    (block (block (block local.get 0 br_table 0 1 2) i32.const 10 return) i32.const 11 return) i32.const 12))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: cmp edi, esi
;;   25: setb al
;;   28: movzx eax, al
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x56
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x42
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov qword ptr [rbp - 0x18], rsi
;;   25: cmp rdi, rsi
;;   28: jle 0x38
;;   2e: mov eax, 1
;;   33: jmp 0x3d
;;   38: mov eax, 2
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0x5e
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x32
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov dword ptr [rbp - 0x20], edx
;;   26: test edx, edx
;;   28: cmove edi, esi
;;   2b: mov eax, edi
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0x6e
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x58
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: cmp edi, 2
;;   23: jae 0x4e
;;   29: lea r11, [rip + 0x2c]
;;   30: movsxd rdi, dword ptr [r11 + rdi*4]
;;   34: add r11, rdi
;;   37: jmp r11
;;   3a: mov eax, 0xa
;;   3f: mov rsp, rbp
;;   42: pop rbp
;;   43: ret
;;   44: mov eax, 0xb
;;   49: mov rsp, rbp
;;   4c: pop rbp
;;   4d: ret
;;   4e: mov eax, 0xc
;;   53: mov rsp, rbp
;;   56: pop rbp
;;   57: ret
;;   58: ud2   ; trap stack_overflow @0x78

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x23
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cmp edi, esi
;;   15: setb bl
;;   18: movzx ebx, bl
;;   1b: mov rax, rbx
;;   1e: mov rsp, rbp
;;   21: pop rbp
;;   22: ret
;;   23: ud2   ; trap stack_overflow @0x56
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x36
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cmp rdi, rsi
;;   16: jle 0x29
;;   1c: mov ebx, 1
;;   21: mov rax, rbx
;;   24: jmp 0x31
;;   29: mov ebx, 2
;;   2e: mov rax, rbx
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0x5e
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: test edx, edx
;;   15: cmovne esi, edi
;;   18: mov rax, rsi
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x6e
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x59
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, edi
;;   15: cmp ebx, 2
;;   1b: jae 0x4c
;;   21: lea r12, [rip + 0x34]
;;   28: movsxd rbx, dword ptr [r12 + rbx*4]
;;   2c: add r12, rbx
;;   2f: jmp r12
;;   32: mov ebx, 0xa
;;   37: mov rax, rbx
;;   3a: mov rsp, rbp
;;   3d: pop rbp
;;   3e: ret
;;   3f: mov ebx, 0xb
;;   44: mov rax, rbx
;;   47: mov rsp, rbp
;;   4a: pop rbp
;;   4b: ret
;;   4c: mov ebx, 0xc
;;   51: mov rax, rbx
;;   54: mov rsp, rbp
;;   57: pop rbp
;;   58: ret
;;   59: ud2   ; trap stack_overflow @0x78
