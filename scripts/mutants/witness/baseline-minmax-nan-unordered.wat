;; Witness of baseline-minmax-nan-unordered: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param f32 f32) (result f32) (f32.max (local.get 0) (local.get 1))))
