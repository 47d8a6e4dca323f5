"""Instruments and citations."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from accessinfo.core.citations import Citation, instrument, instruments
from accessinfo.errors import InvalidInput


def test_vietnamese_and_english_order() -> None:
    c = instrument("law_104_2016").cite(28, 1, "dd")
    assert str(c) == "điểm đ khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13"
    assert c.en == "Law No. 104/2016/QH13, Art. 28(1)(đ)"
    assert c.id == "law_104_2016.art28.c1.pdd"
    assert c.point == "đ"


def test_decree_and_letter_rendering() -> None:
    assert str(instrument("decree_64_2007").cite(16)) == "Điều 16 Nghị định số 64/2007/NĐ-CP"
    assert instrument("cv_12729_2025").cite().en == "Official Letter No. 12729/VPCP-KGVX"


def test_validity_is_half_open() -> None:
    law = instrument("law_104_2016")
    assert law.in_force(date(2018, 7, 1)) and law.in_force(date(2026, 8, 31))
    assert not law.in_force(date(2026, 9, 1)) and not law.in_force(date(2018, 6, 30))
    assert instrument("law_01_2026").in_force(date(2026, 9, 1))


def test_unverified_sources_are_marked() -> None:
    assert not instrument("law_01_2026").verified
    assert not instrument("decree_224_2026").verified
    assert instrument("law_104_2016").verified


def test_every_instrument_row_is_consistent() -> None:
    for inst in instruments().values():
        assert inst.valid_until is None or inst.valid_from < inst.valid_until, inst.id
        assert inst.title_vi and inst.title_en and inst.number


@pytest.mark.parametrize("point", ["f", "z", "aa", ""])
def test_bad_points(point: str) -> None:
    with pytest.raises(ValidationError):
        instrument("law_104_2016").cite(28, 1, point)


def test_bad_article() -> None:
    with pytest.raises(ValidationError):
        Citation(instrument=instrument("law_104_2016"), article=0)


def test_unknown_instrument() -> None:
    with pytest.raises(InvalidInput):
        instrument("law_999_2099")
