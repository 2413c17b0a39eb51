(module
  (import "spectest" "print_i32" (func $print (param i32)))
  (import "spectest" "table" (table 10 funcref))
  (import "spectest" "memory" (memory 1 2))
  (import "spectest" "global_i32" (global i32))
  (func (export "run") (call $print (i32.add (global.get 0) (i32.load (i32.const 0))))))
