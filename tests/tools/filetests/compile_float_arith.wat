;; test: compile
;; Float arithmetic, min/max with the NaN and -0.0 rules, abs/neg/copysign.
(module
  (func (export "add_mul") (param f64 f64) (result f64) local.get 0 local.get 1 f64.add local.get 1 f64.mul)
  (func (export "min") (param f32 f32) (result f32) local.get 0 local.get 1 f32.min)
  (func (export "max") (param f64 f64) (result f64) local.get 0 local.get 1 f64.max)
  (func (export "neg_abs") (param f32) (result f32) local.get 0 f32.neg f32.abs)
  (func (export "copysign") (param f64 f64) (result f64) local.get 0 local.get 1 f64.copysign)
  (func (export "sqrt_nearest") (param f64) (result f64) local.get 0 f64.sqrt f64.nearest)
  (func (export "compare") (param f32 f32) (result i32) local.get 0 local.get 1 f32.ne))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x34
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: movsd qword ptr [rbp - 0x18], xmm1
;;   27: addsd xmm0, xmm1
;;   2b: mulsd xmm0, xmm1
;;   2f: mov rsp, rbp
;;   32: pop rbp
;;   33: ret
;;   34: ud2   ; trap stack_overflow @0x7d
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x42
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movss dword ptr [rbp - 0x10], xmm0
;;   22: movss dword ptr [rbp - 0x18], xmm1
;;   27: ucomiss xmm0, xmm1
;;   2a: jp 0x33
;;   2c: jne 0x39
;;   2e: orps xmm0, xmm1
;;   31: jmp 0x3d
;;   33: addss xmm0, xmm1
;;   37: jmp 0x3d
;;   39: minss xmm0, xmm1
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0x88
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x43
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: movsd qword ptr [rbp - 0x18], xmm1
;;   27: ucomisd xmm0, xmm1
;;   2b: jp 0x34
;;   2d: jne 0x3a
;;   2f: andps xmm0, xmm1
;;   32: jmp 0x3e
;;   34: addsd xmm0, xmm1
;;   38: jmp 0x3e
;;   3a: maxsd xmm0, xmm1
;;   3e: mov rsp, rbp
;;   41: pop rbp
;;   42: ret
;;   43: ud2   ; trap stack_overflow @0x90
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x35
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movss dword ptr [rbp - 0x10], xmm0
;;   22: xorps xmm0, xmmword ptr [rip + 0x17]
;;   29: andps xmm0, xmmword ptr [rip + 0x20]
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0x98
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x43
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: movsd qword ptr [rbp - 0x18], xmm1
;;   27: movaps xmm14, xmm1
;;   2b: andps xmm14, xmmword ptr [rip + 0x1d]
;;   33: andps xmm0, xmmword ptr [rip + 0x26]
;;   3a: orps xmm0, xmm14
;;   3e: mov rsp, rbp
;;   41: pop rbp
;;   42: ret
;;   43: ud2   ; trap stack_overflow @0x9f
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x31
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movsd qword ptr [rbp - 0x10], xmm0
;;   22: sqrtsd xmm0, xmm0
;;   26: roundsd xmm0, xmm0, 0
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0xa7
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movss dword ptr [rbp - 0x10], xmm0
;;   22: movss dword ptr [rbp - 0x18], xmm1
;;   27: ucomiss xmm0, xmm1
;;   2a: setne al
;;   2d: setp r11b
;;   31: or al, r11b
;;   34: movzx eax, al
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0xae

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: addsd xmm0, xmm1
;;   17: mulsd xmm0, xmm1
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x7d
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: ucomiss xmm0, xmm1
;;   16: jne 0x33
;;   1c: jp 0x2a
;;   22: orps xmm0, xmm1
;;   25: jmp 0x37
;;   2a: addss xmm0, xmm1
;;   2e: jmp 0x37
;;   33: minss xmm0, xmm1
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0x88
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: ucomisd xmm0, xmm1
;;   17: jne 0x34
;;   1d: jp 0x2b
;;   23: andps xmm0, xmm1
;;   26: jmp 0x38
;;   2b: addsd xmm0, xmm1
;;   2f: jmp 0x38
;;   34: maxsd xmm0, xmm1
;;   38: mov rsp, rbp
;;   3b: pop rbp
;;   3c: ret
;;   3d: ud2   ; trap stack_overflow @0x90
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: xorps xmm0, xmmword ptr [rip + 0x16]
;;   1a: andps xmm0, xmmword ptr [rip + 0x1f]
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0x98
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x29
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: andps xmm0, xmmword ptr [rip + 0x16]
;;   1a: andps xmm1, xmmword ptr [rip + 0x1f]
;;   21: orps xmm0, xmm1
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x9f
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x28
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sqrtsd xmm8, xmm0
;;   18: roundsd xmm8, xmm8, 0
;;   1f: movaps xmm0, xmm8
;;   23: mov rsp, rbp
;;   26: pop rbp
;;   27: ret
;;   28: ud2   ; trap stack_overflow @0xa7
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: ucomiss xmm0, xmm1
;;   16: setne r12b
;;   1a: setp bl
;;   1d: or r12b, bl
;;   20: movzx r12d, r12b
;;   24: mov rax, r12
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0xae
