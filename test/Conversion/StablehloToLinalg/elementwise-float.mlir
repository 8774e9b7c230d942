// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Binary float ops: one linalg.generic each, operands in order, IEEE maximum/minimum (NaN
// propagating), fmod for remainder.
// CHECK: #[[ID:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @binary(
// CHECK-SAME: %[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<2x3xf32>)
// CHECK: %[[E:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK: linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[ID]]], iterator_types = ["parallel", "parallel"]} ins(%[[A]], %[[B]] : tensor<2x3xf32>, tensor<2x3xf32>) outs(%[[E]] : tensor<2x3xf32>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[R:.*]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK-NEXT: linalg.yield %[[R]] : f32
// CHECK: arith.subf %[[X2:.*]], %[[Y2:.*]] : f32
// CHECK: arith.mulf
// CHECK: arith.divf
// CHECK: arith.remf
// CHECK: math.powf
// CHECK: arith.maximumf
// CHECK: arith.minimumf
// CHECK: math.atan2
func.func @binary(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "stablehlo.add"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "stablehlo.subtract"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "stablehlo.multiply"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "stablehlo.divide"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "stablehlo.remainder"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "stablehlo.power"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = "stablehlo.maximum"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %7 = "stablehlo.minimum"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %8 = "stablehlo.atan2"(%a, %b) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8) : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> ()
}

// -----

// Unary float ops map to one math/arith op each.
// CHECK-LABEL: func.func @unary(
// CHECK: math.exp %{{.*}} : f32
// CHECK: math.expm1
// CHECK: math.log %
// CHECK: math.log1p
// CHECK: math.tanh
// CHECK: math.sqrt
// CHECK: math.rsqrt
// CHECK: math.cbrt
// CHECK: math.floor
// CHECK: math.ceil
// CHECK: math.round %
// CHECK: math.roundeven
// CHECK: math.sin
// CHECK: math.cos
// CHECK: math.tan %
// CHECK: arith.negf
// CHECK: math.absf
func.func @unary(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = "stablehlo.exponential"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "stablehlo.exponential_minus_one"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "stablehlo.log"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "stablehlo.log_plus_one"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "stablehlo.tanh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %5 = "stablehlo.sqrt"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %6 = "stablehlo.rsqrt"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %7 = "stablehlo.cbrt"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %8 = "stablehlo.floor"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %9 = "stablehlo.ceil"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %10 = "stablehlo.round_nearest_afz"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %11 = "stablehlo.round_nearest_even"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %12 = "stablehlo.sine"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %13 = "stablehlo.cosine"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %14 = "stablehlo.tan"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %15 = "stablehlo.negate"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %16 = "stablehlo.abs"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> ()
}

// -----

// logistic is 1 / (1 + exp(-x)); sign keeps NaN and the sign of zero; is_finite is |x| != inf.
// CHECK-LABEL: func.func @special(
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[NEG:.*]] = arith.negf %[[X]] : f32
// CHECK: %[[EXP:.*]] = math.exp %[[NEG]] : f32
// CHECK: %[[DEN:.*]] = arith.addf %[[ONE]], %[[EXP]] : f32
// CHECK: %[[R:.*]] = arith.divf %[[ONE]], %[[DEN]] : f32
// CHECK: linalg.yield %[[R]]
// CHECK: ^bb0(%[[S:.*]]: f32, %{{.*}}: f32):
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ONE2:.*]] = arith.constant 1.000000e+00 : f32
// CHECK: %[[NZ:.*]] = arith.cmpf one, %[[S]], %[[ZERO]] : f32
// CHECK: %[[MAG:.*]] = arith.select %[[NZ]], %[[ONE2]], %[[ZERO]] : f32
// CHECK: %[[SGN:.*]] = math.copysign %[[MAG]], %[[S]] : f32
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %[[S]], %[[S]] : f32
// CHECK: %[[RS:.*]] = arith.select %[[NAN]], %[[S]], %[[SGN]] : f32
// CHECK: linalg.yield %[[RS]]
// CHECK: ^bb0(%[[F:.*]]: f32, %{{.*}}: i1):
// CHECK: %[[ABS:.*]] = math.absf %[[F]] : f32
// CHECK: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK: %[[FIN:.*]] = arith.cmpf one, %[[ABS]], %[[INF]] : f32
// CHECK: linalg.yield %[[FIN]] : i1
// CHECK: -> tensor<4xi1>
func.func @special(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>) {
  %0 = "stablehlo.logistic"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "stablehlo.sign"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "stablehlo.is_finite"(%x) : (tensor<4xf32>) -> tensor<4xi1>
  "func.return"(%0, %1, %2) : (tensor<4xf32>, tensor<4xf32>, tensor<4xi1>) -> ()
}

// -----

