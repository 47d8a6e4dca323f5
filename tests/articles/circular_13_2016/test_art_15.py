"""Circular 13/2016 Art 15: the managing agency's eight duties."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.circular_13_2016.art_15 import managing_agency_duties
from accessinfo.errors import InvalidInput, NoApplicableRule


def test_c1_to_c8() -> None:
    d = managing_agency_duties(on=date(2026, 3, 2))
    assert [x.clause for x in d.outcome] == list(range(1, 9))
    assert d.outcome[6].code == "reasoned_written_refusal"
    assert d.basis[0].id == "circular_13_2016.art15"


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        managing_agency_duties(on=None)  # type: ignore[arg-type]
    with pytest.raises(NoApplicableRule):
        managing_agency_duties(on=date(2016, 1, 1))
