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

from accessinfo.calendar import WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.citations import Citation, Instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.inputs import DateOrInstant, InputModel
from accessinfo.core.messages import Text, later, msg
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
# excused (default): the exception in Decree 64/2007 Art 16.1(a) "Thông báo công khai bằng hình
# thức phù hợp, trừ trường hợp bất khả kháng" is attached to the notice itself, so force majeure
# lifts the announcement; owed: only the advance notice is lifted and the public notice is due
# at once (borrowed from Decree 47/2020 Art 43.4). docs/readings/force-majeure-announcement.md
ForceMajeureAnnouncement = Literal["owed", "excused", "raise"]
DutyStatus = Literal["met", "breached", "not_applicable", "undetermined"]
SuspensionKind = Literal["planned", "incident"]
IncidentTiming = Literal["at_once", "by_date", "during_incident", "unspecified"]

_COUNTS = ("inclusive", "clear", "raise")
_FM: tuple[ForceMajeureAnnouncement, ...] = ("owed", "excused", "raise")


# -- input helpers --------------------------------------------------------------------------
def _vn(value: date | datetime) -> date:
    # as_vn_date, not astimezone: no detour through UTC (which can leave years 1-9999)
    return as_vn_date(value) if isinstance(value, datetime) else value


def _not_before(later: date | datetime, earlier: date | datetime) -> bool:
    """True unless ``later`` is strictly before ``earlier`` (instants if both have times)."""
    if isinstance(later, datetime) and isinstance(earlier, datetime):
        return later >= earlier
    return _vn(later) >= _vn(earlier)


def require_in_force(inst: Instrument, on: date, what: str) -> None:
    """NoApplicableRule unless ``inst`` is in force on ``on`` (the day of ``what``)."""
    if not inst.in_force(on):
        end = inst.valid_until
        until = msg("errors.until_exclusive", day=end) if end else msg("errors.until_open")
        name = Text(inst.name_en, inst.name_vi)
        raise NoApplicableRule(
            msg(
                "errors.articles.not_in_force",
                name=name,
                start=inst.valid_from,
                until=until,
                what=what,
                day=on,
            )
        )


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{value!r:.60}"))
    return value


# -- suspension notices ---------------------------------------------------------------------
def latest_notice_day(
    calendar: WorkingCalendar, start: date, n: int, count: Literal["inclusive", "clear"]
) -> date:
    """The last day on which a notice "N working days before ``start``" may be published."""
    return calendar.add(start, WorkingDays(-n if count == "inclusive" else -(n + 1)))


@dataclass(frozen=True)
class SuspensionArticle:
    """The provisions of one version of the suspension rule.

    ``announce`` is the provision requiring a public notice after a failure, or None when the
    article has none (Decree 224/2026 Art 13: a failure owes an immediate remedy, 13.1(b),
    not a notice). ``what`` names the services in the messages (``outages.what.<what>``).
    """

    rule_set: str
    name: str  # e.g. "Decree 64/2007 Art 16"
    name_vi: str  # e.g. "Điều 16 Nghị định số 64/2007/NĐ-CP"
    advance: Citation  # notice at the latest 07 working days before
    content: Citation  # the notice states the expected recovery time
    failure: Citation  # a failure: fix at once
    announce: Citation | None  # public notice after a failure (None: no such duty)
    backup: Citation  # backup infrastructure for the most necessary services
    valid_from: date
    valid_until: date | None  # exclusive
    what: Literal["online", "digital"] = "online"

    def require(self, on: date) -> None:
        if on < self.valid_from or (self.valid_until is not None and on >= self.valid_until):
            end = self.valid_until
            until = msg("errors.until_exclusive", day=end) if end else msg("errors.until_open")
            raise NoApplicableRule(
                msg(
                    "errors.articles.suspension_not_in_force",
                    name=Text(en=self.name, vi=self.name_vi),
                    start=self.valid_from,
                    until=until,
                    day=on,
                )
            )

    def message(self, key: str, **params: Any) -> Text:
        """``outages.<key>`` with the article's names and citations filled in."""
        return msg(
            f"outages.{key}",
            art=Text(en=self.name, vi=self.name_vi),
            what=msg(f"outages.what.{self.what}"),
            advance=self.advance,
            failure=self.failure,
            backup=self.backup,
            **params,
        )


def _fm_reading(art: SuspensionArticle, value: object) -> ForceMajeureAnnouncement | None:
    """The force-majeure reading, or None when the article has no announcement to excuse."""
    fm = choose(value, "force_majeure_announcement", _FM)
    if art.announce is None:
        return None  # Decree 224/2026: the only notice is the advance one; nothing to read
    if fm == "raise":
        raise ambiguous(
            "force_majeure_announcement",
            f"{art.name} excepts force majeure ('trừ trường hợp bất khả kháng'); read literally "
            "it lifts the announcement too (excused); borrowed from Decree 47/2020 Art 43.4, "
            "only the advance notice is lifted (owed)",
        )
    return fm


