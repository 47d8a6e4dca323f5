"""Discovery of the public API and strategies of valid and junk inputs for the contract test.

Everything here is driven by introspection (the rule registry, the facade modules' ``__all__``,
``inspect.signature`` and the type hints), so new rules and facades are covered without edits.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    CalendarDays,
    WorkingCalendar,
    WorkingDays,
)
from accessinfo.core.citations import Citation, Instrument, instrument
from accessinfo.core.decisions import Decision, Finding
from accessinfo.core.rules import registry

FACADE_MODULES = (
    "tasks.requests",
    "tasks.timeline",
    "tasks.access",
    "tasks.letters",
    "tasks.outages",
    "tasks.data_sharing",
    "tasks.violations_db",
    "tasks.sources",
    "batch",
    "versions",
    "calendar_files",
    "surfaces.schema",
    "surfaces.compact",
    "surfaces.request_files",
)
# Module-level public functions of the core, besides the facades and the rule registry.
CORE_FUNCTIONS = (
    ("accessinfo.core.citations", "instrument"),
    ("accessinfo.calendar", "as_vn_date"),
    ("accessinfo.calendar", "public_sector_calendar"),
    ("accessinfo.core.rules", "applicable"),
)

# How many inputs each target received in this session (printed by tests/conftest.py).
COUNTS: Counter[str] = Counter()

FIRST, LAST = date(2018, 1, 1), date(2035, 12, 31)
LOCAL = PUBLIC_SECTOR.with_overrides(
    rest_days={date(2026, 3, 2): "Lễ hội tỉnh"}, working_days=[date(2026, 3, 7)], name="local"
)


@dataclass(frozen=True)
class Target:
    """One public callable with its signature and resolved type hints."""

    name: str
    function: Callable[..., Any]
    signature: inspect.Signature
    hints: Mapping[str, Any] = field(default_factory=dict)

    @property
    def returns(self) -> Any:
        return self.hints.get("return", Any)


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(inspect.unwrap(fn))
    except Exception:  # unresolved forward references: fall back to junk-only inputs
        return {}


def _target(name: str, fn: Callable[..., Any]) -> Target:
    return Target(name, fn, inspect.signature(fn), _hints(fn))


def facade_modules() -> list[types.ModuleType]:
    """The facade modules that exist now (a missing one is not an error)."""
    out = []
    for short in FACADE_MODULES:
        try:
            out.append(importlib.import_module(f"accessinfo.{short}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"accessinfo.{short}":
                raise
    return out


def _public_functions(mod: types.ModuleType) -> Iterable[tuple[str, Callable[..., Any]]]:
    names = getattr(mod, "__all__", None) or [n for n in vars(mod) if not n.startswith("_")]
    for n in names:
        obj = getattr(mod, n, None)
        if inspect.isfunction(obj) and (hasattr(mod, "__all__") or obj.__module__ == mod.__name__):
            yield n, obj


def targets() -> list[Target]:
    """Every public function to hold to the contract, without duplicates."""
    seen: set[int] = set()
    out: list[Target] = []

    def add(name: str, fn: Callable[..., Any]) -> None:
        if id(fn) not in seen:
            seen.add(id(fn))
            out.append(_target(name, fn))

    for r in registry():
        add(f"rule:{r.id}", r.function)
    for mod in facade_modules():
        for n, fn in _public_functions(mod):
            add(f"{mod.__name__.removeprefix('accessinfo.')}.{n}", fn)
    for mod_name, n in CORE_FUNCTIONS:
        add(
            f"{mod_name.removeprefix('accessinfo.')}.{n}",
            getattr(importlib.import_module(mod_name), n),
        )
    for n, _fn in inspect.getmembers(WorkingCalendar, inspect.isfunction):
        if not n.startswith("_"):
            add(f"WorkingCalendar.{n}", getattr(PUBLIC_SECTOR, n))
    return out


# -- strategies ---------------------------------------------------------------------------

in_range_dates = st.dates(min_value=FIRST, max_value=LAST)
offsets = st.sampled_from([-11, -5, 0, 7, 7, 7, 9, 14])


def _aware(d: date, t: time, h: int) -> datetime:
    return datetime.combine(d, t, tzinfo=timezone(timedelta(hours=h)))


aware_datetimes = st.builds(_aware, in_range_dates, st.times(), offsets) | st.builds(
    lambda d, t: datetime.combine(d, t, tzinfo=VN_TZ), in_range_dates, st.times()
)
# Dates that matter: the transition of 2026-09-01, swapped Saturdays, Tết, the holidays.
focal_dates = st.sampled_from(
    [
        date(2018, 7, 1),
        date(2019, 1, 5),
        date(2019, 5, 4),
        date(2024, 5, 4),
        date(2025, 4, 26),
        date(2026, 1, 10),
        date(2026, 2, 13),
        date(2026, 4, 29),
        date(2026, 8, 22),
        date(2026, 8, 31),
        date(2026, 9, 1),
        date(2027, 12, 31),
        date(2035, 12, 20),
    ]
)
valid_dates = in_range_dates | focal_dates

NON_ASCII = ["", " ", "Hà Nội", "điện tử", "trực tiếp", "Điều 28", "🙂", "\x00", "e\u0301"]
UNKNOWN_WORDS = ["carrier_pigeon", "telegram", "ELECTRONIC", "unknown", "none", "raise "]

junk: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.sampled_from(NON_ASCII + UNKNOWN_WORDS + ["2026-01-09", "ngày 9 tháng 1 năm 2026"]),
    st.text(max_size=6),
    st.binary(max_size=4),
    st.booleans(),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.sampled_from([-1, 0, 10**6, -(10**6), 2**63, -(2**63)]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.datetimes(min_value=datetime(2018, 1, 2), max_value=datetime(2035, 12, 30)),  # naive
    st.dates(min_value=date(1, 1, 1), max_value=date(2017, 12, 31)),
    st.dates(min_value=date(2036, 1, 1), max_value=date(9999, 12, 31)),
    st.builds(_aware, st.dates(max_value=date(2017, 12, 31)), st.times(), offsets),
    st.builds(_aware, st.dates(min_value=date(2036, 1, 1)), st.times(), offsets),
    st.just(object()),
    st.just(PUBLIC_SECTOR),
    st.just(WorkingDays(3)),
    st.just(instrument("law_104_2016")),
    st.just(timedelta(days=3)),
    st.just(time(9, 30)),
)


def _literal_values(tp: Any) -> list[Any]:
    return list(typing.get_args(tp))


def _model(cls: type[BaseModel], depth: int) -> st.SearchStrategy[Any]:
    """Field values for a pydantic model; built inside the test so InvalidInput is counted."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, info in cls.model_fields.items():
        ok = valid_for(info.annotation, depth + 1)
        s = st.one_of(ok, ok, ok, junk) if depth == 0 else ok
        (fields if info.is_required() else optional)[name] = s
    return st.fixed_dictionaries(fields, optional=optional).map(lambda kw: _Deferred(cls, kw))


