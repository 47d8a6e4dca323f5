"""Timing helpers for the benchmarks: medians of repeated runs, fresh-process import times."""

from __future__ import annotations

import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median wall time of ``fn()`` over ``repeat`` runs (gc off while timing), and its result."""
    times = []
    result = None
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return statistics.median(times), result


def fresh_process_ms(code: str, repeat: int) -> float:
    """Median over ``repeat`` fresh interpreters of the time ``code`` takes (timed in-process).

    The child prints ``perf_counter`` deltas around ``exec(code)``; the interpreter's own
    start-up is excluded, so the figure is the cost of the import (and whatever ``code`` does).
    """
    child = (
        "import time as _t\n"
        "_t0 = _t.perf_counter()\n"
        f"exec({code!r})\n"
        "print((_t.perf_counter() - _t0) * 1000)\n"
    )
    values = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", child],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        values.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


def modules_after(code: str) -> set[str]:
    """Top-level modules loaded by a fresh interpreter after running ``code``."""
    child = f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    out = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return set(out.stdout.split())
