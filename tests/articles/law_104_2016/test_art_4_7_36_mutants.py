"""Law 104/2016 Arts 4, 7, 36: explanations and outcomes found unpinned by mutation testing.

Art 4.2: a person who has lost civil legal capacity asks through their legal representative.
Art 7.1–7.2: conditionally accessible information may be provided with the consent of the
person concerned; Art 7.3: the head of the agency may decide to provide it without consent
for the public interest or public health — it is then accessible. Art 36: a foreigner residing
in Vietnam may ask only about information related to their own rights and duties.
"""

from __future__ import annotations

import pytest

from accessinfo.articles.law_104_2016.art_4 import representation_required
from accessinfo.articles.law_104_2016.art_7 import conditional_access
from accessinfo.articles.law_104_2016.art_36 import foreigner_may_request
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem, Requester


def test_art_4_2_lost_capacity_is_explained() -> None:
    d = representation_required(Requester(kind="citizen", legal_capacity="lost"))
    assert d.outcome == "legal_representative"
    assert "lost civil legal capacity" in d.explanation


def test_art_7_consent_and_the_head_s_decision_make_it_accessible() -> None:
    consented = conditional_access(InformationItem(category="personal_secret", consent=True))
    assert consented.outcome.accessible is True
    assert consented.explanation.endswith("in writing: it may be provided.")
    decided = conditional_access(
        InformationItem(category="personal_secret", public_interest_decision=True)
    )
    assert decided.outcome.accessible is True
    assert decided.outcome.condition == "public_interest_decision"


def test_art_7_an_unknown_personal_data_reading_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInput, match=r"\] personal_data must be one of"):
        conditional_access(InformationItem(category="personal_secret"), personal_data="x")  # type: ignore[arg-type]


def test_art_36_a_resident_foreigner_asking_beyond_their_rights_is_told_why() -> None:
    d = foreigner_may_request(Requester(kind="foreigner_resident", concerns_own_rights=False))
    assert d.outcome is False
    assert "directly related to their own rights and duties" in d.explanation
