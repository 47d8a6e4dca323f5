"""Every parameter of every rule, given a bad value, is refused under its own name.

An error that names the wrong parameter sends the caller to fix the wrong argument. The
mutants of ``tools/mutate.py`` that change the name passed to ``choose``, ``as_vn_date``,
``as_model``, ``days``, ``check_bool`` … (the largest kind of survivor, issue 12) survive
while nothing gives that parameter a bad value and reads the error. This test does it for
every parameter of every ``@rule`` function in the registry: one call per parameter, the other
arguments valid, and

* a value of a type no parameter accepts must raise ``InvalidInput`` naming the parameter as a
  whole word, in English (``str(exc)``) and in Vietnamese (``exc.message_vi``);
* an option parameter (a ``Literal`` of words, or a string default) given an unknown word
  must do the same.

The valid arguments are those of the function's first answering golden case
(``tests/cases``), or, for a function without one, the first arguments drawn from the types
of its signature (``tests/contract_inputs.valid_for``, derandomised) for which it answers.
"""

from __future__ import annotations

import functools
import inspect
import re
import typing
from typing import Any

import pytest
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from accessinfo.core.decisions import Decision
from accessinfo.core.rules import registry
from accessinfo.errors import AccessInfoError, InvalidInput
from tests.contract_inputs import _Deferred, valid_for
from tests.test_golden_cases import CASES, convert, resolve


class _Wrong:
    """A value of a type no parameter of the library accepts."""

    def __repr__(self) -> str:
        return "<a wrong value>"


WRONG = _Wrong()
UNKNOWN = "no_such_option"


def _rules() -> list[Any]:
    seen: dict[str, Any] = {}
    for r in registry():
        seen.setdefault(f"{r.module}.{r.function.__name__}", r.function)
    return sorted(seen.items())


RULES = _rules()
_GOLDEN: dict[str, dict[str, Any]] = {}
for _c in CASES:
    _case = _c.values[0]
    if "raises" not in _case:
        _GOLDEN.setdefault(_case["function"], _case["input"])


def _extra() -> dict[str, dict[str, Any]]:
    """Valid arguments for the rules no golden case calls and no drawn input satisfies (their
    models need fields that agree with each other)."""
    from datetime import date

    from accessinfo.articles._outages import SuspensionNotice
    from accessinfo.articles.decree_47_2020._types import DataRequest
    from accessinfo.models.access import InformationItem, Requester
    from accessinfo.models.requests import InformationRequest

    a = "accessinfo.articles."
    foreigner = {"requester": Requester(kind="foreigner_resident", concerns_own_rights=True)}
    members = Requester(kind="organisation", members_with_same_request=3, member_list_complete=True)
    return {
        a + "decree_224_2026.art_13.suspension_duties": {
            "notice": SuspensionNotice(
                suspension_from=date(2026, 9, 21), kind="planned", published_at=date(2026, 9, 10)
            )
        },
        a + "decree_47_2020.art_5.sharing_with_public": {
            "request": DataRequest(recipient="organisation"),
            "on": date(2021, 1, 4),
        },
        a + "decree_47_2020.art_6.sharing_between_agencies": {
            "request": DataRequest(recipient="state_agency"),
            "on": date(2021, 1, 4),
        },
        a + "law_01_2026.art_14.access_class": {
            "item": InformationItem(category="open"),
            "on": date(2026, 9, 1),
        },
        a + "law_01_2026.art_29.foreign_resident_may_request": foreigner,
        a + "law_01_2026.art_29.request_via_organisation": {
            "requester": members,
            "many_members": "two_or_more",
        },
        a + "law_01_2026.art_7.eligibility": {
            "requester": Requester(kind="citizen"),
            "on": date(2026, 9, 1),
        },
        a + "law_104_2016.art_36.foreigner_may_request": foreigner,
        a + "law_104_2016.art_36.request_through_organisation": {"requester": members},
        a + "law_104_2016.art_4.eligibility": {
            "requester": Requester(kind="citizen"),
            "on": date(2020, 9, 1),
        },
        a + "law_104_2016.chapter_3.request_deadlines": {
            "request": InformationRequest(
                received_at=date(2020, 3, 2), channel="post", complexity="simple"
            )
        },
    }


def _build(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: v.build() if isinstance(v, _Deferred) else v for k, v in kwargs.items()}


def _answers(fn: Any, kwargs: dict[str, Any]) -> bool:
    try:
        return isinstance(fn(**_build(kwargs)), Decision)
    except AccessInfoError:
        return False


@functools.cache
def valid_arguments(dotted: str) -> dict[str, Any] | None:
    """Arguments for which ``dotted`` answers (see the module docstring), or None."""
    fn = resolve(dotted)
    if dotted in _GOLDEN:
        return {k: convert(v) for k, v in _GOLDEN[dotted].items()}
    extra = _extra()
    if dotted in extra:
        assert _answers(fn, extra[dotted]), dotted
        return extra[dotted]
    hints = typing.get_type_hints(inspect.unwrap(fn))
    params = inspect.signature(fn).parameters.values()
    required = {p.name: valid_for(hints[p.name]) for p in params if p.default is p.empty}
    optional = {p.name: valid_for(hints[p.name]) for p in params if p.default is not p.empty}
    strategy = st.fixed_dictionaries(required, optional=optional)
    try:
        found: dict[str, Any] = find(
            strategy,
            lambda kw: _answers(fn, kw),
            settings=settings(
                max_examples=400,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            ),
        )
    except NoSuchExample:
        return None
    return _build(found)


def _is_option(fn: Any, name: str) -> bool:
    tp = typing.get_type_hints(inspect.unwrap(fn)).get(name)
    words = [a for a in typing.get_args(tp) if isinstance(a, str)]
    default = inspect.signature(fn).parameters[name].default
    return bool(typing.get_origin(tp) is typing.Literal and words) or isinstance(default, str)


def _params() -> list[Any]:
    out = []
    for dotted, fn in RULES:
        for name in inspect.signature(fn).parameters:
            out.append(pytest.param(dotted, name, WRONG, id=f"{dotted}:{name}:wrong_type"))
            if _is_option(fn, name):
                out.append(pytest.param(dotted, name, UNKNOWN, id=f"{dotted}:{name}:unknown"))
    return out


def names(text: str, name: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", text) is not None


def test_the_check_reads_whole_words() -> None:
    assert names("`sent` must be a date", "sent")
    assert not names("`sent_at` must be a date", "sent")
    assert not names("the request was presented", "sent")


def test_every_rule_has_valid_arguments() -> None:
    missing = [d for d, _ in RULES if valid_arguments(d) is None]
    assert not missing, f"no answering arguments found for {missing}"


@pytest.mark.parametrize(("dotted", "name", "bad"), _params())
def test_a_bad_argument_is_refused_under_its_name(dotted: str, name: str, bad: object) -> None:
    kwargs = valid_arguments(dotted)
    assert kwargs is not None, dotted
    fn = resolve(dotted)
    with pytest.raises(InvalidInput) as info:
        fn(**{**kwargs, name: bad})
    exc = info.value
    assert names(str(exc), name), str(exc)
    assert exc.message_vi and names(exc.message_vi, name), exc.message_vi
