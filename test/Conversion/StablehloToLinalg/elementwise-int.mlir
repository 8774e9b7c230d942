// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Signed division and remainder follow XLA: x / 0 = -1, INT_MIN / -1 = INT_MIN, x % 0 = x,
// INT_MIN % -1 = 0; the divisor is made safe before arith.divsi/remsi.
// CHECK-LABEL: func.func @divide_signed(
// CHECK: ^bb0(%[[L:.*]]: i32, %[[R:.*]]: i32, %{{.*}}: i32):
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[M1:.*]] = arith.constant -1 : i32
// CHECK: %[[BYZERO:.*]] = arith.cmpi eq, %[[R]], %[[ZERO]] : i32
// CHECK-DAG: %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK-DAG: %[[RM1:.*]] = arith.cmpi eq, %[[R]], %[[M1]] : i32
// CHECK-DAG: %[[LMIN:.*]] = arith.cmpi eq, %[[L]], %[[MIN]] : i32
// CHECK: %[[OVF:.*]] = arith.andi %[[LMIN]], %[[RM1]] : i1
// CHECK: %[[UNSAFE:.*]] = arith.ori %[[BYZERO]], %[[OVF]] : i1
// CHECK: %[[SAFE:.*]] = arith.select %[[UNSAFE]], %[[ONE]], %[[R]] : i32
// CHECK: %[[Q:.*]] = arith.divsi %[[L]], %[[SAFE]] : i32
// CHECK: %[[Q1:.*]] = arith.select %[[OVF]], %[[MIN]], %[[Q]] : i32
// CHECK: %[[Q2:.*]] = arith.select %[[BYZERO]], %[[M1]], %[[Q1]] : i32
// CHECK: linalg.yield %[[Q2]] : i32
// CHECK: ^bb0(%[[L2:.*]]: i32, %[[R2:.*]]: i32, %{{.*}}: i32):
// CHECK: %[[REM:.*]] = arith.remsi %[[L2]], %{{.*}} : i32
// CHECK: %[[REM1:.*]] = arith.select %{{.*}}, %{{.*}}, %[[REM]] : i32
// CHECK: %[[REM2:.*]] = arith.select %{{.*}}, %[[L2]], %[[REM1]] : i32
// CHECK: linalg.yield %[[REM2]] : i32
func.func @divide_signed(%a: tensor<4xi32>, %b: tensor<4xi32>) -> (tensor<4xi32>, tensor<4xi32>) {
  %0 = "stablehlo.divide"(%a, %b) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %1 = "stablehlo.remainder"(%a, %b) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  "func.return"(%0, %1) : (tensor<4xi32>, tensor<4xi32>) -> ()
}

// -----

// Unsigned element types become signless in the signature and use unsigned arithmetic.
// CHECK-LABEL: func.func @divide_unsigned(
// CHECK-SAME: %{{.*}}: tensor<4xi64>, %{{.*}}: tensor<4xi64>) -> (tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>)
// CHECK: arith.divui
// CHECK-NOT: arith.divsi
// CHECK: arith.remui
// CHECK: arith.maxui
// CHECK: arith.minui
// CHECK: return %{{.*}} : tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>
func.func @divide_unsigned(%a: tensor<4xui64>, %b: tensor<4xui64>) -> (tensor<4xui64>, tensor<4xui64>, tensor<4xui64>, tensor<4xui64>) {
  %0 = "stablehlo.divide"(%a, %b) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
  %1 = "stablehlo.remainder"(%a, %b) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
  %2 = "stablehlo.maximum"(%a, %b) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
  %3 = "stablehlo.minimum"(%a, %b) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
  "func.return"(%0, %1, %2, %3) : (tensor<4xui64>, tensor<4xui64>, tensor<4xui64>, tensor<4xui64>) -> ()
}

// -----

