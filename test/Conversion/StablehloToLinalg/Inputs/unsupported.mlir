// A supported op, a call and an op without conversion: remat-import-stablehlo must fail and
// leave the module unchanged.
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.add"(%x, %x) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = "func.call"(%0) <{callee = @negated}> : (tensor<2xf32>) -> tensor<2xf32>
  %2 = "stablehlo.fft"(%1) <{fft_length = array<i64: 2>, fft_type = #stablehlo<fft_type FFT>}> : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%2) : (tensor<2xf32>) -> ()
}
func.func private @negated(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.negate"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  "func.return"(%0) : (tensor<2xf32>) -> ()
}
