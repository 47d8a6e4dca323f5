"""Điều 6. Thông tin công dân không được tiếp cận

Law 104/2016/QH13, Art. 6: information no citizen may obtain. State secrets are closed until
declassified, and then become accessible under the Law. Also closed: information whose
release would harm the State, defence, national security, international relations, public
order, social morals or public health, or endanger another person's life, living or
property; working secrets; information about an agency's internal meetings; and documents an
agency drafted for its own internal work.

Clauses encoded (verbatim, pháp điển):

1. Thông tin thuộc bí mật nhà nước, bao gồm những thông tin có nội dung quan trọng thuộc lĩnh
vực chính trị, quốc phòng, an ninh quốc gia, đối ngoại, kinh tế, khoa học, công nghệ và các
lĩnh vực khác theo quy định của luật.

Khi thông tin thuộc bí mật nhà nước được giải mật thì công dân được tiếp cận theo quy định của
Luật này.

2. Thông tin mà nếu để tiếp cận sẽ gây nguy hại đến lợi ích của Nhà nước, ảnh hưởng xấu đến
quốc phòng, an ninh quốc gia, quan hệ quốc tế, trật tự, an toàn xã hội, đạo đức xã hội, sức
khỏe của cộng đồng; gây nguy hại đến tính mạng, cuộc sống hoặc tài sản của người khác; thông
tin thuộc bí mật công tác; thông tin về cuộc họp nội bộ của cơ quan nhà nước; tài liệu do cơ
quan nhà nước soạn thảo cho công việc nội bộ.

>>> from accessinfo.models.access import InformationItem
>>> forbidden_information(InformationItem(category="state_secret")).outcome
True
>>> forbidden_information(InformationItem(category="state_secret", declassified=True)).outcome
False
"""

from __future__ import annotations

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.models.access import InformationItem, as_model

from . import INSTRUMENT as LAW_104

__all__ = ["FORBIDDEN_CATEGORIES", "forbidden_information"]

# category -> (clause, what it is, in English)
FORBIDDEN_CATEGORIES: dict[str, tuple[int, str]] = {
    "state_secret": (1, "a state secret"),
    "harmful": (2, "information whose release would cause the harms listed in Art 6.2"),
    "working_secret": (2, "a working secret (bí mật công tác)"),
    "internal_meeting": (2, "information about an internal meeting of a state agency"),
    "internal_working_document": (2, "a document drafted by a state agency for internal work"),
}


# Khoản 1: "Thông tin thuộc bí mật nhà nước … Khi … được giải mật thì công dân được tiếp cận";
# khoản 2: "… thông tin thuộc bí mật công tác; thông tin về cuộc họp nội bộ …; tài liệu … cho
# công việc nội bộ"
@rule(LAW_104.cite(6))
def forbidden_information(item: InformationItem) -> Finding[bool]:
    """Whether the item is information citizens may not access (Art 6)."""
    it = as_model(InformationItem, item, "item")
    if it.category not in FORBIDDEN_CATEGORIES:
        return Finding(
            outcome=False,
            explanation=msg("law_104_2016.art6.not_closed", category=it.category),
        )
    clause = FORBIDDEN_CATEGORIES[it.category][0]
    what = msg(f"law_104_2016.art6.what.{it.category}")
    if it.declassified:
        return Finding(
            outcome=False,
            basis=(LAW_104.cite(6, 1),),
            explanation=msg("law_104_2016.art6.declassified"),
        )
    return Finding(
        outcome=True,
        basis=(LAW_104.cite(6, clause),),
        explanation=msg("law_104_2016.art6.closed", what=what),
    )
