#!/usr/bin/env python3
"""make_error_inputs.py OUT_DIR

Writes the .npy files that errors.mlir and compare.mlir feed to remat-run: good inputs, inputs
of the wrong type or shape, a file that is not .npy, incomplete case dirs, and values that differ
from an expectation by nothing, by one ulp, or by a lot.
"""
import os
import sys

import numpy as np

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def save(name, value):
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, value)


a = np.arange(6, dtype=np.float32).reshape(2, 3) / 4
b = np.array([1, 2, 3], dtype=np.int32)
save("a.npy", a)
save("a64.npy", a.astype(np.float64))
save("a_t.npy", a.T.copy())
save("b.npy", b)
save("r.npy", a * b.astype(np.float32))
save("r_i32.npy", (a * b).astype(np.int32))
with open(os.path.join(out, "notnpy.npy"), "w") as f:
    f.write("just text\n")
save("only_arg0/arg0.npy", a)
for name, value in (("arg0", a), ("arg1", b), ("result0", a * b), ("result1", a)):
    save(f"extra_result/{name}.npy", value.astype(value.dtype))

v = np.array([1.0, np.nan, 3.0, -0.0], dtype=np.float32)
save("v.npy", v)
ulp = v.copy()
ulp[0] = np.nextafter(np.float32(1.0), np.float32(2.0))
save("v_ulp.npy", ulp)
off = v.copy()
off[2] = 3.5
save("v_off.npy", off)
poszero = v.copy()
poszero[3] = 0.0
save("v_poszero.npy", poszero)
save("a_fortran.npy", np.asfortranarray(a))
save("b_u32.npy", b.astype(np.uint32))
save("a_be.npy", a.astype(">f4"))
