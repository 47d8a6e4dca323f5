"""`make scale`: the deadlines of a register of requests on Spark (local mode) and Dask.

Spark: ``n`` requests generated in Spark (receipt days 2019-2028, every channel, both kinds
of information, so both laws and both sides of 2026-09-01), their deadlines computed with
``request_deadlines_columns`` inside ``mapInArrow`` on the executors, written to Spark's
``noop`` sink (every row computed, nothing stored); a random sample of rows collected and
checked against the scalar ``request_deadlines`` field by field; and Decisions returned
from the Python workers (pickled) equal to the same Decisions computed on the driver. Dask:
the same register as a pandas frame in partitions, through ``map_partitions``. Each prints
rows per second (the best of a few runs; the first run of each also warms the workers).

Not part of ``make test``: pyspark is large and starts a JVM. ``make scale`` installs it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accessinfo.calendar import PUBLIC_SECTOR  # noqa: E402
from accessinfo.models.requests import InformationRequest  # noqa: E402
from accessinfo.tasks.columns import COLUMNS  # noqa: E402
from accessinfo.tasks.requests import request_deadlines  # noqa: E402
from benchmarks.recipes import recipe  # noqa: E402

FIRST = date(2019, 1, 1)
SPAN = (date(2028, 12, 31) - FIRST).days + 1
CHANNELS = ("in_person", "electronic", "post", "fax")
SPARK = recipe("spark")  # the recipes as docs/scale-out.md shows them
DASK = recipe("dask")


# -- the checks ---------------------------------------------------------------------------------


def _facade(received: date, channel: str, complexity: str) -> dict[str, Any]:
    d = request_deadlines(
        InformationRequest(received_at=received, channel=channel, complexity=complexity)
    )
    row = {name: getattr(d.outcome, name) for name in COLUMNS if name != "status"}
    row["status"] = d.status
    return row


def _plain(value: Any) -> Any:
    """A pandas cell as the facade's value: a Timestamp as a date, NaT / NA as None."""
    if value is None or value != value:  # NaT and NaN are not equal to themselves
        return None
    return value.date() if hasattr(value, "date") else value


def check_rows(rows: list[Any]) -> int:
    """Every collected row equal to the scalar facade; returns the number checked."""
    for r in rows:
        want = _facade(r["received"], r["channel"], r["complexity"])
        got = {name: r[name] for name in COLUMNS}
        if got != want or r["error"] is not None:
            raise SystemExit(f"row {r['reference']} differs from the facade: {got} != {want}")
    return len(rows)


def decisions_from_workers(sc: Any, n: int) -> int:
    """Decisions computed in the Python workers, pickled back, equal to the driver's."""
    days = [FIRST + timedelta(days=(k * 37) % SPAN) for k in range(n)]

    def part(items: Any) -> Any:
        for k, day in items:
            yield request_deadlines(
                InformationRequest(received_at=day, channel=CHANNELS[k % 4], complexity="complex")
            )

    got = sc.parallelize(list(enumerate(days)), 4).mapPartitions(part).collect()
    here = [
        request_deadlines(
            InformationRequest(received_at=day, channel=CHANNELS[k % 4], complexity="complex")
        )
        for k, day in enumerate(days)
    ]
    if got != here:
        raise SystemExit("Decisions returned by the Spark workers differ from the driver's")
    return len(got)


# -- Spark --------------------------------------------------------------------------------------


