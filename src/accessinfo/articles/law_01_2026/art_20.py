"""Điều 20. Công khai thông tin trên phương tiện thông tin đại chúng

Law 01/2026/QH16, Art. 20: when a law requires information to be disclosed through the mass
media, the agency supplies it to the media bodies in full, accurately and in good time (clause
1); how the press prints or broadcasts it follows the Press Law (clause 2). The duty is the
supply, and only for information a law requires to go out through the media; the article sets
no number of days ("kịp thời", in good time).

Clauses encoded (verbatim, one unofficial copy):

1. Cơ quan, đơn vị có trách nhiệm cung cấp đầy đủ, chính xác, kịp thời cho cơ quan thông tin đại
chúng những thông tin theo quy định của pháp luật phải được công khai trên phương tiện thông
tin đại chúng.

2. Việc đăng, phát thông tin trên báo chí thực hiện theo quy định của pháp luật về báo chí.

>>> from datetime import date
>>> must_supply_mass_media(law_requires_mass_media=True, on=date(2026, 9, 1)).outcome
True
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = ["must_supply_mass_media"]


# Khoản 1: "cung cấp đầy đủ, chính xác, kịp thời cho cơ quan thông tin đại chúng những thông tin
# theo quy định của pháp luật phải được công khai trên phương tiện thông tin đại chúng"
@rule(LAW.cite(20, 1), LAW.cite(20, 2), key="on")
def must_supply_mass_media(
    *, law_requires_mass_media: bool, on: date | datetime, strict: bool = False
) -> Finding[bool]:
    """Whether the agency must supply the information to the mass media (Art 20)."""
    as_vn_date(on, "on")
    check_bool(law_requires_mass_media=law_requires_mass_media, strict=strict)
    if law_requires_mass_media:
        return Finding(outcome=True, explanation=msg("law_01_2026.art20.required"))
    return Finding(outcome=False, explanation=msg("law_01_2026.art20.not_required"))
