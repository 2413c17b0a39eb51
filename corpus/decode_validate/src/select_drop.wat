(module
  (func (export "select") (param i32 f64 f64) (result f64)
    (drop (select (i64.const 1) (i64.const 2) (local.get 0)))
    (select (local.get 1) (local.get 2) (local.get 0)))
  (func (export "typed") (param i32) (result funcref)
    (select (result funcref) (ref.null func) (ref.null func) (local.get 0))))
