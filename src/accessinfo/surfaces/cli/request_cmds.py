"""Request commands: request (deadlines and timeline), refusal, costs."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from accessinfo.calendar import (
    WorkingCalendar,
    as_vn_date,
)
from accessinfo.core.decisions import Decision
from accessinfo.surfaces.cli._common import (
    _COST_ITEMS,
    _DISCLOSURE_EXCEPTIONS,
    _EN,
    _INFORMATION_CATEGORIES,
    _PAPER_SIZES,
    CommandLineError,
    _facade,
    _fmt_value,
    fmt_date,
    parse_int,
    parse_time,
    parse_when,
)

# -- request timelines, refusals and costs -----------------------------------------------------
_EVENT_KINDS = (
    "validated",
    "acknowledged",
    "resolution_notified",
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
    "no_due_date": "no due date",
}


def _strict_date(text: str, name: str) -> date:
    s = text.strip()
    if len(s) != 10:
        raise CommandLineError(f"{name}: {text!r} is not a date; use YYYY-MM-DD")
    return as_vn_date(parse_when(s, name), name)


def parse_event(text: str) -> Any:
    """``KIND=WHEN`` or ``extension_notified=WHEN@EXTENDED_TO`` → a ``RequestEvent``."""
    from accessinfo.tasks.timeline import RequestEvent

    kind, sep, rest = text.partition("=")
    kind = kind.strip()
    if not sep or not rest.strip():
        raise CommandLineError(f"--event {text!r}: use KIND=WHEN, e.g. provided=2026-03-10")
    if kind not in _EVENT_KINDS:
        raise CommandLineError(
            f"--event {text!r}: unknown kind {kind!r}; one of {', '.join(_EVENT_KINDS)}"
        )
    when, at_sign, extended = rest.partition("@")
    if at_sign and kind != "extension_notified":
        raise CommandLineError(
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
        ("extension_notice_by", dl.extension_notice_by),
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


# each duty in plain words, and what its status says about it
_DUTY_TEXT = {
    "respond": "the answer",
    "notify_handling_time": "the notice of the handling time",
    "notify_extension": "the notice of the extension",
    "acknowledge": "the acknowledgement of receipt (form 02)",
    "notify_resolution": "the notice of how the request is handled (form 03)",
}


def timeline_verdict(t: Any) -> str:
    """What a ``RequestTimeline`` says, in plain words: each duty done late, missed, overdue
    or still due, with its dates; "every duty done on time" when that is all there is."""
    parts = []
    for duty in t.duties:
        what = _DUTY_TEXT.get(duty.name, duty.name.replace("_", " "))
        due = _short_date(duty.due)
        if duty.status == "late":
            parts.append(f"{what} was LATE (due {due}, done {_short_date(duty.done_on)})")
        elif duty.status == "missed":
            parts.append(f"{what} was MISSED (due {due}, never done)")
        elif duty.status == "overdue":
            parts.append(f"{what} is OVERDUE (due {due}, not done yet)")
        elif duty.status == "pending":
            parts.append(f"{what} is due by {due}")
    if not parts:
        return "every duty done on time"
    return "; ".join(parts)


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
    from accessinfo.models.access import InformationItem, RefusalCase

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
    from accessinfo.models.access import CostLine

    item, sep, rest = text.partition("=")
    if not sep:
        raise CommandLineError(
            f"--line {text!r}: use ITEM=QUANTITY[@PAPER], e.g. photocopy_bw=20@A3"
        )

    qty, at_sign, paper = rest.partition("@")
    # an unknown item or paper size is like an unknown choice: a usage error
    if item.strip() not in _COST_ITEMS:
        raise CommandLineError(
            f"--line {text!r}: unknown item {item.strip()!r}; one of {', '.join(_COST_ITEMS)}"
        )
    if at_sign and paper.strip() not in _PAPER_SIZES:
        raise CommandLineError(
            f"--line {text!r}: unknown paper size {paper.strip()!r}; one of "
            + ", ".join(_PAPER_SIZES)
        )
    values: dict[str, object] = {
        "item": item.strip(),
        "quantity": parse_int(qty, "--line quantity"),
    }
    if at_sign:
        values["paper"] = paper.strip()
    return CostLine.model_validate(values)


def _cmd_costs(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    from accessinfo.models.access import CostOrder

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
    if a.sent is not None and a.on is not None:
        raise CommandLineError("costs: give --sent (or its older name --on), not both")
    text = a.sent if a.sent is not None else a.on
    if text is None:
        raise CommandLineError("costs needs --sent DATE: the day the request was sent")
    sent = parse_when(text, "sent")
    kwargs: dict[str, Any] = {"strict": a.strict}
    if a.priced_on is not None:
        kwargs["priced_on"] = parse_when(a.priced_on, "priced-on")
    if a.unpriced_sending is not None:
        kwargs["unpriced_sending"] = a.unpriced_sending
    d = _facade("access").request_costs(order, sent=sent, **kwargs)
    b = d.outcome
    fee = f"fee {_vnd(b.fee_vnd)}" if b.fee_vnd else "no fee"
    head = f"Actual costs: {_vnd(b.total_vnd)} ({fee}) — request sent {_fmt_value(sent)}"
    if b.circular is not None:
        head += f", priced by {_CIRCULARS[b.circular]}"
    return d, "\n".join([head, *cost_lines(b)])


_CIRCULARS = {
    "circular_46_2018": "Circular 46/2018/TT-BTC",
    "circular_126_2026": "Circular 126/2026/TT-BTC",
}


def _cmd_request(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    from accessinfo.models.requests import InformationRequest

    req = InformationRequest(
        received_at=parse_when(a.received, "received"),
        channel=a.channel,
        complexity=a.complexity,
        delivery=a.delivery,
        validated_at=parse_when(a.validated, "validated") if a.validated else None,
        sent_at=parse_when(a.sent, "sent") if a.sent else None,
        reference=a.reference,
    )
    kwargs: dict[str, Any] = {"calendar": cal, "strict": a.strict, "trace": True}
    for opt in ("extension_unit", "period_unit", "receipt", "extension_notice"):
        if getattr(a, opt) is not None:
            kwargs[opt] = getattr(a, opt)
    if a.cutoff is not None:
        kwargs["cutoff"] = parse_time(a.cutoff)
    head = f"Request received {_fmt_value(req.received_at)} ({a.channel})"
    if not a.event and a.as_of is None and a.costs_pause is None:
        d = _facade("requests").request_deadlines(req, **kwargs)
        return d, head
    if a.as_of is None:
        raise CommandLineError(
            "--event and --costs-pause need --as-of DATE: the day to judge the request on "
            "(accessinfo has no clock)"
        )
    timeline = _facade("timeline")
    events = [parse_event(x) for x in a.event]
    if a.costs_pause is not None:
        kwargs["costs_pause"] = a.costs_pause
    d = timeline.request_timeline(req, events, as_of=parse_when(a.as_of, "as-of"), **kwargs)
    t = d.outcome
    head += f", as of {fmt_date(t.as_of)}: {timeline_verdict(t)}"
    return d, "\n".join([head, *timeline_lines(t)])


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("request", parents=[common], help="the deadlines of an information request")
    s.set_defaults(handler=_cmd_request)
    s.add_argument("--received", required=True, help="date or datetime of receipt")
    s.add_argument("--channel", required=True, choices=("in_person", "electronic", "post", "fax"))
    s.add_argument(
        "--complexity",
        required=True,
        choices=("simple", "complex"),
        help="required, under both laws. simple: information that is simple and already held, "
        "which can be provided at once (thông tin đơn giản, có sẵn); complex: information not "
        "to hand, to be gathered from several parts of the agency or needing another body's "
        "opinion (thông tin phức tạp, không có sẵn). It decides the periods (Law 104/2016 "
        "Arts 29-31; Decree 337/2026 Art 10.4 under Law 01/2026)",
    )
    s.add_argument(
        "--delivery",
        choices=("in_person", "electronic", "post", "fax"),
        help="how the information is to be provided (default: the channel)",
    )
    s.add_argument(
        "--extension-notice",
        choices=("before_last_day", "by_last_day", "raise"),
        help="Decree 337/2026 Art 10.4(c): notify an extension before the last day (default)",
    )
    s.add_argument("--validated", help="receipt of the valid (complete) request")
    s.add_argument("--sent", help="when the requester sent it (picks the law)")
    s.add_argument("--reference")
    s.add_argument("--extension-unit", choices=("calendar", "working", "raise"))
    s.add_argument("--period-unit", choices=("calendar", "working", "raise"))
    s.add_argument("--receipt", choices=("calendar_date", "next_working_day"))
    s.add_argument("--cutoff", help="with --receipt next_working_day: HH:MM end of the day")
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

    s = sub.add_parser(
        "refusal",
        parents=[common],
        help="the grounds on which a request must be refused (Law 104 Art 28; Law 01 Art 27)",
    )
    s.set_defaults(handler=_cmd_refusal)
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
    s.set_defaults(handler=_cmd_costs)
    s.add_argument(
        "--sent",
        help="when the request was sent: picks the law and the circular (Circular 46/2018 up "
        "to 2026-08-31, Circular 126/2026 from 2026-09-01)",
    )
    s.add_argument("--on", help="the older name of --sent")
    s.add_argument(
        "--priced-on",
        metavar="DATE",
        help="when the agency prices the request (never changes the rates: Circular 126 Art 5)",
    )
    s.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="ITEM=QTY[@PAPER]",
        help="pages, prints or minutes of one row of the cost table (repeatable): "
        + ", ".join(_COST_ITEMS)
        + "; PAPER A4 (default), A3, A2, A1 or A0 for photocopies (and, under Circular "
        "126/2026, prints of digitised documents); A0 is priced from 2026-09-01 only",
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
        help="socio-economic conditions where the agency sits: 70%% or 50%% of the table for "
        "requests sent up to 2026-08-31 (Circular 46/2018); from 2026-09-01 there is no "
        "reduction and the area is ignored, with a caveat (Circular 126/2026)",
    )
    s.add_argument("--disclosure-exception", choices=_DISCLOSURE_EXCEPTIONS)
    s.add_argument(
        "--unpriced-sending",
        choices=("no_line", "raise"),
        help="Circular 126/2026 prices no e-mail or fax sending: no line (default) or refuse",
    )
