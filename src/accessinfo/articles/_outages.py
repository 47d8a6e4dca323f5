"""Models and shared logic of the outage rules (suspension notices, portal incidents).

The article modules (Decree 64/2007 Art 16, Decree 224/2026 Art 13, Decree 47/2020 Art 43,
Decree 85/2019 Arts 7 and 17) hold the citations and the text; the arithmetic they share
lives here so that the two versions of the suspension rule cannot drift apart.

Readings (design.md, ``docs/readings/``):

* ``count="inclusive"`` (default): "chậm nhất là 07 ngày làm việc trước" — the latest notice
  day is the 7th working day before the day the suspension starts (that day is day zero and
  not counted), i.e. ``add(start, WorkingDays(-7))``: the notice day is one of the seven
  working days in ``[notice, start)``.
* ``count="clear"``: seven full working days strictly between the notice day and the start,
  i.e. ``add(start, WorkingDays(-8))``.
* The reference day of a start given as an aware datetime is its calendar date in Vietnam
  time; the hour does not change the count (``docs/readings/suspension-start-time.md``).

>>> from datetime import date
>>> from accessinfo.calendar import PUBLIC_SECTOR
>>> latest_notice_day(PUBLIC_SECTOR, date(2026, 9, 7), 7, "inclusive")
datetime.date(2026, 8, 24)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, StrictBool, model_validator

from accessinfo.calendar import VN_TZ, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.citations import Citation, Instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.inputs import DateOrInstant, InputModel
from accessinfo.core.messages import text_en
from accessinfo.core.periods import ambiguous, check_calendar, choose, deadline
from accessinfo.errors import InvalidInput, NoApplicableRule

__all__ = [
    "CountReading",
    "DutyCheck",
    "DutyStatus",
    "ForceMajeureAnnouncement",
    "IncidentDuties",
    "IncidentDuty",
    "IncidentTiming",
    "PortalIncident",
    "SuspensionArticle",
    "SuspensionCheck",
    "SuspensionKind",
    "SuspensionNotice",
    "check_notice",
    "latest_notice_day",
    "notice_deadline",
    "require_in_force",
]

CountReading = Literal["inclusive", "clear", "raise"]
# owed: force majeure removes only the advance notice, the public notice is still due at once
# (design; Decree 47/2020 Art 43.4 says so expressly); excused: the exception in Art 16.1(a)
# "trừ trường hợp bất khả kháng" also lifts the announcement.
ForceMajeureAnnouncement = Literal["owed", "excused", "raise"]
DutyStatus = Literal["met", "breached", "not_applicable", "undetermined"]
SuspensionKind = Literal["planned", "incident"]
IncidentTiming = Literal["at_once", "by_date", "during_incident", "unspecified"]

_COUNTS = ("inclusive", "clear", "raise")
_FM = ("owed", "excused", "raise")


# -- input helpers --------------------------------------------------------------------------
def _vn(value: date | datetime) -> date:
    return value.astimezone(VN_TZ).date() if isinstance(value, datetime) else value


def _not_before(later: date | datetime, earlier: date | datetime) -> bool:
    """True unless ``later`` is strictly before ``earlier`` (instants if both have times)."""
    if isinstance(later, datetime) and isinstance(earlier, datetime):
        return later >= earlier
    return _vn(later) >= _vn(earlier)


def require_in_force(inst: Instrument, on: date, what: str) -> None:
    """NoApplicableRule unless ``inst`` is in force on ``on`` (the day of ``what``)."""
    if not inst.in_force(on):
        end = inst.valid_until.isoformat() if inst.valid_until else "open"
        raise NoApplicableRule(
            f"{inst.name_en} applies from {inst.valid_from.isoformat()} to {end} (exclusive); "
            f"{what} is on {on.isoformat()}"
        )


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"{name} must be True or False, got {value!r}")
    return value


# -- suspension notices ---------------------------------------------------------------------
def latest_notice_day(
    calendar: WorkingCalendar, start: date, n: int, count: Literal["inclusive", "clear"]
) -> date:
    """The last day on which a notice "N working days before ``start``" may be published."""
    return calendar.add(start, WorkingDays(-n if count == "inclusive" else -(n + 1)))


@dataclass(frozen=True)
class SuspensionArticle:
    """The provisions of one version of the suspension rule."""

    rule_set: str
    name: str  # e.g. "Decree 64/2007 Art 16"
    advance: Citation  # notice at the latest 07 working days before
    content: Citation  # the notice states the expected recovery time
    failure: Citation  # a failure: fix at once
    announce: Citation  # public notice by an appropriate means
    backup: Citation  # backup infrastructure for the most necessary services
    valid_from: date
    valid_until: date | None  # exclusive

    def require(self, on: date) -> None:
        if on < self.valid_from or (self.valid_until is not None and on >= self.valid_until):
            end = self.valid_until.isoformat() if self.valid_until else "open"
            raise NoApplicableRule(
                f"{self.name} applies to suspensions starting {self.valid_from.isoformat()} "
                f"to {end} (exclusive); this one starts {on.isoformat()}"
            )


def notice_deadline(
    art: SuspensionArticle,
    starts: date | datetime,
    *,
    force_majeure: bool,
    calendar: object,
    count: object,
    strict: bool,
    trace: bool,
    n: int = 7,
    what: str = "online information or services",
) -> Finding[date | None]:
    """The latest day to publish the advance notice of a voluntary suspension (or None)."""
    start = as_vn_date(starts, "starts")
    cal = check_calendar(calendar)
    reading = choose(count, "count", _COUNTS)
    _flag(force_majeure, "force_majeure")
    _flag(strict, "strict")
    _flag(trace, "trace")
    art.require(start)
    if force_majeure:
        return Finding(
            outcome=None,
            explanation=(
                f"Force majeure: no advance notice is owed before suspending {what} "
                f"({art.name}, 'trừ trường hợp bất khả kháng'). The duty to announce the "
                "suspension by an appropriate means and to start fixing the fault at once "
                f"remains ({art.failure.en}); a backup must keep the most necessary services "
                f"running ({art.backup.en})."
            ),
            basis=(art.failure, art.announce, art.backup),
            readings={"force_majeure": "no advance notice; announce and fix at once"},
        )
    if reading == "raise":
        raise ambiguous(
            "count",
            f'"{n:02d} ngày làm việc trước" does not say whether the notice day is one of the '
            f"{n} working days (inclusive) or {n} full working days must lie between (clear)",
        )
    period = WorkingDays(-n if reading == "inclusive" else -(n + 1))
    how = (
        f"the {n}th working day before"
        if reading == "inclusive"
        else f"{n} full working days strictly between the notice and"
    )
    found = deadline(
        cal,
        start,
        period,
        label="latest_notice_day",
        strict=strict,
        trace=trace,
        readings={"count": reading},
        basis=(art.content,),
        explanation=(
            f"A voluntary suspension of {what} starting on {{start}} must be announced "
            f"publicly at the latest on {{end}}: {how} the day the suspension starts "
            f"({art.name}, count={reading!r}); the notice must state the expected recovery time."
        ),
    )
    return Finding[date | None](
        outcome=found.outcome,
        explanation=found.explanation,
        basis=found.basis,
        caveats=found.caveats,
        readings=found.readings,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )


class SuspensionNotice(InputModel):
    """A suspension of online information or services and the notice the agency gave.

    ``kind``: ``"planned"`` (repair, upgrade, extension decided in advance) or
    ``"incident"`` (a failure that seriously affects or stops the service).
    ``published_at``: when the public notice was published (None: no notice).
    ``suspension_until``: when service resumed or is planned to resume (optional).
    ``states_recovery_time``, ``backup_in_place``: None when not known (→ undetermined).
    ``remedy_started_at``: for a failure, when fixing began (None: not known).
    """

    suspension_from: DateOrInstant
    kind: SuspensionKind
    published_at: DateOrInstant | None = None
    suspension_until: DateOrInstant | None = None
    states_recovery_time: StrictBool | None = None
    backup_in_place: StrictBool | None = None
    force_majeure: StrictBool = False
    remedy_started_at: DateOrInstant | None = None
    reference: str | None = None

    @model_validator(mode="after")
    def _order(self) -> SuspensionNotice:
        if self.suspension_until is not None and not _not_before(
            self.suspension_until, self.suspension_from
        ):
            raise ValueError("suspension_until is before suspension_from")
        if self.remedy_started_at is not None and not _not_before(
            self.remedy_started_at, self.suspension_from
        ):
            raise ValueError("remedy_started_at is before suspension_from")
        return self

    @property
    def start_day(self) -> date:
        return _vn(self.suspension_from)


class DutyCheck(BaseModel):
    """One duty of a suspension notice: met, breached, not applicable or undetermined."""

    model_config = ConfigDict(frozen=True)

    duty: str
    status: DutyStatus
    basis: tuple[Citation, ...]
    explanation: str
    due: date | None = None  # the last day, for a dated duty


class SuspensionCheck(BaseModel):
    """Every duty of one suspension, checked against what the agency did."""

    model_config = ConfigDict(frozen=True)

    rule_set: str
    kind: SuspensionKind
    starts: date
    latest_notice_day: date | None  # None: no advance notice owed
    duties: tuple[DutyCheck, ...]

    def duty(self, name: str) -> DutyCheck:
        """The check of one duty by name (``advance_notice``, ``backup_plan``, …)."""
        for d in self.duties:
            if d.duty == name:
                return d
        known = ", ".join(d.duty for d in self.duties)
        raise InvalidInput(f"unknown duty {name!r}; duties: {known}")

    @property
    def breached(self) -> tuple[str, ...]:
        return tuple(d.duty for d in self.duties if d.status == "breached")

    @property
    def compliant(self) -> bool | None:
        """False if a duty is breached, None if one is undetermined, else True."""
        if self.breached:
            return False
        if any(d.status == "undetermined" for d in self.duties):
            return None
        return True


def _at_once(
    what: str, when: date | datetime | None, start: date, until: date | None, missing: DutyStatus
) -> tuple[DutyStatus, str]:
    if when is None:
        return missing, f"{what}: no date given"
    day = _vn(when)
    if day <= start:
        return "met", f"{what} on {day.isoformat()}, the day the suspension began or earlier"
    if until is not None and day > until:
        return "breached", (
            f"{what} only on {day.isoformat()}, after service resumed on {until.isoformat()}"
        )
    lag = (day - start).days
    return "undetermined", (
        f"{what} on {day.isoformat()}, {lag} day(s) after the suspension began: the decree "
        "says 'ngay' (at once) without a number of hours or days; judge whether that was "
        "immediate"
    )


def check_notice(
    art: SuspensionArticle,
    notice: object,
    *,
    calendar: object,
    count: object,
    force_majeure_announcement: object,
    strict: bool,
) -> Finding[SuspensionCheck]:
    """Check each duty of ``art`` against ``notice``."""
    if not isinstance(notice, SuspensionNotice):
        raise InvalidInput(f"notice must be a SuspensionNotice, got {type(notice).__name__}")
    # re-validate: model_copy(update=...) skips the validators
    sn: SuspensionNotice = SuspensionNotice.model_validate(dict(notice))
    cal = check_calendar(calendar)
    reading = choose(count, "count", _COUNTS)
    fm = choose(force_majeure_announcement, "force_majeure_announcement", _FM)
    _flag(strict, "strict")
    start = sn.start_day
    art.require(start)
    until = _vn(sn.suspension_until) if sn.suspension_until is not None else None
    published = _vn(sn.published_at) if sn.published_at is not None else None
    readings: dict[str, str] = {}
    caveats: tuple[str, ...] = ()
    trace_steps = None
    duties: list[DutyCheck] = []
    advance_owed = sn.kind == "planned" and not sn.force_majeure
    latest: date | None = None

    # 1. advance notice (planned, no force majeure)
    if advance_owed:
        found = notice_deadline(
            art,
            sn.suspension_from,
            force_majeure=False,
            calendar=cal,
            count=reading,
            strict=strict,
            trace=False,
        )
        latest = found.outcome
        assert latest is not None
        readings.update(found.readings)
        caveats = tuple(text_en(c) for c in found.caveats)  # English only until translated
        trace_steps = found.trace
        if published is None:
            status: DutyStatus = "breached"
            why = f"no notice was published; it was due by {latest.isoformat()}"
        elif published <= latest:
            status, why = "met", f"published {published.isoformat()}, by {latest.isoformat()}"
        else:
            late = cal.count(latest, published) if published <= cal.last else None
            status = "breached"
            why = f"published {published.isoformat()}, after the latest day {latest.isoformat()}"
            if late:
                why += f" ({late} working day(s) late)"
        duties.append(
            DutyCheck(
                duty="advance_notice",
                status=status,
                basis=(art.advance,),
                due=latest,
                explanation=f"Notice at the latest 07 working days before a voluntary "
                f"suspension (count={reading!r}): {why}.",
            )
        )
    else:
        why = "force majeure" if sn.force_majeure else "an unplanned failure"
        duties.append(
            DutyCheck(
                duty="advance_notice",
                status="not_applicable",
                basis=(art.advance,),
                explanation=f"No advance notice is owed for {why}.",
            )
        )

    # 2. announce at once (failure or force majeure)
    announce_owed = False
    if not advance_owed:
        if sn.force_majeure:
            if fm == "raise":
                raise ambiguous(
                    "force_majeure_announcement",
                    f"{art.name} excepts force majeure ('trừ trường hợp bất khả kháng'); it is "
                    "unclear whether only the advance notice or also the announcement is lifted",
                )
            readings["force_majeure_announcement"] = fm
            announce_owed = fm == "owed"
        else:
            announce_owed = True
    if announce_owed:
        status, why = _at_once("published", sn.published_at, start, until, "breached")
        if sn.published_at is None:
            why = "no public notice was published"
        duties.append(
            DutyCheck(
                duty="announce_at_once",
                status=status,
                basis=(art.announce,),
                due=start,
                explanation=f"Public notice by an appropriate means at once: {why}.",
            )
        )
    else:
        why = (
            "a planned suspension is announced in advance instead"
            if advance_owed
            else "force majeure excuses it (force_majeure_announcement='excused')"
        )
        duties.append(
            DutyCheck(
                duty="announce_at_once",
                status="not_applicable",
                basis=(art.announce,),
                explanation=f"No immediate announcement duty: {why}.",
            )
        )

    # 3. the notice states the expected recovery time
    if published is None and not (advance_owed or announce_owed):
        status, why = "not_applicable", "no notice was owed or published"
    elif published is None:
        status, why = "breached", "no notice was published, so none stated the recovery time"
    elif sn.states_recovery_time is None:
        status, why = "undetermined", "not known whether the notice states it"
    elif sn.states_recovery_time:
        status, why = "met", "the notice states the expected recovery time"
    else:
        status, why = "breached", "the notice does not state the expected recovery time"
    duties.append(
        DutyCheck(
            duty="recovery_time_stated",
            status=status,
            basis=(art.content,),
            explanation=f"The notice must state the expected recovery time: {why}.",
        )
    )

    # 4. fix a failure at once
    if sn.kind == "incident":
        status, why = _at_once("fixing began", sn.remedy_started_at, start, until, "undetermined")
        duties.append(
            DutyCheck(
                duty="remedy_at_once",
                status=status,
                basis=(art.failure,),
                due=start,
                explanation=f"A failure must be fixed at once: {why}.",
            )
        )
    else:
        duties.append(
            DutyCheck(
                duty="remedy_at_once",
                status="not_applicable",
                basis=(art.failure,),
                explanation="Not a failure: the immediate-remedy duty does not arise.",
            )
        )

    # 5. backup for the most necessary services
    if sn.backup_in_place is None:
        status, why = "undetermined", "not known whether a backup was deployed"
    elif sn.backup_in_place:
        status, why = "met", "a backup plan was deployed"
    else:
        status, why = "breached", "no backup plan was deployed"
    duties.append(
        DutyCheck(
            duty="backup_plan",
            status=status,
            basis=(art.backup,),
            explanation="Backup infrastructure must keep the most necessary information and "
            f"services running during the suspension: {why}.",
        )
    )

    check = SuspensionCheck(
        rule_set=art.rule_set,
        kind=sn.kind,
        starts=start,
        latest_notice_day=latest,
        duties=tuple(duties),
    )
    breached = check.breached
    summary = f"{art.name}: " + (
        f"breached: {', '.join(breached)}" if breached else "no duty breached"
    )
    open_ = [d.duty for d in duties if d.status == "undetermined"]
    if open_:
        summary += f"; undetermined: {', '.join(open_)}"
    return Finding(
        outcome=check,
        explanation=summary + ".",
        basis=tuple(c for d in duties if d.status != "not_applicable" for c in d.basis),
        caveats=caveats,
        readings=readings,
        trace=trace_steps,
        calendar_version=cal.version,
    )


# -- National Single Window incidents -------------------------------------------------------
class PortalIncident(InputModel):
    """An incident of the National Single Window portal (Decree 85/2019 Art 17).

    ``occurred_at``: when the portal failed (or force majeure stopped electronic exchange).
    ``expected_recovery``: the recovery time announced by the portal manager.
    ``recovered_at``: when the fix was completed (None: not yet).
    """

    occurred_at: DateOrInstant
    expected_recovery: DateOrInstant | None = None
    recovered_at: DateOrInstant | None = None
    force_majeure: StrictBool = False
    reference: str | None = None

    @model_validator(mode="after")
    def _order(self) -> PortalIncident:
        for name in ("expected_recovery", "recovered_at"):
            value: Any = getattr(self, name)
            if value is not None and not _not_before(value, self.occurred_at):
                raise ValueError(f"{name} is before occurred_at")
        return self

    @property
    def day(self) -> date:
        return _vn(self.occurred_at)


class IncidentDuty(BaseModel):
    """One duty arising from a portal incident, with who owes it and by when."""

    model_config = ConfigDict(frozen=True)

    duty: str
    who: Literal["portal_manager", "processing_agencies"]
    timing: IncidentTiming
    basis: tuple[Citation, ...]
    explanation: str
    due: date | None = None  # last day (by_date) or the day it arises (at_once)
    until: date | None = None  # for during_incident: the (expected) recovery day
    estimated: bool = False  # due/until rest on the expected, not the actual, recovery


class IncidentDuties(BaseModel):
    """The duties of one National Single Window incident."""

    model_config = ConfigDict(frozen=True)

    occurred: date
    recovery: date | None  # actual if known, else expected, else None
    recovery_is_actual: bool
    duties: tuple[IncidentDuty, ...]

    def duty(self, name: str) -> IncidentDuty:
        """The duty by name (``post_on_portal``, ``reconcile_data``, …)."""
        for d in self.duties:
            if d.duty == name:
                return d
        known = ", ".join(d.duty for d in self.duties)
        raise InvalidInput(f"unknown duty {name!r}; duties: {known}")

    @property
    def reconcile_by(self) -> date | None:
        return self.duty("reconcile_data").due
