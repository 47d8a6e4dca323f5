"""Letters: the written refusal and the extension notice, in Vietnamese, with an English
rendering of our own for the API user.

Law 104/2016 (requests sent before 2026-09-01): refusal under Art 28.2, extension under Arts
29.2, 30.4, 31.2; Decree 13/2018/NĐ-CP Art 5.1 prescribes Form 04 (extension) and Form 05
(refusal). Law 01/2026/QH16 (requests sent from 2026-09-01): refusal in writing with reasons
(Art 26.2), extension of at most 12 days (Art 26.3) notified before the period ends (Decree
337/2026/NĐ-CP Art 10.4(c)); Decree 337/2026 Art 9 prescribes form 04 ("Thông báo gia hạn việc
cung cấp thông tin") and form 05 ("Thông báo từ chối yêu cầu cung cấp thông tin"). No form's
official layout is in our sources: the letters take the form's number and title, the layout
is ours, and every letter carries a caveat saying so. Decree 13/2018 ended on 2026-09-01
(Decree 337/2026 Art 15.3) with no saving clause: a Law 104 letter dated from that day (a
request still pending under Law 104, Law 01/2026 Art 31.4) still follows its forms, but
provisionally, with the decree's ``after_end`` caveat; ``strict=True`` refuses it
(``docs/readings/decree-13-2018-after-1-september-2026.md``).

A letter is consistent with the rule it cites or it is refused (InvalidInput): the law is the
one in force on the day the request was sent (before 2018-07-01 none; a ``sent`` date after
the request's receipt is refused, never a silent switch of law); the dates are in order; the
original period is within the law's period and the extension within its cap (Law 01/2026: 12
days and 12 more; Law 104: 10 working days and 10 more at the agency, 15 working days and 15
more otherwise); an extension notice is dated within the time to notify it.

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

from accessinfo.articles.decree_13_2018 import after_end
from accessinfo.calendar import (
    PUBLIC_SECTOR,
    CalendarDays,
    Period,
    WorkingCalendar,
    WorkingDays,
    as_vn_date,
)
from accessinfo.core.citations import Citation, instrument, law_version
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput, UnverifiedText
from accessinfo.models.access import RefusalGround, check_flag
from accessinfo.models.requests import Channel, Delivery

__all__ = ["Language", "en_date", "extension_notice", "refusal_letter", "vn_date"]

Language = Literal["vi", "en"]
_LAW_104_FROM = date(2018, 7, 1)
_LAW_01_FROM = date(2026, 9, 1)


def _law_for(asked: date, sent: date | None) -> tuple[date, str]:
    """(sent day, rule set) of a request received on ``asked``; refuses inconsistent dates."""
    day = asked if sent is None else sent
    if day > asked:
        raise InvalidInput(msg("errors.letters.sent_after_request", sent=day, asked=asked))
    if day < _LAW_104_FROM:
        raise InvalidInput(msg("errors.letters.before_law_104", sent=day, start=_LAW_104_FROM))
    return day, ("law_104_2016" if day < _LAW_01_FROM else "law_01_2026")


def _decision_texts(explanation: Text, caveats: Sequence[str | Text]) -> dict[str, Any]:
    en = tuple(dict.fromkeys(c.en if isinstance(c, Text) else c for c in caveats))
    vi = tuple(dict.fromkeys(c.vi for c in caveats if isinstance(c, Text)))
    return {
        "explanation": explanation.en,
        "explanation_vi": explanation.vi,
        "caveats": en,
        "caveats_vi": vi if len(vi) == len(en) else (),
    }


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
        raise InvalidInput(msg("errors.non_empty_text", name=name, value=f"{value!r:.60}"))
    return value.strip()


def _day(value: object, name: str) -> date:
    if not isinstance(value, date):
        raise InvalidInput(
            msg("errors.not_a_date", name=name, kind=type(value).__name__, value=f"{value!r:.60}")
        )
    return as_vn_date(value, name)


def _unverified(basis: Sequence[Citation], strict: bool) -> list[str | Text]:
    out: list[str | Text] = []
    for cit in basis:
        inst = cit.instrument
        if inst.verified:
            continue
        if strict:
            raise UnverifiedText(
                msg("errors.letters.unverified", name=Text(inst.name_en, inst.name_vi))
            )
        note = msg(
            "core.unverified_text",
            name=Text(inst.name_en, inst.name_vi),
            note=inst.note or "see docs",
        )
        if note not in out:
            out.append(note)
    return out


def _decree_13_ended(
    rule_set: str, dated: date, strict: bool
) -> tuple[tuple[Text, ...], tuple[Citation, ...]]:
    """The caveat and citations of a Law 104 letter dated from 2026-09-01 (Decree 13/2018's
    forms, ended without a saving clause); nothing for Law 01/2026 or an earlier letter."""
    if rule_set != "law_104_2016":
        return (), ()
    return after_end(dated, strict)


def _inherited(dec: Decision[Any]) -> list[str | Text]:
    """The caveats of an input Decision, as messages when each has its Vietnamese text."""
    if len(dec.caveats_vi) == len(dec.caveats):
        return [Text(en=e, vi=v) for e, v in zip(dec.caveats, dec.caveats_vi, strict=True)]
    return list(dec.caveats)


def _grounds(decision: object) -> tuple[Decision[Any], tuple[RefusalGround, ...]]:
    if not isinstance(decision, Decision):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="grounds_decision",
                expected="Decision (refusal_grounds)",
                got=type(decision).__name__,
            )
        )
    outcome = decision.outcome
    if not isinstance(outcome, tuple) or not all(isinstance(g, RefusalGround) for g in outcome):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="grounds_decision.outcome",
                expected="tuple[RefusalGround]",
                got=type(decision.outcome).__name__,
            )
        )
    if not outcome:
        raise InvalidInput(msg("errors.letters.no_ground"))
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
    sent: date | datetime | None = None,
    strict: bool = False,
) -> Decision[str]:
    """The written refusal with its reasons and the exact grounds, as a ``Decision[str]``.

    ``on`` is the date of the letter; ``responsible_agency`` names where to turn when the
    ground is that providing the information is not this agency's responsibility (Art 26.3).
    ``sent`` (default ``request_date``) is when the request was sent: it picks the law, which
    must be the law of ``grounds_decision``, else InvalidInput.
    """
    dec, grounds = _grounds(grounds_decision)
    lang = choose(language, "language", ("vi", "en"))
    check_flag(strict=strict)
    agency_ = _text(agency, "agency")
    name = _text(requester_name, "requester_name")
    asked = _day(request_date, "request_date")
    dated = _day(on, "on")
    if dated < asked:
        raise InvalidInput(msg("errors.letters.dated_before_request", on=dated, asked=asked))
    sent_day, governing = _law_for(asked, None if sent is None else _day(sent, "sent"))
    if dec.rule_set not in ("law_104_2016", "law_01_2026"):
        raise InvalidInput(msg("errors.letters.no_refusal_letter", rule_set=dec.rule_set))
    if dec.rule_set != governing:
        raise InvalidInput(
            msg(
                "errors.letters.grounds_other_law",
                decided=dec.rule_set,
                sent=sent_day,
                governing=governing,
            )
        )
    other = None if responsible_agency is None else _text(responsible_agency, "responsible_agency")

    if dec.rule_set == "law_104_2016":
        law = instrument("law_104_2016")
        written = law.cite(28, 2)
        complaint: Citation | None = law.cite(14, 1)
        form = instrument("decree_13_2018").cite(5, 1, "dd")
        title_vi, title_en = (
            "Về việc từ chối yêu cầu cung cấp thông tin",
            ("Refusal of a request for information"),
        )
        form_note = msg("law_104_2016.letters.form_layout", form="05")
        form_line: str | None = None
    else:
        law = instrument("law_01_2026")
        written = law.cite(26, 2)
        complaint = None
        form = instrument("decree_337_2026").cite(9, 6)
        title_vi, title_en = (
            "Từ chối yêu cầu cung cấp thông tin",
            ("Refusal of the request for information"),
        )
        form_note = msg(
            "law_01_2026.letters.form_layout",
            form="05",
            title="Thông báo từ chối yêu cầu cung cấp thông tin",
        )
        form_line = "Mẫu số 05 (Nghị định số 337/2026/NĐ-CP)"
    # Decree 13/2018's form 05, applied from 2026-09-01 without a saving clause
    ended, ended_basis = _decree_13_ended(dec.rule_set, dated, strict)
    basis = [written, *(g.citation for g in grounds), form]
    if complaint is not None:
        basis.append(complaint)
    basis.extend(ended_basis)
    caveats = [*_inherited(dec), *ended, *_unverified(basis, strict), form_note]
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
            title_vi,
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
            title_en,
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
    if form_line is not None:
        lines.insert(0, form_line if lang == "vi" else "Form 05 (Decree No. 337/2026/NĐ-CP)")
    explanation = msg(
        "law_01_2026.letters.refusal" if form_line else "law_104_2016.letters.refusal",
        n=len(grounds),
        cite=written,
        on=dated,
    )
    return Decision[str](
        outcome="\n".join(lines) + "\n",
        basis=tuple(basis),
        status="provisional" if caveats else "final",
        rule_set=dec.rule_set,
        rule_id=f"{written.id}:refusal_letter",
        readings={**dec.readings, "transition_trigger": "sent"},
        law_version=law_version(),
        **_decision_texts(explanation, caveats),
    )


# Law 104: (article, clause, words of the cap, original period, extension cap) by delivery
_EXTENSION: dict[str, tuple[int, int, str, str, int, bool]] = {
    "in_person": (29, 2, "10 ngày làm việc", "10 working days", 10, True),
    "electronic": (30, 4, "15 ngày", "15 days", 15, False),
    "post": (31, 2, "15 ngày", "15 days", 15, False),
    "fax": (31, 2, "15 ngày", "15 days", 15, False),
}


def _unit(value: object, name: str, n: int) -> Period:
    unit = choose(value, name, ("calendar", "working"))
    return CalendarDays(n) if unit == "calendar" else WorkingDays(n)


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
    delivery: Delivery | None = None,
    reason: str | None = None,
    language: Language = "vi",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    extension_unit: str = "calendar",
    period_unit: str = "calendar",
    extension_notice: str = "before_last_day",
    strict: bool = False,
) -> Decision[str]:
    """The written notice that the agency extends the time to provide the information.

    ``request_date`` is the receipt of the valid request; ``original_respond_by`` and
    ``extended_respond_by`` come from ``request_deadlines``; ``on`` is the date of the notice.
    ``sent`` (default ``request_date``) chooses the law: Law 104 before 2026-09-01, Law
    01/2026 from then. The letter is refused (InvalidInput) unless the dates fit the law it
    cites: the original period within the law's period, the extension within its cap (by the
    readings ``period_unit`` / ``extension_unit``), and ``on`` within the time to notify
    (Law 104: by the last day of the period; Law 01/2026: Decree 337/2026 Art 10.4(c), by the
    working day before it under ``extension_notice="before_last_day"``, or on it under
    ``"by_last_day"``). Law 104's article follows ``delivery`` (default: ``channel``).
    """
    lang = choose(language, "language", ("vi", "en"))
    chan = choose(channel, "channel", tuple(_EXTENSION))
    how = chan if delivery is None else choose(delivery, "delivery", tuple(_EXTENSION))
    check_flag(strict=strict)
    cal = check_calendar(calendar)
    notice_reading = choose(
        extension_notice, "extension_notice", ("before_last_day", "by_last_day")
    )
    agency_ = _text(agency, "agency")
    name = _text(requester_name, "requester_name")
    asked = _day(request_date, "request_date")
    sent_day, rule_set = _law_for(asked, None if sent is None else _day(sent, "sent"))
    original = _day(original_respond_by, "original_respond_by")
    extended = _day(extended_respond_by, "extended_respond_by")
    dated = _day(on, "on")
    why = None if reason is None else _text(reason, "reason")
    if not asked < original < extended:
        raise InvalidInput(
            msg("errors.letters.order", asked=asked, original=original, extended=extended)
        )
    readings: dict[str, str] = {"transition_trigger": "sent"}
    if rule_set == "law_104_2016":
        law = instrument("law_104_2016")
        art, clause, cap_vi, cap_en, n, working_only = _EXTENSION[how]
        form = instrument("decree_13_2018").cite(5, 1, "d")
        period_cap = cal.add(asked, WorkingDays(n))
        ext_period: Period = (
            WorkingDays(n) if working_only else _unit(extension_unit, "extension_unit", n)
        )
        notice_last = original
        basis = [law.cite(art, clause), form]
        form_note = msg("law_104_2016.letters.form_layout", form="04")
        form_line: str | None = None
        title_vi, title_en = (
            "Về việc gia hạn thời hạn cung cấp thông tin",
            ("Extension of the time to provide information"),
        )
        if not working_only:
            readings["extension_unit"] = extension_unit
    else:
        law = instrument("law_01_2026")
        decree = instrument("decree_337_2026")
        art, clause, cap_vi, cap_en = 26, 3, "12 ngày", "12 days"
        period_cap = cal.add(asked, _unit(period_unit, "period_unit", 12))
        ext_period = _unit(extension_unit, "extension_unit", 12)
        notice_last = (
            cal.add(original, WorkingDays(-1)) if notice_reading == "before_last_day" else original
        )
        basis = [law.cite(26, 3), decree.cite(10, 4, "c"), decree.cite(9, 5)]
        form_note = msg(
            "law_01_2026.letters.form_layout",
            form="04",
            title="Thông báo gia hạn việc cung cấp thông tin",
        )
        form_line = "Mẫu số 04 (Nghị định số 337/2026/NĐ-CP)"
        title_vi, title_en = (
            "Gia hạn việc cung cấp thông tin",
            ("Extension of the provision of information"),
        )
        readings.update(
            period_unit=period_unit, extension_unit=extension_unit, extension_notice=notice_reading
        )
    cite = law.cite(art, clause)
    if original > period_cap:
        raise InvalidInput(
            msg("errors.letters.original_past_cap", original=original, cap=period_cap, cite=cite)
        )
    ext_cap = cal.add(original, ext_period)
    if extended > ext_cap:
        raise InvalidInput(
            msg(
                "errors.letters.extension_past_cap",
                extended=extended,
                span=Text(cap_en, cap_vi),
                original=original,
                cap=ext_cap,
                cite=cite,
            )
        )
    if not asked <= dated <= notice_last:
        when = (
            f"Decree 337/2026 Art 10.4(c), reading {notice_reading}"
            if rule_set == "law_01_2026"
            else cite.en
        )
        raise InvalidInput(
            msg("errors.letters.notice_window", asked=asked, last=notice_last, why=when, on=dated)
        )
    # Decree 13/2018's form 04, applied from 2026-09-01 without a saving clause
    ended, ended_basis = _decree_13_ended(rule_set, dated, strict)
    basis.extend(ended_basis)
    caveats: list[str | Text] = [*ended, *_unverified(basis, strict), form_note]
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
            title_vi,
            "",
            f"Kính gửi: {name}",
            "",
            f"{vn_date(asked).capitalize()}, {agency_} nhận được yêu cầu cung cấp thông tin "
            f"của {name}.",
            f"Căn cứ {', '.join(str(c) for c in basis[:-1]) if form_line else cite}, do "
            f"{because}, {agency_} thông báo gia hạn thời hạn cung cấp thông tin (tối đa "
            f"không quá {cap_vi}).",
            f"Thời hạn cung cấp thông tin được gia hạn từ {vn_date(original)} đến hết "
            f"{vn_date(extended)}.",
            "",
            f"THỦ TRƯỞNG {agency_.upper()}",
            "(Ký, ghi rõ họ tên, đóng dấu)",
        ]
        if form_line:
            lines.insert(0, form_line)
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
            title_en,
            "",
            f"To: {name}",
            "",
            f"On {en_date(asked)}, {agency_} received your request for information.",
            f"Under {'; '.join(c.en for c in basis[:-1]) if form_line else cite.en}, because "
            f"{because}, {agency_} extends the time to provide the information (by at most "
            f"{cap_en}).",
            f"The time limit moves from {en_date(original)} to the end of {en_date(extended)}.",
            "",
            f"HEAD OF {agency_.upper()}",
            "(signature, full name, seal)",
        ]
        if form_line:
            lines.insert(0, "Form 04 (Decree No. 337/2026/NĐ-CP)")
    explanation = msg(
        f"{rule_set}.letters.extension",
        on=dated,
        last=notice_last,
        original=original,
        extended=extended,
        cite=cite,
        sent=sent_day,
    )
    return Decision[str](
        outcome="\n".join(lines) + "\n",
        basis=tuple(basis),
        status="provisional" if caveats else "final",
        rule_set=rule_set,
        rule_id=f"{cite.id}:extension_notice",
        readings=readings,
        law_version=law_version(),
        **_decision_texts(explanation, caveats),
    )
