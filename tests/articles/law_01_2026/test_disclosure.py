"""Law 01/2026 Arts 10, 17-20, 22 and 31.1-31.2: disclosure, providers and the transition.

The data files are checked against themselves (each category's words are a verbatim fragment
of its point) and against Law 104's list (every Law 104 category keeps its name). Dates: the
Law takes effect on 1/9/2026 (Art 30.1); before it, the Law 104 version answers.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.articles.law_01_2026 import art_10, art_17, art_18, art_19, art_20, art_22, art_31
from accessinfo.articles.law_104_2016.art_17 import DISCLOSURE_CATEGORIES as LAW_104_CATEGORIES
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import InvalidInput, NoApplicableRule, UnverifiedText
from accessinfo.tasks.access import disclosure_duty

START = date(2026, 9, 1)
law_01_days = st.dates(min_value=START, max_value=date(2035, 12, 31))
law_104_days = st.dates(min_value=date(2018, 7, 1), max_value=START - timedelta(days=1))

# Art 17.1 lists points a b c d đ e g h i k l m n o p q r s t u v: twenty points.
POINTS = [*"abcd", "đ", *"eghiklmnopqrstuv"]


def test_the_points_file_has_every_point_of_17_1_and_clause_2() -> None:
    points = art_17.disclosure_points()
    assert [p for p in points if p is not None] == POINTS
    assert points[None].clause == 2
    assert points["v"].text_vi == "Thông tin khác phải được công khai theo quy định của pháp luật."
    assert points["b"].text_vi.count("\n") == 1  # point b has two paragraphs
    assert all(p.text_vi and p.summary_en and "01/2026/QH16" in p.source for p in points.values())


def test_every_category_is_a_verbatim_fragment_of_its_point() -> None:
    points = art_17.disclosure_points()
    entries = art_17.disclosure_list()
    assert tuple(entries) == art_17.DISCLOSURE_CATEGORIES
    for e in entries.values():
        assert e.name_vi in points[e.point].text_vi, e.category
    # each point has at least one category
    assert {e.point for e in entries.values()} == set(points)


def test_every_law_104_category_keeps_its_name() -> None:
    assert set(LAW_104_CATEGORIES) <= set(art_17.DISCLOSURE_CATEGORIES)


@settings(deadline=None)  # the first call imports every article module
@given(on=law_01_days, category=st.sampled_from(art_17.DISCLOSURE_CATEGORIES))
def test_disclosure_duty_from_1_september_2026(on: date, category: str) -> None:
    d = disclosure_duty(category, on=on)
    entry = art_17.disclosure_list()[category]
    assert d.rule_set == "law_01_2026" and d.status == "provisional"
    assert d.outcome.must_disclose is (entry.point is not None)
    assert d.outcome.art17_point == entry.point
    assert d.outcome.portal == ("required" if entry.point else "optional")
    assert d.outcome.name_vi == entry.name_vi
    assert d.explanation_vi is not None
    with pytest.raises(UnverifiedText):
        disclosure_duty(category, on=on, strict=True)


@settings(deadline=None)
@given(on=law_104_days, category=st.sampled_from(LAW_104_CATEGORIES))
def test_disclosure_duty_before_1_september_2026_is_law_104(on: date, category: str) -> None:
    d = disclosure_duty(category, on=on)
    assert d.rule_set == "law_104_2016" and d.status == "final"


def test_the_basis_names_the_point_and_the_portal_clause() -> None:
    d = disclosure_duty("digital_transformation", on=START)
    assert [c.id for c in d.basis[:4]] == [
        "law_01_2026.art17",
        "law_01_2026.art17.c1.pt",
        "law_01_2026.art19.c1",
        "law_01_2026.art18.c4",
    ]
    assert "Art 17.1(t)" in d.explanation
    odd = disclosure_duty("relief_and_funds", on=START)
    assert odd.basis[1].id == "law_01_2026.art17.c1.pdd" and odd.outcome.art17_point == "đ"


def test_portal_disclosure() -> None:
    assert art_19.portal_disclosure("bidding", on=START).outcome == "portal_required"
    no_portal = art_19.portal_disclosure("bidding", on=START, has_portal=False)
    assert no_portal.outcome == "official_channels"
    assert no_portal.basis[1].id == "law_01_2026.art19.c2"
    assert art_19.portal_disclosure("other_voluntary", on=START).outcome == "optional"
    with pytest.raises(InvalidInput):
        art_19.portal_disclosure("bidding", on=START, has_portal="no")  # type: ignore[arg-type]


def test_disclosure_forms() -> None:
    d = art_18.disclosure_forms(on=START, form_set_by_law=["mass_media", "mass_media"])
    assert d.outcome.forms == ("mass_media",) and d.outcome.chosen_by == "law"
    assert [c.id for c in d.basis] == [
        "law_01_2026.art18.c2",
        "law_01_2026.art18.c1",
        "law_01_2026.art18.c1.pb",
    ]
    free = art_18.disclosure_forms(on=START)
    assert free.outcome.forms == art_18.DISCLOSURE_FORMS and free.outcome.chosen_by == "agency"
    assert not free.outcome.adapted_form_required
    groups = art_18.disclosure_forms(on=START, for_groups_of_clause_3=True)
    assert "law_01_2026.art18.c3" in [c.id for c in groups.basis]
    assert groups.explanation_vi is not None and "người khuyết tật" in groups.explanation_vi
    for bad in ("mass_media", ["pigeon"], 3):
        with pytest.raises(InvalidInput):
            art_18.disclosure_forms(on=START, form_set_by_law=bad)  # type: ignore[arg-type]


def test_mass_media() -> None:
    assert art_20.must_supply_mass_media(law_requires_mass_media=True, on=START).outcome is True
    d = art_20.must_supply_mass_media(law_requires_mass_media=False, on=START)
    assert d.outcome is False and [c.id for c in d.basis[:2]] == [
        "law_01_2026.art20.c1",
        "law_01_2026.art20.c2",
    ]
    with pytest.raises(InvalidInput):
        art_20.must_supply_mass_media(law_requires_mass_media=None, on=START)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "clause", "action"),
    [
        ("created_and_disclosed", 1, "correct_and_disclose"),
        ("disclosed_only", 2, "correct_and_disclose"),
        ("created_only", 3, "request_correction"),
    ],
)
def test_correction_duty(role: str, clause: int, action: str) -> None:
    d = art_22.disclosure_correction_duty(role, disclosed_in="mass_media", on=START)  # type: ignore[arg-type]
    assert d.outcome.action == action and d.outcome.timing == "promptly"
    assert d.outcome.correct_in == ("mass_media", "official_online_channels")
    assert [c.id for c in d.basis[:2]] == ["law_01_2026.art22.c5", f"law_01_2026.art22.c{clause}"]
    assert d.explanation_vi is not None and f"Khoản {clause} Điều 22" in d.explanation_vi


@given(
    resident=st.none() | st.booleans(),
    concerned=st.none() | st.booleans(),
)
def test_commune_information_reaches_residents_and_concerned_citizens(
    resident: bool | None, concerned: bool | None
) -> None:
    d = art_10.information_provider(
        "commune_authorities", on=START, resides_locally=resident, concerns_own_rights=concerned
    )
    expected = (
        True
        if (resident or concerned)
        else (False if resident is False and concerned is False else None)
    )
    assert d.outcome.must_provide is expected
    assert d.outcome.art10_point == "e"


@pytest.mark.parametrize(
    ("creator", "provider", "point"),
    [
        ("national_assembly_office", "national_assembly_office", "a"),
        ("president", "president_office", "b"),
        ("government_office", "government_office", "c"),
        ("provincial_council", "provincial_council_office", "d"),
        ("provincial_focal_unit", "provincial_focal_unit", "đ"),
        ("defence", "ministry_focal_point", "g"),
        ("other_agency", "creating_agency", None),
    ],
)
def test_providers_of_10_2(creator: str, provider: str, point: str | None) -> None:
    d = art_10.information_provider(creator, on=START)  # type: ignore[arg-type]
    assert (d.outcome.provider, d.outcome.art10_point, d.outcome.must_provide) == (
        provider,
        point,
        True,
    )


def test_held_information_and_partial_provision() -> None:
    assert (
        art_10.held_information_must_be_provided(
            necessary_for_public_interest_or_health=False, on=START
        ).outcome
        is False
    )
    p = art_10.partial_provision
    assert p(has_closed_part=False, separable=False, on=START).outcome == "provide_whole"
    assert p(has_closed_part=True, separable=True, on=START).outcome == "consider_partial"
    assert (
        p(has_closed_part=True, has_open_part=False, separable=True, on=START).outcome
        == "no_partial"
    )
    assert p(has_closed_part=True, separable=False, on=START).basis[1].id == "law_01_2026.art27.c1"


@given(day=st.dates(min_value=date(2018, 7, 1), max_value=date(2035, 12, 31)))
def test_public_service_unit_information_law(day: date) -> None:
    d = art_31.public_service_unit_information_law(day)
    assert d.outcome == ("related_laws" if day < START else "law_01_2026")


def test_reorganisation() -> None:
    assert (
        art_31.provider_after_reorganisation(reorganised=False, on=START).outcome
        == "creating_agency"
    )
    with pytest.raises(NoApplicableRule):
        art_31.provider_after_reorganisation(reorganised=True, on=START - timedelta(days=1))


def test_back_publication_is_six_months_by_relativedelta() -> None:
    # Mon 1/3/2027 is a working day: the corresponding day of the sixth month (Civil Code 148.3)
    assert art_31.back_publication_by(date(2026, 1, 1)).outcome == date(2027, 3, 1)
    assert PUBLIC_SECTOR.is_working_day(date(2027, 3, 1))


@pytest.mark.parametrize(
    "call",
    [
        lambda: art_10.information_provider("senate", on=START),
        lambda: art_10.information_provider("commune_authorities", on=START, resides_locally="yes"),
        lambda: art_22.disclosure_correction_duty("nobody", disclosed_in="mass_media", on=START),
        lambda: art_22.disclosure_correction_duty("created_only", disclosed_in="tv", on=START),
        lambda: disclosure_duty("weather", on=START),
    ],
)
def test_bad_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call()  # type: ignore[operator]
