(; Not a bug: under the exact NaN policy the backends' 0/0 (x86's default
   NaN) differs from the interpreter's canonical NaN. Here it shows only at
   x = 1, which only some of `tandem diff`'s four argument lists pass, and
   the module imports a spectest global, which only the host modules
   `tandem diff` links provide: `tandem reduce` must judge it as diff does.
   The block comment first: it is a module all the same. ;)
(module
  (import "spectest" "global_i32" (global $g i32))
  (func (export "f") (param f32) (result f32)
    (drop (global.get $g))
    (f32.div (f32.sub (local.get 0) (f32.const 1)) (f32.sub (local.get 0) (f32.const 1)))))
