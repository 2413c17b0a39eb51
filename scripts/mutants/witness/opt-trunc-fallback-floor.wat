;; Witness of opt-trunc-fallback-floor: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param f32) (result f32) (f32.trunc (local.get 0))))
