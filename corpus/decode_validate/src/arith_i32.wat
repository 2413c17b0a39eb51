(module
  (func (export "ops") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))
    (i32.mul (local.get 0) (i32.const -7))
    i32.sub
    (i32.div_s (local.get 1) (i32.const 3))
    i32.xor
    (i32.rotl (i32.clz (local.get 0)) (i32.popcnt (local.get 1)))
    i32.or
    i32.eqz))
