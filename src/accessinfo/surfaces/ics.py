"""Due dates and the working calendar as iCalendar files (``.ics``, RFC 5545).

:func:`decision_ics` turns a Decision with due dates (a request's deadlines or timeline, a
suspension notice day, an incident's duties, any rule returning a date) into one all-day
event per due date, in Vietnam time, with the citations and the explanation (Vietnamese too
when the Decision has it) in the description and an alarm at 08:00 on the working day before
(counted on the calendar given: a due date on Monday 5/1/2026 reminds on Wednesday 31/12/2025,
not on the Sunday). :func:`calendar_ics` writes the special days of the working calendar
(holidays, compensatory and swapped days, working Saturdays) with their sources, for staff to
subscribe to. Needs the ``ics`` extra (``pip install 'accessinfo[ics]'``).

UIDs are stable: ``<key>-<due date label>@accessinfo`` for deadlines, where ``key`` is the
request's reference (or, without one, a digest of what identifies the case: its rule, or a
request's law and channel, and its day zero), and ``<calendar>-<date>@accessinfo`` for
calendar days. A timeline's ``respond``, ``notify_handling_time`` and ``notify_extension``
duties share the UIDs of the deadlines ``respond_by``, ``notify_by`` and
``extension_notice_by``. Re-exporting after an
extension, a new event or a calendar update therefore replaces the events in a calendar
program instead of adding copies. ``DTSTAMP`` is ``stamp`` when given, otherwise a
deterministic instant taken from the Decision (its "as of" date, else its day zero), so that
the same answer always gives the same file: there is no hidden clock.

>>> from datetime import date
>>> from accessinfo.models.requests import InformationRequest
>>> from accessinfo.tasks.requests import request_deadlines
>>> d = request_deadlines(InformationRequest(received_at=date(2026, 1, 9), channel="electronic",
...                                          complexity="complex", reference="HS-42"))
>>> [(x.label, x.due.isoformat()) for x in due_dates(d)]  # doctest: +NORMALIZE_WHITESPACE
[('notify_by', '2026-01-13'), ('respond_by', '2026-01-29'),
 ('extension_notice_by', '2026-01-29'), ('extended_respond_by', '2026-02-13')]
>>> text = decision_ics(d, key="HS-42").decode()
>>> "UID:HS-42-respond_by@accessinfo" in text, "DTSTART;VALUE=DATE:20260129" in text
(True, True)
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    DayInfo,
    WorkingCalendar,
    WorkingDays,
    as_vn_date,
)
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Lang, Text, msg
from accessinfo.core.signature import public
from accessinfo.errors import AccessInfoError, InvalidInput

if TYPE_CHECKING:
    from icalendar import Calendar

__all__ = ["ALARM_AT", "DueDate", "calendar_ics", "decision_ics", "due_dates", "to_ics"]

ALARM_AT = time(8, 0)  # the reminder rings at 08:00 Vietnam time on the working day before
PRODID = "-//accessinfo//Vietnam access-to-information deadlines//VI"
_DUE_SUFFIXES = ("_by", "_due", "_day")
_EXTRA = "pip install 'accessinfo[ics]'"


@dataclass(frozen=True)
class DueDate:
    """One due date of a Decision: what is due (``label``), when, and on what basis."""

    label: str
    due: date
    basis: tuple[Citation, ...]
    explanation: str | None = None  # the duty's own explanation (timeline, outage duties)
    done_on: date | None = None  # the duty was met (or breached) on this day
    status: str | None = None  # the duty's verdict, if the Decision judged it


def _is_due_field(name: str) -> bool:
    return name == "due" or name.endswith(_DUE_SUFFIXES)


def _duties(outcome: BaseModel, basis: tuple[Citation, ...]) -> list[DueDate]:
    out = []
    for duty in getattr(outcome, "duties", ()) or ():
        due = getattr(duty, "due", None)
        if not isinstance(due, date):
            continue
        name = getattr(duty, "name", None) or getattr(duty, "duty", None) or "due"
        done = getattr(duty, "done_on", None)
        out.append(
            DueDate(
                label=str(name),
                due=due.date() if isinstance(due, datetime) else due,
                basis=tuple(getattr(duty, "basis", ()) or basis),
                explanation=getattr(duty, "explanation", None),
                done_on=done if isinstance(done, date) else None,
                status=getattr(duty, "status", None),
            )
        )
    return out


@public
def due_dates(decision: Decision[Any]) -> list[DueDate]:
    """The due dates in ``decision``, in the order the outcome lists them.

    A date outcome is one due date (labelled with the rule's name); a model with ``duties``
    gives one per dated duty; another model gives its date fields named ``due`` or ending in
    ``_by``, ``_due`` or ``_day`` (``day_zero``, ``received``, ``as_of`` are not due dates).
    A request to be answered at once (Law 104 Art 29.1) is due on its day zero. Raises
    InvalidInput when the answer has no due date (a cost, a list of refusal grounds).
    """
    if not isinstance(decision, Decision):
        raise InvalidInput(
            msg("errors.must_be", name="decision", expected="Decision", got=type(decision).__name__)
        )
    outcome, basis = decision.outcome, decision.basis
    found: list[DueDate] = []
    if isinstance(outcome, date):
        label = (decision.rule_id or "due").rsplit(":", 1)[-1]
        found.append(DueDate(label=label, due=_day(outcome), basis=basis))
    elif isinstance(outcome, BaseModel):
        found = _duties(outcome, basis)
        if not found:
            for name, value in outcome.__dict__.items():
                if isinstance(value, date) and _is_due_field(name):
                    found.append(DueDate(label=name, due=_day(value), basis=basis))
            if getattr(outcome, "provide_at_once", False) is True:
                zero = outcome.__dict__.get("day_zero")
                if isinstance(zero, date):
                    found.insert(0, DueDate(label="provide_at_once", due=zero, basis=basis))
    if not found:
        raise InvalidInput(msg("errors.ics.no_due_date", kind=type(outcome).__name__))
    return found


def _day(value: date) -> date:
    return as_vn_date(value) if isinstance(value, datetime) else value


def _label(name: str) -> Text:
    try:
        return msg(f"ics.label.{name}")
    except InvalidInput:
        return msg("ics.label.other", name=name.replace("_", " "))


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")
    return slug[:80] or hashlib.sha256(text.encode()).hexdigest()[:16]


def _start_day(decision: Decision[Any]) -> date | None:
    o = decision.outcome
    for holder in (o, getattr(o, "deadlines", None)):
        for name in ("day_zero", "received", "occurred", "starts"):
            v = getattr(holder, name, None)
            if isinstance(v, date):
                return _day(v)
    return None


# A request's timeline duty and its deadline are one event: exporting the deadlines, then
# the timeline (after an extension, say), updates the same events instead of adding others.
_UID_LABEL = {
    "respond": "respond_by",
    "notify_handling_time": "notify_by",
    "notify_extension": "extension_notice_by",
}


def default_key(decision: Decision[Any]) -> str:
    """A key for the UIDs when the caller has none: the rule (for a request: its law and
    channel) and the day zero, digested."""
    o = decision.outcome
    request = getattr(o, "deadlines", o)
    if all(hasattr(request, k) for k in ("day_zero", "channel", "rule_set")):
        rule = f"request|{request.rule_set}|{request.channel}"
    else:
        rule = decision.rule_id or decision.rule_set
    start = _start_day(decision)
    anchor = (
        start.isoformat() if start else ",".join(d.due.isoformat() for d in due_dates(decision))
    )
    return hashlib.sha256(f"{rule}|{anchor}".encode()).hexdigest()[:20]


def _stamp(decision: Decision[Any], stamp: datetime | None) -> datetime:
    if stamp is not None:
        if not isinstance(stamp, datetime) or stamp.utcoffset() is None:
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name="stamp",
                    expected="datetime (aware)",
                    got=type(stamp).__name__,
                )
            )
        return stamp.astimezone(UTC)
    as_of = getattr(decision.outcome, "as_of", None)
    day = as_of if isinstance(as_of, date) else _start_day(decision)
    if day is None:
        day = min(d.due for d in due_dates(decision))
    return datetime.combine(_day(day), time(0), VN_TZ).astimezone(UTC)


def _alarm_at(calendar: WorkingCalendar, due: date) -> datetime | None:
    try:
        before = calendar.add(due, WorkingDays(-1))
    except AccessInfoError:  # the due date is the calendar's first day: no day before it
        return None
    return datetime.combine(before, ALARM_AT, VN_TZ).astimezone(UTC)


def _citations(basis: Iterable[Citation], lang: Lang) -> list[str]:
    return [f"- {c}" if lang == "vi" else f"- {c.en}" for c in basis]


def _description(decision: Decision[Any], item: DueDate, title: Text, lang: Lang) -> str:
    blocks = []
    langs: tuple[Lang, ...] = ("vi", "en") if lang == "vi" else ("en", "vi")
    for lg in langs:
        if lg == "vi" and decision.explanation_vi is None:
            continue
        lines = [title.get(lg)]
        if lg == "en":
            if item.explanation:
                lines.append(item.explanation)
            lines.append(decision.explanation)
            caveats: Sequence[str] = decision.caveats
        else:
            lines.append(decision.explanation_vi or "")
            caveats = decision.caveats_vi
        lines.append(msg("ics.basis").get(lg))
        lines += _citations(item.basis, lg)
        if caveats:
            lines.append(msg("ics.caveats").get(lg))
            lines += [f"! {c}" for c in caveats]
        lines.append(
            msg(
                "ics.versions",
                status=msg(f"ics.status.{decision.status}"),
                rule=decision.rule_id or decision.rule_set,
                calendar=decision.calendar_version or "-",
                law=decision.law_version or "-",
            ).get(lg)
        )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _new_calendar(name: Text, lang: Lang) -> Calendar:
    try:
        from icalendar import Calendar
    except ModuleNotFoundError:  # pragma: no cover - the dev extra installs it
        raise ModuleNotFoundError(f"calendar files need icalendar: {_EXTRA}") from None
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name.get(lang))
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    return cal


def _check_lang(lang: object) -> Lang:
    if lang not in ("en", "vi"):
        raise InvalidInput(
            msg("errors.unknown_option", name="lang", options="en, vi", value=f"{lang!r:.60}")
        )
    return "vi" if lang == "vi" else "en"


@public
def decision_ics(
    decision: Decision[Any],
    *,
    key: str | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    lang: Lang = "en",
    stamp: datetime | None = None,
) -> bytes:
    """One all-day event per due date of ``decision`` (see the module docstring)."""
    from icalendar import Alarm, Event

    lg = _check_lang(lang)
    items = due_dates(decision)
    if key is not None and (not isinstance(key, str) or not key.strip()):
        raise InvalidInput(msg("errors.non_empty_text", name="key", value=f"{key!r:.60}"))
    if not isinstance(calendar, WorkingCalendar):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="calendar",
                expected="WorkingCalendar",
                got=type(calendar).__name__,
            )
        )
    uid_key = _slug(key) if key else default_key(decision)
    dtstamp = _stamp(decision, stamp)
    cal = _new_calendar(msg("ics.deadlines_name"), lg)
    for item in items:
        title = _label(item.label)
        summary = title.get(lg)
        if key:
            summary = f"[{key}] {summary}"
        if item.done_on is not None:
            summary += f" ({msg('ics.done', on=item.done_on).get(lg)})"
        elif not decision.final:
            summary += f" ({msg('ics.provisional').get(lg)})"
        ev = Event()
        ev.add("uid", f"{uid_key}-{_slug(_UID_LABEL.get(item.label, item.label))}@accessinfo")
        ev.add("dtstamp", dtstamp)
        ev.add("dtstart", item.due)
        ev.add("dtend", item.due + timedelta(days=1))
        ev.add("summary", summary)
        ev.add("description", _description(decision, item, title, lg))
        ev.add("status", "CONFIRMED" if decision.final else "TENTATIVE")
        ev.add("transp", "TRANSPARENT")
        ev.add("categories", ["accessinfo", decision.rule_set])
        when = _alarm_at(calendar, item.due) if item.done_on is None else None
        if when is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", msg("ics.alarm", summary=summary).get(lg))
            alarm.add("trigger", when)
            ev.add_component(alarm)
        cal.add_component(ev)
    return bytes(cal.to_ical())


def _day_event(cal_name: str, info: DayInfo, lang: Lang, dtstamp: datetime) -> Any:
    from icalendar import Event

    name = info.name_vi if lang == "vi" else info.name_en
    title = msg("ics.working_day" if info.working else "ics.rest_day", name=name)
    source = info.source
    src = msg("ics.no_source") if source is None else Text(en=source.en, vi=str(source))
    lines = []
    langs: tuple[Lang, ...] = ("vi", "en") if lang == "vi" else ("en", "vi")
    for lg in langs:
        own = info.name_vi if lg == "vi" else info.name_en
        status = msg(f"ics.day_status.{info.status}")
        lines += [
            msg("ics.working_day" if info.working else "ics.rest_day", name=own).get(lg),
            msg("ics.day_source", source=src).get(lg),
            msg("ics.day_status", status=status).get(lg),
            "",
        ]
    if info.note:
        lines.append(info.note)
    if source is not None and source.instrument.url:
        lines.append(source.instrument.url)
    ev = Event()
    ev.add("uid", f"{_slug(cal_name)}-{info.date.isoformat()}@accessinfo")
    ev.add("dtstamp", dtstamp)
    ev.add("dtstart", info.date)
    ev.add("dtend", info.date + timedelta(days=1))
    ev.add("summary", title.get(lang))
    ev.add("description", "\n".join(lines).strip())
    ev.add("transp", "TRANSPARENT")
    ev.add("status", "TENTATIVE" if info.status in ("projected", "derived") else "CONFIRMED")
    ev.add("categories", ["working day" if info.working else "rest day", info.kind])
    return ev


def _days_ics(
    cal_name: str, version: str, days: Sequence[DayInfo], years: str, lang: Lang
) -> bytes:
    cal = _new_calendar(msg("ics.calendar_name", years=years), lang)
    cal.add("x-wr-caldesc", f"{cal_name} ({version})")
    cal.add("refresh-interval", timedelta(days=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "P1D")
    # a fixed stamp per calendar version: the same calendar always gives the same file
    stamp_day = date.fromisoformat(m.group(1)) if (m := _VERSION_DATE.search(version)) else None
    first = min((d.date for d in days), default=date(2018, 1, 1))
    dtstamp = datetime.combine(stamp_day or first, time(0), VN_TZ).astimezone(UTC)
    for info in days:
        cal.add_component(_day_event(cal_name, info, lang, dtstamp))
    return bytes(cal.to_ical())


_VERSION_DATE = re.compile(r"@(\d{4}-\d{2}-\d{2})")


@public
def calendar_ics(
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    years: int | Iterable[int] = (),
    *,
    lang: Lang = "en",
) -> bytes:
    """The special days of ``years`` (holidays, swaps, bridges, working Saturdays) as events."""
    if not isinstance(calendar, WorkingCalendar):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="calendar",
                expected="WorkingCalendar",
                got=type(calendar).__name__,
            )
        )
    lg = _check_lang(lang)
    if isinstance(years, (bool, str, bytes)) or not isinstance(years, (int, Iterable)):
        raise InvalidInput(
            msg(
                "errors.must_be", name="years", expected="a year or years", got=type(years).__name__
            )
        )
    chosen = [years] if isinstance(years, int) else list(years)
    if not chosen:
        raise InvalidInput(msg("errors.ics.no_year"))
    days = [info for y in chosen for info in calendar.special_days(y)]
    label = f"{min(chosen)}" if len(set(chosen)) == 1 else f"{min(chosen)}–{max(chosen)}"
    return _days_ics(calendar.name, calendar.version, days, label, lg)


@public
def to_ics(decision: Decision[Any], **kwargs: Any) -> bytes:
    """Any Decision as a calendar file: the days of a calendar answer, else its due dates."""
    if not isinstance(decision, Decision):
        raise InvalidInput(
            msg("errors.must_be", name="decision", expected="Decision", got=type(decision).__name__)
        )
    outcome = decision.outcome
    days: list[DayInfo] | None = None
    if isinstance(outcome, DayInfo):
        days = [outcome]
    elif isinstance(outcome, tuple) and outcome and all(isinstance(x, DayInfo) for x in outcome):
        days = list(outcome)
    if days is None:
        return decision_ics(decision, **kwargs)
    lang = _check_lang(kwargs.get("lang", "en"))
    years = sorted({d.date.year for d in days})
    label = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
    return _days_ics(decision.rule_set, decision.calendar_version or "", days, label, lang)
