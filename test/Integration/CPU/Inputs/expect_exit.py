#!/usr/bin/env python3
"""expect_exit.py STATUS COMMAND [ARGS...]

Runs COMMAND, copies its stdout and stderr to stdout (stderr after stdout), and exits 0 when
COMMAND exited with STATUS, 1 otherwise. Lets a lit test tell remat-run's exit statuses apart
(1: results differ, 2: bad input).
"""
import subprocess
import sys

expected = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:], capture_output=True, text=True)
sys.stdout.write(proc.stdout)
sys.stdout.write(proc.stderr)
if proc.returncode != expected:
    sys.stdout.write(f"expect_exit.py: exit status {proc.returncode}, expected {expected}\n")
    sys.exit(1)
