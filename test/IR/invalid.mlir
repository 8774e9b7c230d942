// RUN: remat-opt %s -split-input-file -verify-diagnostics --allow-unregistered-dialect

func.func @unknown_name(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{unknown remat attribute 'remat.bogus'; the remat dialect defines remat.lifetime, remat.phase, remat.policy, remat.recomputed, remat.memory, remat.plan, remat.schedule, remat.stage}}
  %0 = math.tanh %x {remat.bogus = 1 : i64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @policy_not_policy(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.policy' must be #remat.policy<save> or #remat.policy<recompute>, got "save"}}
  %0 = math.tanh %x {remat.policy = "save"} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @policy_wrong_attr(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.policy' must be #remat.policy<save> or #remat.policy<recompute>, got #remat.phase<forward>}}
  %0 = math.tanh %x {remat.policy = #remat.phase<forward>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @phase_wrong(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.phase' must be #remat.phase<forward> or #remat.phase<backward>, got 1 : i64}}
  %0 = "test.op"(%x) {remat.phase = 1} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @recomputed_zero(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.recomputed' must be a positive integer (the recomputation level), got 0 : i64}}
  %0 = math.tanh %x {remat.recomputed = 0 : i64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @recomputed_float(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.recomputed' must be a positive integer (the recomputation level), got 1.000000e+00 : f32}}
  %0 = math.tanh %x {remat.recomputed = 1.0 : f32} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @lifetime_wrong_kind(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.lifetime' must be a #remat.lifetime<...> attribute, got #remat.policy<save>}}
  %0 = math.tanh %x {remat.lifetime = #remat.policy<save>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @lifetime_order(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{remat.lifetime: 'last_bwd' (3) must not precede 'first_bwd' (5)}}
  %0 = math.tanh %x {remat.lifetime = #remat.lifetime<def = 0, last_fwd = 1, first_bwd = 5, last_bwd = 3, bytes = 16>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @lifetime_bwd_before_def(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{remat.lifetime: 'first_bwd' (2) must come after 'def' (2)}}
  %0 = math.tanh %x {remat.lifetime = #remat.lifetime<def = 2, last_fwd = -1, first_bwd = 2, last_bwd = 3, bytes = 16>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @lifetime_negative_bytes(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{remat.lifetime: 'bytes' must be >= 0, got -4}}
  %0 = math.tanh %x {remat.lifetime = #remat.lifetime<def = 0, last_fwd = -1, first_bwd = 1, last_bwd = 1, bytes = -4>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @lifetime_missing_field(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{expected ','}}
  %0 = math.tanh %x {remat.lifetime = #remat.lifetime<def = 0, last_fwd = -1, first_bwd = 1, last_bwd = 1>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @policy_unknown_case(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+2 {{expected ::mlir::remat::Policy to be one of: save, recompute}}
  // expected-error @+1 {{failed to parse Remat_PolicyAttr parameter 'value'}}
  %0 = math.tanh %x {remat.policy = #remat.policy<keep>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// expected-error @+1 {{'remat.policy' belongs on an op inside the function body, not on the function itself}}
func.func @policy_on_function(%x: tensor<4xf32>) -> tensor<4xf32> attributes {remat.policy = #remat.policy<save>} {
  return %x : tensor<4xf32>
}

// -----

func.func @plan_on_op(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.plan' belongs on a function (e.g. func.func); move it there or run remat-strip}}
  %0 = math.tanh %x {remat.plan = #remat.plan<strategy = "dp", budget = 1, peak_before = 1, peak_after = 1, forward_flops = 1, recompute_flops = 0>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// expected-error @+1 {{remat.plan: unknown strategy 'revolve'; expected one of none, sqrt, greedy, dp}}
func.func @plan_strategy(%x: tensor<4xf32>) -> tensor<4xf32> attributes {remat.plan = #remat.plan<strategy = "revolve", budget = 1, peak_before = 1, peak_after = 1, forward_flops = 1, recompute_flops = 0>} {
  return %x : tensor<4xf32>
}

// -----

// expected-error @+1 {{remat.memory: 'activation_bytes' is non-zero but 'activations' is 0}}
func.func @memory_inconsistent(%x: tensor<4xf32>) -> tensor<4xf32> attributes {remat.memory = #remat.memory<peak_bytes = 4, peak_step = 0, activations = 0, activation_bytes = 16>} {
  return %x : tensor<4xf32>
}

// -----

// expected-error @+1 {{remat.schedule: backward of stage 0 out of order; expected stage 1}}
func.func @schedule_order() attributes {remat.schedule = #remat.schedule<[fa 0, fa 1, b 0, b 1]>} {
  return
}

// -----

// expected-error @+1 {{remat.schedule: backward of stage 1 needs a preceding 'fa 1' (the latest forward run of the stage must keep its values)}}
func.func @schedule_needs_fa() attributes {remat.schedule = #remat.schedule<[fa 0, fc 1, b 1, b 0]>} {
  return
}

// -----

// expected-error @+1 {{remat.schedule: the first run of stage 2 comes before the first run of stage 1}}
func.func @schedule_first_runs() attributes {remat.schedule = #remat.schedule<[fa 0, fa 2, fa 1, b 2, b 1, b 0]>} {
  return
}

// -----

// expected-error @+1 {{remat.schedule: the backward of stage 0 is missing}}
func.func @schedule_missing_backward() attributes {remat.schedule = #remat.schedule<[fa 0, fa 1, b 1]>} {
  return
}

// -----

// expected-error @+1 {{unknown schedule step 'fx'; expected fn, fc, fa or b}}
func.func @schedule_unknown_step() attributes {remat.schedule = #remat.schedule<[fx 0]>} {
  return
}

// -----

func.func @stage_negative(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.stage' must be a non-negative integer (the stage index), got -1 : i64}}
  %0 = math.tanh %x {remat.stage = -1 : i64} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @schedule_on_op(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'remat.schedule' belongs on a function (e.g. func.func); move it there or run remat-strip}}
  %0 = math.tanh %x {remat.schedule = #remat.schedule<[fa 0, b 0]>} : tensor<4xf32>
  return %0 : tensor<4xf32>
}
