(module
  (func (export "ops") (param i64 i64) (result i64)
    (i64.rem_u (local.get 0) (i64.const 0x7fffffffffffffff))
    (i64.shr_s (local.get 1) (i64.const 63))
    i64.and
    (i64.extend_i32_u (i64.lt_s (local.get 0) (local.get 1)))
    i64.add
    (i64.ctz (i64.const -9223372036854775808))
    i64.shl))
