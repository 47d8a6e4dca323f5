"""Điều 36. Điều khoản áp dụng

Law 104/2016/QH13, Art. 36: the Law also serves two groups beyond the individual citizen. A
foreigner residing in Vietnam may ask, but only for information that bears directly on their
own rights and duties, by the ordinary procedure of Chapter III; a foreigner who does not
reside in Vietnam has no right under the Law. Citizens may ask through their organisation,
association or enterprise when several of its members want the same information (detailed by
Decree 13/2018/NĐ-CP Art. 4).

Clauses encoded (verbatim, pháp điển):

1. Người nước ngoài cư trú tại Việt Nam có quyền yêu cầu cung cấp thông tin liên quan trực
tiếp đến quyền và nghĩa vụ của họ.

Trình tự, thủ tục yêu cầu cung cấp thông tin đối với người nước ngoài cư trú tại Việt Nam được
áp dụng theo quy định tại Chương III của Luật này.

2. Công dân có thể yêu cầu cung cấp thông tin thông qua tổ chức, đoàn thể, doanh nghiệp của
mình trong trường hợp nhiều người của tổ chức, đoàn thể, doanh nghiệp đó cùng có yêu cầu cung
cấp thông tin giống nhau.

>>> from accessinfo.models.access import Requester
>>> foreigner_may_request(Requester(kind="foreigner_resident", concerns_own_rights=True)).outcome
True
>>> foreigner_may_request(Requester(kind="foreigner_nonresident")).outcome
False
"""

from __future__ import annotations

from accessinfo.articles.decree_13_2018.art_4 import ManyMembers, organisation_request_allowed
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import Requester, as_model

from . import INSTRUMENT as LAW_104

__all__ = ["foreigner_may_request", "request_through_organisation"]


# Khoản 1: "Người nước ngoài cư trú tại Việt Nam có quyền yêu cầu cung cấp thông tin liên quan
# trực tiếp đến quyền và nghĩa vụ của họ."
@rule(LAW_104.cite(36, 1))
def foreigner_may_request(requester: Requester) -> Finding[bool]:
    """Whether a foreigner may ask: only if residing in Vietnam, about their own rights."""
    req = as_model(Requester, requester, "requester")
    if req.kind == "foreigner_nonresident":
        return Finding(
            outcome=False,
            explanation=msg("terms.foreigner.nonresident"),
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
    return Finding(outcome=True, explanation=msg("law_104_2016.art36.may_ask", scope=scope))


# Khoản 2: "thông qua tổ chức, đoàn thể, doanh nghiệp của mình trong trường hợp nhiều người …
# cùng có yêu cầu cung cấp thông tin giống nhau"
@rule(LAW_104.cite(36, 2))
def request_through_organisation(
    requester: Requester, *, many_members: ManyMembers = "two_or_more"
) -> Finding[bool]:
    """Whether citizens may ask through this organisation (detailed by Decree 13/2018 Art 4)."""
    d = organisation_request_allowed(requester, many_members=many_members)
    return Finding(
        outcome=d.outcome,
        explanation=explanation_of(d),
        basis=d.basis,
        readings=d.readings,
        caveats=caveats_of(d),
    )
