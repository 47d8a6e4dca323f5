"""Điều 14. Chi phí tiếp cận thông tin

Decree 337/2026/NĐ-CP, Art. 14.1: the requester pays the access costs BEFORE the agency
provides the information, unless no costs are owed under Law 01/2026/QH16 Art 25.2 (the
information is asked for under Art 23.1(a) or (c)) or under another related law. While they
are unpaid the agency may refuse (Law 01/2026 Art 27.6). Used by the costs answer for
requests under Law 01/2026 (:func:`accessinfo.articles.law_01_2026.art_25.request_costs`).

Clause encoded (verbatim, one unofficial copy):

1. Chi phí tiếp cận thông tin phải được người yêu cầu cung cấp thông tin trả trước khi cơ quan,
đơn vị cung cấp thông tin, trừ trường hợp không phải trả chi phí theo quy định tại khoản 2 Điều
25 của Luật Tiếp cận thông tin và quy định của pháp luật khác có liên quan.

>>> payable_before_provision().outcome
True
>>> payable_before_provision("force_majeure").outcome
False
"""

from __future__ import annotations

from accessinfo.articles.circular_126_2026.art_3 import costs_waived
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import DisclosureException, check_flag

from . import INSTRUMENT as DECREE

__all__ = ["payable_before_provision"]

LAW_01 = instrument("law_01_2026")


# Khoản 1: "phải được người yêu cầu … trả trước khi cơ quan, đơn vị cung cấp thông tin, trừ
# trường hợp không phải trả chi phí theo quy định tại khoản 2 Điều 25 … và … pháp luật khác"
@rule(DECREE.cite(14, 1))
def payable_before_provision(
    disclosure_exception: DisclosureException | None = None,
    *,
    other_law_waiver: str | None = None,
    strict: bool = False,
) -> Finding[bool]:
    """Whether the access costs must be paid before the information is provided."""
    check_flag(strict=strict)
    if other_law_waiver is not None and (
        not isinstance(other_law_waiver, str) or not other_law_waiver.strip()
    ):
        raise InvalidInput(
            msg(
                "errors.articles.provision_or_none",
                name="other_law_waiver",
                value=f"{other_law_waiver!r:.60}",
            )
        )
    waived = costs_waived(disclosure_exception)
    if waived.outcome:
        return Finding(
            outcome=False,
            explanation=msg(
                "decree_337_2026.art14.waived_art_25", point=waived.basis[-1].point or "?"
            ),
            basis=(LAW_01.cite(25, 2), *waived.basis),
        )
    if other_law_waiver is not None:
        return Finding(
            outcome=False,
            explanation=msg("decree_337_2026.art14.waived_other_law", law=other_law_waiver),
            caveats=(msg("decree_337_2026.art14.other_law_unread", law=other_law_waiver),),
        )
    return Finding(
        outcome=True,
        explanation=msg("decree_337_2026.art14.payable"),
        basis=(LAW_01.cite(27, 6),),
    )
