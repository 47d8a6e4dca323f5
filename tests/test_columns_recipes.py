"""The register recipes of docs/scale-out.md, run as the page shows them (polars, pandas, Dask).

``benchmarks.recipes.recipe`` executes the block after ``<!-- recipe: name -->``; each recipe
adds the deadline columns to a small register, and every row is checked against the scalar
``request_deadlines``. (The Spark recipe needs a JVM: ``make scale`` runs it.)
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import AccessInfoError
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.columns import COLUMNS
from accessinfo.tasks.requests import request_deadlines
from benchmarks.recipes import recipe, recipes

CHANNELS = ("in_person", "electronic", "post", "fax")
N = 48
# receipts every 5 days from 15 July 2026 (both sides of 1 September), every channel
RECEIVED = [date(2026, 7, 15) + timedelta(days=5 * k) for k in range(N)]
CHANNEL = [CHANNELS[k % 4] for k in range(N)]
COMPLEXITY = ["simple" if k % 3 else "complex" for k in range(N)]
DELIVERY = [None if k % 5 else "post" for k in range(N)]


def _want(k: int, **readings: Any) -> dict[str, Any]:
    req = InformationRequest(
        received_at=RECEIVED[k], channel=CHANNEL[k], complexity=COMPLEXITY[k], delivery=DELIVERY[k]
    )
    d = request_deadlines(req, **readings)
    return {
        **{name: getattr(d.outcome, name) for name in COLUMNS if name != "status"},
        "status": d.status,
    }


def _plain(value: Any) -> Any:
    if value is None or value != value:  # NaT, NaN
        return None
    if hasattr(value, "date") and callable(value.date):  # a pandas Timestamp
        return value.date()
    return value.item() if isinstance(value, np.generic) else value


def test_every_recipe_is_on_the_page() -> None:
    assert set(recipes()) == {"polars", "pandas", "spark", "dask"}


def test_polars_recipe() -> None:
    pl = pytest.importorskip("polars")
    with_deadlines = recipe("polars")["with_deadlines"]
    frame = pl.DataFrame(
        {"received": RECEIVED, "channel": CHANNEL, "complexity": COMPLEXITY, "delivery": DELIVERY}
    )
    out = with_deadlines(frame, extension_unit="working")
    # delivery comes back filled in: the channel where the register left it empty
    assert out.columns == [*frame.columns, *(c for c in COLUMNS if c != "delivery")]
    assert out.schema["respond_by"] == pl.Date and out.schema["status"] == pl.String
    for k, row in enumerate(out.iter_rows(named=True)):
        assert {name: row[name] for name in COLUMNS} == _want(k, extension_unit="working")
    bad = frame.with_columns(pl.Series("channel", ["pigeon", *CHANNEL[1:]]))
    out = with_deadlines(bad, errors="coerce")
    assert out["error"][0].startswith("[invalid-input] ") and out["error"].null_count() == N - 1
    with pytest.raises(AccessInfoError, match="row 0"):
        with_deadlines(bad)


def test_pandas_recipe() -> None:
    pd = pytest.importorskip("pandas")
    with_deadlines = recipe("pandas")["with_deadlines"]
    frame = pd.DataFrame(
        {
            "received": pd.to_datetime(RECEIVED),  # naive midnights, as read_csv gives them
            "channel": CHANNEL,
            "complexity": COMPLEXITY,
            "delivery": DELIVERY,
        }
    )
    out = with_deadlines(frame, period_unit="working")
    assert list(out.columns) == [*frame.columns, *(c for c in COLUMNS if c != "delivery")]
    for k, row in enumerate(out.to_dict("records")):
        assert {name: _plain(row[name]) for name in COLUMNS} == _want(k, period_unit="working")


def test_dask_recipe_on_a_small_frame() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    with_deadlines = recipe("dask")["with_deadlines"]
    frame = pd.DataFrame(
        {
            "received": np.array(RECEIVED, dtype="datetime64[D]"),
            "channel": CHANNEL,
            "complexity": COMPLEXITY,
        }
    )
    ddf = dd.from_pandas(frame, npartitions=4)
    meta = with_deadlines(ddf.head(0, npartitions=1))
    local = PUBLIC_SECTOR.with_overrides(rest_days={date(2026, 9, 3): "Lễ hội tỉnh"})
    done = ddf.map_partitions(with_deadlines, local, meta=meta).compute(scheduler="sync")
    assert list(done.columns) == [*frame.columns, *COLUMNS]
    assert len(done) == N
    for k, row in enumerate(done.to_dict("records")):
        req = InformationRequest(received_at=RECEIVED[k], channel=CHANNEL[k],
                                 complexity=COMPLEXITY[k])  # fmt: skip
        d = request_deadlines(req, calendar=local)
        want = {name: getattr(d.outcome, name) for name in COLUMNS if name != "status"}
        assert {name: _plain(row[name]) for name in COLUMNS} == {**want, "status": d.status}
    # the local rest day on 3/9/2026 moved at least one answer
    plain = ddf.map_partitions(with_deadlines, PUBLIC_SECTOR, meta=meta).compute(scheduler="sync")
    assert (plain["respond_by"] != done["respond_by"]).any()
