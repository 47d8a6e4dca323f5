"""Điều 29. Điều khoản áp dụng

Law 01/2026/QH16, Art. 29: foreigners residing in Vietnam may ask for information directly
related to their own rights and duties, by the procedure of Section 3 of Chapter III (clause 1);
citizens may ask through their organisation, association or enterprise when several of its
members want the same information, as the Government is to detail (clause 2).

Clause 2 is detailed by Decree 337/2026/NĐ-CP Art 11 (several members, read as two or more; a
representative who sends form 01b with the list of individuals asking), which replaced Decree
13/2018/NĐ-CP Art 4 on 2026-09-01, the day this Law took effect.

Clauses encoded (verbatim, one unofficial copy):

1. Người nước ngoài cư trú tại Việt Nam được yêu cầu cung cấp thông tin liên quan trực tiếp đến
quyền và nghĩa vụ của mình.

Việc cung cấp thông tin đối với người nước ngoài cư trú tại Việt Nam được áp dụng theo quy định
tại Mục 3 Chương III của Luật này.

2. Công dân có thể yêu cầu cung cấp thông tin thông qua tổ chức, đoàn thể, doanh nghiệp của mình
trong trường hợp nhiều người của tổ chức, đoàn thể, doanh nghiệp đó cùng có yêu cầu cung cấp
thông tin giống nhau.

Chính phủ quy định chi tiết khoản này.

>>> from accessinfo.models.access import Requester
>>> foreign_resident_may_request(
...     Requester(kind="foreigner_resident", concerns_own_rights=True)
... ).outcome
True
>>> org = Requester(kind="organisation", members_with_same_request=3, member_list_complete=True)
>>> request_via_organisation(org).outcome
True
"""

from __future__ import annotations

from accessinfo.articles.decree_337_2026.art_11 import ManyMembers, organisation_request_allowed
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import Requester, as_model

from . import INSTRUMENT as LAW

__all__ = ["foreign_resident_may_request", "request_via_organisation"]


# Khoản 1: "Người nước ngoài cư trú tại Việt Nam được yêu cầu cung cấp thông tin liên quan trực
# tiếp đến quyền và nghĩa vụ của mình"
@rule(LAW.cite(29, 1))
def foreign_resident_may_request(requester: Requester) -> Finding[bool]:
    """Whether a foreigner may ask: only if residing in Vietnam, about their own rights."""
    req = as_model(Requester, requester, "requester")
    if req.kind == "foreigner_nonresident":
        return Finding(
            outcome=False,
            explanation=msg("law_01_2026.art29.nonresident"),
        )
    if req.kind != "foreigner_resident":
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name="requester.kind",
                options="'foreigner_resident', 'foreigner_nonresident'",
                value=f"{req.kind!r:.60}",
            )
        )
    if req.concerns_own_rights is False:
        return Finding(
            outcome=False,
            explanation=msg("terms.foreigner.not_own_rights"),
        )
    scope = msg(
        "terms.foreigner.scope.own" if req.concerns_own_rights else "terms.foreigner.scope.unstated"
    )
    return Finding(outcome=True, explanation=msg("law_01_2026.art29.may_ask", scope=scope))


# Khoản 2: "thông qua tổ chức, đoàn thể, doanh nghiệp của mình trong trường hợp nhiều người ...
# cùng có yêu cầu cung cấp thông tin giống nhau"; "Chính phủ quy định chi tiết khoản này"
@rule(LAW.cite(29, 2))
def request_via_organisation(
    requester: Requester, *, many_members: ManyMembers = "two_or_more"
) -> Finding[bool]:
    """Whether citizens may ask through this organisation (detailed by Decree 337/2026 Art 11)."""
    d = organisation_request_allowed(requester, many_members=many_members)
    return Finding(
        outcome=d.outcome,
        explanation=explanation_of(d),
        basis=d.basis,
        readings=d.readings,
        caveats=caveats_of(d),
    )
