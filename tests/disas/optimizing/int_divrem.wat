;; Division and remainder: the divide-by-zero and overflow checks, by a
;; variable and by constants.
(module
  (func (export "div_s") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "rem_u") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_u)
  (func (export "div_by_7") (param i32) (result i32) local.get 0 i32.const 7 i32.div_u)
  (func (export "rem_s_by_minus_1") (param i64) (result i64) local.get 0 i64.const -1 i64.rem_s))

;; ---- expected code (TANDEM_BLESS=1 regenerates) ----
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
