// Unusable input makes remat-run exit with status 2 and a message that names what to fix;
// it never crashes.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_error_inputs.py %t
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/missing.npy %t/b.npy | FileCheck %s --check-prefix=MISSING
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a64.npy %t/b.npy | FileCheck %s --check-prefix=DTYPE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a_t.npy %t/b.npy | FileCheck %s --check-prefix=SHAPE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a.npy | FileCheck %s --check-prefix=COUNT
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s | FileCheck %s --check-prefix=NO-ARGS
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/notnpy.npy %t/b.npy | FileCheck %s --check-prefix=NOT-NPY
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --entry nosuch | FileCheck %s --check-prefix=ENTRY
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --entry hidden | FileCheck %s --check-prefix=PRIVATE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --entry brain --args %t/a.npy | FileCheck %s --check-prefix=BF16
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --entry unranked | FileCheck %s --check-prefix=UNRANKED
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --case-dir %t/only_arg0 | FileCheck %s --check-prefix=CASE-MISSING
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --case-dir %t/extra_result | FileCheck %s --check-prefix=CASE-EXTRA
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --case-dir %t/nowhere | FileCheck %s --check-prefix=CASE-DIR
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a.npy %t/b.npy --expect %t/r.npy %t/r.npy | FileCheck %s --check-prefix=EXPECT-COUNT
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a.npy %t/b.npy --expect %t/r_i32.npy | FileCheck %s --check-prefix=EXPECT-DTYPE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a.npy %t/b.npy --repeat 0 | FileCheck %s --check-prefix=REPEAT
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %S/Inputs/two-public.mlir | FileCheck %s --check-prefix=AMBIGUOUS
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %S/Inputs/plain-llvm.mlir | FileCheck %s --check-prefix=NO-SIGNATURE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %S/Inputs/broken.mlir | FileCheck %s --check-prefix=PARSE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --bogus | FileCheck %s --check-prefix=OPTION
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %t/nofile.mlir | FileCheck %s --check-prefix=NO-FILE
// RUN: %python %S/Inputs/expect_exit.py 2 remat-run %s --args %t/a_be.npy %t/b.npy | FileCheck %s --check-prefix=BIG-ENDIAN
// The good inputs run, so the failures above come from what each line changes. Fortran order
// and unsigned integers of the right width are fine too.
// RUN: remat-run %s --args %t/a.npy %t/b.npy --expect %t/r.npy | FileCheck %s --check-prefix=GOOD
// RUN: remat-run %s --args %t/a_fortran.npy %t/b_u32.npy --expect %t/r.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=GOOD

// MISSING: remat-run: error: '{{.*}}missing.npy': cannot open: No such file or directory
// DTYPE: remat-run: error: argument 0: expected tensor<2x3xf32> (float32, shape [2, 3]), got float64 array of shape [2, 3] from {{.*}}a64.npy
// SHAPE: remat-run: error: argument 0: expected tensor<2x3xf32> (float32, shape [2, 3]), got float32 array of shape [3, 2] from {{.*}}a_t.npy
// COUNT: remat-run: error: @main has 2 arguments but --args gives 1 file
// NO-ARGS: remat-run: error: @main takes 2 arguments: pass them with --args a.npy ... or --case-dir <dir>
// NOT-NPY: remat-run: error: '{{.*}}notnpy.npy': not a .npy file
// ENTRY: remat-run: error: no function @nosuch in {{.*}}errors.mlir; functions that can be run: @main, @brain, @unranked
// PRIVATE: remat-run: error: @hidden is private or only declared; remat-run calls public functions with a body: @main, @brain, @unranked
// BF16: remat-run: error: argument 0 of @brain has element type bf16, which remat-run cannot pass; supported: f16, f32, f64, i1, i8, i16, i32, i64 (signless, signed or unsigned) and index
// UNRANKED: remat-run: error: argument 0 of @unranked has type tensor<*xf32>; unranked tensors and memrefs cannot be passed, give it a rank
// CASE-MISSING: remat-run: error: case dir {{.*}}only_arg0 lacks arg1.npy (@main has 2 arguments)
// CASE-EXTRA: remat-run: error: case dir {{.*}}extra_result has result1.npy, but @main has only 1 result: is it the right entry or folder?
// CASE-DIR: remat-run: error: case dir '{{.*}}nowhere' is not a folder
// EXPECT-COUNT: remat-run: error: @main has 1 result but --expect gives 2 files
// EXPECT-DTYPE: remat-run: error: expected result 0: expected tensor<2x3xf32> (float32, shape [2, 3]), got int32 array of shape [2, 3] from {{.*}}r_i32.npy
// REPEAT: remat-run: error: --repeat must be at least 1
// AMBIGUOUS: remat-run: error: {{.*}}two-public.mlir has no @main and several public functions (@first, @second); choose one with --entry
// NO-SIGNATURE: remat-run: error: {{.*}}plain-llvm.mlir has no function to run (no llvm.func carries remat_cpu.signature; lower the tensor module with remat-lower-to-cpu)
// PARSE: broken.mlir:2:3: error: custom op 'this' is unknown
// PARSE: remat-run: error: cannot parse {{.*}}broken.mlir (diagnostics above)
// OPTION: remat-run: Unknown command line argument '--bogus'.
// NO-FILE: remat-run: error: cannot open input file '{{.*}}nofile.mlir': No such file or directory
// BIG-ENDIAN: remat-run: error: '{{.*}}a_be.npy': big-endian data (>f4) is not supported; save it with arr.astype(arr.dtype.newbyteorder('<'))
// GOOD: "outputs_match": true,

func.func @main(%a: tensor<2x3xf32>, %b: tensor<3xi32>) -> tensor<2x3xf32> {
  %e = tensor.empty() : tensor<2x3xf32>
  %bf = arith.sitofp %b : tensor<3xi32> to tensor<3xf32>
  %bb = linalg.broadcast ins(%bf : tensor<3xf32>) outs(%e : tensor<2x3xf32>) dimensions = [0]
  %r = arith.mulf %a, %bb : tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

func.func private @hidden(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  return %a : tensor<2x3xf32>
}

func.func @brain(%a: tensor<2x3xbf16>) -> tensor<2x3xbf16> {
  return %a : tensor<2x3xbf16>
}

func.func @unranked(%a: tensor<*xf32>) -> tensor<*xf32> {
  return %a : tensor<*xf32>
}
