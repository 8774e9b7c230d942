"""Compiles a small train step with XLA:CPU, dumping XLA's buffer assignment, and checks what
bench/xla/xla_memory.py reads from the dump against XLA's own memory analysis."""
import json
import os
import subprocess
import sys
import tempfile

dump = tempfile.mkdtemp(prefix="xla-dump-")
os.environ["XLA_FLAGS"] = f"--xla_dump_to={dump} --xla_dump_hlo_as_text"
import jax
import jax.numpy as jnp

tool = sys.argv[1]


def loss(ws, x):
    for w in ws:
        x = jnp.tanh(x @ w)
    return jnp.mean(x * x)


ws = [jnp.full((128, 128), 0.01, jnp.float32) for _ in range(6)]
x = jnp.ones((64, 128), jnp.float32)
compiled = jax.jit(jax.value_and_grad(loss)).lower(ws, x).compile()
temp = compiled.memory_analysis().temp_size_in_bytes
out = os.path.join(dump, "analysis.json")
proc = subprocess.run([sys.executable, tool, dump, "--module", "jit_loss", "--json", out, "--top", "3"],
                      capture_output=True, text=True)
print(proc.stdout.splitlines()[0].split(":")[0])
r = json.load(open(out))
print("temp bytes as XLA's memory analysis:", r["temp_bytes"] == temp, temp > 0)
print("peak within the allocation:", 0 < r["peak_live_bytes"] <= r["temp_bytes"])
print("profile covers the schedule:", len(r["profile"]) == r["instructions"],
      max(r["profile"]) == r["peak_live_bytes"])
print("largest live values listed:", len(r["live_at_peak"]) == min(3, r["live_at_peak_count"]),
      sum(v["bytes"] for v in r["live_at_peak"]) <= r["peak_live_bytes"],
      all(v["first"] <= r["peak_at"] <= v["last"] for v in r["live_at_peak"]))
bad = subprocess.run([sys.executable, tool, dump, "--module", "no_such_module"],
                     capture_output=True, text=True)
print("unknown module:", bad.returncode != 0, bad.stderr.strip())
