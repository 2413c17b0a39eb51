;; tandem regression
;; finding: mismatch global: culprit optimizing; a loop entry of 21 block arguments wrote an i32 block parameter into the spill slot that a float argument (a function parameter spilled across a call) was still to be read from, so three f64 parameters got the i32 (0). Found by the differential fuzzer (wide_branch shape, re-enabled), reduced by tandem reduce; fixed: the moves of both register classes at one point are one parallel move, because the classes share spill slots
;; signature: global/optimizing/-
;; settings: bounds_checks=guard has_sse41=true has_popcnt=true has_lzcnt=false has_bmi1=false has_bmi2=false opt_level=speed
;; call: f3 null bits:0x6dbc077168eb9312 null bits:0x15272686 5 bits:0xc8787051d902aa79 bits:0xbff0000000000000
;; expect: trapped: unreachable (unreachable executed)
(module
  (type $t0 (func (param externref f64 funcref f32 externref f64 f64)))
  (type $t1 (func))
  (type $t2 (func (result f32)))
  (type $t3 (func (param i32 f64 f32 f32 i32 i32 i32 i32 i32 f32 f64 i32 i32 i32 i32 i32 i32 f64 f32 f32 f32 f64 f32 f64 f64 i32 f64) (result i32 f64 f32 f32 i32 i32 i32 i32 i32 f32 f64 i32 i32 i32 i32 i32 i32 f64 f32 f32 f32 f64 f32 f64 f64 i32 f64)))
  (func $f3 (type $t0) (param $p0 externref) (param $p1 f64) (param $p2 funcref) (param $p3 f32) (param $p4 externref) (param $p5 f64) (param $p6 f64)
    (local $l7 funcref) (local $l8 externref) (local $l9 i32) (local $l10 f64) (local $l11 f32) (local $l12 i32) (local $l13 i32) (local $l14 f64) (local $l15 f32) (local $l16 f32) (local $l17 i32) (local $l18 i32) (local $l19 i32) (local $l20 i32) (local $l21 i32) (local $l22 f32) (local $l23 f64) (local $l24 i32) (local $l25 i32) (local $l26 i32) (local $l27 i32) (local $l28 i32) (local $l29 i32) (local $l30 f64) (local $l31 f32) (local $l32 f32) (local $l33 f32) (local $l34 f64) (local $l35 f32) (local $l36 f64) (local $l37 f64) (local $l38 i32) (local $l39 f64)
    call $f1
    i32.const 0
    local.get $p6
    local.get $p3
    i32.const 0
    f32.load
    i32.const 0
    i32.const 0
    i32.const 0
    i32.const 0
    global.get $checksum
    local.get $l9
    i64.extend_i32_u
    i64.xor
    global.set $checksum
    i32.const 0
    i32.const 0
    f32.load align=1
    local.get $p6
    f64.const 0x0p+0 (;=0;)
    local.get $l10
    local.get $l10
    f64.eq
    select
    i32.const 0
    i32.const 0
    i32.const 0
    i32.const 0
    i32.const 0
    i32.const 0
    local.get $p6
    i32.const 0
    f32.load align=2
    i32.const 0
    f32.load align=1
    local.get $p3
    i32.const 0
    f64.load
    local.get $p3
    local.get $p1
    i32.const 0
    f64.load
    i32.const 0
    i32.const 0
    f64.load align=1
    i32.const 1
    local.set $l12
    loop $L0 (param i32 f64 f32 f32 i32 i32 i32 i32 i32 f32 f64 i32 i32 i32 i32 i32 i32 f64 f32 f32 f32 f64 f32 f64 f64 i32 f64) (result i32 f64 f32 f32 i32 i32 i32 i32 i32 f32 f64 i32 i32 i32 i32 i32 i32 f64 f32 f32 f32 f64 f32 f64 f64 i32 f64)
      local.set $l39
      local.set $l38
      local.set $l37
      local.set $l36
      local.set $l35
      local.set $l34
      local.set $l33
      local.set $l32
      local.set $l31
      local.set $l30
      local.set $l29
      local.set $l28
      local.set $l27
      local.set $l26
      local.set $l25
      local.set $l24
      local.set $l23
      local.set $l22
      local.set $l21
      local.set $l20
      local.set $l19
      local.set $l18
      local.set $l17
      local.set $l16
      local.set $l15
      local.set $l14
      local.set $l13
      local.get $l17
      local.get $l23
      local.get $l16
      local.get $l22
      local.get $l18
      local.get $l19
      local.get $l20
      local.get $l21
      local.get $l24
      local.get $l31
      local.get $l30
      local.get $l25
      local.get $l26
      local.get $l27
      local.get $l28
      local.get $l29
      local.get $l38
      local.get $l34
      local.get $l32
      local.get $l33
      local.get $l35
      local.get $l36
      local.get $l15
      local.get $l37
      local.get $l39
      local.get $l13
      local.get $l14
      local.get $l12
      i32.const 1
      i32.sub
      local.tee $l12
      br_if $L0
    end
    global.get $checksum
    local.get $l10
    i64.reinterpret_f64
    i64.xor
    global.set $checksum
    drop
    local.tee $l9
    global.get $checksum
    local.get $l9
    i64.extend_i32_u
    i64.rotl
    global.set $checksum
    drop
    global.get $checksum
    local.get $l10
    i64.reinterpret_f64
    i64.rotl
    global.set $checksum
    drop
    global.get $checksum
    local.get $l10
    i64.reinterpret_f64
    i64.rotl
    global.set $checksum
    drop
    global.get $checksum
    local.get $l11
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.xor
    global.set $checksum
    drop
    global.get $checksum
    global.set $checksum
    drop
    global.get $checksum
    local.get $l11
    i32.reinterpret_f32
    i64.extend_i32_u
    i64.rotl
    global.set $checksum
    drop
    global.get $checksum
    global.set $checksum
    drop
    drop
    global.get $checksum
    global.set $checksum
    drop
    drop
    global.get $checksum
    global.set $checksum
    drop
    global.get $checksum
    i64.const 0
    i64.rotl
    global.set $checksum
    drop
    global.get $checksum
    global.set $checksum
    drop
    global.get $checksum
    i64.const 0
    i64.rotl
    global.set $checksum
    drop
    drop
    i64.reinterpret_f64
    i64.const 0
    i64.rotl
    global.set $checksum
    unreachable)
  (func $f1 (type $t2) (result f32)
    global.get $g0
    i32.const 0
    i32.sub
    global.set $g0
    f32.const 0x0p+0 (;=0;))
  (memory $M0 1 2)
  (global $g0 (mut i32) (i32.const 200))
  (global $checksum (mut i64) (i64.const 0))
  (export "f3" (func $f3))
  (export "checksum" (global $checksum)))
