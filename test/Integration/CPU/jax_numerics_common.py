"""Code shared by the jax_numerics_*.test scripts.

Each script describes small StableHLO functions (generic form, as JAX exports them), computes
their expected results with NumPy straight from the StableHLO specification (and XLA's choices
where the specification leaves behaviour open), and writes

  <out>/ops.mlir            the module of all functions
  <out>/<case>/argK.npy     the inputs of one function
  <out>/<case>/resultK.npy  its expected results

so that the RUN lines can import the module with remat-import-stablehlo and compare with
remat-run --entry <case> --case-dir <out>/<case>.
"""

import os

import numpy as np

_ELEMENT_TYPES = {
    np.dtype(np.bool_): "i1",
    np.dtype(np.int8): "i8",
    np.dtype(np.int16): "i16",
    np.dtype(np.int32): "i32",
    np.dtype(np.int64): "i64",
    np.dtype(np.uint8): "ui8",
    np.dtype(np.uint16): "ui16",
    np.dtype(np.uint32): "ui32",
    np.dtype(np.uint64): "ui64",
    np.dtype(np.float16): "f16",
    np.dtype(np.float32): "f32",
    np.dtype(np.float64): "f64",
}


def tensor_type(shape, dtype):
    """The MLIR tensor type of a shape and NumPy dtype, e.g. tensor<2x3xf32>."""
    element = _ELEMENT_TYPES[np.dtype(dtype)]
    return "tensor<" + "".join(f"{d}x" for d in shape) + element + ">"


def type_of(array):
    return tensor_type(array.shape, array.dtype)


def _signed_view(array):
    """Converted functions return signless integers, which remat-run reads as signed: store
    unsigned expectations with the same bits as signed."""
    kinds = {np.dtype(np.uint8): np.int8, np.dtype(np.uint16): np.int16,
             np.dtype(np.uint32): np.int32, np.dtype(np.uint64): np.int64}
    if array.dtype in kinds:
        return array.view(kinds[array.dtype])
    return array


class Cases:
    """Collects functions and their data; `write` produces ops.mlir."""

    def __init__(self, out_dir, seed=0):
        self.out_dir = out_dir
        self.functions = []
        self.rng = np.random.default_rng(seed)

    def uniform(self, shape, low=-1.0, high=1.0, dtype=np.float32):
        return self.rng.uniform(low, high, size=shape).astype(dtype)

    def integers(self, shape, low, high, dtype=np.int32):
        return self.rng.integers(low, high, size=shape, endpoint=True).astype(dtype)

    def add(self, name, args, results, body):
        """Adds function @name taking `args` (NumPy arrays, bound to %a0, %a1, ...) and
        returning `results`; `body` is the generic-form text computing them, without the
        terminator, and must define %r0, %r1, ... of the results' types."""
        case_dir = os.path.join(self.out_dir, name)
        os.makedirs(case_dir, exist_ok=True)
        for i, arg in enumerate(args):
            np.save(os.path.join(case_dir, f"arg{i}.npy"), np.asarray(arg).copy(order="C"))
        for i, result in enumerate(results):
            np.save(os.path.join(case_dir, f"result{i}.npy"),
                    _signed_view(np.asarray(result)).copy(order="C"))
        params = ", ".join(f"%a{i}: {type_of(a)}" for i, a in enumerate(args))
        result_types = ", ".join(type_of(np.asarray(r)) for r in results)
        names = ", ".join(f"%r{i}" for i in range(len(results)))
        self.functions.append(
            f"func.func @{name}({params}) -> ({result_types}) {{\n{body}\n"
            f'  "func.return"({names}) : ({result_types}) -> ()\n}}\n')

    def write(self):
        with open(os.path.join(self.out_dir, "ops.mlir"), "w") as f:
            f.write("\n".join(self.functions))


def scalar_body(op, element, args=("%x", "%y")):
    """A reduction body region applying `op` to two rank-0 tensors of `element`."""
    t = f"tensor<{element}>"
    return (f"^bb0({args[0]}: {t}, {args[1]}: {t}):\n"
            f'    %s = "stablehlo.{op}"({args[0]}, {args[1]}) : ({t}, {t}) -> {t}\n'
            f'    "stablehlo.return"(%s) : ({t}) -> ()')


def pad_reference(x, value, low, high, interior):
    """stablehlo.pad from its definition: result[low + i * (interior + 1)] = x[i] where that
    index is inside the result, the padding value everywhere else."""
    shape = [n + lo + hi + max(n - 1, 0) * it
             for n, lo, hi, it in zip(x.shape, low, high, interior)]
    out = np.full(shape, value, dtype=x.dtype)
    for index in np.ndindex(*x.shape):
        target = tuple(lo + i * (it + 1) for i, lo, it in zip(index, low, interior))
        if all(0 <= t < s for t, s in zip(target, shape)):
            out[target] = x[index]
    return out
