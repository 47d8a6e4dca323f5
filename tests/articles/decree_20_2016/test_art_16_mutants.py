"""Decree 20/2016 Art 16 access forms: the citations of each form, pinned (issue 12).

tools/mutate.py showed that the circular's articles cited for each form could change without a
test failing: network connection Circular 13/2016 Art 16.1, online lookup Art 17.1, written
request Art 18.1, costs of a sanctioned person Art 20.1; the user's point of Decree 20/2016
Art 16.2: (a) sanctioning body, (b) state official, (c) supervisory body, (d) sanctioned person.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.decree_20_2016.art_16 import DatabaseUser, access_forms

ON = date(2026, 3, 2)


def _specific(ids: list[str]) -> list[str]:
    return [i for i in ids if i not in ("decree_20_2016.art16.c2", "decree_20_2016.art16.c3")]


@pytest.mark.parametrize(
    ("kind", "forms", "cited"),
    [
        (
            "sanctioning_body",
            ("network_connection", "online_lookup"),
            [
                "decree_20_2016.art16.c2.pa",
                "circular_13_2016.art16.c1",
                "circular_13_2016.art17.c1",
            ],
        ),
        (
            "state_official",
            ("network_connection", "online_lookup"),
            [
                "decree_20_2016.art16.c2.pb",
                "circular_13_2016.art16.c1",
                "circular_13_2016.art17.c1",
            ],
        ),
        (
            "supervisory_body",
            ("network_connection", "written_request"),
            [
                "decree_20_2016.art16.c2.pc",
                "circular_13_2016.art16.c1",
                "circular_13_2016.art18.c1",
            ],
        ),
        (
            "sanctioned_person",
            ("written_request",),
            [
                "decree_20_2016.art16.c2.pd",
                "circular_13_2016.art18.c1",
                "circular_13_2016.art20.c1",
            ],
        ),
    ],
)
def test_each_form_cites_its_article(kind: str, forms: tuple[str, ...], cited: list[str]) -> None:
    d = access_forms(DatabaseUser(kind=kind, manages_sector_database=True), on=ON)
    assert d.outcome.forms == forms
    assert _specific([c.id for c in d.basis]) == cited
    names = ", ".join(f.replace("_", " ") for f in forms)
    assert d.explanation.startswith(f"A {kind.replace('_', ' ')} may use the database by: {names}")


def test_a_sanctioned_person_sees_its_own_records_and_pays() -> None:
    d = access_forms("sanctioned_person", on=ON)
    assert d.outcome.own_records_only and d.outcome.pays
    assert d.explanation.endswith("; only for its own handling, on application, paying the costs.")


def test_any_entitled_user_reading_opens_online_lookup_to_a_supervisory_body() -> None:
    d = access_forms("supervisory_body", on=ON, online_lookup="any_entitled_user")
    assert d.outcome.forms == ("online_lookup", "written_request")
    assert "circular_13_2016.art17.c1" in [c.id for c in d.basis]


def test_an_unlisted_user_is_not_entitled() -> None:
    d = access_forms("other", on=ON)
    assert not d.outcome.entitled and d.outcome.forms == ()
    assert d.explanation == "Art 16.2 lists who may use the database; this user is not among them."


def test_an_unknown_kind_of_user_is_refused_naming_the_parameter() -> None:
    from accessinfo.errors import InvalidInput

    with pytest.raises(InvalidInput, match=r"\] user must be one of .*'no_such_kind'"):
        access_forms("no_such_kind", on=date(2026, 3, 2))  # type: ignore[arg-type]
