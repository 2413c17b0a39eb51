(module
  (memory (export "mem") 1 2)
  (data (i32.const 16) "hello\00world")
  (func (export "rw") (param i32) (result i64)
    (i64.store offset=8 align=4 (local.get 0) (i64.load8_u offset=16 (i32.const 0)))
    (i32.store16 (i32.const 2) (i32.load16_s align=1 (local.get 0)))
    (f64.store (i32.const 24) (f64.load (i32.const 24)))
    (drop (memory.grow (i32.const 1)))
    (i64.add (i64.load32_s (local.get 0)) (i64.extend_i32_u (memory.size)))))
