// Every element type remat-run passes: f64, f16, i32, i64, i8 and i1 (numpy bool), in and
// out, compared bit for bit with numpy. Signless i8 arithmetic wraps like numpy's int8.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_case.py dtypes %t
// RUN: remat-run %s --case-dir %t --rtol 0 --atol 0 --write-results %t/out | FileCheck %s
// RUN: %python -c "import numpy as n, sys; d = sys.argv[1]; print([str(n.load(d + '/out/result%%d.npy' %% k).dtype) for k in range(6)])" %t | FileCheck %s --check-prefix=WRITTEN

// CHECK:      "outputs_match": true,
// CHECK-NEXT: "max_abs_err": 0,
// CHECK:      "type": "tensor<3x4xf64>",
// CHECK-NEXT: "dtype": "float64",
// CHECK:      "type": "tensor<3x4xf16>",
// CHECK-NEXT: "dtype": "float16",
// CHECK:      "type": "tensor<3x4xi32>",
// CHECK-NEXT: "dtype": "int32",
// CHECK:      "type": "tensor<3x4xi64>",
// CHECK-NEXT: "dtype": "int64",
// CHECK:      "type": "tensor<3x4xi8>",
// CHECK-NEXT: "dtype": "int8",
// CHECK:      "type": "tensor<3x4xi1>",
// CHECK-NEXT: "dtype": "bool",
// CHECK-NOT:  "match": false

// WRITTEN: ['float64', 'float16', 'int32', 'int64', 'int8', 'bool']

#id = affine_map<(i, j) -> (i, j)>
func.func @main(%f64: tensor<3x4xf64>, %f16: tensor<3x4xf16>, %i32: tensor<3x4xi32>,
                %i64: tensor<3x4xi64>, %i8: tensor<3x4xi8>, %flags: tensor<3x4xi1>)
    -> (tensor<3x4xf64>, tensor<3x4xf16>, tensor<3x4xi32>, tensor<3x4xi64>, tensor<3x4xi8>,
        tensor<3x4xi1>) {
  %o0 = tensor.empty() : tensor<3x4xf64>
  %o1 = tensor.empty() : tensor<3x4xf16>
  %o2 = tensor.empty() : tensor<3x4xi32>
  %o3 = tensor.empty() : tensor<3x4xi64>
  %o4 = tensor.empty() : tensor<3x4xi8>
  %o5 = tensor.empty() : tensor<3x4xi1>
  %r:6 = linalg.generic {
      indexing_maps = [#id, #id, #id, #id, #id, #id, #id, #id, #id, #id, #id, #id],
      iterator_types = ["parallel", "parallel"]}
      ins(%f64, %f16, %i32, %i64, %i8, %flags
          : tensor<3x4xf64>, tensor<3x4xf16>, tensor<3x4xi32>, tensor<3x4xi64>, tensor<3x4xi8>, tensor<3x4xi1>)
      outs(%o0, %o1, %o2, %o3, %o4, %o5
          : tensor<3x4xf64>, tensor<3x4xf16>, tensor<3x4xi32>, tensor<3x4xi64>, tensor<3x4xi8>, tensor<3x4xi1>) {
    ^bb0(%a: f64, %h: f16, %i: i32, %l: i64, %c: i8, %f: i1,
         %_0: f64, %_1: f16, %_2: i32, %_3: i64, %_4: i8, %_5: i1):
      %one = arith.constant 1.0 : f64
      %sq = arith.mulf %a, %a : f64
      %v0 = arith.addf %sq, %one : f64
      %v1 = arith.addf %h, %h : f16
      %three = arith.constant 3 : i32
      %seven = arith.constant 7 : i32
      %m = arith.muli %i, %three : i32
      %v2 = arith.addi %m, %seven : i32
      %five = arith.constant 5 : i64
      %two = arith.constant 2 : i64
      %d = arith.subi %l, %five : i64
      %v3 = arith.muli %d, %two : i64
      %v4 = arith.addi %c, %c : i8
      %zero = arith.constant 0.0 : f64
      %pos = arith.cmpf ogt, %a, %zero : f64
      %v5 = arith.xori %f, %pos : i1
      linalg.yield %v0, %v1, %v2, %v3, %v4, %v5 : f64, f16, i32, i64, i8, i1
  } -> (tensor<3x4xf64>, tensor<3x4xf16>, tensor<3x4xi32>, tensor<3x4xi64>, tensor<3x4xi8>, tensor<3x4xi1>)
  return %r#0, %r#1, %r#2, %r#3, %r#4, %r#5
      : tensor<3x4xf64>, tensor<3x4xf16>, tensor<3x4xi32>, tensor<3x4xi64>, tensor<3x4xi8>, tensor<3x4xi1>
}
