"""The legal status of every source the library relies on, as people can read it.

One report (:func:`legal_sources`) lists every instrument of ``_data/instruments.csv``: in
force from and to, what replaced it, the confidence of its text, the date its status was last
checked and what is still unknown about it; and the calendar: its version, the last day of the
announced schedules, and the days it still projects or derives (e.g. no New Year 2027 bridge
found, re-check after 20 December 2026). The command ``accessinfo sources`` prints it and the
documentation page *Legal status of the sources* is generated from it, so the three never
disagree.

>>> from datetime import date
>>> report = legal_sources(on=date(2026, 10, 15))
>>> row = report.instrument("decree_85_2019")
>>> row.valid_until, row.replaced_by, row.in_force
(datetime.date(2026, 10, 15), 'decree_336_2026', False)
>>> report.instrument("decree_336_2026").in_force
True
>>> any("New Year" in d.name_en for d in report.calendar.open_days)
True
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import PUBLIC_SECTOR, DayStatus, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Confidence, InstrumentKind, instruments, law_version
from accessinfo.core.messages import msg
from accessinfo.core.periods import check_calendar
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

__all__ = [
    "CalendarStatus",
    "InstrumentStatus",
    "OpenDay",
    "SourceGroup",
    "SourcesReport",
    "legal_sources",
]

# legal: acts that lay down rules (laws, codes, decrees, circulars, resolutions, decisions);
# calendar: the letters, notices and press reports the calendar's special days rest on.
SourceGroup = Literal["legal", "calendar"]
_CALENDAR_KINDS = frozenset({"letter", "notice", "report"})
# a calendar note asking for a later check (the New Year 2027 bridge)
_RECHECK = ("re-check", "recheck", "not found")


class InstrumentStatus(BaseModel):
    """One instrument: validity, successor, confidence, last check and what is unknown."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    kind: InstrumentKind
    group: SourceGroup
    name_vi: str
    name_en: str
    title_en: str
    valid_from: date
    valid_until: date | None  # exclusive; None: no end known
    in_force: bool | None  # on the report's date (None: no date asked)
    replaced_by: str | None
    replaced_by_name: str | None
    confidence: Confidence
    last_checked: date | None
    unknowns: str
    note: str
    url: str | None


class OpenDay(BaseModel):
    """A day of the calendar whose status no enacted act settles yet, or a note to re-check."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    date: date
    status: DayStatus
    working: bool
    name_vi: str
    name_en: str
    note: str


class CalendarStatus(BaseModel):
    """The calendar's version and what it does not know yet."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    name: str
    version: str
    known_until: date  # the last day of the announced schedules
    open_days: tuple[OpenDay, ...]  # derived or projected days, and notes to re-check


class SourcesReport(BaseModel):
    """Every source, the calendar, and the law version the library answers with."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    law_version: str
    as_of: date | None
    instruments: tuple[InstrumentStatus, ...]
    calendar: CalendarStatus

    def instrument(self, instrument_id: str) -> InstrumentStatus:
        """The row of one instrument by id."""
        for row in self.instruments:
            if row.id == instrument_id:
                return row
        raise InvalidInput(msg("errors.sources.unknown_instrument", value=f"{instrument_id!r:.60}"))

    @property
    def unknowns(self) -> tuple[tuple[str, str], ...]:
        """(instrument id, what is unknown) for every instrument with an open question."""
        return tuple((r.id, r.unknowns) for r in self.instruments if r.unknowns)


def _open_days(cal: WorkingCalendar) -> tuple[OpenDay, ...]:
    out = []
    for year in range(cal.first.year, cal.known_until.year + 1):
        for d in cal.special_days(year):
            uncertain = d.status in ("derived", "projected")
            recheck = any(word in d.note.lower() for word in _RECHECK)
            if (uncertain and d.date <= cal.known_until) or recheck:
                out.append(
                    OpenDay(
                        date=d.date,
                        status=d.status,
                        working=d.working,
                        name_vi=d.name_vi,
                        name_en=d.name_en,
                        note=d.note,
                    )
                )
    return tuple(out)


@public
def legal_sources(
    *,
    on: date | datetime | None = None,
    group: SourceGroup | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
) -> SourcesReport:
    """The legal status of every instrument, and what the calendar does not know yet.

    ``on``: a date to mark which instruments are in force that day (None: not marked).
    ``group``: ``"legal"`` (acts) or ``"calendar"`` (the letters, notices and reports behind
    the calendar); None: both.
    """
    day = None if on is None else as_vn_date(on, "on")
    if group is not None and group not in ("legal", "calendar"):
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name="group",
                options="legal, calendar, None",
                value=f"{group!r:.60}",
            )
        )
    cal = check_calendar(calendar)
    table = instruments()
    rows = []
    for inst in table.values():
        kind_group: SourceGroup = "calendar" if inst.kind in _CALENDAR_KINDS else "legal"
        if group is not None and kind_group != group:
            continue
        successor = table.get(inst.replaced_by) if inst.replaced_by else None
        rows.append(
            InstrumentStatus(
                id=inst.id,
                kind=inst.kind,
                group=kind_group,
                name_vi=inst.name_vi,
                name_en=inst.name_en,
                title_en=inst.title_en,
                valid_from=inst.valid_from,
                valid_until=inst.valid_until,
                in_force=None if day is None else inst.in_force(day),
                replaced_by=inst.replaced_by,
                replaced_by_name=successor.name_en if successor else None,
                confidence=inst.confidence,
                last_checked=inst.last_checked,
                unknowns=inst.unknowns,
                note=inst.note,
                url=inst.url,
            )
        )
    rows.sort(key=lambda r: (r.group != "legal", r.valid_from, r.id))
    return SourcesReport(
        law_version=law_version(),
        as_of=day,
        instruments=tuple(rows),
        calendar=CalendarStatus(
            name=cal.name,
            version=cal.version,
            known_until=cal.known_until,
            open_days=_open_days(cal),
        ),
    )
