// RUN: remat-opt %s --split-input-file --remat-shrink-buffer-live-ranges | FileCheck %s

// Allocations move down to their first use, deallocations up to the last use of the buffer or
// of a view of it.
// CHECK-LABEL: func.func @straight_line
// CHECK:      %[[A:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT: linalg.exp ins(%{{.*}} : memref<16xf32>) outs(%[[A]] : memref<16xf32>)
// CHECK-NEXT: %[[V:.*]] = memref.subview %[[A]][0] [8] [1]
// CHECK-NEXT: %[[B:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT: %[[W:.*]] = memref.subview %[[B]][0] [8] [1]
// CHECK-NEXT: linalg.exp ins(%[[V]] : {{.*}}) outs(%[[W]] : {{.*}})
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: linalg.negf ins(%[[B]] : memref<16xf32>) outs(%[[B]] : memref<16xf32>)
// CHECK-NEXT: %[[C:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT: linalg.negf ins(%[[B]] : memref<16xf32>) outs(%[[C]] : memref<16xf32>)
// CHECK-NEXT: memref.dealloc %[[B]]
// CHECK-NEXT: return %[[C]]
func.func @straight_line(%x: memref<16xf32>) -> memref<16xf32> {
  %a = memref.alloc() : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  %c = memref.alloc() : memref<16xf32>
  linalg.exp ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  %v = memref.subview %a[0] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1]>>
  %w = memref.subview %b[0] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1]>>
  linalg.exp ins(%v : memref<8xf32, strided<[1]>>) outs(%w : memref<8xf32, strided<[1]>>)
  linalg.negf ins(%b : memref<16xf32>) outs(%b : memref<16xf32>)
  linalg.negf ins(%b : memref<16xf32>) outs(%c : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  memref.dealloc %b : memref<16xf32>
  return %c : memref<16xf32>
}

// -----

// A buffer read inside a loop is freed after the loop, not inside it; a buffer allocated and
// freed inside the loop body is freed right after its last use there.
// CHECK-LABEL: func.func @loops
// CHECK:      %[[A:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT: linalg.exp
// CHECK-NEXT: scf.for
// CHECK-NEXT:   %[[T:.*]] = memref.alloc() : memref<16xf32>
// CHECK-NEXT:   linalg.exp ins(%[[A]] : memref<16xf32>) outs(%[[T]] : memref<16xf32>)
// CHECK-NEXT:   linalg.negf ins(%[[T]] : memref<16xf32>) outs(%{{.*}} : memref<16xf32>)
// CHECK-NEXT:   memref.dealloc %[[T]]
// CHECK-NEXT:   memref.store
// CHECK-NEXT: }
// CHECK-NEXT: memref.dealloc %[[A]]
// CHECK-NEXT: %[[OUT:.*]] = memref.alloc() : memref<16xf32>
func.func @loops(%x: memref<16xf32>, %y: memref<16xf32>, %n: index) -> memref<16xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 1.0 : f32
  %a = memref.alloc() : memref<16xf32>
  %out = memref.alloc() : memref<16xf32>
  linalg.exp ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc() : memref<16xf32>
    linalg.exp ins(%a : memref<16xf32>) outs(%t : memref<16xf32>)
    linalg.negf ins(%t : memref<16xf32>) outs(%y : memref<16xf32>)
    memref.store %f, %y[%c0] : memref<16xf32>
    memref.dealloc %t : memref<16xf32>
  }
  linalg.negf ins(%x : memref<16xf32>) outs(%out : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  return %out : memref<16xf32>
}

// -----

// Once the address leaves as an integer, later uses are invisible: the free stays.
// CHECK-LABEL: func.func @escaping_pointer
// CHECK:      memref.extract_aligned_pointer_as_index
// CHECK-NEXT: linalg.negf
// CHECK-NEXT: memref.dealloc
// CHECK-NEXT: return
func.func @escaping_pointer(%x: memref<16xf32>) -> index {
  %a = memref.alloc() : memref<16xf32>
  linalg.exp ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  %p = memref.extract_aligned_pointer_as_index %a : memref<16xf32> -> index
  linalg.negf ins(%x : memref<16xf32>) outs(%x : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  return %p : index
}

// -----

// A call result may alias the call's memref operands: the free waits for its last use.
// CHECK-LABEL: func.func @through_call
// CHECK:      %[[R:.*]] = call @opaque
// CHECK-NEXT: linalg.negf ins(%[[R]] : memref<16xf32>)
// CHECK-NEXT: memref.dealloc
// CHECK-NEXT: linalg.exp
func.func private @opaque(memref<16xf32>) -> memref<16xf32>
func.func @through_call(%x: memref<16xf32>, %y: memref<16xf32>) {
  %a = memref.alloc() : memref<16xf32>
  linalg.exp ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  %r = call @opaque(%a) : (memref<16xf32>) -> memref<16xf32>
  linalg.negf ins(%r : memref<16xf32>) outs(%y : memref<16xf32>)
  linalg.exp ins(%x : memref<16xf32>) outs(%y : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  return
}

// -----

// The conditional free that lower-deallocations emits for a buffer whose ownership is known
// at run time moves with the extract_strided_metadata that feeds it.
// CHECK-LABEL: func.func @conditional_free
// CHECK:      %[[R:.*]]:2 = scf.if
// CHECK:      linalg.negf ins(%[[R]]#0 : memref<16xf32>)
// CHECK-NEXT: %[[BASE:.*]], %{{.*}}, %{{.*}}, %{{.*}} = memref.extract_strided_metadata %[[R]]#0
// CHECK-NEXT: scf.if %[[R]]#1 {
// CHECK-NEXT:   memref.dealloc %[[BASE]]
// CHECK-NEXT: }
// CHECK-NEXT: linalg.exp
func.func @conditional_free(%x: memref<16xf32>, %y: memref<16xf32>, %c: i1) {
  %r, %own = scf.if %c -> (memref<16xf32>, i1) {
    %a = memref.alloc() : memref<16xf32>
    %t = arith.constant true
    scf.yield %a, %t : memref<16xf32>, i1
  } else {
    %f = arith.constant false
    scf.yield %x, %f : memref<16xf32>, i1
  }
  linalg.negf ins(%r : memref<16xf32>) outs(%y : memref<16xf32>)
  linalg.exp ins(%y : memref<16xf32>) outs(%y : memref<16xf32>)
  %base, %offset, %size, %stride = memref.extract_strided_metadata %r : memref<16xf32> -> memref<f32>, index, index, index
  scf.if %own {
    memref.dealloc %base : memref<f32>
  }
  return
}

// -----

// A buffer returned (here through a view) is never freed early.
// CHECK-LABEL: func.func @returned_view
// CHECK:      linalg.negf
// CHECK-NEXT: memref.dealloc
// CHECK-NEXT: return
func.func @returned_view(%x: memref<16xf32>) -> memref<8xf32, strided<[1]>> {
  %a = memref.alloc() : memref<16xf32>
  linalg.exp ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  %v = memref.subview %a[0] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1]>>
  linalg.negf ins(%x : memref<16xf32>) outs(%x : memref<16xf32>)
  memref.dealloc %a : memref<16xf32>
  return %v : memref<8xf32, strided<[1]>>
}
