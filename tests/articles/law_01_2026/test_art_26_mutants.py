"""Law 01/2026 Art 26.3: tests written to kill mutmut survivors in `_original` / `_extended`.

Worked by hand (calendar-day reading, the default): a valid request on Fri 18/9/2026 -> the 12
days are 19/9..30/9, the 12th is Wed 30/9/2026, a working day (no holiday: 2/9 is before).
The extension adds 12 days after 30/9: 1/10..12/10, the 12th is Mon 12/10/2026, a working day.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_01_2026.art_26 import extended_provide_by, provide_by
from accessinfo.errors import AmbiguousReading, CalendarUnknown, InvalidInput, UnverifiedText

VALID = date(2026, 9, 18)


def test_c3_trace_labels_both_periods() -> None:
    d = extended_provide_by(VALID, trace=True)
    assert d.outcome == date(2026, 10, 12)
    assert d.trace is not None
    labels = [s.label for s in d.trace]
    assert "respond_by" in labels
    assert "extended_respond_by" in labels
    assert labels.index("respond_by") < labels.index("extended_respond_by")
    first = provide_by(VALID, trace=True)
    assert first.outcome == date(2026, 9, 30)
    assert first.trace is not None
    assert {s.label for s in first.trace} == {"respond_by"}


def test_c3_explanations_state_the_period_and_the_unit() -> None:
    first = provide_by(VALID)
    assert first.explanation.startswith(
        "Art 26.3: at the latest 12 calendar days after the valid request"
    )
    assert first.explanation.endswith("(the Law's outer limit).")
    ext = extended_provide_by(VALID)
    assert ext.explanation.startswith(
        "Art 26.3: an extension adds at most 12 calendar days to the period that ended on "
    )
    assert ext.explanation.endswith("at the latest.")
    assert "2026-09-30" in ext.explanation and "2026-10-12" in ext.explanation


def test_c3_bad_period_unit_is_named() -> None:
    with pytest.raises(InvalidInput, match=r"period_unit must be one of"):
        provide_by(VALID, period_unit="weeks")  # type: ignore[arg-type]
    with pytest.raises(AmbiguousReading, match=r"period_unit='raise': Art 26.3 says \"12 ngày\""):
        provide_by(VALID, period_unit="raise")


def test_c3_strict_reaches_the_extension() -> None:
    # Thu 9/12/2027 + 12 days = Tue 21/12/2027 (announced year): strict only objects that the
    # Law's text is unverified. + 12 more = Sun 2/1/2028, whose days are only projected: the
    # calendar's refusal (CalendarUnknown) comes first, so strict reached the extension.
    with pytest.raises(UnverifiedText, match="unverified"):
        provide_by(date(2027, 12, 9), strict=True)
    assert provide_by(date(2027, 12, 9)).outcome == date(2027, 12, 21)
    with pytest.raises(CalendarUnknown):
        extended_provide_by(date(2027, 12, 9), strict=True)
