#!/usr/bin/env python3
"""Checks a remat-run result against the remat-plan report of the same step: the measured heap
peak equals the predicted peak, within the budget, and recomputation happened.
Usage: check_remat_run.py <remat-run.json> <report.json>
"""
import json
import sys

run = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
measured, predicted = run["peak_alloc_bytes"], report["peak_bytes_after"]
budget = report["budget_bytes"]
errors = []
if measured != predicted:
    errors.append(f"measured heap peak {measured} != predicted {predicted}")
if budget is not None and predicted > budget:
    errors.append(f"predicted peak {predicted} above the budget {budget}")
if report["recomputed_ops"] <= 0:
    errors.append("the plan recomputes nothing")
if errors:
    sys.exit("; ".join(errors))
print(f"peak {measured} bytes (before {report['peak_bytes_before']}), "
      f"recompute {report['recompute_flops']} FLOPs")
