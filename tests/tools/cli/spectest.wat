;; The spec testsuite's host module, as `tandem run` links it.
(module
  (import "spectest" "print_i32" (func $print (param i32)))
  (import "spectest" "global_i32" (global $g i32))
  (func (export "f") (param i32) (result i32)
    (call $print (local.get 0))
    (i32.add (global.get $g) (local.get 0))))
