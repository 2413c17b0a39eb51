;; Witness of baseline-load16s-i64-zext: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 1) (data (i32.const 0) "\ff\ff")
  (func (export "f") (param i32) (result i64) (i64.load16_s (local.get 0))))
