"""Điều 14. Thông tin công dân được tiếp cận

Law 01/2026/QH16, Art. 14: citizens may access the information of agencies and units, except
the information closed by Art 15, and may access the information of Art 16 on its conditions.
:func:`access_class` is the Law 01/2026 version of the ``access_class`` rule (Law 104/2016
Arts 5–7 before 2026-09-01).

Clause encoded (verbatim, one unofficial copy):

Công dân được tiếp cận thông tin của cơ quan, đơn vị, trừ thông tin không được tiếp cận quy định
tại Điều 15 của Luật này; được tiếp cận có điều kiện đối với thông tin quy định tại Điều 16 của
Luật này.

Reading: for personal data, Art 16.1 defers to the personal data protection law (not encoded);
by default consent opens it as for a personal secret (``personal_data="personal_secret"``, the
name shared with the Law 104 version); ``"raise"`` refuses to choose.

>>> from datetime import date
>>> from accessinfo.models.access import InformationItem
>>> access_class(InformationItem(category="open"), on=date(2026, 9, 3)).outcome.access
'open'
>>> access_class(InformationItem(category="internal_meeting"), on=date(2026, 9, 3)).outcome.access
'forbidden'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.models.access import AccessClass, InformationItem, as_model, check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW
from .art_15 import forbidden_information
from .art_16 import CONSENT_CATEGORIES, conditional_access

__all__ = ["access_class"]


# "Công dân được tiếp cận thông tin của cơ quan, đơn vị, trừ thông tin ... Điều 15 ...; được tiếp
# cận có điều kiện đối với thông tin quy định tại Điều 16"
@rule(LAW.cite(14), family="access_class", valid_from=IN_FORCE_FROM, key="on")
def access_class(
    item: InformationItem,
    *,
    on: date | datetime,
    strict: bool = False,
    personal_data: Literal["personal_secret", "raise"] = "personal_secret",
) -> Finding[AccessClass]:
    """The access class of an item under Law 01/2026 and whether it may be provided."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    reading = choose(personal_data, "personal_data", ("personal_secret", "raise"))
    it = as_model(InformationItem, item, "item")
    if it.category in CONSENT_CATEGORIES or it.category == "historical_archive":
        readings: dict[str, str] = {}
        if it.category == "personal_data":
            if reading == "raise":
                raise ambiguous("personal_data", msg("law_01_2026.art14.personal_data_question"))
            readings["personal_data"] = reading
        c = conditional_access(it)
        return Finding(
            outcome=c.outcome,
            explanation=explanation_of(c),
            basis=c.basis,
            caveats=caveats_of(c),
            readings=readings,
        )
    f = forbidden_information(it)
    if f.outcome:
        return Finding(
            outcome=AccessClass(category=it.category, access="forbidden", accessible=False),
            explanation=explanation_of(f),
            basis=f.basis,
        )
    return Finding(
        outcome=AccessClass(category=it.category, access="open", accessible=True),
        explanation=explanation_of(f) if it.declassified else msg("law_01_2026.art14.open"),
        basis=f.basis if it.declassified else (),
    )
