"""Timing that holds on a noisy machine: CPU time, short interleaved rounds, minimum.

On a shared machine a process waits for a core most of the time; wall-clock times then
measure the queue, not the code (a 2-core machine at load 7: a 45 µs call timed at 150 µs in
long runs). So:

- every figure is CPU time of this process (``time.process_time``), which excludes the time
  it waits; every library runs single-threaded (polars is told so), as the others do;
- a timed call is short (about a millisecond for scalar work: a fixed slice of the
  workload), so that many rounds see few interruptions;
- the methods of one comparison run once per round, round after round (a, b, c, a, b, c …),
  so that whatever disturbs the machine disturbs all of them;
- the minimum over the rounds is the figure the ratios use, the median is shown beside it.

Fresh-process figures (cold start) count the child's CPU time in the same way.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Stat:
    """Seconds per operation: the minimum and the median over the rounds."""

    min: float
    median: float
    rounds: int

    def scaled(self, factor: float) -> Stat:
        return Stat(self.min * factor, self.median * factor, self.rounds)


def interleaved(
    methods: Mapping[str, tuple[Callable[[], Any], int]], rounds: int
) -> tuple[dict[str, Stat], dict[str, Any]]:
    """Time ``fn()`` for every ``name: (fn, operations per call)``, interleaved.

    Returns the seconds per operation of each method and the result of its last call (for
    the cross-checks). The garbage collector is off while a call is timed. A method's
    previous result is dropped before its next call, so that every call starts from the same
    memory (a large result kept alive would make the next call take fresh pages from the
    system while the others reuse what it freed).
    """
    times: dict[str, list[float]] = {name: [] for name in methods}
    results: dict[str, Any] = {}
    for _ in range(rounds):
        for name, (fn, ops) in methods.items():
            results.pop(name, None)
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                results[name] = fn()
                elapsed = time.process_time() - t0
            finally:
                gc.enable()
            times[name].append(elapsed / ops)
    return {name: Stat(min(v), statistics.median(v), len(v)) for name, v in times.items()}, results


CHILD = (
    "import time as _t\n"
    "_c0, _w0 = _t.process_time(), _t.perf_counter()\n"
    "exec({code!r})\n"
    "print((_t.process_time() - _c0) * 1000, (_t.perf_counter() - _w0) * 1000)\n"
)


def fresh_processes(probes: Mapping[str, str], rounds: int) -> dict[str, tuple[Stat, Stat]]:
    """(CPU ms, wall ms) of running each probe in a fresh interpreter, rounds interleaved.

    The interpreter's own start-up is excluded (the child times ``exec(code)``).
    """
    cpu: dict[str, list[float]] = {k: [] for k in probes}
    wall: dict[str, list[float]] = {k: [] for k in probes}
    env = dict(os.environ)
    for _ in range(rounds):
        for name, code in probes.items():
            out = subprocess.run(
                [sys.executable, "-c", CHILD.format(code=code)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env=env,
            )
            c, w = out.stdout.strip().splitlines()[-1].split()
            cpu[name].append(float(c))
            wall[name].append(float(w))
    return {
        k: (
            Stat(min(cpu[k]), statistics.median(cpu[k]), rounds),
            Stat(min(wall[k]), statistics.median(wall[k]), rounds),
        )
        for k in probes
    }


def modules_after(code: str) -> set[str]:
    """Modules loaded by a fresh interpreter after running ``code``."""
    child = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(out.stdout.split())


def load() -> tuple[float, float, float]:
    """The machine's load average (1, 5, 15 minutes); zeros where the OS has none."""
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - not on Unix
        return (0.0, 0.0, 0.0)


def cpus() -> int:
    return os.cpu_count() or 1
