#!/usr/bin/env python3
"""Where an XLA executable's temporary memory goes, from XLA's own dumps.

XLA's `temp_bytes` is one number; remat's memory model predicts a peak per tensor. To see why
they differ (which values XLA keeps live at its peak, and how its temporary memory rises and
falls over its schedule), compile the step with

    XLA_FLAGS="--xla_dump_to=DIR --xla_dump_hlo_as_text"

and run this script on DIR (or on one `*-live-range.txt` file of it). It reads the two files
XLA writes after buffer assignment:

- `<module>...-buffer-assignment.txt`: the allocations; the `preallocated-temp` one is XLA's
  temporary memory (its size is `temp_bytes`), and the values placed in it, with their sizes;
- `<module>...-live-range.txt`: XLA's instruction sequence and the live range of every value
  over it.

It prints the temp allocation's size, the most bytes of it in use at once (the union of the
places of the values live at an instruction: a value computed in place of its operand shares
its bytes; at most the allocation, the rest is fragmentation), the instruction there, the
largest values live there, and the highest point of each of `--windows` equal slices of the
schedule. `--json` writes the same, plus the whole profile.

Standard library only: it runs where the dump was made (the GPU machine) as well as here.
"""
import argparse
import glob
import json
import os
import re
import sys

_VALUE = re.compile(r"^\s*value: <\d+ (\S+?)(\{[^}]*\})? @\d+> \(size=(\d+),offset=(\d+)\)")
_ALLOCATION = re.compile(r"^allocation (\d+): size (\d+), (.*)$")


def find_module(path, module=None):
    """The live-range file for `path`: the file itself, or in a dump folder the one whose module
    name contains `module` (default: the module with the largest temp allocation, which in a
    dump of a training step is the step)."""
    if os.path.isfile(path):
        return path
    files = sorted(glob.glob(os.path.join(path, "*-live-range.txt")))
    if module:
        files = [f for f in files if module in os.path.basename(f)]
    if not files:
        raise SystemExit(f"error: no *-live-range.txt{' for ' + module if module else ''} in {path}; "
                         "compile with XLA_FLAGS='--xla_dump_to=DIR --xla_dump_hlo_as_text'")
    return max(files, key=lambda f: _temp_size(_assignment_file(f)))


def _temp_size(assignment_file):
    """The size of the preallocated-temp allocations, read from their header lines only."""
    total = 0
    with open(assignment_file) as fh:
        for line in fh:
            m = _ALLOCATION.match(line)
            if m and "preallocated-temp" in m.group(3):
                total += int(m.group(2))
    return total


def _assignment_file(live_range_file):
    f = live_range_file.replace("-live-range.txt", "-buffer-assignment.txt")
    if not os.path.isfile(f):
        raise SystemExit(f"error: {f} is missing (it comes with the live-range file)")
    return f


def read_temp_values(assignment_file):
    """The preallocated-temp allocations' total size and their values
    {(name, index): (allocation, offset, size)}."""
    temp_bytes, values, allocation = 0, {}, None
    with open(assignment_file) as fh:
        for line in fh:
            m = _ALLOCATION.match(line)
            if m:
                allocation = int(m.group(1)) if "preallocated-temp" in m.group(3) else None
                if allocation is not None:
                    temp_bytes += int(m.group(2))
                continue
            if not line.startswith(" "):
                allocation = None
                continue
            m = _VALUE.match(line)
            if m and allocation is not None:
                key = (m.group(1), (m.group(2) or "{}")[1:-1])
                values[key] = (allocation, int(m.group(4)), int(m.group(3)))
    return temp_bytes, values


def _covered(intervals):
    """Bytes covered by [offset, offset + size) intervals of (allocation, offset, size)."""
    total, end, current = 0, None, None
    for allocation, offset, size in sorted(intervals):
        if allocation != current:
            current, end = allocation, None
        lo, hi = offset, offset + size
        if end is not None and lo < end:
            lo = end
        if hi > lo:
            total += hi - lo
        end = hi if end is None else max(end, hi)
    return total


