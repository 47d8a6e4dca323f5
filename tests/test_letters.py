"""Letters: the written refusal (Art 28.2) and the extension notice."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.errors import AmbiguousReading, InvalidInput
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
    # dated 3/9/2026: Decree 13/2018's form 04 after the decree ended (Decree 337 Art 15.3)
    assert [c.id for c in d.basis] == [
        "law_104_2016.art30.c4",
        "decree_13_2018.art5.c1.pd",
        "decree_337_2026.art15.c3",
        "law_01_2026.art31.c4",
    ]
    assert d.status == "provisional" and "no saving clause" in d.caveats[0]


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


# --- issue 12 §2: a letter agrees with the rule it cites, or is refused ----------------------
# Law 104, electronic complex (test above): valid Tue 18/8/2026, original Thu 10/9/2026,
# cap 10/9 + 15 calendar days = Fri 25/9/2026.
ELECTRONIC = {
    "request_date": date(2026, 8, 18),
    "channel": "electronic",
    "original_respond_by": date(2026, 9, 10),
    "on": date(2026, 9, 3),
    **LETTER,
}
# Law 01/2026, simple, valid Fri 20/11/2026 (tests/cases/decree_337_2026/art_10.yaml):
# period ends Thu 26/11 (24/11 is Culture Day), notice by Wed 25/11, extension cap Tue 8/12.
SIMPLE_01 = {
    "request_date": date(2026, 11, 20),
    "channel": "post",
    "original_respond_by": date(2026, 11, 26),
    "extended_respond_by": date(2026, 12, 8),
    **LETTER,
}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"extended_respond_by": date(2030, 1, 1)},  # "at most 15 days" and a 2030 date
        {"extended_respond_by": date(2026, 9, 28)},  # cap Fri 25/9: one working day over
        {"original_respond_by": date(2026, 9, 11), "extended_respond_by": date(2026, 9, 25)},
        {"extended_respond_by": date(2026, 9, 25), "sent": date(2026, 8, 19)},  # sent after
        {
            "extended_respond_by": date(2026, 9, 25),
            "request_date": date(1990, 1, 5),
            "original_respond_by": date(1990, 1, 19),
            "on": date(1990, 1, 10),
        },
    ],
)
def test_extension_letter_refuses_dates_its_rule_cannot_support(kwargs: dict[str, object]) -> None:
    args = {**ELECTRONIC, "extended_respond_by": date(2026, 9, 25)}
    args.update(kwargs)
    with pytest.raises(InvalidInput):
        extension_notice(**args)  # type: ignore[arg-type]


def test_extension_letter_at_the_cap_is_accepted_and_law_104_by_sent_date() -> None:
    d = extension_notice(extended_respond_by=date(2026, 9, 25), **ELECTRONIC)  # type: ignore[arg-type]
    assert d.rule_set == "law_104_2016" and d.explanation_vi is not None
    # posted Mon 31/8/2026, received (valid) Thu 3/9/2026: Law 104 (Law 01/2026 Art 31.4).
    # Art 31.2: 15 working days from Thu 3/9: 4 (1), 7-11 (2-6), 14-18 (7-11), 21-24 (12-15)
    # -> Thu 24/9; extension 24/9 + 15 = Fri 9/10/2026.
    posted = extension_notice(
        request_date=date(2026, 9, 3), sent=date(2026, 8, 31), channel="post",
        original_respond_by=date(2026, 9, 24), extended_respond_by=date(2026, 10, 9),
        on=date(2026, 9, 24), **LETTER,
    )  # fmt: skip
    assert posted.rule_set == "law_104_2016" and "khoản 2 Điều 31" in posted.outcome


def test_extension_letter_under_decree_337_follows_form_04() -> None:
    d = extension_notice(on=date(2026, 11, 25), **SIMPLE_01)  # type: ignore[arg-type]
    text = d.outcome
    assert text.startswith("Mẫu số 04 (Nghị định số 337/2026/NĐ-CP)")
    assert "Gia hạn việc cung cấp thông tin" in text
    assert "điểm c khoản 4 Điều 10 Nghị định số 337/2026/NĐ-CP" in text
    assert "tối đa không quá 12 ngày" in text and "đến hết ngày 08 tháng 12 năm 2026" in text
    assert [c.id for c in d.basis] == [
        "law_01_2026.art26.c3",
        "decree_337_2026.art10.c4.pc",
        "decree_337_2026.art9.c5",
    ]
    assert d.rule_set == "law_01_2026" and d.status == "provisional"
    assert any("Only the number and title of form 04" in c for c in d.caveats)
    assert len(d.caveats_vi) == len(d.caveats)
    assert d.readings["extension_notice"] == "before_last_day"
    en = extension_notice(on=date(2026, 11, 25), language="en", **SIMPLE_01)  # type: ignore[arg-type]
    assert en.outcome.startswith("Form 04 (Decree No. 337/2026/NĐ-CP)")


def test_extension_letter_under_decree_337_checks_notice_day_and_caps() -> None:
    # on the last day itself: too late under "before the period ends" (default reading) ...
    with pytest.raises(InvalidInput, match=r"Decree 337/2026 Art 10\.4"):
        extension_notice(on=date(2026, 11, 26), **SIMPLE_01)  # type: ignore[arg-type]
    # ... in time under the Law's "within the period"
    ok = extension_notice(on=date(2026, 11, 26), extension_notice="by_last_day", **SIMPLE_01)  # type: ignore[arg-type]
    assert ok.readings["extension_notice"] == "by_last_day"
    over = {**SIMPLE_01, "extended_respond_by": date(2026, 12, 9)}  # cap Tue 8/12
    with pytest.raises(InvalidInput, match="12 days"):
        extension_notice(on=date(2026, 11, 25), **over)  # type: ignore[arg-type]
    # original beyond the Law's 12 days (20/11 + 12 = Wed 2/12)
    late = {**SIMPLE_01, "original_respond_by": date(2026, 12, 3),
            "extended_respond_by": date(2026, 12, 15)}  # fmt: skip
    with pytest.raises(InvalidInput, match="period"):
        extension_notice(on=date(2026, 11, 25), **late)  # type: ignore[arg-type]


def test_refusal_letter_checks_the_law_and_the_dates() -> None:
    # Law 104 grounds for a request sent from 1/9/2026: refused, never a silent switch
    with pytest.raises(InvalidInput, match="governed by law_01_2026"):
        refusal_letter(GROUNDS, request_date=date(2026, 9, 3), on=date(2026, 9, 7), **LETTER)
    # posted 31/8, received 3/9: Law 104 keeps it (Law 01/2026 Art 31.4)
    kept = refusal_letter(
        GROUNDS, request_date=date(2026, 9, 3), sent=date(2026, 8, 31), on=date(2026, 9, 7),
        **LETTER,
    )  # fmt: skip
    assert kept.rule_set == "law_104_2016"
    with pytest.raises(InvalidInput, match="after request_date"):
        refusal_letter(GROUNDS, request_date=ASKED, sent=date(2026, 1, 10), on=ASKED, **LETTER)
    with pytest.raises(InvalidInput, match="before Law 104"):
        refusal_letter(GROUNDS, request_date=date(1990, 1, 5), on=date(1990, 1, 9), **LETTER)


def test_refusal_letter_under_law_01_follows_form_05() -> None:
    on = date(2026, 11, 20)
    grounds = refusal_grounds(
        RefusalCase(item=InformationItem(category="open"), beyond_capacity=True), on=on
    )
    assert grounds.rule_set == "law_01_2026"
    d = refusal_letter(grounds, request_date=on, on=date(2026, 11, 26), **LETTER)
    assert d.outcome.startswith("Mẫu số 05 (Nghị định số 337/2026/NĐ-CP)")
    assert "Từ chối yêu cầu cung cấp thông tin" in d.outcome
    assert "decree_337_2026.art9.c6" in [c.id for c in d.basis]
    assert any("Only the number and title of form 05" in c for c in d.caveats)
    assert d.explanation_vi is not None and "Mẫu số 05" in d.explanation_vi


# -- Law 104 letters dated on either side of 1/9/2026, when Decree 13/2018 ended -------------
# A complex e-mail request received Thu 20/8/2026 (Law 104 Art 30.4): 15 working days —
# Fri 21 (1), Sat 22 (2, working Saturday swapped for 31/8, Notice 9441/TB-BNV), Mon 24 (3) …
# Fri 28 (7); Sat 29, Sun 30, Mon 31/8 (swapped rest), Tue 1/9 (adjacent day) and Wed 2/9
# (National Day, Labour Code Art 112.1(đ)) rest; Thu 3/9 (8), Fri 4 (9), Mon 7 … Fri 11
# (10–14), Mon 14/9 (15): original deadline Mon 14/9/2026; extension of 15 calendar days
# (Art 30.4, reading extension_unit="calendar"), to Tue 29/9/2026. Notice due by 14/9.
LATE_ASKED = date(2026, 8, 20)
LATE_GROUNDS = refusal_grounds(
    RefusalCase(item=InformationItem(category="open"), beyond_capacity=True), on=LATE_ASKED
)
ENDED = {"decree_337_2026.art15.c3", "law_01_2026.art31.c4"}


def _extension(on: date, **kw: object) -> object:
    return extension_notice(
        request_date=LATE_ASKED, channel="electronic", original_respond_by=date(2026, 9, 14),
        extended_respond_by=date(2026, 9, 29), on=on, **LETTER, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.mark.parametrize("kind", ["refusal", "extension"])
def test_law_104_letter_from_1_september_2026_is_provisional_with_decree_13_ended(
    kind: str,
) -> None:
    def letter(on: date, strict: bool = False) -> object:
        if kind == "extension":
            return _extension(on, strict=strict)
        return refusal_letter(LATE_GROUNDS, request_date=LATE_ASKED, on=on, strict=strict, **LETTER)

    before = letter(date(2026, 8, 31))
    after = letter(date(2026, 9, 1))
    for d in (before, after):
        assert d.rule_set == "law_104_2016"  # type: ignore[attr-defined]
        # the form is still Decree 13/2018's (Form 04 point d, Form 05 point đ)
        assert any(c.instrument.id == "decree_13_2018" for c in d.basis)  # type: ignore[attr-defined]
    assert not ENDED & {c.id for c in before.basis}  # type: ignore[attr-defined]
    assert not any("no saving clause" in c for c in before.caveats)  # type: ignore[attr-defined]
    assert before.status == "provisional"  # the form's layout caveat, as before  # type: ignore[attr-defined]
    assert ENDED <= {c.id for c in after.basis}  # type: ignore[attr-defined]
    assert after.status == "provisional"  # type: ignore[attr-defined]
    ended = [c for c in after.caveats if "no saving clause" in c]  # type: ignore[attr-defined]
    assert ended and "2026-09-01" in ended[0]
    vi = after.caveats_vi  # type: ignore[attr-defined]
    assert any("không có quy định chuyển tiếp" in c for c in vi)
    assert not any(c.startswith("Decree") or c.startswith("Law") for c in vi)  # names in vi
    # strict: the letter before 1/9 is given, the one from 1/9 refused
    assert letter(date(2026, 8, 31), strict=True).outcome  # type: ignore[attr-defined]
    with pytest.raises(AmbiguousReading, match="no saving clause"):
        letter(date(2026, 9, 1), strict=True)


def test_law_01_letter_carries_no_decree_13_caveat() -> None:
    grounds = refusal_grounds(
        RefusalCase(item=InformationItem(category="open"), beyond_capacity=True),
        on=date(2026, 9, 2),
    )
    d = refusal_letter(grounds, request_date=date(2026, 9, 2), on=date(2026, 9, 3), **LETTER)
    assert d.rule_set == "law_01_2026"
    assert not any(c.instrument.id == "decree_13_2018" for c in d.basis)
    assert not any("no saving clause" in c for c in d.caveats)
