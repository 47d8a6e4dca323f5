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

from datetime import date, datetime
from typing import Any

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Decision
from accessinfo.core.rules import applicable
from accessinfo.core.signature import public
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
    order: CostOrder, *, on: date | datetime, strict: bool = False
) -> Decision[CostBreakdown]:
    """The actual costs to pay before provision, in integer VND (Law 104 Art 12; Circular 46)."""
    fn = _version("request_costs", on)
    result: Decision[CostBreakdown] = fn(order, on=on, strict=strict)
    return result


@public
def disclosure_duty(category: str, *, on: date | datetime, strict: bool = False) -> Decision[Any]:
    """Whether a category of information must be disclosed, and on the portal (Arts 17, 19)."""
    fn = _version("disclosure_duty", on)
    result: Decision[Any] = fn(category, on=on, strict=strict)
    return result
