(module (func (export "f") (param f64 f32) (result f64) (f64.add (local.get 0) (f64.promote_f32 (local.get 1)))))
