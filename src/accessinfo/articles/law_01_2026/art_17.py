"""Điều 17. Thông tin phải được công khai

Law 01/2026/QH16, Art. 17: the information every agency and essential public-service unit must
disclose, in twenty points (a)–(v): development plans and statistics; legal and administrative
documents and their drafts; the agency's organisation and rules; budgets and finances; aid and
funds; state capital in enterprises; public assets, investment and procurement; inspection,
audit, anti-corruption and anti-waste reports; serious administrative penalties; planning;
land; housing; health and environment; education; environmental quality; cultural heritage;
labour, civil service, science and archives; public services; digital transformation; the
disclosure list and the focal point's contacts; and anything else a law requires (clause 1).
Beyond the list, an agency discloses of its own motion, as far as it can, other information it
creates or holds to protect the public interest and public health (clause 2).

The list is data: ``_data/law_01_2026_disclosure_points.csv`` holds the verbatim text of each
point, and ``_data/law_01_2026_disclosure.csv`` one row per :data:`DisclosureCategory`, a
verbatim fragment of its point. Every Law 104/2016 category keeps its name here, so
:func:`accessinfo.disclosure_duty` answers the same question on both sides of 2026-09-01.
Clause 1 information goes on the agency's portal or website (Art 19.1), and is disclosed within
the time a sector law sets or else 5 working days of its creation (Art 18.4).

Clauses encoded (verbatim, one unofficial copy; points abridged here, in full in the data
file):

1. Các thông tin sau đây phải được công khai:

a) Chiến lược, chương trình, dự án, đề án, kế hoạch phát triển kinh tế - xã hội của quốc gia,
địa phương; chương trình, kế hoạch công tác hằng năm của cơ quan, đơn vị; báo cáo công tác định
kỳ; cơ sở dữ liệu quốc gia ngành, lĩnh vực; thông tin thống kê về ngành, lĩnh vực quản lý;

[…]

l) Thông tin về kế hoạch sử dụng đất; giá đất; thu hồi đất; phương án bồi thường, hỗ trợ, tái
định cư liên quan đến dự án, công trình trên địa bàn; kết quả điều tra, đánh giá đất đai; quyết
định cưỡng chế thực hiện quyết định kiểm đếm bắt buộc; mốc giới sử dụng đất trong hành lang bảo
vệ an toàn;

[…]

u) Danh mục thông tin phải được công khai theo quy định; tên, địa chỉ, số điện thoại, địa chỉ
thư điện tử của cơ quan, đơn vị đầu mối tiếp nhận yêu cầu cung cấp thông tin; địa chỉ các kênh
công khai, cung cấp thông tin theo yêu cầu;

v) Thông tin khác phải được công khai theo quy định của pháp luật.

2. Ngoài thông tin quy định tại khoản 1 Điều này, căn cứ vào điều kiện và khả năng thực tế, cơ
quan, đơn vị chủ động công khai thông tin khác do mình tạo ra hoặc nắm giữ để bảo vệ lợi ích
công cộng, sức khỏe của cộng đồng.

Land prices were point g of Law 104 Art 17.1 and not on its portal list (Art 19.1); under Law
01/2026 they are point l, and every point of clause 1 goes on the portal:

>>> from datetime import date
>>> d = disclosure_duty("land_use_and_prices", on=date(2026, 9, 1))
>>> d.outcome.must_disclose, d.outcome.art17_point, d.outcome.portal, d.status
(True, 'l', 'required', 'provisional')
>>> disclosure_duty("public_interest_and_health", on=date(2026, 9, 1)).outcome.must_disclose
False
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = [
    "DISCLOSURE_CATEGORIES",
    "DisclosureCategory",
    "DisclosureDuty",
    "DisclosureEntry",
    "DisclosurePoint",
    "disclosure_duty",
    "disclosure_list",
    "disclosure_points",
]

DisclosureCategory = Literal[
    "development_plans",
    "annual_work_programmes",
    "periodic_reports",
    "national_databases",
    "statistics",
    "legal_normative_documents",
    "general_administrative_documents",
    "treaties_and_international_agreements",
    "administrative_procedures",
    "draft_legal_documents",
    "public_consultations",
    "administrative_boundaries",
    "legal_guidance",
    "agency_organisation",
    "staff_duties",
    "internal_rules",
    "job_rotation_plans",
    "norms_and_entitlements",
    "state_budget",
    "annual_financial_report",
    "budget_units",
    "direct_budget_support",
    "off_budget_funds",
    "budget_procedures",
    "taxes_fees_charges",
    "oda_and_aid",
    "relief_and_funds",
    "state_capital_in_enterprises",
    "enterprise_ratings",
    "enterprise_disclosure_oversight",
    "state_owned_enterprises",
    "public_assets",
    "public_finance_use",
    "public_investment_and_procurement",
    "business_investment_projects",
    "bidding",
    "inspection_conclusions",
    "anti_corruption_reports",
    "audit_reports",
    "anti_waste",
    "serious_administrative_penalties",
    "social_insurance_arrears",
    "planning",
    "land_use_and_prices",
    "land_recovery_and_resettlement",
    "land_surveys",
    "compulsory_inventory_enforcement",
    "safety_corridor_markers",
    "housing_programmes",
    "apartment_buildings",
    "housing_enforcement",
    "health_and_environment",
    "chemical_safety",
    "healthcare_facilities",
    "education",
    "environment",
    "cultural_heritage",
    "labour_market",
    "civil_service_staffing",
    "science_programmes",
    "archive_catalogues",
    "public_services",
    "digital_transformation",
    "disclosure_list",
    "contact_details",
    "disclosure_channels",
    "other_required_by_law",
    "public_interest_and_health",
    "other_voluntary",
]
DISCLOSURE_CATEGORIES: tuple[str, ...] = get_args(DisclosureCategory)


@dataclass(frozen=True)
class DisclosurePoint:
    """One point of Art 17.1 (or clause 2, ``point`` None): its verbatim text and a summary."""

    clause: int
    point: str | None  # "a" … "v" ("đ" as written); None for clause 2
    text_vi: str
    summary_en: str
    source: str


@dataclass(frozen=True)
class DisclosureEntry:
    """One category: its point of Art 17.1 (None: clause 2), a verbatim fragment, a name."""

    category: str
    point: str | None
    name_vi: str
    name_en: str
    source: str


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("accessinfo").joinpath(f"_data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))  # point b's text spans two paragraphs


def _point(raw: str) -> str | None:
    return None if not raw else ("đ" if raw == "dd" else raw)


@cache
def disclosure_points() -> dict[str | None, DisclosurePoint]:
    """Art 17 point by point (None: clause 2), read from its CSV once."""
    return {
        _point(r["point"]): DisclosurePoint(
            clause=int(r["clause"]),
            point=_point(r["point"]),
            text_vi=r["text_vi"],
            summary_en=r["summary_en"],
            source=r["source"],
        )
        for r in _rows("law_01_2026_disclosure_points.csv")
    }


@cache
def disclosure_list() -> dict[str, DisclosureEntry]:
    """The categories of Art 17 by name, read from their CSV once."""
    return {
        r["category"]: DisclosureEntry(
            category=r["category"],
            point=_point(r["art17_point"]),
            name_vi=r["name_vi"],
            name_en=r["name_en"],
            source=r["source"],
        )
        for r in _rows("law_01_2026_disclosure.csv")
    }


class DisclosureDuty(BaseModel):
    """Whether a category must be disclosed (Art 17), under which point, and where (Art 19)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    category: DisclosureCategory
    must_disclose: bool
    art17_point: str | None  # None: clause 2 (disclosed of the agency's own motion)
    # required: on the portal or website (Art 19.1), without one on official content channels
    # or community pages (Art 19.2); optional: the agency may (Art 17.2, Art 19.1 para 2)
    portal: Literal["required", "optional"]
    name_vi: str  # the words of Art 17 for this category (verbatim)


