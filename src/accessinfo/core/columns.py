"""Columns in: dates and labels from numpy, pandas, polars or pyarrow, as numpy codes.

Used by the columnar functions (``accessinfo.tasks.columns``); knows no law. A date column
becomes day numbers (days since 1970-01-01, Vietnam time) and, where the column held aware
instants, the time of day in Vietnam in microseconds; a label column becomes small integer
codes. Missing values (``None``, ``NaT``, ``NaN``, nulls, an empty string) are kept apart
from bad ones: each converter returns a mask of the rows it could not read, and a way to
get a row's original value back (so that the caller can ask the scalar function what is
wrong with it, in its own words).

What a date column may hold (docs/scale-out.md, "Columns in"):

* ``datetime64[D]`` (numpy; a polars ``Date``; a pyarrow ``date32``): days, taken as they are;
* aware instants (a pandas ``datetime64[ns, tz]``, a polars ``Datetime`` with a time zone, a
  pyarrow ``timestamp`` with ``tz``, aware ``datetime`` objects): read in Vietnam time
  (UTC+07:00), as the scalar functions read an aware ``datetime``;
* naive ``datetime64[s|ms|us|ns]`` or a time zone-less timestamp: accepted only at midnight
  (how pandas stores plain dates); a time of day without a zone is a bad row, never guessed;
* ``date`` objects, ISO date strings (``"2026-01-09"``), or a mix with missing values.

>>> import numpy as np
>>> from datetime import date
>>> d = day_column(np.array(["2026-01-09", "NaT"], dtype="datetime64[D]"), "received", 2)
>>> int(d.days[0]) == date(2026, 1, 9).toordinal() - date(1970, 1, 1).toordinal()
True
>>> bool(d.missing[1])
True
>>> c = code_column(np.array(["post", "pigeon", ""]), "channel", ("post", "fax"), 3)
>>> c.codes.tolist()
[0, -2, -1]
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Final

from accessinfo.core.messages import msg
from accessinfo.errors import InvalidInput

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]
    SmallArray = npt.NDArray[np.int8]
    BoolArray = npt.NDArray[np.bool_]

# The column readers are for the authors of rules and facades (they get
# checked values): importable, outside the public API and its bad-input contract
# (docs/public-api.md).
__all__ = [
    "BAD",
    "MISSING",
    "NAT",
    "Codes",
    "Days",
]

NAT: Final = -(2**63)  # numpy's NaT as int64
MISSING: Final = -1  # code of a missing label
BAD: Final = -2  # code of a label that is not one of those allowed
_DAY_US: Final = 86_400_000_000
_VN_US: Final = 7 * 3_600_000_000  # Vietnam time is UTC+07:00
_VN: Final = timezone(timedelta(hours=7))
_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def numpy() -> Any:
    """The numpy module, or InvalidInput saying how to install it."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy is installed in the dev environment
        raise InvalidInput(msg("columns.numpy_needed")) from None
    return np


def _module(name: str) -> Any:
    """An optional library the caller's column already came from (so it is installed)."""
    return importlib.import_module(name)


def _kind(values: object) -> str:
    """``numpy``, ``pandas``, ``polars``, ``pyarrow`` or ``python``, without importing any."""
    top = type(values).__module__.split(".", 1)[0]
    return top if top in ("numpy", "pandas", "polars", "pyarrow") else "python"


def _missing(value: object) -> bool:
    """None, NaN, NaT, pandas NA or an empty string."""
    if value is None or (isinstance(value, str) and value == ""):
        return True
    if isinstance(value, float):
        return value != value
    kind = _kind(value)
    if kind == "numpy":
        np = numpy()
        return bool(np.isnat(value)) if isinstance(value, np.datetime64) else bool(value != value)
    if kind == "pandas":
        return str(value) in ("NaT", "<NA>", "nan")
    return False


def _plain(value: object) -> object:
    """A numpy/pyarrow scalar as the Python value the scalar functions take."""
    if _missing(value):
        return None
    if _kind(value) == "numpy":
        np = numpy()
        if isinstance(value, np.str_):
            return str(value)
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, np.datetime64):
            unit = np.datetime_data(value.dtype)[0]
            return value.item() if unit == "D" else value.astype("datetime64[us]").item()
    as_py = getattr(value, "as_py", None)
    if _kind(value) == "pyarrow" and callable(as_py):
        return as_py()
    to_py = getattr(value, "to_pydatetime", None)
    if _kind(value) == "pandas" and callable(to_py):
        return to_py()
    return value


