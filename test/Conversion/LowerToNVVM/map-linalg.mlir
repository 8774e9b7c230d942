// RUN: remat-opt %s --remat-gpu-map-linalg=tile-contractions=0 --canonicalize | FileCheck %s
// RUN: remat-opt %s --remat-gpu-map-linalg="block-size=128 tile-contractions=0" --canonicalize | FileCheck %s --check-prefix=B128
// RUN: not remat-opt %s --remat-gpu-map-linalg=block-size=2048 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: remat-opt %s --remat-gpu-map-linalg="coarsen-min-threads=1 tile-contractions=0" --canonicalize --cse | FileCheck %s --check-prefix=COARSE

// Launch sizes follow the number of output elements: one thread per element, blocks of
// `block-size` threads, a single smaller block for short loops, one thread for full reductions.
// Products are checked here with tile-contractions=0 (their tiled kernels: tiled-contraction.mlir).

#id = affine_map<(i, j) -> (i, j)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mk = affine_map<(m, n, k) -> (m, k)>
#mn = affine_map<(m, n, k) -> (m, n)>
#all = affine_map<(i) -> ()>
#vec = affine_map<(i) -> (i)>

// CHECK-LABEL: func.func @elementwise
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK-DAG: %[[C256:.*]] = arith.constant 256 : index
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C64]], {{.*}}) threads({{.*}}) in ({{.*}} = %[[C256]],
// CHECK:   math.tanh
// B128-LABEL: func.func @elementwise
// B128-DAG: %[[C128:.*]] = arith.constant 128 : index
// B128: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C128]], {{.*}}) threads({{.*}}) in ({{.*}} = %[[C128]],
// BAD: block-size 2048 is outside 1..1024 threads per block
func.func @elementwise(%a: memref<64x256xf32>, %b: memref<64x256xf32>) {
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<64x256xf32>) outs(%b : memref<64x256xf32>) {
    ^bb0(%x: f32, %o: f32):
      %t = math.tanh %x : f32
      linalg.yield %t : f32
  }
  return
}

// A 64x16 product: 1024 outputs in 4 blocks of 256 threads, the k loop sequential per thread.
// Consecutive threads take consecutive columns: j = linear index mod 16.
// CHECK-LABEL: func.func @matmul
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG: %[[C256:.*]] = arith.constant 256 : index
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C4]], {{.*}}) threads({{.*}}) in ({{.*}} = %[[C256]],
// The output element is loaded once, carried through the k loop in a register, stored once.
// CHECK:   %[[INIT:.*]] = memref.load %arg2[%[[I:.*]], %[[J:.*]]] : memref<64x16xf32>
// CHECK:   %[[SUM:.*]] = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (f32) {
// CHECK-NOT: memref.store
// CHECK:     %[[P:.*]] = arith.mulf
// CHECK:     %[[S:.*]] = arith.addf %[[ACC]], %[[P]]
// CHECK:     scf.yield %[[S]]
// CHECK:   memref.store %[[SUM]], %arg2[%[[I]], %[[J]]]
// With enough threads left, each thread computes a 4x4 block of outputs: 64 threads for the
// 1024 outputs, 16 accumulators in registers, 4 loads of A and 4 of B per 16 multiply-adds.
// COARSE-LABEL: func.func @matmul
// COARSE-DAG: %[[C64:.*]] = arith.constant 64 : index
// COARSE: gpu.launch blocks({{.*}}) threads({{.*}}) in ({{.*}} = %[[C64]],
// COARSE-COUNT-16: memref.load %arg2
// COARSE: scf.for {{.*}} -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
// COARSE-COUNT-4: memref.load %arg0
// COARSE-NOT: memref.load %arg0
// COARSE: scf.yield
// COARSE-COUNT-16: memref.store {{.*}}, %arg2
// Element-wise ops are not coarsened.
// COARSE-LABEL: func.func @short
// COARSE: threads({{.*}}) in ({{.*}} = %c16,
func.func @matmul(%a: memref<64x32xf32>, %b: memref<32x16xf32>, %c: memref<64x16xf32>) {
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<64x32xf32>, memref<32x16xf32>) outs(%c : memref<64x16xf32>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  }
  return
}

// 16 outputs: one block of exactly 16 threads.
// CHECK-LABEL: func.func @short
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : index
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C1]], {{.*}}) threads({{.*}}) in ({{.*}} = %[[C16]],
func.func @short(%a: memref<16xf32>, %b: memref<16xf32>) {
  linalg.generic {indexing_maps = [#vec, #vec], iterator_types = ["parallel"]}
      ins(%a : memref<16xf32>) outs(%b : memref<16xf32>) {
    ^bb0(%x: f32, %o: f32):
      %n = arith.negf %x : f32
      linalg.yield %n : f32
  }
  return
}

// A full reduction has no parallel loop: one block of one thread runs the whole loop.
// CHECK-LABEL: func.func @full_reduction
// CHECK: %[[C1:.*]] = arith.constant 1 : index
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C1]], {{.*}} = %[[C1]], {{.*}} = %[[C1]]) threads({{.*}}) in ({{.*}} = %[[C1]], {{.*}} = %[[C1]], {{.*}} = %[[C1]])
// CHECK:   scf.for {{.*}} iter_args
func.func @full_reduction(%a: memref<1000xf32>, %s: memref<f32>) {
  linalg.generic {indexing_maps = [#vec, #all], iterator_types = ["reduction"]}
      ins(%a : memref<1000xf32>) outs(%s : memref<f32>) {
    ^bb0(%x: f32, %acc: f32):
      %r = arith.addf %acc, %x : f32
      linalg.yield %r : f32
  }
  return
}

// Dynamic sizes: the grid is computed on the host from the sizes.
// CHECK-LABEL: func.func @dynamic
// CHECK: memref.dim
// CHECK: gpu.launch
func.func @dynamic(%a: memref<?x?xf32>, %b: memref<?x?xf32>) {
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<?x?xf32>) outs(%b : memref<?x?xf32>) {
    ^bb0(%x: f32, %o: f32):
      %n = arith.negf %x : f32
      linalg.yield %n : f32
  }
  return
}

// When the reduced buffer is also read elsewhere in the loop, the element stays in memory.
// CHECK-LABEL: func.func @aliased_output
// CHECK: scf.for
// CHECK-NOT: iter_args
// CHECK:   memref.store
func.func @aliased_output(%a: memref<8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, k) -> (k)>, affine_map<(i, k) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<8xf32>) outs(%a : memref<8xf32>) {
    ^bb0(%x: f32, %acc: f32):
      %s = arith.addf %acc, %x : f32
      linalg.yield %s : f32
  }
  return
}
