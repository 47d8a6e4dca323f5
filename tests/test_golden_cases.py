"""Generic golden cases: every ``tests/cases/**/*.yaml`` file of the function/input/expected shape.

A file of this shape is a list of cases, or a mapping with a ``cases`` list, in which the cases
name a ``function``. Files whose cases have other keys (``chapter_3.yaml``, the decree and
circular files) have their own loaders and are skipped here.

Each case has ``name``; ``source`` (the clause applied and the calendar notice for every special
day crossed; REQUIRED, a case without it fails); ``function`` (dotted path); ``input`` (keyword
arguments: ISO date strings become dates, a mapping with a ``model:`` key becomes that model);
``working`` (the count done by hand); and ``expected`` (compared with ``Decision.outcome``: a
mapping compares the listed fields of a model, a list compares a tuple element by element, a
citation compares with its id or its text) or ``raises`` (the name of the AccessInfoError).
Optional: ``status`` (``final``/``provisional``) and ``readings`` (a subset of the Decision's).
Every expected value was worked out by hand from the law and the calendar, never pasted from
the code's output.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from accessinfo import errors
from accessinfo.articles import _outages as outage_models
from accessinfo.articles.decree_47_2020 import _types as sharing_models
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Decision
from accessinfo.models import access as access_models
from accessinfo.models import requests as models

CASES_DIR = Path(__file__).parent / "cases"
REQUIRED = ("name", "source", "function", "input", "working")
MODELS: dict[str, type[BaseModel]] = {
    "InformationRequest": models.InformationRequest,
    "InformationItem": access_models.InformationItem,
    "RefusalCase": access_models.RefusalCase,
    "CostOrder": access_models.CostOrder,
    "CostLine": access_models.CostLine,
    "Requester": access_models.Requester,
    "PortalIncident": outage_models.PortalIncident,
    "SuspensionNotice": outage_models.SuspensionNotice,
    "DataRequest": sharing_models.DataRequest,
}
ERRORS: dict[str, type[errors.AccessInfoError]] = {
    name: getattr(errors, name)
    for name in (
        "InvalidInput",
        "NoApplicableRule",
        "ConflictingRules",
        "OutsideCalendar",
        "CalendarUnknown",
        "AmbiguousReading",
    )
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")


def generic_cases(doc: object) -> list[dict[str, Any]] | None:
    """The cases of a file of the generic shape, or None if the file has another shape."""
    items = doc.get("cases") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        return None
    if not any(isinstance(c, dict) and "function" in c for c in items):
        return None
    return items


def _collect() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        cases = generic_cases(yaml.safe_load(path.read_text(encoding="utf-8")))
        if cases is None:
            continue
        rel = path.relative_to(CASES_DIR).as_posix()
        for i, case in enumerate(cases):
            name = case.get("name", f"#{i}") if isinstance(case, dict) else f"#{i}"
            params.append(pytest.param(case, id=f"{rel}::{name}"))
    return params


CASES = _collect()


def validate(case: object) -> None:
    """Fail unless ``case`` has every required key, a non-empty source, and one expectation."""
    assert isinstance(case, dict), f"a case must be a mapping, got {case!r}"
    for key in REQUIRED:
        assert key in case, f"case {case.get('name')!r} has no {key!r}"
    assert isinstance(case["source"], str) and case["source"].strip(), (
        f"case {case['name']!r}: the source must name the clause and the calendar notice"
    )
    assert isinstance(case["working"], str) and case["working"].strip()
    assert ("expected" in case) != ("raises" in case), (
        f"case {case['name']!r} needs exactly one of 'expected' and 'raises'"
    )
    assert isinstance(case["input"], dict)
    for key in case["input"]:
        # YAML 1.1 reads a bare `on:` (or yes/no) key as a boolean: quote it
        assert isinstance(key, str), f"case {case['name']!r}: input key {key!r} is not a string"


def resolve(dotted: str) -> Callable[..., Any]:
    module, _, name = dotted.rpartition(".")
    fn = getattr(importlib.import_module(module), name)
    assert callable(fn), dotted
    return fn  # type: ignore[no-any-return]  # checked callable above


def convert(value: object) -> object:
    """A YAML input value as the Python value the function takes."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        return date.fromisoformat(value)
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        return datetime.fromisoformat(value)
    if isinstance(value, list):
        return [convert(v) for v in value]
    if isinstance(value, dict):
        fields = {k: convert(v) for k, v in value.items() if k != "model"}
        if "model" in value:
            return MODELS[value["model"]].model_validate(fields)
        return fields
    return value


