"""``accessinfo.core.columns``: date, label and flag columns from every source, as codes.

Each converter keeps three things apart: a value it reads, a missing value (None, NaN, NaT,
null, ""), and a value it cannot read (a bad row, which the caller puts to the scalar
function for its reason). Expected day numbers are computed from ``date.toordinal``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import numpy as np
import pytest

from accessinfo.batch import request_deadlines_columns
from accessinfo.core.columns import (
    BAD,
    MISSING,
    NAT,
    code_column,
    day_column,
    flag_column,
    row_count,
)
from accessinfo.errors import InvalidInput

EPOCH = date(1970, 1, 1).toordinal()
LABELS = ("in_person", "electronic", "post", "fax")


def day(d: date) -> int:
    return d.toordinal() - EPOCH


def read(values: Any) -> tuple[list[int], list[bool], list[bool]]:
    col = day_column(values, "received", row_count(values, "received"))
    return col.days.tolist(), col.missing.tolist(), col.bad.tolist()


def codes(values: Any, allowed: tuple[str, ...] = LABELS, n: int | None = None) -> list[int]:
    size = n if n is not None else row_count(values, "channel")
    return code_column(values, "channel", allowed, size).codes.tolist()


# -- dates --------------------------------------------------------------------------------------


def test_plain_dates_from_every_python_form() -> None:
    d = date(2026, 1, 9)
    got = read([d, "2026-01-09", None, float("nan"), "", np.datetime64("NaT"), "2026-02-30"])
    assert got[0] == [day(d), day(d), NAT, NAT, NAT, NAT, NAT]
    assert got[1] == [False, False, True, True, True, True, False]
    assert got[2] == [False] * 6 + [True]


def test_strings_that_are_not_iso_days_are_bad_rows() -> None:
    days, _, bad = read(np.array(["2026-01-09", "9/1/2026", "2026-W02-5"]))
    assert days[0] == day(date(2026, 1, 9)) and bad == [False, True, True]
    assert read([b"2026-01-09", 20260109, ["2026-01-09"]])[2] == [True, True, True]


def test_aware_datetimes_are_read_in_vietnam_time() -> None:
    values = [
        datetime(2026, 1, 8, 17, 0, tzinfo=UTC),  # 00:00 on 9 January in Hà Nội
        datetime(2026, 1, 9, 23, 59, tzinfo=timezone(timedelta(hours=7))),
        datetime(2026, 1, 9, 9, 30),  # naive: refused
    ]
    col = day_column(values, "received", 3)
    assert col.days.tolist()[:2] == [day(date(2026, 1, 9))] * 2
    assert col.tod is not None and col.tod.tolist()[:2] == [0, (23 * 60 + 59) * 60 * 10**6]
    assert col.bad.tolist() == [False, False, True]
    assert col.raw(2) == datetime(2026, 1, 9, 9, 30)  # the original, for the scalar's reason


def test_numpy_instants_midnight_is_a_day_any_other_time_a_bad_row() -> None:
    a = np.array(["2026-01-09T00:00", "2026-01-09T00:01", "NaT"], dtype="datetime64[ns]")
    days, missing, bad = read(a)
    assert days == [day(date(2026, 1, 9)), NAT, NAT]
    assert missing == [False, False, True] and bad == [False, True, False]
    col = day_column(a, "received", 3)
    assert col.raw(1) == datetime(2026, 1, 9, 0, 1)  # a naive datetime: the scalar refuses it
    assert col.raw(2) is None


def test_date_columns_refused_as_a_whole() -> None:
    with pytest.raises(InvalidInput, match="months or years"):
        read(np.array(["2026-01"], dtype="datetime64[M]"))
    with pytest.raises(InvalidInput, match="must hold dates"):
        read(np.array([1, 2]))
    with pytest.raises(InvalidInput, match="has 1 rows, received has 2"):
        day_column([date(2026, 1, 9)], "sent", 2)


def test_row_count_wants_one_column() -> None:
    for bad in ("2026-01-09", b"x", date(2026, 1, 9), None, 5, (x for x in [1])):
        with pytest.raises(InvalidInput, match="received"):
            row_count(bad, "received")
    with pytest.raises(InvalidInput, match="one-dimensional"):
        row_count(np.zeros((2, 2)), "received")


def test_a_mapping_or_a_set_is_not_a_column() -> None:
    """`make fuzz` (seed 2025703252): a dict of two entries passed as a two-row flag column got
    through the row count and raised KeyError: 0 when its row 0 was read."""
    for bad in ({"0": 0, "": 0}, {0: True, 1: False}, {1, 2}, frozenset({1, 2})):
        with pytest.raises(InvalidInput, match="must be a column"):
            row_count(bad, "agency_can_send_electronically")
    with pytest.raises(InvalidInput, match="agency_can_send_electronically must be a column"):
        request_deadlines_columns(
            [0, 0], None, None, agency_can_send_electronically={"0": 0, "": 0}
        )


def test_pandas_dates() -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    d = date(2026, 1, 9)
    assert read(pd.Series(pd.to_datetime([d, None])))[0] == [day(d), NAT]
    arrow = pd.Series([d, None], dtype="date32[pyarrow]")
    assert read(arrow)[:2] == ([day(d), NAT], [False, True])
    aware = pd.Series(pd.to_datetime(["2026-01-08 17:00", None]).tz_localize("UTC"))
    col = day_column(aware, "received", 2)
    assert col.days.tolist() == [day(d), NAT] and col.tod is not None
    assert col.tod.tolist() == [0, -1]
    assert day_column(aware, "received", 2).raw(0) == datetime(2026, 1, 8, 17, tzinfo=UTC)
    assert day_column(aware, "received", 2).raw(1) is None


def test_polars_dates() -> None:
    pl = pytest.importorskip("polars")
    d = date(2026, 1, 9)
    assert read(pl.Series([d, None]))[:2] == ([day(d), NAT], [False, True])
    assert read(pl.Series(["2026-01-09", "9/1"]))[2] == [False, True]
    with pytest.raises(InvalidInput, match="polars Date or Datetime"):
        read(pl.Series([1, 2]))


def test_arrow_dates() -> None:
    pa = pytest.importorskip("pyarrow")
    d = date(2026, 1, 9)
    assert read(pa.array([d, None], type=pa.date64()))[0] == [day(d), NAT]
    naive = pa.array([datetime(2026, 1, 9), datetime(2026, 1, 9, 8)], type=pa.timestamp("s"))
    assert read(naive)[2] == [False, True]
    assert read(pa.array(["2026-01-09", None]))[:2] == ([day(d), NAT], [False, True])
    assert day_column(pa.array(["x"]), "received", 1).raw(0) == "x"
    with pytest.raises(InvalidInput, match="arrow date or timestamp"):
        read(pa.array([1.5]))


# -- labels ---------------------------------------------------------------------------------------


def test_string_labels_every_way() -> None:
    values = ["post", "fax", "", "pigeon", "in_person", "electronic", "posts", "\x00x", "ñ"]
    want = [2, 3, MISSING, BAD, 0, 1, BAD, BAD, BAD]
    assert codes(np.array(values)) == want  # by first letter and one comparison
    assert codes(np.array(values, dtype=object)) == want
    assert codes(np.array([v.encode() for v in values[:7]])) == want[:7]  # bytes: decoded
    assert codes([*values, None, float("nan"), 3]) == [*want, MISSING, MISSING, BAD]
    # labels sharing a first letter: one comparison per label
    assert codes(np.array(["post", "pigeon", "", "x"]), ("post", "pigeon")) == [0, 1, -1, -2]
    assert codes(np.array([1, 2])) == [BAD, BAD]


def test_one_label_for_every_row() -> None:
    assert codes("fax", n=3) == [3, 3, 3]
    assert codes("pigeon", n=2) == [BAD, BAD]
    assert codes(None, n=2) == codes("", n=2) == [MISSING, MISSING]
    col = code_column("pigeon", "channel", LABELS, 2)
    assert col.raw(1) == "pigeon"


def test_pandas_labels() -> None:
    pd = pytest.importorskip("pandas")
    want = [2, MISSING, BAD, 3]
    assert codes(pd.Series(["post", None, "pigeon", "fax"])) == want
    assert codes(pd.Series(["post", None, "pigeon", "fax"], dtype="category")) == want
    assert codes(pd.Series(["post", None, "pigeon", "fax"], dtype=object)) == want
    assert codes(pd.Series([1, 2])) == [BAD, BAD]
    col = code_column(pd.Series(["post", "pigeon"], index=[10, 11]), "channel", LABELS, 2)
    assert col.raw(1) == "pigeon"  # by position, whatever the index


def test_polars_labels() -> None:
    pl = pytest.importorskip("polars")
    want = [2, MISSING, BAD, 3, MISSING]
    values = ["post", None, "pigeon", "fax", ""]
    assert codes(pl.Series(values)) == want
    assert codes(pl.Series(values).cast(pl.Categorical)) == want
    assert codes(pl.Series([1, None])) == [BAD, MISSING]


def test_arrow_labels() -> None:
    pa = pytest.importorskip("pyarrow")
    want = [2, MISSING, BAD, 3, MISSING]
    values = ["post", None, "pigeon", "fax", ""]
    assert codes(pa.array(values)) == want
    assert codes(pa.array(values, type=pa.large_string())) == want
    assert codes(pa.array(values).dictionary_encode()) == want
    assert codes(pa.chunked_array([values[:2], values[2:]])) == want
    assert codes(pa.array([1, None])) == [BAD, MISSING]
    assert code_column(pa.array(values), "channel", LABELS, 5).raw(2) == "pigeon"


# -- flags ----------------------------------------------------------------------------------------


def test_flags_every_way() -> None:
    assert flag_column(None, "f", 2).codes.tolist() == [MISSING, MISSING]
    assert flag_column(False, "f", 2).codes.tolist() == [0, 0]
    assert flag_column(np.array([True, False]), "f", 2).codes.tolist() == [1, 0]
    mixed = [True, None, "yes", np.nan, False]
    assert flag_column(mixed, "f", 5).codes.tolist() == [1, MISSING, BAD, MISSING, 0]
    assert flag_column(mixed, "f", 5).raw(2) == "yes"
    pl = pytest.importorskip("polars")
    assert flag_column(pl.Series([True, None]), "f", 2).codes.tolist() == [1, MISSING]
    pa = pytest.importorskip("pyarrow")
    assert flag_column(pa.array([False, None]), "f", 2).codes.tolist() == [0, MISSING]
    pd = pytest.importorskip("pandas")
    assert flag_column(pd.Series([True, None], dtype="boolean"), "f", 2).codes.tolist() == [
        1,
        MISSING,
    ]


def test_numpy_scalars_come_back_as_python_values() -> None:
    col = code_column(np.array(["pigeon"]), "channel", LABELS, 1)
    assert type(col.raw(0)) is str
    flags = flag_column(np.array([True, 2], dtype=object), "f", 2)
    assert flags.codes.tolist() == [1, BAD] and flags.raw(1) == 2
    days = day_column(np.array([np.datetime64("2026-01-09"), "x"], dtype=object), "r", 2)
    assert days.bad.tolist() == [False, True]
    assert day_column(np.array(["2026-01-09"], dtype="datetime64[D]"), "r", 1).raw(0) == date(
        2026, 1, 9
    )


def test_labels_whose_first_letters_share_a_low_byte() -> None:
    # "Ā" (U+0100) and "ā" ... share low bytes with NUL and "\x01": one comparison per label
    odd = ("\u0100x", "y")
    assert codes(np.array(["\u0100x", "y", "", "x"]), odd) == [0, 1, MISSING, BAD]
    clash = ("\u0161a", "a")  # š (U+0161) and "a" (U+0061) share the low byte 0x61
    assert codes(np.array(["\u0161a", "a", "ab", "\u0161"]), clash) == [0, 1, BAD, BAD]
    # a first letter whose low byte picks a label is still compared in full
    assert codes(np.array(["\u0170ost", "post"])) == [BAD, 2]
