"""Điều 28. Từ chối yêu cầu cung cấp thông tin

Law 104/2016/QH13, Art. 28: when the agency refuses. (a) the information is closed by Art. 6
or does not meet the conditions of Art. 7; (b) it is information disclosed under Art. 17,
unless one of the Art. 23.1 cases applies (not yet disclosed within its period, its period
expired, or force majeure keeps the requester from it); (c) providing it is not the agency's
responsibility; (d) it has already been provided twice to the same requester, who has no
legitimate reason to ask again; (đ) the request exceeds the agency's capacity or would
disrupt its normal work; (e) the requester did not pay the actual costs. A refusal is
notified in writing, with reasons (clause 2; :mod:`accessinfo.tasks.letters` renders it).

Clauses encoded (verbatim, pháp điển):

1. Cơ quan nhà nước từ chối cung cấp thông tin trong các trường hợp sau đây:

a) Thông tin quy định tại Điều 6 của Luật này; thông tin không đáp ứng điều kiện quy định tại
Điều 7 của Luật này;

b) Thông tin được công khai theo quy định tại Điều 17 của Luật này, trừ trường hợp quy định
tại khoản 1 Điều 23 của Luật này;

c) Thông tin được yêu cầu không thuộc trách nhiệm cung cấp;

d) Thông tin đã được cung cấp hai lần cho chính người yêu cầu, trừ trường hợp người yêu cầu
có lý do chính đáng;

đ) Thông tin được yêu cầu vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động bình
thường của cơ quan;

e) Người yêu cầu cung cấp thông tin không thanh toán chi phí thực tế để in, sao, chụp, gửi
thông tin qua dịch vụ bưu chính, fax.

2. Trường hợp từ chối cung cấp thông tin, cơ quan nhà nước phải thông báo bằng văn bản và nêu
rõ lý do.

>>> from datetime import date
>>> from accessinfo.models.access import InformationItem, RefusalCase
>>> case = RefusalCase(item=InformationItem(category="open"), beyond_capacity=True)
>>> [str(g.citation) for g in refusal_grounds(case, on=date(2026, 1, 10)).outcome]
['điểm đ khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13']
>>> plain = RefusalCase(item=InformationItem(category="open"))
>>> refusal_grounds(plain, on=date(2026, 1, 10)).outcome
()
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, caveats_of, join, msg
from accessinfo.core.rules import rule
from accessinfo.models.access import (
    InformationItem,
    RefusalCase,
    RefusalGround,
    RefusalGroundKind,
    as_model,
    check_flag,
)

from . import INSTRUMENT as LAW_104
from .art_5 import access_class
from .art_7 import PersonalDataReading

# Helpers of this package's rules (ground): importable, not public API.
__all__ = ["CATEGORY_VI", "GROUND_POINTS", "refusal_grounds"]

# kind -> (point of Art 28.1, reason in Vietnamese, reason in English)
GROUND_POINTS: dict[RefusalGroundKind, tuple[str, str, str]] = {
    "excluded_information": (
        "a",
        "Thông tin thuộc loại công dân không được tiếp cận hoặc không đáp ứng điều kiện tiếp "
        "cận có điều kiện",
        "The information is closed to citizens, or does not meet the conditions for "
        "conditional access",
    ),
    "already_disclosed": (
        "b",
        "Thông tin đã được công khai theo quy định tại Điều 17 của Luật Tiếp cận thông tin",
        "The information is disclosed to the public under Article 17 of the Law",
    ),
    "not_responsible": (
        "c",
        "Thông tin được yêu cầu không thuộc trách nhiệm cung cấp của cơ quan",
        "Providing the requested information is not this agency's responsibility",
    ),
    "provided_twice": (
        "d",
        "Thông tin đã được cung cấp hai lần cho chính người yêu cầu",
        "The information has already been provided twice to the same requester",
    ),
    "beyond_capacity": (
        "dd",
        "Thông tin được yêu cầu vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động "
        "bình thường của cơ quan",
        "The request exceeds the agency's capacity or would disrupt its normal work",
    ),
    "costs_unpaid": (
        "e",
        "Người yêu cầu không thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin",
        "The requester did not pay the actual costs of printing, copying and sending",
    ),
}


# how the closed or conditional category is named in a Vietnamese refusal
CATEGORY_VI: dict[str, str] = {
    "state_secret": "thông tin thuộc bí mật nhà nước (khoản 1 Điều 6)",
    "harmful": "thông tin mà nếu để tiếp cận sẽ gây nguy hại theo khoản 2 Điều 6",
    "working_secret": "thông tin thuộc bí mật công tác (khoản 2 Điều 6)",
    "internal_meeting": "thông tin về cuộc họp nội bộ của cơ quan nhà nước (khoản 2 Điều 6)",
    "internal_working_document": "tài liệu do cơ quan nhà nước soạn thảo cho công việc nội bộ "
    "(khoản 2 Điều 6)",
    "business_secret": "thông tin liên quan đến bí mật kinh doanh chưa có sự đồng ý của chủ sở "
    "hữu (khoản 1 Điều 7)",
    "private_life": "thông tin liên quan đến bí mật đời sống riêng tư chưa có sự đồng ý của người "
    "đó (khoản 2 Điều 7)",
    "personal_secret": "thông tin liên quan đến bí mật cá nhân chưa có sự đồng ý của người đó "
    "(khoản 2 Điều 7)",
    "personal_data": "thông tin liên quan đến bí mật cá nhân chưa có sự đồng ý của người đó "
    "(khoản 2 Điều 7)",
    "family_secret": "thông tin liên quan đến bí mật gia đình chưa có sự đồng ý của các thành "
    "viên gia đình (khoản 2 Điều 7)",
}


def ground(kind: RefusalGroundKind, detail_vi: str = "", detail_en: str = "") -> RefusalGround:
    """The typed ground ``kind`` of Art 28.1, with its citation (``point "dd"`` is đ)."""
    point, vi, en = GROUND_POINTS[kind]
    cite: Citation = LAW_104.cite(28, 1, point)
    return RefusalGround(
        kind=kind,
        citation=cite,
        reason_vi=vi + (f": {detail_vi}" if detail_vi else ""),
        reason_en=en + (f": {detail_en[:1].lower()}{detail_en[1:]}" if detail_en else ""),
    )


# Khoản 1: "Cơ quan nhà nước từ chối cung cấp thông tin trong các trường hợp sau đây";
# khoản 2: "phải thông báo bằng văn bản và nêu rõ lý do"
@rule(LAW_104.cite(28, 1), family="refusal_grounds", valid_until=date(2026, 9, 1), key="on")
def refusal_grounds(
    case: RefusalCase,
    *,
    on: date | datetime,
    strict: bool = False,
    personal_data: PersonalDataReading = "personal_secret",
) -> Finding[tuple[RefusalGround, ...]]:
    """Every Art 28.1 ground on which the request must be refused (empty: none applies)."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    c = as_model(RefusalCase, case, "case")
    item: InformationItem = c.item
    grounds: list[RefusalGround] = []
    basis: list[Citation] = []
    readings: dict[str, str] = {}
    ac = access_class(item, on=on, strict=strict, personal_data=personal_data)
    readings.update(ac.readings)
    caveats = caveats_of(ac)
    if not ac.outcome.accessible:
        grounds.append(
            ground("excluded_information", CATEGORY_VI[item.category], ac.explanation.rstrip(".:"))
        )
        basis.extend(ac.basis)
    if item.mandatory_disclosure:
        basis.append(LAW_104.cite(23, 1))
        if item.disclosure_exception is None:
            grounds.append(ground("already_disclosed"))
    if not c.within_responsibility:
        grounds.append(ground("not_responsible"))
        basis.append(LAW_104.cite(26, 3))
    if c.times_provided_before >= 2 and not c.legitimate_reason:
        grounds.append(
            ground(
                "provided_twice",
                f"đã cung cấp {c.times_provided_before} lần, không có lý do chính đáng",
                f"provided {c.times_provided_before} times before, no legitimate reason",
            )
        )
    if c.beyond_capacity:
        grounds.append(ground("beyond_capacity"))
    if c.costs == "unpaid":
        grounds.append(ground("costs_unpaid"))
    if grounds:
        basis.append(LAW_104.cite(28, 2))
        reasons = [
            msg("terms.refusal.ground", citation=g.citation, reason=Text(g.reason_en, g.reason_vi))
            for g in grounds
        ]
        explanation = msg("law_104_2016.art28.refused", grounds=join(reasons, "; "))
    else:
        explanation = msg("law_104_2016.art28.none")
    return Finding(
        outcome=tuple(grounds),
        explanation=explanation,
        basis=(*(g.citation for g in grounds), *basis),
        readings=readings,
        caveats=caveats,
    )