def row_count(values: object, name: str) -> int:
    """The number of rows of a column (a 1-d array, a Series, a list …)."""
    if isinstance(values, (str, bytes, date)) or values is None:
        raise InvalidInput(msg("columns.not_a_column", name=name, got=f"{values!r:.60}"))
    if isinstance(values, (Mapping, AbstractSet)):  # keys or no order: not rows
        raise InvalidInput(msg("columns.not_a_column", name=name, got=type(values).__name__))
    shape = getattr(values, "shape", None)
    if shape is not None and len(shape) != 1:
        raise InvalidInput(msg("columns.one_dimensional", name=name, shape=tuple(shape)))
    try:
        return len(values)  # type: ignore[arg-type]
    except TypeError:
        raise InvalidInput(
            msg("columns.not_a_column", name=name, got=type(values).__name__)
        ) from None


def _rows(values: object, name: str, n: int) -> None:
    got = row_count(values, name)
    if got != n:
        raise InvalidInput(msg("columns.rows_differ", name=name, got=got, n=n))


def _getter(values: Any) -> Callable[[int], object]:
    """The original value of row k, as a Python value."""
    kind = _kind(values)
    if kind == "pandas" and hasattr(values, "iloc"):
        return lambda k: _plain(values.iloc[k])
    return lambda k: _plain(values[k])


# -- dates ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Days:
    """A date column: ``days`` since 1970-01-01 (NAT where missing or bad), the Vietnam time
    of day in µs where the value was an aware instant (else -1), and the masks."""

    days: IntArray
    tod: IntArray | None
    missing: BoolArray
    bad: BoolArray
    raw: Callable[[int], object]


def day_column(values: object, name: str, n: int) -> Days:
    """Read a date column (see the module docstring for what it may hold)."""
    np = numpy()
    _rows(values, name, n)
    kind = _kind(values)
    raw = _getter(values)
    if kind == "polars":
        return _polars_days(np, values, name, raw)
    if kind == "pyarrow":
        return _arrow_days(np, values, name, raw)
    if kind == "pandas":
        return _pandas_days(np, values, name, raw)
    if kind == "numpy" and isinstance(values, np.ndarray):
        return _numpy_days(np, values, name, raw)
    arr = np.empty(n, dtype=object)
    arr[:] = list(values)  # type: ignore[call-overload]  # a sequence: checked by row_count
    return _object_days(np, arr, name, raw)


def _numpy_days(np: Any, a: Any, name: str, raw: Callable[[int], object]) -> Days:
    if a.dtype.kind == "M":
        unit, count = np.datetime_data(a.dtype)
        if count != 1 or unit not in ("D", "h", "m", "s", "ms", "us", "ns"):
            raise InvalidInput(msg("columns.date_unit", name=name, dtype=a.dtype))
        if unit == "D":
            v = a.view(np.int64)
            missing = v == NAT
            return Days(v, None, missing, np.zeros(len(v), dtype=bool), raw)
        return _naive_instants(np, a.astype("datetime64[us]").view(np.int64), raw)
    if a.dtype.kind == "U":
        try:
            parsed = a.astype("datetime64")
        except ValueError:
            return _object_days(np, a.astype(object), name, raw)
        return _numpy_days(np, parsed, name, raw)
    if a.dtype.kind == "O":
        return _object_days(np, a, name, raw)
    raise InvalidInput(msg("columns.not_dates", name=name, dtype=a.dtype))


def _naive_instants(np: Any, us: Any, raw: Callable[[int], object]) -> Days:
    """Naive instants (µs): a date at midnight, a bad row at any other time."""
    missing = us == NAT
    days = np.floor_divide(us, _DAY_US)
    bad = (days * _DAY_US != us) & ~missing
    days[missing | bad] = NAT
    return Days(days, None, missing, bad, raw)


