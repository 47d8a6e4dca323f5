"""Column-wise use inside a DataFrame engine (polars), and pickling for distributed workers.

The recipe (also in docs/scale-out.md): turn a Date column into ``datetime64[D]`` with
``Series.to_numpy()``, call :func:`accessinfo.batch.add_many` / ``count_many`` on it inside
``map_batches``, and declare ``return_dtype``. The calendar travels to workers by pickle.
"""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import numpy as np
import polars as pl
import pytest

from accessinfo.batch import add_many, count_many, numpy_index
from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, WorkingDays
from accessinfo.errors import InvalidInput, OutsideCalendar

D = date


def due(period: WorkingDays | CalendarDays, calendar: WorkingCalendar = PUBLIC_SECTOR) -> pl.Expr:
    """A polars expression: the due date ``period`` after the ``received`` column."""
    return pl.col("received").map_batches(
        lambda s: pl.Series(add_many(s.to_numpy(), period, calendar=calendar)),
        return_dtype=pl.Date,
    )


def due_per_row(calendar: WorkingCalendar = PUBLIC_SECTOR) -> pl.Expr:
    """A polars expression: ``n`` working days (a column) after ``received``."""
    return pl.struct("received", "n").map_batches(
        lambda s: pl.Series(
            add_many(
                s.struct.field("received").to_numpy(),
                s.struct.field("n").to_numpy(),
                calendar=calendar,
            )
        ),
        return_dtype=pl.Date,
    )


def elapsed(as_of: date) -> pl.Expr:
    """A polars expression: working days from ``received`` (excluded) to ``as_of``."""
    return pl.col("received").map_batches(
        lambda s: pl.Series(count_many(s.to_numpy(), as_of)), return_dtype=pl.Int64
    )


FRAME = pl.DataFrame(
    {
        "ref": ["a", "b", "c", "d"],
        # Fri 09/01/2026 (next day a swapped working Saturday), Fri 13/02/2026 (Tết follows),
        # Fri 24/04/2026 (27/4 made up, 30/4-1/5), Fri 28/08/2026 (31/8-2/9 off)
        "received": [D(2026, 1, 9), D(2026, 2, 13), D(2026, 4, 24), D(2026, 8, 28)],
        "n": [3, 3, 3, 1],
    }
)


def test_polars_recipe_hand_worked() -> None:
    out = FRAME.with_columns(
        due3=due(WorkingDays(3)),
        due_n=due_per_row(),
        elapsed=elapsed(D(2026, 9, 4)),
    )
    assert out.schema["due3"] == pl.Date and out.schema["elapsed"] == pl.Int64
    assert out["due3"].to_list() == [
        D(2026, 1, 13),  # Sat 10/01 swapped working (1), Mon 12 (2), Tue 13 (3)
        D(2026, 2, 25),  # Tết 14-22/02 off: Mon 23 (1), Tue 24 (2), Wed 25 (3)
        # Sat 25, Sun 26 (Hùng Kings), Mon 27 compensatory: Tue 28 (1), Wed 29 (2);
        # Thu 30/4, Fri 1/5 holidays, weekend: Mon 04/05 (3)
        D(2026, 5, 4),
        # weekend, Mon 31/08 swapped off, 1-2/9 holidays: Thu 03 (1), Fri 04 (2), Mon 07 (3)
        D(2026, 9, 7),
    ]
    # d: Fri 28/08 + 1 working day = Thu 03/09 (29-30 weekend, 31/8 swapped off, 1-2/9)
    assert out["due_n"].to_list() == [D(2026, 1, 13), D(2026, 2, 25), D(2026, 5, 4), D(2026, 9, 3)]
    # (28/08, 04/09]: Thu 03, Fri 04 -> 2
    assert out["elapsed"].to_list()[3] == 2


