// Scalar arguments and results next to tensors. Several results come back as one C struct
// whose fields the runner lays out like the C ABI: i1 at 0, the 1-d descriptor at 8, f32 at
// 48, i64 at 56. A single scalar result comes back by value.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py scalars %t
// RUN: remat-run %s --case-dir %t | FileCheck %s
// RUN: remat-run %s --entry twice --args %t/arg0.npy | FileCheck %s --check-prefix=SINGLE
// RUN: %python -c "import numpy as n; n.save('%t/three.npy', n.float32(3.0))"
// RUN: remat-run %s --entry twice --args %t/arg0.npy --expect %t/three.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=SINGLE-CHECKED

// CHECK:      "outputs_match": true,
// CHECK:      "type": "i1",
// CHECK-NEXT: "dtype": "bool",
// CHECK-NEXT: "shape": [],
// CHECK-NEXT: "match": true,
// CHECK:      "type": "tensor<3xf32>",
// CHECK:      "match": true,
// CHECK:      "type": "f32",
// CHECK:      "match": true,
// CHECK:      "type": "i64",
// CHECK-NEXT: "dtype": "int64",
// CHECK-NEXT: "shape": [],
// CHECK-NEXT: "match": true,

// SINGLE:      "outputs_match": null,
// SINGLE:      "peak_alloc_bytes": 0,
// SINGLE:      "type": "f32",
// SINGLE-NEXT: "dtype": "float32",
// SINGLE-NEXT: "shape": [],
// SINGLE-NEXT: "match": null

// SINGLE-CHECKED: "outputs_match": true,

func.func @main(%s: f32, %t: tensor<3xf32>, %n: i64, %flag: i1) -> (i1, tensor<3xf32>, f32, i64) {
  %true = arith.constant true
  %not = arith.xori %flag, %true : i1
  %splat = tensor.splat %s : tensor<3xf32>
  %scaled = arith.mulf %t, %splat : tensor<3xf32>
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %sum = scf.for %i = %c0 to %c3 step %c1 iter_args(%acc = %zero) -> (f32) {
    %v = tensor.extract %t[%i] : tensor<3xf32>
    %a = arith.addf %acc, %v : f32
    scf.yield %a : f32
  }
  %total = arith.addf %s, %sum : f32
  %three = arith.constant 3 : i64
  %triple = arith.muli %n, %three : i64
  return %not, %scaled, %total, %triple : i1, tensor<3xf32>, f32, i64
}

func.func @twice(%s: f32) -> f32 {
  %d = arith.addf %s, %s : f32
  return %d : f32
}
