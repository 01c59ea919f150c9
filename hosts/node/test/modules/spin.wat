;; Prints "spinning\n", then never ends: a host must give up on it by its timeout.
(module
  (import "wasmrust_v1" "write" (func $write (param i32 i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "spinning\n")
  (func (export "main")
    (call $write (i32.const 1) (i32.const 0) (i32.const 9))
    (loop $forever (br $forever))))
