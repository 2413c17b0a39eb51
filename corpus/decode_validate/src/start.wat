(module
  (global $counter (mut i32) (i32.const 0))
  (func $init (global.set $counter (i32.const 42)))
  (start $init)
  (func (export "get") (result i32) (global.get $counter)))
