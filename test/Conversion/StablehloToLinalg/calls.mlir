// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo -split-input-file %s | FileCheck %s
// RUN: remat-opt --allow-unregistered-dialect --remat-import-stablehlo=inline-calls=false -split-input-file %s | FileCheck %s --check-prefix=KEEP

// By default calls to functions of the module that have a body are inlined, callees first
// (@outer calls @inner), multi-result calls included, and private functions left without
// callers are erased. Public functions stay; calls to declarations stay.
// CHECK-LABEL: func.func public @main(
// CHECK-SAME: %[[X:.*]]: tensor<4xf32>)
// CHECK-NOT: call @outer
// CHECK-NOT: call @inner
// CHECK: linalg.generic {{.*}} ins(%[[X]] : tensor<4xf32>)
// CHECK: math.tanh
// CHECK: arith.negf
// CHECK: %[[EXT:.*]] = call @external(%{{.*}}) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[EXT]] : tensor<4xf32>)
// CHECK-NEXT: ^bb0
// CHECK-NEXT: math.exp
// CHECK-NOT: func.func private @outer
// CHECK-NOT: func.func private @inner
// CHECK: func.func @exp_public(
// CHECK: func.func private @external(tensor<4xf32>) -> tensor<4xf32>
//
// With inline-calls=false every function is kept and converted.
// KEEP-LABEL: func.func public @main(
// KEEP: %[[R:.*]]:2 = call @outer(%{{.*}}) : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi32>)
// KEEP: call @external(%[[R]]#0)
// KEEP: call @exp_public(
// KEEP: func.func private @outer(%{{.*}}: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi32>)
// KEEP: call @inner
// KEEP: func.func private @inner(
// KEEP: math.tanh
// KEEP-NOT: stablehlo
"builtin.module"() ({
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%x: tensor<4xf32>):
    %0:2 = "func.call"(%x) <{callee = @outer}> : (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xui32>)
    %1 = "func.call"(%0#0) <{callee = @external}> : (tensor<4xf32>) -> tensor<4xf32>
    %2 = "func.call"(%1) <{callee = @exp_public}> : (tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%2) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> (tensor<4xf32>, tensor<4xui32>), sym_name = "outer", sym_visibility = "private"}> ({
  ^bb0(%a: tensor<4xf32>):
    %t = "func.call"(%a) <{callee = @inner}> : (tensor<4xf32>) -> tensor<4xf32>
    %n = "stablehlo.negate"(%t) : (tensor<4xf32>) -> tensor<4xf32>
    %i = "stablehlo.convert"(%n) : (tensor<4xf32>) -> tensor<4xui32>
    "func.return"(%n, %i) : (tensor<4xf32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "inner", sym_visibility = "private"}> ({
  ^bb0(%a: tensor<4xf32>):
    %t = "stablehlo.tanh"(%a) : (tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%t) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "exp_public"}> ({
  ^bb0(%a: tensor<4xf32>):
    %t = "stablehlo.exponential"(%a) : (tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%t) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<4xf32>) -> tensor<4xf32>, sym_name = "external", sym_visibility = "private"}> ({
  }) : () -> ()
}) : () -> ()

// -----

// optimization_barrier only orders XLA's scheduling: its operands pass through.
// CHECK-LABEL: func.func @barrier(
// CHECK-SAME: %[[A:.*]]: tensor<2xf32>, %[[B:.*]]: tensor<i32>)
// CHECK-NEXT: return %[[A]], %[[B]] : tensor<2xf32>, tensor<i32>
func.func @barrier(%a: tensor<2xf32>, %b: tensor<i32>) -> (tensor<2xf32>, tensor<i32>) {
  %0:2 = "stablehlo.optimization_barrier"(%a, %b) : (tensor<2xf32>, tensor<i32>) -> (tensor<2xf32>, tensor<i32>)
  "func.return"(%0#0, %0#1) : (tensor<2xf32>, tensor<i32>) -> ()
}

// -----

// A composite is a call of its decomposition, inlined like any call.
// CHECK-LABEL: func.func @composite(
// CHECK-NOT: call
// CHECK: math.tanh
// CHECK-NOT: func.func private @decomposition
// KEEP-LABEL: func.func @composite(
// KEEP: call @decomposition(%{{.*}}) : (tensor<3xf32>) -> tensor<3xf32>
// KEEP: func.func private @decomposition(
func.func @composite(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "stablehlo.composite"(%x) <{composite_attributes = {approximate = true}, decomposition = @decomposition, name = "test.tanh", version = 1 : i32}> : (tensor<3xf32>) -> tensor<3xf32>
  "func.return"(%0) : (tensor<3xf32>) -> ()
}
func.func private @decomposition(%x: tensor<3xf32>) -> tensor<3xf32> {
  %0 = "stablehlo.tanh"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  "func.return"(%0) : (tensor<3xf32>) -> ()
}