def _utc_instants(np: Any, us: Any, raw: Callable[[int], object]) -> Days:
    """UTC instants (µs) read in Vietnam time: the day and the time of day."""
    missing = us == NAT
    local = us + _VN_US
    days = np.floor_divide(local, _DAY_US)
    tod = local - days * _DAY_US
    days[missing] = NAT
    tod[missing] = -1
    return Days(days, tod, missing, np.zeros(len(us), dtype=bool), raw)


def _object_days(np: Any, a: Any, name: str, raw: Callable[[int], object]) -> Days:
    """One value at a time: dates, aware datetimes, ISO strings, missing values."""
    n = len(a)
    values = a.tolist()
    if set(map(type, values)) <= {date, type(None)}:  # the common case, in one pass
        to = date.toordinal
        days = np.array([0 if v is None else to(v) for v in values], dtype=np.int64)
        missing = days == 0  # no date has ordinal 0
        days -= date(1970, 1, 1).toordinal()
        days[missing] = NAT
        return Days(days, None, missing, np.zeros(n, dtype=bool), raw)
    days = np.full(n, NAT, dtype=np.int64)
    tod = np.full(n, -1, dtype=np.int64)
    missing = np.zeros(n, dtype=bool)
    bad = np.zeros(n, dtype=bool)
    epoch = date(1970, 1, 1).toordinal()
    aware = False
    for k, x in enumerate(values):
        v = _plain(x)
        if v is None:
            missing[k] = True
        elif isinstance(v, datetime):
            if v.tzinfo is None or v.utcoffset() is None:
                bad[k] = True
                continue
            local = v.astimezone(_VN)
            days[k] = local.toordinal() - epoch
            t = local.time()
            tod[k] = ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond
            aware = True
        elif isinstance(v, date):
            days[k] = v.toordinal() - epoch
        elif isinstance(v, str):
            if not _ISO_DAY.fullmatch(v):  # only YYYY-MM-DD is a date here
                bad[k] = True
                continue
            try:
                days[k] = date.fromisoformat(v).toordinal() - epoch
            except ValueError:  # 2026-02-30
                bad[k] = True
        else:
            bad[k] = True
    return Days(days, tod if aware else None, missing, bad, raw)


def _pandas_days(np: Any, s: Any, name: str, raw: Callable[[int], object]) -> Days:
    dtype = s.dtype
    if getattr(dtype, "tz", None) is not None:  # DatetimeTZDtype
        utc = s.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy()
        return _utc_instants(np, utc.astype("datetime64[us]").view(np.int64), raw)
    if type(dtype).__name__ == "ArrowDtype":
        return _arrow_days(np, _module("pyarrow").array(s), name, raw)
    return _numpy_days(np, s.to_numpy(), name, raw)


def _polars_days(np: Any, s: Any, name: str, raw: Callable[[int], object]) -> Days:
    import polars as pl

    dtype = s.dtype
    if dtype == pl.Date:
        return _numpy_days(np, s.to_numpy(), name, raw)
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone is not None:
            utc = s.dt.convert_time_zone("UTC").dt.replace_time_zone(None)
            us = utc.dt.cast_time_unit("us").to_physical().fill_null(NAT).to_numpy()
            return _utc_instants(np, us.astype(np.int64), raw)
        us = s.dt.cast_time_unit("us").to_physical().fill_null(NAT).to_numpy()
        return _naive_instants(np, us.astype(np.int64), raw)
    if dtype in (pl.String, pl.Object):
        return _numpy_days(np, s.to_numpy().astype(object), name, raw)
    raise InvalidInput(msg("columns.polars_dtype", name=name, dtype=dtype))


def _arrow_days(np: Any, a: Any, name: str, raw: Callable[[int], object]) -> Days:
    pa = _module("pyarrow")

    t = a.type
    if pa.types.is_date(t):
        return _numpy_days(np, a.cast(pa.date32()).to_numpy(zero_copy_only=False), name, raw)
    if pa.types.is_timestamp(t):
        naive = a.cast(pa.timestamp("us"))  # the UTC instant when t has a zone
        us = naive.to_numpy(zero_copy_only=False).view(np.int64)
        if t.tz is not None:
            return _utc_instants(np, us.copy(), raw)
        return _naive_instants(np, us.copy(), raw)
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return _object_days(np, np.asarray(a.to_pylist(), dtype=object), name, raw)
    raise InvalidInput(msg("columns.arrow_dtype", name=name, dtype=t))


