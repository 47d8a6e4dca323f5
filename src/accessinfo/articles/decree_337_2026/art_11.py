"""Điều 11. Cung cấp thông tin theo yêu cầu cho công dân thông qua tổ chức, đoàn thể, doanh nghiệp

Decree 337/2026/NĐ-CP, Art. 11 (detailing Law 01/2026/QH16 Art 29.2): citizens may ask
through their organisation, association or enterprise only when several of its members want
the same information. The organisation appoints a representative, who draws up the list of
the individuals asking and sends the request on form 01b (Art 9.2) to the agency responsible;
the ordinary procedure then applies (Art 10), with no clock of its own.

"Nhiều người" (several people) is not quantified. As under Decree 13/2018/NĐ-CP Art 4, which
used the same words, we read it as two or more members (``many_members="two_or_more"``,
docs/readings/organisation-requests.md); ``many_members="raise"`` refuses to choose. Unlike
Decree 13/2018 Art 4.2, the text does not list what the list of individuals must contain: that
is for form 01b, whose official layout accessinfo has not read (a caveat says so).

Clauses encoded (verbatim, one unofficial copy):

1. Việc yêu cầu cung cấp thông tin của công dân thông qua tổ chức, đoàn thể, doanh nghiệp (sau
đây gọi là tổ chức) được thực hiện trong trường hợp nhiều người trong tổ chức có cùng yêu cầu
tiếp cận đối với thông tin giống nhau. Tổ chức có trách nhiệm cử người đại diện để thực hiện
việc yêu cầu cung cấp thông tin.

2. Người đại diện có trách nhiệm lập Danh sách cá nhân có yêu cầu thông tin, gửi Phiếu yêu cầu
cung cấp thông tin theo Mẫu số 01b ban hành kèm theo Nghị định này đến cơ quan, đơn vị có trách
nhiệm cung cấp thông tin và thực hiện việc yêu cầu cung cấp thông tin theo quy định.

>>> from accessinfo.models.access import Requester
>>> org = Requester(kind="organisation", members_with_same_request=2, member_list_complete=True)
>>> organisation_request_allowed(org).outcome
True
>>> organisation_request_allowed(org).readings
{'many_members': 'two_or_more'}

The same legal effect as Decree 13/2018/NĐ-CP Art 4, which it succeeds (Decree 13/2018 ended on
2026-09-01, Art 15.3): the two are versions of one rule family, ``organisation_request_allowed``,
Decree 13/2018's until 2026-08-31 and this one from 2026-09-01. ``on`` (the day the rule is
applied, optional) must fall within this version; a Law 104 request still pending after that day
uses Decree 13/2018 Art 4 with its own caveat (docs/readings/organisation-requests.md).

>>> from datetime import date
>>> try:
...     organisation_request_allowed(org, on=date(2026, 8, 31))
... except LookupError as exc:
...     print(exc.code)
no-applicable-rule
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import Requester, as_model, check_flag

from . import INSTRUMENT as DECREE

__all__ = ["ManyMembers", "organisation_request_allowed"]

ManyMembers = Literal["two_or_more", "raise"]


# Khoản 1: "trong trường hợp nhiều người trong tổ chức có cùng yêu cầu … thông tin giống nhau";
# khoản 2: "lập Danh sách cá nhân có yêu cầu thông tin, gửi Phiếu … theo Mẫu số 01b"
# The version of Decree 13/2018 Art 4 (same family, same function name) from 2026-09-01.
@rule(
    DECREE.cite(11, 1),
    DECREE.cite(11, 2),
    DECREE.cite(9, 2),
    family="organisation_request_allowed",
    key="on",
)
def organisation_request_allowed(
    requester: Requester,
    *,
    many_members: ManyMembers = "two_or_more",
    on: date | datetime | None = None,
    strict: bool = False,
) -> Finding[bool]:
    """Whether citizens may ask through this organisation: several members, a list, form 01b.

    ``on``: the day the rule is applied (None: not said); before 2026-09-01 NoApplicableRule.
    """
    check_flag(strict=strict)
    if on is not None:
        as_vn_date(on, "on")
    req = as_model(Requester, requester, "requester")
    reading = choose(many_members, "many_members", ("two_or_more", "raise"))
    if req.kind != "organisation":
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name="requester.kind",
                options="'organisation'",
                value=f"{req.kind!r:.60}",
            )
        )
    if reading == "raise":
        raise ambiguous("many_members", msg("decree_337_2026.art11.many_members_unsettled"))
    readings = {"many_members": reading}
    n = req.members_with_same_request
    if n is None:
        return Finding(
            outcome=False,
            explanation=msg("decree_337_2026.art11.members_unknown"),
            readings=readings,
        )
    if n < 2:
        return Finding(
            outcome=False,
            explanation=msg("decree_337_2026.art11.too_few", n=n),
            readings=readings,
        )
    if req.member_list_complete is False:
        return Finding(
            outcome=False,
            explanation=msg("decree_337_2026.art11.no_list"),
            readings=readings,
            caveats=(msg("decree_337_2026.art11.form_01b_unread"),),
        )
    key = "allowed" if req.member_list_complete else "allowed_check_list"
    return Finding(
        outcome=True,
        explanation=msg(f"decree_337_2026.art11.{key}", n=n),
        readings=readings,
        caveats=(msg("decree_337_2026.art11.form_01b_unread"),),
    )
