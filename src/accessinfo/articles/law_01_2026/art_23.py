"""Điều 23. Thông tin được cung cấp theo yêu cầu

Law 01/2026/QH16, Art. 23: what is provided on request. Information on the Art 17.1 disclosure
list only in three cases: (a) its disclosure period has begun but it has not been disclosed;
(b) its disclosure period has ended; (c) it is disclosed, but force majeure keeps the requester
from reaching it (clause 1). Conditionally accessible information whose Art 16 conditions are
met (clause 2). Information about the requester's own life, living, production or business
that is neither on the Art 17 list nor conditional (clause 3). Beyond these, the agency may
provide other information it created or holds to protect the public interest or public health,
as its duties and means allow (clause 4): a discretion, not a duty.

Clauses encoded (verbatim, one unofficial copy):

Thông tin được cung cấp theo yêu cầu bao gồm:

1. Thông tin phải được công khai theo quy định tại khoản 1 Điều 17 của Luật này nếu thuộc một
trong các trường hợp sau đây:

a) Thông tin trong thời hạn công khai nhưng chưa được công khai;

b) Thông tin hết thời hạn công khai theo quy định của pháp luật;

c) Thông tin đang được công khai nhưng vì lý do bất khả kháng người yêu cầu không thể tiếp cận
được;

2. Thông tin liên quan đến đời sống riêng tư, bí mật cá nhân, dữ liệu cá nhân, bí mật gia đình,
bí mật kinh doanh đủ điều kiện cung cấp theo quy định tại Điều 16 của Luật này;

3. Thông tin liên quan đến đời sống, sinh hoạt, sản xuất, kinh doanh của người yêu cầu cung cấp
thông tin nhưng không thuộc loại thông tin quy định tại Điều 17 của Luật này và khoản 2 Điều
này;

4. Ngoài thông tin quy định tại các khoản 1, 2 và 3 Điều này, căn cứ vào nhiệm vụ, quyền hạn,
điều kiện và khả năng thực tế của mình, cơ quan, đơn vị có thể cung cấp thông tin khác do mình
tạo ra hoặc nắm giữ để bảo vệ lợi ích công cộng, sức khỏe của cộng đồng.

>>> from accessinfo.models.access import InformationItem
>>> item = InformationItem(
...     category="open", mandatory_disclosure=True, disclosure_exception="force_majeure"
... )
>>> provided_on_request(item).outcome
'must_provide'
>>> provided_on_request(InformationItem(category="open")).outcome
'may_provide'
>>> provided_on_request(InformationItem(category="open"), concerns_requester=True).outcome
'must_provide'
"""

from __future__ import annotations

from typing import Literal

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, msg
from accessinfo.core.rules import rule
from accessinfo.models.access import InformationItem, as_model, check_flag

from . import INSTRUMENT as LAW
from .art_15 import forbidden_information
from .art_16 import CONSENT_CATEGORIES, conditional_access

__all__ = ["EXCEPTION_POINTS", "OnRequest", "provided_on_request"]

# must_provide: Art 23.1-23.3; may_provide: Art 23.4 (the agency's discretion);
# not_on_request: closed, conditions unmet, or already disclosed with no Art 23.1 case.
OnRequest = Literal["must_provide", "may_provide", "not_on_request"]
EXCEPTION_POINTS = {
    "not_yet_disclosed": ("a", "its disclosure period has begun but it has not been disclosed"),
    "disclosure_period_expired": ("b", "its disclosure period has ended"),
    "force_majeure": ("c", "force majeure keeps the requester from reaching it"),
}


# "Thông tin được cung cấp theo yêu cầu bao gồm: 1. ... 2. ... 3. ... 4. ... có thể cung cấp"
@rule(LAW.cite(23))
def provided_on_request(
    item: InformationItem, *, concerns_requester: bool = False
) -> Finding[OnRequest]:
    """Whether the item is information the agency provides on request (Art 23).

    ``concerns_requester``: the information relates to the requester's own life, living,
    production or business (clause 3).
    """
    it = as_model(InformationItem, item, "item")
    check_flag(concerns_requester=concerns_requester)
    if it.mandatory_disclosure:
        if it.disclosure_exception is None:
            return Finding(
                outcome="not_on_request",
                basis=(LAW.cite(23, 1), LAW.cite(27, 2)),
                explanation=msg("law_01_2026.art23.disclosed_only"),
            )
        point = EXCEPTION_POINTS[it.disclosure_exception][0]
        why = msg(f"law_01_2026.art23.why.{it.disclosure_exception}")
        return Finding(
            outcome="must_provide",
            basis=(LAW.cite(23, 1, point),),
            explanation=msg("law_01_2026.art23.exception", why=why, point=point),
        )
    if it.category in CONSENT_CATEGORIES or it.category == "historical_archive":
        c = conditional_access(it)
        ok = c.outcome.accessible
        return Finding(
            outcome="must_provide" if ok else "not_on_request",
            basis=(LAW.cite(23, 2), *c.basis),
            explanation=explanation_of(c),
            caveats=caveats_of(c),
        )
    f = forbidden_information(it)
    if f.outcome:
        return Finding(
            outcome="not_on_request",
            basis=(*f.basis, LAW.cite(27, 1)),
            explanation=explanation_of(f),
        )
    if concerns_requester:
        return Finding(
            outcome="must_provide",
            basis=(LAW.cite(23, 3),),
            explanation=msg("law_01_2026.art23.own_life"),
        )
    return Finding(
        outcome="may_provide",
        basis=(LAW.cite(23, 4),),
        explanation=msg("law_01_2026.art23.may_provide"),
    )
