"""Decree 13/2018 Art 13.2: costs are paid before the information is provided."""

from __future__ import annotations

import pytest

from accessinfo.articles.decree_13_2018.art_13 import provision_awaits_payment
from accessinfo.errors import InvalidInput


def test_c2_payment_before_provision() -> None:
    assert provision_awaits_payment("unpaid").outcome is True
    assert provision_awaits_payment("paid").outcome is False
    d = provision_awaits_payment("none")
    assert d.outcome is False and d.basis[0].id == "decree_13_2018.art13.c2"


@pytest.mark.parametrize("bad", [None, True, "later", 0])
def test_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput):
        provision_awaits_payment(bad)  # type: ignore[arg-type]


def test_c2_applied_after_the_decree_ended() -> None:
    from datetime import UTC, date, datetime

    from accessinfo.calendar import VN_TZ
    from accessinfo.errors import AmbiguousReading

    assert provision_awaits_payment("unpaid", on=date(2026, 8, 31)).final
    assert provision_awaits_payment("unpaid", on=datetime(2026, 8, 31, 23, 0, tzinfo=VN_TZ)).final
    # 18:00 UTC on 31/8 is 01:00 on 1/9 in Vietnam: after the end
    utc = provision_awaits_payment("unpaid", on=datetime(2026, 8, 31, 18, 0, tzinfo=UTC))
    assert utc.status == "provisional"
    d = provision_awaits_payment("unpaid", on=date(2026, 10, 1))
    assert d.outcome is True and d.status == "provisional"
    assert d.explanation_vi and "phải trả trước khi cung cấp thông tin" in d.explanation_vi
    with pytest.raises(AmbiguousReading):
        provision_awaits_payment("paid", on=date(2026, 10, 1), strict=True)
    with pytest.raises(InvalidInput):
        provision_awaits_payment("paid", on=date(2026, 10, 1), strict="yes")  # type: ignore[arg-type]
