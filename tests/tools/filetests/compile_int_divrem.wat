;; test: compile
;; Division and remainder: the divide-by-zero and overflow checks, by a
;; variable and by constants.
(module
  (func (export "div_s") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "rem_u") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_u)
  (func (export "div_by_7") (param i32) (result i32) local.get 0 i32.const 7 i32.div_u)
  (func (export "rem_s_by_minus_1") (param i64) (result i64) local.get 0 i64.const -1 i64.rem_s))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov eax, edi
;;   25: test esi, esi
;;   27: je 0x4c
;;   2d: cmp esi, -1
;;   30: jne 0x42
;;   36: cmp eax, 0x80000000
;;   3c: je 0x4e
;;   42: cdq
;;   43: idiv esi
;;   45: mov rsp, rbp
;;   48: pop rbp
;;   49: ret
;;   4a: ud2   ; trap stack_overflow @0x5e
;;   4c: ud2   ; trap integer_divide_by_zero @0x62
;;   4e: ud2   ; trap integer_overflow @0x62
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov qword ptr [rbp - 0x18], rsi
;;   25: mov rax, rdi
;;   28: test rsi, rsi
;;   2b: je 0x40
;;   31: xor edx, edx
;;   33: div rsi
;;   36: mov rax, rdx
;;   39: mov rsp, rbp
;;   3c: pop rbp
;;   3d: ret
;;   3e: ud2   ; trap stack_overflow @0x66
;;   40: ud2   ; trap integer_divide_by_zero @0x6a
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x38
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov ecx, 7
;;   25: mov eax, edi
;;   27: test ecx, ecx
;;   29: je 0x3a
;;   2f: xor edx, edx
;;   31: div ecx
;;   33: mov rsp, rbp
;;   36: pop rbp
;;   37: ret
;;   38: ud2   ; trap stack_overflow @0x6e
;;   3a: ud2   ; trap integer_divide_by_zero @0x72
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov rcx, -1
;;   28: mov rax, rdi
;;   2b: test rcx, rcx
;;   2e: je 0x4d
;;   34: cmp rcx, -1
;;   38: jne 0x3e
;;   3a: xor edx, edx
;;   3c: jmp 0x43
;;   3e: cqo
;;   40: idiv rcx
;;   43: mov rax, rdx
;;   46: mov rsp, rbp
;;   49: pop rbp
;;   4a: ret
;;   4b: ud2   ; trap stack_overflow @0x76
;;   4d: ud2   ; trap integer_divide_by_zero @0x7a

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rax, rdi
;;   16: test esi, esi
;;   18: je 0x3e
;;   1e: cmp esi, -1
;;   21: jne 0x34
;;   27: neg eax
;;   29: jo 0x40
;;   2f: jmp 0x37
;;   34: cdq
;;   35: idiv esi
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0x5e
;;   3e: ud2   ; trap integer_divide_by_zero @0x62
;;   40: ud2   ; trap integer_overflow @0x62
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rax, rdi
;;   16: test rsi, rsi
;;   19: je 0x2e
;;   1f: xor edx, edx
;;   21: div rsi
;;   24: mov rax, rdx
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0x66
;;   2e: ud2   ; trap integer_divide_by_zero @0x6a
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x39
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, 0x24924925
;;   18: mov r12d, edi
;;   1b: mov ebx, ebx
;;   1d: imul r12, rbx
;;   21: shr r12, 0x20
;;   25: sub edi, r12d
;;   28: shr edi, 1
;;   2b: add edi, r12d
;;   2e: shr edi, 2
;;   31: mov rax, rdi
;;   34: mov rsp, rbp
;;   37: pop rbp
;;   38: ret
;;   39: ud2   ; trap stack_overflow @0x6e
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, 0
;;   18: mov rax, rbx
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x76
