#!/usr/bin/env python3
"""Random linalg-on-tensors training steps for differential testing of remat.

    gen_train_step.py --seed N --out DIR

From the seed, builds a random forward graph (matmuls against parameters, bias adds,
tanh, relu, square, scaling, products, sums and differences of earlier values, row and
column sums with broadcasts back, residual adds across the graph, tanh with its derivative
as a second result of one linalg.generic, tensor.collapse_shape/expand_shape views), the
loss mean(final^2), and its reverse-mode backward (adjoints of values with several uses are
accumulated). Writes DIR/train_step.mlir: one public function

    func.func @train_step(%x, params...) -> (loss, d loss / d param...)

in linalg on tensors (named ops where they exist, linalg.generic for the rest; static
shapes with dimensions between 2 and 32, flattened views aside), its inputs DIR/argK.npy,
and DIR/reference/resultK.npy: the loss and the gradients computed in float64 with numpy
from the same graph (an independent evaluation: numpy formulas, not the emitted IR), cast
to float32. DIR/case.json describes the graph.

Imported as a module, `generate(seed)` returns a `Case` whose `loss(params)` evaluates the
forward pass in float64, for finite-difference checks of the gradients.
"""
import argparse
import json
import os
import random

import numpy as np

def tensor_type(shape):
    if not shape:
        return "tensor<f32>"
    return "tensor<" + "x".join(str(d) for d in shape) + "xf32>"


def affine(rank, dims):
    """affine_map<(d0, .., d{rank-1}) -> (dims...)>"""
    ins = ", ".join(f"d{i}" for i in range(rank))
    outs = ", ".join(f"d{i}" for i in dims)
    return f"affine_map<({ins}) -> ({outs})>"


def identity(rank):
    return affine(rank, range(rank))


def f32_literal(value):
    text = repr(float(np.float32(value)))
    if "e" not in text and "." not in text:
        text += ".0"
    return text


class Value:
    """A tensor of the forward graph: a function argument or the result of a node."""

    def __init__(self, index, shape, kind, name):
        self.index = index
        self.shape = tuple(shape)
        self.kind = kind  # "input", "param" or "node"
        self.name = name  # SSA name of the forward value
        self.node = None
        self.users = 0


class Node:
    def __init__(self, op, operands, out, attrs=None):
        self.op = op
        self.operands = operands  # list of Value
        self.out = out  # Value
        self.attrs = attrs or {}


# ---------------------------------------------------------------------------------------
# The graph and its float64 semantics
# ---------------------------------------------------------------------------------------


def forward_value(node, a):
    """float64 result of `node`, given the float64 values `a` of its operands."""
    op = node.op
    if op == "matmul":
        return a[0] @ a[1]
    if op == "bias":
        return a[0] + a[1][None, :]
    if op in ("tanh", "tanh_pair"):
        return np.tanh(a[0])
    if op in ("collapse", "expand"):
        return a[0].reshape(node.out.shape)
    if op == "relu":
        return np.maximum(a[0], 0.0)
    if op == "square":
        return a[0] * a[0]
    if op == "scale":
        return a[0] * float(np.float32(node.attrs["c"]))
    if op == "add":
        return a[0] + a[1]
    if op == "sub":
        return a[0] - a[1]
    if op == "mul":
        return a[0] * a[1]
    if op == "rowsum":
        return a[0].sum(axis=1)
    if op == "colsum":
        return a[0].sum(axis=0)
    if op == "add_row":  # a[B, N] + v[B] broadcast over columns
        return a[0] + a[1][:, None]
    if op == "mul_col":  # a[B, N] * v[N] broadcast over rows
        return a[0] * a[1][None, :]
    if op == "broadcast":  # v[B] -> [B, N]
        return np.broadcast_to(a[0][:, None], node.out.shape).copy()
    raise ValueError(op)