def test_polars_lazy_and_chunked_equal_the_scalar_path() -> None:
    rng = np.random.default_rng(7)
    lo = (D(2019, 1, 1) - D(1970, 1, 1)).days
    days = rng.integers(lo, lo + 3650, 5_000).astype("datetime64[D]")
    ns = rng.integers(-30, 31, 5_000)
    big = pl.DataFrame({"received": days, "n": ns})
    # two chunks, as a streaming engine would hand them over
    chunked = pl.concat([big[:2500], big[2500:]], rechunk=False)
    out = chunked.lazy().with_columns(due=due_per_row(), due15=due(CalendarDays(15))).collect()
    starts = days.tolist()
    assert out["due"].to_list() == [
        PUBLIC_SECTOR.add(d, WorkingDays(int(n))) for d, n in zip(starts, ns, strict=True)
    ]
    assert out["due15"].to_list() == [PUBLIC_SECTOR.add(d, CalendarDays(15)) for d in starts]


def test_polars_nulls_and_out_of_range_raise_our_errors() -> None:
    with_null = pl.DataFrame({"received": [D(2026, 1, 9), None]})
    with pytest.raises(InvalidInput, match="NaT"):
        with_null.with_columns(due=due(WorkingDays(3)))
    # the recipe for nulls: filter them out first (a missing receipt date has no deadline)
    assert with_null.drop_nulls().with_columns(due=due(WorkingDays(3)))["due"].to_list() == [
        D(2026, 1, 13)
    ]
    old = pl.DataFrame({"received": [D(2017, 6, 1)]})
    with pytest.raises(OutsideCalendar):
        old.with_columns(due=due(WorkingDays(3)))


# -- pickling (Spark, Dask and multiprocessing ship the calendar to workers by pickle) --------


def test_calendar_with_its_built_index_pickles_and_answers_the_same() -> None:
    PUBLIC_SECTOR.add(D(2026, 1, 9), WorkingDays(1))  # make sure the index is built
    blob = pickle.dumps(PUBLIC_SECTOR)
    copy = pickle.loads(blob)
    assert isinstance(copy, WorkingCalendar) and copy is not PUBLIC_SECTOR
    assert (copy.version, copy.known_until, copy.name) == (
        PUBLIC_SECTOR.version,
        PUBLIC_SECTOR.known_until,
        PUBLIC_SECTOR.name,
    )
    first, last = D(2018, 1, 1), D(2035, 12, 31)
    every = [first + timedelta(k) for k in range((last - first).days + 1)]
    assert [copy.is_working_day(d) for d in every] == [
        PUBLIC_SECTOR.is_working_day(d) for d in every
    ]
    assert [copy.day(d) for d in every[::97]] == [PUBLIC_SECTOR.day(d) for d in every[::97]]
    arr = np.array(every[60:-60], dtype="datetime64[D]")
    for n in (-15, -1, 0, 1, 3, 15, 30):
        assert np.array_equal(add_many(arr, n, calendar=copy), add_many(arr, n))
    assert np.array_equal(
        count_many(arr, D(2030, 1, 1), calendar=copy), count_many(arr, D(2030, 1, 1))
    )
    assert len(blob) < 200_000  # small enough to broadcast to every worker


def test_derived_calendar_and_numpy_index_pickle() -> None:
    local = PUBLIC_SECTOR.with_overrides(rest_days={D(2026, 3, 2): "Lễ hội tỉnh"})
    copy = pickle.loads(pickle.dumps(local))
    assert not copy.is_working_day(D(2026, 3, 2))
    assert copy.version == local.version
    # Fri 27/02/2026 + 1 working day: Mon 02/03 is the local rest day -> Tue 03/03
    assert copy.add(D(2026, 2, 27), WorkingDays(1)) == D(2026, 3, 3)
    nx = numpy_index(PUBLIC_SECTOR)
    nx2 = pickle.loads(pickle.dumps(nx))
    assert np.array_equal(nx2.wd, nx.wd) and np.array_equal(nx2.cum_incl, nx.cum_incl)
