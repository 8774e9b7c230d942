// RUN: remat-opt %s --split-input-file --verify-diagnostics --remat-gpu-device-buffers | FileCheck %s

// Every allocation, copy and free of host code goes to the device. The ops are synchronous here;
// the pipeline's gpu-async-region later chains them with the launches on one stream.

// CHECK-LABEL: func.func @alloc_copy_free
// CHECK: %[[M:.*]] = gpu.alloc  () : memref<4xf32>
// CHECK: gpu.memcpy  %[[M]], %arg0
// CHECK: gpu.dealloc  %[[M]]
func.func @alloc_copy_free(%src: memref<4xf32>) {
  %m = memref.alloc() : memref<4xf32>
  memref.copy %src, %m : memref<4xf32> to memref<4xf32>
  memref.dealloc %m : memref<4xf32>
  return
}

// -----

// A strided copy cannot be one memcpy: it becomes a linalg.copy, i.e. a kernel.
// CHECK-LABEL: func.func @strided_copy
// CHECK: linalg.copy ins(%{{.*}} : memref<2xf32, strided<[2]>>) outs(%{{.*}} : memref<2xf32>)
func.func @strided_copy(%src: memref<2xf32, strided<[2]>>, %dst: memref<2xf32>) {
  memref.copy %src, %dst : memref<2xf32, strided<[2]>> to memref<2xf32>
  return
}

// -----

// Dynamic sizes are kept.
// CHECK-LABEL: func.func @dynamic
// CHECK: gpu.alloc  (%arg0) : memref<?xf32>
func.func @dynamic(%n: index) -> memref<?xf32> {
  %m = memref.alloc(%n) : memref<?xf32>
  return %m : memref<?xf32>
}

// -----

// bufferization.clone: a fresh device buffer and a device copy.
// CHECK-LABEL: func.func @clone
// CHECK: %[[M:.*]] = gpu.alloc  ()
// CHECK: gpu.memcpy  %[[M]], %arg0
// CHECK: return %[[M]]
func.func @clone(%a: memref<8xf32>) -> memref<8xf32> {
  %c = bufferization.clone %a : memref<8xf32> to memref<8xf32>
  return %c : memref<8xf32>
}

// -----

// bufferization.dealloc with retained values: a buffer is freed only when its condition holds
// and no retained value aliases it; the ownership of each retained value says whether it
// aliases a buffer that was to be freed.
// CHECK-LABEL: func.func @dealloc_retain
// CHECK-DAG: %[[PA:.*]] = memref.extract_aligned_pointer_as_index %arg0
// CHECK-DAG: %[[PR:.*]] = memref.extract_aligned_pointer_as_index %arg2
// CHECK: %[[NE:.*]] = arith.cmpi ne, %[[PA]], %[[PR]]
// CHECK: %[[FREE:.*]] = arith.andi %arg1, %[[NE]]
// CHECK: scf.if %[[FREE]] {
// CHECK:   gpu.dealloc %arg0
// CHECK: }
// CHECK: %[[EQ:.*]] = arith.cmpi eq, %[[PA]], %[[PR]]
// CHECK: %[[OWN:.*]] = arith.andi %arg1, %[[EQ]]
// CHECK-NEXT: return %[[OWN]]
func.func @dealloc_retain(%a: memref<4xf32>, %cond: i1, %r: memref<4xf32>) -> i1 {
  %own = bufferization.dealloc (%a : memref<4xf32>) if (%cond) retain (%r : memref<4xf32>)
  return %own : i1
}

// -----

// Two buffers in one dealloc: the second is not freed again when it is the first one.
// CHECK-LABEL: func.func @dealloc_two
// CHECK-DAG: %[[P0:.*]] = memref.extract_aligned_pointer_as_index %arg0
// CHECK-DAG: %[[P1:.*]] = memref.extract_aligned_pointer_as_index %arg1
// CHECK: scf.if %arg2 {
// CHECK: %[[SAME:.*]] = arith.cmpi eq, %[[P0]], %[[P1]]
// CHECK: %[[BEFORE:.*]] = arith.andi %arg2, %[[SAME]]
// CHECK: %[[NOT:.*]] = arith.xori %[[BEFORE]], %true
// CHECK: %[[FREE:.*]] = arith.andi %arg3, %[[NOT]]
// CHECK: scf.if %[[FREE]] {
func.func @dealloc_two(%a: memref<4xf32>, %b: memref<4xf32>, %ca: i1, %cb: i1) {
  bufferization.dealloc (%a, %b : memref<4xf32>, memref<4xf32>) if (%ca, %cb)
  return
}

// -----

func.func @alloca() {
  // expected-error @+1 {{memref.alloca in host code would place a tensor in host memory}}
  %m = memref.alloca() : memref<4xf32>
  return
}
