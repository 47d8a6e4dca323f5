"""The hand-written frozen values behave as the frozen dataclasses they replace (issue 13).

SpecialDay, DayInfo, Reckoning, messages.Later and batch.NumpyIndex were dataclasses; they
are written by hand so that the calendar path does not import ``dataclasses`` (and with it
inspect, ast, dis, tokenize). Each is compared here with a real frozen dataclass declared
with the same fields and defaults (written in this file from the old declarations, not taken
from the code): construction, defaults, equality, hashing, repr, frozenness, pickling,
``dataclasses.fields``/``replace``/``asdict``/``is_dataclass`` and ``match``.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.batch import NumpyIndex
from accessinfo.calendar import DayInfo, Reckoning, SpecialDay, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Later
from accessinfo.core.rules import Rule, registry
from accessinfo.errors import InvalidInput

FACTORY = object()  # a field whose default was a new dict per value (default_factory=dict)

# (class, its fields in order, the defaults of the old dataclass)
SHAPES: list[tuple[type, tuple[str, ...], dict[str, Any]]] = [
    (
        SpecialDay,
        ("date", "kind", "name_vi", "name_en", "source", "status", "note"),
        {"note": ""},
    ),
    (
        DayInfo,
        ("date", "weekday", "working", "kind", "name_vi", "name_en", "source", "status", "note"),
        {"source": None, "status": "regular", "note": ""},
    ),
    (
        Reckoning,
        ("start", "period", "end", "uncertain", "beyond_known", "steps", "rolled"),
        {"rolled": False},
    ),
    (Later, ("key", "params"), {}),
    (
        Finding,
        (
            "outcome",
            "explanation",
            "basis",
            "caveats",
            "readings",
            "trace",
            "provisional",
            "calendar_version",
            "extra",
        ),
        {
            "explanation": None,
            "basis": (),
            "caveats": (),
            "readings": FACTORY,
            "trace": None,
            "provisional": False,
            "calendar_version": None,
            "extra": FACTORY,
        },
    ),
    (
        Rule,
        (
            "id",
            "family",
            "function",
            "citations",
            "valid_from",
            "valid_until",
            "rule_set",
            "module",
            "summary",
        ),
        {},
    ),
    (
        NumpyIndex,
        ("e0", "n", "w", "cum_excl", "cum_incl", "wd", "unc_incl", "unc_excl", "step"),
        {},
    ),
]


def reference(cls: type, names: tuple[str, ...], defaults: dict[str, Any]) -> Any:
    """A frozen dataclass of the same name, fields and defaults."""
    ns: dict[str, Any] = {"__annotations__": dict.fromkeys(names, "Any")}
    for name, default in defaults.items():
        ns[name] = dataclasses.field(default_factory=dict) if default is FACTORY else default
    ns["__qualname__"] = cls.__qualname__
    return dataclasses.dataclass(frozen=True)(type(cls.__name__, (), ns))


@pytest.mark.parametrize(
    ("cls", "names", "defaults"), SHAPES, ids=lambda x: getattr(x, "__name__", "")
)
def test_the_dataclass_view_is_the_old_one(
    cls: type, names: tuple[str, ...], defaults: dict[str, Any]
) -> None:
    assert dataclasses.is_dataclass(cls)
    fields = dataclasses.fields(cls)
    assert tuple(f.name for f in fields) == names
    for f in fields:
        if defaults.get(f.name) is FACTORY:
            assert f.default is dataclasses.MISSING and f.default_factory is dict
        elif f.name in defaults:
            assert f.default == defaults[f.name]
        else:
            assert f.default is dataclasses.MISSING
            assert f.default_factory is dataclasses.MISSING
    assert cls.__match_args__ == names  # type: ignore[attr-defined]
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def special(**change: Any) -> SpecialDay:
    values: dict[str, Any] = {
        "date": date(2026, 9, 2),
        "kind": "holiday",
        "name_vi": "Quốc khánh",
        "name_en": "National Day",
        "source": None,
        "status": "announced",
    }
    values.update(change)
    return SpecialDay(**values)


TEXT = st.text(max_size=12)
SPECIALS = st.builds(
    special,
    date=st.dates(date(2018, 1, 1), date(2035, 12, 31)),
    kind=st.sampled_from(["holiday", "compensatory", "swapped_rest", "swapped_working"]),
    name_vi=TEXT,
    name_en=TEXT,
    note=TEXT,
)
DAYS = st.builds(
    DayInfo,
    date=st.dates(date(2018, 1, 1), date(2035, 12, 31)),
    weekday=TEXT,
    working=st.booleans(),
    kind=st.sampled_from(["working", "weekend", "holiday"]),
    name_vi=TEXT,
    name_en=TEXT,
    status=st.sampled_from(["regular", "announced", "projected"]),
    note=TEXT,
)
RECKONINGS = st.builds(
    Reckoning,
    start=st.dates(),
    period=st.integers(-30, 30).map(WorkingDays),
    end=st.dates(),
    uncertain=st.lists(SPECIALS, max_size=2).map(tuple),
    beyond_known=st.booleans(),
    steps=st.none(),
    rolled=st.booleans(),
)
LATERS = st.builds(Later, key=TEXT, params=st.dictionaries(TEXT, st.integers(), max_size=2))


REFERENCES = {shape[0]: (reference(*shape), shape[1]) for shape in SHAPES}


def as_reference(value: Any) -> Any:
    ref, names = REFERENCES[type(value)]
    return ref(**{n: getattr(value, n) for n in names})


@given(st.one_of(SPECIALS, DAYS, RECKONINGS), st.one_of(SPECIALS, DAYS, RECKONINGS))
def test_equality_hash_and_repr_are_the_dataclass_ones(a: Any, b: Any) -> None:
    ra, rb = as_reference(a), as_reference(b)
    assert repr(a) == repr(ra)
    assert (a == b) is (type(a) is type(b) and ra == rb)
    assert hash(a) == hash(ra)
    assert a == copy.copy(a) == pickle.loads(pickle.dumps(a)) == copy.deepcopy(a)
    assert dataclasses.asdict(a) == dataclasses.asdict(ra)
    assert dataclasses.astuple(a) == dataclasses.astuple(ra)
    assert a != ra and ra != a  # another class: never equal, as dataclasses compare


@given(LATERS)
def test_a_later_message_is_its_dataclass(value: Later) -> None:
    ref = as_reference(value)
    assert repr(value) == repr(ref)
    assert value == Later(value.key, dict(value.params))
    assert pickle.loads(pickle.dumps(value)) == value
    with pytest.raises(TypeError):  # a dict of values is not hashable, as before
        hash(value)


@pytest.mark.parametrize(
    "value", [special(), DayInfo(date(2026, 1, 1), "Thursday", False, "holiday", "a", "b")]
)
def test_values_are_frozen(value: Any) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'note'"):
        value.note = "x"
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'note'"):
        del value.note
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.other = 1  # no new attributes either


def test_replace_builds_a_checked_value() -> None:
    row = special()
    assert dataclasses.replace(row, note="x") == special(note="x")
    assert dataclasses.replace(row, note="x").note == "x" and row.note == ""
    with pytest.raises(InvalidInput, match=r"SpecialDay\.kind"):
        dataclasses.replace(row, kind="party")


def test_defaults_and_keywords_are_the_old_ones() -> None:
    d = DayInfo(date(2026, 1, 5), "Monday", True, "working", "", "")
    assert (d.source, d.status, d.note) == (None, "regular", "")
    r = Reckoning(date(2026, 1, 5), WorkingDays(1), date(2026, 1, 6), (), False, None)
    assert r.rolled is False
    with pytest.raises(TypeError):
        DayInfo(date(2026, 1, 5), "Monday")  # type: ignore[call-arg]


def test_match_takes_the_fields_in_order() -> None:
    match special():
        case SpecialDay(d, kind, _, en):
            assert (d, kind, en) == (date(2026, 9, 2), "holiday", "National Day")
        case _:  # pragma: no cover - the case above matches
            pytest.fail("no match")


def test_a_cycle_is_shown_as_dots() -> None:
    params: dict[str, Any] = {}
    later = Later("k", params)
    params["self"] = later
    assert repr(later) == "Later(key='k', params={'self': ...})"


FINDINGS = st.builds(
    Finding,
    outcome=st.one_of(st.integers(), st.dates()),
    explanation=st.one_of(st.none(), TEXT),
    caveats=st.lists(TEXT, max_size=2).map(tuple),
    provisional=st.booleans(),
    calendar_version=st.one_of(st.none(), TEXT),
)


@given(FINDINGS)
def test_a_finding_is_its_dataclass(value: Finding[Any]) -> None:
    ref = as_reference(value)
    assert repr(value) == repr(ref)
    assert dataclasses.asdict(value) == dataclasses.asdict(ref)
    assert value.readings == {} and value.extra == {}
    assert value == Finding(**{n: getattr(value, n) for n in REFERENCES[Finding][1]})
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.outcome = 1  # type: ignore[misc]


def test_a_rule_is_its_dataclass() -> None:
    rules = list(registry())
    for r in rules:
        ref = as_reference(r)
        assert repr(r) == repr(ref)
        assert hash(r) == hash(ref)
        assert r == dataclasses.replace(r)
    assert len(set(rules)) == len(rules)
