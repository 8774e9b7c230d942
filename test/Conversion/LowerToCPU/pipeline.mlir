// The pipeline takes tensors with remat annotations all the way to the LLVM dialect: no op of
// another dialect and no remat.* attribute is left, heap memory goes through the generic
// allocation functions only, and public functions get a C interface that records their tensor
// signature. The result translates to LLVM IR.
// RUN: remat-opt %s --remat-lower-to-cpu | FileCheck %s
// RUN: remat-opt %s --remat-lower-to-cpu | FileCheck %s --check-prefix=ONLY-LLVM
// RUN: remat-opt %s --remat-lower-to-cpu | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVMIR

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>

// CHECK-DAG: llvm.func @_mlir_memref_to_llvm_alloc(i64) -> !llvm.ptr
// CHECK-DAG: llvm.func @_mlir_memref_to_llvm_free(!llvm.ptr)
// CHECK-DAG: llvm.func @erff(f32) -> f32

// A private helper keeps its plain signature and gets no C interface.
// CHECK-LABEL: llvm.func @scale(
// CHECK-NOT: llvm.emit_c_interface
// CHECK: llvm.return
func.func private @scale(%x: tensor<8x16xf32>) -> tensor<8x16xf32> {
  %two = arith.constant dense<2.0> : tensor<8x16xf32>
  %r = arith.mulf %x, %two : tensor<8x16xf32>
  return %r : tensor<8x16xf32>
}

// CHECK-LABEL: llvm.func @main(
// CHECK-SAME: llvm.emit_c_interface
// CHECK-SAME: remat_cpu.signature = (tensor<8x4xf32>, tensor<4x16xf32>, tensor<16xf32>) -> (tensor<f32>, tensor<8x16xf32>)
// CHECK: llvm.call @_mlir_memref_to_llvm_alloc
// CHECK: llvm.call @scale
// CHECK: llvm.call @erff
// CHECK: llvm.call @_mlir_memref_to_llvm_free
// CHECK-LABEL: llvm.func @_mlir_ciface_main(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK: llvm.call @main(
func.func @main(%x: tensor<8x4xf32>, %w: tensor<4x16xf32>, %b: tensor<16xf32>)
    -> (tensor<f32>, tensor<8x16xf32>)
    attributes {remat.plan = #remat.plan<strategy = "dp", budget = 1024, peak_before = 2048, peak_after = 1024, forward_flops = 1, recompute_flops = 1>} {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<8x16xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<8x16xf32>) -> tensor<8x16xf32>
  %mm = linalg.matmul {remat.policy = #remat.policy<recompute>}
      ins(%x, %w : tensor<8x4xf32>, tensor<4x16xf32>) outs(%z : tensor<8x16xf32>) -> tensor<8x16xf32>
  %h = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %b : tensor<8x16xf32>, tensor<16xf32>) outs(%e : tensor<8x16xf32>)
      attrs = {remat.lifetime = #remat.lifetime<def = 2, last_fwd = 3, first_bwd = 5, last_bwd = 6, bytes = 512>} {
    ^bb0(%a: f32, %c: f32, %o: f32):
      %s = arith.addf %a, %c : f32
      %t = math.tanh %s : f32
      linalg.yield %t : f32
  } -> tensor<8x16xf32>
  %s2 = func.call @scale(%h) {remat.recomputed = 1 : i64} : (tensor<8x16xf32>) -> tensor<8x16xf32>
  %g = math.erf %s2 : tensor<8x16xf32>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %acc = scf.for %i = %c0 to %c4 step %c1 iter_args(%t = %g) -> (tensor<8x16xf32>) {
    %row = tensor.extract_slice %t[%i, 0] [1, 16] [1, 1] : tensor<8x16xf32> to tensor<1x16xf32>
    %dbl = arith.addf %row, %row : tensor<1x16xf32>
    %u = tensor.insert_slice %dbl into %t[%i, 0] [1, 16] [1, 1] : tensor<1x16xf32> into tensor<8x16xf32>
    scf.yield %u : tensor<8x16xf32>
  }
  %flat = tensor.collapse_shape %acc [[0, 1]] : tensor<8x16xf32> into tensor<128xf32>
  %l0 = tensor.empty() : tensor<f32>
  %l1 = linalg.fill ins(%zero : f32) outs(%l0 : tensor<f32>) -> tensor<f32>
  %loss = linalg.reduce ins(%flat : tensor<128xf32>) outs(%l1 : tensor<f32>) dimensions = [0]
    (%in: f32, %init: f32) {
      %sum = arith.addf %in, %init : f32
      linalg.yield %sum : f32
    }
  return %loss, %h : tensor<f32>, tensor<8x16xf32>
}

// ONLY-LLVM-NOT: {{^ *(%[^ ]+ = )?(arith|math|memref|linalg|tensor|scf|cf|func|bufferization|affine|builtin|ub|index|vector)\.}}
// ONLY-LLVM-NOT: remat.
// ONLY-LLVM-NOT: @malloc
// ONLY-LLVM-NOT: @free

// LLVMIR-DAG: declare ptr @_mlir_memref_to_llvm_alloc(i64)
// LLVMIR-DAG: declare void @_mlir_memref_to_llvm_free(ptr)
// LLVMIR-DAG: define void @_mlir_ciface_main(ptr
