// RUN: remat-opt --allow-unregistered-dialect --remat-plan="pure-ops=f.*,b.* chain=%t.json print=true" \
// RUN:   %s -o /dev/null 2>&1 | FileCheck %s
// RUN: FileCheck %s --check-prefix=CHAIN < %t.json
// RUN: remat-solve %t.json --compact | FileCheck %s --check-prefix=SOLVE
// RUN: remat-opt --allow-unregistered-dialect \
// RUN:   --remat-plan="pure-ops=f.*,b.* chain=%t.pre.json preallocated-results=true print=true" \
// RUN:   %s -o /dev/null 2>&1 | FileCheck %s --check-prefix=PRE
// RUN: FileCheck %s --check-prefix=PRE-CHAIN < %t.pre.json
// The remat pipeline passes the option on.
// RUN: remat-opt --allow-unregistered-dialect \
// RUN:   --remat="pure-ops=f.*,b.* preallocated-results=true report=%t.pipeline.json" %s -o /dev/null
// RUN: FileCheck %s --check-prefix=PRE-REPORT < %t.pipeline.json

// Besides its output and its activations, each stage tells the planner the memory it needs
// only while it runs and what its backward leaves behind:
// * forward temporaries: stage 1's %t (4096 bytes) is read by no backward op, so it is live
//   only while stage 1 runs forward;
// * backward temporaries: stage 0's backward holds %big and %ga at once (9216 bytes), of which
//   the result %gw's 1024 bytes are counted as results and the rest (8192) as temporaries;
// * results: %gw is returned (a parameter gradient) and stays live until the step ends.

// CHECK: remark: stage 0: ops 0..0, {{.*}}, forward temporaries 0 bytes, backward temporaries 8192 bytes, results 1024 bytes
// CHECK: remark: stage 1: ops 1..2, {{.*}}, forward temporaries 4096 bytes, backward temporaries 0 bytes, results 0 bytes
// CHECK: remark: stage 2: ops 3..3, {{.*}}, forward temporaries 0 bytes, backward temporaries 0 bytes, results 0 bytes
// CHECK: remark: @step: 3 stages {{.*}}: peak 10244 -> 10244 bytes
func.func @step(%x: tensor<256xf32>, %w: tensor<256xf32>) -> (tensor<f32>, tensor<256xf32>) {
  %a = "f.a"(%x, %w) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  %t = "f.t"(%a) : (tensor<256xf32>) -> tensor<1024xf32>
  %b = "f.b"(%t, %a) : (tensor<1024xf32>, tensor<256xf32>) -> tensor<256xf32>
  %l = "f.loss"(%b) : (tensor<256xf32>) -> tensor<f32>
  %gl = "b.gl"(%l, %b) : (tensor<f32>, tensor<256xf32>) -> tensor<256xf32>
  %big = "b.big"(%gl, %a) : (tensor<256xf32>, tensor<256xf32>) -> tensor<2048xf32>
  %ga = "b.ga"(%big) : (tensor<2048xf32>) -> tensor<256xf32>
  %gw = "b.gw"(%ga, %x) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  return %l, %gw : tensor<f32>, tensor<256xf32>
}

// The chain carries them as of, ob and gout.
// CHAIN:      "stages": [
// CHAIN-NEXT:   {
// CHAIN-NEXT:     "a": 1024,
// CHAIN-NEXT:     "abar": 1024,
// CHAIN-NEXT:     "b": 2560,
// CHAIN-NEXT:     "f": 256,
// CHAIN-NEXT:     "gout": 1024,
// CHAIN-NEXT:     "ob": 8192
// CHAIN-NEXT:   },
// CHAIN-NEXT:   {
// CHAIN-NEXT:     "a": 1024,
// CHAIN-NEXT:     "abar": 1024,
// CHAIN-NEXT:     "b": 0,
// CHAIN-NEXT:     "f": 1280,
// CHAIN-NEXT:     "of": 4096
// CHAIN-NEXT:   },

// Keeping everything, the chain model's peak is at stage 0's backward: the activations of
// stage 0 and the gradient of its output (1024 bytes each) next to all that the backward
// writes (8192 + 1024 bytes). It is an upper bound: on the IR, %big is dead before %gw is
// written, and the step's peak is 10244 bytes.
// SOLVE: "feasible":true
// SOLVE-SAME: "peak_bytes":11264

// With preallocated-results (XLA allocates a step's outputs before it runs), %gw's buffer is
// live from the first op: the peak grows by its 1024 bytes, and the chain carries the results
// as resident bytes instead of gout.
// PRE: remark: stage 0: {{.*}}, backward temporaries 8192 bytes, results 1024 bytes
// PRE: remark: @step: 3 stages {{.*}}: peak 11268 -> 11268 bytes
// PRE-CHAIN: "input_bytes": 1024,
// PRE-CHAIN-NOT: "gout"
// PRE-REPORT: "peak_bytes_before": 11268
