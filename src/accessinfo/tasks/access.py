"""Facades for the substantive access rules: each picks the version in force on ``on``.

``on`` is the date the request was sent (a date, or an aware datetime read in Vietnam time).
Law 104/2016/QH13 answers for requests sent from 2018-07-01 to 2026-08-31 (and keeps them
after, Law 01/2026 Art 31.4); Law 01/2026/QH16 answers from 2026-09-01 once its versions are
registered. Keyword readings (``personal_data=``, ``many_members=``) pass through to the
version that accepts them; a reading the version does not know is bad input.

>>> from datetime import date
>>> from accessinfo.models.access import InformationItem, RefusalCase
>>> d = refusal_grounds(
...     RefusalCase(item=InformationItem(category="working_secret")), on=date(2026, 8, 22)
... )
>>> d.rule_set, [g.kind for g in d.outcome]
('law_104_2016', ['excluded_information'])
"""

from __future__ import annotations

import warnings
from datetime import date, datetime
from typing import Any

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import msg
from accessinfo.core.rules import applicable
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.access import (
    AccessClass,
    CostBreakdown,
    CostOrder,
    Eligibility,
    InformationItem,
    RefusalCase,
    RefusalGround,
    Requester,
)

__all__ = ["access_class", "disclosure_duty", "eligibility", "refusal_grounds", "request_costs"]

# Law 104/2016 and Circular 46/2018 took effect on 2018-07-01: no costs rule before.
COSTS_FROM = date(2018, 7, 1)


def _version(family: str, on: object) -> Any:
    day = as_vn_date(on, "on")
    return applicable(family, on=day).function


@public
def eligibility(
    requester: Requester, *, on: date | datetime, strict: bool = False, **readings: str
) -> Decision[Eligibility]:
    """Whether ``requester`` may ask, through whom and for what (Law 104 Arts 4, 36; …)."""
    fn = _version("eligibility", on)
    result: Decision[Eligibility] = fn(requester, on=on, strict=strict, **readings)
    return result


@public
def access_class(
    item: InformationItem, *, on: date | datetime, strict: bool = False, **readings: str
) -> Decision[AccessClass]:
    """Open, forbidden or conditional, and whether ``item`` may be provided (Law 104 Arts 5–7)."""
    fn = _version("access_class", on)
    result: Decision[AccessClass] = fn(item, on=on, strict=strict, **readings)
    return result


@public
def refusal_grounds(
    case: RefusalCase, *, on: date | datetime, strict: bool = False, **readings: str
) -> Decision[tuple[RefusalGround, ...]]:
    """Every ground on which the request is refused; empty if none (Law 104 Art 28)."""
    fn = _version("refusal_grounds", on)
    result: Decision[tuple[RefusalGround, ...]] = fn(case, on=on, strict=strict, **readings)
    return result


@public
def request_costs(
    order: CostOrder,
    *,
    sent: date | datetime | None = None,
    priced_on: date | datetime | None = None,
    strict: bool = False,
    **readings: Any,
) -> Decision[CostBreakdown]:
    """The costs to pay for a request, in integer VND, by the day it was SENT.

    ``sent`` (a date, or an aware datetime read in Vietnam time) picks both the law and the
    circular whose prices apply: sent from 2018-07-01 to 2026-08-31, Law 104/2016 Art 12 with
    Circular 46/2018 (its prices, the 70% / 50% area reductions, free e-mail and fax), even if
    the request is answered and priced after 2026-09-01 (Law 01/2026 Art 31.4, Circular 126/2026
    Art 5); sent from 2026-09-01, Law 01/2026 Art 25 with Circular 126/2026 (same prices, A1 ×8,
    A0 ×16, no reduction, no line for e-mail) and Decree 337/2026 Art 14.1. A date before
    2018-07-01 raises ``NoApplicableRule``. ``priced_on``: the day the agency prices the request,
    if known; it never changes the rates, but a Law 104 request priced from 2026-09-01 cites the
    saving clauses and the end of Decree 13/2018. Readings (``unpriced_sending=``) pass through
    to the version that accepts them; a reading it does not know is bad input.

    ``on=`` is the deprecated name of ``sent=`` (it warns with ``DeprecationWarning``).
    """
    if "on" in readings:
        on = readings.pop("on")
        if sent is not None:
            raise InvalidInput(msg("errors.access.sent_and_on"))
        warnings.warn(
            "request_costs(on=...) is deprecated: use sent=, the day the request was sent, "
            "which picks the law and the circular that price it",
            DeprecationWarning,
            stacklevel=2,
        )
        sent = on
    if sent is None:
        raise InvalidInput(msg("errors.access.costs_need_sent"))
    day = as_vn_date(sent, "sent")
    fn = _pricing_rule(day)
    result: Decision[CostBreakdown] = fn(
        order, sent=sent, priced_on=priced_on, strict=strict, **readings
    )
    return result


def _pricing_rule(sent: date) -> Any:
    """The version of ``request_costs`` for a request sent on ``sent`` (a VN date)."""
    if sent < COSTS_FROM:
        raise NoApplicableRule(
            msg("circular_126_2026.art6.none_for_request", day=sent, start=COSTS_FROM)
        )
    return applicable("request_costs", on=sent).function


@public
def disclosure_duty(category: str, *, on: date | datetime, strict: bool = False) -> Decision[Any]:
    """Whether a category of information must be disclosed, and on the portal (Arts 17, 19)."""
    fn = _version("disclosure_duty", on)
    result: Decision[Any] = fn(category, on=on, strict=strict)
    return result
