// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Float to integer saturates as XLA does: NaN -> 0, <= INT_MIN -> INT_MIN, >= INT_MAX -> INT_MAX.
// CHECK-LABEL: func.func @float_to_signed(
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: i32):
// CHECK-DAG: %[[LO:.*]] = arith.constant -2.14748365E+9 : f32
// CHECK-DAG: %[[HI:.*]] = arith.constant 2.14748365E+9 : f32
// CHECK-DAG: %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK-DAG: %[[MAX:.*]] = arith.constant 2147483647 : i32
// CHECK: %[[T:.*]] = arith.fptosi %[[X]] : f32 to i32
// CHECK: %[[BELOW:.*]] = arith.cmpf ole, %[[X]], %[[LO]] : f32
// CHECK: %[[S1:.*]] = arith.select %[[BELOW]], %[[MIN]], %[[T]] : i32
// CHECK: %[[ABOVE:.*]] = arith.cmpf oge, %[[X]], %[[HI]] : f32
// CHECK: %[[S2:.*]] = arith.select %[[ABOVE]], %[[MAX]], %[[S1]] : i32
// CHECK: %[[NAN:.*]] = arith.cmpf uno, %[[X]], %[[X]] : f32
// CHECK: %[[S3:.*]] = arith.select %[[NAN]], %{{.*}}, %[[S2]] : i32
// CHECK: linalg.yield %[[S3]] : i32
func.func @float_to_signed(%x: tensor<3xf32>) -> tensor<3xi32> {
  %0 = "stablehlo.convert"(%x) : (tensor<3xf32>) -> tensor<3xi32>
  "func.return"(%0) : (tensor<3xi32>) -> ()
}

// -----

// To unsigned: x <= 0 or NaN -> 0 (an unordered compare), >= 255 -> 255; from bf16 the value
// is widened to f32 first.
// CHECK-LABEL: func.func @float_to_unsigned(
// CHECK-SAME: -> tensor<3xi8>
// CHECK: ^bb0(%[[X:.*]]: bf16, %{{.*}}: i8):
// CHECK: %[[W:.*]] = arith.extf %[[X]] : bf16 to f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[HI:.*]] = arith.constant 2.550000e+02 : f32
// CHECK: %[[T:.*]] = arith.fptoui %[[W]] : f32 to i8
// CHECK: %[[LOW:.*]] = arith.cmpf ule, %[[W]], %[[ZERO]] : f32
// CHECK: arith.select %[[LOW]], %{{.*}}, %[[T]] : i8
// CHECK: arith.cmpf oge, %[[W]], %[[HI]] : f32
func.func @float_to_unsigned(%x: tensor<3xbf16>) -> tensor<3xui8> {
  %0 = "stablehlo.convert"(%x) : (tensor<3xbf16>) -> tensor<3xui8>
  "func.return"(%0) : (tensor<3xui8>) -> ()
}

// -----

// Integer and boolean sources: signedness of the source picks the extension; booleans are 0/1;
// anything to boolean is "nonzero" (NaN included).
// CHECK-LABEL: func.func @ints_and_bools(
// CHECK: arith.sitofp %{{.*}} : i32 to f32
// CHECK: arith.uitofp %{{.*}} : i8 to f32
// CHECK: arith.uitofp %{{.*}} : i1 to f32
// CHECK: arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpi ne, %{{.*}}, %{{.*}} : i32
// CHECK: arith.trunci %{{.*}} : i32 to i8
// CHECK: arith.extsi %{{.*}} : i32 to i64
// CHECK: arith.extui %{{.*}} : i8 to i32
// CHECK: arith.extui %{{.*}} : i1 to i32
func.func @ints_and_bools(%x: tensor<3xf32>, %i: tensor<3xi32>, %u: tensor<3xui8>, %p: tensor<3xi1>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xi1>, tensor<3xi1>, tensor<3xi8>, tensor<3xi64>, tensor<3xi32>, tensor<3xi32>) {
  %0 = "stablehlo.convert"(%i) : (tensor<3xi32>) -> tensor<3xf32>
  %1 = "stablehlo.convert"(%u) : (tensor<3xui8>) -> tensor<3xf32>
  %2 = "stablehlo.convert"(%p) : (tensor<3xi1>) -> tensor<3xf32>
  %3 = "stablehlo.convert"(%x) : (tensor<3xf32>) -> tensor<3xi1>
  %4 = "stablehlo.convert"(%i) : (tensor<3xi32>) -> tensor<3xi1>
  %5 = "stablehlo.convert"(%i) : (tensor<3xi32>) -> tensor<3xi8>
  %6 = "stablehlo.convert"(%i) : (tensor<3xi32>) -> tensor<3xi64>
  %7 = "stablehlo.convert"(%u) : (tensor<3xui8>) -> tensor<3xi32>
  %8 = "stablehlo.convert"(%p) : (tensor<3xi1>) -> tensor<3xi32>
  "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8) : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xi1>, tensor<3xi1>, tensor<3xi8>, tensor<3xi64>, tensor<3xi32>, tensor<3xi32>) -> ()
}

