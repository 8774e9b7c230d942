// RUN: remat-opt --allow-unregistered-dialect --split-input-file \
// RUN:   --remat-plan="pure-ops=f.*,b.* print=true" %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOBUDGET
// RUN: remat-opt --allow-unregistered-dialect --split-input-file \
// RUN:   --remat-plan="pure-ops=f.*,b.* budget=100%" %s | FileCheck %s --check-prefix=FULL
// RUN: remat-opt --allow-unregistered-dialect --split-input-file \
// RUN:   --remat-plan="pure-ops=f.*,b.* budget=60%" --remat-apply="pure-ops=f.*,b.*" \
// RUN:   --remat-annotate-lifetimes %s | FileCheck %s --check-prefix=TIGHT

// A chain of four 1 KiB activations; the backward of stage k reads stage k's value.
// Live bytes before planning peak at "b.gd": the four activations, the loss and two
// gradients: 6 KiB + 4 bytes = 6148 bytes.

// Stages end at each articulation: a, b, c, d, and the loss.
// NOBUDGET: remark: stage 0: ops 0..0, forward 256 FLOPs, output 1024 bytes, saved 1024 bytes
// NOBUDGET: remark: stage 1: ops 1..1, forward 256 FLOPs, output 1024 bytes, saved 1024 bytes
// NOBUDGET: remark: stage 2: ops 2..2, forward 256 FLOPs, output 1024 bytes, saved 1024 bytes
// NOBUDGET: remark: stage 3: ops 3..3, forward 256 FLOPs, output 1024 bytes, saved 1024 bytes
// NOBUDGET: remark: stage 4: ops 4..4, forward 1 FLOPs, output 4 bytes, saved 4 bytes
// NOBUDGET: remark: @chain: 5 stages (5 articulations, 0 interleaved); strategy dp, budget none: peak 6148 -> 4100 bytes, recompute 512 FLOPs in 2 recomputations

// With the whole peak as budget, nothing is recomputed and everything is saved.
// FULL-LABEL: func.func @chain
// FULL-SAME: remat.plan = #remat.plan<strategy = "dp", budget = 6148, peak_before = 6148, peak_after = 6148, forward_flops = 1025, recompute_flops = 0>
// FULL-SAME: remat.schedule = #remat.schedule<[fa 0, fa 1, fa 2, fa 3, fa 4, b 4, b 3, b 2, b 1, b 0]>
// FULL: "f.a"{{.*}}remat.policy = #remat.policy<save>, remat.stage = 0 : i64
// FULL: "b.gd"{{.*}}remat.stage = 3 : i64

// Under 60% (3688 bytes) no checkpoint fits beside the two gradients and the value being
// differentiated, so each stage is recomputed from the input (Revolve with one slot). The
// rewritten function's measured peak is exactly the plan's prediction: three 1 KiB tensors and
// the loss.
// TIGHT-LABEL: func.func @chain
// TIGHT-SAME: remat.memory = #remat.memory<peak_bytes = [[PEAK:3076]],
// TIGHT-SAME: remat.plan = #remat.plan<strategy = "dp", budget = 3688, peak_before = 6148, peak_after = [[PEAK]], forward_flops = 1025, recompute_flops = 2560>
// TIGHT-SAME: remat.schedule = #remat.schedule<[fc 0, fn 1, fn 2, fn 3, fa 4, b 4, fc 0, fn 1, fn 2, fa 3, b 3, fc 0, fn 1, fa 2, b 2, fc 0, fa 1, b 1, fa 0, b 0]>
// TIGHT-COUNT-10: remat.recomputed =
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