def read_live_ranges(live_range_file):
    """XLA's instruction sequence [name...] and the live ranges [(name, index, first, last)]."""
    sequence, ranges, section = {}, [], None
    with open(live_range_file) as fh:
        for line in fh:
            s = line.strip()
            if s == "InstructionSequence:":
                section = "sequence"
            elif s == "BufferLiveRange:":
                section = "ranges"
            elif s.startswith("Live ranges at"):
                break
            elif section == "sequence":
                m = re.match(r"(\d+):(\S+)$", s)
                if m:
                    sequence[int(m.group(1))] = m.group(2)
            elif section == "ranges":
                m = re.match(r"(\S+)\{([^}]*)\}:(\d+)-(\d+)$", s)
                if m:
                    ranges.append((m.group(1), m.group(2), int(m.group(3)), int(m.group(4))))
    if not sequence:
        raise SystemExit(f"error: {live_range_file} has no InstructionSequence")
    return [sequence[i] for i in sorted(sequence)], ranges


def analyze(live_range_file, top=20, windows=24):
    temp_bytes, placed = read_temp_values(_assignment_file(live_range_file))
    sequence, ranges = read_live_ranges(live_range_file)
    n = len(sequence)
    live = [(name, index, first, min(last, n - 1), placed[(name, index)][2])
            for name, index, first, last in ranges if (name, index) in placed]
    # Bytes of the temp allocation in use at each instruction: the union of the live values'
    # places (a value that takes over its operand's buffer in place shares its bytes).
    starts = {}
    for v in live:
        starts.setdefault(v[2], []).append(v)
    active, profile = [], []
    for i in range(n):
        active = [v for v in active if v[3] >= i] + starts.get(i, [])
        profile.append(_covered(placed[(v[0], v[1])] for v in active))
    peak_at = max(range(n), key=lambda i: profile[i]) if n else 0
    at_peak = sorted((v for v in live if v[2] <= peak_at <= v[3]), key=lambda v: (-v[4], v[2]))
    step = max(1, -(-n // max(1, windows)))
    slices = []
    for start in range(0, n, step):
        i = max(range(start, min(n, start + step)), key=lambda j: profile[j])
        slices.append({"from": start, "to": min(n, start + step) - 1, "peak_bytes": profile[i],
                       "at": i, "instruction": sequence[i]})
    return {
        "module": os.path.basename(live_range_file).split("-live-range.txt")[0],
        "instructions": n,
        "temp_bytes": temp_bytes,
        "temp_values": len(live),
        "peak_live_bytes": profile[peak_at] if n else 0,
        "peak_at": peak_at,
        "peak_instruction": sequence[peak_at] if n else None,
        "live_at_peak": [{"value": f"{name}{{{index}}}", "bytes": size, "first": first, "last": last}
                         for name, index, first, last, size in at_peak[:top]],
        "live_at_peak_count": len(at_peak),
        "windows": slices,
        "profile": profile,
    }


def _mib(b):
    return f"{b / 2**20:,.1f} MiB" if b >= 2**20 else f"{b:,} B"


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("dump", help="XLA dump folder (--xla_dump_to) or one *-live-range.txt file")
    p.add_argument("--module", default=None,
                   help="part of the module's name (default: the module with the largest temp "
                        "allocation)")
    p.add_argument("--top", type=int, default=20, help="largest values listed at the peak")
    p.add_argument("--windows", type=int, default=24, help="slices of the schedule in the profile")
    p.add_argument("--json", default=None, help="write the analysis (with the whole profile) here")
    args = p.parse_args(argv)
    r = analyze(find_module(args.dump, args.module), args.top, args.windows)
    print(f"module {r['module']}: {r['instructions']} instructions, temp allocation "
          f"{_mib(r['temp_bytes'])} ({r['temp_bytes']} B), {r['temp_values']} values in it")
    print(f"peak of live temp values: {_mib(r['peak_live_bytes'])} at {r['peak_at']} "
          f"({r['peak_instruction']}); {r['live_at_peak_count']} values live there, largest:")
    for v in r["live_at_peak"]:
        print(f"  {v['value']:<48} {_mib(v['bytes']):>14}  live {v['first']}-{v['last']}")
    print("highest point per slice of the schedule:")
    for w in r["windows"]:
        print(f"  {w['from']:>6}-{w['to']:<6} {_mib(w['peak_bytes']):>14}  at {w['at']} ({w['instruction']})")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(r, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