// Integer power: square-and-multiply over 6 exponent bits; a negative exponent gives 1 for
// base 1 and 0 otherwise.
// CHECK-LABEL: func.func @power(
// CHECK: ^bb0(%[[B:.*]]: i32, %[[E:.*]]: i32, %{{.*}}: i32):
// CHECK-COUNT-6: arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
// CHECK: %[[NONNEG:.*]] = arith.cmpi sge, %[[E]], %{{.*}} : i32
// CHECK: %[[ISONE:.*]] = arith.cmpi eq, %[[B]], %{{.*}} : i32
// CHECK: %[[NEG:.*]] = arith.select %[[ISONE]], %{{.*}}, %{{.*}} : i32
// CHECK: %[[P:.*]] = arith.select %[[NONNEG]], %{{.*}}, %[[NEG]] : i32
// CHECK: linalg.yield %[[P]] : i32
func.func @power(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {
  %0 = "stablehlo.power"(%a, %b) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  "func.return"(%0) : (tensor<4xi32>) -> ()
}

// -----

// Shift amounts outside [0, 32) saturate: 0, or the sign for arithmetic right shifts.
// CHECK-LABEL: func.func @shifts(
// CHECK: ^bb0(%[[X:.*]]: i32, %[[N:.*]]: i32, %{{.*}}: i32):
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[W:.*]] = arith.constant 32 : i32
// CHECK: %[[OK:.*]] = arith.cmpi ult, %[[N]], %[[W]] : i32
// CHECK: %[[SH:.*]] = arith.shli %[[X]], %[[N]] : i32
// CHECK: arith.select %[[OK]], %[[SH]], %[[ZERO]] : i32
// CHECK: arith.shrui
// CHECK: ^bb0(%[[X3:.*]]: i32, %[[N3:.*]]: i32, %{{.*}}: i32):
// CHECK: %[[OK3:.*]] = arith.cmpi ult, %[[N3]], %{{.*}} : i32
// CHECK: %[[SH3:.*]] = arith.shrsi %[[X3]], %[[N3]] : i32
// CHECK: %[[NEGX:.*]] = arith.cmpi slt, %[[X3]], %{{.*}} : i32
// CHECK: %[[SAT:.*]] = arith.select %[[NEGX]], %{{.*}}, %{{.*}} : i32
// CHECK: arith.select %[[OK3]], %[[SH3]], %[[SAT]] : i32
func.func @shifts(%a: tensor<3xi32>, %b: tensor<3xi32>) -> (tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) {
  %0 = "stablehlo.shift_left"(%a, %b) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %1 = "stablehlo.shift_right_logical"(%a, %b) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %2 = "stablehlo.shift_right_arithmetic"(%a, %b) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  "func.return"(%0, %1, %2) : (tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> ()
}

// -----

// Unary integer ops, bitwise ops on unsigned and boolean elements, and boolean arithmetic
// (add/max are OR, multiply/min are AND).
// CHECK-LABEL: func.func @misc(
// CHECK-SAME: -> (tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi16>, tensor<3xi16>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>)
// CHECK: math.absi %{{.*}} : i8
// CHECK: %[[Z:.*]] = arith.constant 0 : i8
// CHECK-NEXT: arith.subi %[[Z]], %{{.*}} : i8
// CHECK: arith.cmpi sgt
// CHECK: arith.cmpi slt
// CHECK: arith.constant -1 : i8
// CHECK: math.ctpop %{{.*}} : i8
// CHECK: math.ctlz %{{.*}} : i8
// CHECK: %[[ALL:.*]] = arith.constant -1 : i16
// CHECK-NEXT: arith.xori %{{.*}}, %[[ALL]] : i16
// CHECK: arith.maxui %{{.*}}, %{{.*}} : i16
// CHECK: %[[TRUE:.*]] = arith.constant true
// CHECK-NEXT: arith.xori %{{.*}}, %[[TRUE]] : i1
// CHECK: arith.ori %{{.*}}, %{{.*}} : i1
// CHECK: arith.andi %{{.*}}, %{{.*}} : i1
// CHECK: arith.xori %{{.*}}, %{{.*}} : i1
// CHECK: arith.ori %{{.*}}, %{{.*}} : i1
// CHECK: arith.andi %{{.*}}, %{{.*}} : i1
func.func @misc(%a: tensor<3xi8>, %u: tensor<3xui16>, %p: tensor<3xi1>) -> (tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xui16>, tensor<3xui16>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) {
  %0 = "stablehlo.abs"(%a) : (tensor<3xi8>) -> tensor<3xi8>
  %1 = "stablehlo.negate"(%a) : (tensor<3xi8>) -> tensor<3xi8>
  %2 = "stablehlo.sign"(%a) : (tensor<3xi8>) -> tensor<3xi8>
  %3 = "stablehlo.popcnt"(%a) : (tensor<3xi8>) -> tensor<3xi8>
  %4 = "stablehlo.count_leading_zeros"(%a) : (tensor<3xi8>) -> tensor<3xi8>
  %5 = "stablehlo.not"(%u) : (tensor<3xui16>) -> tensor<3xui16>
  %6 = "stablehlo.maximum"(%u, %u) : (tensor<3xui16>, tensor<3xui16>) -> tensor<3xui16>
  %7 = "stablehlo.not"(%p) : (tensor<3xi1>) -> tensor<3xi1>
  %8 = "stablehlo.add"(%p, %p) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  %9 = "stablehlo.multiply"(%p, %p) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  %10 = "stablehlo.xor"(%p, %p) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  %11 = "stablehlo.maximum"(%p, %p) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  %12 = "stablehlo.minimum"(%p, %p) : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  "func.return"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12) : (tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xi8>, tensor<3xui16>, tensor<3xui16>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>, tensor<3xi1>) -> ()
}

// -----

// Integer clamp with unsigned elements; and/or/xor on 64-bit integers.
// CHECK-LABEL: func.func @clamp_bitwise(
// CHECK: ^bb0(%[[LO:.*]]: i32, %[[X:.*]]: i32, %[[HI:.*]]: i32, %{{.*}}: i32):
// CHECK-NEXT: %[[M:.*]] = arith.maxui %[[X]], %[[LO]] : i32
// CHECK-NEXT: %[[C:.*]] = arith.minui %[[M]], %[[HI]] : i32
// CHECK: arith.andi %{{.*}}, %{{.*}} : i64
// CHECK: arith.ori %{{.*}}, %{{.*}} : i64
// CHECK: arith.xori %{{.*}}, %{{.*}} : i64
func.func @clamp_bitwise(%lo: tensor<ui32>, %x: tensor<2xui32>, %hi: tensor<ui32>, %a: tensor<2xi64>) -> (tensor<2xui32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) {
  %0 = "stablehlo.clamp"(%lo, %x, %hi) : (tensor<ui32>, tensor<2xui32>, tensor<ui32>) -> tensor<2xui32>
  %1 = "stablehlo.and"(%a, %a) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %2 = "stablehlo.or"(%a, %a) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  %3 = "stablehlo.xor"(%a, %a) : (tensor<2xi64>, tensor<2xi64>) -> tensor<2xi64>
  "func.return"(%0, %1, %2, %3) : (tensor<2xui32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> ()
}
