"""Law 104/2016 Art 36: foreigners residing in Vietnam; requests through an organisation."""

from __future__ import annotations

import pytest

from accessinfo.articles.law_104_2016.art_36 import (
    foreigner_may_request,
    request_through_organisation,
)
from accessinfo.errors import InvalidInput
from accessinfo.models.access import Requester


def test_c1_resident_foreigner_own_rights_only() -> None:
    yes = foreigner_may_request(Requester(kind="foreigner_resident", concerns_own_rights=True))
    assert yes.outcome is True
    assert yes.basis[0].id == "law_104_2016.art36.c1"
    no = foreigner_may_request(Requester(kind="foreigner_resident", concerns_own_rights=False))
    assert no.outcome is False
    assert foreigner_may_request(Requester(kind="foreigner_nonresident")).outcome is False


def test_c2_organisation_detailed_by_decree_13() -> None:
    one = Requester(kind="organisation", members_with_same_request=1)
    assert request_through_organisation(one).outcome is False
    many = Requester(kind="organisation", members_with_same_request=40)
    d = request_through_organisation(many)
    assert d.outcome is True
    assert "Art 4.2" in d.explanation  # the list is not confirmed: a reminder


@pytest.mark.parametrize("bad", [None, 7, Requester(kind="citizen"), {"kind": "x"}])
def test_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput):
        foreigner_may_request(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        request_through_organisation(bad)  # type: ignore[arg-type]
