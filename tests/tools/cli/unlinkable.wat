;; A memory import no host provides (unknown function imports get stubs;
;; memories do not).
(module (import "env" "memory" (memory 1)) (func (export "f") (result i32) (i32.const 1)))
