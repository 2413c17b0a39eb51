;; memory.size inline; memory.grow and bulk memory through libcalls.
(module
  (memory 1 4)
  (data $d "\01\02\03")
  (func (export "size") (result i32) memory.size)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "fill") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill)
  (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy)
  (func (export "init") (param i32) local.get 0 i32.const 0 i32.const 3 memory.init $d data.drop $d))

;; ---- expected code (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x23
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14 + 8]
;;   17: shr rbx, 0x10
;;   1b: mov rax, rbx
;;   1e: mov rsp, rbp
;;   21: pop rbp
;;   22: ret
;;   23: ud2   ; trap stack_overflow @0x5a
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x33
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov rsi, rbx
;;   19: mov rdi, r14
;;   1c: movabs r11, 0   ; reloc libcall tandem_memory_grow
;;   26: call r11
;;   29: mov ebx, eax
;;   2b: mov rax, rbx
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0x5f
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x44
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12, rsi
;;   19: mov r13, rdx
;;   1c: mov rsi, rbx
;;   1f: mov rdx, r12
;;   22: mov rcx, r13
;;   25: mov rdi, r14
;;   28: movabs r11, 0   ; reloc libcall tandem_memory_fill
;;   32: call r11
;;   35: mov ebx, eax
;;   37: test ebx, ebx
;;   39: jne 0x46
;;   3f: mov rsp, rbp
;;   42: pop rbp
;;   43: ret
;;   44: ud2   ; trap stack_overflow @0x66
;;   46: ud2   ; trap out_of_bounds_memory @0x6c
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x44
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12, rsi
;;   19: mov r13, rdx
;;   1c: mov rsi, rbx
;;   1f: mov rdx, r12
;;   22: mov rcx, r13
;;   25: mov rdi, r14
;;   28: movabs r11, 0   ; reloc libcall tandem_memory_copy
;;   32: call r11
;;   35: mov ebx, eax
;;   37: test ebx, ebx
;;   39: jne 0x46
;;   3f: mov rsp, rbp
;;   42: pop rbp
;;   43: ret
;;   44: ud2   ; trap stack_overflow @0x72
;;   46: ud2   ; trap out_of_bounds_memory @0x78
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x6b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12d, 0
;;   1c: mov r13d, 0
;;   22: mov r15d, 3
;;   28: mov rsi, r12
;;   2b: mov rdx, rbx
;;   2e: mov rcx, r13
;;   31: mov r8, r15
;;   34: mov rdi, r14
;;   37: movabs r11, 0   ; reloc libcall tandem_memory_init
;;   41: call r11
;;   44: mov ebx, eax
;;   46: test ebx, ebx
;;   48: jne 0x6d
;;   4e: mov ebx, 0
;;   53: mov rsi, rbx
;;   56: mov rdi, r14
;;   59: movabs r11, 0   ; reloc libcall tandem_data_drop
;;   63: call r11
;;   66: mov rsp, rbp
;;   69: pop rbp
;;   6a: ret
;;   6b: ud2   ; trap stack_overflow @0x7f
;;   6d: ud2   ; trap out_of_bounds_memory @0x85
