"""A model outside a rule's scope is refused with the words the rule does accept.

The rules below take a model (``Requester``, ``InformationItem``) whose field may hold a value
the article does not cover: a citizen is no foreigner (Law 104 Art 36.1, Law 01 Art 29.1), a
citizen is no organisation (Decree 13/2018 Art 4, Decree 337/2026 Art 11), open information is
not conditionally accessible (Law 104 Art 7, Law 01 Art 16). The error must list what the
article covers and the value given, in English and in Vietnamese (``errors.unknown_option``:
"one of {options}, got {value}"; ``errors.articles.conditional_category``: "covers
{categories}; got category {value}"). A mutant passing None for ``options=``/``categories=``
survived seed 14 (issue 12). Each covered word is also accepted, so the list is not a guess.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from accessinfo.articles.decree_13_2018.art_4 import organisation_request_allowed as org_13
from accessinfo.articles.decree_337_2026.art_11 import organisation_request_allowed as org_337
from accessinfo.articles.law_01_2026.art_16 import conditional_access as cond_01
from accessinfo.articles.law_01_2026.art_29 import foreign_resident_may_request
from accessinfo.articles.law_104_2016.art_7 import conditional_access as cond_104
from accessinfo.articles.law_104_2016.art_36 import foreigner_may_request
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem, Requester

FOREIGNERS = ("foreigner_resident", "foreigner_nonresident")
# Law 104 Art 7.1 (bí mật kinh doanh), 7.2 (bí mật đời sống riêng tư, bí mật cá nhân, bí mật
# gia đình; personal data read as a personal secret).
LAW_104_ART_7 = (
    "business_secret",
    "private_life",
    "personal_secret",
    "family_secret",
    "personal_data",
)
# Law 01 Art 16.1–16.2 (the same, personal data named), 16.3 (tài liệu lưu trữ lịch sử).
LAW_01_ART_16 = (*LAW_104_ART_7, "historical_archive")


def _requester(kind: str) -> Requester:
    if kind == "organisation":
        return Requester(kind=kind, members_with_same_request=3, member_list_complete=True)
    if kind.startswith("foreigner"):
        return Requester(kind=kind, concerns_own_rights=True)
    return Requester(kind=kind)


CASES: list[Any] = [
    pytest.param(foreigner_may_request, "requester", _requester, {}, FOREIGNERS, id="law104-36"),
    pytest.param(
        foreign_resident_may_request, "requester", _requester, {}, FOREIGNERS, id="law01-29"
    ),
    pytest.param(
        org_13,
        "requester",
        _requester,
        {"on": date(2019, 3, 1)},
        ("organisation",),
        id="decree13-4",
    ),
    pytest.param(
        org_337,
        "requester",
        _requester,
        {"on": date(2026, 9, 1)},
        ("organisation",),
        id="decree337-11",
    ),
    pytest.param(
        cond_104, "item", lambda c: InformationItem(category=c), {}, LAW_104_ART_7, id="law104-7"
    ),
    pytest.param(
        cond_01, "item", lambda c: InformationItem(category=c), {}, LAW_01_ART_16, id="law01-16"
    ),
]


@pytest.mark.parametrize(("fn", "name", "make", "other", "covered"), CASES)
def test_the_error_lists_what_the_article_covers(
    fn: Any, name: str, make: Any, other: dict[str, Any], covered: tuple[str, ...]
) -> None:
    outside = "open" if name == "item" else "citizen"
    with pytest.raises(InvalidInput) as info:
        fn(**{name: make(outside), **other})
    for text in (str(info.value), info.value.message_vi or ""):
        assert repr(outside) in text, text
        if name == "requester":
            assert "requester.kind" in text, text
        for word in covered:
            assert word in text, (word, text)
    for word in covered:
        fn(**{name: make(word), **other})  # each listed word is accepted