def spark_run(n: int, runs: int, sample: int) -> dict[str, Any]:
    warnings.filterwarnings("ignore", "PySpark does not yet fully support", FutureWarning)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("accessinfo-scale")
        .config("spark.driver.memory", "2g")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100000")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        requests = (
            spark.range(n, numPartitions=4)
            .withColumnRenamed("id", "reference")
            .withColumn(
                "received",
                F.date_add(F.lit(FIRST), (F.abs(F.hash("reference")) % SPAN).cast("int")),
            )
            .withColumn(
                "channel",
                F.element_at(
                    F.array(*[F.lit(c) for c in CHANNELS]),
                    (F.abs(F.hash("reference", F.lit(1))) % 4 + 1).cast("int"),
                ),
            )
            .withColumn(
                "complexity",
                F.when(F.abs(F.hash("reference", F.lit(2))) % 2 == 0, "simple").otherwise(
                    "complex"
                ),
            )
            .cache()
        )
        requests.count()  # generated once, outside the timing
        given = ", ".join(f"{f.name} {f.dataType.simpleString()}" for f in requests.schema)
        with_deadlines = requests.mapInArrow(
            SPARK["deadlines_in_arrow"], f"{given}, {SPARK['DEADLINES']}"
        )
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            with_deadlines.write.format("noop").mode("overwrite").save()
            times.append(time.perf_counter() - t0)
        fraction = min(1.0, 2 * sample / n)
        rows = with_deadlines.sample(fraction=fraction, seed=20261201).limit(sample).collect()
        checked = check_rows([r.asDict() for r in rows])
        errors = with_deadlines.where("error IS NOT NULL").count()
        laws = {
            r["rule_set"]: r["count"] for r in with_deadlines.groupBy("rule_set").count().collect()
        }
        returned = decisions_from_workers(spark.sparkContext, 200)
        return {
            "n": n,
            "best": min(times),
            "times": times,
            "checked": checked,
            "errors": errors,
            "laws": laws,
            "decisions": returned,
        }
    finally:
        spark.stop()


# -- Dask ---------------------------------------------------------------------------------------


def dask_run(n: int, runs: int) -> dict[str, Any]:
    import dask.dataframe as dd
    import pandas as pd

    rng = np.random.default_rng(20261201)
    first = np.datetime64(FIRST, "D")
    frame = pd.DataFrame(
        {
            "received": first + rng.integers(0, SPAN, n).astype("timedelta64[D]"),
            "channel": np.array(CHANNELS)[rng.integers(0, 4, n)],
            "complexity": np.array(["simple", "complex"])[rng.integers(0, 2, n)],
        }
    )
    ddf = dd.from_pandas(frame, npartitions=8)
    with_deadlines = DASK["with_deadlines"]
    result = ddf.map_partitions(
        with_deadlines, PUBLIC_SECTOR, meta=with_deadlines(ddf.head(0, npartitions=1))
    )
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = result.compute(scheduler="threads")
        times.append(time.perf_counter() - t0)
    sample = done.sample(n=min(2_000, n), random_state=1)
    for r in sample.to_dict("records"):
        want = _facade(r["received"].date(), r["channel"], r["complexity"])
        got = {name: _plain(r[name]) for name in COLUMNS}
        if got != want:
            raise SystemExit(f"dask row differs from the facade: {got} != {want}")
    return {"n": n, "best": min(times), "times": times, "checked": len(sample)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    if not args.skip_spark:
        s = spark_run(args.n, args.runs, args.sample)
        print(
            f"Spark local[2], mapInArrow: {s['n']:,} requests in {s['best']:.2f} s (best of "
            f"{len(s['times'])}: {', '.join(f'{t:.2f}' for t in s['times'])}) = "
            f"{s['n'] / s['best']:,.0f} requests/s"
        )
        print(
            f"  {s['checked']:,} sampled rows equal to the scalar facade; {s['errors']} rows "
            f"in error; by law: {s['laws']}; {s['decisions']} Decisions returned from the "
            "workers equal to the driver's"
        )
    d = dask_run(args.n, args.runs)
    print(
        f"Dask map_partitions (8 partitions, threads): {d['n']:,} requests in {d['best']:.2f} s "
        f"= {d['n'] / d['best']:,.0f} requests/s; {d['checked']:,} sampled rows equal to the "
        "scalar facade"
    )


if __name__ == "__main__":
    main()
