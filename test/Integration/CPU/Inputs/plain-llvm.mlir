// An LLVM-dialect module that remat-lower-to-cpu did not produce: no signature to check
// arguments against.
llvm.func @main(%a: i64) -> i64 {
  llvm.return %a : i64
}
