"""Benchmark (not a test): judging a 100,000-row register of requests.

``python benchmarks/registers.py [--rows N]`` (``make bench-registers``) times, on one seeded
synthetic register (``examples/synthetic.py``, an agency of ~380 requests a working day):

* ``judge_requests`` on the columns in memory (the default engine: each distinct request's
  deadlines once, verdicts row by row), and the same on a pandas frame;
* the command line, ``accessinfo register FILE.csv --as-of … --out judged.csv``, end to end
  in a fresh process (reading and writing the files included);
* the reference engine (``engine="timeline"``: ``request_timeline`` for every row) on a
  sample, extrapolated;
* the columnar allowance of issue 13: five times three ``add_many`` calls over the same
  100,000 days (numpy arrays).

Before any time is reported, the default engine's rows are checked equal to the reference
engine's on the sample. Medians of ``--repeat`` runs; the machine's load is printed with them.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "examples"))

from synthetic import requests_register  # noqa: E402

from accessinfo.batch import add_many  # noqa: E402
from accessinfo.calendar import WorkingDays  # noqa: E402
from accessinfo.tasks.registers import judge_requests  # noqa: E402

AS_OF = date(2026, 12, 1)


def _cpu() -> float:
    """CPU seconds of this process and its finished children (less sensitive to the load of
    a shared machine than the wall clock)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _median(fn: object, repeat: int) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds) over ``repeat`` runs."""
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), _cpu()
        fn()  # type: ignore[operator]
        wall.append(time.perf_counter() - t)
        cpu.append(_cpu() - c)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=3_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()

    per_day = a.rows / 228  # working days from 2 January to 30 November 2026
    cols = requests_register(date(2026, 1, 2), date(2026, 11, 30), per_day=per_day, as_of=AS_OF)
    n = len(cols["received"])
    print(f"register: {n:,} requests (seeded synthetic), as of {AS_OF}; load {os.getloadavg()}")

    # 1. the answers first: default engine == reference engine on a sample
    sample = {k: v[: a.sample] for k, v in cols.items()}
    fast = judge_requests(sample, as_of=AS_OF, skip_bad=True)
    t, c = time.perf_counter(), _cpu()
    ref = judge_requests(sample, as_of=AS_OF, skip_bad=True, engine="timeline")
    t_ref = (time.perf_counter() - t, _cpu() - c)
    assert fast.rows == ref.rows, "the default engine differs from request_timeline"
    print(f"checked: {a.sample:,} rows equal to request_timeline row for row")

    # 2. the Python function
    t_cols = _median(lambda: judge_requests(cols, as_of=AS_OF, skip_bad=True), a.repeat)
    try:
        import pandas as pd

        frame = pd.DataFrame(cols)
        t_pd = _median(lambda: judge_requests(frame, as_of=AS_OF, skip_bad=True), a.repeat)
    except ImportError:  # pragma: no cover
        t_pd = (float("nan"), float("nan"))

    # 3. the command line, end to end
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "register.csv"
        with src.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(list(cols))
            for row in zip(*cols.values(), strict=True):
                w.writerow(["" if v is None else v for v in row])
        exe = str(Path(sys.executable).with_name("accessinfo"))

        def cli() -> None:
            out = Path(tmp) / "judged.csv"
            out.unlink(missing_ok=True)
            subprocess.run(
                [exe, "register", str(src), "--as-of", str(AS_OF), "--skip-bad", "--out", str(out)],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

        t_cli = _median(cli, a.repeat)

    # 4. the columnar allowance: 5 x three add_many calls over the same days
    import numpy as np

    days = np.array(cols["received"], dtype="datetime64[D]")

    def three_adds() -> None:
        for k in (3, 5, 15):
            add_many(days, WorkingDays(k))

    t_adds = _median(three_adds, max(a.repeat, 5))
    allowance = 5 * t_adds[1]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("judge_requests, columns in memory", t_cols),
        ("judge_requests, pandas frame", t_pd),
        ("accessinfo register CSV -> CSV (fresh process)", t_cli),
        (
            f"engine='timeline' (request_timeline per row), x{n / a.sample:.0f}",
            (t_ref[0] * n / a.sample, t_ref[1] * n / a.sample),
        ),
        ("columnar allowance: 5 x three add_many (issue 13)", (5 * t_adds[0], allowance)),
    ]
    print(f"\n{'what':<52} {'wall s':>8} {'CPU s':>8} {'rows/CPU s':>11} {'x allowance':>12}")
    for what, (wall, cpu) in rows:
        print(f"{what:<52} {wall:8.3f} {cpu:8.3f} {n / cpu:11,.0f} {cpu / allowance:12.0f}")
    print(f"\npeak RSS {peak:,.0f} MiB; load after {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
