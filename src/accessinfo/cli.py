"""The ``accessinfo`` command: the daily questions, in text for people and JSON for machines.

Every answer is a :class:`~accessinfo.decisions.Decision`; ``--json`` prints it as JSON (the
schemas are exported by ``accessinfo schema``). Exit codes: 0 success, 2 usage error (bad
options), 3 an :class:`~accessinfo.errors.AccessInfoError` (bad input, no rule in force, …),
printed on stderr with its code.

>>> main(["day", "2026-01-10"])
Saturday 2026-01-10 (Thứ Bảy): WORKING DAY  [final]
...
0
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, NoReturn

from pydantic import BaseModel

from accessinfo.calendar import (
    CalendarDays,
    DayInfo,
    WorkingCalendar,
    WorkingDays,
    as_vn_date,
    public_sector_calendar,
)
from accessinfo.citations import Citation, instrument
from accessinfo.decisions import Decision, Step
from accessinfo.errors import AccessInfoError, InvalidInput

__all__ = [
    "EXIT_ERROR",
    "EXIT_IO",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "cost_lines",
    "ground_lines",
    "main",
    "parse_cost_line",
    "parse_event",
    "render_decision",
    "timeline_lines",
]

EXIT_OK = 0
EXIT_USAGE = 2  # argparse's own code for a bad command line
EXIT_ERROR = 3  # an AccessInfoError: the input was read but refused
EXIT_IO = 4  # an output file (--html, --out) could not be written

_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_UNCERTAIN = ("derived", "projected")
# the vocabularies of accessinfo.access_models (kept here so --help needs no import)
_INFORMATION_CATEGORIES = (
    "open",
    "state_secret",
    "harmful",
    "working_secret",
    "internal_meeting",
    "internal_working_document",
    "business_secret",
    "private_life",
    "personal_secret",
    "family_secret",
    "personal_data",
    "historical_archive",
)
_DISCLOSURE_EXCEPTIONS = ("not_yet_disclosed", "disclosure_period_expired", "force_majeure")
_COST_ITEMS = (
    "photocopy_bw",
    "photocopy_colour",
    "photo_print_small",
    "photo_print_medium",
    "photo_print_large",
    "audio_copy_minute",
    "film_copy_minute",
    "digitised_print_bw",
    "digitised_print_colour",
)

_EPILOG = """\
examples:
  accessinfo day 2026-01-10                  is Saturday 10/1/2026 a working day? (yes: swapped)
  accessinfo add 2026-01-09 3 --trace        3 working days after Friday 9/1/2026
  accessinfo add 2026-09-03 -7               7 working days before 3/9/2026
  accessinfo add 2026-08-18 12 --calendar-days
  accessinfo count 2026-01-09 2026-01-13     working days in (9/1, 13/1]
  accessinfo special-days 2026               holidays, compensatory and swapped days of 2026
  accessinfo request --received 2026-02-13T16:45+07:00 --channel electronic --complexity complex
  accessinfo request --received 2026-02-13 --channel electronic --complexity complex \
      --event handling_notice_sent=2026-02-24 --event extension_notified=2026-03-12@2026-03-27 \
      --as-of 2026-03-31                     each duty: due date and on time/late/overdue/...
  accessinfo refusal --on 2026-08-22 --category working_secret   grounds to refuse
  accessinfo refusal --on 2026-09-15 --category open --times-provided 2 --costs unpaid
  accessinfo costs --on 2026-03-02 --line photocopy_bw=20 --line photocopy_bw=2@A3 --sending email
  accessinfo suspension 2026-09-05 --trace   last day to announce a planned suspension
  accessinfo check-suspension --from 2026-09-05 --kind planned --published 2026-08-31
  accessinfo incident --occurred 2026-02-13T15:00+07:00 --expected-recovery 2026-02-23
  accessinfo rules --on 2026-09-01           rules in force on a date
  accessinfo schema --out schemas/           JSON Schemas of inputs and Decisions
  accessinfo day 2026-09-02 --json           any command: the Decision as JSON

