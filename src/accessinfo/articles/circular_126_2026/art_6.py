"""Điều 6. Hiệu lực thi hành

Circular 126/2026/TT-BTC, Art. 6: in force from 1 September 2026 (clause 1), replacing
Circular 46/2018/TT-BTC (clause 2). :func:`cost_circular_in_force` says which of the two
circulars is in force on a day; which one PRICES a request depends on the day it was sent
(Art 5, :func:`accessinfo.articles.circular_126_2026.art_5.pricing_circular`).

Clauses encoded (verbatim, one unofficial copy):

1. Thông tư này có hiệu lực kể từ ngày 01 tháng 9 năm 2026.

2. Thông tư này thay thế Thông tư số 46/2018/TT-BTC ngày 14 tháng 5 năm 2018 …

>>> from datetime import date
>>> cost_circular_in_force(date(2026, 8, 31)).outcome
'circular_46_2018'
>>> cost_circular_in_force(date(2026, 9, 1)).outcome
'circular_126_2026'
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles.circular_46_2018 import INSTRUMENT as CIRCULAR_46
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.errors import NoApplicableRule
from accessinfo.models.access import CostCircular, check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as CIRCULAR_126

# Helpers of this package's rules (no_cost_circular_before): importable, not public API.
__all__ = ["cost_circular_in_force"]


def no_cost_circular_before(day: date, name: str) -> NoApplicableRule:
    """The error for a day before the first cost circular (46/2018, from 2018-07-01)."""
    return NoApplicableRule(
        msg("circular_126_2026.art6.none_before", name=name, day=day, start=CIRCULAR_46.valid_from)
    )


# Khoản 1: "có hiệu lực kể từ ngày 01 tháng 9 năm 2026"; khoản 2: "thay thế Thông tư số
# 46/2018/TT-BTC"
@rule(CIRCULAR_126.cite(6, 1), CIRCULAR_126.cite(6, 2))
def cost_circular_in_force(on: date | datetime, *, strict: bool = False) -> Finding[CostCircular]:
    """The circular on the actual costs of access in force on ``on``: 46/2018 or 126/2026."""
    day = as_vn_date(on, "on")
    check_flag(strict=strict)
    if day < CIRCULAR_46.valid_from:
        raise no_cost_circular_before(day, "on")
    if day < IN_FORCE_FROM:
        return Finding(
            outcome="circular_46_2018",
            explanation=msg("circular_126_2026.art6.before", on=day, start=IN_FORCE_FROM),
            basis=(CIRCULAR_46.cite(6, 1),),
        )
    return Finding(
        outcome="circular_126_2026",
        explanation=msg("circular_126_2026.art6.from", on=day, start=IN_FORCE_FROM),
    )
