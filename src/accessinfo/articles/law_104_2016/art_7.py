"""Điều 7. Thông tin công dân được tiếp cận có điều kiện

Law 104/2016/QH13, Art. 7: information citizens may obtain only on a condition. A business
secret, with its owner's consent; a secret of someone's private life or a personal secret,
with that person's consent; a family secret, with the consent of the family members. Without
consent, the head of the state agency may decide to provide such information where the
public interest or public health requires it under the relevant law. A request for it must
attach the written consent (Art 24.3).

Clauses encoded (verbatim, pháp điển):

1. Thông tin liên quan đến bí mật kinh doanh được tiếp cận trong trường hợp chủ sở hữu bí mật
kinh doanh đó đồng ý.

2. Thông tin liên quan đến bí mật đời sống riêng tư, bí mật cá nhân được tiếp cận trong
trường hợp được người đó đồng ý; thông tin liên quan đến bí mật gia đình được tiếp cận trong
trường hợp được các thành viên gia đình đồng ý.

3. Trong quá trình thực hiện chức năng, nhiệm vụ, quyền hạn của mình, người đứng đầu cơ quan
nhà nước quyết định việc cung cấp thông tin liên quan đến bí mật kinh doanh, đời sống riêng
tư, bí mật cá nhân, bí mật gia đình trong trường hợp cần thiết vì lợi ích công cộng, sức khỏe
của cộng đồng theo quy định của luật có liên quan mà không cần có sự đồng ý theo quy định tại
khoản 1 và khoản 2 Điều này.

Law 104 does not name personal data (dữ liệu cá nhân). By default it is read as a personal
secret (``personal_data="personal_secret"``, docs/readings/personal-data-under-law-104.md).

>>> from accessinfo.models.access import InformationItem
>>> conditional_access(InformationItem(category="business_secret", consent=True)).outcome.accessible
True
>>> conditional_access(InformationItem(category="family_secret")).outcome.condition
'family_consent'
"""

from __future__ import annotations

from typing import Literal

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import AccessClass, InformationItem, as_model

from . import INSTRUMENT as LAW_104

__all__ = ["CONDITIONAL_CATEGORIES", "PersonalDataReading", "conditional_access"]

PersonalDataReading = Literal["personal_secret", "raise"]

# category -> (clause, condition, what it is)
CONDITIONAL_CATEGORIES: dict[str, tuple[int, str, str]] = {
    "business_secret": (1, "owner_consent", "a business secret"),
    "private_life": (2, "subject_consent", "a secret of private life"),
    "personal_secret": (2, "subject_consent", "a personal secret"),
    "family_secret": (2, "family_consent", "a family secret"),
    "personal_data": (2, "subject_consent", "personal data (read as a personal secret)"),
}


# Khoản 1–2: "được tiếp cận trong trường hợp … đồng ý"; khoản 3: "người đứng đầu cơ quan nhà
# nước quyết định … mà không cần có sự đồng ý"
@rule(LAW_104.cite(7))
def conditional_access(
    item: InformationItem, *, personal_data: PersonalDataReading = "personal_secret"
) -> Finding[AccessClass]:
    """Whether conditionally accessible information may be provided: consent or the head."""
    it = as_model(InformationItem, item, "item")
    reading = choose(personal_data, "personal_data", ("personal_secret", "raise"))
    if it.category not in CONDITIONAL_CATEGORIES:
        raise InvalidInput(
            msg(
                "errors.articles.conditional_category",
                categories=", ".join(CONDITIONAL_CATEGORIES),
                value=f"{it.category!r:.60}",
            )
        )
    readings: dict[str, str] = {}
    if it.category == "personal_data":
        if reading == "raise":
            raise ambiguous("personal_data", msg("law_104_2016.art7.personal_data_question"))
        readings["personal_data"] = reading
    clause, condition, _ = CONDITIONAL_CATEGORIES[it.category]
    what = msg(f"law_104_2016.art7.what.{it.category}")
    who = msg(f"terms.consent.{condition}")
    if it.consent:
        return Finding(
            outcome=AccessClass(
                category=it.category,
                access="conditional",
                accessible=True,
                condition=condition,
                condition_met=True,
            ),
            basis=(LAW_104.cite(7, clause), LAW_104.cite(24, 3)),
            explanation=msg("law_104_2016.art7.consented", what=what, who=who),
            readings=readings,
        )
    if it.public_interest_decision:
        return Finding(
            outcome=AccessClass(
                category=it.category,
                access="conditional",
                accessible=True,
                condition="public_interest_decision",
                condition_met=True,
            ),
            basis=(LAW_104.cite(7, 3),),
            explanation=msg("law_104_2016.art7.public_interest", what=what),
            readings=readings,
        )
    return Finding(
        outcome=AccessClass(
            category=it.category,
            access="conditional",
            accessible=False,
            condition=condition,
            condition_met=False,
        ),
        basis=(LAW_104.cite(7, clause),),
        explanation=msg("law_104_2016.art7.not_met", what=what, who=who),
        readings=readings,
    )