// clamp is min(max(operand, lo), hi), rank-0 bounds are broadcast; select with a rank-0
// predicate likewise.
// CHECK-DAG: #[[ID1:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @clamp_select(
// CHECK-SAME: %[[LO:.*]]: tensor<f32>, %[[X:.*]]: tensor<5xf32>, %[[HI:.*]]: tensor<f32>, %[[P:.*]]: tensor<i1>
// CHECK: linalg.generic {indexing_maps = [#[[SCALAR]], #[[ID1]], #[[SCALAR]], #[[ID1]]], iterator_types = ["parallel"]} ins(%[[LO]], %[[X]], %[[HI]] : tensor<f32>, tensor<5xf32>, tensor<f32>)
// CHECK-NEXT: ^bb0(%[[L:.*]]: f32, %[[V:.*]]: f32, %[[H:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[MAX:.*]] = arith.maximumf %[[V]], %[[L]] : f32
// CHECK-NEXT: %[[MIN:.*]] = arith.minimumf %[[MAX]], %[[H]] : f32
// CHECK-NEXT: linalg.yield %[[MIN]]
// CHECK: linalg.generic {indexing_maps = [#[[SCALAR]], #[[ID1]], #[[ID1]], #[[ID1]]], iterator_types = ["parallel"]} ins(%[[P]], %[[X]], %[[X]] : tensor<i1>, tensor<5xf32>, tensor<5xf32>)
// CHECK-NEXT: ^bb0(%[[C:.*]]: i1, %[[T:.*]]: f32, %[[E:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[SEL:.*]] = arith.select %[[C]], %[[T]], %[[E]] : f32
func.func @clamp_select(%lo: tensor<f32>, %x: tensor<5xf32>, %hi: tensor<f32>, %p: tensor<i1>) -> (tensor<5xf32>, tensor<5xf32>) {
  %0 = "stablehlo.clamp"(%lo, %x, %hi) : (tensor<f32>, tensor<5xf32>, tensor<f32>) -> tensor<5xf32>
  %1 = "stablehlo.select"(%p, %x, %x) : (tensor<i1>, tensor<5xf32>, tensor<5xf32>) -> tensor<5xf32>
  "func.return"(%0, %1) : (tensor<5xf32>, tensor<5xf32>) -> ()
}

// -----

// Types narrower than f32 compute in f32 and round once; rank-0 and size-1 shapes keep their
// shape.
// CHECK: #[[MAP0:.*]] = affine_map<() -> ()>
// CHECK: #[[MAP11:.*]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @narrow(
// CHECK: linalg.generic {indexing_maps = [#[[MAP0]], #[[MAP0]], #[[MAP0]]], iterator_types = []} ins(%{{.*}}, %{{.*}} : tensor<bf16>, tensor<bf16>) outs(%{{.*}} : tensor<bf16>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: bf16, %[[B:.*]]: bf16, %{{.*}}: bf16):
// CHECK-NEXT: %[[WA:.*]] = arith.extf %[[A]] : bf16 to f32
// CHECK-NEXT: %[[WB:.*]] = arith.extf %[[B]] : bf16 to f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[WA]], %[[WB]] : f32
// CHECK-NEXT: %[[N:.*]] = arith.truncf %[[S]] : f32 to bf16
// CHECK-NEXT: linalg.yield %[[N]] : bf16
// CHECK: linalg.generic {indexing_maps = [#[[MAP11]], #[[MAP11]]], iterator_types = ["parallel", "parallel"]} ins(%{{.*}} : tensor<1x1xf16>) outs(%{{.*}} : tensor<1x1xf16>)
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK-NEXT: math.tanh %{{.*}} : f32
// CHECK-NEXT: arith.truncf %{{.*}} : f32 to f16
func.func @narrow(%a: tensor<bf16>, %b: tensor<bf16>, %h: tensor<1x1xf16>) -> (tensor<bf16>, tensor<1x1xf16>) {
  %0 = "stablehlo.add"(%a, %b) : (tensor<bf16>, tensor<bf16>) -> tensor<bf16>
  %1 = "stablehlo.tanh"(%h) : (tensor<1x1xf16>) -> tensor<1x1xf16>
  "func.return"(%0, %1) : (tensor<bf16>, tensor<1x1xf16>) -> ()
}

// -----

// f64 stays f64; attributes spelled as a dictionary (old printers) are read too.
// CHECK-LABEL: func.func @f64(
// CHECK: math.sqrt %{{.*}} : f64
// CHECK: arith.cmpf olt, %{{.*}}, %{{.*}} : f64
func.func @f64(%x: tensor<3xf64>) -> (tensor<3xf64>, tensor<3xi1>) {
  %0 = "stablehlo.sqrt"(%x) : (tensor<3xf64>) -> tensor<3xf64>
  %1 = "stablehlo.compare"(%x, %0) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xi1>
  "func.return"(%0, %1) : (tensor<3xf64>, tensor<3xi1>) -> ()
}

// -----

// CHLO elementwise ops JAX exports next to StableHLO (erf for exact GELU, ...).
// CHECK-LABEL: func.func @chlo(
// CHECK: math.erf %{{.*}} : f32
// CHECK: math.erfc
// CHECK: math.sinh
// CHECK: math.cosh
// CHECK: math.asin
// CHECK: math.acos
// CHECK: math.atan %
// CHECK: math.asinh
// CHECK: math.acosh
// CHECK: math.atanh
// CHECK: math.tan %
// CHECK: %[[INF:.*]] = arith.constant 0x7F800000 : f32
// CHECK-NEXT: arith.cmpf oeq, %{{.*}}, %[[INF]] : f32
// CHECK: %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK-NEXT: arith.cmpf oeq, %{{.*}}, %[[NINF]] : f32
// CHECK: math.absf
// CHECK-NEXT: arith.cmpf oeq
func.func @chlo(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = "chlo.erf"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "chlo.erfc"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "chlo.sinh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "chlo.cosh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "chlo.asin"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %5 = "chlo.acos"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %6 = "chlo.atan"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %7 = "chlo.asinh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %8 = "chlo.acosh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %9 = "chlo.atanh"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %10 = "chlo.tan"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %11 = "chlo.is_pos_inf"(%x) : (tensor<4xf32>) -> tensor<4xi1>
  %12 = "chlo.is_neg_inf"(%x) : (tensor<4xf32>) -> tensor<4xi1>
  %13 = "chlo.is_inf"(%x) : (tensor<4xf32>) -> tensor<4xi1>
  "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13) : (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) -> ()
}
