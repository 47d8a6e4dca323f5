"""A wrong call signature is InvalidInput naming the function and its signature (issue 12).

Every public callable: every rule of the registry, the facades of ``accessinfo.tasks``, the
batch, versions and schema functions, the core's public functions, the calendar's methods.
Each is called with an unknown keyword, with too many positional arguments and with none;
each wrong call must raise :class:`InvalidInput` whose message names the function, never a
bare ``TypeError``. The targets are discovered, so a new public function is covered at once.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

import accessinfo
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays
from accessinfo.core.citations import instrument
from accessinfo.core.rules import registry
from accessinfo.core.signature import describe, public, signature_error
from accessinfo.errors import InvalidInput

MODULES = [
    "accessinfo.tasks.requests",
    "accessinfo.tasks.timeline",
    "accessinfo.tasks.access",
    "accessinfo.tasks.letters",
    "accessinfo.tasks.outages",
    "accessinfo.tasks.data_sharing",
    "accessinfo.tasks.violations_db",
    "accessinfo.batch",
    "accessinfo.versions",
    "accessinfo.surfaces.schema",
    "accessinfo.calendar",
    "accessinfo.calendar_files",
    "accessinfo.core.rules",
    "accessinfo.core.citations",
]


def targets() -> dict[str, Callable[..., Any]]:
    out: dict[str, Callable[..., Any]] = {}
    for r in registry():
        out[f"rule:{r.id}"] = r.function
    for name in MODULES:
        mod = importlib.import_module(name)
        for attr in mod.__all__:
            obj = getattr(mod, attr)
            if inspect.isfunction(obj):
                out[f"{name}.{attr}"] = obj
    for attr in accessinfo.__all__:
        obj = getattr(accessinfo, attr)
        if inspect.isfunction(obj):
            out[f"accessinfo.{attr}"] = obj
    for attr, _ in inspect.getmembers(WorkingCalendar, inspect.isfunction):
        if not attr.startswith("_"):
            out[f"WorkingCalendar.{attr}"] = getattr(PUBLIC_SECTOR, attr)
    out["Instrument.cite"] = instrument("law_104_2016").cite
    return out


TARGETS = targets()


def params(fn: Callable[..., Any]) -> list[inspect.Parameter]:
    return list(inspect.signature(fn).parameters.values())


def check(call: Callable[[], object], fn: Callable[..., Any]) -> None:
    with pytest.raises(InvalidInput) as info:
        call()
    name = getattr(fn, "__name__", "")
    assert name in str(info.value), (name, str(info.value))
    assert "(" in str(info.value)  # the signature is shown


def test_there_are_many_targets() -> None:
    assert len(TARGETS) > 150
    assert "WorkingCalendar.add" in TARGETS and "accessinfo.batch.add_many" in TARGETS


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_an_unknown_keyword_is_invalid_input(name: str) -> None:
    fn = TARGETS[name]  # those taking **options check the names themselves: same answer
    check(lambda: fn(__bogus__=1), fn)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_too_many_positional_arguments_are_invalid_input(name: str) -> None:
    fn = TARGETS[name]  # rule(*also): twelve Nones are not citations
    check(lambda: fn(*([None] * 12)), fn)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_a_missing_argument_is_invalid_input(name: str) -> None:
    fn = TARGETS[name]
    required = [
        p
        for p in params(fn)
        if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    if not required:
        assert signature_error(fn, (), {}) is None
        return
    check(lambda: fn(), fn)


def test_a_type_error_inside_a_correct_call_is_not_disguised() -> None:
    @public
    def buggy(x: int) -> int:
        return x + "1"  # type: ignore[operator, no-any-return]  # the bug under test

    with pytest.raises(TypeError) as info:
        buggy(1)
    assert type(info.value) is TypeError


def test_messages_show_the_signature_without_annotations() -> None:
    with pytest.raises(InvalidInput) as info:
        PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), rol="none")  # type: ignore[call-overload]
    assert str(info.value) == (
        "[invalid-input] WorkingCalendar.add(self, start, period, *, roll='next_working_day', "
        "trace=False, strict=False): got an unexpected keyword argument 'rol'"
    )
    assert describe(len) == "len(obj, /)"


def test_a_wrong_call_with_an_out_of_range_key_reports_the_call_first() -> None:
    """A rule whose key date is outside its validity still reports a wrong call first."""
    from accessinfo.articles.law_104_2016.art_30 import complex_electronic_respond_by

    with pytest.raises(InvalidInput, match="complex_electronic_respond_by"):
        complex_electronic_respond_by(date(2030, 1, 1), colour="red")  # type: ignore[call-arg]
