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
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x10]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov rax, qword ptr [r14 + 8]
;;   21: shr rax, 0x10
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x5a
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x39
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov esi, edi
;;   22: mov rdi, r14
;;   25: movabs r11, 0   ; reloc libcall tandem_memory_grow
;;   2f: call r11
;;   32: mov eax, eax
;;   34: mov rsp, rbp
;;   37: pop rbp
;;   38: ret
;;   39: ud2   ; trap stack_overflow @0x5f
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x49
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov dword ptr [rbp - 0x20], edx
;;   26: mov ecx, edx
;;   28: mov edx, esi
;;   2a: mov esi, edi
;;   2c: mov rdi, r14
;;   2f: movabs r11, 0   ; reloc libcall tandem_memory_fill
;;   39: call r11
;;   3c: test eax, eax
;;   3e: jne 0x4b
;;   44: mov rsp, rbp
;;   47: pop rbp
;;   48: ret
;;   49: ud2   ; trap stack_overflow @0x66
;;   4b: ud2   ; trap out_of_bounds_memory @0x6c
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x49
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov dword ptr [rbp - 0x20], edx
;;   26: mov ecx, edx
;;   28: mov edx, esi
;;   2a: mov esi, edi
;;   2c: mov rdi, r14
;;   2f: movabs r11, 0   ; reloc libcall tandem_memory_copy
;;   39: call r11
;;   3c: test eax, eax
;;   3e: jne 0x4b
;;   44: mov rsp, rbp
;;   47: pop rbp
;;   48: ret
;;   49: ud2   ; trap stack_overflow @0x72
;;   4b: ud2   ; trap out_of_bounds_memory @0x78
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x5b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xor esi, esi
;;   22: mov edx, edi
;;   24: xor ecx, ecx
;;   26: mov r8d, 3
;;   2c: mov rdi, r14
;;   2f: movabs r11, 0   ; reloc libcall tandem_memory_init
;;   39: call r11
;;   3c: test eax, eax
;;   3e: jne 0x5d
;;   44: mov rdi, r14
;;   47: xor esi, esi
;;   49: movabs r11, 0   ; reloc libcall tandem_data_drop
;;   53: call r11
;;   56: mov rsp, rbp
;;   59: pop rbp
;;   5a: ret
;;   5b: ud2   ; trap stack_overflow @0x7f
;;   5d: ud2   ; trap out_of_bounds_memory @0x85
