"""Điều 27. Từ chối yêu cầu cung cấp thông tin

Law 01/2026/QH16, Art. 27: the six cases in which the agency refuses. (1) the information is
closed by Art 15 or does not meet the conditions of Art 16; (2) it is disclosed under Art 17,
unless an Art 23.1 case applies; (3) providing it is not the agency's responsibility; (4) it
was already provided twice to the same requester, who has no legitimate reason to ask again;
(5) the request exceeds the agency's capacity or disrupts its normal work; (6) the requester
did not pay the actual costs under Art 25. The refusal is in writing with reasons (Art 26.2).
:func:`refusal_grounds` is the Law 01/2026 version of the ``refusal_grounds`` rule; its grounds
are cited by clause (Law 104 Art 28.1 used points).

Clauses encoded (verbatim, one unofficial copy):

Cơ quan, đơn vị từ chối cung cấp thông tin trong các trường hợp sau đây:

1. Thông tin quy định tại Điều 15 của Luật này; thông tin không đáp ứng điều kiện quy định tại
Điều 16 của Luật này;

2. Thông tin được công khai theo quy định tại Điều 17 của Luật này, trừ trường hợp quy định tại
khoản 1 Điều 23 của Luật này;

3. Thông tin được yêu cầu không thuộc trách nhiệm cung cấp;

4. Thông tin đã được cung cấp hai lần cho chính người yêu cầu, trừ trường hợp người yêu cầu có
lý do chính đáng;

5. Thông tin được yêu cầu vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động bình
thường của cơ quan, đơn vị;

6. Người yêu cầu cung cấp thông tin không thanh toán chi phí thực tế để in, sao, chụp, gửi thông
tin theo quy định tại Điều 25 của Luật này.

>>> from datetime import date
>>> from accessinfo.models.access import InformationItem, RefusalCase
>>> case = RefusalCase(item=InformationItem(category="open"), times_provided_before=2)
>>> [str(g.citation) for g in refusal_grounds(case, on=date(2026, 9, 3)).outcome]
['khoản 4 Điều 27 Luật Tiếp cận thông tin số 01/2026/QH16']
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, caveats_of, join, msg
from accessinfo.core.rules import rule
from accessinfo.models.access import (
    RefusalCase,
    RefusalGround,
    RefusalGroundKind,
    as_model,
    check_flag,
)

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW
from .art_14 import access_class

# Helpers of this package's rules (ground): importable, not public API.
__all__ = ["GROUND_CLAUSES", "refusal_grounds"]

# kind -> (clause of Art 27, reason in Vietnamese, reason in English)
GROUND_CLAUSES: dict[RefusalGroundKind, tuple[int, str, str]] = {
    "excluded_information": (
        1,
        "Thông tin thuộc loại công dân không được tiếp cận hoặc không đáp ứng điều kiện tiếp cận "
        "có điều kiện (Điều 15, Điều 16 Luật Tiếp cận thông tin số 01/2026/QH16)",
        "The information is closed to citizens (Art 15) or does not meet the conditions of Art 16",
    ),
    "already_disclosed": (
        2,
        "Thông tin đã được công khai theo quy định tại Điều 17 của Luật Tiếp cận thông tin",
        "The information is disclosed to the public under Art 17 and no case of Art 23.1 applies",
    ),
    "not_responsible": (
        3,
        "Thông tin được yêu cầu không thuộc trách nhiệm cung cấp của cơ quan, đơn vị",
        "Providing the requested information is not this agency's responsibility",
    ),
    "provided_twice": (
        4,
        "Thông tin đã được cung cấp hai lần cho chính người yêu cầu",
        "The information has already been provided twice to the same requester",
    ),
    "beyond_capacity": (
        5,
        "Thông tin được yêu cầu vượt quá khả năng đáp ứng hoặc làm ảnh hưởng đến hoạt động bình "
        "thường của cơ quan, đơn vị",
        "The request exceeds the agency's capacity or would disrupt its normal work",
    ),
    "costs_unpaid": (
        6,
        "Người yêu cầu không thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin",
        "The requester did not pay the actual costs of printing, copying and sending",
    ),
}


def ground(kind: RefusalGroundKind, detail_vi: str = "", detail_en: str = "") -> RefusalGround:
    """The typed ground ``kind`` of Art 27, cited by its clause."""
    clause, vi, en = GROUND_CLAUSES[kind]
    return RefusalGround(
        kind=kind,
        citation=LAW.cite(27, clause),
        reason_vi=vi + (f" ({detail_vi})" if detail_vi else ""),
        reason_en=en + (f" ({detail_en})" if detail_en else ""),
    )


# "Cơ quan, đơn vị từ chối cung cấp thông tin trong các trường hợp sau đây"; Điều 26.2: "từ chối
# ... bằng văn bản và nêu rõ lý do"
@rule(LAW.cite(27), family="refusal_grounds", valid_from=IN_FORCE_FROM, key="on")
def refusal_grounds(
    case: RefusalCase,
    *,
    on: date | datetime,
    strict: bool = False,
    personal_data: Literal["personal_secret", "raise"] = "personal_secret",
) -> Finding[tuple[RefusalGround, ...]]:
    """Every Art 27 ground on which the request is refused (empty: none applies)."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    c = as_model(RefusalCase, case, "case")
    item = c.item
    grounds: list[RefusalGround] = []
    basis: list[Citation] = []
    ac = access_class(item, on=on, personal_data=personal_data)
    caveats = list(caveats_of(ac))
    if not ac.outcome.accessible:
        if ac.outcome.condition_met is None and ac.outcome.access == "conditional":
            caveats.append(msg("law_01_2026.art27.archives_check"))
        else:
            grounds.append(ground("excluded_information", detail_en=ac.explanation.rstrip(".")))
            basis.extend(b for b in ac.basis if b.instrument.id == LAW.id)
    if item.mandatory_disclosure:
        basis.append(LAW.cite(23, 1))
        if item.disclosure_exception is None:
            grounds.append(ground("already_disclosed"))
    if not c.within_responsibility:
        grounds.append(ground("not_responsible"))
        basis.append(LAW.cite(10))
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
        basis.append(LAW.cite(25, 2))
    if grounds:
        basis.append(LAW.cite(26, 2))
        reasons = [
            msg("terms.refusal.ground", citation=g.citation, reason=Text(g.reason_en, g.reason_vi))
            for g in grounds
        ]
        explanation = msg("law_01_2026.art27.refused", grounds=join(reasons, "; "))
    else:
        explanation = msg("law_01_2026.art27.none")
    return Finding(
        outcome=tuple(grounds),
        explanation=explanation,
        basis=(*(g.citation for g in grounds), *basis),
        readings=ac.readings,
        caveats=tuple(dict.fromkeys(caveats)),
    )
