// RUN: remat-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics \
// RUN:   --remat-apply %s
// RUN: not remat-opt --allow-unregistered-dialect --remat-apply %s -o /dev/null 2>/dev/null

// expected-error @+1 {{@no_plan has no plan (remat.schedule): run remat-plan first, or the remat pipeline}}
func.func @no_plan(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>) {
  %a = "f.a"(%x) : (tensor<16xf32>) -> tensor<16xf32>
  %l = "f.loss"(%a) : (tensor<16xf32>) -> tensor<f32>
  %g = "b.g"(%l, %a) : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

// An unregistered op that is not known to be free of side effects is never rerun.
func.func @unknown_op(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, b 1, fa 0, b 0]>} {
  // expected-error @+1 {{the plan recomputes stage 0, but this op cannot be rerun: 'f.a' is not a known side-effect-free op (declare it with pure-ops=f.a if rerunning it is safe); mark it remat.policy = #remat.policy<save> and plan again}}
  %a = "f.a"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "f.loss"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %g = "b.g"(%l, %a) {remat.stage = 0} : (tensor<f32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

// A call to a function whose body is elsewhere may do anything: it is never rerun.
func.func private @sample(tensor<16xf32>) -> tensor<16xf32>
func.func @side_effects(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, b 1, fa 0, b 0]>} {
  // expected-error @+1 {{the plan recomputes stage 0, but this op cannot be rerun: 'func.call' calls @sample, whose body is not in the module}}
  %a = func.call @sample(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.tanh"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %g = "stablehlo.add"(%a, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

// A registered op with memory effects.
func.func @effects(%x: tensor<16xf32>, %m: memref<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, b 1, fa 0, b 0]>} {
  // expected-error @+1 {{the plan recomputes stage 0, but this op cannot be rerun: 'bufferization.to_tensor' has side effects or is random}}
  %a = bufferization.to_tensor %m restrict {remat.stage = 0} : memref<16xf32> to tensor<16xf32>
  %l = "stablehlo.tanh"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %g = "stablehlo.add"(%a, %a) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

func.func @applied_twice(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fn 0, fa 1, b 1, fa 0, b 0]>} {
  %a = "stablehlo.tanh"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.tanh"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  // expected-error @+1 {{@applied_twice already contains recomputed clones (remat.recomputed): a plan is applied once; run remat-strip on the original step and plan again}}
  %a1 = "stablehlo.tanh"(%x) {remat.stage = 0, remat.recomputed = 1} : (tensor<16xf32>) -> tensor<16xf32>
  %g = "stablehlo.add"(%a1, %a1) {remat.stage = 0} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

func.func @missing_stage(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fa 0, fa 1, b 1, b 0]>} {
  %a = "stablehlo.tanh"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.tanh"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  // expected-error @+1 {{op has no remat.stage, so the plan does not cover it; run remat-plan on the function as it is now}}
  %g = "stablehlo.add"(%a, %a) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

func.func @stage_out_of_range(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fa 0, fa 1, b 1, b 0]>} {
  %a = "stablehlo.tanh"(%x) {remat.stage = 0} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.tanh"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  // expected-error @+1 {{remat.stage = 5 but the plan's schedule has 2 stage(s); run remat-plan again}}
  %g = "stablehlo.add"(%a, %a) {remat.stage = 5} : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}

// -----

func.func @hint_not_rerunnable(%x: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>)
    attributes {remat.schedule = #remat.schedule<[fa 0, fa 1, b 1, b 0]>} {
  // expected-error @+1 {{this op is marked remat.policy = #remat.policy<recompute> but cannot be rerun: 'f.a' is not a known side-effect-free op (declare it with pure-ops=f.a if rerunning it is safe); mark it #remat.policy<save> instead}}
  %a = "f.a"(%x) {remat.stage = 0, remat.policy = #remat.policy<recompute>} : (tensor<16xf32>) -> tensor<16xf32>
  %l = "stablehlo.tanh"(%a) {remat.stage = 1} : (tensor<16xf32>) -> tensor<f32>
  %g = "stablehlo.add"(%a, %l) {remat.stage = 0} : (tensor<16xf32>, tensor<f32>) -> tensor<16xf32>
  return %l, %g : tensor<f32>, tensor<16xf32>
}
