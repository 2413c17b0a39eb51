;; call_indirect (bounds, null and signature checks), table.get/set inline,
;; table.grow/fill/copy/init through libcalls, ref.func and ref.is_null.
(module
  (type $ii (func (param i32) (result i32)))
  (table $t 4 8 funcref)
  (elem (i32.const 0) $inc)
  (elem $p funcref (ref.func $inc))
  (func $inc (type $ii) local.get 0 i32.const 1 i32.add)
  (func (export "call") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect $t (type $ii))
  (func (export "get_is_null") (param i32) (result i32) local.get 0 table.get $t ref.is_null)
  (func (export "set") (param i32) local.get 0 ref.func $inc table.set $t)
  (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow $t)
  (func (export "size") (result i32) table.size $t)
  (func (export "init") (param i32) local.get 0 i32.const 0 i32.const 1 table.init $t $p elem.drop $p))

;; ---- expected code (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: add edi, 1
;;   23: mov eax, edi
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x74
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x5d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov eax, esi
;;   25: cmp rax, qword ptr [r14 + 0x28]
;;   29: jae 0x5f
;;   2f: mov rcx, qword ptr [r14 + 0x20]
;;   33: mov rax, qword ptr [rcx + rax*8]
;;   37: test rax, rax
;;   3a: je 0x61
;;   40: mov ecx, dword ptr [r14 + 0x68]
;;   44: cmp rcx, qword ptr [rax + 8]
;;   48: jne 0x63
;;   4e: mov r14, qword ptr [rax + 0x10]
;;   52: call qword ptr [rax]
;;   54: mov r14, qword ptr [rbp - 8]
;;   58: mov rsp, rbp
;;   5b: pop rbp
;;   5c: ret
;;   5d: ud2   ; trap stack_overflow @0x7c
;;   5f: ud2   ; trap indirect_call_out_of_bounds @0x80
;;   61: ud2   ; trap indirect_call_null @0x80
;;   63: ud2   ; trap indirect_call_type_mismatch @0x80
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x42
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: cmp rdi, qword ptr [r14 + 0x28]
;;   24: jae 0x44
;;   2a: mov rax, qword ptr [r14 + 0x20]
;;   2e: mov rax, qword ptr [rax + rdi*8]
;;   32: test rax, rax
;;   35: sete cl
;;   38: movzx ecx, cl
;;   3b: mov eax, ecx
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0x86
;;   44: ud2   ; trap out_of_bounds_table @0x88
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov rax, qword ptr [r14 + 0x30]
;;   24: cmp rdi, qword ptr [r14 + 0x28]
;;   28: jae 0x3d
;;   2e: mov rcx, qword ptr [r14 + 0x20]
;;   32: mov qword ptr [rcx + rdi*8], rax
;;   36: mov rsp, rbp
;;   39: pop rbp
;;   3a: ret
;;   3b: ud2   ; trap stack_overflow @0x8e
;;   3d: ud2   ; trap out_of_bounds_table @0x92
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xor esi, esi
;;   22: xor edx, edx
;;   24: mov ecx, edi
;;   26: mov rdi, r14
;;   29: movabs r11, 0   ; reloc libcall tandem_table_grow
;;   33: call r11
;;   36: mov eax, eax
;;   38: mov rsp, rbp
;;   3b: pop rbp
;;   3c: ret
;;   3d: ud2   ; trap stack_overflow @0x97
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x10]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x26
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov eax, dword ptr [r14 + 0x28]
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xa1
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x64
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xor esi, esi
;;   22: mov edx, 1
;;   27: mov ecx, edi
;;   29: xor r8d, r8d
;;   2c: mov r9d, 1
;;   32: mov rdi, r14
;;   35: movabs r11, 0   ; reloc libcall tandem_table_init
;;   3f: call r11
;;   42: test eax, eax
;;   44: jne 0x66
;;   4a: mov rdi, r14
;;   4d: mov esi, 1
;;   52: movabs r11, 0   ; reloc libcall tandem_elem_drop
;;   5c: call r11
;;   5f: mov rsp, rbp
;;   62: pop rbp
;;   63: ret
;;   64: ud2   ; trap stack_overflow @0xa7
;;   66: ud2   ; trap out_of_bounds_table @0xad
