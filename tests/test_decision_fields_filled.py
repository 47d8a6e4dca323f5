"""Every answer's trace labels, readings and texts are filled with real values.

A mutant that passes ``None`` for a keyword (``label=``, ``readings=``, ``title=``, ``name=``
…) or wraps a label in ``XX…XX`` leaves the date right, so the golden cases pass (issue 12,
seed 15: ``label="reply_by"`` of Law 104 Art 32, ``'reply_by'`` of Law 01 Art 22, ``'roll'`` of
Decree 47/2020 Art 43, ``title=`` of Decree 337 Art 9, ``readings=`` of Decree 20 Art 16). This
test reads those fields of every Decision the generic golden cases give, and of one answer of
every ``@rule`` in the registry (its valid arguments from ``test_every_parameter_named``), each
traced where the function takes ``trace``:

* every trace step carries a label, one of the period names below (the names of the periods
  the rules count: the outcome fields of ``RequestDeadlines`` and the other deadlines);
* every reading is recorded under a parameter name of a rule or task (a reading is a
  parameter, ``docs/readings``) or one of the few readings a rule fixes itself, with a
  non-empty text; a ``Literal`` parameter's reading is one of its words;
* every answer has an explanation in English and in Vietnamese, and no explanation or caveat
  says ``None``.
"""

from __future__ import annotations

import inspect
import typing
from typing import Any

import pytest

from accessinfo.core.decisions import Decision
from accessinfo.core.rules import registry
from tests.test_error_texts_carry_values import _NONE, _literal_words
from tests.test_every_parameter_named import RULES, valid_arguments
from tests.test_golden_cases import CASES, convert, resolve

PERIODS = {
    "day_zero",
    "respond_by",
    "extended_respond_by",
    "extension_notice_by",
    "notify_by",
    "provide_at_once",
    "law_cap",
    "law_extension_cap",
    "reply_by",
    "correct_by",
    "refer_by",
    "disclose_by",
    "posted_until",
    "latest_notice_day",
    "reconcile_by",
    "review_due",
    "information_rules_due",
    "account_by",
    "latest_account_by",
    "decide_by",
    "notify_consumer_by",
}
# Readings the rules fix themselves (no parameter sets them; each has its page in docs/readings).
FIXED_READINGS = {"transition_trigger", "at_once", "electronic_conditions", "delivery_default"}


def _parameter_names() -> set[str]:
    out: set[str] = set(FIXED_READINGS)
    for r in registry():
        out |= set(inspect.signature(r.function).parameters)
    for c in CASES:
        out |= set(inspect.signature(resolve(c.values[0]["function"])).parameters)
    return out


def _calls() -> list[Any]:
    out = []
    for c in CASES:
        case = c.values[0]
        if "raises" not in case:
            out.append(pytest.param(case["function"], case["input"], True, id=c.id))
    for dotted, _ in RULES:
        out.append(pytest.param(dotted, None, False, id=f"{dotted}:valid"))
    return out


@pytest.mark.parametrize(("dotted", "given", "golden"), _calls())
def test_labels_readings_and_texts_are_filled(dotted: str, given: Any, golden: bool) -> None:
    fn = resolve(dotted)
    kwargs = {k: convert(v) for k, v in given.items()} if golden else valid_arguments(dotted)
    assert kwargs is not None, dotted
    params = inspect.signature(fn).parameters
    if "trace" in params:
        kwargs = {**kwargs, "trace": True}
    d = fn(**kwargs)
    assert isinstance(d, Decision)
    for step in d.trace or ():
        assert step.label in PERIODS, step
    known = _parameter_names()
    hints = typing.get_type_hints(inspect.unwrap(fn))
    for key, value in d.readings.items():
        assert key in known, (key, d.readings)
        assert isinstance(value, str) and value and value != "None", (key, value)
        words = _literal_words(fn, key) if key in hints else []
        assert not words or value in words, (key, value, words)
    assert d.explanation and d.explanation_vi, d  # every answer says why, in both languages
    texts = [d.explanation, d.explanation_vi, *d.caveats, *(d.caveats_vi or ())]
    for text in texts:
        assert not _NONE.search(text), text
