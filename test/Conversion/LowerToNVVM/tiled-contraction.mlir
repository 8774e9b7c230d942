// RUN: remat-opt %s --remat-gpu-map-linalg --canonicalize --cse | FileCheck %s
// RUN: remat-opt %s --remat-gpu-map-linalg=tile-contractions=0 --canonicalize --cse | FileCheck %s --check-prefix=OFF

// Products and convolutions on f32 buffers become shared-memory tiled kernels: 256 threads per
// block, each block a BM x BN tile of the output (64 or 128 per side), each thread a 4x4 or 8x8
// register tile (a private array), K in slices of 8 staged in two workgroup buffers between
// barriers. Sizes that are not multiples of the tile get bounds checks (edge tiles).

#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
#bmk = affine_map<(b, m, n, k) -> (b, m, k)>
#bkn = affine_map<(b, m, n, k) -> (b, k, n)>
#bmn = affine_map<(b, m, n, k) -> (b, m, n)>
#cin = affine_map<(n, h, w, f, c, kh, kw) -> (n, h + kh, w + kw, c)>
#cw = affine_map<(n, h, w, f, c, kh, kw) -> (kh, kw, c, f)>
#cout = affine_map<(n, h, w, f, c, kh, kw) -> (n, h, w, f)>

// A 100x90 output in 64x64 tiles: 2 x 2 blocks. A's tile is stored k-major with 4 words of
// padding per k (A is read along k, its fastest index): 8 x 68 words; B's 8 x 64.
// CHECK-LABEL: func.func @matmul
// CHECK-DAG: %[[C4:.*]] = arith.constant 4 : index
// CHECK-DAG: %[[C256:.*]] = arith.constant 256 : index
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C4]], {{.*}}) threads({{.*}}) in ({{.*}} = %[[C256]],
// CHECK-SAME: workgroup(%[[SA:.*]] : memref<544xf32, #gpu.address_space<workgroup>>, %[[SB:.*]] : memref<512xf32, #gpu.address_space<workgroup>>)
// CHECK-SAME: private(%[[ACC:.*]] : memref<16xf32, #gpu.address_space<private>>)
// The operands are addressed as flat buffers.
// CHECK: %[[A:.*]] = memref.reinterpret_cast %arg0 to offset: [0], sizes: [7200], strides: [1]
// CHECK: %[[B:.*]] = memref.reinterpret_cast %arg1 to offset: [0], sizes: [6480], strides: [1]
// CHECK: %[[C:.*]] = memref.reinterpret_cast %arg2 to offset: [0], sizes: [9000], strides: [1]
// CHECK-COUNT-16: memref.store %{{.*}}, %[[ACC]][%{{.*}}]
// The tile loop: stage a K slice of A and B, wait, 8 x 16 multiply-adds from shared memory, wait.
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK:   memref.load %[[A]]
// CHECK:   memref.store %{{.*}}, %[[SA]]
// CHECK:   memref.load %[[B]]
// CHECK:   memref.store %{{.*}}, %[[SB]]
// CHECK:   gpu.barrier
// CHECK-NOT: memref.load %[[A]]
// CHECK-COUNT-128: math.fma
// CHECK-NOT: math.fma
// CHECK:   gpu.barrier
// CHECK-NEXT: }
// Rows and columns past the edge of the output are skipped.
// CHECK-COUNT-16: scf.if
// CHECK: gpu.terminator
// OFF-LABEL: func.func @matmul
// OFF-NOT: workgroup
// OFF-NOT: gpu.barrier
// OFF: gpu.launch
// OFF-NOT: workgroup
// OFF-NOT: gpu.barrier
// OFF: scf.for {{.*}} iter_args
func.func @matmul(%a: memref<100x72xf32>, %b: memref<72x90xf32>, %c: memref<100x90xf32>) {
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<100x72xf32>, memref<72x90xf32>) outs(%c : memref<100x90xf32>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  }
  return
}

// A batch of 3 products: one block per batch element (a single 64x64 tile each).
// CHECK-LABEL: func.func @batch_matmul
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %[[C3]], {{.*}}) threads({{.*}}) in ({{.*}} = %c256,
// CHECK-SAME: workgroup(%{{.*}} : memref<544xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<512xf32, #gpu.address_space<workgroup>>)
// CHECK-SAME: private(%{{.*}} : memref<16xf32, #gpu.address_space<private>>)
// CHECK: scf.for
// CHECK: gpu.barrier
// CHECK-COUNT-128: math.fma
// CHECK: gpu.barrier
func.func @batch_matmul(%a: memref<3x40x20xf32>, %b: memref<3x20x50xf32>, %c: memref<3x40x50xf32>) {
  linalg.generic {indexing_maps = [#bmk, #bkn, #bmn], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<3x40x20xf32>, memref<3x20x50xf32>) outs(%c : memref<3x40x50xf32>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  }
  return
}

// A convolution (NHWC): M = n, h, w (128 output pixels), N = f (16 filters), K = c, kh, kw (36).
// 128 rows give a 128x64 tile, each thread 8x4 outputs: one block, 32 accumulators.
// CHECK-LABEL: func.func @conv
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c1, {{.*}}) threads({{.*}}) in ({{.*}} = %c256,
// CHECK-SAME: workgroup(%{{.*}} : memref<1056xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<512xf32, #gpu.address_space<workgroup>>)
// CHECK-SAME: private(%{{.*}} : memref<32xf32, #gpu.address_space<private>>)
// CHECK: scf.for %{{.*}} = %c0 to %c36 step %c8 {
// CHECK: gpu.barrier
// CHECK-COUNT-256: math.fma
// CHECK: gpu.barrier
func.func @conv(%a: memref<2x10x10x4xf32>, %b: memref<3x3x4x16xf32>, %c: memref<2x8x8x16xf32>) {
  linalg.generic {indexing_maps = [#cin, #cw, #cout], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]}
      ins(%a, %b : memref<2x10x10x4xf32>, memref<3x3x4x16xf32>) outs(%c : memref<2x8x8x16xf32>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  }
  return
}

// One 20x24 tile and a long K (1100): K is split among 4 blocks (chunks of 280), each adding
// its partial sums to the output atomically.
// CHECK-LABEL: func.func @split_k
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c4, {{.*}})
// CHECK: arith.minui
// CHECK: scf.for
// CHECK: gpu.barrier
// CHECK: gpu.barrier
// CHECK-COUNT-16: memref.atomic_rmw addf
// CHECK-NOT: memref.store
// CHECK: gpu.terminator
func.func @split_k(%a: memref<20x1100xf32>, %b: memref<1100x24xf32>, %c: memref<20x24xf32>) {
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<20x1100xf32>, memref<1100x24xf32>) outs(%c : memref<20x24xf32>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  }
  return
}

// Fewer than 8 columns: too small for a tile, one thread per output as before.
// CHECK-LABEL: func.func @matvec
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c1, {{.*}}) threads({{.*}}) in ({{.*}} = %c100, {{.*}}) {
// CHECK-NOT: gpu.barrier
// CHECK: scf.for {{.*}} iter_args
func.func @matvec(%a: memref<100x72xf32>, %b: memref<72x1xf32>, %c: memref<100x1xf32>) {
  linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : memref<100x72xf32>, memref<72x1xf32>) outs(%c : memref<100x1xf32>) {
    ^bb0(%x: f32, %y: f32, %acc: f32):
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      linalg.yield %s : f32
  }
  return
}