def notice_deadline(
    art: SuspensionArticle,
    starts: date | datetime,
    *,
    force_majeure: bool,
    calendar: object,
    count: object,
    strict: bool,
    trace: bool,
    force_majeure_announcement: object = "excused",
    n: int = 7,
) -> Finding[date | None]:
    """The latest day to publish the advance notice of a voluntary suspension (or None)."""
    start = as_vn_date(starts, "starts")
    cal = check_calendar(calendar)
    reading = choose(count, "count", _COUNTS)
    _flag(force_majeure, "force_majeure")
    _flag(strict, "strict")
    _flag(trace, "trace")
    art.require(start)
    fm = _fm_reading(art, force_majeure_announcement)
    if force_majeure:
        if art.announce is None:
            return Finding(
                outcome=None,
                explanation=art.message("notice.force_majeure.no_announcement"),
                basis=(art.failure, art.backup),
                readings={"force_majeure": "no advance notice; fix at once"},
            )
        owed = fm == "owed"
        return Finding(
            outcome=None,
            explanation=art.message(
                f"notice.force_majeure.{'owed' if owed else 'excused'}", announce=art.announce
            ),
            basis=(art.failure, art.announce, art.backup) if owed else (art.failure, art.backup),
            readings={
                "force_majeure": "no advance notice; announce and fix at once"
                if owed
                else "no advance notice, no announcement; fix at once",
                "force_majeure_announcement": fm or "excused",
            },
        )
    if reading == "raise":
        raise ambiguous(
            "count",
            f'"{n:02d} ngày làm việc trước" does not say whether the notice day is one of the '
            f"{n} working days (inclusive) or {n} full working days must lie between (clear)",
        )
    period = WorkingDays(-n if reading == "inclusive" else -(n + 1))
    found = deadline(
        cal,
        start,
        period,
        label="latest_notice_day",
        strict=strict,
        trace=trace,
        readings={"count": reading},
        basis=(art.content,),
        explanation=later(
            f"outages.notice.deadline.{reading}",
            art=Text(en=art.name, vi=art.name_vi),
            what=msg(f"outages.what.{art.what}"),
            n=n,
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

    model_config = ConfigDict(frozen=True, defer_build=True)

    duty: str
    status: DutyStatus
    basis: tuple[Citation, ...]
    explanation: str
    due: date | None = None  # the last day, for a dated duty
    explanation_vi: str | None = None


def _check(
    duty: str,
    status: DutyStatus,
    basis: tuple[Citation, ...],
    text: Text,
    due: date | None = None,
) -> DutyCheck:
    return DutyCheck(
        duty=duty, status=status, basis=basis, explanation=text.en, explanation_vi=text.vi, due=due
    )


class SuspensionCheck(BaseModel):
    """Every duty of one suspension, checked against what the agency did."""

    model_config = ConfigDict(frozen=True, defer_build=True)

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
        raise InvalidInput(msg("errors.articles.unknown_duty", name=f"{name!r:.60}", known=known))

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
    when: date | datetime | None, start: date, until: date | None, missing: DutyStatus
) -> tuple[DutyStatus, str, dict[str, Any]]:
    """Status of an "at once" duty done at ``when``: (status, message variant, values)."""
    if when is None:
        return missing, "none", {}
    day = _vn(when)
    if day <= start:
        return "met", "same_day", {"day": day}
    if until is not None and day > until:
        return "breached", "after_recovery", {"day": day, "until": until}
    return "undetermined", "later", {"day": day, "lag": (day - start).days}


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
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="notice",
                expected=msg("errors.type.suspension_notice"),
                got=type(notice).__name__,
            )
        )
    # re-validate: model_copy(update=...) skips the validators
    sn: SuspensionNotice = SuspensionNotice.model_validate(dict(notice))
    cal = check_calendar(calendar)
    reading = choose(count, "count", _COUNTS)
    _flag(strict, "strict")
    start = sn.start_day
    art.require(start)
    fm = _fm_reading(art, force_majeure_announcement)
    until = _vn(sn.suspension_until) if sn.suspension_until is not None else None
    published = _vn(sn.published_at) if sn.published_at is not None else None
    readings: dict[str, str] = {}
    caveats: tuple[str | Text, ...] = ()
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
        # how the day was counted (Civil Code Art 147.3: the first day of the suspension is not
        # one of the working days), as the latest-notice-day rule cites it
        counted = tuple(c for c in found.basis if c.instrument.id == "code_91_2015")
        readings.update(found.readings)
        caveats = found.caveats
        trace_steps = found.trace
        if published is None:
            status: DutyStatus = "breached"
            text = art.message("advance.missing", count=repr(reading), latest=latest)
        elif published <= latest:
            status = "met"
            text = art.message(
                "advance.met", count=repr(reading), published=published, latest=latest
            )
        else:
            late = cal.count(latest, published) if published <= cal.last else None
            status = "breached"
            key = "advance.late_by" if late else "advance.late"
            text = art.message(
                key, count=repr(reading), published=published, latest=latest, late=late or 0
            )
        duties.append(_check("advance_notice", status, (art.advance, *counted), text, due=latest))
    else:
        why = "force_majeure" if sn.force_majeure else "failure"
        duties.append(
            _check(
                "advance_notice", "not_applicable", (art.advance,), art.message(f"advance.na.{why}")
            )
        )

    # 2. announce at once (failure or force majeure; Decree 64/2007 only)
    announce_owed = False
    if not advance_owed and art.announce is not None:
        if sn.force_majeure:
            assert fm is not None
            readings["force_majeure_announcement"] = fm
            announce_owed = fm == "owed"
        else:
            announce_owed = True
    if announce_owed:
        assert art.announce is not None
        status, variant, values = _at_once(sn.published_at, start, until, "breached")
        duties.append(
            _check(
                "announce_at_once",
                status,
                (art.announce,),
                art.message(f"announce.{variant}", **values),
                due=start,
            )
        )
    else:
        if advance_owed:
            variant = "planned"
        elif art.announce is None:
            variant = "no_duty"
        else:
            variant = "excused"
        duties.append(
            _check(
                "announce_at_once",
                "not_applicable",
                (art.announce or art.failure,),
                art.message(f"announce.na.{variant}"),
            )
        )

    # 3. the notice states the expected recovery time (only a notice the article requires)
    if not (advance_owed or announce_owed):
        status, variant = "not_applicable", "not_owed"
    elif published is None:
        status, variant = "breached", "missing"
    elif sn.states_recovery_time is None:
        status, variant = "undetermined", "unknown"
    elif sn.states_recovery_time:
        status, variant = "met", "met"
    else:
        status, variant = "breached", "breached"
    duties.append(
        _check("recovery_time_stated", status, (art.content,), art.message(f"content.{variant}"))
    )

    # 4. fix a failure at once
    if sn.kind == "incident":
        status, variant, values = _at_once(sn.remedy_started_at, start, until, "undetermined")
        text = art.message(f"remedy.{variant}", **values)
        duties.append(_check("remedy_at_once", status, (art.failure,), text, due=start))
    else:
        duties.append(
            _check("remedy_at_once", "not_applicable", (art.failure,), art.message("remedy.na"))
        )

    # 5. backup for the most necessary services
    if sn.backup_in_place is None:
        status, variant = "undetermined", "unknown"
    elif sn.backup_in_place:
        status, variant = "met", "met"
    else:
        status, variant = "breached", "breached"
    duties.append(_check("backup_plan", status, (art.backup,), art.message(f"backup.{variant}")))

    check = SuspensionCheck(
        rule_set=art.rule_set,
        kind=sn.kind,
        starts=start,
        latest_notice_day=latest,
        duties=tuple(duties),
    )
    breached = check.breached
    open_ = [d.duty for d in duties if d.status == "undetermined"]
    head = (
        art.message("summary.breached", duties=", ".join(breached))
        if breached
        else art.message("summary.none")
    )
    tail = art.message("summary.undetermined", duties=", ".join(open_)) if open_ else None
    summary = Text(
        en=head.en + (tail.en if tail else "") + ".", vi=head.vi + (tail.vi if tail else "") + "."
    )
    return Finding(
        outcome=check,
        explanation=summary,
        basis=tuple(c for d in duties if d.status != "not_applicable" for c in d.basis),
        caveats=caveats,
        readings=readings,
        trace=trace_steps,
        calendar_version=cal.version,
    )


# -- National Single Window incidents -------------------------------------------------------
class PortalIncident(InputModel):
    """An incident of the National Single Window portal (Decree 85/2019 Art 17; from
    2026-10-15 Decree 336/2026, whose successor provision has not been read).

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

    model_config = ConfigDict(frozen=True, defer_build=True)

    duty: str
    who: Literal["portal_manager", "processing_agencies"]
    timing: IncidentTiming
    basis: tuple[Citation, ...]
    explanation: str
    due: date | None = None  # last day (by_date) or the day it arises (at_once)
    until: date | None = None  # for during_incident: the (expected) recovery day
    estimated: bool = False  # due/until rest on the expected, not the actual, recovery
    explanation_vi: str | None = None


class IncidentDuties(BaseModel):
    """The duties of one National Single Window incident."""

    model_config = ConfigDict(frozen=True, defer_build=True)

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
        raise InvalidInput(msg("errors.articles.unknown_duty", name=f"{name!r:.60}", known=known))

    @property
    def reconcile_by(self) -> date | None:
        return self.duty("reconcile_data").due
