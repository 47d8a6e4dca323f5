"""The deadlines of a register of requests, column by column (issue 13 §2).

``measure`` times ``request_deadlines_columns`` on a register of ``n`` requests (numpy
columns: days as ``datetime64[D]``, channel and complexity as string arrays; both laws, every
channel and complexity) against three ``add_many`` over the same days, interleaved, after
checking a sample of rows against the scalar facade; the same register as a polars and a
pandas frame; and the peak RSS of a fresh process computing it. ``python benchmarks/columns.py``
prints the figures alone; ``make bench`` (benchmarks/run.py) shows them with the other targets.
Times are CPU time of this process (benchmarks/timing.py), interleaved rounds, minimum.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accessinfo.batch import (  # noqa: E402
    add_many,
    numpy_index,
    request_deadlines_columns,
    request_deadlines_many,
)
from accessinfo.errors import AccessInfoError  # noqa: E402
from accessinfo.models.requests import InformationRequest  # noqa: E402
from accessinfo.tasks.columns import COLUMNS  # noqa: E402
from accessinfo.tasks.requests import request_deadlines  # noqa: E402
from benchmarks.timing import Stat, interleaved  # noqa: E402

SEED = 20261201
EPOCH = date(1970, 1, 1).toordinal()
CHANNELS = np.array(["in_person", "electronic", "post", "fax"])
COMPLEXITIES = np.array(["simple", "complex"])
TARGET = 5.0  # issue 13: ≤ 5× three add_many over the same days


@dataclass
class Result:
    """CPU seconds per request (``times``; "3 adds": per day of the three add_many) and the
    cross-checks done before timing."""

    n: int
    times: dict[str, Stat]
    checks: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.times["columns"].min / self.times["3 adds"].min

    @property
    def rows_per_second(self) -> float:
        return 1 / self.times["columns"].min


def register(starts: Any, rng: np.random.Generator) -> dict[str, Any]:
    """A register on ``starts`` (received = validated = sent): every channel, both kinds."""
    n = len(starts)
    return {
        "received": starts,
        "channel": CHANNELS[rng.integers(0, 4, n)],
        "complexity": COMPLEXITIES[rng.integers(0, 2, n)],
    }


def days(n: int, rng: np.random.Generator) -> Any:
    """n receipt days from 2019 to 2028: both laws, both sides of 2026-09-01."""
    lo, hi = date(2019, 1, 1).toordinal() - EPOCH, date(2028, 12, 31).toordinal() - EPOCH
    return rng.integers(lo, hi + 1, n).astype("datetime64[D]")


def check_sample(reg: Mapping[str, Any], out: Mapping[str, Any], sample: Any) -> None:
    """Rows of ``out`` against the scalar facade, field by field (raises on a difference)."""
    for k in sample.tolist():
        req = InformationRequest(
            received_at=reg["received"][k].item(),
            channel=str(reg["channel"][k]),
            complexity=str(reg["complexity"][k]),
        )
        try:
            d = request_deadlines(req)
        except AccessInfoError as exc:  # pragma: no cover - the register has no bad rows
            raise AssertionError(f"row {k}: the facade refused it: {exc}") from None
        for name in COLUMNS:
            got = out[name][k]
            got = got.item() if hasattr(got, "item") else got
            want = d.status if name == "status" else getattr(d.outcome, name)
            if got != want:
                raise AssertionError(f"row {k}: {name} is {got!r}, the facade says {want!r}")


def frames(reg: Mapping[str, Any]) -> dict[str, tuple[Callable[[], Any], int]]:
    """The same register as a polars and a pandas frame, deadlines added as columns."""
    n = len(reg["received"])
    methods: dict[str, tuple[Callable[[], Any], int]] = {}
    try:
        import polars as pl
    except ImportError:  # pragma: no cover - polars is in the dev extra
        pl = None
    if pl is not None:
        pf = pl.DataFrame(dict(reg))

        def with_polars() -> Any:
            out = request_deadlines_columns(pf["received"], pf["channel"], pf["complexity"])
            return pf.with_columns(**{k: pl.Series(v) for k, v in out.items()})

        methods["polars frame"] = (with_polars, n)
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas comes with dask[dataframe]
        pd = None
    if pd is not None:
        df = pd.DataFrame(dict(reg))

        def with_pandas() -> Any:
            out = request_deadlines_columns(df["received"], df["channel"], df["complexity"])
            return df.assign(**out)

        methods["pandas frame"] = (with_pandas, n)
    return methods


RSS_CHILD = """
import json, resource, numpy as np
from benchmarks.columns import register, days, SEED
from accessinfo.batch import request_deadlines_columns


