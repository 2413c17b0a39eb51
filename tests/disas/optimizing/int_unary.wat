;; clz, ctz, popcnt, eqz and sign extension (lzcnt, tzcnt, popcnt allowed).
(module
  (func (export "clz") (param i32) (result i32) local.get 0 i32.clz)
  (func (export "ctz") (param i64) (result i64) local.get 0 i64.ctz)
  (func (export "popcnt") (param i32) (result i32) local.get 0 i32.popcnt)
  (func (export "eqz") (param i64) (result i32) local.get 0 i64.eqz)
  (func (export "extend8") (param i32) (result i32) local.get 0 i32.extend8_s)
  (func (export "extend32") (param i64) (result i64) local.get 0 i64.extend32_s))

;; ---- expected code (TANDEM_BLESS=1 regenerates) ----
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
