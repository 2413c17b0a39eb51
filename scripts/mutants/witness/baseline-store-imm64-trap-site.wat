;; Witness of baseline-store-imm64-trap-site: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 1)
  (func (export "f") (param i32) (i64.store (local.get 0) (i64.const 0x123456789abcdef0))))