dates: YYYY-MM-DD, or an ISO datetime with its offset (2026-01-09T16:30+07:00); naive
datetimes are refused. Exit codes: 0 ok, 2 usage error, 3 refused input (code on stderr).
"""


# -- parsing values ---------------------------------------------------------------------------
def parse_when(text: str, name: str = "date") -> date | datetime:
    """``YYYY-MM-DD`` → date; an ISO datetime with an offset → aware datetime."""
    if not isinstance(text, str):
        raise InvalidInput(f"{name} must be text, got {text!r}")
    s = text.strip()
    if len(s) == 10:
        try:
            return date.fromisoformat(s)
        except ValueError:
            raise InvalidInput(f"{name}: {text!r} is not a date; use YYYY-MM-DD") from None
    try:
        value = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(
            f"{name}: {text!r} is neither YYYY-MM-DD nor an ISO datetime with an offset "
            "(e.g. 2026-01-09T16:30+07:00)"
        ) from None
    if value.tzinfo is None:
        raise InvalidInput(
            f"{name}: {text!r} is a naive datetime; add the offset (e.g. +07:00 for Vietnam)"
        )
    return value


def parse_date(text: str, name: str = "date") -> date:
    return as_vn_date(parse_when(text, name), name)


def parse_int(text: str, name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a whole number") from None


def parse_time(text: str, name: str = "cutoff") -> time:
    try:
        value = time.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a time of day; use HH:MM") from None
    return value


# -- rendering ---------------------------------------------------------------------------------
def fmt_date(d: date) -> str:
    return f"{_EN[d.weekday()]} {d.isoformat()} ({_VI[d.weekday()]})"


def _fmt_value(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return fmt_date(value)
    return str(value)


def _value_lines(value: object, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, Citation):
        return [f"{pad}{value}  [{value.en}]"]
    if isinstance(value, BaseModel):
        out = []
        for k, v in value.__dict__.items():
            if v is None and indent > 2:
                continue  # nested items: leave out what does not apply
            if isinstance(v, (BaseModel, list, tuple)) and v:
                out.append(f"{pad}{k}:")
                out += _value_lines(v, indent + 2)
            else:
                out.append(f"{pad}{k + ':':<23}{_fmt_value(v)}")
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            lines = _value_lines(item, indent + 2)
            if lines:
                out.append(f"{pad}- {lines[0].strip()}")
                out += lines[1:]
        return out
    return [f"{pad}{_fmt_value(value)}"]


def _outcome_lines(outcome: object) -> list[str]:
    if isinstance(outcome, DayInfo):
        return []  # the headline says it all
    if isinstance(outcome, (BaseModel, list, tuple)):
        return _value_lines(outcome, 2)
    return []


def _step_line(s: Step) -> str:
    n = "" if s.n is None else f"{s.n:>3}"
    day = f"{_EN[s.date.weekday()][:3]} {s.date.isoformat()}"
    return f"  {day}  {s.action:<8}{n:>3}  {s.reason}"


def _trace_lines(trace: Sequence[Step]) -> list[str]:
    out: list[str] = []
    label: str | None = None
    for i, s in enumerate(trace):
        if i == 0 or s.label != label:
            label = s.label
            out.append(f" {label or 'period'}:")
        out.append(_step_line(s))
    return out


def render_decision(
    d: Decision[Any],
    *,
    headline: str | None = None,
    trace: bool = False,
    body: Sequence[str] | None = None,
) -> str:
    """A Decision as text: outcome, status, explanation, citations (vi and en), trace.

    ``body`` replaces the generic listing of the outcome's fields under the headline.
    """
    out = [f"{headline or _fmt_value(d.outcome)}  [{d.status}]"]
    out += list(body) if body is not None else _outcome_lines(d.outcome)
    out.append(d.explanation)
    out.append("Basis:")
    for c in d.basis:
        out.append(f"  - {c}")
        out.append(f"    {c.en}")
    if d.caveats:
        out.append("Caveats:")
        out += [f"  ! {c}" for c in d.caveats]
    if d.readings:
        out.append("Readings: " + ", ".join(f"{k}={v}" for k, v in sorted(d.readings.items())))
    meta = [f"rule set {d.rule_set}"]
    if d.rule_id:
        meta.insert(0, f"rule {d.rule_id}")
    if d.calendar_version:
        meta.append(f"calendar {d.calendar_version}")
    out.append(" · ".join(meta))
    if trace and d.trace:
        out.append("Trace:")
        out += _trace_lines(d.trace)
    return "\n".join(out)


# -- the calendar questions as Decisions --------------------------------------------------------
def _week_source() -> Citation:
    return instrument("decision_188_1999").cite(1)


def day_decision(cal: WorkingCalendar, d: date) -> Decision[DayInfo]:
    """Is ``d`` a working day, and why (the source of the day's status)."""
    info = cal.day(d)
    what = "a working day" if info.working else "a rest day"
    caveats: tuple[str, ...] = ()
    if info.status in _UNCERTAIN:
        caveats = (f"{d.isoformat()} is {info.status}: not yet confirmed by a notice",)
    elif d > cal.known_until and info.kind in ("working", "weekend"):
        caveats = (
            f"{d.isoformat()} is after {cal.known_until.isoformat()}, the end of the "
            "announced schedules: a later swap may change it",
        )
    return Decision[DayInfo](
        outcome=info,
        basis=(info.source or _week_source(),),
        explanation=f"{info.weekday}: {what} ({info.kind}: {info.name_en} / {info.name_vi}).",
        status="provisional" if caveats else "final",
        caveats=caveats,
        rule_set=cal.name,
        calendar_version=cal.version,
    )


def count_decision(cal: WorkingCalendar, start: date, end: date) -> Decision[int]:
    """Working days in ``(start, end]`` (day zero not counted)."""
    n = cal.count(start, end)
    lo, hi = sorted((start, end))
    caveats = [
        f"{i.date.isoformat()} ({i.name_en}) is {i.status}: not yet confirmed by a notice"
        for y in range(lo.year, hi.year + 1)
        for i in cal.special_days(y)
        if lo < i.date <= hi and i.status in _UNCERTAIN
    ]
    if hi > cal.known_until:
        caveats.append(
            f"the range runs past {cal.known_until.isoformat()}, the last day of the announced "
            "schedules: later swaps or bridges may change the count"
        )
    return Decision[int](
        outcome=n,
        basis=(instrument("code_91_2015").cite(147, 3), _week_source()),
        explanation=f"{n} working day(s) after {start.isoformat()} up to and including "
        f"{end.isoformat()} (day zero not counted).",
        status="provisional" if caveats else "final",
        caveats=tuple(caveats),
        rule_set=cal.name,
        calendar_version=cal.version,
    )


def special_days_decision(cal: WorkingCalendar, year: int) -> Decision[tuple[DayInfo, ...]]:
    """The special days of ``year``, each with its kind and source."""
    days = tuple(cal.special_days(year))
    basis = tuple(dict.fromkeys(i.source for i in days if i.source)) or (_week_source(),)
    uncertain = [i for i in days if i.status in _UNCERTAIN]
    caveats = [f"{i.date.isoformat()} ({i.name_en}) is {i.status}" for i in uncertain]
    rest = sum(1 for i in days if not i.working)
    return Decision[tuple[DayInfo, ...]](
        outcome=days,
        basis=basis,
        explanation=f"{len(days)} special day(s) in {year}: {rest} rest day(s) on weekdays or "
        f"weekends and {len(days) - rest} working day(s) on a Saturday or by override.",
        status="provisional" if caveats else "final",
        caveats=tuple(caveats),
        rule_set=cal.name,
        calendar_version=cal.version,
    )


# -- request timelines, refusals and costs -----------------------------------------------------
_EVENT_KINDS = (
    "validated",
    "handling_notice_sent",
    "extension_notified",
    "costs_requested",
    "costs_paid",
    "provided",
    "refused",
)
_STATUS_TEXT = {
    "on_time": "on time",
    "late": "LATE",
    "missed": "MISSED",
    "pending": "pending",
    "overdue": "OVERDUE",
    "not_applicable": "not applicable",
}


def _strict_date(text: str, name: str) -> date:
    s = text.strip()
    if len(s) != 10:
        raise InvalidInput(f"{name}: {text!r} is not a date; use YYYY-MM-DD")
    return as_vn_date(parse_when(s, name), name)


def parse_event(text: str) -> Any:
    """``KIND=WHEN`` or ``extension_notified=WHEN@EXTENDED_TO`` → a ``RequestEvent``."""
    from accessinfo.timeline import RequestEvent

    kind, sep, rest = text.partition("=")
    kind = kind.strip()
    if not sep or not rest.strip():
        raise InvalidInput(f"--event {text!r}: use KIND=WHEN, e.g. provided=2026-03-10")
    if kind not in _EVENT_KINDS:
        raise InvalidInput(
            f"--event {text!r}: unknown kind {kind!r}; one of {', '.join(_EVENT_KINDS)}"
        )
    when, at_sign, extended = rest.partition("@")
    if at_sign and kind != "extension_notified":
        raise InvalidInput(
            f"--event {text!r}: @EXTENDED_TO is only for extension_notified=WHEN@EXTENDED_TO"
        )
    at = parse_when(when, f"--event {kind}")
    to = _strict_date(extended, f"--event {kind} (extended to)") if at_sign else None
    return RequestEvent(kind=kind, at=at, extended_to=to)


def _short_date(d: date | None) -> str:
    return "—" if d is None else f"{_EN[d.weekday()][:3]} {d.isoformat()}"


def timeline_lines(t: Any) -> list[str]:
    """The duties of a ``RequestTimeline`` as a small table, with the deadlines behind them."""
    dl = t.deadlines
    out = [f"  {'law:':<23}{t.rule_set} (day zero {fmt_date(dl.day_zero)})"]
    if dl.provide_at_once:
        out.append(f"  {'respond:':<23}at once")
    for label, value in (
        ("notify_by", dl.notify_by),
        ("respond_by", dl.respond_by),
        ("extended_respond_by", dl.extended_respond_by),
    ):
        if value is not None:
            out.append(f"  {label + ':':<23}{fmt_date(value)}")
    if t.extended:
        out.append(f"  {'extended to:':<23}{fmt_date(t.respond_due)}")
    if t.answer is not None:
        out.append(f"  {'answer:':<23}{t.answer} on {fmt_date(t.answered_on)}")
    out.append(f"  {'duty':<22}{'due':<17}{'done':<17}status")
    for duty in t.duties:
        out.append(
            f"  {duty.name:<22}{_short_date(duty.due):<17}{_short_date(duty.done_on):<17}"
            f"{_STATUS_TEXT[duty.status]}"
        )
    return out


def _vnd(n: int) -> str:
    return f"{n:,} đồng"


def cost_lines(b: Any) -> list[str]:
    """A ``CostBreakdown`` as text: one line per priced row, then the totals."""
    out = []
    for x in b.lines:
        size = f" {x.paper}" if x.paper != "A4" or x.size_multiplier != 1 else ""
        rate = f" × {x.rate_percent}%" if x.rate_percent != 100 else ""
        mult = f" × {x.size_multiplier}" if x.size_multiplier != 1 else ""
        out.append(
            f"  {x.item + size:<26}{x.quantity:>7} × {_vnd(x.unit_vnd)}{mult}{rate}"
            f" = {_vnd(x.amount_vnd)}  (annex row {x.annex_row})"
        )
    out += [
        f"  {'copying:':<26}{_vnd(b.copying_vnd)}",
        f"  {'materials:':<26}{_vnd(b.materials_vnd)}",
        f"  {'sending (' + b.sending + '):':<26}{_vnd(b.sending_vnd)}",
        f"  {'fee or charge:':<26}{_vnd(b.fee_vnd)}",
        f"  {'total:':<26}{_vnd(b.total_vnd)}"
        + ("  (payable before provision)" if b.payable_before_provision else ""),
    ]
    return out


def ground_lines(grounds: Sequence[Any]) -> list[str]:
    """Refusal grounds: kind, citation (vi, en) and the reasons in both languages."""
    out = []
    for g in grounds:
        out += [
            f"  - {g.kind}: {g.citation}  [{g.citation.en}]",
            f"      {g.reason_vi}",
            f"      {g.reason_en}",
        ]
    return out


def _cmd_refusal(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    from accessinfo.access_models import InformationItem, RefusalCase

    item = InformationItem(
        category=a.category,
        declassified=a.declassified,
        consent=a.consent,
        public_interest_decision=a.public_interest_decision,
        mandatory_disclosure=a.mandatory_disclosure or a.disclosure_exception is not None,
        disclosure_exception=a.disclosure_exception,
    )
    case = RefusalCase(
        item=item,
        times_provided_before=parse_int(a.times_provided, "times-provided"),
        legitimate_reason=a.legitimate_reason,
        within_responsibility=not a.not_responsible,
        beyond_capacity=a.beyond_capacity,
        costs=a.costs,
    )
    readings = {"personal_data": a.personal_data} if a.personal_data else {}
    on = parse_when(a.on, "on")
    d = _facade("access").refusal_grounds(case, on=on, strict=a.strict, **readings)
    n = len(d.outcome)
    if n:
        head = f"REFUSE: {n} ground(s) ({', '.join(g.kind for g in d.outcome)})"
    else:
        head = "PROVIDE: no ground to refuse"
    return d, "\n".join([f"{head} — request sent {_fmt_value(on)}", *ground_lines(d.outcome)])


def parse_cost_line(text: str) -> Any:
    """``ITEM=QUANTITY`` or ``ITEM=QUANTITY@PAPER`` → a ``CostLine``."""
    from accessinfo.access_models import CostLine

    item, sep, rest = text.partition("=")
    if not sep:
        raise InvalidInput(f"--line {text!r}: use ITEM=QUANTITY[@PAPER], e.g. photocopy_bw=20@A3")
    qty, at_sign, paper = rest.partition("@")
    values: dict[str, object] = {
        "item": item.strip(),
        "quantity": parse_int(qty, "--line quantity"),
    }
    if at_sign:
        values["paper"] = paper.strip()
    return CostLine.model_validate(values)


def _cmd_costs(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    from accessinfo.access_models import CostOrder

    order = CostOrder(
        lines=tuple(parse_cost_line(x) for x in a.line),
        disclosure_exception=a.disclosure_exception,
        materials_vnd=parse_int(a.materials, "materials") if a.materials is not None else 0,
        agency_area=a.area,
        sending=a.sending,
        postage_vnd=parse_int(a.postage, "postage") if a.postage is not None else None,
        weight_g=parse_int(a.weight, "weight") if a.weight is not None else None,
        destination=a.destination,
    )
    on = parse_when(a.on, "on")
    d = _facade("access").request_costs(order, on=on, strict=a.strict)
    head = f"Actual costs: {_vnd(d.outcome.total_vnd)} (no fee) — request sent {_fmt_value(on)}"
    return d, "\n".join([head, *cost_lines(d.outcome)])


# -- commands ---------------------------------------------------------------------------------
Handler = Callable[[argparse.Namespace, WorkingCalendar], tuple[Decision[Any], str | None]]


def _cmd_day(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    d = day_decision(cal, parse_date(a.date))
    info = d.outcome
    head = f"{fmt_date(info.date)}: {'WORKING DAY' if info.working else 'REST DAY'}"
    return d, head


def _cmd_add(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    start = parse_date(a.start, "start")
    n = parse_int(a.n, "n")
    period = CalendarDays(n) if a.calendar_days else WorkingDays(n)
    d = cal.add(start, period, roll=a.roll, trace=True, strict=a.strict)
    unit = "calendar" if a.calendar_days else "working"
    head = f"{abs(n)} {unit} day(s) {'after' if n >= 0 else 'before'} {fmt_date(start)}: "
    return d, head + fmt_date(d.outcome)


def _cmd_count(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    start, end = parse_date(a.start, "start"), parse_date(a.end, "end")
    d = count_decision(cal, start, end)
    return d, f"{d.outcome} working day(s) in ({start.isoformat()}, {end.isoformat()}]"


def _cmd_special(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    d = special_days_decision(cal, parse_int(a.year, "year"))
    lines = [f"Special days of {a.year} ({cal.name}):"]
    for i in d.outcome:
        src = i.source.en if i.source else "agency override"
        mark = "work" if i.working else "rest"
        lines.append(
            f"  {fmt_date(i.date):<36} {mark}  {i.kind:<15} {i.name_en} / {i.name_vi}"
            f"  [{src}; {i.status}]"
        )
    return d, "\n".join(lines)


def _facade(name: str) -> Any:
    """A facade module that may land later (imported lazily; the CLI works without it)."""
    import importlib

    return importlib.import_module(f"accessinfo.{name}")


def _cmd_request(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    from accessinfo.models import InformationRequest

    req = InformationRequest(
        received_at=parse_when(a.received, "received"),
        channel=a.channel,
        complexity=a.complexity,
        validated_at=parse_when(a.validated, "validated") if a.validated else None,
        sent_at=parse_when(a.sent, "sent") if a.sent else None,
        reference=a.reference,
    )
    kwargs: dict[str, Any] = {"calendar": cal, "strict": a.strict, "trace": True}
    for opt in ("extension_unit", "period_unit", "receipt"):
        if getattr(a, opt) is not None:
            kwargs[opt] = getattr(a, opt)
    if a.cutoff is not None:
        kwargs["cutoff"] = parse_time(a.cutoff)
    head = f"Request received {_fmt_value(req.received_at)} ({a.channel})"
    if not a.event and a.as_of is None and a.costs_pause is None:
        d = _facade("requests").request_deadlines(req, **kwargs)
        return d, head
    if a.as_of is None:
        raise InvalidInput(
            "--event and --costs-pause need --as-of DATE: the day to judge the request on "
            "(accessinfo has no clock)"
        )
    timeline = _facade("timeline")
    events = [parse_event(x) for x in a.event]
    if a.costs_pause is not None:
        kwargs["costs_pause"] = a.costs_pause
    d = timeline.request_timeline(req, events, as_of=parse_when(a.as_of, "as-of"), **kwargs)
    t = d.outcome
    verdict = f"overdue: {', '.join(t.overdue)}" if t.overdue else "nothing overdue"
    if t.breaches:
        verdict += f"; breached: {', '.join(t.breaches)}"
    head += f", as of {fmt_date(t.as_of)}: {verdict}"
    return d, "\n".join([head, *timeline_lines(t)])


def _cmd_suspension(
    a: argparse.Namespace, cal: WorkingCalendar
) -> tuple[Decision[Any], str | None]:
    suspension_notice_deadline = _facade("outages").suspension_notice_deadline
    starts = parse_when(a.starts, "starts")
    kwargs: dict[str, Any] = {"calendar": cal, "strict": a.strict, "trace": True}
    if a.force_majeure:
        kwargs["force_majeure"] = True
    if a.count is not None:
        kwargs["count"] = a.count
    d = suspension_notice_deadline(starts, **kwargs)
    if d.outcome is None:
        head = "No advance notice owed"
    else:
        head = f"Publish the suspension notice by {fmt_date(d.outcome)}"
    return d, head


def _yes_no(value: str | None) -> bool | None:
    return None if value is None else value == "yes"


def _opt_when(value: str | None, name: str) -> date | datetime | None:
    return parse_when(value, name) if value is not None else None


def _cmd_check_suspension(
    a: argparse.Namespace, cal: WorkingCalendar
) -> tuple[Decision[Any], str | None]:
    outages = _facade("outages")
    notice = outages.SuspensionNotice(
        suspension_from=parse_when(a.suspension_from, "from"),
        kind=a.kind,
        published_at=_opt_when(a.published, "published"),
        suspension_until=_opt_when(a.until, "until"),
        states_recovery_time=_yes_no(a.states_recovery_time),
        backup_in_place=_yes_no(a.backup_in_place),
        force_majeure=a.force_majeure,
        remedy_started_at=_opt_when(a.remedy_started, "remedy-started"),
    )
    kwargs: dict[str, Any] = {"calendar": cal, "strict": a.strict}
    if a.count is not None:
        kwargs["count"] = a.count
    if a.force_majeure_announcement is not None:
        kwargs["force_majeure_announcement"] = a.force_majeure_announcement
    d = outages.check_suspension_notice(notice, **kwargs)
    verdict = {True: "COMPLIANT", False: "BREACHED", None: "UNDETERMINED"}[d.outcome.compliant]
    return d, f"Suspension from {_fmt_value(notice.suspension_from)}: {verdict}"


def _cmd_incident(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    outages = _facade("outages")
    incident = outages.PortalIncident(
        occurred_at=parse_when(a.occurred, "occurred"),
        expected_recovery=_opt_when(a.expected_recovery, "expected-recovery"),
        recovered_at=_opt_when(a.recovered, "recovered"),
        force_majeure=a.force_majeure,
        reference=a.reference,
    )
    d = outages.incident_duties(incident, calendar=cal, strict=a.strict, trace=True)
    return d, f"Incident of {_fmt_value(incident.occurred_at)}: {len(d.outcome.duties)} duties"


def _cmd_rules(a: argparse.Namespace, out: IO[str]) -> int:
    from accessinfo.rules import registry

    on = parse_date(a.on, "on") if a.on else None
    rows = [r for r in registry() if on is None or r.in_force(on)]
    if a.family:
        rows = [r for r in rows if r.family == a.family]
    if a.json:
        data = [
            {
                "id": r.id,
                "family": r.family,
                "function": f"{r.module}.{r.function.__name__}",
                "rule_set": r.rule_set,
                "valid_from": r.valid_from.isoformat(),
                "valid_until": r.valid_until.isoformat() if r.valid_until else None,
                "citations": [c.id for c in r.citations],
                "summary": r.summary,
            }
            for r in rows
        ]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for r in rows:
        until = r.valid_until.isoformat() if r.valid_until else "…"
        out.write(f"{r.id}\n  {r.valid_from.isoformat()} → {until}  {r.summary}\n")
        out.write(f"  {r.citations[0]}\n  {r.citations[0].en}\n")
    out.write(f"{len(rows)} rule(s)\n")
    return EXIT_OK


def _cmd_schema(a: argparse.Namespace, out: IO[str]) -> int:
    from accessinfo import schema

    if a.list:
        out.write("\n".join(sorted(schema.schemas())) + "\n")
        return EXIT_OK
    if a.out:
        paths = schema.write_schemas(Path(a.out))
        out.write("\n".join(str(p) for p in paths) + "\n")
        return EXIT_OK
    if a.name:
        data: object = schema.schema(a.name)
    else:
        data = schema.bundle()
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


_DECISION_COMMANDS: dict[str, Handler] = {
    "day": _cmd_day,
    "add": _cmd_add,
    "count": _cmd_count,
    "special-days": _cmd_special,
    "holidays": _cmd_special,
    "request": _cmd_request,
    "suspension": _cmd_suspension,
    "check-suspension": _cmd_check_suspension,
    "incident": _cmd_incident,
    "refusal": _cmd_refusal,
    "costs": _cmd_costs,
}


def _landed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: usage error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the docs and tests)."""
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print the Decision as JSON")
    common.add_argument("--trace", action="store_true", help="show each counted/skipped day")
    common.add_argument(
        "--strict",
        action="store_true",
        help="refuse (exit 3) instead of a provisional answer resting on unannounced days "
        "or unverified texts",
    )
    common.add_argument("--html", metavar="FILE", help="also write the HTML view to FILE")
    common.add_argument(
        "--rest-day",
        action="append",
        default=[],
        metavar="DATE",
        help="agency override: treat DATE as a rest day (repeatable)",
    )
    common.add_argument(
        "--working-day",
        action="append",
        default=[],
        metavar="DATE",
        help="agency override: treat DATE as a working day (repeatable)",
    )
    common.add_argument(
        "--culture-day-makeup",
        action="store_true",
        help="give a compensatory day when 24/11 falls on a weekend (not the default reading)",
    )

    p = _Parser(
        prog="accessinfo",
        description="Vietnam's access-to-information and e-government deadlines, with the "
        "law that sets them.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from accessinfo import __version__

    p.add_argument("--version", action="version", version=f"accessinfo {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    s = sub.add_parser("day", parents=[common], help="is a day a working day, and why")
    s.add_argument("date", help="YYYY-MM-DD or an ISO datetime with offset")

    s = sub.add_parser(
        "add", parents=[common], help="add (or subtract) working or calendar days to a date"
    )
    s.add_argument("start", help="day zero (not counted)")
    s.add_argument("n", help="number of days; negative counts backwards")
    s.add_argument("--calendar-days", action="store_true", help="calendar days, not working")
    s.add_argument(
        "--roll",
        choices=("next_working_day", "previous_working_day", "none"),
        default="next_working_day",
        help="calendar days: where an end on a rest day goes (Civil Code Art 148.5)",
    )

    s = sub.add_parser("count", parents=[common], help="working days in (START, END]")
    s.add_argument("start")
    s.add_argument("end")

    s = sub.add_parser(
        "special-days",
        aliases=["holidays"],
        parents=[common],
        help="holidays, compensatory and swapped days of a year",
    )
    s.add_argument("year")

    if _landed("accessinfo.requests"):
        s = sub.add_parser(
            "request", parents=[common], help="the deadlines of an information request"
        )
        s.add_argument("--received", required=True, help="date or datetime of receipt")
        s.add_argument(
            "--channel", required=True, choices=("in_person", "electronic", "post", "fax")
        )
        s.add_argument("--complexity", choices=("simple", "complex"))
        s.add_argument("--validated", help="receipt of the valid (complete) request")
        s.add_argument("--sent", help="when the requester sent it (picks the law)")
        s.add_argument("--reference")
        s.add_argument("--extension-unit", choices=("calendar", "working", "raise"))
        s.add_argument("--period-unit", choices=("calendar", "working", "raise"))
        s.add_argument("--receipt", choices=("calendar_date", "next_working_day"))
        s.add_argument("--cutoff", help="with --receipt next_working_day: HH:MM end of the day")
        if _landed("accessinfo.timeline"):
            s.add_argument(
                "--event",
                action="append",
                default=[],
                metavar="KIND=WHEN",
                help="something done, on a date or at an aware datetime (repeatable): "
                + ", ".join(_EVENT_KINDS)
                + "; an extension may name its new last day: extension_notified=WHEN@DATE",
            )
            s.add_argument(
                "--as-of",
                metavar="DATE",
                help="judge each duty as of DATE: on time, late, missed, pending, overdue or "
                "not applicable (needed with --event)",
            )
            s.add_argument(
                "--costs-pause",
                choices=("none", "raise"),
                help="whether the period stops while costs are unpaid (default: none)",
            )

    if _landed("accessinfo.outages"):
        s = sub.add_parser(
            "suspension",
            parents=[common],
            help="last day to announce a planned suspension of an online service",
        )
        s.add_argument("starts", help="when the suspension starts")
        s.add_argument("--force-majeure", action="store_true", help="unforeseen: no notice owed")
        s.add_argument(
            "--count",
            choices=("inclusive", "clear", "raise"),
            help="reading of '07 ngày làm việc trước': the 7th working day before the start "
            "(inclusive, default) or 7 full working days between (clear)",
        )

        s = sub.add_parser(
            "check-suspension",
            parents=[common],
            help="check each duty of a suspension against the notice the agency gave",
        )
        s.add_argument("--from", dest="suspension_from", required=True, help="start")
        s.add_argument("--kind", required=True, choices=("planned", "incident"))
        s.add_argument("--published", help="when the public notice was published")
        s.add_argument("--until", help="when service resumed or is planned to resume")
        s.add_argument("--states-recovery-time", choices=("yes", "no"))
        s.add_argument("--backup-in-place", choices=("yes", "no"))
        s.add_argument("--force-majeure", action="store_true")
        s.add_argument("--remedy-started", help="for a failure: when fixing began")
        s.add_argument("--count", choices=("inclusive", "clear", "raise"))
        s.add_argument("--force-majeure-announcement", choices=("owed", "excused", "raise"))

        s = sub.add_parser(
            "incident",
            parents=[common],
            help="the duties of a National Single Window incident (Decree 85/2019 Art 17)",
        )
        s.add_argument("--occurred", required=True, help="when the portal failed")
        s.add_argument("--expected-recovery", help="the recovery time announced")
        s.add_argument("--recovered", help="when the fix was completed")
        s.add_argument("--force-majeure", action="store_true")
        s.add_argument("--reference")

    if _landed("accessinfo.access"):
        s = sub.add_parser(
            "refusal",
            parents=[common],
            help="the grounds on which a request must be refused (Law 104 Art 28; Law 01 Art 27)",
        )
        s.add_argument("--on", required=True, help="when the request was sent (picks the law)")
        s.add_argument(
            "--category",
            default="open",
            choices=_INFORMATION_CATEGORIES,
            help="the kind of information asked for (default: open)",
        )
        s.add_argument("--declassified", action="store_true", help="state secret declassified")
        s.add_argument("--consent", action="store_true", help="the owner/person concerned agreed")
        s.add_argument(
            "--public-interest-decision",
            action="store_true",
            help="the head of the agency decided to provide it for the public interest",
        )
        s.add_argument(
            "--mandatory-disclosure",
            action="store_true",
            help="the information is on the list that must be disclosed (Art 17)",
        )
        s.add_argument("--disclosure-exception", choices=_DISCLOSURE_EXCEPTIONS)
        s.add_argument(
            "--times-provided",
            default="0",
            metavar="N",
            help="times the same information was already provided to this requester",
        )
        s.add_argument("--legitimate-reason", action="store_true", help="to ask again")
        s.add_argument(
            "--not-responsible",
            action="store_true",
            help="providing it is not this agency's responsibility",
        )
        s.add_argument("--beyond-capacity", action="store_true")
        s.add_argument("--costs", choices=("none", "paid", "unpaid"), default="none")
        s.add_argument("--personal-data", choices=("personal_secret", "raise"))

        s = sub.add_parser(
            "costs",
            parents=[common],
            help="the actual costs of printing, copying and sending (no fee), in VND",
        )
        s.add_argument("--on", required=True, help="when the request was sent (picks the law)")
        s.add_argument(
            "--line",
            action="append",
            default=[],
            metavar="ITEM=QTY[@PAPER]",
            help="pages, prints or minutes of one row of the cost table (repeatable): "
            + ", ".join(_COST_ITEMS)
            + "; PAPER A4 (default), A3, A2 or A1 for photocopies",
        )
        s.add_argument("--sending", choices=("none", "email", "fax", "post"), default="none")
        s.add_argument("--postage", metavar="VND", help="with --sending post: the postal charge")
        s.add_argument("--weight", metavar="GRAMS")
        s.add_argument("--destination")
        s.add_argument("--materials", metavar="VND", help="media (CDs, tapes) at actual cost")
        s.add_argument(
            "--area",
            choices=("normal", "difficult", "especially_difficult"),
            default="normal",
            help="socio-economic conditions where the agency sits (70%% or 50%% of the table)",
        )
        s.add_argument("--disclosure-exception", choices=_DISCLOSURE_EXCEPTIONS)

    s = sub.add_parser("rules", help="the registered rules (id, validity, citation)")
    s.add_argument("--on", help="only the rules in force on this date")
    s.add_argument("--family")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("schema", help="JSON Schemas of the inputs and Decisions")
    s.add_argument("name", nargs="?", help="one schema (see --list); default: all, bundled")
    s.add_argument("--list", action="store_true", help="list the schema names")
    s.add_argument("--out", metavar="DIR", help="write one <name>.schema.json per schema")
    return p


def _calendar(a: argparse.Namespace) -> WorkingCalendar:
    cal = public_sector_calendar(culture_day_makeup=a.culture_day_makeup)
    if a.rest_day or a.working_day:
        cal = cal.with_overrides(
            rest_days=[parse_date(x, "--rest-day") for x in a.rest_day],
            working_days=[parse_date(x, "--working-day") for x in a.working_day],
        )
    return cal


def _run(a: argparse.Namespace, out: IO[str]) -> int:
    if a.command == "rules":
        return _cmd_rules(a, out)
    if a.command == "schema":
        return _cmd_schema(a, out)
    cal = _calendar(a)
    decision, head = _DECISION_COMMANDS[a.command](a, cal)
    if not a.trace:
        shown = decision.model_copy(update={"trace": None})
    else:
        shown = decision
    if a.json:
        out.write(shown.model_dump_json(indent=2) + "\n")
    else:
        first, *body = (head or _fmt_value(decision.outcome)).split("\n")
        text = render_decision(shown, headline=first, trace=a.trace, body=body or None)
        out.write(text + "\n")
    if a.html:
        from accessinfo._html import page

        title = (head or "accessinfo").split("\n", 1)[0]
        Path(a.html).write_text(page(decision.model_copy(), title=title), "utf-8")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    try:
        a = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    try:
        return _run(a, sys.stdout)
    except AccessInfoError as exc:
        sys.stderr.write(f"accessinfo: error {exc.code}: {exc.message}\n")
        return EXIT_ERROR
    except OSError as exc:  # --html or --out could not be written
        sys.stderr.write(f"accessinfo: cannot write: {exc}\n")
        return EXIT_IO
