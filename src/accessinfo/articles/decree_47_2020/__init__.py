"""Nghị định số 47/2020/NĐ-CP — managing, connecting and sharing digital data of state agencies.

Signed 09/04/2020, in force 25/05/2020. Decree 194/2025/NĐ-CP (in force 19/08/2025) repealed
its open-data provisions (Art 3.4, Art 12.2, Arts 17–21, Art 53.1(a)–(b)) and amended Art
35.3. Decree 278/2025/NĐ-CP repealed the whole decree from 22/10/2025 (its Art 23.2, known
from three independent secondary sources; the text of Decree 278/2025 was not found).

So its rules answer for events up to 21/10/2025 only; a dated duty answers only if it falls
due by then. For a later date every rule raises ``NoApplicableRule`` naming Decree 278/2025
(``docs/readings/decree-47-2020-repeal.md``): the repeal is total and what replaces the rules
is unknown, so no answer, final or provisional, is given under the repealed text.
"""

from datetime import date, datetime

from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import instrument
from accessinfo.core.messages import Text, msg
from accessinfo.errors import NoApplicableRule

# Helpers of this package's rules (in_force_on): importable, not public API.
__all__ = [
    "INSTRUMENT",
    "OPEN_DATA_REPEALED_ON",
    "REPEALED_ON",
    "REPEALING",
    "RULE_SET",
    "SUCCESSOR",
]

INSTRUMENT = instrument("decree_47_2020")
RULE_SET = "decree_47_2020"
# Decree 194/2025/NĐ-CP Art 40 repeals the open-data provisions from its entry into force.
REPEALING = instrument("decree_194_2025")
OPEN_DATA_REPEALED_ON = REPEALING.valid_from
# Decree 278/2025/NĐ-CP Art 23.2 repeals the whole decree from its entry into force.
SUCCESSOR = instrument("decree_278_2025")
REPEALED_ON: date = SUCCESSOR.valid_from


def in_force_on(
    when: date | datetime,
    name: str = "on",
    *,
    what: Text | None = None,
    until: date | None = None,
    hint: Text | None = None,
) -> date:
    """The Vietnam date of ``when`` if Decree 47/2020 (or the rule's span) covers it.

    On or after 2025-10-22: ``NoApplicableRule`` naming Decree 278/2025 (and ``hint``, a
    pointer to what may apply instead). Before 2020-05-25, or on or after ``until`` (the end
    of a rule version shorter than the decree): ``NoApplicableRule`` with the span.
    ``what`` names the date (a message; default "the date asked"), ``hint`` is a message
    appended to the refusal.
    """
    day = as_vn_date(when, name)
    what = what if what is not None else msg("decree_47_2020.what.date_asked")
    names = {
        "decree": Text(INSTRUMENT.name_en, INSTRUMENT.name_vi),
        "successor": Text(SUCCESSOR.name_en, SUCCESSOR.name_vi),
    }
    if day >= REPEALED_ON:
        raise NoApplicableRule(
            msg(
                "decree_47_2020.repealed",
                what=what,
                day=day,
                repealed=REPEALED_ON,
                hint=hint if hint is not None else Text("", ""),
                **names,
            )
        )
    end = until or REPEALED_ON
    if day < INSTRUMENT.valid_from or day >= end:
        raise NoApplicableRule(
            msg(
                "decree_47_2020.outside_span",
                what=what,
                day=day,
                start=INSTRUMENT.valid_from,
                end=end,
                decree=names["decree"],
            )
        )
    return day
