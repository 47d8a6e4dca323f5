"""Điều 4. Cung cấp thông tin theo yêu cầu cho công dân thông qua tổ chức, đoàn thể, doanh nghiệp

Decree 13/2018/NĐ-CP, Art. 4: citizens may ask through their organisation, association or
enterprise only when several of its members want the same information. The organisation
names a representative, who files the request with a list of those members (each one's
name, identity or passport number, and reason and purpose); the ordinary procedure of
Chapter III of the Law then applies, with no clock of its own.

"Nhiều người" (several people) is not quantified. We read it as two or more members
(``many_members="two_or_more"``, docs/readings/organisation-requests.md);
``many_members="raise"`` refuses to choose.

Clauses encoded (verbatim, pháp điển):

1. Việc yêu cầu cung cấp thông tin của công dân thông qua tổ chức, đoàn thể, doanh nghiệp
(sau đây gọi chung là tổ chức) được thực hiện trong trường hợp nhiều người trong tổ chức có
cùng yêu cầu tiếp cận đối với thông tin giống nhau. Tổ chức yêu cầu cung cấp thông tin có
trách nhiệm cử người đại diện để thực hiện việc yêu cầu cung cấp thông tin.

2. Người đại diện có trách nhiệm lập Danh sách những người có cùng yêu cầu cung cấp thông tin
giống nhau, gửi Phiếu yêu cầu cung cấp thông tin kèm theo Danh sách những người yêu cầu đến
cơ quan có trách nhiệm cung cấp thông tin và thực hiện việc yêu cầu cung cấp thông tin theo
quy định.

Danh sách những người yêu cầu cung cấp thông tin phải có đầy đủ các nội dung sau: Họ, tên; số
chứng minh nhân dân hoặc thẻ căn cước công dân hoặc hộ chiếu và lý do, mục đích của từng
người yêu cầu.

>>> from accessinfo.models.access import Requester
>>> org = Requester(kind="organisation", members_with_same_request=2, member_list_complete=True)
>>> organisation_request_allowed(org).outcome
True
>>> organisation_request_allowed(org).readings
{'many_members': 'two_or_more'}

From 1 September 2026 (Decree 337/2026 Art 15.3) the decree survives only for pending Law 104
requests, without a saving clause: pass the day the rule is applied and the answer says so.

>>> from datetime import date
>>> late = organisation_request_allowed(org, on=date(2026, 9, 1))
>>> late.status, late.basis[-1].id
('provisional', 'law_01_2026.art31.c4')
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import Requester, as_model

from . import INSTRUMENT as DECREE_13
from . import after_end

__all__ = ["ManyMembers", "organisation_request_allowed"]

ManyMembers = Literal["two_or_more", "raise"]


# Khoản 1: "trong trường hợp nhiều người trong tổ chức có cùng yêu cầu … thông tin giống nhau";
# khoản 2: "Danh sách … phải có đầy đủ các nội dung sau"
@rule(DECREE_13.cite(4, 1), DECREE_13.cite(4, 2))
def organisation_request_allowed(
    requester: Requester,
    *,
    many_members: ManyMembers = "two_or_more",
    on: date | datetime | None = None,
    strict: bool = False,
) -> Finding[bool]:
    """Whether citizens may ask through this organisation: several members, a full list.

    ``on``: the day the rule is applied (None: not said). From 2026-09-01 the answer is
    provisional (the decree ended without a saving clause) and ``strict=True`` refuses it.
    """
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
        raise ambiguous("many_members", msg("decree_13_2018.art4.many_members_unsettled"))
    caveats, basis = after_end(on, strict)
    n = req.members_with_same_request
    text: Text
    if n is None:
        outcome, text = False, msg("decree_13_2018.art4.no_count")
    elif n < 2:
        outcome, text = False, msg("decree_13_2018.art4.too_few", n=n)
    elif req.member_list_complete is False:
        outcome, text = False, msg("decree_13_2018.art4.list_incomplete")
    else:
        outcome = True
        key = "allowed" if req.member_list_complete else "allowed.check_list"
        text = msg(f"decree_13_2018.art4.{key}", n=n)
    return Finding(
        outcome=outcome,
        explanation=text,
        basis=basis,
        caveats=caveats,
        readings={"many_members": reading},
    )
