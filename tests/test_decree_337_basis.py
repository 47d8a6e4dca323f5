"""Decree 337/2026 Art 10.4: each answer cites Civil Code Art 148.5 exactly when the period it
rests on rolled off a rest day (issue 12: the provision dates cited 148.5 whenever the
*extension* rolled, e.g. simple_respond_by of 1/9/2026, and the extension dates did not cite
the point (a)/(b) they are counted from).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.articles.decree_337_2026 import art_10
from accessinfo.models.requests import Complexity

ROLL = "code_91_2015.art148.c5"
DAYS = st.dates(min_value=date(2026, 9, 1), max_value=date(2027, 12, 1))


def ids(d: object) -> list[str]:
    return [c.id for c in d.basis]  # type: ignore[attr-defined]


def rolled(start: date, end: date) -> bool:
    """Hand rule: 12 calendar days after ``start`` is not a working day (so the end moved)."""
    twelfth = start + timedelta(days=12)
    return end != twelfth


@given(DAYS)
@example(date(2026, 11, 12))  # the 12th day is Culture Day 24/11/2026: rolled
@example(date(2027, 4, 28))  # complex ends Mon 10/5; only the extension (Sat 22/5) rolls
def test_complex_cites_148_5_iff_its_own_period_rolled(day: date) -> None:
    d = art_10.complex_respond_by(day)
    assert (ROLL in ids(d)) == rolled(day, d.outcome)
    assert ids(d)[0] == "decree_337_2026.art10.c4.pb"


@given(DAYS)
@example(date(2026, 9, 1))  # simple ends Mon 7/9; the extension (Sat 19/9) rolls
def test_simple_never_rolls_unless_the_law_cap_binds(day: date) -> None:
    d = art_10.simple_respond_by(day)
    cap = art_10.complex_respond_by(day)  # the Law's 12 days, counted the same way
    binds = cap.outcome < d.outcome  # the Law's cap ends first: the answer rests on it
    assert (ROLL in ids(d)) == (binds and rolled(day, cap.outcome))


@given(DAYS, st.sampled_from(["simple", "complex"]))
def test_extension_dates_cite_the_tier_they_are_counted_from(day: date, tier: Complexity) -> None:
    point = "decree_337_2026.art10.c4." + ("pa" if tier == "simple" else "pb")
    for fn in (art_10.extended_respond_by, art_10.extension_notice_by):
        got = ids(fn(day, complexity=tier))
        assert got[:2] == ["decree_337_2026.art10.c4.pc", point]
