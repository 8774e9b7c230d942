// RUN: remat-opt %s --remat-gpu-upload-constants | FileCheck %s

// A constant in a host global is copied into a fresh buffer before kernels read it.
memref.global "private" constant @table : memref<3xf32> = dense<[1.0, 2.0, 3.0]>

// CHECK-LABEL: func.func @use_table
// CHECK: %[[G:.*]] = memref.get_global @table
// CHECK: %[[B:.*]] = memref.alloc() : memref<3xf32>
// CHECK: memref.copy %[[G]], %[[B]]
// CHECK: linalg.copy ins(%[[B]]
func.func @use_table(%out: memref<3xf32>) {
  %g = memref.get_global @table : memref<3xf32>
  linalg.copy ins(%g : memref<3xf32>) outs(%out : memref<3xf32>)
  return
}
