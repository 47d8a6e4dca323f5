"""Decree 47/2020 Arts 1, 34, 43 and Decree 337/2026 Art 9: found unpinned by mutation testing.

Worked by hand on the public-sector calendar (no holiday in the spans below; Tết 2024 ended on
14/2):
* Art 43.1(a), suspension from Mon 11/3/2024, 07 working days before (inclusive): Fri 8 (1),
  Thu 7 (2), Wed 6 (3), Tue 5 (4), Mon 4 (5), Fri 1/3 (6), Thu 29/2/2024 (7).
* Art 43.1(a), suspension from Fri 31/10/2025: Thu 30 (1), Wed 29 (2), Tue 28 (3), Mon 27 (4),
  Fri 24 (5), Thu 23 (6), Wed 22/10/2025 (7) — the day Decree 278/2025 repealed Decree 47/2020,
  so nothing is answered, and the refusal says the date refused is the latest notice day.
* Art 43.5, breach identified Mon 11/3/2024: 01 day, day zero not counted: Tue 12/3/2024.
* Art 34.4, last review Mon 15/1/2024: six months on, the corresponding day Mon 15/7/2024
  (Civil Code Art 148.3), a working day.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.decree_47_2020.art_1 import state_secret_sharing
from accessinfo.articles.decree_47_2020.art_34 import default_list_review_due, shared_by_default
from accessinfo.articles.decree_47_2020.art_43 import (
    data_sharing_suspension_notice_deadline,
    user_suspension_notice_deadline,
)
from accessinfo.articles.decree_337_2026.art_9 import form_for
from accessinfo.errors import NoApplicableRule


def test_art_43_1_trace_is_labelled_with_the_latest_notice_day() -> None:
    d = data_sharing_suspension_notice_deadline(date(2024, 3, 11), trace=True)
    assert d.outcome == date(2024, 2, 29)
    assert d.trace and {s.label for s in d.trace} == {"latest_notice_day"}


def test_art_43_1_a_notice_day_on_the_repeal_day_is_refused_naming_it() -> None:
    with pytest.raises(NoApplicableRule) as exc:
        data_sharing_suspension_notice_deadline(date(2025, 10, 31))
    assert str(exc.value).startswith("[no-applicable-rule] the latest day for the notice is 2025")


def test_art_43_1_b_force_majeure_after_the_repeal_names_the_suspension() -> None:
    with pytest.raises(NoApplicableRule) as exc:
        data_sharing_suspension_notice_deadline(date(2025, 10, 31), force_majeure=True)
    assert str(exc.value).startswith("[no-applicable-rule] the suspension is 2025-10-31")


def test_art_43_5_trace_is_labelled_with_the_notice_to_the_consumer() -> None:
    d = user_suspension_notice_deadline(date(2024, 3, 11), trace=True)
    assert d.outcome == date(2024, 3, 12)
    assert d.trace and {s.label for s in d.trace} == {"notify_consumer_by"}


def test_art_34_explanations_name_the_point_and_the_last_review() -> None:
    d = shared_by_default("sector_master_data", on=date(2024, 3, 1))
    assert d.outcome is True and "(Art 34.1(b))" in d.explanation
    assert "điểm b khoản 1 Điều 34" in (d.explanation_vi or "")
    r = default_list_review_due(date(2024, 1, 15))
    assert r.outcome == date(2024, 7, 15)
    assert r.explanation.startswith("Last review 2024-01-15:")


def test_art_1_2_state_secrets_go_outside_the_decree() -> None:
    d = state_secret_sharing(on=date(2024, 3, 1))
    assert d.outcome.way == "state_secret_law"
    assert d.outcome.procedure.startswith("Outside Decree 47/2020: the Law on Protection")


def test_decree_337_art_9_names_the_clause_prescribing_the_form() -> None:
    d = form_for("request")  # Art 9.1: form 01a
    assert d.outcome == "01a"
    assert "Art. 9(1) prescribes" in d.explanation
    assert "quy định tại khoản 1 Điều 9" in (d.explanation_vi or "")


def test_art_6_3_c_when_sharing_fails_the_obstacle_procedure_of_chapter_iii_section_5() -> None:
    from accessinfo.articles.decree_47_2020._types import DataRequest
    from accessinfo.articles.decree_47_2020.art_6 import sharing_between_agencies

    req = DataRequest(recipient="state_agency", specific_request_failed=True)
    d = sharing_between_agencies(req, on=date(2024, 3, 1))
    # "c) … giải quyết vướng mắc … tại Mục 5 Chương III của Nghị định này"
    assert d.outcome.way == "obstacle_resolution"
    assert d.outcome.procedure == "Chapter III Section 5"
    assert [c.id for c in d.basis] == ["decree_47_2020.art6.c3", "decree_47_2020.art6.c3.pc"]


def test_art_5_a_bad_flag_names_itself() -> None:
    from accessinfo.articles.decree_47_2020.art_5 import may_collect_again
    from accessinfo.errors import InvalidInput

    with pytest.raises(InvalidInput, match=r"\] law_provides_otherwise must be True or False"):
        may_collect_again(available_by_sharing=True, on=date(2024, 3, 1), law_provides_otherwise=1)  # type: ignore[arg-type]
