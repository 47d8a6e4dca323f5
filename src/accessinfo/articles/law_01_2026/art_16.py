"""Điều 16. Thông tin công dân được tiếp cận có điều kiện

Law 01/2026/QH16, Art. 16: information citizens may obtain on a condition. Private life and
personal secrets, with the person's consent; family secrets, with the family members' consent;
personal data, as the personal data protection law provides (clause 1). Business secrets, with
the owner's consent (clause 2). Historical archives, as the archives law provides (clause 3).
Without consent, the head of the agency may decide to provide any of these where the public
interest or public health requires it under the relevant law (clause 4). The request must
attach the written consent (Art 26.1).

Clauses encoded (verbatim, one unofficial copy):

1. Thông tin liên quan đến đời sống riêng tư, bí mật cá nhân được tiếp cận trong trường hợp
được người đó đồng ý. Thông tin liên quan đến bí mật gia đình được tiếp cận trong trường hợp
được các thành viên gia đình đồng ý.

Việc tiếp cận thông tin thuộc dữ liệu cá nhân thực hiện theo quy định của pháp luật về bảo vệ dữ
liệu cá nhân.

2. Thông tin liên quan đến bí mật kinh doanh được tiếp cận trong trường hợp chủ sở hữu bí mật
kinh doanh đó đồng ý.

3. Việc tiếp cận có điều kiện đối với tài liệu lưu trữ tại lưu trữ lịch sử thực hiện theo quy
định của pháp luật về lưu trữ.

4. Trong quá trình thực hiện chức năng, nhiệm vụ, quyền hạn của mình, người đứng đầu cơ quan,
đơn vị quyết định việc cung cấp thông tin liên quan đến đời sống riêng tư, bí mật cá nhân, dữ
liệu cá nhân, bí mật gia đình, bí mật kinh doanh trong trường hợp cần thiết vì lợi ích công
cộng, sức khỏe của cộng đồng theo quy định của luật có liên quan mà không cần có sự đồng ý theo
quy định tại khoản 1 và khoản 2 Điều này.

Reading: Law 01 names personal data, but its clause 1 sends it to the personal data
protection law, which is not encoded; we apply the person's consent, as for personal secrets,
with a caveat. Historical archives depend on the archives law: the result says so and does
not decide (``condition_met`` is ``None``).

>>> from accessinfo.models.access import InformationItem
>>> conditional_access(InformationItem(category="business_secret", consent=True)).outcome.accessible
True
>>> conditional_access(InformationItem(category="family_secret")).outcome.condition
'family_consent'
"""

from __future__ import annotations

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import AccessClass, InformationItem, as_model

from . import INSTRUMENT as LAW

__all__ = ["CONSENT_CATEGORIES", "conditional_access"]

# category -> (clause of Art 16, condition, what it is)
CONSENT_CATEGORIES: dict[str, tuple[int, str, str]] = {
    "private_life": (1, "subject_consent", "information on private life"),
    "personal_secret": (1, "subject_consent", "a personal secret"),
    "personal_data": (1, "subject_consent", "personal data"),
    "family_secret": (1, "family_consent", "a family secret"),
    "business_secret": (2, "owner_consent", "a business secret"),
}
PERSONAL_DATA_CAVEAT = msg("law_01_2026.art16.personal_data_caveat")
ARCHIVES_CAVEAT = msg("law_01_2026.art16.archives_caveat")


# Khoản 1–2: "được tiếp cận trong trường hợp được ... đồng ý"; khoản 3: "theo quy định của pháp
# luật về lưu trữ"; khoản 4: "người đứng đầu ... quyết định ... mà không cần có sự đồng ý"
@rule(LAW.cite(16))
def conditional_access(item: InformationItem) -> Finding[AccessClass]:
    """Whether conditionally accessible information may be provided: consent or the head."""
    it = as_model(InformationItem, item, "item")
    if it.category == "historical_archive":
        return Finding(
            outcome=AccessClass(
                category=it.category,
                access="conditional",
                accessible=False,
                condition="archives_law",
                condition_met=None,
            ),
            basis=(LAW.cite(16, 3),),
            explanation=msg("law_01_2026.art16.archive"),
            caveats=(ARCHIVES_CAVEAT,),
        )
    if it.category not in CONSENT_CATEGORIES:
        covered = ", ".join((*CONSENT_CATEGORIES, "historical_archive"))
        raise InvalidInput(
            msg(
                "errors.articles.conditional_category",
                categories=covered,
                value=f"{it.category!r:.60}",
            )
        )
    clause, condition, _ = CONSENT_CATEGORIES[it.category]
    what = msg(f"law_01_2026.art16.what.{it.category}")
    who = msg(f"terms.consent.{condition}")
    caveats = (PERSONAL_DATA_CAVEAT,) if it.category == "personal_data" else ()
    if it.consent:
        return Finding(
            outcome=AccessClass(
                category=it.category,
                access="conditional",
                accessible=True,
                condition=condition,
                condition_met=True,
            ),
            basis=(LAW.cite(16, clause), LAW.cite(26, 1)),
            explanation=msg("law_01_2026.art16.consented", what=what, who=who),
            caveats=caveats,
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
            basis=(LAW.cite(16, 4),),
            explanation=msg("law_01_2026.art16.public_interest", what=what),
            caveats=caveats,
        )
    return Finding(
        outcome=AccessClass(
            category=it.category,
            access="conditional",
            accessible=False,
            condition=condition,
            condition_met=False,
        ),
        basis=(LAW.cite(16, clause), LAW.cite(15, 3 if clause == 2 else 2)),
        explanation=msg("law_01_2026.art16.not_met", what=what, who=who),
        caveats=caveats,
    )
