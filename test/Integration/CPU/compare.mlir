// How results are compared: |got - expected| <= atol + rtol * |expected| by default; with
// --rtol 0 --atol 0 bit for bit (so -0.0 and 0.0 differ) with any NaN equal to any NaN.
// Exit status 1 when a result differs, 0 when all match or when there is nothing to compare.
//
// REQUIRES: numpy
// RUN: rm -rf %t && %python %S/Inputs/make_error_inputs.py %t
// RUN: remat-run %s --args %t/v.npy --expect %t/v.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=EXACT
// RUN: remat-run %s --args %t/v.npy --expect %t/v_ulp.npy | FileCheck %s --check-prefix=ULP-TOLERATED
// RUN: %python %S/Inputs/expect_exit.py 1 remat-run %s --args %t/v.npy --expect %t/v_ulp.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=ULP-EXACT
// RUN: %python %S/Inputs/expect_exit.py 1 remat-run %s --args %t/v.npy --expect %t/v_off.npy | FileCheck %s --check-prefix=OFF
// RUN: %python %S/Inputs/expect_exit.py 0 remat-run %s --args %t/v.npy | FileCheck %s --check-prefix=NOTHING
// RUN: remat-run %s --args %t/v.npy --expect %t/v_poszero.npy | FileCheck %s --check-prefix=ZERO-TOLERATED
// RUN: %python %S/Inputs/expect_exit.py 1 remat-run %s --args %t/v.npy --expect %t/v_poszero.npy --rtol 0 --atol 0 | FileCheck %s --check-prefix=ZERO-EXACT

// EXACT:      "outputs_match": true,
// EXACT-NEXT: "max_abs_err": 0,
// EXACT-NEXT: "max_rel_err": 0,
// EXACT:      "mismatches": 0

// ULP-TOLERATED:      "outputs_match": true,
// ULP-TOLERATED-NEXT: "max_abs_err": 1.1920929e-07,

// ULP-EXACT:      "outputs_match": false,
// ULP-EXACT:      "mismatches": 1,
// ULP-EXACT-NEXT: "first_mismatch": {
// ULP-EXACT-NEXT:   "index": [0],
// ULP-EXACT-NEXT:   "got": 1,
// ULP-EXACT-NEXT:   "expected": 1.00000012
// ULP-EXACT-NEXT: }

// OFF:      "outputs_match": false,
// OFF-NEXT: "max_abs_err": 0.5,
// OFF:      "match": false,
// OFF:      "mismatches": 1,
// OFF-NEXT: "first_mismatch": {
// OFF-NEXT:   "index": [2],
// OFF-NEXT:   "got": 3,
// OFF-NEXT:   "expected": 3.5

// NOTHING:      "outputs_match": null,
// NOTHING-NEXT: "max_abs_err": null,
// NOTHING-NEXT: "max_rel_err": null,
// NOTHING:      "match": null

// ZERO-TOLERATED: "outputs_match": true,

// ZERO-EXACT:      "mismatches": 1,
// ZERO-EXACT-NEXT: "first_mismatch": {
// ZERO-EXACT-NEXT:   "index": [3],
// ZERO-EXACT-NEXT:   "got": -0,
// ZERO-EXACT-NEXT:   "expected": 0

func.func @main(%v: tensor<4xf32>) -> tensor<4xf32> {
  %one = arith.constant dense<1.0> : tensor<4xf32>
  %r = arith.mulf %v, %one : tensor<4xf32>
  return %r : tensor<4xf32>
}
