// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Float comparisons are IEEE quiet comparisons: ordered except NE (true on NaN).
// CHECK-LABEL: func.func @float_directions(
// CHECK: arith.cmpf oeq, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpf une, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpf olt, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpf ole, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpf ogt, %{{.*}}, %{{.*}} : f32
// CHECK: arith.cmpf oge, %{{.*}}, %{{.*}} : f32
func.func @float_directions(%a: tensor<2xf32>, %b: tensor<2xf32>) -> (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) {
  %0 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %1 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %2 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %3 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %4 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  %5 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  "func.return"(%0, %1, %2, %3, %4, %5) : (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) -> ()
}

// -----

// Signed integers (with or without compare_type) against a negative constant.
// CHECK-LABEL: func.func @signed_directions(
// CHECK: %[[NEG:.*]] = arith.constant dense<-1> : tensor<2xi32>
// CHECK: linalg.generic {{.*}} ins(%{{.*}}, %[[NEG]] : tensor<2xi32>, tensor<2xi32>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32, %{{.*}}: i1):
// CHECK-NEXT: arith.cmpi eq, %[[X]], %[[Y]] : i32
// CHECK: arith.cmpi ne
// CHECK: arith.cmpi slt
// CHECK: arith.cmpi sle
// CHECK: arith.cmpi sgt
// CHECK: arith.cmpi sge
func.func @signed_directions(%a: tensor<2xi32>) -> (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) {
  %b = "stablehlo.constant"() <{value = dense<-1> : tensor<2xi32>}> : () -> tensor<2xi32>
  %0 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  %1 = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  %2 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  %3 = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  %4 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  %5 = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
  "func.return"(%0, %1, %2, %3, %4, %5) : (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) -> ()
}

// -----

// Unsigned integers and booleans compare unsigned (false < true); compare_type UNSIGNED on a
// signed type is honoured.
// CHECK-LABEL: func.func @unsigned_directions(
// CHECK: arith.cmpi ult, %{{.*}}, %{{.*}} : i8
// CHECK: arith.cmpi uge, %{{.*}}, %{{.*}} : i8
// CHECK: arith.cmpi ugt, %{{.*}}, %{{.*}} : i1
// CHECK: arith.cmpi ule, %{{.*}}, %{{.*}} : i16
func.func @unsigned_directions(%a: tensor<2xui8>, %p: tensor<2xi1>, %s: tensor<2xi16>) -> (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) {
  %0 = "stablehlo.compare"(%a, %a) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xi1>
  %1 = "stablehlo.compare"(%a, %a) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<2xui8>, tensor<2xui8>) -> tensor<2xi1>
  %2 = "stablehlo.compare"(%p, %p) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  %3 = "stablehlo.compare"(%s, %s) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<2xi16>, tensor<2xi16>) -> tensor<2xi1>
  "func.return"(%0, %1, %2, %3) : (tensor<2xi1>, tensor<2xi1>, tensor<2xi1>, tensor<2xi1>) -> ()
}

// -----

// TOTALORDER compares bit patterns with the magnitude bits of negative values flipped.
// CHECK-LABEL: func.func @total_order(
// CHECK: ^bb0(%[[X:.*]]: f32, %[[Y:.*]]: f32, %{{.*}}: i1):
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[MAG:.*]] = arith.constant 2147483647 : i32
// CHECK: %[[XB:.*]] = arith.bitcast %[[X]] : f32 to i32
// CHECK: %[[XN:.*]] = arith.cmpi slt, %[[XB]], %[[ZERO]] : i32
// CHECK: %[[XF:.*]] = arith.xori %[[XB]], %[[MAG]] : i32
// CHECK: %[[XK:.*]] = arith.select %[[XN]], %[[XF]], %[[XB]] : i32
// CHECK: %[[YB:.*]] = arith.bitcast %[[Y]] : f32 to i32
// CHECK: %[[YK:.*]] = arith.select %{{.*}}, %{{.*}}, %[[YB]] : i32
// CHECK: %[[R:.*]] = arith.cmpi slt, %[[XK]], %[[YK]] : i32
// CHECK: linalg.yield %[[R]] : i1
func.func @total_order(%a: tensor<2xf32>, %b: tensor<2xf32>) -> tensor<2xi1> {
  %0 = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type TOTALORDER>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  "func.return"(%0) : (tensor<2xi1>) -> ()
}

// -----

// The enum may also be written with the mnemonic before angle brackets; bf16 compares in f32.
// CHECK-LABEL: func.func @spelling(
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: arith.cmpf ogt, %{{.*}}, %{{.*}} : f32
func.func @spelling(%a: tensor<2xbf16>) -> tensor<2xi1> {
  %0 = "stablehlo.compare"(%a, %a) <{comparison_direction = #stablehlo.comparison_direction<GT>}> : (tensor<2xbf16>, tensor<2xbf16>) -> tensor<2xi1>
  "func.return"(%0) : (tensor<2xi1>) -> ()
}