def check(actual: object, expected: object, where: str = "outcome") -> None:
    """Compare ``actual`` with the hand-worked ``expected`` (see the module docstring)."""
    if expected is None:
        assert actual is None, f"{where}: expected None, got {actual!r}"
    elif isinstance(actual, Citation):
        assert expected in (actual.id, str(actual)), f"{where}: {actual.id} != {expected!r}"
    elif isinstance(expected, Mapping):
        for key, want in expected.items():
            if isinstance(actual, Mapping):
                assert key in actual, f"{where}: no {key!r} in {actual!r}"
                got = actual[key]
            else:
                assert hasattr(actual, key), f"{where}: {type(actual).__name__} has no {key!r}"
                got = getattr(actual, key)
            check(got, want, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, (tuple, list)), f"{where}: expected a sequence, got {actual!r}"
        assert len(actual) == len(expected), f"{where}: {len(actual)} items, want {len(expected)}"
        for i, (got, want) in enumerate(zip(actual, expected, strict=True)):
            check(got, want, f"{where}[{i}]")
    elif isinstance(expected, bool) or isinstance(actual, bool):
        assert actual is expected, f"{where}: {actual!r} != {expected!r}"
    elif isinstance(actual, date) and isinstance(expected, str):
        assert actual == convert(expected), f"{where}: {actual} != {expected}"
    else:
        assert type(actual) is type(expected) or isinstance(actual, type(expected)), (
            f"{where}: {actual!r} ({type(actual).__name__}) != {expected!r}"
        )
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("case", CASES)
def test_golden_case(case: dict[str, Any]) -> None:
    validate(case)
    fn = resolve(case["function"])
    if "raises" in case:
        with pytest.raises(ERRORS[case["raises"]]):  # an input model may refuse its fields
            fn(**{k: convert(v) for k, v in case["input"].items()})
        return
    kwargs = {k: convert(v) for k, v in case["input"].items()}
    d = fn(**kwargs)
    assert isinstance(d, Decision)
    check(d.outcome, case["expected"])
    if "status" in case:
        assert d.status == case["status"], d.caveats
    for name, value in case.get("readings", {}).items():
        assert d.readings.get(name) == value, d.readings


def test_golden_files_are_found() -> None:
    files = {
        p.relative_to(CASES_DIR).as_posix()
        for p in CASES_DIR.rglob("*.yaml")
        if generic_cases(yaml.safe_load(p.read_text(encoding="utf-8"))) is not None
    }
    for n in (12, 18, 21, 22, 28, 29, 30, 31, 32):
        assert f"law_104_2016/art_{n}.yaml" in files
    for n in (18, 21, 22, 26, 27, 28, 31):
        assert f"law_01_2026/art_{n}.yaml" in files
    # the files with their own loaders are not of this shape
    assert "law_104_2016/chapter_3.yaml" not in files
    assert "circular_13_2016/art_16.yaml" not in files
    assert len(CASES) >= 150


def test_a_case_without_source_fails() -> None:
    case = {
        "name": "no source",
        "function": "accessinfo.articles.law_104_2016.art_18.proactive_disclosure_by",
        "input": {"created": "2019-01-03"},
        "working": "Fri 4 (1), Sat 5 (2), Mon 7 (3), Tue 8 (4), Wed 9 (5)",
        "expected": "2019-01-09",
    }
    validate({**case, "source": "Law 104 Art 18.4"})
    with pytest.raises(AssertionError, match="source"):
        validate(case)
    with pytest.raises(AssertionError, match="source"):
        validate({**case, "source": "  "})
    with pytest.raises(AssertionError, match="expected"):
        validate({**case, "source": "x", "raises": "InvalidInput"})


def test_check_compares_strictly() -> None:
    check(date(2019, 1, 9), "2019-01-09")
    with pytest.raises(AssertionError):
        check(date(2019, 1, 9), date(2019, 1, 10))
    with pytest.raises(AssertionError):
        check(1, True)
    with pytest.raises(AssertionError):
        check((), [None])
    with pytest.raises(AssertionError):
        check(None, "2019-01-09")
