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
