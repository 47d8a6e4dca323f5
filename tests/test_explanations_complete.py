"""Every golden decision explains itself in full: no "None" where a value belongs.

A message template filled with a missing value prints "None" ("Only None member(s) …",
"before the request was sent (None)"): the reader of a Decision then loses the date, count or
name the sentence is about. tools/mutate.py (issue 12) found that nothing checked this: the
value passed to a message could be dropped without a test failing. Every golden case that
answers (not the ones that raise) is run again here and its English and Vietnamese
explanation and caveats are read for a "None" and for an unfilled ``{placeholder}``.

Likewise an option refused (a reading, a unit, a kind given an unknown word) must say which
parameter it was: the mutants changing the name passed to ``choose`` survived. Each option
parameter of each golden function is given "no_such_option" once, the other inputs as in its
first golden case.
"""

from __future__ import annotations

import inspect
import re
import typing
from typing import Any

import pytest

from accessinfo.core.decisions import Decision
from accessinfo.errors import AccessInfoError
from tests.test_golden_cases import CASES, convert, resolve

ANSWERING = [c for c in CASES if "raises" not in c.values[0]]
_PLACEHOLDER = re.compile(r"\{[a-z_]+(:[a-z]+)?\}")


def texts(d: Decision) -> list[str]:
    out = [d.explanation, d.explanation_vi or ""]
    out += [str(c) for c in d.caveats] + [str(c) for c in d.caveats_vi or ()]
    return out


def test_the_check_sees_a_missing_value() -> None:
    from accessinfo.core.messages import msg

    assert "None" in str(msg("decree_13_2018.art4.too_few", n=None))


@pytest.mark.parametrize("case", ANSWERING)
def test_golden_decisions_name_every_value(case: dict[str, Any]) -> None:
    fn = resolve(case["function"])
    d = fn(**{k: convert(v) for k, v in case["input"].items()})
    assert isinstance(d, Decision)
    for text in texts(d):
        assert "None" not in text, text
        assert not _PLACEHOLDER.search(text), text


# -- a refused option names the parameter it was given for -----------------------------------
def _option_params(fn: Any) -> list[str]:
    """Keyword parameters that take one of a set of words (a reading, a unit, a kind)."""
    hints = typing.get_type_hints(fn)
    out = []
    for p in inspect.signature(fn).parameters.values():
        tp = hints.get(p.name)
        words = [a for a in typing.get_args(tp) if isinstance(a, str)]
        if (typing.get_origin(tp) is typing.Literal and words) or isinstance(p.default, str):
            out.append(p.name)
    return out


def _first_case_per_option() -> list[Any]:
    seen: set[tuple[str, str]] = set()
    out = []
    for c in ANSWERING:
        case = c.values[0]
        for name in _option_params(resolve(case["function"])):
            if (case["function"], name) not in seen:
                seen.add((case["function"], name))
                out.append(pytest.param(case, name, id=f"{case['function']}:{name}"))
    return out


@pytest.mark.parametrize(("case", "name"), _first_case_per_option())
def test_a_refused_option_names_its_parameter(case: dict[str, Any], name: str) -> None:
    fn = resolve(case["function"])
    kwargs = {k: convert(v) for k, v in case["input"].items()}
    kwargs[name] = "no_such_option"
    try:
        fn(**kwargs)
    except AccessInfoError as exc:
        text = str(exc)
        if "no_such_option" in text:  # the error is about this value: it says whose it is
            whole = re.compile(rf"(?<![A-Za-z0-9_]){name}(?![A-Za-z0-9_])")
            assert whole.search(text), text
            assert whole.search(exc.message_vi or name), exc.message_vi
