"""Decree 47/2020 Art 8: the five prohibited acts."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.decree_47_2020.art_8 import prohibited_acts
from accessinfo.errors import InvalidInput


def test_c1_to_c5() -> None:
    d = prohibited_acts(on=date(2025, 3, 3))
    assert [a.code for a in d.outcome] == [
        "obstruct_lawful_use",
        "unlawful_trade_or_sharing",
        "ip_or_personal_data_breach",
        "falsify_in_transit",
        "sabotage_or_disrupt",
    ]
    assert d.outcome[1].text_vi == "Mua bán, trao đổi, chia sẻ dữ liệu trái quy định của pháp luật."
    assert str(d.basis[0]) == "Điều 8 Nghị định số 47/2020/NĐ-CP"


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        prohibited_acts(on=2026)  # type: ignore[arg-type]
