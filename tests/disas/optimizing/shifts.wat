;; Shifts and rotates by a variable and by constants (counts modulo width).
(module
  (func (export "shl") (param i32 i32) (result i32) local.get 0 local.get 1 i32.shl)
  (func (export "shr_s_imm") (param i64) (result i64) local.get 0 i64.const 65 i64.shr_s)
  (func (export "rotr_imm") (param i32) (result i32) local.get 0 i32.const 127 i32.rotr)
  (func (export "rotl") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rotl))

;; ---- expected code (TANDEM_BLESS=1 regenerates) ----
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
