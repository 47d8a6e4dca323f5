"""Điều 15. Thông tin công dân không được tiếp cận

Law 01/2026/QH16, Art. 15: information citizens may not obtain. State secrets, until they are
declassified; private life, personal secrets, family secrets and personal data, except as Art
16.1 allows; business secrets, except as Art 16.2 allows; information whose release would
harm the State, defence, security, foreign relations, public order, morals or public health,
or others' life, health, rights or property (where no law settles what that is, the head of
the agency decides); working secrets; internal meetings and internal working documents.

Clauses encoded (verbatim, one unofficial copy):

1. Thông tin thuộc bí mật nhà nước theo quy định của pháp luật về bảo vệ bí mật nhà nước.

Khi thông tin thuộc bí mật nhà nước được giải mật thì công dân được tiếp cận theo quy định của
Luật này.

2. Thông tin về đời sống riêng tư, bí mật cá nhân, bí mật gia đình theo quy định của pháp luật
dân sự và dữ liệu cá nhân theo quy định của pháp luật về bảo vệ dữ liệu cá nhân, trừ trường hợp
quy định tại khoản 1 Điều 16 của Luật này.

3. Bí mật kinh doanh theo quy định của pháp luật về sở hữu trí tuệ, trừ trường hợp quy định tại
khoản 2 Điều 16 của Luật này.

4. Thông tin mà nếu cung cấp sẽ gây nguy hại đến lợi ích của Nhà nước, ảnh hưởng đến quốc
phòng, an ninh quốc gia, đối ngoại, trật tự, an toàn xã hội, đạo đức xã hội, sức khỏe của cộng
đồng, gây nguy hại đến tính mạng, sức khỏe, quyền và lợi ích hợp pháp hoặc tài sản của cơ quan,
tổ chức hoặc người khác.

Việc xác định thông tin tại khoản này thực hiện theo quy định của pháp luật có liên quan; trường
hợp pháp luật chưa quy định, căn cứ vào điều kiện thực tế, người đứng đầu cơ quan, đơn vị có
trách nhiệm xem xét, quyết định việc cung cấp thông tin.

5. Thông tin thuộc bí mật công tác do cơ quan, đơn vị xác định theo quy định của pháp luật.

6. Thông tin về cuộc họp nội bộ của cơ quan, đơn vị; tài liệu do cơ quan, đơn vị soạn thảo cho
công việc nội bộ.

>>> from accessinfo.models.access import InformationItem
>>> forbidden_information(InformationItem(category="working_secret")).outcome
True
>>> forbidden_information(InformationItem(category="personal_data", consent=True)).outcome
False
"""

from __future__ import annotations

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.rules import rule
from accessinfo.models.access import InformationItem, as_model

from . import INSTRUMENT as LAW

__all__ = ["CLOSED_CATEGORIES", "forbidden_information"]

# category -> (clause of Art 15, what it is; the clause of Art 16 that may open it, if any)
CLOSED_CATEGORIES: dict[str, tuple[int, str, int | None]] = {
    "state_secret": (1, "a state secret", None),
    "private_life": (2, "information on private life", 1),
    "personal_secret": (2, "a personal secret", 1),
    "family_secret": (2, "a family secret", 1),
    "personal_data": (2, "personal data", 1),
    "business_secret": (3, "a business secret", 2),
    "harmful": (4, "information whose provision would cause the harms listed in Art 15.4", None),
    "working_secret": (5, "a working secret (bí mật công tác)", None),
    "internal_meeting": (6, "information about an internal meeting of the agency", None),
    "internal_working_document": (6, "a document drafted for the agency's internal work", None),
}


# Khoản 1–6: "Thông tin công dân không được tiếp cận"; khoản 2, 3: "trừ trường hợp quy định tại
# khoản 1 (khoản 2) Điều 16"
@rule(LAW.cite(15))
def forbidden_information(item: InformationItem) -> Finding[bool]:
    """Whether citizens may not access the item (Art 15), Art 16 exceptions taken into account."""
    it = as_model(InformationItem, item, "item")
    if it.category not in CLOSED_CATEGORIES:
        return Finding(
            outcome=False,
            explanation=msg("law_01_2026.art15.not_closed", category=it.category),
        )
    clause, _, opener = CLOSED_CATEGORIES[it.category]
    what = msg(f"law_01_2026.art15.what.{it.category}")
    if it.category == "state_secret" and it.declassified:
        return Finding(
            outcome=False,
            basis=(LAW.cite(15, 1),),
            explanation=msg("law_01_2026.art15.declassified"),
        )
    if opener is not None and (it.consent or it.public_interest_decision):
        how = msg(
            "law_01_2026.art15.how.consent"
            if it.consent
            else "law_01_2026.art15.how.public_interest"
        )
        return Finding(
            outcome=False,
            basis=(LAW.cite(15, clause), LAW.cite(16, opener)),
            explanation=msg(
                "law_01_2026.art15.opened", what=what, clause=clause, opener=opener, how=how
            ),
        )
    note = Text("", "")
    if clause == 4:
        note = msg("law_01_2026.art15.note.head_decides")
    elif opener is not None:
        note = msg("law_01_2026.art15.note.opens", opener=opener)
    return Finding(
        outcome=True,
        basis=(LAW.cite(15, clause),),
        explanation=msg("law_01_2026.art15.closed", what=what, note=note),
    )