def backward_contributions(node, a, out, g):
    """float64 adjoint contributions to each operand of `node` (None: no contribution),
    given operand values `a`, the result `out` and the result's adjoint `g`."""
    op = node.op
    if op == "matmul":
        return [g @ a[1].T, a[0].T @ g]
    if op == "bias":
        return [g, g.sum(axis=0)]
    if op in ("tanh", "tanh_pair"):
        return [g * (1.0 - out * out)]
    if op in ("collapse", "expand"):
        return [g.reshape(a[0].shape)]
    if op == "relu":
        return [np.where(out > 0.0, g, 0.0)]
    if op == "square":
        return [2.0 * a[0] * g]
    if op == "scale":
        return [g * float(np.float32(node.attrs["c"]))]
    if op == "add":
        return [g, g]
    if op == "sub":
        return [g, -g]
    if op == "mul":
        return [g * a[1], g * a[0]]
    if op == "rowsum":
        return [np.broadcast_to(g[:, None], a[0].shape)]
    if op == "colsum":
        return [np.broadcast_to(g[None, :], a[0].shape)]
    if op == "add_row":
        return [g, g.sum(axis=1)]
    if op == "mul_col":
        return [g * a[1][None, :], (g * a[0]).sum(axis=0)]
    if op == "broadcast":
        return [g.sum(axis=1)]
    raise ValueError(op)


class Case:
    """A random training step: its graph, inputs, float64 semantics and MLIR text."""

    def __init__(self, seed, values, nodes, inputs, final):
        self.seed = seed
        self.values = values
        self.nodes = nodes
        self.inputs = inputs  # float32 arrays, one per argument (x first, then params)
        self.final = final
        self.args = [v for v in values if v.kind in ("input", "param")]
        self.params = [v for v in values if v.kind == "param"]

    # float64 evaluation ---------------------------------------------------------------
    def evaluate(self, arg_values=None):
        """All forward values in float64 (a list indexed by Value.index) and the loss."""
        arg_values = arg_values or [a.astype(np.float64) for a in self.inputs]
        env = [None] * len(self.values)
        for v, a in zip(self.args, arg_values):
            env[v.index] = a
        for node in self.nodes:
            env[node.out.index] = forward_value(node, [env[o.index] for o in node.operands])
        f = env[self.final.index]
        return env, float(np.mean(f * f))

    def loss(self, param_values):
        """The float64 loss for the given parameter values (x as generated)."""
        args = [self.inputs[0].astype(np.float64)] + [np.asarray(p, np.float64) for p in param_values]
        return self.evaluate(args)[1]

    def gradients(self):
        """float64 reverse mode over the graph with numpy: (loss, [d loss / d param])."""
        env, loss = self.evaluate()
        adj = [None] * len(self.values)
        f = env[self.final.index]
        adj[self.final.index] = 2.0 * f / f.size
        for node in reversed(self.nodes):
            g = adj[node.out.index]
            contribs = backward_contributions(node, [env[o.index] for o in node.operands],
                                              env[node.out.index], g)
            for operand, c in zip(node.operands, contribs):
                if operand.kind == "input":
                    continue
                adj[operand.index] = c if adj[operand.index] is None else adj[operand.index] + c
        return loss, [adj[p.index] for p in self.params]

    def describe(self):
        return {
            "seed": self.seed,
            "args": [{"name": v.name, "shape": list(v.shape), "kind": v.kind} for v in self.args],
            "nodes": [{"op": n.op, "operands": [o.name for o in n.operands], "result": n.out.name,
                       "shape": list(n.out.shape), **n.attrs} for n in self.nodes],
        }


# ---------------------------------------------------------------------------------------
# Random graphs
# ---------------------------------------------------------------------------------------

UNARY_2D = ["tanh", "relu", "square", "scale"]
MAX_ABS = 8.0


