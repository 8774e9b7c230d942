// RUN: remat-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics \
// RUN:   --remat-annotate-lifetimes %s
// RUN: not remat-opt --allow-unregistered-dialect --remat-annotate-lifetimes %s -o /dev/null 2>/dev/null

func.func @dynamic(%x: tensor<4xf32>) -> (tensor<f32>, tensor<?xf32>) {
  // expected-error @+1 {{result #0 has dynamic shape 'tensor<?xf32>'; remat plans static shapes only: specialize the shapes (e.g. jit with concrete input shapes) before running remat}}
  %0 = "test.grow"(%x) : (tensor<4xf32>) -> tensor<?xf32>
  %l = "test.sum"(%0) : (tensor<?xf32>) -> tensor<f32>
  return %l, %0 : tensor<f32>, tensor<?xf32>
}

// -----

// expected-error @+1 {{argument #1 has dynamic shape 'tensor<4x?xf32>'; remat plans static shapes only}}
func.func @dynamic_argument(%x: tensor<4xf32>, %y: tensor<4x?xf32>) -> tensor<f32> {
  %l = "test.sum"(%x) : (tensor<4xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

// -----

func.func @unranked(%x: tensor<4xf32>) -> tensor<f32> {
  // expected-error @+1 {{result #0 has unranked type 'tensor<*xf32>'; remat needs ranked, static shapes: give the value a ranked type (e.g. refine shapes before export)}}
  %0 = "test.cast"(%x) : (tensor<4xf32>) -> tensor<*xf32>
  %l = "test.sum"(%0) : (tensor<*xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

// -----

// expected-error @+1 {{@blocks has 2 blocks; remat needs a single-block body: lift control flow into structured ops (e.g. -lift-cf-to-scf) first}}
func.func @blocks(%x: tensor<4xf32>) -> tensor<f32> {
  cf.br ^bb1
^bb1:
  %l = "test.sum"(%x) : (tensor<4xf32>) -> tensor<f32>
  return %l : tensor<f32>
}

// -----

// expected-error @+1 {{@no_results has no results, so there is no loss: remat expects a training step that returns (loss, gradients...)}}
func.func @no_results(%x: tensor<4xf32>) {
  "test.effect"(%x) : (tensor<4xf32>) -> ()
  return
}

// -----

// expected-error @+1 {{loss-result=0 names a result that is a function argument}}
func.func @loss_is_argument(%x: tensor<f32>) -> tensor<f32> {
  return %x : tensor<f32>
}

// -----

// The remaining cases need options: see errors-options.mlir.
