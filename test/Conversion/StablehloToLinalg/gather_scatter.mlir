// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Embedding lookup: each result element reads its start index, clamps it to
// [0, dim - slice size] and reads the operand at start + offset.
// CHECK-LABEL: func.func @gather(
// CHECK-SAME: %[[T:.*]]: tensor<10x6xf32>, %[[I:.*]]: tensor<3x2xi32>)
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "parallel"]} outs(%{{.*}} : tensor<3x2x6xf32>)
// CHECK: %[[B0:.*]] = linalg.index 0 : index
// CHECK: %[[B1:.*]] = linalg.index 1 : index
// CHECK: %[[O:.*]] = linalg.index 2 : index
// CHECK: %[[S:.*]] = tensor.extract %[[I]][%[[B0]], %[[B1]]] : tensor<3x2xi32>
// CHECK: %[[SI:.*]] = arith.index_cast %[[S]] : i32 to index
// CHECK: %[[MAXSTART:.*]] = arith.constant 9 : index
// CHECK: %[[LO:.*]] = arith.maxsi %[[SI]], %{{.*}} : index
// CHECK: %[[CL:.*]] = arith.minsi %[[LO]], %[[MAXSTART]] : index
// CHECK: %[[COL:.*]] = arith.addi %{{.*}}, %[[O]] : index
// CHECK: %[[V:.*]] = tensor.extract %[[T]][%[[CL]], %[[COL]]] : tensor<10x6xf32>
// CHECK: linalg.yield %[[V]] : f32
func.func @gather(%t: tensor<10x6xf32>, %i: tensor<3x2xi32>) -> tensor<3x2x6xf32> {
  %0 = "stablehlo.gather"(%t, %i) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 6>}> : (tensor<10x6xf32>, tensor<3x2xi32>) -> tensor<3x2x6xf32>
  "func.return"(%0) : (tensor<3x2x6xf32>) -> ()
}

// -----

// Scatter-add: an scf.for over the 5x6 update elements in row-major order carrying the result;
// an update whose window starts outside the operand is skipped.
// CHECK-LABEL: func.func @scatter_add(
// CHECK-SAME: %[[T:.*]]: tensor<10x6xf32>, %[[I:.*]]: tensor<5x1xi32>, %[[U:.*]]: tensor<5x6xf32>)
// CHECK: %[[N:.*]] = arith.constant 30 : index
// CHECK: %[[R:.*]] = scf.for %[[K:.*]] = %{{.*}} to %[[N]] step %{{.*}} iter_args(%[[ACC:.*]] = %[[T]]) -> (tensor<10x6xf32>)
// CHECK: %[[COL:.*]] = arith.remui %[[K]], %{{.*}} : index
// CHECK: %[[ROW:.*]] = arith.remui %{{.*}}, %{{.*}} : index
// CHECK: %[[S:.*]] = tensor.extract %[[I]][%[[ROW]], %{{.*}}] : tensor<5x1xi32>
// CHECK: %[[SI:.*]] = arith.index_cast %[[S]] : i32 to index
// CHECK: arith.cmpi sge, %[[SI]], %{{.*}} : index
// CHECK: arith.cmpi sle, %[[SI]], %{{.*}} : index
// CHECK: %[[NEW:.*]] = scf.if %{{.*}} -> (tensor<10x6xf32>) {
// CHECK: %[[OLD:.*]] = tensor.extract %[[ACC]][%[[SI]], %{{.*}}] : tensor<10x6xf32>
// CHECK: %[[UP:.*]] = tensor.extract %[[U]][%[[ROW]], %[[COL]]] : tensor<5x6xf32>
// CHECK: %[[SUM:.*]] = arith.addf %[[OLD]], %[[UP]] : f32
// CHECK: %[[INS:.*]] = tensor.insert %[[SUM]] into %[[ACC]][%[[SI]], %{{.*}}] : tensor<10x6xf32>
// CHECK: scf.yield %[[INS]] : tensor<10x6xf32>
// CHECK: } else {
// CHECK: scf.yield %[[ACC]] : tensor<10x6xf32>
// CHECK: scf.yield %[[NEW]] : tensor<10x6xf32>
// CHECK: return %[[R]]
func.func @scatter_add(%t: tensor<10x6xf32>, %i: tensor<5x1xi32>, %u: tensor<5x6xf32>) -> tensor<10x6xf32> {
  %0 = "stablehlo.scatter"(%t, %i, %u) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false}> ({
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "stablehlo.return"(%s) : (tensor<f32>) -> ()
  }) : (tensor<10x6xf32>, tensor<5x1xi32>, tensor<5x6xf32>) -> tensor<10x6xf32>
  "func.return"(%0) : (tensor<10x6xf32>) -> ()
}

// -----

// A scatter that overwrites (the body returns the update), with an unsigned index vector.
// CHECK-LABEL: func.func @scatter_set(
// CHECK: tensor.extract %{{.*}} : tensor<2x2xi32>
// CHECK: arith.index_castui
// CHECK: %[[UP:.*]] = tensor.extract %{{.*}} : tensor<2xi32>
// CHECK: tensor.insert %[[UP]] into
func.func @scatter_set(%t: tensor<4x4xi32>, %i: tensor<2x2xui32>, %u: tensor<2xi32>) -> tensor<4x4xi32> {
  %0 = "stablehlo.scatter"(%t, %i, %u) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>}> ({
  ^bb0(%a: tensor<i32>, %b: tensor<i32>):
    "stablehlo.return"(%b) : (tensor<i32>) -> ()
  }) : (tensor<4x4xi32>, tensor<2x2xui32>, tensor<2xi32>) -> tensor<4x4xi32>
  "func.return"(%0) : (tensor<4x4xi32>) -> ()
}
