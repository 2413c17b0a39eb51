;; tandem regression
;; finding: mismatch compile_blowup: culprit optimizing; the register allocator never finished on a loop back-edge carrying more values than registers (every block argument demanded a register at the jump: two of them evicted each other forever). Reduced by tandem reduce from a function of a real C program (repros/optimizing-hang-1.wasm, 1,101 bytes); fixed: a jump's arguments live in a register or a stack slot
;; signature: compile_blowup/optimizing/regalloc
;; settings: opt_level=none
;; calls: none
(module
  (type $t0 (func (param i32 i32 i32)))
  (type $t1 (func (param i32 i32) (result i32)))
  (type $t2 (func (param i32) (result i32)))
  (type $t3 (func (param i32)))
  (type $t4 (func (param i32 i32 i32) (result i32)))
  (type $t5 (func (param f64) (result f64)))
  (type $t6 (func (param i32 i32)))
  (func $f0 (type $t6) (param $p0 i32) (param $p1 i32)
    (local $l2 i32) (local $l3 i32) (local $l4 i32) (local $l5 i32) (local $l6 i32) (local $l7 i32) (local $l8 i32) (local $l9 i32) (local $l10 i32) (local $l11 i32) (local $l12 i32) (local $l13 i32) (local $l14 i32) (local $l15 i32) (local $l16 i32) (local $l17 i32) (local $l18 i32) (local $l19 i32) (local $l20 i32) (local $l21 i32) (local $l22 i32) (local $l23 i32) (local $l24 i32)
    loop $L0
      i32.const 0
      if $I1
      else
        local.get $l14
        local.get $l8
        i32.add
        local.tee $l8
        local.get $l15
        local.tee $l14
        local.get $l9
        local.get $l4
        local.get $l16
        local.tee $l4
        local.get $l10
        local.tee $l9
        i32.add
        local.tee $l10
        local.tee $l15
        local.get $l7
        local.get $l5
        local.get $l12
        local.tee $l5
        local.tee $l7
        local.get $l6
        i32.add
        local.tee $l6
        local.tee $l12
        local.tee $l16
        local.get $l17
        i32.rotl
        local.tee $l17
        local.get $l13
        i32.add
        local.tee $l13
        br $L0
      end
    end))
