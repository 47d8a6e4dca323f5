"""The data-sharing facade: dispatch by date and by request, and bad input."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accessinfo.tasks.data_sharing as ds
from accessinfo.errors import InvalidInput, NoApplicableRule

REPEAL = date(2025, 8, 19)  # the open-data provisions (Decree 194/2025 Art 40)
WHOLE_REPEAL = date(2025, 10, 22)  # the whole decree (Decree 278/2025 Art 23.2)
decree_dates = st.dates(min_value=date(2020, 5, 25), max_value=date(2025, 10, 21))
later_dates = st.dates(min_value=WHOLE_REPEAL, max_value=date(2035, 12, 31))


def test_sharing_mode_picks_the_way() -> None:
    on = date(2025, 10, 21)
    cases = [
        (ds.DataRequest(recipient="state_agency", ready_for_default_sharing=True), "default"),
        (ds.DataRequest(recipient="state_agency"), "specific_request"),
        (ds.DataRequest(recipient="individual", data_about="recipient"), "own_data"),
        (
            ds.DataRequest(recipient="organisation", data_about="third_party", consent=True),
            "with_consent",
        ),
        (ds.DataRequest(recipient="organisation"), "access_to_information"),
        (ds.DataRequest(recipient="state_agency", state_secret=True), "state_secret_law"),
    ]
    for req, way in cases:
        assert ds.sharing_mode(req, on=on).outcome.way == way, req


@given(on=decree_dates, recipient=st.sampled_from(["state_agency", "organisation", "individual"]))
def test_open_data_is_in_force_exactly_before_the_repeal(on: date, recipient: str) -> None:
    req = ds.DataRequest(recipient=recipient, open_data=True)  # type: ignore[arg-type]
    d = ds.sharing_mode(req, on=on)
    assert d.outcome.way == "open_data"
    assert d.outcome.in_force == (on < REPEAL)
    cited = {c.id for c in d.basis}
    assert ("decree_194_2025.art40" in cited) == (on >= REPEAL)


def test_open_data_on_the_eve_and_the_day_of_the_repeal() -> None:
    req = ds.DataRequest(recipient="individual", open_data=True)
    assert ds.sharing_mode(req, on=REPEAL - timedelta(days=1)).outcome.in_force
    after = ds.sharing_mode(req, on=REPEAL)
    assert after.outcome.repealed_on == REPEAL
    assert "Decree 194/2025" in after.explanation


def test_other_facade_functions() -> None:
    on = date(2025, 10, 21)
    assert ds.may_collect_again(available_by_sharing=True, on=on).outcome is False
    assert ds.may_ask_in_writing(obtained_by_connection=True, on=on).outcome is False
    assert ds.sharing_fee("state_agency", on=on).outcome == "free"
    assert len(ds.prohibited_acts(on=on).outcome) == 5 == len(ds.PROHIBITED_ACTS)
    assert ds.shared_by_default("national_master_data", on=on).outcome is True
    assert ds.default_list_review_due(date(2024, 10, 31)).outcome == date(2025, 5, 5)


REQUESTS = [
    ds.DataRequest(recipient="state_agency", ready_for_default_sharing=True),
    ds.DataRequest(recipient="state_agency"),
    ds.DataRequest(recipient="individual", data_about="recipient"),
    ds.DataRequest(recipient="organisation"),
    ds.DataRequest(recipient="state_agency", state_secret=True),
    ds.DataRequest(recipient="individual", open_data=True),
]
FACADE_CALLS: list[tuple[str, Any]] = [
    *[
        (f"sharing_mode[{i}]", lambda on, r=r: ds.sharing_mode(r, on=on))
        for i, r in enumerate(REQUESTS)
    ],
    ("may_collect_again", lambda on: ds.may_collect_again(available_by_sharing=True, on=on)),
    ("may_ask_in_writing", lambda on: ds.may_ask_in_writing(obtained_by_connection=True, on=on)),
    ("sharing_fee", lambda on: ds.sharing_fee("state_agency", on=on)),
    ("prohibited_acts", lambda on: ds.prohibited_acts(on=on)),
    ("shared_by_default", lambda on: ds.shared_by_default("shared_catalogue", on=on)),
    ("default_list_review_due", lambda on: ds.default_list_review_due(on - timedelta(days=200))),
]


@pytest.mark.parametrize(("name", "call"), FACADE_CALLS, ids=[n for n, _ in FACADE_CALLS])
def test_every_facade_answers_on_the_eve_of_the_repeal(name: str, call: Any) -> None:
    d = call(WHOLE_REPEAL - timedelta(days=1))
    assert d.status == "final", (name, d.caveats)
    assert d.law_version is not None


@pytest.mark.parametrize(("name", "call"), FACADE_CALLS, ids=[n for n, _ in FACADE_CALLS])
@settings(deadline=None)
@given(on=later_dates)
def test_every_facade_refuses_from_the_repeal_naming_decree_278(
    name: str, call: Any, on: date
) -> None:
    with pytest.raises(NoApplicableRule, match=r"Decree No\. 278/2025/NĐ-CP") as exc:
        call(on + timedelta(days=200) if name == "default_list_review_due" else on)
    assert "docs/readings/decree-47-2020-repeal.md" in exc.value.message


def test_open_data_refusal_also_names_the_earlier_repeal() -> None:
    req = ds.DataRequest(recipient="individual", open_data=True)
    with pytest.raises(NoApplicableRule, match=r"Decree No\. 194/2025/NĐ-CP Art 40"):
        ds.sharing_mode(req, on=WHOLE_REPEAL)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: ds.sharing_mode({"recipient": "state_agency"}, on=date(2025, 3, 3)), InvalidInput),
        (lambda: ds.sharing_mode(ds.DataRequest(recipient="individual"), on=None), InvalidInput),
        (
            lambda: ds.sharing_mode(
                ds.DataRequest(recipient="individual"), on=datetime(2025, 3, 3, 8, 0)
            ),
            InvalidInput,
        ),
        (
            lambda: ds.sharing_mode(ds.DataRequest(recipient="individual"), on=date(2020, 1, 1)),
            NoApplicableRule,
        ),
        (lambda: ds.DataRequest(recipient="public"), InvalidInput),
        (lambda: ds.DataRequest(recipient="individual", data_about="me"), InvalidInput),
        (lambda: ds.may_collect_again(available_by_sharing=1, on=date(2025, 3, 3)), InvalidInput),
        (lambda: ds.sharing_fee("state_agency", on="today"), InvalidInput),
        (lambda: ds.prohibited_acts(on=date(2019, 1, 1)), NoApplicableRule),
        (lambda: ds.shared_by_default("everything", on=date(2025, 3, 3)), InvalidInput),
        (lambda: ds.default_list_review_due(None), InvalidInput),
    ],
)
def test_bad_input(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()
