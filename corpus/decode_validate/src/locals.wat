(module
  (func (export "locals") (param i32 f32) (result f64)
    (local i64 i64 f64) (local externref) (local i32 i32 i32 i32)
    (local.set 2 (i64.extend_i32_u (local.get 0)))
    (local.set 4 (f64.promote_f32 (local.tee 1 (f32.const 3))))
    (local.set 9 (i32.wrap_i64 (local.get 2)))
    (local.get 4)))
