"""The national database on administrative violations: who may use it, how, and by when.

Facade over Decree 20/2016/NĐ-CP Art 16 and Circular 13/2016/TT-BTP Arts 15–20. Each
function picks the version of its rule in force on the date given and returns a cited
:class:`~accessinfo.core.decisions.Decision`.

>>> from datetime import date
>>> import accessinfo.tasks.violations_db as vdb
>>> vdb.access_forms("supervisory_body", on=date(2026, 3, 2)).outcome.forms
('written_request',)
>>> # Received Tue 18/8/2026: 19, 20, 21, Sat 22 (swapped working day), Mon 24 -> 5th day
>>> vdb.written_request_deadline(date(2026, 8, 18)).outcome.respond_by
datetime.date(2026, 8, 24)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from accessinfo.articles.circular_13_2016._types import (
    AccessDeadlines,
    AccessForm,
    RefusalGround,
    RequestCosts,
    ViolationInfoRequest,
    ViolationRequester,
    WrittenRequestDeadlines,
)
from accessinfo.articles.circular_13_2016.art_15 import ManagingAgencyDuty
from accessinfo.articles.circular_13_2016.art_19 import GROUNDS
from accessinfo.articles.circular_13_2016.art_20 import ChargeReading
from accessinfo.articles.decree_20_2016.art_16 import (
    AccessForms,
    DatabaseUser,
    LookupReading,
    UserKind,
)
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Decision
from accessinfo.core.rules import applicable
from accessinfo.core.signature import public

__all__ = [
    "GROUNDS",
    "AccessDeadlines",
    "AccessForm",
    "AccessForms",
    "DatabaseUser",
    "ManagingAgencyDuty",
    "RefusalGround",
    "RequestCosts",
    "UserKind",
    "ViolationInfoRequest",
    "WrittenRequestDeadlines",
    "access_forms",
    "connection_deadlines",
    "database_forms",
    "lookup_deadlines",
    "managing_agency_duties",
    "refusal_grounds",
    "written_request_costs",
    "written_request_deadline",
]


def _version(family: str, when: object, name: str) -> Any:
    """The function of the version of ``family`` in force on ``when`` (validated)."""
    return applicable(f"violations_db.{family}", on=as_vn_date(when, name)).function


@public
def database_forms(*, on: date | datetime) -> Decision[tuple[AccessForm, ...]]:
    """The three forms of use: network connection, online lookup, written request."""
    return cast("Decision[tuple[AccessForm, ...]]", _version("forms", on, "on")(on=on))


@public
def access_forms(
    user: DatabaseUser | UserKind,
    *,
    on: date | datetime,
    online_lookup: LookupReading = "involved_users",
) -> Decision[AccessForms]:
    """Whether ``user`` may use the database on ``on``, and in which forms."""
    fn = _version("access_forms", on, "on")
    return cast("Decision[AccessForms]", fn(user, on=on, online_lookup=online_lookup))


@public
def connection_deadlines(
    received: date | datetime,
    *,
    approved: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Decision[AccessDeadlines]:
    """Network connection: decide within 07 working days, account within 10 after approval."""
    fn = _version("connection_deadlines", received, "received")
    return cast(
        "Decision[AccessDeadlines]",
        fn(received, approved=approved, calendar=calendar, strict=strict, trace=trace),
    )


@public
def lookup_deadlines(
    received: date | datetime,
    *,
    approved: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Decision[AccessDeadlines]:
    """Online lookup: decide within 05 working days, account within 01 after approval."""
    fn = _version("lookup_deadlines", received, "received")
    return cast(
        "Decision[AccessDeadlines]",
        fn(received, approved=approved, calendar=calendar, strict=strict, trace=trace),
    )


@public
def written_request_deadline(
    received: date | datetime,
    *,
    consultation: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Decision[WrittenRequestDeadlines]:
    """Written request: 05 working days; at most 15 from receipt when others are consulted."""
    fn = _version("written_request_deadlines", received, "received")
    return cast(
        "Decision[WrittenRequestDeadlines]",
        fn(received, consultation=consultation, calendar=calendar, strict=strict, trace=trace),
    )


@public
def refusal_grounds(
    request: ViolationInfoRequest, *, on: date | datetime
) -> Decision[tuple[RefusalGround, ...]]:
    """The cases of Circular 13/2016 Art 19 that bar providing the information (may be none)."""
    fn = _version("refusal_grounds", on, "on")
    return cast("Decision[tuple[RefusalGround, ...]]", fn(request, on=on))


@public
def written_request_costs(
    requester: ViolationRequester,
    *,
    on: date | datetime,
    printing_copying: int = 0,
    postage: int = 0,
    charge: ChargeReading = "actual_cost",
) -> Decision[RequestCosts]:
    """The actual costs a sanctioned requester pays (Art 20); supervisory bodies pay none."""
    fn = _version("written_request_costs", on, "on")
    return cast(
        "Decision[RequestCosts]",
        fn(requester, on=on, printing_copying=printing_copying, postage=postage, charge=charge),
    )


@public
def managing_agency_duties(*, on: date | datetime) -> Decision[tuple[ManagingAgencyDuty, ...]]:
    """The duties of the agency in charge of the database (Circular 13/2016 Art 15)."""
    fn = _version("managing_agency_duties", on, "on")
    return cast("Decision[tuple[ManagingAgencyDuty, ...]]", fn(on=on))
