// RUN: remat-opt %s --remat-lower-to-nvvm | FileCheck %s
// RUN: remat-opt %s --remat-lower-to-nvvm="chip=sm_80 features=+ptx70 opt-level=1" | FileCheck %s --check-prefix=SM80
// RUN: remat-opt %s --remat-lower-to-nvvm | mlir-translate --mlir-to-llvmir | FileCheck %s --check-prefix=LLVM

// The whole pipeline: kernels compiled by ptxas into sm_90 cubins, host code in the LLVM dialect
// allocating device memory through the mgpu* runtime, the remat.* annotations gone, and the
// fixed entry point with its signature.

// CHECK-NOT: remat.
// The step gets internal linkage: only remat_entry is exported.
// CHECK: llvm.func internal @step(
// All device work of the step is queued on one stream, waited for once at the end.
// CHECK: %[[S:.*]] = llvm.call @mgpuStreamCreate()
// CHECK: llvm.call @mgpuMemAlloc(%{{.*}}, %[[S]], %{{.*}})
// CHECK: gpu.launch_func <%[[S]] : !llvm.ptr> @remat_kernels::@step_kernel blocks in
// CHECK-NOT: mgpuStreamSynchronize
// CHECK: gpu.launch_func <%[[S]] : !llvm.ptr> @remat_kernels::@step_kernel_0 blocks in
// CHECK-NOT: mgpuStreamSynchronize
// CHECK: llvm.call @mgpuMemFree(%{{.*}}, %[[S]])
// CHECK-NEXT: llvm.call @mgpuStreamSynchronize(%[[S]])
// CHECK-NEXT: llvm.call @mgpuStreamDestroy(%[[S]])
// CHECK: llvm.return
// CHECK: gpu.binary @remat_kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80", link = ["/usr/local/cuda/nvvm/libdevice/libdevice.10.bc"]>
// CHECK-SAME: bin = "\7FELF
// The distinct kernels share one gpu.module: one cubin, one ptxas run.
// CHECK-NOT: gpu.binary
// CHECK: llvm.mlir.global external constant @remat_entry_signature("step(f32[8,32],f32[32])->(f32[],f32[32])\00")
// CHECK: llvm.func @remat_entry(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK: llvm.call @step(
// CHECK-NOT: remat.

// SM80: #nvvm.target<O = 1, chip = "sm_80", features = "+ptx70"

// LLVM-DAG: @remat_entry_signature = constant
// LLVM-DAG: define void @remat_entry(ptr %{{.*}}, ptr %{{.*}})
// LLVM-DAG: declare ptr @mgpuModuleLoad(ptr, i64)
// LLVM-DAG: declare void @mgpuLaunchKernel(ptr, i64, i64, i64, i64, i64, i64, i32, ptr, ptr, ptr, i64)
// LLVM-DAG: declare ptr @mgpuMemAlloc(i64, ptr, i8)
// LLVM-DAG: declare void @mgpuMemFree(ptr, ptr)
// LLVM-DAG: @llvm.global_ctors

#id = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (j)>
#all = affine_map<(i, j) -> ()>
func.func @step(%x: tensor<8x32xf32>, %b: tensor<32xf32>) -> (tensor<f32>, tensor<32xf32>)
    attributes {remat.plan = #remat.plan<strategy = "none", budget = -1, peak_before = 1024, peak_after = 1024, forward_flops = 512, recompute_flops = 0>} {
  %e = tensor.empty() : tensor<8x32xf32>
  %y = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x, %b : tensor<8x32xf32>, tensor<32xf32>) outs(%e : tensor<8x32xf32>) {
    ^bb0(%a: f32, %c: f32, %o: f32):
      %s = arith.addf %a, %c {remat.policy = #remat.policy<recompute>} : f32
      %t = math.exp %s : f32
      linalg.yield %t : f32
  } -> tensor<8x32xf32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %sum = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction", "reduction"]}
      ins(%y : tensor<8x32xf32>) outs(%zero : tensor<f32>) {
    ^bb0(%a: f32, %acc: f32):
      %s = arith.addf %acc, %a : f32
      linalg.yield %s : f32
  } -> tensor<f32>
  %zc = arith.constant dense<0.0> : tensor<32xf32>
  %cs = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["reduction", "parallel"]}
      ins(%y : tensor<8x32xf32>) outs(%zc : tensor<32xf32>) {
    ^bb0(%a: f32, %acc: f32):
      %m = arith.addf %acc, %a : f32
      linalg.yield %m : f32
  } -> tensor<32xf32>
  return %sum, %cs : tensor<f32>, tensor<32xf32>
}
