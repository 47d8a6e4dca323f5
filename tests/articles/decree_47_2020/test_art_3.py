"""Decree 47/2020 Arts 1.2, 3.4–3.6, 6.3: the ways of sharing; open data repealed 2025-08-19."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.decree_47_2020._types import DataRequest
from accessinfo.articles.decree_47_2020.art_1 import state_secret_sharing
from accessinfo.articles.decree_47_2020.art_3 import open_data_repealed, open_data_sharing
from accessinfo.articles.decree_47_2020.art_6 import sharing_between_agencies
from accessinfo.core.rules import applicable
from accessinfo.errors import InvalidInput, NoApplicableRule


def test_c4_open_data_until_18_august_2025() -> None:
    d = open_data_sharing(on=date(2025, 8, 18))
    assert d.outcome.way == "open_data" and d.outcome.in_force
    assert d.basis[0].id == "decree_47_2020.art3.c4"
    with pytest.raises(NoApplicableRule):
        open_data_sharing(on=date(2025, 8, 19))
    with pytest.raises(NoApplicableRule):
        open_data_sharing(on=date(2020, 5, 24))  # before the decree


def test_c4_repealed_from_19_august_2025_with_the_repealing_citation() -> None:
    d = open_data_repealed(on=date(2025, 8, 19))
    assert not d.outcome.in_force and d.outcome.repealed_on == date(2025, 8, 19)
    assert [c.id for c in d.basis] == ["decree_47_2020.art3.c4", "decree_194_2025.art40"]
    assert d.rule_set == "decree_194_2025"
    assert "repealed" in d.explanation
    with pytest.raises(NoApplicableRule):
        open_data_repealed(on=date(2025, 8, 18))


def test_the_registry_hands_over_on_19_august_2025() -> None:
    assert applicable("data_sharing.open_data", on=date(2025, 8, 18)).function is open_data_sharing
    assert applicable("data_sharing.open_data", on=date(2025, 8, 19)).function is open_data_repealed


def test_art_6_c3_default_specific_or_obstacles() -> None:
    ready = DataRequest(recipient="state_agency", ready_for_default_sharing=True)
    d = sharing_between_agencies(ready, on=date(2024, 5, 4))
    assert d.outcome.way == "default"
    assert {"decree_47_2020.art6.c3.pa", "decree_47_2020.art3.c5"} <= {c.id for c in d.basis}
    not_ready = DataRequest(recipient="state_agency")
    assert sharing_between_agencies(not_ready, on=date(2024, 5, 4)).outcome.way == (
        "specific_request"
    )
    failed = DataRequest(recipient="state_agency", specific_request_failed=True)
    out = sharing_between_agencies(failed, on=date(2024, 5, 4))
    assert out.outcome.way == "obstacle_resolution"
    assert out.basis[-1].id == "decree_47_2020.art6.c3.pc"


def test_art_1_c2_state_secrets_are_outside_the_decree() -> None:
    assert state_secret_sharing(on=date(2025, 3, 3)).outcome.way == "state_secret_law"


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        sharing_between_agencies(DataRequest(recipient="individual"), on=date(2025, 3, 3))
    with pytest.raises(InvalidInput):
        sharing_between_agencies({"recipient": "state_agency"}, on=date(2025, 3, 3))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        DataRequest(recipient="state_agency", open_data=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        DataRequest(recipient="individual", consent=True)  # consent but no third party
    with pytest.raises(InvalidInput):
        open_data_sharing(on="2025-01-01")  # type: ignore[arg-type]
