(module
  (memory 1)
  (data $passive "passive bytes")
  (data (i32.const 0) "active")
  (func (export "bulk")
    (memory.init $passive (i32.const 100) (i32.const 2) (i32.const 5))
    (memory.copy (i32.const 200) (i32.const 100) (i32.const 5))
    (memory.fill (i32.const 300) (i32.const 0xaa) (i32.const 64))
    (data.drop $passive)))
