;; An export that never returns: `tandem diff --timeout` must end it.
(module (func (export "spin") (loop br 0)))
