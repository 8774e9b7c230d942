// RUN: remat-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics \
// RUN:   --remat-plan="pure-ops=f.*,b.* budget=2KiB" %s
// RUN: not remat-opt --allow-unregistered-dialect --remat-plan="budget=lots" %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADBUDGET
// RUN: not remat-opt --allow-unregistered-dialect --remat-plan="budget=0%" %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADPERCENT
// RUN: not remat-opt --allow-unregistered-dialect --remat-plan="strategy=revolve" %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRATEGY
// RUN: not remat-opt --allow-unregistered-dialect --remat-plan="memory-steps=0" %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STEPS
// RUN: not remat-opt --allow-unregistered-dialect --remat-plan="strategy=sqrt" %s -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SQRT

// BADBUDGET: error: budget 'lots' is not a byte count; write e.g. 1048576, 512KiB, 1.5GiB or 50%
// BADPERCENT: error: budget '0%' is not a percentage in (0, 1000]; write e.g. 50%
// STRATEGY: error: unknown strategy 'revolve'; expected one of none, sqrt, greedy, dp
// STEPS: error: memory-steps=0 is out of range; use 1..1000000 (default 1000)
// Without pure-ops the unregistered ops cannot be rerun, and sqrt must rerun stages.
// SQRT: error: strategy sqrt must recompute the stage of this op, which cannot be rerun: 'f.a' is not a known side-effect-free op (declare it with pure-ops=f.a if rerunning it is safe); use strategy=dp, or mark the op remat.policy = #remat.policy<save>

// The four 1 KiB activations of plan.mlir: no plan fits in 2 KiB, and the error names the
// least peak a plan of the strategy reaches (the value being differentiated, two gradients and
// the loss).
// expected-error @+1 {{budget 2.0 KiB (2048 bytes) is below the minimum feasible 3.0 KiB (3076 bytes) for @chain (strategy dp)}}
func.func @chain(%x: tensor<256xf32>) -> (tensor<f32>, tensor<256xf32>) {
  %a = "f.a"(%x) : (tensor<256xf32>) -> tensor<256xf32>
  %b = "f.b"(%a) : (tensor<256xf32>) -> tensor<256xf32>
  %c = "f.c"(%b) : (tensor<256xf32>) -> tensor<256xf32>
  %d = "f.d"(%c) : (tensor<256xf32>) -> tensor<256xf32>
  %l = "f.loss"(%d) : (tensor<256xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) : (tensor<f32>) -> tensor<256xf32>
  %gd = "b.gd"(%gl, %d) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  %gc = "b.gc"(%gd, %c) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  %gb = "b.gb"(%gc, %b) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  %ga = "b.ga"(%gb, %a) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  return %l, %ga : tensor<f32>, tensor<256xf32>
}
