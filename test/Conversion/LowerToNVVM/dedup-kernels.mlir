// RUN: remat-opt %s --gpu-kernel-outlining --remat-gpu-dedup-kernels | FileCheck %s
// RUN: remat-opt %s --gpu-kernel-outlining --remat-gpu-dedup-kernels=kernels-per-module=1 | FileCheck %s --check-prefix=ONE
// RUN: not remat-opt %s --gpu-kernel-outlining --remat-gpu-dedup-kernels=kernels-per-module=-1 2>&1 | FileCheck %s --check-prefix=BAD

// Outlining gives each of the three launches a gpu.module of its own. The first two are the
// same kernel on different buffers: they become one gpu.func, and both launches point at it.
// The third (another body) stays a function of its own. All kernels land in one gpu.module.

// CHECK-LABEL: func.func @step
// CHECK: gpu.launch_func @remat_kernels::@step_kernel blocks
// CHECK-SAME: args(%arg0 : memref<256xf32>, %arg1 : memref<256xf32>)
// CHECK: gpu.launch_func @remat_kernels::@step_kernel blocks
// CHECK-SAME: args(%arg1 : memref<256xf32>, %arg2 : memref<256xf32>)
// CHECK: gpu.launch_func @remat_kernels::@step_kernel_1 blocks
// CHECK-SAME: args(%arg2 : memref<256xf32>, %arg0 : memref<256xf32>)
// CHECK-NOT: gpu.module @step_kernel
// CHECK: gpu.module @remat_kernels {
// CHECK-NEXT: gpu.func @step_kernel(
// CHECK: math.tanh
// CHECK: gpu.func @step_kernel_1(
// CHECK: math.exp
// CHECK-NOT: gpu.func
// CHECK-NOT: gpu.module

// With one kernel per module, the two distinct kernels get two modules.
// ONE: gpu.launch_func @remat_kernels::@step_kernel blocks
// ONE: gpu.launch_func @remat_kernels::@step_kernel blocks
// ONE: gpu.launch_func @remat_kernels_0::@step_kernel_1 blocks
// ONE: gpu.module @remat_kernels {
// ONE-NEXT: gpu.func @step_kernel(
// ONE: gpu.module @remat_kernels_0 {
// ONE-NEXT: gpu.func @step_kernel_1(

// BAD: kernels-per-module must be 0 (one module) or positive

func.func @step(%a: memref<256xf32>, %b: memref<256xf32>, %c: memref<256xf32>) {
  %c1 = arith.constant 1 : index
  %c256 = arith.constant 256 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c256, %sy = %c1, %sz = %c1) {
    %x = memref.load %a[%tx] : memref<256xf32>
    %y = math.tanh %x : f32
    memref.store %y, %b[%tx] : memref<256xf32>
    gpu.terminator
  }
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c256, %sy = %c1, %sz = %c1) {
    %x = memref.load %b[%tx] : memref<256xf32>
    %y = math.tanh %x : f32
    memref.store %y, %c[%tx] : memref<256xf32>
    gpu.terminator
  }
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c256, %sy = %c1, %sz = %c1) {
    %x = memref.load %c[%tx] : memref<256xf32>
    %y = math.exp %x : f32
    memref.store %y, %a[%tx] : memref<256xf32>
    gpu.terminator
  }
  return
}