# Khoản 1: "Các thông tin sau đây phải được công khai"; khoản 2: "chủ động công khai"
@rule(LAW.cite(17), family="disclosure_duty", key="on")
def disclosure_duty(
    category: DisclosureCategory, *, on: date | datetime, strict: bool = False
) -> Finding[DisclosureDuty]:
    """Whether a category must be disclosed (Art 17) and posted on the portal (Art 19)."""
    as_vn_date(on, "on")
    check_bool(strict=strict)
    cat = choose(category, "category", DISCLOSURE_CATEGORIES)
    entry = disclosure_list()[cat]
    name = Text(en=entry.name_en, vi=entry.name_vi)
    if entry.point is None:
        return Finding(
            outcome=DisclosureDuty(
                category=cat,
                must_disclose=False,
                art17_point=None,
                portal="optional",
                name_vi=entry.name_vi,
            ),
            basis=(LAW.cite(17, 2), LAW.cite(19, 1)),
            explanation=msg("law_01_2026.art17.voluntary", name=name),
        )
    return Finding(
        outcome=DisclosureDuty(
            category=cat,
            must_disclose=True,
            art17_point=entry.point,
            portal="required",
            name_vi=entry.name_vi,
        ),
        basis=(
            LAW.cite(17, 1, "dd" if entry.point == "đ" else entry.point),
            LAW.cite(19, 1),
            LAW.cite(18, 4),
        ),
        explanation=msg("law_01_2026.art17.mandatory", name=name, point=entry.point),
    )
