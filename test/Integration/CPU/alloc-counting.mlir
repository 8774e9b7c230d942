// The runner counts every heap allocation of the compiled code, wherever it comes from:
// buffers allocated in a loop, and memory that the code takes directly from the C library
// (malloc/free are served by the runner for JIT-compiled code too).
//
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as n; n.save('%t/x256.npy', n.linspace(-1, 1, 256, dtype=n.float32)); n.save('%t/x4.npy', n.arange(4, dtype=n.float32)); n.save('%t/x4_doubled.npy', 2 * n.arange(4, dtype=n.float32))"

// A 1024-byte accumulator, then one 1024-byte temporary per iteration, freed before the
// next: 11 allocations, never more than 2048 bytes live, the accumulator returned.
// RUN: remat-run %s --entry loop --args %t/x256.npy | FileCheck %s --check-prefix=LOOP
// LOOP:      "peak_alloc_bytes": 2048,
// LOOP-NEXT: "live_alloc_bytes_after": 1024,
// LOOP-NEXT: "leaked_alloc_bytes": 0,
// LOOP-NEXT: "alloc_count": 11,

// 1000 bytes from malloc, freed, then the 16-byte result: peak 1000, 2 allocations.
// RUN: remat-run %s --entry direct_malloc --args %t/x4.npy --expect %t/x4_doubled.npy | FileCheck %s --check-prefix=MALLOC
// MALLOC:      "outputs_match": true,
// MALLOC:      "peak_alloc_bytes": 1000,
// MALLOC-NEXT: "live_alloc_bytes_after": 16,
// MALLOC-NEXT: "leaked_alloc_bytes": 0,
// MALLOC-NEXT: "alloc_count": 2,

// --repeat calls the entry again and again; each call is measured the same way.
// RUN: remat-run %s --entry loop --args %t/x256.npy --repeat 5 | FileCheck %s --check-prefix=REPEAT
// REPEAT:      "peak_alloc_bytes": 2048,
// REPEAT-NEXT: "live_alloc_bytes_after": 1024,
// REPEAT-NEXT: "leaked_alloc_bytes": 0,
// REPEAT-NEXT: "alloc_count": 11,
// REPEAT:      "repeat": 5,

func.func @loop(%x: tensor<256xf32>) -> tensor<256xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<256xf32>) -> tensor<256xf32>
  %r = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %init) -> (tensor<256xf32>) {
    %et = tensor.empty() : tensor<256xf32>
    %t = linalg.exp ins(%x : tensor<256xf32>) outs(%et : tensor<256xf32>) -> tensor<256xf32>
    %n = linalg.add ins(%acc, %t : tensor<256xf32>, tensor<256xf32>) outs(%acc : tensor<256xf32>) -> tensor<256xf32>
    scf.yield %n : tensor<256xf32>
  }
  return %r : tensor<256xf32>
}

llvm.func @malloc(i64) -> !llvm.ptr
llvm.func @free(!llvm.ptr)

func.func @direct_malloc(%x: tensor<4xf32>) -> tensor<4xf32> {
  %n = llvm.mlir.constant(1000 : i64) : i64
  %p = llvm.call @malloc(%n) : (i64) -> !llvm.ptr
  // Volatile, so that the optimizer cannot drop the allocation as unused.
  %v = llvm.mlir.constant(1.0 : f32) : f32
  llvm.store volatile %v, %p : f32, !llvm.ptr
  llvm.call @free(%p) : (!llvm.ptr) -> ()
  %r = arith.addf %x, %x : tensor<4xf32>
  return %r : tensor<4xf32>
}
