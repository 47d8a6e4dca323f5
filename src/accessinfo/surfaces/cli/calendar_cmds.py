"""Calendar commands: day, add, count, special-days."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from accessinfo.calendar import (
    CalendarDays,
    DayInfo,
    WorkingCalendar,
    WorkingDays,
)
from accessinfo.core.citations import Citation, instrument, law_version
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Text, join, msg
from accessinfo.errors import CalendarUnknown, UnverifiedText
from accessinfo.surfaces.cli._common import (
    _UNCERTAIN,
    fmt_date,
    parse_date,
    parse_int,
)


# -- the calendar questions as Decisions --------------------------------------------------------
def _week_source() -> Citation:
    return instrument("decision_188_1999").cite(1)


def _unconfirmed(info: DayInfo) -> Text:
    return msg(f"cli.unconfirmed.{info.status}", d=info.date, name=Text(info.name_en, info.name_vi))


def _unverified(source: Citation | None) -> Text | None:
    if source is None or source.instrument.verified:
        return None
    inst = source.instrument
    return msg("core.unverified_text", name=Text(inst.name_en, inst.name_vi), note=inst.note or "—")


def _decision(
    tp: Any,
    outcome: Any,
    basis: tuple[Citation, ...],
    explanation: Text,
    caveats: list[Text],
    cal: WorkingCalendar,
) -> Decision[Any]:
    return Decision[tp](  # the outcome type, chosen by the caller
        outcome=outcome,
        basis=basis,
        explanation=explanation,
        status="provisional" if caveats else "final",
        caveats=tuple(dict.fromkeys(caveats)),
        rule_set=cal.name,
        calendar_version=cal.version,
        law_version=law_version(),
    )


def _refuse(strict: bool, unknown: list[Text], unverified: list[Text]) -> None:
    """``strict=True``: refuse an answer resting on unannounced days or unverified sources."""
    if not strict:
        return
    if unknown:
        raise CalendarUnknown(msg("errors.cli.strict_unknown", caveats=join(unknown)))
    if unverified:
        raise UnverifiedText(msg("errors.cli.strict_unverified", sources=join(unverified, "; ")))


def day_decision(cal: WorkingCalendar, d: date, *, strict: bool = False) -> Decision[DayInfo]:
    """Is ``d`` a working day, and why (the source of the day's status).

    Provisional when the day is derived or projected, lies past the announced schedules, or
    rests on an unverified source; ``strict=True`` refuses those (CalendarUnknown,
    UnverifiedText).
    """
    info = cal.day(d)
    unknown: list[Text] = []
    if info.status in _UNCERTAIN:
        unknown.append(_unconfirmed(info))
    elif info.date > cal.known_until and info.kind in ("working", "weekend"):
        unknown.append(msg("cli.day.beyond_known", day=info.date, known_until=cal.known_until))
    unverified = [t for t in (_unverified(info.source),) if t is not None]
    _refuse(strict, unknown, unverified)
    explanation = msg(
        "cli.day.explanation",
        d=info.date,
        what=msg("cli.day.working" if info.working else "cli.day.rest"),
        kind=msg(f"cli.kind.{info.kind}"),
        name=Text(info.name_en, info.name_vi),
    )
    return _decision(
        DayInfo, info, (info.source or _week_source(),), explanation, [*unknown, *unverified], cal
    )


def count_decision(
    cal: WorkingCalendar, start: date, end: date, *, strict: bool = False
) -> Decision[int]:
    """Working days in ``(start, end]`` (day zero not counted); negative when ``end`` is
    before ``start``: then ``end`` is that many working days before ``start``."""
    n = cal.count(start, end)
    lo, hi = sorted((start, end))
    unknown = [
        _unconfirmed(i)
        for y in range(lo.year, hi.year + 1)
        for i in cal.special_days(y)
        if lo < i.date <= hi and i.status in _UNCERTAIN
    ]
    if hi > cal.known_until:
        unknown.append(msg("cli.count.beyond_known", known_until=cal.known_until))
    _refuse(strict, unknown, [])
    if n >= 0:
        explanation = msg("cli.count.after", n=n, start=start, end=end)
    else:
        explanation = msg("cli.count.before", n=-n, start=start, end=end)
    basis = (instrument("code_91_2015").cite(147, 3), _week_source())
    return _decision(int, n, basis, explanation, unknown, cal)


def special_days_decision(
    cal: WorkingCalendar, year: int, *, strict: bool = False
) -> Decision[tuple[DayInfo, ...]]:
    """The special days of ``year``, each with its kind and source."""
    days = tuple(cal.special_days(year))
    basis = tuple(dict.fromkeys(i.source for i in days if i.source)) or (_week_source(),)
    unknown = [_unconfirmed(i) for i in days if i.status in _UNCERTAIN]
    unverified = [t for t in dict.fromkeys(_unverified(i.source) for i in days) if t is not None]
    _refuse(strict, unknown, unverified)
    rest = sum(1 for i in days if not i.working)
    explanation = msg(
        "cli.special.explanation", n=len(days), year=year, rest=rest, working=len(days) - rest
    )
    return _decision(tuple[DayInfo, ...], days, basis, explanation, [*unknown, *unverified], cal)


def _cmd_day(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    d = day_decision(cal, parse_date(a.date), strict=a.strict)
    info = d.outcome
    key = "cli.day.headline_working" if info.working else "cli.day.headline_rest"
    return d, msg(key, day=_date(info.date))


def _cmd_add(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    start = parse_date(a.start, "start")
    n = parse_int(a.n, "n")
    period = CalendarDays(n) if a.calendar_days else WorkingDays(n)
    d = cal.add(start, period, roll=a.roll, trace=True, strict=a.strict)
    unit = "calendar" if a.calendar_days else "working"
    key = "cli.add.headline_after" if n >= 0 else "cli.add.headline_before"
    days = Text(f"{unit} day(s)", msg(f"terms.days.{unit}").vi)
    return d, msg(key, n=abs(n), days=days, start=_date(start), end=_date(d.outcome))


def _cmd_count(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    start, end = parse_date(a.start, "start"), parse_date(a.end, "end")
    d = count_decision(cal, start, end, strict=a.strict)
    n = d.outcome
    if n >= 0:
        return d, msg("cli.count.headline_after", n=n, start=start, end=end)
    return d, msg("cli.count.headline_before", n=-n, start=start, end=end)


def _cmd_special(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    d = special_days_decision(cal, parse_int(a.year, "year"), strict=a.strict)
    lines = [msg("cli.special.headline", year=a.year, calendar=cal.name)]
    for i in d.outcome:
        src = msg("cli.special.override") if i.source is None else _cite(i.source)
        mark = msg("cli.special.work" if i.working else "cli.special.rest")
        status = msg(f"calendar.status.{i.status}")
        kind = msg(f"calendar.kind.{i.kind}")
        en = (
            f"  {fmt_date(i.date):<36} {mark}  {kind:<20} {i.name_en} / {i.name_vi}"
            f"  [{src}; {status}]"
        )
        vi = f"  {_date(i.date).vi:<20} {mark.vi}  {i.name_vi}  [{src.vi}; {status.vi}]"
        lines.append(Text(en, vi))
    return d, Text("\n".join(lines), "\n".join(x.vi for x in lines))


def _date(d: date) -> Text:
    """A date as the CLI shows it: ``Friday 2026-01-09 (Thứ Sáu)`` / ``Thứ Sáu, 09/01/2026``."""
    return Text(fmt_date(d), msg("terms.date_long", d=d).vi)


def _cite(c: Citation) -> Text:
    return Text(c.en, str(c))


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("day", parents=[common], help="is a day a working day, and why")
    s.set_defaults(handler=_cmd_day)
    s.add_argument("date", help="YYYY-MM-DD or an ISO datetime with offset")

    s = sub.add_parser(
        "add", parents=[common], help="add (or subtract) working or calendar days to a date"
    )
    s.set_defaults(handler=_cmd_add)
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
    s.set_defaults(handler=_cmd_count)
    s.add_argument("start")
    s.add_argument("end")

    s = sub.add_parser(
        "special-days",
        aliases=["holidays"],
        parents=[common],
        help="holidays, compensatory and swapped days of a year",
    )
    s.set_defaults(handler=_cmd_special)
    s.add_argument("year")