def generate(seed):
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    # Activations are [batch, width]; parameters [width, width]. A batch at least as large
    # as the widths lets activations, which remat can drop, dominate the peak.
    batch = rng.randint(8, 32)
    widths = [rng.randint(2, min(batch, 24)) for _ in range(3)]
    values = []
    nodes = []
    inputs = []
    env = []

    def new_value(shape, kind, name):
        v = Value(len(values), shape, kind, name)
        values.append(v)
        env.append(None)
        return v

    def new_param(shape, data):
        v = new_value(shape, "param", f"%p{sum(1 for w in values if w.kind == 'param')}")
        inputs.append(data.astype(np.float32))
        env[v.index] = inputs[-1].astype(np.float64)
        return v

    x = new_value((batch, rng.choice(widths)), "input", "%x")
    inputs.append(nprng.standard_normal(x.shape).astype(np.float32))
    env[x.index] = inputs[0].astype(np.float64)

    def add_node(op, operands, shape, attrs=None):
        out = Value(len(values), shape, "node", f"%v{len(nodes)}")
        node = Node(op, operands, out, attrs)
        result = forward_value(node, [env[o.index] for o in operands])
        if not np.all(np.isfinite(result)) or np.max(np.abs(result)) > MAX_ABS:
            return None
        values.append(out)
        env.append(result)
        out.node = node
        if len(shape) == 1 and operands[0].node is not None and len(operands) == 1 and \
                (operands[0].node.op == "collapse" or operands[0].node.attrs.get("flat")):
            node.attrs["flat"] = True
        for o in operands:
            o.users += 1
        nodes.append(node)
        return out

    def earlier(shape, exclude):
        return [v for v in values if v.shape == shape and v.kind == "node" and v is not exclude]

    cur = x
    num_ops = rng.randint(6, 20)
    local = rng.choice([0.5, 0.9, 1.0])  # how often a second operand is a recent value
    attempts = 0
    while len(nodes) < num_ops and attempts < 200:
        attempts += 1
        # Parameters created for an op that is then rejected are dropped with it.
        snapshot = (len(values), len(inputs))
        if len(cur.shape) == 2:
            b, n = cur.shape
            choices = ["matmul"] * 3 + ["bias"] * 2 + UNARY_2D * 3 + ["add", "sub", "mul"] * 2 + \
                      ["rowsum", "colsum", "mul_col_param", "tanh_pair", "collapse"]
            op = rng.choice(choices)
            if op == "matmul" or cur is x:
                k = rng.choice(widths + [rng.randint(2, 32)])
                w = new_param((n, k), nprng.standard_normal((n, k)) / np.sqrt(n))
                out = add_node("matmul", [cur, w], (b, k))
            elif op == "bias":
                p = new_param((n,), nprng.standard_normal(n) * 0.1)
                out = add_node("bias", [cur, p], (b, n))
            elif op in ("tanh", "relu", "square", "tanh_pair"):
                out = add_node(op, [cur], (b, n))
            elif op == "collapse":
                out = add_node("collapse", [cur], (b * n,))
            elif op == "scale":
                out = add_node("scale", [cur], (b, n), {"c": float(np.float32(rng.uniform(0.5, 1.5)))})
            elif op in ("add", "sub", "mul"):
                others = earlier(cur.shape, cur)
                if not others and op == "sub":
                    continue  # x - x would be zero
                if others and (op == "sub" or rng.random() < 0.85):
                    # Mostly short skips (residual blocks), sometimes long ones.
                    other = rng.choice(others[-3:] if rng.random() < local else others)
                else:
                    other = cur
                pair = [cur, other] if rng.random() < 0.7 else [other, cur]
                out = add_node(op, pair, (b, n))
            elif op == "rowsum":
                out = add_node("rowsum", [cur], (b,))
            elif op == "colsum":
                out = add_node("colsum", [cur], (n,))
            else:
                p = new_param((n,), 1.0 + 0.1 * nprng.standard_normal(n))
                out = add_node("mul_col", [cur, p], (b, n))
        else:
            (m,) = cur.shape
            op = rng.choice(["tanh", "square", "scale", "back", "back", "back"])
            flat = cur.node.op == "collapse" or cur.node.attrs.get("flat")
            if op in ("tanh", "square"):
                out = add_node(op, [cur], (m,))
            elif op == "scale":
                out = add_node("scale", [cur], (m,), {"c": float(np.float32(rng.uniform(0.5, 1.5)))})
            elif flat:
                # Back to the shape it was collapsed from.
                source = cur
                while source.node.op != "collapse":
                    source = source.node.operands[0]
                out = add_node("expand", [cur], source.node.operands[0].shape)
            elif m == batch:
                rows = [v for v in values if len(v.shape) == 2 and v.kind == "node"]
                if rows and rng.random() < 0.6:
                    row = rng.choice(rows)
                    out = add_node("add_row", [row, cur], row.shape)
                else:
                    out = add_node("broadcast", [cur], (m, rng.choice(widths)))
            else:
                cols = [v for v in values if len(v.shape) == 2 and v.shape[1] == m and v.kind == "node"]
                col = rng.choice(cols) if cols else None
                out = add_node("mul_col", [col, cur], col.shape) if cols else None
        if out is None:
            # Too large in magnitude (or not applicable): squash the current value instead.
            del values[snapshot[0]:], env[snapshot[0]:], inputs[snapshot[1]:]
            out = add_node("tanh", [cur], cur.shape)
        cur = out
    final = cur
    # Every node reaches the loss through the chain of current values; the last one is the
    # value whose mean square is the loss.
    return Case(seed, values, nodes, inputs, final)


