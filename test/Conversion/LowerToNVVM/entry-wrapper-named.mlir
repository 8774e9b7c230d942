// RUN: remat-opt %s --remat-gpu-entry-wrapper=entry=second | FileCheck %s
// RUN: not remat-opt %s --remat-gpu-entry-wrapper=entry=third 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: remat-opt %s --remat-lower-to-nvvm=entry=second | FileCheck %s --check-prefix=PIPELINE

// With several public functions the entry is named explicitly.
// CHECK: @remat_entry_signature("second(f32[2])->()\00")
// CHECK: call @second(
// MISSING: error: entry function @third not found
// PIPELINE: llvm.mlir.global external constant @remat_entry_signature("second(f32[2])->()\00")
func.func @first(%a: memref<2xf32>) { return }
func.func @second(%a: memref<2xf32>) { return }
