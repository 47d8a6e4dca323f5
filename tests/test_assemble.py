"""Rules build their Decision without re-validating it; the result is the validated one.

The decorator used to validate a pydantic model for every rule call (and for every rule a
facade calls); it now assembles the Decision from values whose exact types it checks, and
falls back to validation for anything unusual. The oracle below is the old construction
(``Decision[T](**values)``, fully validated): for any body result Hypothesis finds, both
give equal Decisions with the same JSON, the same repr and the same set fields.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
from accessinfo.core.citations import Citation, instrument, law_version
from accessinfo.core.decisions import Decision, Finding, assemble, decision_class
from accessinfo.core.messages import Text, msg, pair_caveats, text_vi
from accessinfo.core.rules import _Maker, _unverified_note
from accessinfo.models.requests import RequestDeadlines

CITES = [
    instrument("code_91_2015").cite(147, 3),
    instrument("code_91_2015").cite(148, 5),
    instrument("law_104_2016").cite(30, 4),
    instrument("law_01_2026").cite(26, 3),  # unverified: brings its caveat
    instrument("decision_188_1999").cite(1),
]
TRACE = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True).trace
words = st.text(alphabet="abc đ", max_size=6)
texts = st.one_of(words, st.builds(Text, en=words, vi=words))
OUTCOMES: dict[Any, Any] = {
    date: st.dates(),
    str: words,
    int: st.integers(),
    bool: st.booleans(),
    str | None: st.one_of(st.none(), words),
    RequestDeadlines: st.builds(
        RequestDeadlines,
        rule_set=st.just("law_104_2016"),
        channel=st.just("post"),
        complexity=st.just("simple"),
        day_zero=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
        provide_at_once=st.booleans(),
        respond_by=st.none(),
    ),
    Any: st.one_of(st.integers(), words, st.dates()),
}


def oracle(tp: Any, own: tuple[Citation, ...], f: Finding[Any], summary: str) -> Decision[Any]:
    """The construction the decorator used before (validated)."""
    basis = (*own, *f.basis)
    caveats: list[Any] = list(f.caveats)
    for cit in basis:
        if not cit.instrument.verified:
            note = _unverified_note(cit.instrument)
            if note not in caveats:
                caveats.append(note)
    explanation = f.explanation or summary
    caveats_en, caveats_vi = pair_caveats(caveats)
    return Decision[tp](  # type: ignore[valid-type]  # a runtime type
        outcome=f.outcome,
        basis=basis,
        explanation=str(explanation),
        explanation_vi=text_vi(explanation),
        status="provisional" if f.provisional or caveats else "final",
        caveats=caveats_en,
        caveats_vi=caveats_vi,
        rule_set="t",
        rule_id="t:rule",
        readings=dict(f.readings),
        calendar_version=f.calendar_version,
        law_version=law_version(),
        trace=f.trace,
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[Any, tuple[Citation, ...], Finding[Any]]:
    tp = draw(st.sampled_from(list(OUTCOMES)))
    own = tuple(draw(st.lists(st.sampled_from(CITES), min_size=1, max_size=3)))
    finding = Finding(
        outcome=draw(OUTCOMES[tp]),
        explanation=draw(st.one_of(st.none(), texts)),
        basis=tuple(draw(st.lists(st.sampled_from(CITES), max_size=4))),
        caveats=tuple(
            draw(st.lists(st.one_of(texts, st.just(msg("terms.days.working"))), max_size=3))
        ),
        readings=draw(st.dictionaries(words, words, max_size=3)),
        trace=draw(st.sampled_from([None, TRACE])),
        provisional=draw(st.booleans()),
        calendar_version=draw(st.one_of(st.none(), words)),
    )
    return tp, own, finding


@given(cases())
def test_assembled_decisions_equal_validated_ones(case: tuple[Any, Any, Finding[Any]]) -> None:
    tp, own, finding = case
    made = _Maker("t:rule", own, "t", "Summary line.", tp).decision(finding, False)
    expected = oracle(tp, own, finding, "Summary line.")
    assert made == expected
    assert type(made) is type(expected)
    assert made.model_dump_json() == expected.model_dump_json()
    assert repr(made) == repr(expected)
    assert made.__pydantic_fields_set__ == expected.__pydantic_fields_set__
    if tp is not Any:  # an untyped outcome comes back from JSON as JSON (a date as a string)
        assert type(made).model_validate_json(made.model_dump_json()) == made


def test_odd_values_are_validated_as_before() -> None:
    cls, exact = decision_class(date)
    values: dict[str, Any] = dict(
        outcome=date(2026, 1, 9),
        basis=[CITES[0], CITES[0]],  # a list, with a duplicate: validation makes a tuple
        explanation="x",
        status="final",
        caveats=(),
        explanation_vi=None,
        caveats_vi=(),
        rule_set="t",
        rule_id=None,
        readings={},
        calendar_version=None,
        law_version=None,
        trace=None,
    )
    d = assemble(cls, exact, **values)
    assert d.basis == (CITES[0],) and d == cls(**values)
    assert exact == frozenset({date})
    assert decision_class(Any)[1] is None  # any outcome is kept as given
    assert decision_class(tuple[int, ...])[1] == frozenset()  # always validated
