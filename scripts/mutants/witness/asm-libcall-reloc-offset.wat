;; Witness of asm-libcall-reloc-offset: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 1)
  (func (export "f") (param i32) (result i32) (memory.grow (local.get 0))))
