// RUN: remat-opt %s --split-input-file --verify-diagnostics --remat-gpu-entry-wrapper | FileCheck %s

// remat_entry reads one device address per argument, builds dense row-major descriptors, calls
// the step and stores (address to free, address of the data) per result.

// The step itself gets internal linkage; only remat_entry is exported.
// CHECK: func.func private @step({{.*}} attributes {llvm.linkage = #llvm.linkage<internal>}
// CHECK: llvm.mlir.global external constant @remat_entry_signature("step(f32[2,3],i32[4],i1[])->(f32[3,2])\00")
// CHECK: func.func @remat_entry(%[[ARGS:.*]]: !llvm.ptr, %[[RESULTS:.*]]: !llvm.ptr)
// CHECK: %[[SLOT0:.*]] = llvm.getelementptr %[[ARGS]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: %[[P0:.*]] = llvm.load %[[SLOT0]] : !llvm.ptr -> !llvm.ptr
// CHECK: llvm.insertvalue %[[P0]], %{{.*}}[0]
// CHECK: llvm.insertvalue %[[P0]], %{{.*}}[1]
// CHECK: %[[C3:.*]] = llvm.mlir.constant(3 : i64)
// CHECK: llvm.insertvalue %[[C3]], %{{.*}}[3, 1]
// CHECK: llvm.insertvalue %{{.*}}, %{{.*}}[4, 1]
// CHECK: builtin.unrealized_conversion_cast %{{.*}} to memref<2x3xf32>
// CHECK: llvm.getelementptr %[[ARGS]][2]
// CHECK: %[[R:.*]] = call @step(
// CHECK: %[[P:.*]] = memref.extract_aligned_pointer_as_index %[[R]]
// CHECK: arith.cmpi eq, %[[P]]
// CHECK: %[[OWNED:.*]] = scf.if
// CHECK:   %[[COPY:.*]] = gpu.alloc  ()
// CHECK:   gpu.memcpy  %[[COPY]], %[[R]]
// CHECK: } else {
// CHECK:   scf.yield %[[R]]
// CHECK: %[[D:.*]] = builtin.unrealized_conversion_cast %[[OWNED]] : memref<3x2xf32> to
// CHECK: %[[ALLOC:.*]] = llvm.extractvalue %[[D]][0]
// CHECK: llvm.getelementptr %[[RESULTS]][0]
// CHECK: llvm.getelementptr %[[RESULTS]][1]
// CHECK: llvm.store %[[ALLOC]]
func.func @step(%a: memref<2x3xf32>, %b: memref<4xi32>, %c: memref<i1>) -> memref<3x2xf32> {
  %r = memref.alloc() : memref<3x2xf32>
  return %r : memref<3x2xf32>
}

// -----

// expected-error @+1 {{cannot choose the GPU entry function among 2 public functions @first @second; name it with entry=...}}
module {
  func.func @first(%a: memref<2xf32>) { return }
  func.func @second(%a: memref<2xf32>) { return }
}

// -----

// expected-error @+1 {{argument #0 of @dyn has type 'memref<?xf32>'; the GPU entry point needs static shapes}}
func.func @dyn(%a: memref<?xf32>) { return }

// -----

// expected-error @+1 {{argument #1 of @scalar has type 'f32'; the GPU entry point only passes tensors}}
func.func @scalar(%a: memref<2xf32>, %s: f32) { return }
