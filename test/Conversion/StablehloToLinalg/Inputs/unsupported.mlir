// A supported op, a call and an op without conversion: remat-import-stablehlo must fail and
// leave the module unchanged.
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.add"(%x, %x) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = "func.call"(%0) <{callee = @helper}> : (tensor<2xf32>) -> tensor<2xf32>
  %2 = "stablehlo.custom_call"(%1) <{call_target_name = "foo"}> : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%2) : (tensor<2xf32>) -> ()
}
func.func private @helper(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}