# -- labels ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Codes:
    """A label column as codes: ``allowed.index(label)``, MISSING or BAD."""

    codes: SmallArray
    raw: Callable[[int], object]


def code_column(values: object, name: str, allowed: tuple[str, ...], n: int) -> Codes:
    """Read a column of labels (strings, categoricals), or one label for every row."""
    np = numpy()
    if values is None or isinstance(values, str):
        if values is None or values == "":
            code = MISSING
        else:
            code = allowed.index(values) if values in allowed else BAD
        return Codes(np.full(n, code, dtype=np.int8), lambda _k: values)
    _rows(values, name, n)
    kind = _kind(values)
    raw = _getter(values)
    if kind == "polars":
        return Codes(_polars_codes(np, values, allowed), raw)
    if kind == "pyarrow":
        return Codes(_arrow_codes(np, values, allowed), raw)
    if kind == "pandas":
        dtype = values.dtype  # type: ignore[attr-defined]
        if type(dtype).__name__ == "CategoricalDtype":
            cats = [str(c) for c in dtype.categories]
            lut = np.array([*_codes_of(np, cats, allowed), MISSING], dtype=np.int8)
            return Codes(np.take(lut, values.cat.codes.to_numpy()), raw)  # type: ignore[attr-defined]
        try:
            pa = _module("pyarrow")
            arr = pa.array(values)
        except (ImportError, TypeError, ValueError, OverflowError):
            arr = None
        if arr is not None and (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
            return Codes(_arrow_codes(np, arr, allowed), raw)
        return Codes(_numpy_codes(np, values.to_numpy(), allowed), raw)  # type: ignore[attr-defined]
    a = values if isinstance(values, np.ndarray) else np.asarray(list(values), dtype=object)  # type: ignore[call-overload]
    return Codes(_numpy_codes(np, a, allowed), raw)


def _codes_of(np: Any, labels: list[str], allowed: tuple[str, ...]) -> list[int]:
    return [allowed.index(x) if x in allowed else (MISSING if x == "" else BAD) for x in labels]


def _numpy_codes(np: Any, a: Any, allowed: tuple[str, ...]) -> Any:
    if a.dtype.kind in "US":
        u = np.ascontiguousarray(a.astype("U") if a.dtype.kind == "S" else a)
        firsts = {ord(label[0]) & 0xFF for label in allowed if label}
        if len(firsts) == len(allowed) > 1 and 0 not in firsts:
            return _first_letter_codes(np, u, allowed)
        out = np.zeros(len(u), dtype=np.int8)
        matched = np.zeros(len(u), dtype=bool)
        for code, label in enumerate(allowed):  # one comparison per label, no scatter
            hit = u == label
            matched |= hit
            if code:
                out += hit.view(np.int8) * np.int8(code)
        if not matched.all():
            rest = np.flatnonzero(~matched)
            out[rest] = np.where(u[rest] == "", MISSING, BAD)
        return out
    if a.dtype.kind != "O":
        return np.full(len(a), BAD, dtype=np.int8)
    lookup: dict[Any, int] = {label: code for code, label in enumerate(allowed)}
    lookup[""] = lookup[None] = MISSING
    values = a.tolist()
    if set(map(type, values)) <= {str, type(None)}:  # the common case, in one pass
        return np.array([lookup.get(x, BAD) for x in values], dtype=np.int8)
    out = np.empty(len(a), dtype=np.int8)
    for k, x in enumerate(values):
        code = lookup.get(x, BAD) if isinstance(x, str) else BAD
        out[k] = MISSING if code == BAD and _missing(x) else code
    return out


_LITTLE: Final = sys.byteorder == "little"
_CHUNK: Final = 1 << 14  # rows per pass: the strings of a chunk stay in the CPU cache


def _first_letter_codes(np: Any, u: Any, allowed: tuple[str, ...]) -> Any:
    """Labels that differ in their first letter: the letter picks the label, one comparison
    of every whole string with its label confirms it (cheaper than one per label). The
    letter is read from its lowest byte: a wrong pick is only a comparison that fails."""
    size = len(allowed)
    lut = np.full(256, size, dtype=np.int8)  # size: no label starts so; size + 1: empty
    for code, label in enumerate(allowed):
        lut[ord(label[0]) & 0xFF] = code
    lut[0] = size + 1
    expected = np.array([*allowed, "\x00", ""], dtype=u.dtype)  # "\x00": matches no row here
    n, width = len(u), u.dtype.itemsize
    low = 0 if u.dtype.byteorder == "<" or (u.dtype.byteorder == "=" and _LITTLE) else 3
    first = u.view(np.uint8)[low::width]  # the lowest byte of each row's first character
    cand = np.empty(n, dtype=np.int8)
    ok = np.empty(n, dtype=bool)
    for a in range(0, n, _CHUNK):
        b = min(n, a + _CHUNK)
        np.take(lut, first[a:b], out=cand[a:b])
        np.equal(u[a:b], np.take(expected, cand[a:b]), out=ok[a:b])
    if ok.all() and not (cand >= size).any():
        return cand
    codes = np.where(ok, cand, BAD).astype(np.int8)
    codes[codes == size + 1] = MISSING  # an empty string: not given
    codes[codes == size] = BAD
    return codes


def _polars_codes(np: Any, s: Any, allowed: tuple[str, ...]) -> Any:
    import polars as pl

    if s.dtype not in (pl.String, pl.Categorical) and not isinstance(s.dtype, pl.Enum):
        return np.where(s.is_null().to_numpy(), MISSING, BAD).astype(np.int8)
    text = s.cast(pl.String)
    coded = text.cast(pl.Enum(list(allowed)), strict=False).to_physical()
    codes = np.array(coded.cast(pl.Int8).fill_null(BAD).to_numpy(), dtype=np.int8)
    empty = text.is_null() | (text == "")
    if empty.any():
        codes[empty.to_numpy()] = MISSING
    return codes


def _arrow_codes(np: Any, a: Any, allowed: tuple[str, ...]) -> Any:
    pa, pc = _module("pyarrow"), _module("pyarrow.compute")

    if isinstance(a, pa.ChunkedArray):
        a = a.combine_chunks()
    if isinstance(a, pa.DictionaryArray):
        lut = np.array(
            [*_codes_of(np, [str(x) for x in a.dictionary.to_pylist()], allowed)], dtype=np.int8
        )
        idx = a.indices.fill_null(-1).to_numpy(zero_copy_only=False)
        out = np.where(idx < 0, MISSING, np.take(lut, np.maximum(idx, 0)))
        return out.astype(np.int8)
    if not (pa.types.is_string(a.type) or pa.types.is_large_string(a.type)):
        return np.where(a.is_null().to_numpy(zero_copy_only=False), MISSING, BAD).astype(np.int8)
    found = pc.index_in(a, value_set=pa.array(list(allowed), type=a.type))
    codes = found.fill_null(BAD).to_numpy(zero_copy_only=False).astype(np.int8)
    missing = pc.or_kleene(a.is_null(), pc.equal(a, "")).fill_null(True)
    codes[missing.to_numpy(zero_copy_only=False)] = MISSING
    return codes


# -- yes / no / not stated ------------------------------------------------------------------


def flag_column(values: object, name: str, n: int) -> Codes:
    """A column of True / False / missing (not stated) as codes 1 / 0 / MISSING (BAD: other)."""
    np = numpy()
    if values is None or isinstance(values, bool):
        code = MISSING if values is None else int(values)
        return Codes(np.full(n, code, dtype=np.int8), lambda _k: values)
    _rows(values, name, n)
    raw = _getter(values)
    kind = _kind(values)
    if kind == "polars":
        values = values.to_numpy()  # type: ignore[attr-defined]  # Boolean with nulls: object
    elif kind == "pyarrow":
        values = np.asarray(values.to_pylist(), dtype=object)  # type: ignore[attr-defined]
    elif kind == "pandas":
        values = values.to_numpy(dtype=object)  # type: ignore[attr-defined]
    a = values if isinstance(values, np.ndarray) else np.asarray(list(values), dtype=object)  # type: ignore[call-overload]
    if a.dtype == np.bool_:
        return Codes(a.astype(np.int8), raw)
    out = np.empty(len(a), dtype=np.int8)
    for k, x in enumerate(a.tolist()):
        out[k] = int(x) if isinstance(x, bool) else (MISSING if _missing(x) else BAD)
    return Codes(out, raw)
