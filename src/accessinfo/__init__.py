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

# The public names are imported on first use (PEP 562): `import accessinfo` then costs a few
# milliseconds, not the price of pydantic and the rule modules (issue 7, docs/benchmarks.md).
# Type checkers and IDEs read the eager imports below (mypy treats TYPE_CHECKING as true).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from accessinfo.access import (
        access_class,
        disclosure_duty,
        eligibility,
        refusal_grounds,
        request_costs,
    )
    from accessinfo.access_models import (
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
    from accessinfo.batch import add_many, count_many, request_deadlines_many
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
    from accessinfo.letters import extension_notice, refusal_letter
    from accessinfo.models import InformationRequest, RequestDeadlines
    from accessinfo.outages import (
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
    from accessinfo.requests import governing_rule_set, request_deadlines
    from accessinfo.rules import Rule, applicable, registry, rule
    from accessinfo.schema import load_decision, schemas
    from accessinfo.timeline import Duty, RequestEvent, RequestTimeline, request_timeline
    from accessinfo.versions import diff_calendars, recompute

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "PUBLIC_SECTOR": "accessinfo.calendar",
    "VN_TZ": "accessinfo.calendar",
    "CalendarDays": "accessinfo.calendar",
    "DayInfo": "accessinfo.calendar",
    "WorkingCalendar": "accessinfo.calendar",
    "WorkingDays": "accessinfo.calendar",
    "Citation": "accessinfo.citations",
    "Instrument": "accessinfo.citations",
    "instrument": "accessinfo.citations",
    "Decision": "accessinfo.decisions",
    "Finding": "accessinfo.decisions",
    "Step": "accessinfo.decisions",
    "AccessInfoError": "accessinfo.errors",
    "Rule": "accessinfo.rules",
    "applicable": "accessinfo.rules",
    "registry": "accessinfo.rules",
    "rule": "accessinfo.rules",
    "InformationRequest": "accessinfo.models",
    "RequestDeadlines": "accessinfo.models",
    "request_deadlines": "accessinfo.requests",
    "governing_rule_set": "accessinfo.requests",
    "request_timeline": "accessinfo.timeline",
    "RequestEvent": "accessinfo.timeline",
    "RequestTimeline": "accessinfo.timeline",
    "Duty": "accessinfo.timeline",
    "eligibility": "accessinfo.access",
    "access_class": "accessinfo.access",
    "refusal_grounds": "accessinfo.access",
    "request_costs": "accessinfo.access",
    "disclosure_duty": "accessinfo.access",
    "Requester": "accessinfo.access_models",
    "InformationItem": "accessinfo.access_models",
    "RefusalCase": "accessinfo.access_models",
    "CostOrder": "accessinfo.access_models",
    "CostLine": "accessinfo.access_models",
    "Eligibility": "accessinfo.access_models",
    "AccessClass": "accessinfo.access_models",
    "RefusalGround": "accessinfo.access_models",
    "CostBreakdown": "accessinfo.access_models",
    "refusal_letter": "accessinfo.letters",
    "extension_notice": "accessinfo.letters",
    "suspension_notice_deadline": "accessinfo.outages",
    "check_suspension_notice": "accessinfo.outages",
    "incident_duties": "accessinfo.outages",
    "data_sharing_suspension_notice_deadline": "accessinfo.outages",
    "user_suspension_notice_deadline": "accessinfo.outages",
    "SuspensionNotice": "accessinfo.outages",
    "SuspensionCheck": "accessinfo.outages",
    "PortalIncident": "accessinfo.outages",
    "IncidentDuties": "accessinfo.outages",
    "add_many": "accessinfo.batch",
    "count_many": "accessinfo.batch",
    "request_deadlines_many": "accessinfo.batch",
    "diff_calendars": "accessinfo.versions",
    "recompute": "accessinfo.versions",
    "schemas": "accessinfo.schema",
    "load_decision": "accessinfo.schema",
}
_SUBMODULES = frozenset(
    {
        "access",
        "batch",
        "calendar",
        "data_sharing",
        "errors",
        "letters",
        "outages",
        "requests",
        "rules",
        "schema",
        "timeline",
        "versions",
        "violations_db",
    }
)

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
    "access",
    "access_class",
    "add_many",
    "applicable",
    "batch",
    "calendar",
    "check_suspension_notice",
    "count_many",
    "data_sharing",
    "data_sharing_suspension_notice_deadline",
    "diff_calendars",
    "disclosure_duty",
    "eligibility",
    "errors",
    "extension_notice",
    "governing_rule_set",
    "incident_duties",
    "instrument",
    "letters",
    "load_decision",
    "outages",
    "recompute",
    "refusal_grounds",
    "refusal_letter",
    "registry",
    "request_costs",
    "request_deadlines",
    "request_deadlines_many",
    "request_timeline",
    "requests",
    "rule",
    "rules",
    "schema",
    "schemas",
    "suspension_notice_deadline",
    "timeline",
    "user_suspension_notice_deadline",
    "versions",
    "violations_db",
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
