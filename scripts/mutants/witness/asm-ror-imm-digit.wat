;; Witness of asm-ror-imm-digit: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i32) (result i32) (i32.rotr (local.get 0) (i32.const 4))))
