"""An independent day-walker for checking golden cases, typed by hand from the research.

This is a second oracle, written by the auditor without reading the library's calendar code or
``src/accessinfo/_calendar_data``. The days below were typed from the research tables only:

* ``/work/shared/law/research-notes.md`` §8, table "Public-sector holiday schedules 2018–2027"
  (rows 2018–2026) and its list of working Saturdays;
* ``/work/shared/law/research-update-2026-11.md`` §1.2 (the 2027 schedule, Công văn
  10065/VPCP-KGVX of 02/10/2026) and §1.3 (24/11/2026, one day, no swap).

Rules: state agencies rest on Saturday and Sunday (Quyết định 188/1999/QĐ-TTg Art 1) unless a
Saturday is a swapped working day; a weekday listed in ``REST_WEEKDAYS`` is a day off. Only
weekdays are listed as rest days: a holiday falling on a weekend is a rest day anyway, and its
compensatory weekday (Labour Code 2019 Art 111.3 / 2012 Art 115.3) is listed instead.

The counting is plain loops (no index, no cleverness), so that it can be read and trusted:

* ``add_working(d, n)``: the n-th working day after ``d`` (``d`` itself not counted, Civil Code
  Art 147); negative ``n`` walks backwards (the n-th working day before ``d``);
* ``add_calendar(d, n)``: ``d + n`` days, and if that is not a working day, the next working day
  (Civil Code Art 148.5); ``roll=False`` keeps the bare date;
* ``add_months(d, n)``: the corresponding day of the n-th month, or the last day of a shorter
  month (Civil Code Art 148.3), rolled like ``add_calendar``.

Outside 2018-01-01 .. 2027-12-31 the walker refuses (``LookupError``) rather than guess.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, timedelta

FIRST = date(2018, 1, 1)
LAST = date(2027, 12, 31)

_NOTES = "research-notes.md §8"
_NOV = "research-update-2026-11.md §1"

# (date, what, source as the research gives it) -- weekdays that are NOT working days
REST_WEEKDAYS: tuple[tuple[date, str, str], ...] = (
    # 2018
    (date(2018, 1, 1), "Tết Dương lịch", f"{_NOTES} 2018: BLLĐ 2012; vietnamstar.net"),
    (date(2018, 2, 14), "Tết Âm lịch", f"{_NOTES} 2018: Thông báo 573/TB-VPCP"),
    (date(2018, 2, 15), "Tết Âm lịch", f"{_NOTES} 2018: Thông báo 573/TB-VPCP"),
    (date(2018, 2, 16), "Tết Âm lịch", f"{_NOTES} 2018: Thông báo 573/TB-VPCP"),
    (date(2018, 2, 19), "Tết Âm lịch", f"{_NOTES} 2018: Thông báo 573/TB-VPCP"),
    (date(2018, 2, 20), "Tết Âm lịch", f"{_NOTES} 2018: Thông báo 573/TB-VPCP"),
    (date(2018, 4, 25), "Giỗ Tổ Hùng Vương", f"{_NOTES} 2018: vietnamstar.net"),
    (date(2018, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2018: vietnamstar.net"),
    (date(2018, 5, 1), "Quốc tế lao động", f"{_NOTES} 2018: vietnamstar.net"),
    (date(2018, 9, 3), "bù Quốc khánh (CN 02/09)", f"{_NOTES} 2018: Thông báo 573/TB-VPCP"),
    (date(2018, 12, 31), "hoán đổi (làm Thứ Bảy 05/01/2019)", f"{_NOTES} 2019: vietnamnet.vn/en"),
    # 2019
    (date(2019, 1, 1), "Tết Dương lịch", f"{_NOTES} 2019: vietnamnet.vn/en; vietnamnews.vn"),
    (date(2019, 2, 4), "Tết Âm lịch", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 2, 5), "Tết Âm lịch", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 2, 6), "Tết Âm lịch", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 2, 7), "Tết Âm lịch", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 2, 8), "Tết Âm lịch", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 4, 15), "bù Giỗ Tổ (CN 14/04)", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 4, 29), "hoán đổi (làm Thứ Bảy 04/05/2019)", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 5, 1), "Quốc tế lao động", f"{_NOTES} 2019: vietnamnet.vn/en"),
    (date(2019, 9, 2), "Quốc khánh", f"{_NOTES} 2019: vietnamnet.vn/en (BLLĐ 2012: 1 day)"),
    # 2020
    (date(2020, 1, 1), "Tết Dương lịch", f"{_NOTES} 2020: vietnamnet.vn/en"),
    (date(2020, 1, 23), "Tết Âm lịch", f"{_NOTES} 2020: vietnamnet.vn/en"),
    (date(2020, 1, 24), "Tết Âm lịch", f"{_NOTES} 2020: vietnamnet.vn/en"),
    (date(2020, 1, 27), "Tết Âm lịch", f"{_NOTES} 2020: vietnamnet.vn/en"),
    (date(2020, 1, 28), "Tết Âm lịch", f"{_NOTES} 2020: vietnamnet.vn/en"),
    (date(2020, 1, 29), "Tết Âm lịch", f"{_NOTES} 2020: vietnamnet.vn/en"),
    (date(2020, 4, 2), "Giỗ Tổ Hùng Vương", f"{_NOTES} 2020: socongthuong.daklak.gov.vn"),
    (date(2020, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2020: socongthuong.daklak.gov.vn"),
    (date(2020, 5, 1), "Quốc tế lao động", f"{_NOTES} 2020: socongthuong.daklak.gov.vn"),
    (date(2020, 9, 2), "Quốc khánh", f"{_NOTES} 2020: BLLĐ 2012 (1 day)"),
    # 2021
    (date(2021, 1, 1), "Tết Dương lịch", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 2, 10), "Tết Âm lịch", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 2, 11), "Tết Âm lịch", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 2, 12), "Tết Âm lịch", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 2, 15), "Tết Âm lịch", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 2, 16), "Tết Âm lịch", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 4, 21), "Giỗ Tổ Hùng Vương", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 5, 3), "bù Quốc tế lao động (T7 01/05)", f"{_NOTES} 2021: sggpnews.org.vn"),
    (date(2021, 9, 2), "Quốc khánh", f"{_NOTES} 2021: sggpnews.org.vn 09/12/2020"),
    (date(2021, 9, 3), "Quốc khánh (ngày liền kề)", f"{_NOTES} 2021: sggpnews.org.vn"),
    # 2022
    (date(2022, 1, 3), "bù Tết Dương lịch (T7 01/01)", f"{_NOTES} 2022: sggpnews 05/12/2021"),
    (date(2022, 1, 31), "Tết Âm lịch", f"{_NOTES} 2022: sggpnews.org.vn; en.baobinhthuan.com.vn"),
    (date(2022, 2, 1), "Tết Âm lịch", f"{_NOTES} 2022: sggpnews.org.vn; en.baobinhthuan.com.vn"),
    (date(2022, 2, 2), "Tết Âm lịch", f"{_NOTES} 2022: sggpnews.org.vn; en.baobinhthuan.com.vn"),
    (date(2022, 2, 3), "Tết Âm lịch", f"{_NOTES} 2022: sggpnews.org.vn; en.baobinhthuan.com.vn"),
    (date(2022, 2, 4), "Tết Âm lịch", f"{_NOTES} 2022: sggpnews.org.vn; en.baobinhthuan.com.vn"),
    (date(2022, 4, 11), "bù Giỗ Tổ (CN 10/04)", f"{_NOTES} 2022: derived (◐)"),
    (date(2022, 5, 2), "bù Ngày Chiến thắng (T7 30/04)", f"{_NOTES} 2022: derived (◐)"),
    (date(2022, 5, 3), "bù Quốc tế lao động (CN 01/05)", f"{_NOTES} 2022: derived (◐)"),
    (date(2022, 9, 1), "Quốc khánh (ngày liền kề)", f"{_NOTES} 2022: en.baobinhthuan.com.vn"),
    (date(2022, 9, 2), "Quốc khánh", f"{_NOTES} 2022: en.baobinhthuan.com.vn"),
    # 2023
    (date(2023, 1, 2), "bù Tết Dương lịch (CN 01/01)", f"{_NOTES} 2023: thuvienphapluat Q&A"),
    (date(2023, 1, 20), "Tết Âm lịch", f"{_NOTES} 2023: sggpnews.org.vn 08/12/2022"),
    (date(2023, 1, 23), "Tết Âm lịch", f"{_NOTES} 2023: sggpnews.org.vn 08/12/2022"),
    (date(2023, 1, 24), "Tết Âm lịch", f"{_NOTES} 2023: sggpnews.org.vn 08/12/2022"),
    (date(2023, 1, 25), "Tết Âm lịch", f"{_NOTES} 2023: sggpnews.org.vn 08/12/2022"),
    (date(2023, 1, 26), "Tết Âm lịch", f"{_NOTES} 2023: sggpnews.org.vn 08/12/2022"),
    (date(2023, 5, 1), "Quốc tế lao động", f"{_NOTES} 2023: officeholidays.com (◐)"),
    (date(2023, 5, 2), "bù Giỗ Tổ / 30/4 (T7 29/04, CN 30/04)", f"{_NOTES} 2023: (◐)"),
    (date(2023, 5, 3), "bù Giỗ Tổ / 30/4 (T7 29/04, CN 30/04)", f"{_NOTES} 2023: (◐)"),
    (date(2023, 9, 1), "Quốc khánh (ngày liền kề)", f"{_NOTES} 2023: officeholidays.com (◐)"),
    (date(2023, 9, 4), "bù Quốc khánh (T7 02/09)", f"{_NOTES} 2023: officeholidays.com (◐)"),
    # 2024
    (date(2024, 1, 1), "Tết Dương lịch", f"{_NOTES} 2024"),
    (date(2024, 2, 8), "Tết Âm lịch", f"{_NOTES} 2024: en.sggp.org.vn (◐)"),
    (date(2024, 2, 9), "Tết Âm lịch", f"{_NOTES} 2024: en.sggp.org.vn (◐)"),
    (date(2024, 2, 12), "Tết Âm lịch", f"{_NOTES} 2024: en.sggp.org.vn (◐)"),
    (date(2024, 2, 13), "Tết Âm lịch", f"{_NOTES} 2024: en.sggp.org.vn (◐)"),
    (date(2024, 2, 14), "Tết Âm lịch", f"{_NOTES} 2024: en.sggp.org.vn (◐)"),
    (date(2024, 4, 18), "Giỗ Tổ Hùng Vương", f"{_NOTES} 2024"),
    (date(2024, 4, 29), "hoán đổi (làm Thứ Bảy 04/05/2024)", f"{_NOTES} 2024: CV 2450/VPCP-KGVX"),
    (date(2024, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2024: Công văn 2450/VPCP-KGVX"),
    (date(2024, 5, 1), "Quốc tế lao động", f"{_NOTES} 2024: Công văn 2450/VPCP-KGVX"),
    (date(2024, 9, 2), "Quốc khánh", f"{_NOTES} 2024 (◐)"),
    (date(2024, 9, 3), "Quốc khánh (ngày liền kề)", f"{_NOTES} 2024 (◐)"),
    # 2025
    (date(2025, 1, 1), "Tết Dương lịch", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 1, 27), "Tết Âm lịch", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 1, 28), "Tết Âm lịch", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 1, 29), "Tết Âm lịch", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 1, 30), "Tết Âm lịch", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 1, 31), "Tết Âm lịch", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 4, 7), "Giỗ Tổ Hùng Vương", f"{_NOTES} 2025: en.baochinhphu.vn"),
    (date(2025, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2025: en.baochinhphu.vn"),
    (date(2025, 5, 1), "Quốc tế lao động", f"{_NOTES} 2025: en.baochinhphu.vn"),
    (date(2025, 5, 2), "hoán đổi (làm Thứ Bảy 26/04/2025)", f"{_NOTES} 2025: en.baochinhphu.vn"),
    (date(2025, 9, 1), "Quốc khánh (ngày liền kề)", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    (date(2025, 9, 2), "Quốc khánh", f"{_NOTES} 2025: Công văn 8726/VPCP-KGVX"),
    # 2026
    (date(2026, 1, 1), "Tết Dương lịch", f"{_NOTES} 2026: Công văn 12729/VPCP-KGVX"),
    (date(2026, 1, 2), "hoán đổi (làm Thứ Bảy 10/01/2026)", f"{_NOTES} 2026: CV 12729/VPCP-KGVX"),
    (date(2026, 2, 16), "Tết Âm lịch", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 2, 17), "Tết Âm lịch", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 2, 18), "Tết Âm lịch", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 2, 19), "Tết Âm lịch", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 2, 20), "Tết Âm lịch", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 4, 27), "bù Giỗ Tổ (CN 26/04)", f"{_NOTES} 2026: thanhnien.vn 23/02/2026"),
    (date(2026, 4, 30), "Ngày Chiến thắng", f"{_NOTES} 2026: thanhnien.vn 23/02/2026"),
    (date(2026, 5, 1), "Quốc tế lao động", f"{_NOTES} 2026: thanhnien.vn 23/02/2026"),
    (date(2026, 8, 31), "hoán đổi (làm Thứ Bảy 22/08/2026)", f"{_NOTES} 2026: TB 9441/TB-BNV"),
    (date(2026, 9, 1), "Quốc khánh (ngày liền kề)", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 9, 2), "Quốc khánh", f"{_NOTES} 2026: Thông báo 9441/TB-BNV"),
    (date(2026, 11, 24), "Ngày Văn hóa Việt Nam", f"{_NOV}.3: NQ 28/2026/QH16 Art 2; CV 10065"),
    # 2027 (no working Saturdays found; 16/04 and 30/04-03/05 derived, no notice yet)
    (date(2027, 1, 1), "Tết Dương lịch", f"{_NOV}.2: BLLĐ Art 112.1(a); no bridge found (§1.4)"),
    (date(2027, 2, 4), "Tết Âm lịch (28 tháng Chạp)", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 2, 5), "Tết Âm lịch (29 tháng Chạp)", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 2, 8), "Tết Âm lịch (mùng 3)", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 2, 9), "bù mùng 1 (T7 06/02)", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 2, 10), "bù mùng 2 (CN 07/02)", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 4, 16), "Giỗ Tổ Hùng Vương", f"{_NOV}.2: BLLĐ Art 112.1(e), DERIVED"),
    (date(2027, 4, 30), "Ngày Chiến thắng", f"{_NOV}.2: BLLĐ Art 112.1(c), DERIVED"),
    (date(2027, 5, 3), "bù Quốc tế lao động (T7 01/05)", f"{_NOV}.2: BLLĐ Art 111.3, DERIVED"),
    (date(2027, 9, 2), "Quốc khánh", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 9, 3), "Quốc khánh (ngày liền kề)", f"{_NOV}.2: Công văn 10065/VPCP-KGVX"),
    (date(2027, 11, 24), "Ngày Văn hóa Việt Nam", f"{_NOV}.2: NQ 28/2026/QH16 Art 2"),
)

# (date, source) -- Saturdays made working days by a swap
WORKING_SATURDAYS: tuple[tuple[date, str], ...] = (
    (date(2019, 1, 5), f"{_NOTES}: list of working Saturdays; vietnamnet.vn/en"),
    (date(2019, 5, 4), f"{_NOTES}: list (the source says 'May 5', a Sunday; 04/05 meant)"),
    (date(2024, 5, 4), f"{_NOTES}: list; Công văn 2450/VPCP-KGVX"),
    (date(2025, 4, 26), f"{_NOTES}: list; Công văn 8726/VPCP-KGVX"),
    (date(2026, 1, 10), f"{_NOTES}: list; Công văn 12729/VPCP-KGVX"),
    (date(2026, 8, 22), f"{_NOTES}: list; Thông báo 9441/TB-BNV"),
)

_REST = frozenset(d for d, _, _ in REST_WEEKDAYS)
_SATURDAYS = frozenset(d for d, _ in WORKING_SATURDAYS)


def _inside(d: date) -> None:
    if not FIRST <= d <= LAST:
        raise LookupError(f"{d} is outside the hand-typed years {FIRST}..{LAST}")


def is_working_day(d: date) -> bool:
    """True if state agencies work on ``d`` (by the research tables)."""
    _inside(d)
    if d in _SATURDAYS:
        return True
    if d.weekday() >= 5:
        return False
    return d not in _REST


def add_working(start: date, n: int) -> date:
    """The n-th working day after ``start`` (before it if ``n`` < 0); ``start`` is not counted."""
    step = 1 if n >= 0 else -1
    d, left = start, abs(n)
    while left:
        d += timedelta(days=step)
        if is_working_day(d):
            left -= 1
    return d


def next_working(d: date) -> date:
    """``d`` if it is a working day, else the first working day after it (Civil Code Art 148.5)."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def add_calendar(start: date, n: int, *, roll: bool = True) -> date:
    """``start`` + n calendar days, rolled to a working day unless ``roll`` is False."""
    end = start + timedelta(days=n)
    _inside(end)
    return next_working(end) if roll else end


def add_months(start: date, n: int, *, roll: bool = True) -> date:
    """The corresponding day n months on, or the last day of a shorter month (Art 148.3)."""
    month0 = start.month - 1 + n
    year, month = start.year + month0 // 12, month0 % 12 + 1
    day = min(start.day, _stdlib_calendar.monthrange(year, month)[1])
    end = date(year, month, day)
    _inside(end)
    return next_working(end) if roll else end


def count_working(start: date, end: date) -> int:
    """The working days in (start, end]."""
    n, d = 0, start
    while d < end:
        d += timedelta(days=1)
        if is_working_day(d):
            n += 1
    return n
