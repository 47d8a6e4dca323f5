"""Decree 20/2016 Art 16: who may use the violations database, and in which forms."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.decree_20_2016.art_16 import DatabaseUser, access_forms, database_forms
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule

ON = date(2026, 3, 2)


def test_c1_three_forms() -> None:
    d = database_forms(on=ON)
    assert d.outcome == ("network_connection", "online_lookup", "written_request")
    assert str(d.basis[0]) == "khoản 1 Điều 16 Nghị định số 20/2016/NĐ-CP"


@pytest.mark.parametrize(
    ("kind", "sector_db", "forms", "point"),
    [
        ("sanctioning_body", False, ("online_lookup",), "a"),
        ("sanctioning_body", True, ("network_connection", "online_lookup"), "a"),
        ("state_official", False, ("online_lookup",), "b"),
        ("supervisory_body", False, ("written_request",), "c"),
        ("supervisory_body", True, ("network_connection", "written_request"), "c"),
        ("sanctioned_person", False, ("written_request",), "d"),
        ("sanctioned_person", True, ("written_request",), "d"),  # no connection for them
    ],
)
def test_c2_forms_by_user(kind: str, sector_db: bool, forms: tuple[str, ...], point: str) -> None:
    d = access_forms(DatabaseUser(kind=kind, manages_sector_database=sector_db), on=ON)  # type: ignore[arg-type]
    assert d.outcome.entitled and d.outcome.forms == forms
    assert f"decree_20_2016.art16.c2.p{point}" in [c.id for c in d.basis]
    assert d.readings == {"online_lookup": "involved_users"}


def test_c2d_sanctioned_persons_get_their_own_records_and_pay() -> None:
    d = access_forms("sanctioned_person", on=ON)
    assert d.outcome.own_records_only and d.outcome.pays
    assert "circular_13_2016.art20.c1" in [c.id for c in d.basis]


def test_c2_others_are_not_entitled() -> None:
    d = access_forms("other", on=ON)
    assert not d.outcome.entitled and d.outcome.forms == ()


def test_reading_any_entitled_user_opens_lookup_to_all() -> None:
    d = access_forms("supervisory_body", on=ON, online_lookup="any_entitled_user")
    assert d.outcome.forms == ("online_lookup", "written_request")
    with pytest.raises(AmbiguousReading):
        access_forms("supervisory_body", on=ON, online_lookup="raise")


@pytest.mark.parametrize(
    "call",
    [
        lambda: access_forms("citizen", on=ON),  # type: ignore[arg-type]
        lambda: access_forms(3, on=ON),  # type: ignore[arg-type]
        lambda: access_forms("other", on=ON, online_lookup="all"),  # type: ignore[arg-type]
        lambda: access_forms("other", on="2026-03-02"),  # type: ignore[arg-type]
        lambda: DatabaseUser(kind="state_official", manages_sector_database="yes"),
        lambda: database_forms(),  # type: ignore[call-arg]
    ],
)
def test_bad_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call()  # type: ignore[operator]


def test_before_the_decree() -> None:
    with pytest.raises(NoApplicableRule):
        access_forms("other", on=date(2016, 5, 14))
    assert database_forms(on=date(2016, 5, 15)).outcome  # in force from 15/05/2016
