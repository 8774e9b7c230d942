// RUN: remat-opt %s --split-input-file --remat-gpu-launch-to-host-loops --canonicalize --verify-diagnostics | FileCheck %s

// A kernel without barriers: loops over blocks (z, y, x), then one loop nest over the threads
// (z, y, x; the loops of one iteration fold away). What does not depend on the thread (the
// block's base index) is computed once per block.
// CHECK-LABEL: func.func @plain
// CHECK: scf.for %[[BX:.*]] = %c0 to %c4 step %c1 {
// CHECK:   %[[BASE:.*]] = arith.muli %[[BX]], %c64
// CHECK:   scf.for %[[TX:.*]] = %c0 to %c64 step %c1 {
// CHECK:     %[[I:.*]] = arith.addi %[[BASE]], %[[TX]]
// CHECK:     math.tanh
// CHECK-NOT: scf.for
func.func @plain(%a: memref<256xf32>) {
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c64 = arith.constant 64 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c4, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c64, %sy = %c1, %sz = %c1) {
    %base = arith.muli %bx, %c64 : index
    %i = arith.addi %base, %tx : index
    %x = memref.load %a[%i] : memref<256xf32>
    %y = math.tanh %x : f32
    memref.store %y, %a[%i] : memref<256xf32>
    gpu.terminator
  }
  return
}

// -----

// Barriers split the body: every thread of the block stores into workgroup memory (a host array
// allocated once per launch) before any thread reads its neighbour's element; inside a loop with
// the same bounds in every thread, the loop runs once per block with a thread loop per stretch.
// The per-thread index (pure) is computed again after the barrier; the accumulator lives in
// private memory, a host array with a slice per thread.
// CHECK-LABEL: func.func @barriers
// CHECK: %[[SHARED:.*]] = memref.alloc() : memref<64xf32>
// CHECK: %[[PRIV:.*]] = memref.alloc() : memref<64xf32>
// CHECK: scf.for %[[B:.*]] = %c0 to %c4 step %c1 {
// CHECK:   scf.for %[[K:.*]] = %c0 to %c3 step %c1 {
// CHECK:     scf.for %[[T1:.*]] = %c0 to %c64 step %c1 {
// CHECK:       memref.store %{{.*}}, %[[SHARED]][%[[T1]]]
// CHECK:     }
// CHECK:     scf.for %[[T2:.*]] = %c0 to %c64 step %c1 {
// CHECK:       %[[ROW:.*]] = memref.subview %[[PRIV]][%[[T2]]] [1] [1]
// CHECK:       %[[N:.*]] = arith.remui
// CHECK:       %[[Y:.*]] = memref.load %[[SHARED]][%[[N]]]
// CHECK:       memref.store %[[Y]], %[[ROW]][%c0]
// CHECK:     }
// CHECK:   }
// CHECK:   scf.for %[[T3:.*]] = %c0 to %c64 step %c1 {
// CHECK:     %[[ROW3:.*]] = memref.subview %[[PRIV]][%[[T3]]] [1] [1]
// CHECK:     memref.load %[[ROW3]][%c0]
// CHECK:   }
// CHECK: }
// CHECK: memref.dealloc %[[SHARED]]
// CHECK: memref.dealloc %[[PRIV]]
// CHECK-NOT: gpu.barrier
func.func @barriers(%a: memref<256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c64 = arith.constant 64 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c4, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c64, %sy = %c1, %sz = %c1)
             workgroup(%shared : memref<64xf32, #gpu.address_space<workgroup>>)
             private(%acc : memref<1xf32, #gpu.address_space<private>>) {
    %base = arith.muli %bx, %c64 : index
    %i = arith.addi %base, %tx : index
    %next = arith.addi %tx, %c1 : index
    %n = arith.remui %next, %c64 : index
    scf.for %k = %c0 to %c3 step %c1 {
      %x = memref.load %a[%i] : memref<256xf32>
      memref.store %x, %shared[%tx] : memref<64xf32, #gpu.address_space<workgroup>>
      gpu.barrier
      %y = memref.load %shared[%n] : memref<64xf32, #gpu.address_space<workgroup>>
      memref.store %y, %acc[%c0] : memref<1xf32, #gpu.address_space<private>>
      gpu.barrier
    }
    %r = memref.load %acc[%c0] : memref<1xf32, #gpu.address_space<private>>
    memref.store %r, %a[%i] : memref<256xf32>
    gpu.terminator
  }
  return
}

// -----

// A value loaded before a barrier and used after it is not in private memory: refused.
func.func @live_across(%a: memref<64xf32>) {
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  // expected-error @below {{a per-thread value that is not in private memory is live across a barrier}}
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c64, %sy = %c1, %sz = %c1) {
    %x = memref.load %a[%tx] : memref<64xf32>
    gpu.barrier
    memref.store %x, %a[%tx] : memref<64xf32>
    gpu.terminator
  }
  return
}
