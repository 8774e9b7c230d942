// RUN: remat-opt %s --remat-gpu-shrink-live-ranges | FileCheck %s

// Ownership-based deallocation frees at the end of the block; each dealloc moves to just after
// the last use of any alias of its buffer, each allocation to just before its first use.

// CHECK-LABEL: func.func @chain
// CHECK: %[[A:.*]] = memref.alloc
// CHECK: linalg.fill {{.*}} outs(%[[A]]
// CHECK: %[[B:.*]] = memref.alloc
// CHECK: linalg.copy ins(%[[A]] {{.*}} outs(%[[B]]
// CHECK-NEXT: bufferization.dealloc (%[[A]]
// CHECK: %[[V:.*]] = memref.subview %[[B]]
// CHECK: %[[C:.*]] = memref.alloc
// CHECK: linalg.copy ins(%[[V]] {{.*}} outs(%[[C]]
// CHECK-NEXT: bufferization.dealloc (%[[B]]
// CHECK: return
func.func @chain(%out: memref<2xf32>) -> memref<2xf32> {
  %cst = arith.constant 1.0 : f32
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  linalg.fill ins(%cst : f32) outs(%a : memref<4xf32>)
  %b = memref.alloc() : memref<4xf32>
  linalg.copy ins(%a : memref<4xf32>) outs(%b : memref<4xf32>)
  %c = memref.alloc() : memref<2xf32>
  %v = memref.subview %b[1] [2] [1] : memref<4xf32> to memref<2xf32, strided<[1], offset: 1>>
  linalg.copy ins(%v : memref<2xf32, strided<[1], offset: 1>>) outs(%c : memref<2xf32>)
  bufferization.dealloc (%a : memref<4xf32>) if (%true)
  bufferization.dealloc (%b : memref<4xf32>) if (%true)
  return %c : memref<2xf32>
}

// A dealloc never moves above the definition of its condition.
// CHECK-LABEL: func.func @condition
// CHECK: linalg.fill
// CHECK: %[[COND:.*]] = arith.cmpi
// CHECK-NEXT: bufferization.dealloc ({{.*}}) if (%[[COND]])
func.func @condition(%i: index) {
  %cst = arith.constant 1.0 : f32
  %a = memref.alloc() : memref<4xf32>
  linalg.fill ins(%cst : f32) outs(%a : memref<4xf32>)
  %c0 = arith.constant 0 : index
  %cond = arith.cmpi eq, %i, %c0 : index
  %x = arith.addi %i, %i : index
  bufferization.dealloc (%a : memref<4xf32>) if (%cond)
  return
}

// Buffers are allocated right before their first use, not where bufferization put them.
// CHECK-LABEL: func.func @late_alloc
// CHECK: %[[A:.*]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT: linalg.fill {{.*}} outs(%[[A]]
// CHECK-NEXT: bufferization.dealloc (%[[A]]
// CHECK-NEXT: %[[B:.*]] = memref.alloc() : memref<8xf32>
// CHECK-NEXT: linalg.fill {{.*}} outs(%[[B]]
func.func @late_alloc() -> memref<8xf32> {
  %cst = arith.constant 1.0 : f32
  %true = arith.constant true
  %a = memref.alloc() : memref<4xf32>
  %b = memref.alloc() : memref<8xf32>
  linalg.fill ins(%cst : f32) outs(%a : memref<4xf32>)
  linalg.fill ins(%cst : f32) outs(%b : memref<8xf32>)
  bufferization.dealloc (%a : memref<4xf32>) if (%true)
  return %b : memref<8xf32>
}
