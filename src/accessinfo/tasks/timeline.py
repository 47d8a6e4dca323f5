"""The life of one information request: its due dates, what was done, and what is overdue.

``request_timeline`` takes a request, the events recorded for it and an "as of" date (there
is no hidden clock), and reports each duty of the agency with its due date and whether it was
met on time, late, missed, is still pending, is overdue or does not apply. It builds on
``accessinfo.tasks.requests.request_deadlines``, so it works under Law 104/2016 (requests sent
before 2026-09-01, even when still open after that day) and under Law 01/2026.

Decisions taken where the law is silent (``docs/readings/request-timeline.md``):

* An event dated before the receipt of the request, or after ``as_of``; a ``validated``
  event before receipt or contradicting ``request.validated_at``; two ``validated`` events;
  a ``provided`` event before the request became valid;
  two answers (``provided``/``refused``: record a partial answer as one event on the day its
  last part went out); ``costs_paid`` before ``costs_requested``; an extension notified after
  the answer: all are impossible records and raise InvalidInput.
* An extension notified after its due date is a breach: it is reported as late and does not
  move the deadline. Law 104 (Arts 29.2, 30.4, 31.2) requires the notice "trong thời hạn cung
  cấp thông tin" (by the last day of the period); under Law 01/2026 Decree 337/2026
  Art 10.4(c) requires it (form 04) "trước khi hết thời hạn", by default the working day before
  the last day (``extension_notice``, docs/readings/extension-notice-before-end.md). A timely
  extension moves the deadline to the date it announces (``extended_to``), never beyond the
  cap (the earlier of the decree's and the Law's).
* Under Law 01/2026 the acknowledgement (``acknowledged``, form 02) and the resolution notice
  (``resolution_notified``, form 03) are reported when recorded, with status ``no_due_date``:
  Decree 337/2026 Art 9 lists the forms but the texts read set no date for them. A refusal
  (``refused``) is the form 05 notice, due within the same period as the information.
* The notice of the handling time (Law 104 Arts 30.4, 31.2) is met by an answer given by its
  due date; an answer given later without a notice leaves it ``missed``.
* No rule pauses the clock while costs are awaited (research-notes open question 7):
  ``costs_pause="none"`` (default) lets it run; ``"raise"`` refuses to choose. Payment before
  provision is Decree 13/2018 Art 13.2 for a Law 104 request and Decree 337/2026 Art 14.1 for
  a Law 01/2026 one; Decree 13/2018 ended on 2026-09-01 with no saving clause, so when a Law
  104 request still awaits or ends its costs from that day the timeline is provisional with
  that decree's caveat (``strict=True`` refuses).

Explanations are in English and Vietnamese (``Decision.explanation_vi``,
``Duty.explanation_vi``), from ``accessinfo/_messages/timeline.toml``.

>>> from datetime import date
>>> from accessinfo.models.requests import InformationRequest
>>> req = InformationRequest(received_at=date(2026, 3, 3), channel="post", complexity="simple")
>>> t = request_timeline(req, [RequestEvent(kind="provided", at=date(2026, 3, 11))],
...                      as_of=date(2026, 3, 20))
>>> [(d.name, d.due, d.status) for d in t.outcome.duties]
[('respond', datetime.date(2026, 3, 10), 'late')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from accessinfo.articles.decree_13_2018 import after_end
from accessinfo.calendar import PUBLIC_SECTOR, ReceiptPolicy, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Citation, instrument, law_version
from accessinfo.core.decisions import Decision
from accessinfo.core.inputs import DateOnly, DateOrInstant, InputModel
from accessinfo.core.messages import Text, caveats_of, explanation_of, join, msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput, UnverifiedText
from accessinfo.models.requests import InformationRequest, RequestDeadlines
from accessinfo.tasks.requests import governing_rule_set, request_deadlines

__all__ = [
    "TIMELINE_RULE_ID",
    "Duty",
    "DutyName",
    "DutyStatus",
    "EventKind",
    "RequestEvent",
    "RequestTimeline",
    "request_timeline",
]

# Timeline Decisions are built on a request_deadlines Decision (whose rule id is in the
# explanation's basis); they carry their own id so that JSON readers know the outcome type.
TIMELINE_RULE_ID = "accessinfo.tasks.timeline:request_timeline"

EventKind = Literal[
    "validated",
    "acknowledged",  # Decree 337/2026 form 02 (Art 9.3)
    "resolution_notified",  # Decree 337/2026 form 03 (Art 9.4)
    "handling_notice_sent",
    "extension_notified",
    "costs_requested",
    "costs_paid",
    "provided",
    "refused",
]
DutyName = Literal[
    "respond", "notify_handling_time", "notify_extension", "acknowledge", "notify_resolution"
]
# no_due_date: the texts set no date for the duty (Decree 337/2026 forms 02 and 03);
# done_on says whether and when it was done
DutyStatus = Literal[
    "on_time", "late", "missed", "pending", "overdue", "not_applicable", "no_due_date"
]
CostsPause = Literal["none", "raise"]


class RequestEvent(InputModel):
    """Something that happened to a request, on a date or at an aware datetime.

    ``extended_to`` is the new last day announced by an ``extension_notified`` event (if it
    is not given, the statutory cap is assumed).
    """

    kind: EventKind
    at: DateOrInstant
    extended_to: DateOnly | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _extension_only(self) -> RequestEvent:
        if self.extended_to is not None and self.kind != "extension_notified":
            raise ValueError("extended_to is only for an 'extension_notified' event")
        if isinstance(self.extended_to, datetime):
            raise ValueError("extended_to is a date, not a datetime")
        return self

    @property
    def day(self) -> date:
        """The VN calendar date of the event."""
        return as_vn_date(self.at, "at")


class Duty(BaseModel):
    """One duty of the agency: its due date, when it was done, and the verdict."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    name: DutyName
    due: date | None
    done_on: date | None
    status: DutyStatus
    basis: tuple[Citation, ...]
    explanation: str
    explanation_vi: str | None = None  # filled from a message (Text) given as ``explanation``

    @model_validator(mode="before")
    @classmethod
    def _vietnamese(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("explanation_vi") is None:
            why = data.get("explanation")
            if isinstance(why, Text):
                data = {**data, "explanation": why.en, "explanation_vi": why.vi}
        return data


class RequestTimeline(BaseModel):
    """Every duty of one request as of a date."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    rule_set: str
    as_of: date
    deadlines: RequestDeadlines
    respond_due: date  # the deadline that binds: original, or extended by a timely notice
    extended: bool
    answer: Literal["provided", "refused"] | None
    answered_on: date | None
    duties: tuple[Duty, ...]
    overdue: tuple[DutyName, ...]
    breaches: tuple[DutyName, ...]  # duties done late or missed


def _events(events: object) -> tuple[RequestEvent, ...]:
    if isinstance(events, (str, bytes, Mapping)) or not isinstance(events, Sequence):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="events",
                expected="list[RequestEvent]",
                got=type(events).__name__,
            )
        )
    out: list[RequestEvent] = []
    for i, ev in enumerate(events):
        if isinstance(ev, RequestEvent):
            out.append(ev)
        elif isinstance(ev, Mapping):
            out.append(RequestEvent.model_validate(dict(ev)))
        else:
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name=f"events[{i}]",
                    expected="RequestEvent",
                    got=type(ev).__name__,
                )
            )
    return tuple(sorted(out, key=lambda e: e.day))


def _of(events: tuple[RequestEvent, ...], *kinds: EventKind) -> list[RequestEvent]:
    return [e for e in events if e.kind in kinds]


def _citations(rule_set: str, dl: RequestDeadlines) -> dict[str, tuple[Citation, ...]]:
    """The provisions behind each duty, by law and channel."""
    if rule_set == "law_01_2026":
        new = instrument("law_01_2026")
        decree = instrument("decree_337_2026")
        point = "a" if dl.complexity == "simple" else "b"
        return {
            "respond": (new.cite(26, 3), decree.cite(10, 4, point)),
            "refusal": (new.cite(26, 2), decree.cite(9, 6)),
            "notify_handling_time": (),
            "notify_extension": (decree.cite(10, 4, "c"), decree.cite(9, 5)),
            "acknowledge": (decree.cite(9, 3),),
            "notify_resolution": (decree.cite(9, 4),),
        }
    law = instrument("law_104_2016")
    simple = dl.complexity == "simple"
    how = dl.delivery if dl.delivery is not None else dl.channel
    article = {"in_person": 29, "electronic": 30, "post": 31, "fax": 31}[how]
    clause = {29: (1, 2), 30: (3, 4), 31: (1, 2)}[article][0 if simple else 1]
    complex_clause = {29: 2, 30: 4, 31: 2}[article]
    return {
        "respond": (law.cite(article, clause),),
        "refusal": (law.cite(28, 2),),
        "notify_handling_time": (law.cite(article, complex_clause),),
        "notify_extension": (law.cite(article, complex_clause),),
        "acknowledge": (),
        "notify_resolution": (),
    }


def _costs_basis(rule_set: str) -> tuple[Citation, Citation]:
    """(pay before provision, the refusal ground for unpaid costs) under the governing law."""
    if rule_set == "law_01_2026":
        return instrument("decree_337_2026").cite(14, 1), instrument("law_01_2026").cite(27, 6)
    return instrument("decree_13_2018").cite(13, 2), instrument("law_104_2016").cite(28, 1, "e")


def _verdict(due: date, done: date | None, as_of: date) -> DutyStatus:
    if done is not None:
        return "on_time" if done <= due else "late"
    return "pending" if as_of <= due else "overdue"


def _plain_verdict(duties: Sequence[Duty]) -> Text | str:
    """Each duty done late, missed, overdue or still due, in plain words (issue 15)."""
    parts = [
        msg(
            f"timeline.verdict.{x.status}",
            what=msg(f"timeline.duty.{x.name}"),
            due=x.due,
            done=x.done_on,
        )
        for x in duties
        if x.status in ("late", "missed", "overdue", "pending")
    ]
    return join(parts, "; ") if parts else msg("timeline.verdict.all_on_time")


@public
def request_timeline(
    request: InformationRequest,
    events: Sequence[RequestEvent],
    *,
    as_of: date | datetime,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
    extension_unit: str = "calendar",
    period_unit: str = "calendar",
    receipt: ReceiptPolicy = "calendar_date",
    cutoff: time | None = None,
    costs_pause: CostsPause = "none",
    extension_notice: str = "before_last_day",
) -> Decision[RequestTimeline]:
    """Due dates, verdicts and overdue duties of ``request`` given its ``events``, ``as_of``.

    The reading options are those of ``request_deadlines``, plus ``costs_pause``.
    """
    if not isinstance(request, InformationRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected="InformationRequest",
                got=type(request).__name__,
            )
        )
    evs = _events(events)
    today = as_vn_date(as_of, "as_of")
    pause = choose(costs_pause, "costs_pause", ("none", "raise"))
    received = as_vn_date(request.received_at, "received_at")
    if today < received:
        raise InvalidInput(
            msg("errors.timeline.as_of_before_receipt", as_of=today, received=received)
        )
    for e in evs:
        if e.day < received:
            raise InvalidInput(
                msg(
                    "errors.timeline.event_before_receipt", kind=e.kind, on=e.day, received=received
                )
            )
        if e.day > today:
            raise InvalidInput(
                msg("errors.timeline.event_after_as_of", kind=e.kind, on=e.day, as_of=today)
            )

    validated = _of(evs, "validated")
    if len(validated) > 1:
        raise InvalidInput(msg("errors.timeline.validated_twice"))
    if validated:
        v = validated[0]
        if request.validated_at is not None and as_vn_date(request.validated_at) != v.day:
            raise InvalidInput(
                msg(
                    "errors.timeline.validated_contradicts",
                    on=v.day,
                    validated=as_vn_date(request.validated_at),
                )
            )
        if request.validated_at is None:
            request = InformationRequest(
                **{**request.model_dump(exclude_none=True), "validated_at": v.at}
            )
    if request.validated_at is not None and as_vn_date(request.validated_at) > today:
        raise InvalidInput(msg("errors.timeline.validated_after_as_of"))

    answers = _of(evs, "provided", "refused")
    if len(answers) > 1:
        raise InvalidInput(
            msg("errors.timeline.answers", n=len(answers), kinds=", ".join(a.kind for a in answers))
        )
    answer = answers[0] if answers else None
    valid_on = (
        as_vn_date(request.validated_at, "validated_at")
        if request.validated_at is not None
        else None
    )
    if answer is not None and answer.kind == "provided" and valid_on and answer.day < valid_on:
        raise InvalidInput(
            msg("errors.timeline.provided_before_valid", on=answer.day, valid=valid_on)
        )
    requested, paid = _of(evs, "costs_requested"), _of(evs, "costs_paid")
    if paid and requested and paid[0].day < requested[0].day:
        raise InvalidInput(msg("errors.timeline.paid_before_requested"))
    extensions = _of(evs, "extension_notified")
    if answer is not None and any(x.day > answer.day for x in extensions):
        raise InvalidInput(msg("errors.timeline.extension_after_answer"))
    if requested and pause == "raise":
        pay_first, _ = _costs_basis(governing_rule_set(request))
        raise ambiguous("costs_pause", msg("timeline.costs.pause_unknown", basis=pay_first))

    d = request_deadlines(
        request,
        calendar=calendar,
        strict=strict,
        trace=trace,
        extension_unit=extension_unit,
        period_unit=period_unit,
        receipt=receipt,
        cutoff=cutoff,
        extension_notice=extension_notice,
    )
    dl = d.outcome
    cites = _citations(d.rule_set, dl)
    original = dl.respond_by if dl.respond_by is not None else dl.day_zero  # at once: day zero
    duties: list[Duty] = []
    notes: list[Text] = []
    extra_basis: list[Citation] = []
    caveats: list[str] = list(caveats_of(d))

    # -- extension notice ------------------------------------------------------------------
    due = original
    notice_due = dl.extension_notice_by if dl.extension_notice_by is not None else original
    extended = False
    if extensions:
        first = extensions[0]
        why: Text
        if dl.extended_respond_by is None:
            status: DutyStatus = "not_applicable"
            why = msg("timeline.extension.not_allowed", due=original)
        else:
            timely = [x for x in extensions if x.day <= notice_due]
            status = "on_time" if timely else "late"
            when = {"on": first.day, "notice_due": notice_due, "original": original}
            if timely:
                cap = dl.extended_respond_by
                asked = max(x.extended_to or cap for x in timely)
                due = min(asked, cap) if asked >= original else original
                extended = due > original
                if asked > cap:
                    why = msg("timeline.extension.timely_over_cap", due=due, asked=asked, **when)
                else:
                    why = msg("timeline.extension.timely", due=due, **when)
            else:
                why = msg("timeline.extension.late", **when)
        duties.append(
            Duty(
                name="notify_extension",
                due=notice_due,
                done_on=first.day,
                status=status,
                basis=cites["notify_extension"],
                explanation=why,
            )
        )

    # -- notice of the handling time (Law 104 Arts 30.4, 31.2) ----------------------------
    notices = _of(evs, "handling_notice_sent")
    if dl.notify_by is None:
        if notices:
            notes.append(msg("timeline.handling.not_required"))
    else:
        nb = dl.notify_by
        if notices:
            done: date | None = notices[0].day
            status = _verdict(nb, done, today)
            why = msg("timeline.handling.sent", due=nb, done=done)
        elif answer is not None and answer.day <= nb:
            done, status = answer.day, "on_time"
            why = msg("timeline.handling.answered_in_time", answered=answer.day, due=nb)
        elif answer is not None:
            done, status = None, "missed"
            why = msg("timeline.handling.missed", answered=answer.day, due=nb)
        else:
            done, status = None, _verdict(nb, None, today)
            why = msg("timeline.handling.not_yet", due=nb)
        duties.insert(
            0,
            Duty(
                name="notify_handling_time",
                due=nb,
                done_on=done,
                status=status,
                basis=cites["notify_handling_time"],
                explanation=why,
            ),
        )

    # -- Decree 337/2026 forms 02 and 03: listed (Art 9.3, 9.4), no date set -------------------
    for kind, name, form in (
        ("acknowledged", "acknowledge", "02"),
        ("resolution_notified", "notify_resolution", "03"),
    ):
        recorded = _of(evs, kind)  # type: ignore[arg-type]
        if not recorded:
            continue
        if d.rule_set != "law_01_2026":
            notes.append(msg("timeline.form.law_104", kind=kind, form=form))
            continue
        duties.append(
            Duty(
                name=name,
                due=None,
                done_on=recorded[0].day,
                status="no_due_date",
                basis=cites[name],
                explanation=msg("timeline.form.no_due_date", form=form, on=recorded[0].day),
            )
        )

    # -- the answer ------------------------------------------------------------------------
    answered_on = answer.day if answer else None
    status = _verdict(due, answered_on, today)
    basis = cites["respond"]
    if answer is not None and answer.kind == "refused":
        basis = (*basis, *cites["refusal"])
    what = (
        msg("timeline.respond.at_once_by", due=due)
        if dl.provide_at_once and dl.respond_by is not None
        else msg("timeline.respond.at_once")
        if dl.provide_at_once
        else msg("timeline.respond.due", due=due)
    )
    parts: list[Text] = []
    if answer is None:
        parts.append(msg("timeline.respond.pending", what=what, today=today))
    else:
        done_as = (
            "provided"
            if answer.kind == "provided"
            else "refused_form_05"
            if d.rule_set == "law_01_2026"
            else "refused"
        )
        parts.append(
            msg(
                "timeline.respond.answered",
                what=what,
                done=msg(f"timeline.done.{done_as}"),
                on=answer.day,
            )
        )
    if requested:
        pay_first, unpaid_ground = _costs_basis(d.rule_set)
        basis = (*basis, pay_first)
        if paid:
            parts.append(
                msg(
                    "timeline.costs.paid",
                    requested=requested[0].day,
                    paid=paid[0].day,
                    basis=pay_first,
                )
            )
        else:
            parts.append(msg("timeline.costs.unpaid", requested=requested[0].day, basis=pay_first))
        if not paid and answer is None:
            parts.append(msg("timeline.costs.ground", ground=unpaid_ground))
            basis = (*basis, unpaid_ground)
        if d.rule_set == "law_104_2016":
            # Decree 13/2018 Art 13.2 is applied until the costs are paid or the request is
            # answered (as_of if neither): from 2026-09-01 without a saving clause
            ends = [e.day for e in (*paid[:1], *answers)]
            ended_caveats, ended_basis = after_end(min(ends, default=today), strict)
            caveats.extend(ended_caveats)
            basis = (*basis, *ended_basis)
    duties.append(
        Duty(
            name="respond",
            due=due,
            done_on=answered_on,
            status=status,
            basis=basis,
            explanation=join(parts),
        )
    )
    for duty in duties:
        extra_basis.extend(duty.basis)
    for cit in extra_basis:  # a provision cited here whose text is unverified: say so
        inst = cit.instrument
        if not inst.verified:
            if strict:
                raise UnverifiedText(
                    msg(
                        "errors.strict_unverified",
                        rule=TIMELINE_RULE_ID,
                        name=Text(inst.name_en, inst.name_vi),
                    )
                )
            note = msg(
                "core.unverified_text",
                name=Text(inst.name_en, inst.name_vi),
                note=inst.note or "see docs",
            )
            if note not in caveats:
                caveats.append(note)

    overdue = tuple(x.name for x in duties if x.status == "overdue")
    breaches = tuple(x.name for x in duties if x.status in ("late", "missed"))
    outcome = RequestTimeline(
        rule_set=d.rule_set,
        as_of=today,
        deadlines=dl,
        respond_due=due,
        extended=extended,
        answer=None if answer is None else ("refused" if answer.kind == "refused" else "provided"),
        answered_on=answered_on,
        duties=tuple(duties),
        overdue=overdue,
        breaches=breaches,
    )
    readings = dict(d.readings)
    if requested:
        readings["costs_pause"] = pause
    if extensions and d.rule_set != "law_01_2026":
        readings["extension_notice"] = "within_original_period"
    summary = msg("timeline.summary", today=today, verdict=_plain_verdict(duties))
    texts = [Text(x.explanation, x.explanation_vi or x.explanation) for x in duties]
    explanation = join([summary, *texts, *notes, explanation_of(d)])
    return Decision[RequestTimeline](
        outcome=outcome,
        basis=(*d.basis, *extra_basis),
        explanation=explanation,
        status="provisional" if d.status == "provisional" or caveats else "final",
        caveats=tuple(caveats),
        rule_set=d.rule_set,
        rule_id=TIMELINE_RULE_ID,
        readings=readings,
        calendar_version=d.calendar_version,
        law_version=law_version(),
        trace=d.trace,
    )
