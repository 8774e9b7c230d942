// RUN: remat-opt --allow-unregistered-dialect --remat-plan="pure-ops=f.*,b.* chain=%t.json" %s \
// RUN:   | FileCheck %s
// RUN: remat-solve %t.json --compact | FileCheck %s --check-prefix=SOLVE
// RUN: FileCheck %s --check-prefix=CHAIN < %t.json
// The remat pipeline passes chain= on to remat-plan.
// RUN: remat-opt --allow-unregistered-dialect --remat="pure-ops=f.*,b.* chain=%t.pipeline.json" %s -o /dev/null
// RUN: FileCheck %s --check-prefix=CHAIN < %t.pipeline.json

// A ReLU's mask, as JAX writes it: compare(x, splat 0), placed by the schedule after the next
// stage and read only by the backward. It joins the stage of x, whose output it derives from;
// the splat, computed from constants alone, follows its user. Were the splat left where the
// schedule put it (stage 2), the mask would follow it there, and recomputing stage 2 would read
// x, two stages back, keeping it live from the forward pass to the backward.

// CHECK-LABEL: func.func @relu_mask
// CHECK: "f.a"(%arg0) {{.*}}remat.stage = 0
// CHECK: "f.relu"({{.*}}remat.stage = 1
// CHECK: "f.c"({{.*}}remat.stage = 2
// CHECK: %[[Z:.*]] = linalg.fill {{.*}}remat.stage = 0
// CHECK: "f.gt"({{.*}}, %[[Z]]) {{.*}}remat.stage = 0
func.func @relu_mask(%x: tensor<256xf32>) -> (tensor<f32>, tensor<256xf32>) {
  %a = "f.a"(%x) : (tensor<256xf32>) -> tensor<256xf32>
  %r = "f.relu"(%a) : (tensor<256xf32>) -> tensor<256xf32>
  %c = "f.c"(%r) : (tensor<256xf32>) -> tensor<256xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<256xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<256xf32>) -> tensor<256xf32>
  %mask = "f.gt"(%a, %z) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xi1>
  %l = "f.loss"(%c) : (tensor<256xf32>) -> tensor<f32>
  %gl = "b.gl"(%l) : (tensor<f32>) -> tensor<256xf32>
  %gc = "b.gc"(%gl, %r) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  %gr = "b.gr"(%gc, %mask) : (tensor<256xf32>, tensor<256xi1>) -> tensor<256xf32>
  %ga = "b.ga"(%gr, %x) : (tensor<256xf32>, tensor<256xf32>) -> tensor<256xf32>
  return %l, %ga : tensor<f32>, tensor<256xf32>
}

// chain= writes the planner's input for remat-solve: the stages, the strategy and the options.
// CHAIN: "stages": [
// CHAIN-NEXT: {
// CHAIN-NEXT:   "a": 1024,
// CHAIN-NEXT:   "abar": 1024,
// CHAIN: "strategy": "dp"
// SOLVE: "feasible":true