# ---------------------------------------------------------------------------------------
# MLIR emission
# ---------------------------------------------------------------------------------------


class Emitter:
    def __init__(self):
        self.lines = []
        self.counter = 0
        self.constants = {}

    def fresh(self, prefix):
        self.counter += 1
        return f"%{prefix}{self.counter}"

    def emit(self, line):
        self.lines.append("  " + line)

    def const(self, value):
        literal = f32_literal(value)
        if literal not in self.constants:
            self.constants[literal] = f"%c{len(self.constants)}"
        return self.constants[literal]

    def empty(self, shape):
        name = self.fresh("e")
        self.emit(f"{name} = tensor.empty() : {tensor_type(shape)}")
        return name

    def zeros(self, shape):
        e = self.empty(shape)
        name = self.fresh("z")
        t = tensor_type(shape)
        self.emit(f"{name} = linalg.fill ins({self.const(0.0)} : f32) outs({e} : {t}) -> {t}")
        return name

    def generic(self, ins, out, out_map, iterators, body, result_shape):
        """ins: [(name, shape, map)], out: init name, body: function of block-argument names
        (ins..., out) returning body lines ending in linalg.yield."""
        maps = [m for _, _, m in ins] + [out_map]
        name = self.fresh("t" if any(i == "reduction" for i in iterators) else "g")
        t = tensor_type(result_shape)
        its = ", ".join(f'"{i}"' for i in iterators)
        ins_text = ""
        if ins:
            ins_text = "ins(" + ", ".join(n for n, _, _ in ins) + " : " + \
                       ", ".join(tensor_type(s) for _, s, _ in ins) + ") "
        self.emit(f"{name} = linalg.generic {{indexing_maps = [{', '.join(maps)}], "
                  f"iterator_types = [{its}]}}")
        self.emit(f"    {ins_text}outs({out} : {t}) {{")
        args = [f"%b_in{i}" for i in range(len(ins))] + ["%b_out"]
        self.emit("  ^bb0(" + ", ".join(f"{a}: f32" for a in args) + "):")
        for line in body(*args):
            self.emit("    " + line)
        self.emit(f"  }} -> {t}")
        return name


def elementwise_body(expr):
    """Body lines computing `expr` and yielding its last value. `expr` is a list of
    (name, op, operands): op is an arith op name (mulf, addf, subf, maximumf), "tanh"
    (math.tanh), "cmpf_ogt" or "select"; operands name block arguments (a0.., acc), earlier
    names of the list, or outer SSA values (constants)."""
    def body(*args):
        lines = []
        env = {f"a{i}": a for i, a in enumerate(args[:-1])}
        env["acc"] = args[-1]
        for name, op, operands in expr:
            ops = [env.get(o, o) for o in operands]
            # Names inside bodies start with "b_"; names of the function body never do.
            res = f"%b_{name}"
            if op == "cmpf_ogt":
                lines.append(f"{res} = arith.cmpf ogt, {ops[0]}, {ops[1]} : f32")
            elif op == "select":
                lines.append(f"{res} = arith.select {ops[0]}, {ops[1]}, {ops[2]} : f32")
            elif op == "tanh":
                lines.append(f"{res} = math.tanh {ops[0]} : f32")
            else:
                lines.append(f"{res} = arith.{op} " + ", ".join(ops) + " : f32")
            env[name] = res
        lines.append(f"linalg.yield %b_{expr[-1][0]} : f32")
        return lines
    return body


