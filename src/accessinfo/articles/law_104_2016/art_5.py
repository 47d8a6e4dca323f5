"""Điều 5. Thông tin công dân được tiếp cận

Law 104/2016/QH13, Art. 5: citizens may access the information of state agencies, except what
Art. 6 closes, and may access what Art. 7 lists on its conditions. :func:`access_class` is
the Law 104 version of the ``access_class`` rule: open, forbidden or conditional, and whether
the item may be provided now.

Clause encoded (verbatim, pháp điển):

Công dân được tiếp cận thông tin của cơ quan nhà nước, trừ thông tin không được tiếp cận quy
định tại Điều 6 của Luật này; được tiếp cận có điều kiện đối với thông tin quy định tại Điều
7 của Luật này.

>>> from datetime import date
>>> from accessinfo.models.access import InformationItem
>>> access_class(InformationItem(category="open"), on=date(2024, 5, 4)).outcome.access
'open'
>>> d = access_class(InformationItem(category="internal_meeting"), on=date(2024, 5, 4))
>>> d.outcome.access, d.outcome.accessible
('forbidden', False)
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import explanation_of, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import AccessClass, InformationItem, as_model, check_flag

from . import INSTRUMENT as LAW_104
from .art_6 import forbidden_information
from .art_7 import CONDITIONAL_CATEGORIES, PersonalDataReading, conditional_access

__all__ = ["access_class"]


# "Công dân được tiếp cận thông tin của cơ quan nhà nước, trừ … Điều 6 …; được tiếp cận có điều
# kiện đối với thông tin quy định tại Điều 7"
@rule(LAW_104.cite(5), family="access_class", valid_until=date(2026, 9, 1), key="on")
def access_class(
    item: InformationItem,
    *,
    on: date | datetime,
    strict: bool = False,
    personal_data: PersonalDataReading = "personal_secret",
) -> Finding[AccessClass]:
    """The access class of an item under Law 104/2016 and whether it may be provided."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    choose(personal_data, "personal_data", ("personal_secret", "raise"))
    it = as_model(InformationItem, item, "item")
    if it.category in CONDITIONAL_CATEGORIES:
        c = conditional_access(it, personal_data=personal_data)
        return Finding(
            outcome=c.outcome,
            explanation=explanation_of(c),
            basis=c.basis,
            readings=c.readings,
        )
    f = forbidden_information(it)
    if f.outcome:
        return Finding(
            outcome=AccessClass(category=it.category, access="forbidden", accessible=False),
            explanation=explanation_of(f),
            basis=f.basis,
        )
    caveats: tuple[str, ...] = ()
    basis = f.basis if it.declassified else ()
    explanation: str = msg("law_104_2016.art5.open")
    if it.declassified:
        explanation = explanation_of(f)
    if it.category == "historical_archive":
        caveats = (msg("law_104_2016.art5.archives_caveat"),)
        basis = (LAW_104.cite(16),)
    return Finding(
        outcome=AccessClass(category=it.category, access="open", accessible=True),
        explanation=explanation,
        basis=basis,
        caveats=caveats,
    )
