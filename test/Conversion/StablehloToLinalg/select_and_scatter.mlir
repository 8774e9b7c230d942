// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// The gradient of a padded, strided 3x3 max pool. First generic: for each window, the offset
// (row-major within the window) that the select body picks, -1 for none; padding positions are
// never picked. Second generic: each operand element folds the source values of the windows
// that picked it, windows in ascending order (offsets visited from the last).
// CHECK-DAG: #[[WIN:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0 + d4, d1 * 2 + d5, d2 * 2 + d6, d3 + d7)>
// CHECK-DAG: #[[SHAPE:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d4, d5, d6, d7)>
// CHECK-DAG: #[[OUT:.*]] = affine_map<(d0, d1, d2, d3, d4, d5, d6, d7) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @max_pool_grad(
// CHECK-SAME: %[[X:.*]]: tensor<1x4x4x1xf32>, %[[G:.*]]: tensor<1x2x2x1xf32>)
// CHECK: %[[RES0:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x4x4x1xf32>)
// CHECK: %[[SHAPEV:.*]] = tensor.empty() : tensor<1x3x3x1xf32>
// CHECK: %[[P:.*]] = tensor.insert_slice %[[X]] into %{{.*}}[0, 1, 1, 0] [1, 4, 4, 1] [1, 1, 1, 1]
// CHECK: %[[NONE:.*]] = arith.constant -1 : i64
// CHECK: %[[IDX0:.*]] = linalg.fill ins(%[[NONE]] : i64) outs(%{{.*}} : tensor<1x2x2x1xi64>)
// CHECK: %[[SEL:.*]]:2 = linalg.generic {indexing_maps = [#[[WIN]], #[[SHAPE]], #[[OUT]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction"]} ins(%[[P]], %[[SHAPEV]] : tensor<1x5x5x1xf32>, tensor<1x3x3x1xf32>) outs(%{{.*}}, %[[IDX0]] : tensor<1x2x2x1xf32>, tensor<1x2x2x1xi64>)
// CHECK-NEXT: ^bb0(%[[CAND:.*]]: f32, %{{.*}}: f32, %[[BEST:.*]]: f32, %[[BESTI:.*]]: i64):
// CHECK: linalg.index 4 : index
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[BESTI]], %{{.*}} : i64
// CHECK: %[[KEEP:.*]] = arith.cmpf oge, %[[BEST]], %[[CAND]] : f32
// CHECK: %[[TAKE:.*]] = arith.andi
// CHECK: arith.select %[[TAKE]], %[[CAND]], %[[BEST]] : f32
// CHECK: linalg.generic {indexing_maps = [#[[SHAPE]], #[[OUT]]], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction", "reduction"]} ins(%[[SHAPEV]] : tensor<1x3x3x1xf32>) outs(%[[RES0]] : tensor<1x4x4x1xf32>)
// CHECK-NEXT: ^bb0(%{{.*}}: f32, %[[ACC:.*]]: f32):
// CHECK: arith.remui
// CHECK: arith.divui
// CHECK: %[[CHOSEN:.*]] = tensor.extract %[[SEL]]#1[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : tensor<1x2x2x1xi64>
// CHECK: %[[VAL:.*]] = tensor.extract %[[G]][%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : tensor<1x2x2x1xf32>
// CHECK: %[[SUM:.*]] = arith.addf %[[ACC]], %[[VAL]] : f32
// CHECK: arith.select %{{.*}}, %[[SUM]], %[[ACC]] : f32
func.func @max_pool_grad(%x: tensor<1x4x4x1xf32>, %g: tensor<1x2x2x1xf32>) -> tensor<1x4x4x1xf32> {
  %zero = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
  %0 = "stablehlo.select_and_scatter"(%x, %g, %zero) <{padding = dense<[[0, 0], [1, 0], [1, 0], [0, 0]]> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 3, 3, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %ge = "stablehlo.compare"(%a, %b) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%ge) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<1x4x4x1xf32>, tensor<1x2x2x1xf32>, tensor<f32>) -> tensor<1x4x4x1xf32>
  "func.return"(%0) : (tensor<1x4x4x1xf32>) -> ()
}

// -----

// No window at all: the result is the init value everywhere.
// CHECK-LABEL: func.func @no_window(
// CHECK: %[[R:.*]] = linalg.fill
// CHECK-NOT: linalg.generic
// CHECK: return %[[R]]
func.func @no_window(%x: tensor<2xf32>, %g: tensor<0xf32>, %i: tensor<f32>) -> tensor<2xf32> {
  %0 = "stablehlo.select_and_scatter"(%x, %g, %i) <{window_dimensions = array<i64: 3>}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %ge = "stablehlo.compare"(%a, %b) <{comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    "stablehlo.return"(%ge) : (tensor<i1>) -> ()
  }, {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<2xf32>, tensor<0xf32>, tensor<f32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}
