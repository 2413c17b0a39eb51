(module
  (@custom "producers" "\00")
  (func (export "f") (result i32) (i32.const 0))
  (@custom "a custom section" (after func) "payload"))
