;; Witness of opt-stack-param-offset: `tandem diff` disagrees on this module with the mutant applied.
(module
  (func $g (param i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (i32.sub (local.get 7) (local.get 6)))
  (func (export "f") (param i32) (result i32)
    (call $g (local.get 0) (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
             (i32.const 60) (i32.const 700))))
