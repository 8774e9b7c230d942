// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s

// Sharding annotations move no data on one device: GSPMD custom calls, memory-space
// annotations and Shardy constraints pass their operand through; meshes are dropped.
// CHECK-LABEL: module
// CHECK-NOT: sdy.mesh
// CHECK-LABEL: func.func @annotations(
// CHECK-SAME: %[[X:.*]]: tensor<4x2xf32>)
// CHECK: %[[Y:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<4x2xf32>)
// CHECK: math.exp
// CHECK: return %[[Y]] : tensor<4x2xf32>
"sdy.mesh"() <{mesh = #sdy.mesh<["x"=1]>, sym_name = "mesh"}> : () -> ()
func.func @annotations(%x: tensor<4x2xf32>) -> tensor<4x2xf32> {
  %0 = "stablehlo.custom_call"(%x) <{call_target_name = "Sharding"}> {mhlo.sharding = "{replicated}"} : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %1 = "stablehlo.custom_call"(%0) <{call_target_name = "SPMDFullToShardShape"}> : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %2 = "stablehlo.custom_call"(%1) <{call_target_name = "SPMDShardToFullShape"}> : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %3 = "sdy.sharding_constraint"(%2) <{sharding = #sdy.sharding<@mesh, [{}, {}]>}> : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %4 = "stablehlo.custom_call"(%3) <{call_target_name = "MoveToDevice"}> : (tensor<4x2xf32>) -> tensor<4x2xf32>
  %5 = "stablehlo.exponential"(%4) : (tensor<4x2xf32>) -> tensor<4x2xf32>
  "func.return"(%5) : (tensor<4x2xf32>) -> ()
}
