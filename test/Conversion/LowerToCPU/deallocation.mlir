// remat-lower-to-cpu frees every intermediate buffer, right after its last use. With
// shrink-buffer-live-ranges=false the buffers keep the placement of ownership-based
// deallocation: allocated where the tensor.empty stood, freed at the end of the function.
// RUN: remat-opt %s --remat-lower-to-cpu --mlir-print-ir-before=convert-linalg-to-loops -o /dev/null 2>&1 | FileCheck %s --check-prefix=SHRINK
// RUN: remat-opt %s --remat-lower-to-cpu=shrink-buffer-live-ranges=false --mlir-print-ir-before=convert-linalg-to-loops -o /dev/null 2>&1 | FileCheck %s --check-prefix=BLOCK-END
// RUN: remat-opt %s --remat-lower-to-cpu | FileCheck %s --check-prefix=LLVM

// SHRINK-LABEL: func.func @chain
// SHRINK:      %[[A:.*]] = memref.alloc() : memref<256xf32>
// SHRINK-NEXT: linalg.exp ins(%{{.*}} : memref<256xf32>) outs(%[[A]] : memref<256xf32>)
// SHRINK-NEXT: %[[B:.*]] = memref.alloc() : memref<256xf32>
// SHRINK-NEXT: linalg.mul ins(%[[A]], %[[A]] : {{.*}}) outs(%[[B]] : memref<256xf32>)
// SHRINK-NEXT: memref.dealloc %[[A]] : memref<256xf32>
// SHRINK-NEXT: %[[C:.*]] = memref.alloc() : memref<256xf32>
// SHRINK-NEXT: linalg.add ins(%[[B]], %{{.*}} : {{.*}}) outs(%[[C]] : memref<256xf32>)
// SHRINK-NEXT: memref.dealloc %[[B]] : memref<256xf32>
// SHRINK-NEXT: %[[R:.*]] = memref.alloc() : memref<f32>
// SHRINK-NEXT: linalg.fill
// SHRINK-NEXT: linalg.reduce ins(%[[C]] : memref<256xf32>) outs(%[[R]] : memref<f32>)
// SHRINK:      memref.dealloc %[[C]] : memref<256xf32>
// SHRINK-NEXT: return %[[R]] : memref<f32>

// BLOCK-END-LABEL: func.func @chain
// BLOCK-END-COUNT-3: memref.alloc() : memref<256xf32>
// BLOCK-END:         linalg.exp
// BLOCK-END-NOT:     memref.dealloc
// BLOCK-END:         linalg.reduce
// BLOCK-END-COUNT-3: memref.dealloc
// BLOCK-END-NEXT:    return

// Three intermediates and one result: four allocations and three frees, interleaved as above.
// LLVM-LABEL: llvm.func @chain(
// LLVM:       llvm.call @_mlir_memref_to_llvm_alloc
// LLVM:       llvm.call @_mlir_memref_to_llvm_alloc
// LLVM:       llvm.call @_mlir_memref_to_llvm_free
// LLVM:       llvm.call @_mlir_memref_to_llvm_alloc
// LLVM:       llvm.call @_mlir_memref_to_llvm_free
// LLVM:       llvm.call @_mlir_memref_to_llvm_alloc
// LLVM:       llvm.call @_mlir_memref_to_llvm_free
// LLVM-NOT:   llvm.call @_mlir_memref_to_llvm_{{alloc|free}}
// LLVM-LABEL: llvm.func @_mlir_ciface_chain(
func.func @chain(%x: tensor<256xf32>) -> tensor<f32> {
  %e0 = tensor.empty() : tensor<256xf32>
  %e1 = tensor.empty() : tensor<256xf32>
  %e2 = tensor.empty() : tensor<256xf32>
  %a = linalg.exp ins(%x : tensor<256xf32>) outs(%e0 : tensor<256xf32>) -> tensor<256xf32>
  %b = linalg.mul ins(%a, %a : tensor<256xf32>, tensor<256xf32>) outs(%e1 : tensor<256xf32>) -> tensor<256xf32>
  %c = linalg.add ins(%b, %x : tensor<256xf32>, tensor<256xf32>) outs(%e2 : tensor<256xf32>) -> tensor<256xf32>
  %zero = arith.constant 0.0 : f32
  %s0 = tensor.empty() : tensor<f32>
  %s1 = linalg.fill ins(%zero : f32) outs(%s0 : tensor<f32>) -> tensor<f32>
  %r = linalg.reduce ins(%c : tensor<256xf32>) outs(%s1 : tensor<f32>) dimensions = [0]
    (%in: f32, %init: f32) {
      %sum = arith.addf %in, %init : f32
      linalg.yield %sum : f32
    }
  return %r : tensor<f32>
}