@dataclass(frozen=True)
class _Deferred:
    """A model to construct at call time (construction itself may raise InvalidInput)."""

    cls: type[BaseModel]
    kwargs: Mapping[str, Any]

    def build(self) -> Any:
        kw = {k: v.build() if isinstance(v, _Deferred) else v for k, v in self.kwargs.items()}
        return self.cls(**kw)

    def __repr__(self) -> str:
        return f"{self.cls.__name__}(**{dict(self.kwargs)!r})"


def valid_for(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A strategy of values that fit the annotation ``tp`` (in range, well-formed)."""
    if depth > 3:
        return st.none()
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any or tp is object or tp is inspect.Parameter.empty:
        return junk
    if tp is type(None) or tp is None:
        return st.none()
    if origin is typing.Literal:
        return st.sampled_from(_literal_values(tp))
    if origin in (typing.Union, types.UnionType):
        return st.one_of([valid_for(a, depth) for a in args])
    if origin is typing.Annotated:
        return valid_for(args[0], depth)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(min_value=-3, max_value=60) | st.sampled_from([2018, 2026, 2035])
    if tp is float:
        return st.floats(min_value=0, max_value=1e6)
    if tp is str:
        return st.sampled_from([*NON_ASCII[2:], "law_104_2016", "ref-1"]) | st.text(max_size=8)
    if tp is datetime:
        return aware_datetimes
    if tp is date:
        return valid_dates
    if tp is time:
        return st.times()
    if tp is WorkingCalendar:
        return st.sampled_from([PUBLIC_SECTOR, LOCAL])
    if tp in (WorkingDays, CalendarDays):
        return st.builds(tp, st.integers(min_value=-40, max_value=40))
    if tp is Citation:
        return st.just(instrument("law_104_2016").cite(30, 3))
    if tp is Instrument:
        return st.just(instrument("law_104_2016"))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if isinstance(tp, type) and issubclass(tp, BaseModel) and not issubclass(tp, Decision):
        return _model(tp, depth)
    if origin in (list, tuple, Sequence, Iterable, set, frozenset) or tp in (list, tuple):
        inner = valid_for(args[0], depth + 1) if args and args[0] is not Ellipsis else junk
        seq = st.lists(inner, max_size=4)
        return seq.map(tuple) if origin is tuple else seq
    if origin in (dict, Mapping) and len(args) == 2:
        return st.dictionaries(
            valid_for(args[0], depth + 1), valid_for(args[1], depth + 1), max_size=3
        )
    return junk


PATHISH = frozenset({"path", "directory", "dir", "folder", "out", "output", "dest", "file"})
# Junk for a parameter that names a place to write: never a string (an absolute path would
# write outside the sandbox), only wrong types.
path_junk = st.one_of(st.none(), st.integers(), st.floats(), st.just(object()), st.booleans())


def is_pathish(name: str, tp: Any) -> bool:
    """A parameter naming a file or directory (written to by e.g. ``schema.write_schemas``)."""
    return name in PATHISH or "Path" in repr(tp)


def outcome_type(target: Target) -> Any:
    """The ``T`` of ``Decision[T]`` (or ``Finding[T]``) the target promises, else None."""
    ret = target.returns
    if target.name.startswith("rule:") and ret is not Any:
        inner = typing.get_origin(ret) or ret
        if not (isinstance(inner, type) and issubclass(inner, (Finding, Decision))):
            return ret  # a rule body returning a plain value: the decorator wraps it
    origin = typing.get_origin(ret) or ret
    if isinstance(origin, type) and issubclass(origin, Finding):
        args = typing.get_args(ret)
        return args[0] if args else Any
    meta = getattr(ret, "__pydantic_generic_metadata__", None)
    if meta and meta.get("origin") is Decision:
        return meta["args"][0] if meta["args"] else Any
    if ret is Decision:
        return Any
    return None


def build(value: Any) -> Any:
    return value.build() if isinstance(value, _Deferred) else value
