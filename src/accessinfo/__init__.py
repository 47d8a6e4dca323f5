"""accessinfo: Vietnam's access-to-information and e-government duties as cited rules.

>>> from datetime import date, datetime
>>> import accessinfo as ai
>>> ai.PUBLIC_SECTOR.add(date(2026, 1, 9), ai.WorkingDays(3))
datetime.date(2026, 1, 13)
>>> req = ai.InformationRequest(
...     received_at=datetime(2026, 1, 9, 9, 30, tzinfo=ai.VN_TZ),
...     channel="electronic",
...     complexity="complex",
... )
>>> d = ai.request_deadlines(req)
>>> d.outcome.notify_by, d.outcome.respond_by, d.rule_set
(datetime.date(2026, 1, 13), datetime.date(2026, 1, 29), 'law_104_2016')
"""

from __future__ import annotations

import importlib

from accessinfo import _compat

# The public names are imported on first use (PEP 562): `import accessinfo` then costs a few
# milliseconds, not the price of pydantic and the rule modules (issue 7, docs/benchmarks.md).
# Type checkers and IDEs read the eager imports below (mypy treats TYPE_CHECKING as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from accessinfo.batch import add_many, count_many, request_deadlines_many
    from accessinfo.calendar import (
        PUBLIC_SECTOR,
        VN_TZ,
        CalendarDays,
        DayInfo,
        WorkingCalendar,
        WorkingDays,
        load_calendar,
    )
    from accessinfo.core.citations import Citation, Instrument, instrument
    from accessinfo.core.decisions import Decision, Finding, Step
    from accessinfo.core.rules import Rule, applicable, registry, rule
    from accessinfo.errors import AccessInfoError
    from accessinfo.models.access import (
        AccessClass,
        CostBreakdown,
        CostLine,
        CostOrder,
        Eligibility,
        InformationItem,
        RefusalCase,
        RefusalGround,
        Requester,
    )
    from accessinfo.models.requests import InformationRequest, RequestDeadlines
    from accessinfo.surfaces.schema import load_decision, schemas
    from accessinfo.tasks.access import (
        access_class,
        disclosure_duty,
        eligibility,
        refusal_grounds,
        request_costs,
    )
    from accessinfo.tasks.letters import extension_notice, refusal_letter
    from accessinfo.tasks.outages import (
        IncidentDuties,
        PortalIncident,
        SuspensionCheck,
        SuspensionNotice,
        check_suspension_notice,
        data_sharing_suspension_notice_deadline,
        incident_duties,
        suspension_notice_deadline,
        user_suspension_notice_deadline,
    )
    from accessinfo.tasks.requests import governing_rule_set, request_deadlines
    from accessinfo.tasks.timeline import Duty, RequestEvent, RequestTimeline, request_timeline
    from accessinfo.versions import diff_calendars, recompute

__version__ = "0.2.0"

