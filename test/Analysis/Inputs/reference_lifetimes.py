#!/usr/bin/env python3
"""Independent reference for remat-annotate-lifetimes on generic-form MLIR (JAX exports).

Reads the text of a module, takes its public functions, and recomputes from the text alone the
schedule size, the activations and the peak of live bytes under the memory model documented in
docs/Rationale.md. Prints FileCheck directives that the analysis output must match.
Usage: reference_lifetimes.py <file.mlir>
"""
import re
import sys

ELEMENT_BYTES = {"f64": 8, "f32": 4, "f16": 2, "bf16": 2, "i64": 8, "i32": 4, "i16": 2,
                 "i8": 1, "i1": 1, "ui8": 1, "ui32": 4, "ui64": 8}
CONSTANTS = {"stablehlo.constant", "arith.constant", "mhlo.constant", "tosa.const"}
VIEWS = {"stablehlo.reshape", "tensor.collapse_shape", "tensor.expand_shape",
         "tensor.reshape", "tensor.cast", "stablehlo.bitcast_convert"}


def tensor_bytes(text):
    m = re.fullmatch(r"tensor<([0-9x]*?)x?([a-z]+[0-9]*)>", text.strip())
    if not m:
        return 0
    dims, elem = m.groups()
    n = 1
    for d in filter(None, dims.split("x")):
        n *= int(d)
    return n * ELEMENT_BYTES[elem]


def split_types(text):
    """Splits '(t1, t2)' or 't1' into type strings (commas inside <> are kept)."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "<(":
            depth += 1
        elif ch in ">)":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def parse_functions(lines):
    funcs = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if '"func.func"()' in line:
            indent = len(line) - len(line.lstrip())
            public = 'sym_visibility = "private"' not in line
            name = re.search(r'sym_name = "([^"]+)"', line).group(1)
            body = []
            i += 1
            while not (lines[i].startswith(" " * indent + "})") and
                       len(lines[i]) - len(lines[i].lstrip()) == indent):
                body.append(lines[i])
                i += 1
            funcs.append((name, public, body))
        i += 1
    return funcs


def parse_ops(body):
    """Top-level ops of a function body: (results, name, operands, result types)."""
    top = None
    for line in body:
        if line.strip().startswith("^bb0"):
            top = len(line) - len(line.lstrip()) + 2
            break
    ops, i = [], 0
    while i < len(body):
        line = body[i]
        indent = len(line) - len(line.lstrip())
        text = line.strip()
        if indent != top or not (text.startswith("%") or text.startswith('"')):
            i += 1
            continue
        m = re.match(r'(?:(%[\w]+)(?::(\d+))? = )?"([\w.]+)"\(([^)]*)\)', text)
        res, count, name, operand_text = m.groups()
        operands = set(re.findall(r"%[\w#]+", operand_text))
        if text.endswith("({"):
            i += 1
            while not (body[i].startswith(" " * top + "})")):
                operands |= set(re.findall(r"%[\w#]+", body[i].split("=", 1)[-1]))
                i += 1
            text = body[i].strip()
        signature = text.rsplit(" : ", 1)[1]
        result_types = split_types(signature.split("->", 1)[1]) if "->" in signature else []
        results = []
        if res:
            if count:
                results = [f"{res}#{k}" for k in range(int(count))]
            else:
                results = [res]
        operand_types = split_types(signature.split("->", 1)[0]) if "->" in signature else []
        ops.append(dict(results=results, name=name, types=result_types,
                        operand_text=operand_text.split(", ") if operand_text else [],
                        operand_types=operand_types, operands=operands))
        i += 1
    return ops


def analyse(ops):
    ret = ops[-1]
    assert ret["name"] == "func.return"
    ops = ops[:-1]
    n = len(ops)
    pos_of = {}
    for p, op in enumerate(ops):
        for r in op["results"]:
            pos_of[r] = p
    # Internal names of multi-result values: "%5#0"; a plain "%5" never appears for them.
    loss = ret["operand_text"][0]
    loss_pos = pos_of[loss]
    forward = [p <= loss_pos for p in range(n)]
    users = {r: [] for r in pos_of}
    for p, op in enumerate(ops):
        for v in op["operands"]:
            if v in users and (not users[v] or users[v][-1] != p):
                users[v].append(p)
    returned = set(ret["operand_text"])
    size = {}
    for op in ops:
        for r, t in zip(op["results"], op["types"]):
            size[r] = tensor_bytes(t)
    # Activations.
    acts = []
    for p, op in enumerate(ops):
        if not forward[p] or op["name"] in CONSTANTS:
            continue
        for r in op["results"]:
            if size[r] > 0 and any(not forward[u] for u in users[r] if u > p):
                acts.append(r)
    # Buffers: views share their operand's buffer; constants own none.
    owner = {}
    for p, op in enumerate(ops):
        for r, t in zip(op["results"], op["types"]):
            is_view = op["name"] in VIEWS or (
                op["name"] == "stablehlo.convert" and op["operand_types"][0] == t)
            src = op["operand_text"][0] if op["operand_text"] else None
            owner[r] = owner.get(src, src) if is_view and src in pos_of else (
                src if is_view else r)
    last = {}
    for r in pos_of:
        end = max(users[r]) if users[r] else pos_of[r]
        if r in returned:
            end = n - 1
        o = owner[r]
        if o in pos_of:
            last[o] = max(last.get(o, -1), end)
    live = [0] * n
    for p, op in enumerate(ops):
        if op["name"] in CONSTANTS:
            continue
        for r in op["results"]:
            if owner[r] == r:
                for s in range(p, last[r] + 1):
                    live[s] += size[r]
    peak = max(live)
    return n, peak, live.index(peak), len(acts), sum(size[a] for a in acts)


def main():
    lines = open(sys.argv[1]).read().splitlines()
    for name, public, body in parse_functions(lines):
        if not public:
            continue
        n, peak, step, count, act_bytes = analyse(parse_ops(body))
        print(f"// CHECK: remark: @{name}: {n} ops, peak {peak} bytes at step {step}, "
              f"{count} activations, {act_bytes} activation bytes")


if __name__ == "__main__":
    main()
