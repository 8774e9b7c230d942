// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Dense and splat constants of every element type become arith.constant; unsigned data keeps
// its bits in a signless type (255 : ui8 is -1 : i8); hexadecimal floats (-inf, NaN) survive.
// CHECK-LABEL: func.func @constants()
// CHECK-SAME: -> (tensor<2x2xf32>, tensor<3xf32>, tensor<2xi1>, tensor<2xi8>, tensor<f16>, tensor<2xbf16>, tensor<i64>, tensor<f32>, tensor<1x1xf64>, tensor<3xi16>)
// CHECK-DAG: arith.constant dense<{{\[}}[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: arith.constant dense<0xFF800000> : tensor<3xf32>
// CHECK-DAG: arith.constant dense<[true, false]> : tensor<2xi1>
// CHECK-DAG: arith.constant dense<[-1, 7]> : tensor<2xi8>
// CHECK-DAG: arith.constant dense<1.500000e+00> : tensor<f16>
// CHECK-DAG: arith.constant dense<[5.000000e-01, -2.000000e+00]> : tensor<2xbf16>
// CHECK-DAG: arith.constant dense<-9223372036854775808> : tensor<i64>
// CHECK-DAG: arith.constant dense<0x7FC00000> : tensor<f32>
// CHECK-DAG: arith.constant dense<2.500000e-01> : tensor<1x1xf64>
// CHECK-DAG: arith.constant dense<[-3, 0, 3]> : tensor<3xi16>
// CHECK-NOT: stablehlo
func.func @constants() -> (tensor<2x2xf32>, tensor<3xf32>, tensor<2xi1>, tensor<2xui8>, tensor<f16>, tensor<2xbf16>, tensor<i64>, tensor<f32>, tensor<1x1xf64>, tensor<3xi16>) {
  %0 = "stablehlo.constant"() <{value = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
  %1 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<3xf32>}> : () -> tensor<3xf32>
  %2 = "stablehlo.constant"() <{value = dense<[true, false]> : tensor<2xi1>}> : () -> tensor<2xi1>
  %3 = "stablehlo.constant"() <{value = dense<[255, 7]> : tensor<2xui8>}> : () -> tensor<2xui8>
  %4 = "stablehlo.constant"() <{value = dense<1.5> : tensor<f16>}> : () -> tensor<f16>
  %5 = "stablehlo.constant"() <{value = dense<[0.5, -2.0]> : tensor<2xbf16>}> : () -> tensor<2xbf16>
  %6 = "stablehlo.constant"() <{value = dense<-9223372036854775808> : tensor<i64>}> : () -> tensor<i64>
  %7 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
  %8 = "stablehlo.constant"() <{value = dense<0.25> : tensor<1x1xf64>}> : () -> tensor<1x1xf64>
  %9 = "stablehlo.constant"() {value = dense<[-3, 0, 3]> : tensor<3xi16>} : () -> tensor<3xi16>
  "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9) : (tensor<2x2xf32>, tensor<3xf32>, tensor<2xi1>, tensor<2xui8>, tensor<f16>, tensor<2xbf16>, tensor<i64>, tensor<f32>, tensor<1x1xf64>, tensor<3xi16>) -> ()
}

// -----

// iota writes the index along iota_dimension, converted to the element type.
// CHECK-DAG: #[[M2:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[M1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @iota()
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[M2]]], iterator_types = ["parallel", "parallel"]} outs(%[[E]] : tensor<2x3xf32>)
// CHECK-NEXT: ^bb0(%{{.*}}: f32):
// CHECK-NEXT: %[[I:.*]] = linalg.index 1 : index
// CHECK-NEXT: %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK-NEXT: %[[F:.*]] = arith.sitofp %[[I64]] : i64 to f32
// CHECK-NEXT: linalg.yield %[[F]] : f32
// CHECK: linalg.generic {indexing_maps = [#[[M1]]], iterator_types = ["parallel"]} outs(%{{.*}} : tensor<4xi32>)
// CHECK: linalg.index 0 : index
// CHECK: arith.trunci %{{.*}} : i64 to i32
// CHECK: linalg.generic {indexing_maps = [#[[M1]]], iterator_types = ["parallel"]} outs(%{{.*}} : tensor<1xi64>)
// CHECK: linalg.index 0 : index
func.func @iota() -> (tensor<2x3xf32>, tensor<4xui32>, tensor<1xi64>) {
  %0 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x3xf32>
  %1 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui32>
  %2 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<1xi64>
  "func.return"(%0, %1, %2) : (tensor<2x3xf32>, tensor<4xui32>, tensor<1xi64>) -> ()
}