def hwm():  # this process image's peak RSS in MiB (getrusage's ru_maxrss survives exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


rng = np.random.default_rng(SEED)
reg = register(days({n}, rng), rng)
request_deadlines_columns(reg["received"][:10], reg["channel"][:10], reg["complexity"][:10])
before = hwm()
out = request_deadlines_columns(reg["received"], reg["channel"], reg["complexity"])
after = hwm()
size = sum(a.nbytes for a in out.values())
print(json.dumps({{"before": before, "after": after, "out": size / 2**20}}))
"""


def peak_rss(n: int) -> dict[str, float]:
    """Peak RSS (MiB) of a fresh process computing the deadlines of an n-row register:
    ``before`` (inputs built, library warm), ``after`` (the call done), ``out`` (the columns).

    Read from /proc/self/status (VmHWM): ``resource.getrusage``'s ru_maxrss carries the
    parent's peak across ``exec`` on Linux, so a child started from a large benchmark
    process would report the parent's memory.
    """
    done = subprocess.run(
        [sys.executable, "-c", RSS_CHILD.format(n=n)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    got: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return got


def measure(
    starts: Any,
    *,
    rounds: int,
    many: Sequence[InformationRequest] = (),
    sample: int = 2_000,
) -> Result:
    """Time the columnar deadlines of a register on ``starts`` against three add_many over
    the same days (and, given ``many``, ``request_deadlines_many`` per request)."""
    rng = np.random.default_rng(SEED)
    reg = register(starts, rng)
    n = len(starts)
    numpy_index()
    out = request_deadlines_columns(reg["received"], reg["channel"], reg["complexity"])
    rows = rng.choice(n, size=min(sample, n), replace=False)
    check_sample(reg, out, rows)
    result = Result(n, {})
    result.checks.append(
        f"`request_deadlines_columns`: {len(rows):,} random rows of the {n:,}-row register "
        "equal to the scalar `request_deadlines` field by field (law, delivery, day zero, the "
        "four dates, provide_at_once, status)"
    )
    methods: dict[str, tuple[Callable[[], Any], int]] = {
        "columns": (
            lambda: request_deadlines_columns(reg["received"], reg["channel"], reg["complexity"]),
            n,
        ),
        "3 adds": (
            lambda: (add_many(starts, 12), add_many(starts, 24), add_many(starts, 3)),
            n,
        ),
    }
    if many:
        methods["many"] = (lambda: request_deadlines_many(many), len(many))
    result.times, _ = interleaved(methods, rounds)
    frame_times, _ = interleaved(frames(reg), max(3, rounds // 3))
    result.times.update(frame_times)
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    r = measure(days(n, np.random.default_rng(SEED)), rounds=rounds)
    for name, s in r.times.items():
        print(
            f"{name:14s} min {s.min * n * 1e3:8.1f} ms   median {s.median * n * 1e3:8.1f} ms (CPU)"
        )
    print(f"{r.rows_per_second:,.0f} requests/s")
    verdict = "PASS" if r.ratio <= TARGET else "FAIL"
    print(f"{verdict} deadlines of {n:,} requests / three add_many: ×{r.ratio:.2f} (≤ ×{TARGET})")
    rss = peak_rss(n)
    print(
        f"peak RSS {rss['after']:.0f} MiB ({rss['before']:.0f} MiB before the call; "
        f"the columns out are {rss['out']:.0f} MiB)"
    )
    for c in r.checks:
        print("checked:", c)


if __name__ == "__main__":
    main()
