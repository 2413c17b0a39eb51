;; Witness of asm-movsx16-mem-opcode: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 1) (data (i32.const 0) "\00\80")
  (func (export "f") (param i32) (result i32) (i32.load16_s (local.get 0))))
