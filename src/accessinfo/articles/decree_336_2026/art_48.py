"""Điều 48. Hiệu lực thi hành (thay thế Nghị định số 85/2019/NĐ-CP)

Decree 336/2026/NĐ-CP, Art. 48: the decree takes effect on 15 October 2026 and replaces Decree
85/2019/NĐ-CP. Only this much is known, from three independent secondary sources
(research-update-2026-12 §3); the article's wording and the provision that succeeds Decree
85/2019 Art 17 (handling incidents of the National Single Window portal) were not read.

So for an incident from 15 October 2026 :func:`incident_duties` computes the duties of Decree
85/2019 Art 17 (post at once, notify the processing agencies and the declarants, continue on
paper or specialised systems, publish the list of procedures handled offline, reconcile the
data within 01 working day of the fix) as a provisional answer: the Decision cites this
article first, carries a caveat naming Decree 336/2026 and what is unknown, and
``strict=True`` raises ``AmbiguousReading`` (code ``ambiguous-reading``).

Reading (``docs/readings/incident-duties-after-decree-85.md``): the version is chosen by the
day the incident occurred (Vietnam time); an incident that began on 14 October 2026 stays
under Decree 85/2019 Art 17 even if it is fixed later.

No clause is quoted: the verbatim article was not found.

The portal fails on Thursday 15 October 2026 and is fixed on Friday 16 October: the first
working day after the fix is Monday 19 October, the last day to reconcile the data if the
duty of Decree 85/2019 Art 17.5 carried over.

>>> from datetime import date
>>> from accessinfo.articles._outages import PortalIncident
>>> fixed = PortalIncident(occurred_at=date(2026, 10, 15), recovered_at=date(2026, 10, 16))
>>> d = incident_duties(fixed)
>>> d.outcome.reconcile_by, d.status, d.rule_set
(datetime.date(2026, 10, 19), 'provisional', 'decree_336_2026')
"""

from __future__ import annotations

from accessinfo.articles._outages import IncidentDuties, PortalIncident
from accessinfo.articles.decree_85_2019 import INSTRUMENT as DECREE_85
from accessinfo.articles.decree_85_2019.art_17 import art_17_duties, checked_incident
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import check_calendar
from accessinfo.core.rules import rule
from accessinfo.errors import AmbiguousReading, NoApplicableRule

from . import INSTRUMENT as DECREE_336
from . import REPLACES_FROM

__all__ = ["incident_duties"]


# "thay thế Nghị định 85/2019/NĐ-CP" (Art 48, secondary sources); successor of its Art 17 unread
@rule(DECREE_336.cite(48), DECREE_85.cite(17), family="incident_duties")
def incident_duties(
    incident: PortalIncident,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[IncidentDuties]:
    """The duties after a National Single Window incident from 15 October 2026 (provisional)."""
    checked = checked_incident(incident)
    cal = check_calendar(calendar)
    day = checked.day
    if day < REPLACES_FROM:
        raise NoApplicableRule(msg("decree_336_2026.art48.before", since=REPLACES_FROM, day=day))
    if strict:
        raise AmbiguousReading(msg("decree_336_2026.art48.strict", since=REPLACES_FROM, day=day))
    found = art_17_duties(checked, cal, strict=strict, trace=trace)
    assert isinstance(found.explanation, Text)
    return Finding(
        outcome=found.outcome,
        explanation=msg(
            "decree_336_2026.art48.incident_duties",
            day=day,
            since=REPLACES_FROM,
            duties=found.explanation,
        ),
        basis=found.basis,
        caveats=(
            msg("decree_336_2026.art48.successor_unread", since=REPLACES_FROM),
            *found.caveats,
        ),
        provisional=True,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )
