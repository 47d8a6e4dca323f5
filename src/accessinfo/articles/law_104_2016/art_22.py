"""Điều 22. Xử lý thông tin công khai không chính xác

Law 104/2016/QH13, Art. 22.4: a citizen who thinks that disclosed information is wrong
petitions the agency that disclosed it; the agency checks the information and answers within
15 days of receiving the petition, correcting and re-publishing it if it was wrong. The bare
"15 ngày" is read as calendar days by default (``period_unit``; see
``docs/readings/bare-days.md``).

Clause encoded (verbatim, pháp điển):

4. Trường hợp công dân cho rằng thông tin công khai không chính xác thì kiến nghị với cơ quan đã
công khai thông tin đó. Chậm nhất là 15 ngày kể từ ngày nhận được kiến nghị, cơ quan đó có trách
nhiệm kiểm tra tính chính xác của thông tin và trả lời cho công dân; trường hợp xác định thông
tin công khai không chính xác thì phải kịp thời đính chính, công khai thông tin đã được đính
chính.

A petition received on Thursday 18 August 2022: day 15 is Friday 2 September, National Day,
and the 3rd and 4th are a weekend, so the answer is due Monday 5 September 2022. Read as 15
working days: 19 (1), 22–26 (2–6), 29–31 August (7–9), 1–2/9 rest, 5–9 September (10–14),
Monday 12 September (15).

>>> from datetime import date
>>> disclosure_accuracy_reply_by(date(2022, 8, 18)).outcome
datetime.date(2022, 9, 5)
>>> disclosure_accuracy_reply_by(date(2022, 8, 18), period_unit="working").outcome
datetime.date(2022, 9, 12)
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import deadline
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW_104
from ._units import DayUnit, bare_days

__all__ = ["disclosure_accuracy_reply_by"]


# Khoản 4: "Chậm nhất là 15 ngày kể từ ngày nhận được kiến nghị, cơ quan đó có trách nhiệm kiểm
# tra tính chính xác của thông tin và trả lời cho công dân"
@rule(LAW_104.cite(22, 4), key="petition_received")
def disclosure_accuracy_reply_by(
    petition_received: date | datetime,
    *,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to answer a petition saying that disclosed information is inaccurate."""
    period, unit = bare_days(
        15,
        period_unit,
        name="period_unit",
        question=msg("law_104_2016.art22.unit_question"),
    )
    return deadline(
        calendar,
        petition_received,
        period,
        label="reply_by",
        name="petition_received",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=later("law_104_2016.art22.reply_by", days=msg(f"terms.days.{unit}")),
    )
