"""Letters: the written refusal (Law 104 Art 28.2) and the extension notice (Arts 29.2, 30.4,
31.2), in Vietnamese, with an English rendering of our own for the API user.

Decree 13/2018/NĐ-CP Art 5.1 prescribes Form 04 (extension notice) and Form 05 (refusal
notice); the forms themselves are not in our sources, so the layout here is ours and every
letter carries a caveat saying so. Under Law 01/2026/QH16 the refusal is written with reasons
(Art 26.2) and the extension notified in writing within the period (Art 26.3); its forms are
left to a decree not yet found.

>>> from datetime import date
>>> from accessinfo.models.access import InformationItem, RefusalCase
>>> from accessinfo.tasks.access import refusal_grounds
>>> g = refusal_grounds(RefusalCase(item=InformationItem(category="open"), beyond_capacity=True),
...                     on=date(2026, 1, 12))
>>> letter = refusal_letter(g, agency="Ủy ban nhân dân xã A", requester_name="Nguyễn Văn B",
...                         request_date=date(2026, 1, 12), on=date(2026, 1, 20))
>>> "điểm đ khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13" in letter.outcome
True
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Literal

from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Decision
from accessinfo.core.periods import choose
from accessinfo.core.signature import public
from accessinfo.errors import AmbiguousReading, InvalidInput
from accessinfo.models.access import RefusalGround, check_flag
from accessinfo.models.requests import Channel

__all__ = ["Language", "en_date", "extension_notice", "refusal_letter", "vn_date"]

Language = Literal["vi", "en"]
_LAW_01_FROM = date(2026, 9, 1)
_FORM_CAVEAT = (
    "The official layout of {form} (Decree 13/2018/NĐ-CP Art 5.1) is not in accessinfo's "
    "sources; this letter follows its required content, not its layout"
)


@public
def vn_date(d: date) -> str:
    """A date as written in Vietnamese documents: ``ngày 05 tháng 01 năm 2026``.

    Days below 10 and months below 3 take a leading zero (administrative-document style).

    >>> vn_date(date(2026, 9, 25))
    'ngày 25 tháng 9 năm 2026'
    """
    d = _day(d, "d")
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@public
def en_date(d: date) -> str:
    """A date in English, independent of the locale: ``25 September 2026``."""
    d = _day(d, "d")
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name} must be a non-empty string, got {value!r}")
    return value.strip()


def _day(value: object, name: str) -> date:
    if not isinstance(value, date):
        raise InvalidInput(f"{name} must be a date or an aware datetime, got {value!r}")
    return as_vn_date(value, name)


def _unverified(basis: Sequence[Citation], strict: bool) -> list[str]:
    out: list[str] = []
    for cit in basis:
        inst = cit.instrument
        if inst.verified:
            continue
        if strict:
            raise AmbiguousReading(f"strict=True: the letter rests on {inst.name_en}, unverified")
        note = f"{inst.name_en}: text from an unverified source ({inst.note or 'see docs'})"
        if note not in out:
            out.append(note)
    return out


def _grounds(decision: object) -> tuple[Decision[Any], tuple[RefusalGround, ...]]:
    if not isinstance(decision, Decision):
        raise InvalidInput(
            "grounds_decision must be the Decision returned by refusal_grounds(...), "
            f"got {type(decision).__name__}"
        )
    outcome = decision.outcome
    if not isinstance(outcome, tuple) or not all(isinstance(g, RefusalGround) for g in outcome):
        raise InvalidInput("grounds_decision.outcome must be a tuple of RefusalGround")
    if not outcome:
        raise InvalidInput(
            "grounds_decision has no ground: no refusal can be written (provide the information)"
        )
    return decision, outcome


@public
def refusal_letter(
    grounds_decision: Decision[tuple[RefusalGround, ...]],
    *,
    agency: str,
    requester_name: str,
    request_date: date | datetime,
    on: date | datetime,
    language: Language = "vi",
    responsible_agency: str | None = None,
    strict: bool = False,
) -> Decision[str]:
    """The written refusal with its reasons and the exact grounds, as a ``Decision[str]``.

    ``on`` is the date of the letter; ``responsible_agency`` names where to turn when the
    ground is that providing the information is not this agency's responsibility (Art 26.3).
    """
    dec, grounds = _grounds(grounds_decision)
    lang = choose(language, "language", ("vi", "en"))
    check_flag(strict=strict)
    agency_ = _text(agency, "agency")
    name = _text(requester_name, "requester_name")
    asked = _day(request_date, "request_date")
    dated = _day(on, "on")
    if dated < asked:
        raise InvalidInput(f"on ({dated}) is before request_date ({asked})")
    other = None if responsible_agency is None else _text(responsible_agency, "responsible_agency")

    if dec.rule_set == "law_104_2016":
        law = instrument("law_104_2016")
        written = law.cite(28, 2)
        complaint: Citation | None = law.cite(14, 1)
        form: Citation | None = instrument("decree_13_2018").cite(5, 1, "dd")
    elif dec.rule_set == "law_01_2026":
        law = instrument("law_01_2026")
        written = law.cite(26, 2)
        complaint, form = None, None
    else:
        raise InvalidInput(f"no refusal letter for rule set {dec.rule_set!r}")
    basis = [written, *(g.citation for g in grounds)]
    if form is not None:
        basis.append(form)
    if complaint is not None:
        basis.append(complaint)
    caveats = [*dec.caveats, *_unverified(basis, strict)]
    caveats.append(
        _FORM_CAVEAT.format(form="Form 05")
        if form is not None
        else "The form of a refusal under Law 01/2026 is left to a decree (Art 26.4) not yet "
        "found; this letter follows Art 26.2 (in writing, with reasons)"
    )
    redirect = other is not None and any(g.kind == "not_responsible" for g in grounds)
    if lang == "vi":
        lines = [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            agency_.upper(),
            f"{vn_date(dated).capitalize()}",
            "",
            "THÔNG BÁO",
            "Về việc từ chối yêu cầu cung cấp thông tin",
            "",
            f"Kính gửi: {name}",
            "",
            f"{vn_date(asked).capitalize()}, {agency_} nhận được yêu cầu cung cấp thông tin "
            f"của {name}.",
            f"Căn cứ {written}, {agency_} thông báo từ chối cung cấp thông tin vì các lý do "
            "sau đây:",
        ]
        lines += [f"{i}. {g.reason_vi} ({g.citation})." for i, g in enumerate(grounds, 1)]
        if redirect:
            lines.append(
                f"Thông tin được yêu cầu thuộc trách nhiệm cung cấp của {other}; đề nghị "
                f"{name} liên hệ {other} để được cung cấp thông tin."
            )
        lines.append(
            f"{name} có quyền khiếu nại, khởi kiện theo quy định tại {complaint}."
            if complaint is not None
            else f"{name} có quyền khiếu nại, khởi kiện theo quy định của pháp luật."
        )
        lines += ["", f"THỦ TRƯỞNG {agency_.upper()}", "(Ký, ghi rõ họ tên, đóng dấu)"]
    else:
        lines = [
            "SOCIALIST REPUBLIC OF VIETNAM",
            "Independence - Freedom - Happiness",
            "",
            agency_.upper(),
            en_date(dated),
            "",
            "NOTICE",
            "Refusal of a request for information",
            "",
            f"To: {name}",
            "",
            f"On {en_date(asked)}, {agency_} received your request for information.",
            f"Under {written.en}, {agency_} hereby refuses to provide the information, for "
            "the following reasons:",
        ]
        lines += [f"{i}. {g.reason_en} ({g.citation.en})." for i, g in enumerate(grounds, 1)]
        if redirect:
            lines.append(
                f"Providing this information is the responsibility of {other}; please address "
                "your request to it."
            )
        lines.append(
            f"You may complain or bring an action in court under {complaint.en}."
            if complaint is not None
            else "You may complain or bring an action in court as the law provides."
        )
        lines += ["", f"HEAD OF {agency_.upper()}", "(signature, full name, seal)"]
    return Decision[str](
        outcome="\n".join(lines) + "\n",
        basis=tuple(basis),
        explanation=f"Written refusal on {len(grounds)} ground(s), with reasons, as "
        f"{written.en} requires.",
        status="provisional" if caveats else "final",
        caveats=tuple(dict.fromkeys(caveats)),
        rule_set=dec.rule_set,
        rule_id=f"{written.id}:refusal_letter",
        readings=dict(dec.readings),
    )


_EXTENSION = {
    "in_person": (29, 2, "10 ngày làm việc", "10 working days"),
    "electronic": (30, 4, "15 ngày", "15 days"),
    "post": (31, 2, "15 ngày", "15 days"),
    "fax": (31, 2, "15 ngày", "15 days"),
}


@public
def extension_notice(
    *,
    agency: str,
    requester_name: str,
    request_date: date | datetime,
    channel: Channel,
    original_respond_by: date,
    extended_respond_by: date,
    on: date | datetime,
    sent: date | datetime | None = None,
    reason: str | None = None,
    language: Language = "vi",
    strict: bool = False,
) -> Decision[str]:
    """The written notice that the agency extends the time to answer a complex request.

    ``original_respond_by`` and ``extended_respond_by`` come from the deadline rules
    (``request_deadlines``); ``on`` is the date of the notice and must fall within the
    original period ("trong thời hạn cung cấp thông tin"). ``sent`` (default
    ``request_date``) chooses the law: Law 104 before 2026-09-01, Law 01/2026 from then.
    """
    lang = choose(language, "language", ("vi", "en"))
    chan = choose(channel, "channel", tuple(_EXTENSION))
    check_flag(strict=strict)
    agency_ = _text(agency, "agency")
    name = _text(requester_name, "requester_name")
    asked = _day(request_date, "request_date")
    sent_day = asked if sent is None else _day(sent, "sent")
    original = _day(original_respond_by, "original_respond_by")
    extended = _day(extended_respond_by, "extended_respond_by")
    dated = _day(on, "on")
    why = None if reason is None else _text(reason, "reason")
    if not asked < original < extended:
        raise InvalidInput(
            "need request_date < original_respond_by < extended_respond_by, got "
            f"{asked}, {original}, {extended}"
        )
    if not asked <= dated <= original:
        raise InvalidInput(
            f"the extension must be notified within the original period ({asked} to "
            f"{original}); on={dated} is outside it"
        )
    if sent_day < _LAW_01_FROM:
        law = instrument("law_104_2016")
        art, clause, cap_vi, cap_en = _EXTENSION[chan]
        form: Citation | None = instrument("decree_13_2018").cite(5, 1, "d")
        rule_set = "law_104_2016"
    else:
        law = instrument("law_01_2026")
        art, clause, cap_vi, cap_en = 26, 3, "12 ngày", "12 days"
        form = None
        rule_set = "law_01_2026"
    cite = law.cite(art, clause)
    basis = [cite] if form is None else [cite, form]
    caveats = _unverified(basis, strict)
    caveats.append(
        _FORM_CAVEAT.format(form="Form 04")
        if form is not None
        else "The form of an extension notice under Law 01/2026 is left to a decree "
        "(Art 26.4) not yet found"
    )
    if lang == "vi":
        because = (
            why
            if why
            else "cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép, giải quyết yêu "
            "cầu cung cấp thông tin"
        )
        lines = [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            agency_.upper(),
            vn_date(dated).capitalize(),
            "",
            "THÔNG BÁO",
            "Về việc gia hạn thời hạn cung cấp thông tin",
            "",
            f"Kính gửi: {name}",
            "",
            f"{vn_date(asked).capitalize()}, {agency_} nhận được yêu cầu cung cấp thông tin "
            f"của {name}.",
            f"Căn cứ {cite}, do {because}, {agency_} thông báo gia hạn thời hạn cung cấp "
            f"thông tin (tối đa không quá {cap_vi}).",
            f"Thời hạn cung cấp thông tin được gia hạn từ {vn_date(original)} đến hết "
            f"{vn_date(extended)}.",
            "",
            f"THỦ TRƯỞNG {agency_.upper()}",
            "(Ký, ghi rõ họ tên, đóng dấu)",
        ]
    else:
        because = why if why else "more time is needed to examine, search, gather and copy it"
        lines = [
            "SOCIALIST REPUBLIC OF VIETNAM",
            "Independence - Freedom - Happiness",
            "",
            agency_.upper(),
            en_date(dated),
            "",
            "NOTICE",
            "Extension of the time to provide information",
            "",
            f"To: {name}",
            "",
            f"On {en_date(asked)}, {agency_} received your request for information.",
            f"Under {cite.en}, because {because}, {agency_} extends the time to provide the "
            f"information (by at most {cap_en}).",
            f"The time limit moves from {en_date(original)} to the end of {en_date(extended)}.",
            "",
            f"HEAD OF {agency_.upper()}",
            "(signature, full name, seal)",
        ]
    return Decision[str](
        outcome="\n".join(lines) + "\n",
        basis=tuple(basis),
        explanation=f"Extension notice sent {dated} within the original period ending "
        f"{original}; new latest day {extended} ({cite.en}).",
        status="provisional" if caveats else "final",
        caveats=tuple(caveats),
        rule_set=rule_set,
        rule_id=f"{cite.id}:extension_notice",
    )
