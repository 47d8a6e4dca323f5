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
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
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
    model: type[BaseModel] | None = None  # set for an input model's validate method

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
    names = getattr(mod, "__all__", None)
    if names is None:  # an empty __all__ says: nothing public here
        names = [n for n in vars(mod) if not n.startswith("_")]
    for n in names:
        obj = getattr(mod, n, None)
        if inspect.isfunction(obj) and (hasattr(mod, "__all__") or obj.__module__ == mod.__name__):
            yield n, obj


def public_modules() -> list[types.ModuleType]:
    """Every importable module of the package with an ``__all__`` and no private part."""
    import pkgutil

    import accessinfo

    out = [accessinfo]
    for info in pkgutil.walk_packages(accessinfo.__path__, prefix="accessinfo."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue  # private modules and the deprecated 0.1 paths (accessinfo._compat)
        mod = importlib.import_module(info.name)
        if hasattr(mod, "__all__"):
            out.append(mod)
    return out


def input_models() -> list[type[BaseModel]]:
    from accessinfo.core.inputs import InputModel

    found: list[type[BaseModel]] = []
    todo: list[type[BaseModel]] = list(InputModel.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: (c.__name__, c.__module__))


def targets() -> list[Target]:
    """Every public callable to hold to the contract, without duplicates.

    The rule registry; every function in ``accessinfo.__all__`` and in the ``__all__`` of every
    public module (facades, core, models, articles, surfaces, calendar, batch, versions); the
    core functions below; ``model_validate`` and ``model_validate_json`` of every input model;
    every public method of ``WorkingCalendar``. The CLI is tested by ``test_cli_contract``.
    """
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
    for mod in public_modules():
        short = mod.__name__.removeprefix("accessinfo").removeprefix(".") or "accessinfo"
        for n, fn in _public_functions(mod):
            if getattr(fn, "__module__", "").startswith("accessinfo.surfaces.cli"):
                continue  # argparse plumbing; main(argv) has its own contract test
            add(f"{short}.{n}", fn)
    for n, _fn in inspect.getmembers(WorkingCalendar, inspect.isfunction):
        if not n.startswith("_"):
            add(f"WorkingCalendar.{n}", getattr(PUBLIC_SECTOR, n))
    for cls in input_models():
        for method in ("model_validate", "model_validate_json"):
            fn = getattr(cls, method)
            out.append(Target(f"{cls.__name__}.{method}", fn, inspect.signature(fn), {}, cls))
    return out


# -- strategies ---------------------------------------------------------------------------

in_range_dates = st.dates(min_value=FIRST, max_value=LAST)
offsets = st.sampled_from([-12 * 60, -11 * 60, -5 * 60, 0, 420, 420, 420, 435, 540, 14 * 60])


def _aware(d: date, t: time, minutes: int) -> datetime:
    return datetime.combine(d, t, tzinfo=timezone(timedelta(minutes=minutes)))


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


class NoOffset(tzinfo):
    """A tzinfo whose utcoffset() is None (the error must not depend on the machine's TZ)."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return "none"


class NaTLike(datetime):
    """Like pandas.NaT: a datetime subclass that equals nothing, itself included."""

    def __eq__(self, other: object) -> bool:
        return False

    def __ne__(self, other: object) -> bool:
        return True

    __hash__ = datetime.__hash__


_ODD = [timezone(timedelta(minutes=m)) for m in (435, 14 * 60, -12 * 60, 345, -(9 * 60 + 30))]
EXTREME_DATETIMES = [datetime.min.replace(tzinfo=tz) for tz in _ODD[:3]] + [
    datetime.max.replace(tzinfo=tz) for tz in _ODD[:3]
]
MARKUP = ['"><script>alert(1)</script>', "<img src=x onerror=alert(1)>", "a' onmouseover='x"]
DATE_TEXTS = [
    "2026-09-01T00:00:00",
    "2026-09-01T00:00:00+09:00",
    "2026-09-01T07:14+07:15",
    "1788000000",
    "20260901",
    "9999-12-31T23:59:59-12:00",
    "0001-01-01T00:00:00+14:00",
]
HUGE_JSON = ["[" * 50_000 + "]" * 50_000, '{"a":' * 3_000 + "1" + "}" * 3_000, '{"rule_id": []}']

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
    st.sampled_from(EXTREME_DATETIMES),
    st.builds(lambda d, t: datetime.combine(d, t, tzinfo=NoOffset()), st.dates(), st.times()),
    st.just(NaTLike(2026, 9, 1, tzinfo=UTC)),
    st.sampled_from(MARKUP + DATE_TEXTS + HUGE_JSON),
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


def _plain(value: Any) -> Any:
    """A drawn value as plain data (models as dicts), for model_validate(_json)."""
    if isinstance(value, _Deferred):
        return {k: _plain(v) for k, v in value.kwargs.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return value


def _json_text(value: Any) -> str:
    import json

    def default(v: Any) -> Any:
        return v.isoformat() if isinstance(v, (date, time)) else repr(v)

    try:
        return json.dumps(_plain(value), default=default, ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        return "{}"


def model_input(cls: type[BaseModel], as_json: bool) -> st.SearchStrategy[Any]:
    """Input for ``cls.model_validate`` (a dict, valid or not, or junk) or its JSON text."""
    fields = _model(cls, 0)
    data = st.one_of(fields, fields, junk)
    if not as_json:
        return data.map(_plain)
    return st.one_of(data.map(_json_text), st.sampled_from(HUGE_JSON + DATE_TEXTS), junk)
