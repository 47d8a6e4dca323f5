"""Điều 17. Thông tin phải được công khai

Law 104/2016/QH13, Art. 17: the information every state agency must disclose widely, in
fifteen points (a)–(p), from legal documents and administrative procedures to budgets, land,
state enterprises, staffing, statistics, taxes and anything else a law requires; beyond the
list, an agency may disclose other information of its own motion (clause 2). The list is data
(``_data/law_104_2016_disclosure.csv``): each :data:`DisclosureCategory` names one item of a
point, with the Art. 19.1 point that puts it on the web portal, if any. The categories carry the
names of Law 01/2026's (``accessinfo.articles.law_01_2026.art_17``) wherever Law 104 covers the
same information, so one question gets the Law 104 answer before 2026-09-01 and the Law 01/2026
answer from then: planning (points d and g: development, sector and land-use planning), budget
procedures (đ), enterprise ratings, the oversight of enterprises' financial disclosure and
state-owned enterprises (h) are their own categories, as in Law 01/2026.
:func:`disclosure_duty` says whether a category must be disclosed, under which point, and
whether on the portal.

Clauses encoded (verbatim, pháp điển; points abridged here, in full in the data file):

1. Các thông tin sau đây phải được công khai rộng rãi:

a) Văn bản quy phạm pháp luật; văn bản hành chính có giá trị áp dụng chung; điều ước quốc tế
mà nước Cộng hòa xã hội chủ nghĩa Việt Nam là thành viên, thỏa thuận quốc tế mà Việt Nam là
một bên; thủ tục hành chính, quy trình giải quyết công việc của cơ quan nhà nước;

[…]

o) Thông tin về thuế, phí, lệ phí;

p) Thông tin khác phải được công khai theo quy định của pháp luật.

2. Ngoài thông tin quy định tại khoản 1 Điều này, căn cứ vào điều kiện thực tế, cơ quan nhà
nước chủ động công khai thông tin khác do mình tạo ra hoặc nắm giữ.

>>> from datetime import date
>>> d = disclosure_duty("land_use_and_prices", on=date(2026, 8, 22))
>>> d.outcome.must_disclose, d.outcome.portal
(True, 'not_required')
>>> print(d.basis[1])
điểm g khoản 1 Điều 17 Luật Tiếp cận thông tin số 104/2016/QH13
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, explanation_of, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import check_flag

from . import INSTRUMENT as LAW_104

__all__ = [
    "DISCLOSURE_CATEGORIES",
    "DisclosureCategory",
    "DisclosureDuty",
    "DisclosureEntry",
    "disclosure_duty",
    "disclosure_list",
]

DisclosureCategory = Literal[
    "legal_normative_documents",
    "general_administrative_documents",
    "treaties_and_international_agreements",
    "administrative_procedures",
    "legal_guidance",
    "draft_legal_documents",
    "public_consultations",
    "administrative_boundaries",
    "development_plans",
    "annual_work_programmes",
    "planning",
    "state_budget",
    "budget_procedures",
    "oda_and_aid",
    "relief_and_funds",
    "public_investment_and_procurement",
    "bidding",
    "land_use_and_prices",
    "land_recovery_and_resettlement",
    "state_capital_in_enterprises",
    "enterprise_ratings",
    "enterprise_disclosure_oversight",
    "state_owned_enterprises",
    "health_and_environment",
    "agency_organisation",
    "staff_duties",
    "internal_rules",
    "periodic_reports",
    "annual_financial_report",
    "statistics",
    "national_databases",
    "civil_service_staffing",
    "science_programmes",
    "disclosure_list",
    "contact_details",
    "public_interest_and_health",
    "taxes_fees_charges",
    "other_required_by_law",
    "other_voluntary",
]
DISCLOSURE_CATEGORIES: tuple[str, ...] = get_args(DisclosureCategory)


@dataclass(frozen=True)
class DisclosureEntry:
    """One category: its Art 17.1 point (None: clause 2), a second point where the category
    spans two (planning: d and g), its Art 19.1 point, names, source."""

    category: str
    art17: str | None
    art19: str | None
    name_vi: str
    name_en: str
    source: str
    art17_also: str | None = None


@cache
def disclosure_list() -> dict[str, DisclosureEntry]:
    """The Art 17 list by category, read from its CSV once, on first use."""
    path = resources.files("accessinfo").joinpath("_data/law_104_2016_disclosure.csv")
    out: dict[str, DisclosureEntry] = {}
    for r in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
        out[r["category"]] = DisclosureEntry(
            category=r["category"],
            art17=r["art17_point"] or None,
            art19=r["art19_point"] or None,
            name_vi=r["name_vi"],
            name_en=r["name_en"],
            source=r["source"],
            art17_also=r["art17_also"] or None,
        )
    return out


def _shown(point: str | None) -> str | None:
    return "đ" if point == "dd" else point


class DisclosureDuty(BaseModel):
    """Whether a category must be disclosed, under which point, and on the portal or not."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    category: DisclosureCategory
    must_disclose: bool
    art17_point: str | None
    portal: Literal["required", "when_necessary", "when_law_requires", "not_required"]
    portal_point: str | None


# Khoản 1: "Các thông tin sau đây phải được công khai rộng rãi"; khoản 2: "chủ động công khai"
@rule(LAW_104.cite(17), family="disclosure_duty", valid_until=date(2026, 9, 1), key="on")
def disclosure_duty(
    category: DisclosureCategory, *, on: date | datetime, strict: bool = False
) -> Finding[DisclosureDuty]:
    """Whether a category must be disclosed (Art 17) and posted on the portal (Art 19)."""
    from .art_19 import portal_disclosure  # art_19 reads this module's list

    as_vn_date(on, "on")
    check_flag(strict=strict)
    cat = choose(category, "category", DISCLOSURE_CATEGORIES)
    entry = disclosure_list()[cat]
    if entry.art17 is None:
        return Finding(
            outcome=DisclosureDuty(
                category=cat,
                must_disclose=False,
                art17_point=None,
                portal="not_required",
                portal_point=None,
            ),
            basis=(LAW_104.cite(17, 2),),
            explanation=msg(
                "law_104_2016.art17.not_listed", name=Text(entry.name_en, entry.name_vi)
            ),
        )
    portal = portal_disclosure(cat)  # type: ignore[arg-type]  # validated by choose
    shown = _shown(entry.art17)
    name = Text(entry.name_en, entry.name_vi)
    also = () if entry.art17_also is None else (LAW_104.cite(17, 1, entry.art17_also),)
    explanation = msg(
        "law_104_2016.art17.must_disclose",
        name=name,
        point=shown,
        portal=explanation_of(portal),
    )
    if entry.art17_also is not None:
        explanation = msg(
            "law_104_2016.art17.must_disclose_also",
            main=explanation,
            point=shown,
            also=_shown(entry.art17_also),
        )
    return Finding(
        outcome=DisclosureDuty(
            category=cat,
            must_disclose=True,
            art17_point=shown,
            portal=portal.outcome,
            portal_point=None
            if entry.art19 is None
            else ("đ" if entry.art19 == "dd" else entry.art19),
        ),
        basis=(LAW_104.cite(17, 1, entry.art17), *also, *portal.basis),
        explanation=explanation,
    )
