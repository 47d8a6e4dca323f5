"""accessinfo: Vietnam's access-to-information and e-government duties as cited rules.

>>> from datetime import date
>>> import accessinfo as ai
>>> from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
>>> PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3))
datetime.date(2026, 1, 13)
"""

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    CalendarDays,
    DayInfo,
    WorkingCalendar,
    WorkingDays,
)
from accessinfo.citations import Citation, Instrument, instrument
from accessinfo.decisions import Decision, Finding, Step
from accessinfo.errors import AccessInfoError
from accessinfo.rules import Rule, applicable, registry, rule

__version__ = "0.1.0"

__all__ = [
    "PUBLIC_SECTOR",
    "VN_TZ",
    "AccessInfoError",
    "CalendarDays",
    "Citation",
    "DayInfo",
    "Decision",
    "Finding",
    "Instrument",
    "Rule",
    "Step",
    "WorkingCalendar",
    "WorkingDays",
    "__version__",
    "applicable",
    "instrument",
    "registry",
    "rule",
]
