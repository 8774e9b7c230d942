// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// slice: tensor.extract_slice with the strides; the result size is ceil((limit - start) / stride).
// CHECK-LABEL: func.func @slice(
// CHECK-SAME: %[[T:.*]]: tensor<5x6xf32>)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[T]][1, 2] [2, 2] [2, 3] : tensor<5x6xf32> to tensor<2x2xf32>
// CHECK: %[[U:.*]] = tensor.extract_slice %[[T]][0, 0] [1, 6] [1, 1] : tensor<5x6xf32> to tensor<1x6xf32>
// CHECK: return %[[S]], %[[U]]
func.func @slice(%t: tensor<5x6xf32>) -> (tensor<2x2xf32>, tensor<1x6xf32>) {
  %0 = "stablehlo.slice"(%t) <{limit_indices = array<i64: 5, 6>, start_indices = array<i64: 1, 2>, strides = array<i64: 2, 3>}> : (tensor<5x6xf32>) -> tensor<2x2xf32>
  %1 = "stablehlo.slice"(%t) <{limit_indices = array<i64: 1, 6>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<5x6xf32>) -> tensor<1x6xf32>
  "func.return"(%0, %1) : (tensor<2x2xf32>, tensor<1x6xf32>) -> ()
}

// -----

// dynamic_slice with constant start indices: clamped to [0, dim - size] at conversion time
// (-7 -> 0, 100 -> 6 - 3 = 3).
// CHECK-LABEL: func.func @dynamic_slice_constant(
// CHECK-SAME: %[[T:.*]]: tensor<5x6xf32>)
// CHECK: %[[S:.*]] = tensor.extract_slice %[[T]][0, 3] [2, 3] [1, 1] : tensor<5x6xf32> to tensor<2x3xf32>
// CHECK: return %[[S]]
func.func @dynamic_slice_constant(%t: tensor<5x6xf32>) -> tensor<2x3xf32> {
  %c = "stablehlo.constant"() <{value = dense<-7> : tensor<i32>}> : () -> tensor<i32>
  %d = "stablehlo.constant"() <{value = dense<100> : tensor<i64>}> : () -> tensor<i64>
  %0 = "stablehlo.dynamic_slice"(%t, %c, %d) <{slice_sizes = array<i64: 2, 3>}> : (tensor<5x6xf32>, tensor<i32>, tensor<i64>) -> tensor<2x3xf32>
  "func.return"(%0) : (tensor<2x3xf32>) -> ()
}

// -----

// Start indices known only at run time are clamped with index arithmetic; an unsigned index is
// zero-extended.
// CHECK-LABEL: func.func @dynamic_slice_runtime(
// CHECK-SAME: %[[T:.*]]: tensor<5x6xf32>, %[[I:.*]]: tensor<i32>, %[[U:.*]]: tensor<i32>)
// CHECK: %[[IV:.*]] = tensor.extract %[[I]][] : tensor<i32>
// CHECK: %[[II:.*]] = arith.index_cast %[[IV]] : i32 to index
// CHECK: %[[I0:.*]] = arith.maxsi %[[II]], %{{.*}} : index
// CHECK: %[[I1:.*]] = arith.minsi %[[I0]], %{{.*}} : index
// CHECK: %[[UV:.*]] = tensor.extract %[[U]][] : tensor<i32>
// CHECK: %[[UI:.*]] = arith.index_castui %[[UV]] : i32 to index
// CHECK: %[[U0:.*]] = arith.maxsi %[[UI]], %{{.*}} : index
// CHECK: %[[U1:.*]] = arith.minsi %[[U0]], %{{.*}} : index
// CHECK: tensor.extract_slice %[[T]][%[[I1]], %[[U1]]] [2, 3] [1, 1] : tensor<5x6xf32> to tensor<2x3xf32>
func.func @dynamic_slice_runtime(%t: tensor<5x6xf32>, %i: tensor<i32>, %u: tensor<ui32>) -> tensor<2x3xf32> {
  %0 = "stablehlo.dynamic_slice"(%t, %i, %u) <{slice_sizes = array<i64: 2, 3>}> : (tensor<5x6xf32>, tensor<i32>, tensor<ui32>) -> tensor<2x3xf32>
  "func.return"(%0) : (tensor<2x3xf32>) -> ()
}

// -----

// dynamic_update_slice: tensor.insert_slice at the clamped start.
// CHECK-LABEL: func.func @dynamic_update_slice(
// CHECK-SAME: %[[T:.*]]: tensor<5x6xf32>, %[[UPD:.*]]: tensor<2x2xf32>, %[[I:.*]]: tensor<i32>)
// CHECK: %[[IV:.*]] = tensor.extract %[[I]][] : tensor<i32>
// CHECK: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[J:.*]] = arith.minsi %{{.*}}, %[[C4]] : index
// CHECK: tensor.insert_slice %[[UPD]] into %[[T]][3, %[[J]]] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<5x6xf32>
func.func @dynamic_update_slice(%t: tensor<5x6xf32>, %upd: tensor<2x2xf32>, %i: tensor<i32>) -> tensor<5x6xf32> {
  %d = "stablehlo.constant"() <{value = dense<100> : tensor<i32>}> : () -> tensor<i32>
  %0 = "stablehlo.dynamic_update_slice"(%t, %upd, %d, %i) : (tensor<5x6xf32>, tensor<2x2xf32>, tensor<i32>, tensor<i32>) -> tensor<5x6xf32>
  "func.return"(%0) : (tensor<5x6xf32>) -> ()
}
