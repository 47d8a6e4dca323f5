"""Sharing state data (Decree 47/2020/NĐ-CP, as amended by Decree 194/2025/NĐ-CP).

Facade: each function picks the version of its rule in force on the date given and returns
a cited :class:`~accessinfo.core.decisions.Decision`. Open data is the one way of sharing whose
provisions were repealed first (from 2025-08-19): asked about on or after that day, the answer
says so and cites the repeal.

Decree 278/2025/NĐ-CP repealed Decree 47/2020 in full from 2025-10-22, and its text has not
been found: every function here raises ``NoApplicableRule`` naming Decree 278/2025 for a date
from 2025-10-22 (a dated duty: for a duty falling due from that day), rather than answer under
the repealed decree (``docs/readings/decree-47-2020-repeal.md``).

>>> from datetime import date
>>> from accessinfo.tasks.data_sharing import DataRequest, sharing_mode
>>> sharing_mode(DataRequest(recipient="state_agency"), on=date(2025, 10, 21)).outcome.way
'specific_request'
>>> d = sharing_mode(DataRequest(recipient="organisation", open_data=True), on=date(2025, 9, 1))
>>> d.outcome.in_force, d.basis[1].id
(False, 'decree_194_2025.art40')
>>> try:
...     sharing_mode(DataRequest(recipient="state_agency"), on=date(2025, 10, 22))
... except LookupError as exc:
...     print(exc.code, "Decree No. 278/2025/NĐ-CP" in exc.message)
no-applicable-rule True
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from accessinfo.articles.decree_47_2020 import OPEN_DATA_REPEALED_ON, REPEALING, in_force_on
from accessinfo.articles.decree_47_2020._types import (
    ChargeRegime,
    DataKind,
    DataRequest,
    DataSubject,
    ProhibitedAct,
    Recipient,
    SharingRoute,
    SharingWay,
)
from accessinfo.articles.decree_47_2020.art_8 import PROHIBITED_ACTS
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Text, msg
from accessinfo.core.rules import applicable
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput, OutsideCalendar

__all__ = [
    "PROHIBITED_ACTS",
    "ChargeRegime",
    "DataKind",
    "DataRequest",
    "DataSubject",
    "ProhibitedAct",
    "Recipient",
    "SharingRoute",
    "SharingWay",
    "default_list_review_due",
    "may_ask_in_writing",
    "may_collect_again",
    "prohibited_acts",
    "shared_by_default",
    "sharing_fee",
    "sharing_mode",
]


_OPEN_DATA_HINT = msg(
    "decree_47_2020.hint.open_data",
    day=OPEN_DATA_REPEALED_ON,
    name=Text(REPEALING.name_en, REPEALING.name_vi),
)


def _version(family: str, when: object, name: str = "on", hint: Text | None = None) -> Any:
    day = as_vn_date(when, name)
    in_force_on(day, name, hint=hint)  # from 2025-10-22: refused, naming Decree 278/2025
    return applicable(f"data_sharing.{family}", on=day).function


@public
def sharing_mode(request: DataRequest, *, on: date | datetime) -> Decision[SharingRoute]:
    """How the data asked for is shared on ``on``: which way, and whether it is still in force.

    State secrets fall outside the decree (Art 1.2); open data follows Arts 3.4/6.2 until
    2025-08-19 and is answered "repealed" (Decree 194/2025 Art 40) from then; a state agency
    gets data by default or on specific request (Art 6.3); organisations and individuals get
    their own data, another's with consent, or the rest under the access-to-information law
    in force (Art 5.6).
    """
    if not isinstance(request, DataRequest):
        raise InvalidInput(
            msg(
                "errors.must_be", name="request", expected="DataRequest", got=type(request).__name__
            )
        )
    if request.state_secret:
        family = "state_secret"
    elif request.open_data:
        family = "open_data"
    elif request.recipient == "state_agency":
        family = "between_agencies"
    else:
        family = "with_public"
    fn = _version(family, on, hint=_OPEN_DATA_HINT if family == "open_data" else None)
    if family in ("state_secret", "open_data"):
        return cast("Decision[SharingRoute]", fn(on=on))
    return cast("Decision[SharingRoute]", fn(request, on=on))


@public
def may_collect_again(
    *,
    available_by_sharing: bool,
    on: date | datetime,
    meets_quality_standards: bool = True,
    law_provides_otherwise: bool = False,
) -> Decision[bool]:
    """Whether an agency may collect again data another agency shares (Art 5.2: as a rule no)."""
    fn = _version("may_collect_again", on)
    return cast(
        "Decision[bool]",
        fn(
            available_by_sharing=available_by_sharing,
            on=on,
            meets_quality_standards=meets_quality_standards,
            law_provides_otherwise=law_provides_otherwise,
        ),
    )


@public
def may_ask_in_writing(*, obtained_by_connection: bool, on: date | datetime) -> Decision[bool]:
    """Whether information is provided in writing though it flows by connection (Art 5.2)."""
    fn = _version("may_ask_in_writing", on)
    return cast("Decision[bool]", fn(obtained_by_connection=obtained_by_connection, on=on))


@public
def sharing_fee(
    recipient: Recipient, *, on: date | datetime, listed_in_fee_law: bool = False
) -> Decision[ChargeRegime]:
    """Free between state agencies unless the Law on Fees and Charges lists the data (Art 5.5)."""
    fn = _version("sharing_fee", on)
    return cast("Decision[ChargeRegime]", fn(recipient, on=on, listed_in_fee_law=listed_in_fee_law))


@public
def prohibited_acts(*, on: date | datetime) -> Decision[tuple[ProhibitedAct, ...]]:
    """The five acts Art 8 forbids in connecting and sharing data."""
    return cast("Decision[tuple[ProhibitedAct, ...]]", _version("prohibited_acts", on)(on=on))


@public
def shared_by_default(kind: DataKind, *, on: date | datetime) -> Decision[bool]:
    """Whether a kind of data is shared by default (Art 34.1)."""
    return cast("Decision[bool]", _version("shared_by_default", on)(kind, on=on))


@public
def default_list_review_due(
    last_review: date | datetime,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Decision[date]:
    """Latest day to review the default-sharing list again: 6 months after the last (Art 34.2)."""
    fn = _version("default_list_review_due", last_review, "last_review")
    day = as_vn_date(last_review, "last_review")
    if isinstance(calendar, WorkingCalendar) and day > calendar.last:  # 6 months on: past 9999
        raise OutsideCalendar(
            msg("errors.data_sharing.review_after_calendar", day=day, last=calendar.last)
        )
    return cast("Decision[date]", fn(last_review, calendar=calendar, strict=strict, trace=trace))
