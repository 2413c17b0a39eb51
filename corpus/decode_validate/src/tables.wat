(module
  (type $v (func (result i32)))
  (table $t 4 8 funcref)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (elem (table $t) (i32.const 0) func $a $b)
  (func (export "dispatch") (param i32) (result i32)
    (call_indirect $t (type $v) (local.get 0))))
