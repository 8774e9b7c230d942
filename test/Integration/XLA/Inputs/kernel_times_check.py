"""Feeds bench/xla/run.py's kernel-time reader a device trace written by hand (two steps on one
GPU stream, as jax.profiler records them) and prints what it reads."""
import json
import os
import sys
import tempfile

import run
from jax.profiler import ProfileData

US = 1_000_000  # picoseconds per microsecond
# Step 1: loop_add_fusion.3 [0, 100) us, a command buffer's fusion_7 [150, 250), a cuBLAS call
# [250, 300). The host then waits 9,700 us. Step 2: loop_add_fusion.3 [10000, 10100), the command
# buffer's fusion_9 [10120, 10220) and, on a second stream, fusion_7 [10150, 10200) overlapping it.
EVENTS = [(1, 0, 100, 11), (2, 150, 100, 12), (3, 250, 50, 13), (1, 10000, 100, 11),
          (4, 10120, 100, 12)]
SECOND = [(2, 10150, 50, 12)]


def line(ident, name, events):
    body = "".join(f"events {{ metadata_id: {m} offset_ps: {t * US} duration_ps: {d * US} "
                   f"stats {{ metadata_id: 1 ref_value: {s} }} }}\n" for m, t, d, s in events)
    return f'lines {{ id: {ident} name: "{name}" timestamp_ns: 0\n{body}}}\n'


names = {1: "loop_add_fusion_3", 2: "fusion_7", 3: "sm90_xmma_gemm_f32f32", 4: "fusion_9"}
stats = {1: "hlo_op", 11: "loop_add_fusion.3", 12: "command_buffer", 13: "custom-call.71"}
text = ('planes { id: 1 name: "/device:GPU:0"\n' + line(1, "Stream #13", EVENTS)
        + line(2, "Stream #14", SECOND)
        + "".join(f'event_metadata {{ key: {k} value {{ id: {k} name: "{v}" }} }}\n'
                  for k, v in names.items())
        + "".join(f'stat_metadata {{ key: {k} value {{ id: {k} name: "{v}" }} }}\n'
                  for k, v in stats.items())
        + "}\n")
with tempfile.TemporaryDirectory() as trace:
    os.makedirs(os.path.join(trace, "plugins", "profile", "run"))
    with open(os.path.join(trace, "plugins", "profile", "run", "host.xplane.pb"), "wb") as fh:
        fh.write(ProfileData.text_proto_to_serialized_xspace(text))
    k = run._kernel_times(trace, 2)
print("source", k["source"], "steps", k["steps"])
print("busy_ms", k["busy_ms"])
print("by_kind", json.dumps(k["by_kind"], sort_keys=True))
print("by_kernel", json.dumps(k["by_kernel"], sort_keys=True))
print("idle_ms", k["idle_ms"], "gaps", k["gaps_per_step"], "over 10us", k["gaps_over_10us_per_step"])
with tempfile.TemporaryDirectory() as empty:
    try:
        run._kernel_times(empty, 1)
    except RuntimeError as e:
        print("no trace:", str(e).replace(empty, "DIR"))
