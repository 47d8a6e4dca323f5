"""Whole texts, written from the templates, for errors and explanations a substring check misses.

The wholesale tests (``test_error_texts_carry_values``, ``test_out_of_scope_errors``) look for
the values in a text; they miss a mangled separator or a wrapped literal, and texts outside
their reach. Survivors of seed 16 (issue 12) killed here, each by the exact English and
Vietnamese text, written by hand from ``_messages/errors.toml`` or ``_messages/law_01_2026.toml``:

* Law 104 Art 7 ``conditional_access``: the categories joined by ", " (``errors.articles.
  conditional_category``);
* Law 01 Art 29 ``foreign_resident_may_request``: the literal option list (``errors.
  unknown_option``);
* Circular 13/2016 ``two_step`` (Art 16, Art 17): an approval before the application shows both
  dates (``errors.articles.approved_before_received``);
* Law 01 Art 21 ``posting_required_until`` with another law setting the period: the explanation
  shows the posting day (``law_01_2026.art21.other_law``).

Survivors of seed 17, the same way: Decree 337/2026 Art 11's requester-kind error; Decree
47/2020 Art 43.5's refusal of a notice day on the repeal day; the approval day Circular 13/2016
echoes in its answer; whether an annex price includes materials (read from the cost tables).
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.circular_13_2016.art_16 import connection_deadlines
from accessinfo.articles.circular_13_2016.art_17 import lookup_deadlines
from accessinfo.articles.circular_13_2016.art_19 import GROUNDS
from accessinfo.articles.circular_46_2018.art_3 import cost_table as costs_46
from accessinfo.articles.circular_126_2026.art_3 import cost_table as costs_126
from accessinfo.articles.decree_47_2020.art_43 import user_suspension_notice_deadline
from accessinfo.articles.decree_337_2026.art_11 import organisation_request_allowed
from accessinfo.articles.law_01_2026.art_21 import posting_required_until
from accessinfo.articles.law_01_2026.art_29 import foreign_resident_may_request
from accessinfo.articles.law_104_2016.art_7 import conditional_access
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.access import InformationItem, Requester


def test_law_104_art_7_lists_its_categories() -> None:
    with pytest.raises(InvalidInput) as info:
        conditional_access(InformationItem(category="open"))
    cats = "business_secret, private_life, personal_secret, family_secret, personal_data"
    assert info.value.message == (f"conditional_access covers {cats}; got category 'open'")
    assert info.value.message_vi == (
        f"conditional_access chỉ áp dụng cho các loại thông tin {cats}; loại đã cho: 'open'"
    )


def test_law_01_art_29_lists_the_foreigner_kinds() -> None:
    with pytest.raises(InvalidInput) as info:
        foreign_resident_may_request(Requester(kind="citizen"))
    opts = "'foreigner_resident', 'foreigner_nonresident'"
    assert info.value.message == f"requester.kind must be one of {opts}, got 'citizen'"
    assert info.value.message_vi == (
        f"requester.kind phải là một trong các giá trị {opts}; giá trị đã cho: 'citizen'"
    )


@pytest.mark.parametrize("rule", [connection_deadlines, lookup_deadlines])
def test_circular_13_approval_before_application_shows_both_days(rule: object) -> None:
    with pytest.raises(InvalidInput) as info:
        rule(date(2019, 5, 10), approved=date(2019, 5, 9))  # type: ignore[operator]
    assert info.value.message == (
        "approved (2019-05-09) is before received (2019-05-10): an approval answers the"
        " application, so it cannot precede it"
    )
    assert info.value.message_vi == (
        "Ngày phê duyệt (09/05/2019) trước ngày nhận hồ sơ (10/05/2019): việc phê duyệt là để"
        " trả lời hồ sơ nên không thể có trước khi nhận hồ sơ"
    )


def test_law_01_art_21_other_law_names_the_posting_day() -> None:
    d = posting_required_until(date(2026, 9, 4), other_law_sets_period=True)
    assert d.outcome is None
    assert d.explanation == (
        "Posted on 2026-09-04: another law sets where and for how long it is posted, so the"
        " 30-day minimum of Art 21.2 does not apply."
    )
    assert d.explanation_vi == (
        "Niêm yết ngày 04/09/2026: pháp luật khác đã quy định địa điểm, thời hạn niêm yết, nên"
        " không áp dụng thời hạn tối thiểu 30 ngày tại khoản 2 Điều 21."
    )


def test_no_circular_13_ground_ends_in_x() -> None:
    """Keeps the ``EQUIVALENT`` entry of tools/mutate.py true: ``refusal_grounds`` strips the
    final "." of each summary with ``rstrip(".")``; ``rstrip("XX.XX")`` (seed 16) would also
    strip a final "X", so it is equivalent only while no summary ends in one."""
    for g in GROUNDS:
        for text in (g.summary_en, g.text_vi):
            assert text.rstrip(".") == text.rstrip("X."), text


def test_decree_337_art_11_names_the_requester_kind_it_covers() -> None:
    with pytest.raises(InvalidInput) as info:
        organisation_request_allowed(Requester(kind="citizen"))
    assert info.value.message == "requester.kind must be one of 'organisation', got 'citizen'"
    assert info.value.message_vi == (
        "requester.kind phải là một trong các giá trị 'organisation'; giá trị đã cho: 'citizen'"
    )


def test_decree_47_art_43_refuses_a_notice_day_on_the_repeal_day_and_says_which_day() -> None:
    # identified Tue 21/10/2025, the decree's last day; "01 ngày" ends Wed 22/10/2025, the day
    # Decree 278/2025 repealed it: nothing is answered, and the text says which day fell there
    with pytest.raises(NoApplicableRule) as info:
        user_suspension_notice_deadline(date(2025, 10, 21))
    assert "the latest day for the notice is 2025-10-22" in info.value.message
    assert "ngày cuối cùng phải thông báo là ngày 22/10/2025" in info.value.message_vi


def test_circular_13_answers_echo_the_approval_day() -> None:
    for fn in (connection_deadlines, lookup_deadlines):
        d = fn(date(2026, 1, 9), approved=date(2026, 1, 12))
        assert d.outcome.approved == date(2026, 1, 12) and d.outcome.received == date(2026, 1, 9)


def test_annex_rows_say_whether_materials_are_included() -> None:
    # _data/circular_46_2018_costs.csv and circular_126_2026_costs.csv, column
    # materials_included ("yes" / "no" / "not_stated"), each row with its annex item; read
    # afresh, so the rows are built inside this test (the mutation tool maps who calls what)
    costs_46.cache_clear()
    costs_126.cache_clear()
    assert costs_46()["photocopy_bw"].materials_included is True
    assert costs_46()["audio_copy_minute"].materials_included is False
    assert costs_126()["photocopy_bw"].materials_included is None
