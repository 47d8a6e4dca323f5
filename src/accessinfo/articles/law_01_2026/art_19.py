"""Điều 19. Công khai thông tin trên cổng thông tin điện tử, trang thông tin điện tử, cổng dữ liệu…

Law 01/2026/QH16, Art. 19 (heading in full: "… cổng dữ liệu, các kênh nội dung, trang cộng
đồng chính thức"): every item of the Art. 17.1 list, and whatever else a law requires,
goes on the agency's own web portal or website; other information it creates or holds may go
on its data portal, content channels or official community pages as conditions allow (clause
1). An agency with no portal, website or data portal discloses the Art. 17.1 information on
its official content channels or community pages, or in another suitable form (clause 2).

Unlike Law 104/2016 Art 19.1, which named only some categories for the portal, the portal duty
now covers the whole of Art 17.1.

Clauses encoded (verbatim, one unofficial copy):

1. Cơ quan, đơn vị phải công khai trên cổng thông tin điện tử, trang thông tin điện tử của cơ
quan, đơn vị mình các thông tin quy định tại khoản 1 Điều 17 của Luật này và các thông tin khác
theo quy định của pháp luật.

Căn cứ điều kiện thực tế, cơ quan, đơn vị công khai các thông tin do mình tạo ra hoặc nắm giữ
trên cổng dữ liệu, các kênh nội dung, trang cộng đồng chính thức.

2. Trường hợp chưa có cổng thông tin điện tử, trang thông tin điện tử, cổng dữ liệu, cơ quan,
đơn vị có trách nhiệm công khai thông tin quy định tại khoản 1 Điều này trên các kênh nội dung,
trang cộng đồng chính thức hoặc bằng hình thức thích hợp khác.

>>> from datetime import date
>>> portal_disclosure("state_budget", on=date(2026, 9, 1)).outcome
'portal_required'
>>> portal_disclosure("state_budget", on=date(2026, 9, 1), has_portal=False).outcome
'official_channels'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import check_bool
from .art_17 import DISCLOSURE_CATEGORIES, DisclosureCategory, disclosure_list

__all__ = ["PortalDuty", "portal_disclosure"]

# portal_required: on the agency's portal or website (19.1); official_channels: no portal,
# website or data portal, so on official content channels or community pages or in another
# suitable form (19.2); optional: information outside Art 17.1 (19.1, second paragraph).
PortalDuty = Literal["portal_required", "official_channels", "optional"]


# Khoản 1: "phải công khai trên cổng thông tin điện tử, trang thông tin điện tử … các thông tin
# quy định tại khoản 1 Điều 17"; khoản 2: "Trường hợp chưa có cổng thông tin điện tử …"
@rule(LAW.cite(19, 1), family="portal_disclosure", key="on")
def portal_disclosure(
    category: DisclosureCategory, *, on: date | datetime, has_portal: bool = True
) -> Finding[PortalDuty]:
    """Where a category must be posted online: the portal, official channels, or optionally."""
    as_vn_date(on, "on")
    check_bool(has_portal=has_portal)
    cat = choose(category, "category", DISCLOSURE_CATEGORIES)
    entry = disclosure_list()[cat]
    name = Text(en=entry.name_en, vi=entry.name_vi)
    if entry.point is None:
        return Finding(outcome="optional", explanation=msg("law_01_2026.art19.optional", name=name))
    if has_portal:
        return Finding(
            outcome="portal_required",
            basis=(LAW.cite(17, 1),),
            explanation=msg("law_01_2026.art19.portal_required", name=name),
        )
    return Finding(
        outcome="official_channels",
        basis=(LAW.cite(19, 2), LAW.cite(17, 1)),
        explanation=msg("law_01_2026.art19.official_channels", name=name),
    )