def emit_case(case, seed):
    """MLIR text of the training step."""
    rng = random.Random(seed * 7919 + 17)
    em = Emitter()
    remaining_uses = {v.index: v.users for v in case.values}
    # Forward values the backward reads: writing a result into their buffer would make
    # bufferization copy them first, so such in-place updates are rare (but do occur).
    read_by_backward = {case.final.index}
    for node in case.nodes:
        if node.op in ("tanh", "relu"):
            read_by_backward.add(node.out.index)
        if node.op in ("square", "mul", "mul_col"):
            read_by_backward.update(o.index for o in node.operands)
        if node.op == "matmul":
            read_by_backward.add(node.operands[0].index)
    zero = em.const(0.0)

    def fresh_or_inplace(shape, candidates):
        """An init operand for an elementwise result of `shape`: one of `candidates` (values
        of that shape read by the op that die there) or a new tensor.empty."""
        usable = [c for c in candidates if c is not None]
        if usable and rng.random() < 0.5:
            return rng.choice(usable)
        return em.empty(shape)

    def unary(node, expr, candidates):
        a = node.operands[0]
        rank = len(a.shape)
        init = fresh_or_inplace(node.out.shape, candidates)
        return em.generic([(a.name, a.shape, identity(rank))], init, identity(rank),
                          ["parallel"] * rank, elementwise_body(expr), node.out.shape)

    # Forward ------------------------------------------------------------------------------
    for node in case.nodes:
        a = node.operands
        out = node.out
        for o in a:
            remaining_uses[o.index] -= 1
        # Operands of the same shape as the result that die here (and are not arguments) may
        # serve as the init operand, as bufferization would reuse them.
        dying = [o.name for o in a if o.kind == "node" and remaining_uses[o.index] == 0 and
                 o.shape == out.shape and sum(1 for p in a if p is o) == 1 and
                 (o.index not in read_by_backward or rng.random() < 0.1)]
        rank = len(out.shape)
        t = tensor_type(out.shape)
        op = node.op
        if op == "matmul":
            z = em.zeros(out.shape)
            name = em.fresh("mm")
            em.emit(f"{name} = linalg.matmul ins({a[0].name}, {a[1].name} : "
                    f"{tensor_type(a[0].shape)}, {tensor_type(a[1].shape)}) outs({z} : {t}) -> {t}")
        elif op == "bias":
            init = fresh_or_inplace(out.shape, dying)
            if init == a[0].name:
                name = em.generic([(a[1].name, a[1].shape, affine(2, [1]))], init, identity(2),
                                  ["parallel"] * 2,
                                  elementwise_body([("s", "addf", ["acc", "a0"])]), out.shape)
            else:
                name = em.generic([(a[0].name, a[0].shape, identity(2)),
                                   (a[1].name, a[1].shape, affine(2, [1]))], init, identity(2),
                                  ["parallel"] * 2,
                                  elementwise_body([("s", "addf", ["a0", "a1"])]), out.shape)
        elif op == "tanh":
            if rng.random() < 0.5:
                init = fresh_or_inplace(out.shape, dying)
                name = em.fresh("th")
                em.emit(f"{name} = linalg.tanh ins({a[0].name} : {t}) outs({init} : {t}) -> {t}")
            else:
                name = unary(node, [("r", "tanh", ["a0"])], dying)
        elif op == "tanh_pair":
            # One op with two results: tanh and its derivative 1 - tanh^2, which the backward
            # reads (as JAX's linearization keeps it).
            init = fresh_or_inplace(out.shape, dying)
            init_derivative = em.empty(out.shape)
            name = em.fresh("tp")
            em.emit(f"{name}:2 = linalg.generic {{indexing_maps = [{identity(2)}, {identity(2)}, "
                    f"{identity(2)}], iterator_types = [\"parallel\", \"parallel\"]}}")
            em.emit(f"    ins({a[0].name} : {t}) outs({init}, {init_derivative} : {t}, {t}) {{")
            em.emit("  ^bb0(%b_in0: f32, %b_out0: f32, %b_out1: f32):")
            em.emit("    %b_t = math.tanh %b_in0 : f32")
            em.emit("    %b_t2 = arith.mulf %b_t, %b_t : f32")
            em.emit(f"    %b_d = arith.subf {em.const(1.0)}, %b_t2 : f32")
            em.emit("    linalg.yield %b_t, %b_d : f32, f32")
            em.emit(f"  }} -> ({t}, {t})")
            node.attrs["derivative"] = f"{name}#1"
            name = f"{name}#0"
        elif op == "collapse":
            name = em.fresh("flat")
            em.emit(f"{name} = tensor.collapse_shape {a[0].name} [[0, 1]] : "
                    f"{tensor_type(a[0].shape)} into {t}")
        elif op == "expand":
            name = em.fresh("unflat")
            em.emit(f"{name} = tensor.expand_shape {a[0].name} [[0, 1]] output_shape "
                    f"[{out.shape[0]}, {out.shape[1]}] : {tensor_type(a[0].shape)} into {t}")
        elif op == "relu":
            name = unary(node, [("r", "maximumf", ["a0", zero])], dying)
        elif op == "square":
            if rng.random() < 0.5:
                init = fresh_or_inplace(out.shape, dying)
                name = em.fresh("sq")
                em.emit(f"{name} = linalg.square ins({a[0].name} : {t}) outs({init} : {t}) -> {t}")
            else:
                name = unary(node, [("r", "mulf", ["a0", "a0"])], dying)
        elif op == "scale":
            name = unary(node, [("r", "mulf", ["a0", em.const(node.attrs["c"])])], dying)
        elif op in ("add", "sub", "mul"):
            init = fresh_or_inplace(out.shape, dying)
            name = em.fresh(op)
            em.emit(f"{name} = linalg.{op} ins({a[0].name}, {a[1].name} : {t}, {t}) "
                    f"outs({init} : {t}) -> {t}")
        elif op in ("rowsum", "colsum"):
            z = em.zeros(out.shape)
            name = em.fresh("rs")
            dim = 1 if op == "rowsum" else 0
            em.emit(f"{name} = linalg.reduce ins({a[0].name} : {tensor_type(a[0].shape)}) "
                    f"outs({z} : {t}) dimensions = [{dim}]")
            em.emit("    (%b_in: f32, %b_init: f32) {")
            em.emit("      %b_s = arith.addf %b_in, %b_init : f32")
            em.emit("      linalg.yield %b_s : f32")
            em.emit("    }")
        elif op == "add_row":
            init = fresh_or_inplace(out.shape, [d for d in dying if d == a[0].name])
            name = em.generic([(a[0].name, a[0].shape, identity(2)),
                               (a[1].name, a[1].shape, affine(2, [0]))], init, identity(2),
                              ["parallel"] * 2, elementwise_body([("s", "addf", ["a0", "a1"])]),
                              out.shape)
        elif op == "mul_col":
            init = fresh_or_inplace(out.shape, [d for d in dying if d == a[0].name])
            name = em.generic([(a[0].name, a[0].shape, identity(2)),
                               (a[1].name, a[1].shape, affine(2, [1]))], init, identity(2),
                              ["parallel"] * 2, elementwise_body([("s", "mulf", ["a0", "a1"])]),
                              out.shape)
        elif op == "broadcast":
            e = em.empty(out.shape)
            name = em.fresh("bc")
            em.emit(f"{name} = linalg.broadcast ins({a[0].name} : {tensor_type(a[0].shape)}) "
                    f"outs({e} : {t}) dimensions = [1]")
        else:
            raise ValueError(op)
        out.name = name

    # Loss: mean of squares of the final value -------------------------------------------------
    f = case.final
    rank = len(f.shape)
    count = int(np.prod(f.shape))
    zl = em.zeros(())
    loss = em.generic([(f.name, f.shape, identity(rank))], zl, affine(rank, []),
                      ["reduction"] * rank,
                      elementwise_body([("sq", "mulf", ["a0", "a0"]),
                                        ("s", "addf", ["acc", "sq"])]), ())
    inv = em.const(1.0 / count)
    el = em.empty(())
    loss = em.generic([(loss, (), "affine_map<() -> ()>")], el, "affine_map<() -> ()>", [],
                      elementwise_body([("m", "mulf", ["a0", inv])]), ())

    # Backward -------------------------------------------------------------------------------
    adj = {}  # value index -> SSA name of its adjoint so far

    def accumulate_elementwise(target, shape, ins, expr, reuse=None):
        """adj[target] (+)= expr over `ins` (operands as a0.., the accumulator as acc)."""
        r = len(shape)
        old = adj.get(target.index)
        if old is not None:
            ins = ins + [(old, shape, identity(r))]
            k = len(ins) - 1
            last = expr[-1][0] if expr else "a0"
            expr = expr + [("acc_sum", "addf", [f"a{k}", last])]
            init = old if rng.random() < 0.5 else em.empty(shape)
        else:
            init = reuse if reuse is not None and rng.random() < 0.5 else em.empty(shape)
        adj[target.index] = em.generic(ins, init, identity(r), ["parallel"] * r,
                                       elementwise_body(expr), shape)

    def accumulate_value(target, g, gshape, negate=False):
        """adj[target] (+)= g (or -g), g of the target's shape."""
        old = adj.get(target.index)
        t = tensor_type(gshape)
        if old is None and not negate:
            adj[target.index] = g
        elif old is None:
            init = em.empty(gshape)
            name = em.fresh("neg")
            em.emit(f"{name} = linalg.negf ins({g} : {t}) outs({init} : {t}) -> {t}")
            adj[target.index] = name
        else:
            init = old if rng.random() < 0.5 else em.empty(gshape)
            name = em.fresh("acc")
            opname = "sub" if negate else "add"
            em.emit(f"{name} = linalg.{opname} ins({old}, {g} : {t}, {t}) outs({init} : {t}) -> {t}")
            adj[target.index] = name

    def accumulate_reduce(target, src, src_shape, dim):
        """adj[target] += sum of src over `dim` (linalg.reduce accumulates into its init)."""
        old = adj.get(target.index)
        init = old if old is not None else em.zeros(target.shape)
        name = em.fresh("red")
        em.emit(f"{name} = linalg.reduce ins({src} : {tensor_type(src_shape)}) "
                f"outs({init} : {tensor_type(target.shape)}) dimensions = [{dim}]")
        em.emit("    (%b_in: f32, %b_init: f32) {")
        em.emit("      %b_s = arith.addf %b_in, %b_init : f32")
        em.emit("      linalg.yield %b_s : f32")
        em.emit("    }")
        adj[target.index] = name

    def accumulate_matmul(target, lhs, lhs_shape, rhs, rhs_shape, maps):
        """adj[target] += lhs * rhs (a linalg.matmul with the given operand maps accumulates
        into its init)."""
        old = adj.get(target.index)
        init = old if old is not None else em.zeros(target.shape)
        name = em.fresh("mg")
        t = tensor_type(target.shape)
        em.emit(f"{name} = linalg.matmul indexing_maps = [{maps[0]}, {maps[1]}, "
                f"affine_map<(m, n, k) -> (m, n)>] ins({lhs}, {rhs} : {tensor_type(lhs_shape)}, "
                f"{tensor_type(rhs_shape)}) outs({init} : {t}) -> {t}")
        adj[target.index] = name

    g_final = em.generic([(f.name, f.shape, identity(rank))], em.empty(f.shape), identity(rank),
                         ["parallel"] * rank,
                         elementwise_body([("r", "mulf", ["a0", em.const(2.0 / count)])]), f.shape)
    adj[f.index] = g_final

    for node in reversed(case.nodes):
        g = adj[node.out.index]
        gs = node.out.shape
        a = node.operands
        out = node.out
        wants = [o.kind != "input" for o in a]
        op = node.op
        if op == "matmul":
            if wants[0]:
                accumulate_matmul(a[0], g, gs, a[1].name, a[1].shape,
                                  ["affine_map<(m, n, k) -> (m, k)>", "affine_map<(m, n, k) -> (n, k)>"])
            if wants[1]:
                accumulate_matmul(a[1], a[0].name, a[0].shape, g, gs,
                                  ["affine_map<(m, n, k) -> (k, m)>", "affine_map<(m, n, k) -> (k, n)>"])
        elif op == "bias":
            if wants[0]:
                accumulate_value(a[0], g, gs)
            accumulate_reduce(a[1], g, gs, 0)
        elif op == "tanh":
            accumulate_elementwise(a[0], gs, [(g, gs, identity(len(gs))), (out.name, gs, identity(len(gs)))],
                                   [("t2", "mulf", ["a1", "a1"]), ("d", "subf", [em.const(1.0), "t2"]),
                                    ("r", "mulf", ["a0", "d"])], reuse=g)
        elif op == "tanh_pair":
            d = node.attrs["derivative"]
            accumulate_elementwise(a[0], gs, [(g, gs, identity(2)), (d, gs, identity(2))],
                                   [("r", "mulf", ["a0", "a1"])], reuse=g)
        elif op in ("collapse", "expand"):
            if op == "collapse":
                name = em.fresh("gunflat")
                em.emit(f"{name} = tensor.expand_shape {g} [[0, 1]] output_shape "
                        f"[{a[0].shape[0]}, {a[0].shape[1]}] : {tensor_type(gs)} into "
                        f"{tensor_type(a[0].shape)}")
            else:
                name = em.fresh("gflat")
                em.emit(f"{name} = tensor.collapse_shape {g} [[0, 1]] : {tensor_type(gs)} into "
                        f"{tensor_type(a[0].shape)}")
            accumulate_value(a[0], name, a[0].shape)
        elif op == "relu":
            accumulate_elementwise(a[0], gs, [(g, gs, identity(len(gs))), (out.name, gs, identity(len(gs)))],
                                   [("p", "cmpf_ogt", ["a1", zero]), ("r", "select", ["p", "a0", zero])],
                                   reuse=g)
        elif op == "square":
            accumulate_elementwise(a[0], gs, [(g, gs, identity(len(gs))), (a[0].name, gs, identity(len(gs)))],
                                   [("t", "mulf", ["a0", "a1"]), ("r", "mulf", ["t", em.const(2.0)])],
                                   reuse=g)
        elif op == "scale":
            accumulate_elementwise(a[0], gs, [(g, gs, identity(len(gs)))],
                                   [("r", "mulf", ["a0", em.const(node.attrs["c"])])], reuse=g)
        elif op in ("add", "sub"):
            for i in range(2):
                if wants[i]:
                    accumulate_value(a[i], g, gs, negate=(op == "sub" and i == 1))
        elif op == "mul":
            for i in range(2):
                if wants[i]:
                    other = a[1 - i]
                    accumulate_elementwise(a[i], gs, [(g, gs, identity(2)), (other.name, gs, identity(2))],
                                           [("r", "mulf", ["a0", "a1"])])
        elif op in ("rowsum", "colsum"):
            if wants[0]:
                keep = [0] if op == "rowsum" else [1]
                if a[0].index in adj:
                    accumulate_elementwise(a[0], a[0].shape, [(g, gs, affine(2, keep))], [])
                else:
                    # The first contribution is the broadcast of g itself.
                    name = em.fresh("bg")
                    t = tensor_type(a[0].shape)
                    em.emit(f"{name} = linalg.broadcast ins({g} : {tensor_type(gs)}) "
                            f"outs({em.empty(a[0].shape)} : {t}) dimensions = [{1 - keep[0]}]")
                    adj[a[0].index] = name
        elif op == "add_row":
            if wants[0]:
                accumulate_value(a[0], g, gs)
            if wants[1]:
                accumulate_reduce(a[1], g, gs, 1)
        elif op == "mul_col":
            if wants[0]:
                accumulate_elementwise(a[0], gs, [(g, gs, identity(2)), (a[1].name, a[1].shape, affine(2, [1]))],
                                       [("r", "mulf", ["a0", "a1"])])
            if wants[1]:
                prod = em.generic([(g, gs, identity(2)), (a[0].name, gs, identity(2))], em.empty(gs),
                                  identity(2), ["parallel"] * 2,
                                  elementwise_body([("r", "mulf", ["a0", "a1"])]), gs)
                accumulate_reduce(a[1], prod, gs, 0)
        elif op == "broadcast":
            if wants[0]:
                accumulate_reduce(a[0], g, gs, 1)
        else:
            raise ValueError(op)

    # Function text ---------------------------------------------------------------------------
    args = [f"{v.name}: {tensor_type(v.shape)}" for v in case.args]
    results = ["tensor<f32>"] + [tensor_type(p.shape) for p in case.params]
    returned = [loss] + [adj[p.index] for p in case.params]
    header = [f"// Random training step, seed {seed}: generated by gen_train_step.py.",
              f"func.func @train_step({', '.join(args)})",
              f"    -> ({', '.join(results)}) {{"]
    consts = [f"  {name} = arith.constant {lit} : f32" for lit, name in em.constants.items()]
    body = em.lines
    footer = [f"  return {', '.join(returned)} : {', '.join(results)}", "}"]
    return "\n".join(header + consts + body + footer) + "\n"


def write_case(seed, out):
    case = generate(seed)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "train_step.mlir"), "w") as f:
        f.write(emit_case(case, seed))
    for i, a in enumerate(case.inputs):
        np.save(os.path.join(out, f"arg{i}.npy"), a)
    loss, grads = case.gradients()
    ref = os.path.join(out, "reference")
    os.makedirs(ref, exist_ok=True)
    for i, r in enumerate([np.array(loss)] + grads):
        np.save(os.path.join(ref, f"result{i}.npy"), np.asarray(r, dtype=np.float32))
    with open(os.path.join(out, "case.json"), "w") as f:
        json.dump(case.describe(), f, indent=1)
    return case


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    case = write_case(options.seed, options.out)
    print(f"seed {options.seed}: {len(case.nodes)} forward ops, {len(case.params)} parameters, "
          f"written to {options.out}")


if __name__ == "__main__":
    main()
