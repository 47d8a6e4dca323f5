"""Letters: the written refusal (Art 28.2) and the extension notice."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem, RefusalCase
from accessinfo.tasks.access import refusal_grounds
from accessinfo.tasks.letters import en_date, extension_notice, refusal_letter, vn_date

ASKED = date(2026, 1, 9)
GROUNDS = refusal_grounds(
    RefusalCase(
        item=InformationItem(category="open"), beyond_capacity=True, within_responsibility=False
    ),
    on=ASKED,
)
LETTER = {"agency": "Sở Tư pháp tỉnh Lào Cai", "requester_name": "Nguyễn Thị Hoa"}


def test_refusal_in_vietnamese_cites_the_exact_grounds() -> None:
    d = refusal_letter(
        GROUNDS, request_date=ASKED, on=date(2026, 1, 13), responsible_agency="UBND xã Sa Pa",
        **LETTER,
    )  # fmt: skip
    text = d.outcome
    assert "THÔNG BÁO" in text and "Về việc từ chối yêu cầu cung cấp thông tin" in text
    assert "điểm c khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13" in text
    assert "điểm đ khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13" in text
    assert "Căn cứ khoản 2 Điều 28" in text
    assert "Ngày 13 tháng 01 năm 2026" in text and "Ngày 09 tháng 01 năm 2026" in text
    assert "liên hệ UBND xã Sa Pa" in text
    ids = [c.id for c in d.basis]
    assert ids[0] == "law_104_2016.art28.c2"
    assert "decree_13_2018.art5.c1.pdd" in ids  # Form 05
    assert d.status == "provisional" and "Form 05" in d.caveats[-1]
    assert d.rule_set == "law_104_2016"


def test_refusal_in_english() -> None:
    d = refusal_letter(GROUNDS, request_date=ASKED, on=ASKED, language="en", **LETTER)
    assert "Law No. 104/2016/QH13, Art. 28(1)(đ)" in d.outcome
    assert "9 January 2026" in d.outcome
    assert "address your request" not in d.outcome  # no responsible agency given


def test_dates() -> None:
    assert vn_date(date(2026, 2, 17)) == "ngày 17 tháng 02 năm 2026"
    assert vn_date(date(2025, 4, 30)) == "ngày 30 tháng 4 năm 2025"
    assert en_date(date(2026, 9, 2)) == "2 September 2026"


def test_extension_notice_electronic_complex_request() -> None:
    # valid request Tue 18/8/2026; original 15-working-day deadline Thu 10/9/2026 (worked in
    # test_art_30: Sat 22/8 is a working day, 29/8-2/9 rest); extended to Fri 25/9/2026
    d = extension_notice(
        request_date=date(2026, 8, 18), channel="electronic",
        original_respond_by=date(2026, 9, 10), extended_respond_by=date(2026, 9, 25),
        on=date(2026, 9, 3), **LETTER,
    )  # fmt: skip
    assert "khoản 4 Điều 30 Luật Tiếp cận thông tin số 104/2016/QH13" in d.outcome
    assert "đến hết ngày 25 tháng 9 năm 2026" in d.outcome
    assert "tối đa không quá 15 ngày" in d.outcome
    assert d.rule_set == "law_104_2016"
    assert [c.id for c in d.basis] == ["law_104_2016.art30.c4", "decree_13_2018.art5.c1.pd"]


def test_extension_notice_in_person_and_post() -> None:
    # in person, complex: valid request Fri 25/4/2025; Sat 26/4 is a swapped working day (1),
    # 28, 29 (2, 3); 30/4-1/5 rest, 2/5 was the swapped rest day; 5-9/5 (4-8); 12/5 (9), 13/5 (10)
    common = {
        "request_date": date(2025, 4, 25),
        "original_respond_by": date(2025, 5, 13),
        "extended_respond_by": date(2025, 5, 27),
        "on": date(2025, 5, 12),
        **LETTER,
    }
    person = extension_notice(channel="in_person", language="en", **common)  # type: ignore[arg-type]
    assert "Art. 29(2)" in person.outcome and "10 working days" in person.outcome
    post = extension_notice(channel="post", **common)  # type: ignore[arg-type]
    assert "khoản 2 Điều 31" in post.outcome


def test_extension_notice_under_law_01_2026() -> None:
    d = extension_notice(
        request_date=date(2026, 9, 1), channel="electronic",
        original_respond_by=date(2026, 9, 14), extended_respond_by=date(2026, 9, 28),
        on=date(2026, 9, 10), **LETTER,
    )  # fmt: skip
    assert d.rule_set == "law_01_2026" and "khoản 3 Điều 26" in d.outcome
    assert d.status == "provisional"  # unverified text of Law 01/2026


@pytest.mark.parametrize(
    "kwargs",
    [
        {"on": date(2026, 9, 11)},  # after the original period: too late to extend
        {"on": date(2026, 8, 17)},  # before the request
        {"extended_respond_by": date(2026, 9, 10)},  # not later than the original
        {"channel": "pigeon"},
        {"language": "fr"},
        {"agency": ""},
        {"requester_name": None},
        {"reason": 5},
        {"original_respond_by": "2026-09-10"},
    ],
)
def test_extension_bad_input(kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {
        "request_date": date(2026, 8, 18), "channel": "electronic",
        "original_respond_by": date(2026, 9, 10), "extended_respond_by": date(2026, 9, 25),
        "on": date(2026, 9, 3), **LETTER, **kwargs,
    }  # fmt: skip
    with pytest.raises(InvalidInput):
        extension_notice(**args)  # type: ignore[arg-type]


def test_refusal_bad_input() -> None:
    none = refusal_grounds(RefusalCase(item=InformationItem(category="open")), on=ASKED)
    with pytest.raises(InvalidInput):
        refusal_letter(none, request_date=ASKED, on=ASKED, **LETTER)  # nothing to refuse on
    with pytest.raises(InvalidInput):
        refusal_letter("grounds", request_date=ASKED, on=ASKED, **LETTER)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        refusal_letter(GROUNDS, request_date=ASKED, on=date(2026, 1, 8), **LETTER)
    with pytest.raises(InvalidInput):
        refusal_letter(GROUNDS, request_date=ASKED, on=ASKED, language="de", **LETTER)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        refusal_letter(GROUNDS, request_date=None, on=ASKED, **LETTER)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        refusal_letter(GROUNDS, request_date=ASKED, on=ASKED, agency=" ", requester_name="A")
