"""The rematerialized StableHLO is plain StableHLO again: it parses and verifies in JAX's MLIR
(StableHLO registered, no unregistered dialects allowed), no op, function or module carries a
remat.* attribute, the recomputed segments are fenced by stablehlo.optimization_barrier ops
whose last result (the backward value it waits for) is read, and XLA compiles it.

    parse_check.py CASE_DIR...

As a control, remat-opt's output without --remat-strip is checked too: it has remat.*
attributes, and JAX's MLIR rejects it (the remat dialect is unknown there)."""
import os
import sys

import remat_jax as R


def remat_attributes(module):
    found = []
    def visit(op):
        op = op.operation if hasattr(op, "operation") else op
        for i in range(len(op.attributes)):
            attr = op.attributes[i]
            if attr.name.startswith("remat."):
                found.append((op.name, attr.name))
        for region in op.regions:
            for block in region.blocks:
                for inner in block.operations:
                    visit(inner)
    visit(module.operation)
    return found


def barriers(module):
    out = []
    def visit(op):
        op = op.operation if hasattr(op, "operation") else op
        if op.name == "stablehlo.optimization_barrier":
            out.append(op)
        for region in op.regions:
            for block in region.blocks:
                for inner in block.operations:
                    visit(inner)
    visit(module.operation)
    return out


failed = False
for case in sys.argv[1:]:
    name = os.path.basename(os.path.normpath(case))
    text = open(os.path.join(case, "train_step.stablehlo.mlir")).read()
    try:
        R.run_remat_opt(text, budget="50%")
        budget = "50%"
    except R.InfeasibleBudgetError as e:
        budget = e.minimum_bytes
    after, plan = R.run_remat_opt(text, budget=budget)
    module = R.parse_stablehlo(after)
    with module.context:
        verified = module.operation.verify()
        attrs = remat_attributes(module)
        fences = barriers(module)
        # The last result is the backward value the barrier waits for: it must be read, or XLA
        # drops it and with it the ordering edge. (Fenced inputs that no recomputed op reads
        # may stay unread: XLA drops them, which changes nothing.)
        unread = sum(1 for b in fences if not any(True for _ in b.results[len(b.results) - 1].uses))
    R.compile_stablehlo(after)
    unstripped, _ = R.run_remat_opt(text, budget=budget, strip=False)
    control_attrs = unstripped.count("remat.")
    try:
        R.parse_stablehlo(unstripped)
        control_parses = True
    except R.RematError as e:
        control_parses = "remat" not in e.diagnostic
    ok = verified and not attrs and unread == 0 and control_attrs > 0 and not control_parses \
        and (len(fences) > 0) == (plan["recomputed_ops"] > 0)
    failed |= not ok
    print(f"{name}: parses and verifies: {'yes' if verified else 'no'}, remat attributes: "
          f"{len(attrs)}, barriers: {len(fences)}, unread waits: {unread}, XLA compiles: "
          f"yes; without remat-strip: {control_attrs} remat attributes, "
          f"{'parses' if control_parses else 'rejected by JAX (remat dialect unknown)'}")
sys.exit(1 if failed else 0)