_EXPORTS: dict[str, str] = {
    "PUBLIC_SECTOR": "accessinfo.calendar",
    "VN_TZ": "accessinfo.calendar",
    "CalendarDays": "accessinfo.calendar",
    "DayInfo": "accessinfo.calendar",
    "WorkingCalendar": "accessinfo.calendar",
    "WorkingDays": "accessinfo.calendar",
    "load_calendar": "accessinfo.calendar",
    "Citation": "accessinfo.core.citations",
    "Instrument": "accessinfo.core.citations",
    "instrument": "accessinfo.core.citations",
    "Decision": "accessinfo.core.decisions",
    "Finding": "accessinfo.core.decisions",
    "Step": "accessinfo.core.decisions",
    "AccessInfoError": "accessinfo.errors",
    "Rule": "accessinfo.core.rules",
    "applicable": "accessinfo.core.rules",
    "registry": "accessinfo.core.rules",
    "rule": "accessinfo.core.rules",
    "InformationRequest": "accessinfo.models.requests",
    "RequestDeadlines": "accessinfo.models.requests",
    "request_deadlines": "accessinfo.tasks.requests",
    "governing_rule_set": "accessinfo.tasks.requests",
    "request_timeline": "accessinfo.tasks.timeline",
    "RequestEvent": "accessinfo.tasks.timeline",
    "RequestTimeline": "accessinfo.tasks.timeline",
    "Duty": "accessinfo.tasks.timeline",
    "eligibility": "accessinfo.tasks.access",
    "access_class": "accessinfo.tasks.access",
    "refusal_grounds": "accessinfo.tasks.access",
    "request_costs": "accessinfo.tasks.access",
    "disclosure_duty": "accessinfo.tasks.access",
    "Requester": "accessinfo.models.access",
    "InformationItem": "accessinfo.models.access",
    "RefusalCase": "accessinfo.models.access",
    "CostOrder": "accessinfo.models.access",
    "CostLine": "accessinfo.models.access",
    "Eligibility": "accessinfo.models.access",
    "AccessClass": "accessinfo.models.access",
    "RefusalGround": "accessinfo.models.access",
    "CostBreakdown": "accessinfo.models.access",
    "refusal_letter": "accessinfo.tasks.letters",
    "extension_notice": "accessinfo.tasks.letters",
    "suspension_notice_deadline": "accessinfo.tasks.outages",
    "check_suspension_notice": "accessinfo.tasks.outages",
    "incident_duties": "accessinfo.tasks.outages",
    "data_sharing_suspension_notice_deadline": "accessinfo.tasks.outages",
    "user_suspension_notice_deadline": "accessinfo.tasks.outages",
    "SuspensionNotice": "accessinfo.tasks.outages",
    "SuspensionCheck": "accessinfo.tasks.outages",
    "PortalIncident": "accessinfo.tasks.outages",
    "IncidentDuties": "accessinfo.tasks.outages",
    "add_many": "accessinfo.batch",
    "count_many": "accessinfo.batch",
    "request_deadlines_many": "accessinfo.batch",
    "diff_calendars": "accessinfo.versions",
    "recompute": "accessinfo.versions",
    "schemas": "accessinfo.surfaces.schema",
    "load_decision": "accessinfo.surfaces.schema",
}
# Subpackages and public modules reachable as attributes (``accessinfo.tasks``).
_SUBMODULES = frozenset(
    {"articles", "batch", "calendar", "core", "errors", "models", "surfaces", "tasks", "versions"}
)

_compat.install()  # old 0.1 module paths still import, with a DeprecationWarning

__all__ = [
    "PUBLIC_SECTOR",
    "VN_TZ",
    "AccessClass",
    "AccessInfoError",
    "CalendarDays",
    "Citation",
    "CostBreakdown",
    "CostLine",
    "CostOrder",
    "DayInfo",
    "Decision",
    "Duty",
    "Eligibility",
    "Finding",
    "IncidentDuties",
    "InformationItem",
    "InformationRequest",
    "Instrument",
    "PortalIncident",
    "RefusalCase",
    "RefusalGround",
    "RequestDeadlines",
    "RequestEvent",
    "RequestTimeline",
    "Requester",
    "Rule",
    "Step",
    "SuspensionCheck",
    "SuspensionNotice",
    "WorkingCalendar",
    "WorkingDays",
    "__version__",
    "access_class",
    "add_many",
    "applicable",
    "articles",
    "batch",
    "calendar",
    "check_suspension_notice",
    "core",
    "count_many",
    "data_sharing_suspension_notice_deadline",
    "diff_calendars",
    "disclosure_duty",
    "eligibility",
    "errors",
    "extension_notice",
    "governing_rule_set",
    "incident_duties",
    "instrument",
    "load_calendar",
    "load_decision",
    "models",
    "recompute",
    "refusal_grounds",
    "refusal_letter",
    "registry",
    "request_costs",
    "request_deadlines",
    "request_deadlines_many",
    "request_timeline",
    "rule",
    "schemas",
    "surfaces",
    "suspension_notice_deadline",
    "tasks",
    "user_suspension_notice_deadline",
    "versions",
]


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        value: object = importlib.import_module(f"accessinfo.{name}")
    else:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module 'accessinfo' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
