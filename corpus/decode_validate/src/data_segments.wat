(module
  (import "env" "base" (global $base i32))
  (memory 1)
  (data (global.get $base) "\00\01\02\03")
  (data (memory 0) (i32.const 8) "explicit memory")
  (data $p "passive"))