// -----

// Float widths; a convert to the same type (JAX emits them) and a signedness-only change are
// the operand itself; bitcast_convert of equal widths is arith.bitcast.
// CHECK-LABEL: func.func @floats_and_identities(
// CHECK-SAME: %[[X:.*]]: tensor<3xf32>, %[[H:.*]]: tensor<3xbf16>, %[[I:.*]]: tensor<3xi32>)
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK-NEXT: arith.truncf %{{.*}} : f32 to f16
// CHECK: arith.truncf %{{.*}} : f32 to bf16
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: %[[B:.*]] = linalg.generic
// CHECK: arith.bitcast %{{.*}} : f32 to i32
// CHECK: return %{{.*}}, %{{.*}}, %{{.*}}, %[[X]], %[[I]], %[[B]], %[[I]] :
func.func @floats_and_identities(%x: tensor<3xf32>, %h: tensor<3xbf16>, %i: tensor<3xi32>) -> (tensor<3xf16>, tensor<3xbf16>, tensor<3xf64>, tensor<3xf32>, tensor<3xui32>, tensor<3xi32>, tensor<3xui32>) {
  %0 = "stablehlo.convert"(%h) : (tensor<3xbf16>) -> tensor<3xf16>
  %1 = "stablehlo.convert"(%x) : (tensor<3xf32>) -> tensor<3xbf16>
  %2 = "stablehlo.convert"(%x) : (tensor<3xf32>) -> tensor<3xf64>
  %3 = "stablehlo.convert"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  %4 = "stablehlo.bitcast_convert"(%i) : (tensor<3xi32>) -> tensor<3xui32>
  %5 = "stablehlo.bitcast_convert"(%x) : (tensor<3xf32>) -> tensor<3xi32>
  %6 = "stablehlo.convert"(%i) : (tensor<3xi32>) -> tensor<3xui32>
  "func.return"(%0, %1, %2, %3, %4, %5, %6) : (tensor<3xf16>, tensor<3xbf16>, tensor<3xf64>, tensor<3xf32>, tensor<3xui32>, tensor<3xi32>, tensor<3xui32>) -> ()
}

// -----

// reduce_precision to bf16's format rounds the mantissa to nearest even on the bits and keeps
// NaN.
// CHECK-LABEL: func.func @reduce_precision(
// CHECK: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK: %[[BITS:.*]] = arith.bitcast %[[X]] : f32 to i32
// CHECK: arith.cmpi ugt
// CHECK: arith.shrui
// CHECK: arith.addi
// CHECK: arith.andi
// CHECK: %[[R:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK: %[[K:.*]] = arith.select %{{.*}}, %[[X]], %[[R]] : f32
// CHECK: linalg.yield %[[K]] : f32
func.func @reduce_precision(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "stablehlo.reduce_precision"(%x) <{exponent_bits = 8 : i32, mantissa_bits = 7 : i32}> : (tensor<3xf32>) -> tensor<3xf32>
  "func.return"(%0) : (tensor<3xf32>) -> ()
}

// -----

// bitcast_convert to a narrower type splits each element, lowest bits first; to a wider type
// packs the last dimension.
// CHECK-LABEL: func.func @bitcast_widths(
// CHECK: ^bb0(%[[X:.*]]: f64, %{{.*}}: f16):
// CHECK: %[[BITS:.*]] = arith.bitcast %[[X]] : f64 to i64
// CHECK: %[[K:.*]] = linalg.index 1 : index
// CHECK: %[[KI:.*]] = arith.index_cast %[[K]] : index to i64
// CHECK: %[[SH:.*]] = arith.muli %[[KI]], %{{.*}} : i64
// CHECK: %[[PIECE:.*]] = arith.shrui %[[BITS]], %[[SH]] : i64
// CHECK: %[[T:.*]] = arith.trunci %[[PIECE]] : i64 to i16
// CHECK: arith.bitcast %[[T]] : i16 to f16
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%{{.*}} : tensor<3x4xi8>) outs(%{{.*}} : tensor<3xi32>)
// CHECK: arith.extui %{{.*}} : i8 to i32
// CHECK: arith.shli
// CHECK: arith.ori
// CHECK: arith.bitcast %{{.*}} : i32 to f32
func.func @bitcast_widths(%x: tensor<2xf64>, %y: tensor<3x4xui8>) -> (tensor<2x4xf16>, tensor<3xf32>) {
  %0 = "stablehlo.bitcast_convert"(%x) : (tensor<2xf64>) -> tensor<2x4xf16>
  %1 = "stablehlo.bitcast_convert"(%y) : (tensor<3x4xui8>) -> tensor<3xf32>
  "func.return"(%0, %1) : (tensor<2x4xf16>, tensor<3xf32>) -> ()
}
