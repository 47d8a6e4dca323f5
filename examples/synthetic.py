"""Synthetic registers for the example notebooks: plausible, seeded, and clearly not real.

``requests_register`` draws an agency's requests for a span of days: about ``per_day``
requests a working day (none on rest days), a channel mix weighted towards electronic
requests, 60 % simple information, and an agency that usually answers within a few working
days, sometimes late, sometimes not yet. ``notices_register`` draws a year of suspensions
of an online service: planned maintenance announced some working days ahead (sometimes too
few) and a few incidents. Both return a mapping of columns in the format of
``docs/registers.md``, with ISO date text as in a CSV file.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays

__all__ = ["notices_register", "requests_register"]

CHANNELS = (("electronic", 0.45), ("in_person", 0.25), ("post", 0.25), ("fax", 0.05))


def _pick(rnd: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    x, acc = rnd.random(), 0.0
    for value, weight in weighted:
        acc += weight
        if x < acc:
            return value
    return weighted[-1][0]


def _poisson(rnd: random.Random, mean: float) -> int:
    # Knuth's method: small means only
    limit, k, p = pow(2.718281828459045, -mean), 0, 1.0
    while True:
        p *= rnd.random()
        if p < limit:
            return k
        k += 1


def requests_register(
    start: date, end: date, *, per_day: float = 6.0, as_of: date, seed: int = 2026
) -> dict[str, list[Any]]:
    """Requests received from ``start`` to ``end``; events up to ``as_of`` only."""
    rnd = random.Random(seed)
    cal = PUBLIC_SECTOR
    names = (
        "reference",
        "received",
        "channel",
        "complexity",
        "handling_notice_sent",
        "extension_notified",
        "provided",
        "refused",
    )
    cols: dict[str, list[Any]] = {n: [] for n in names}
    day, k = start, 0
    while day <= end:
        count = _poisson(rnd, per_day) if cal.is_working_day(day) else 0
        for _ in range(count):
            k += 1
            simple = rnd.random() < 0.6
            channel = _pick(rnd, CHANNELS)
            # working days the agency takes to answer: mostly within the period, a tail beyond
            if simple:
                took = rnd.choice((0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 6))
            else:
                took = rnd.choice((4, 5, 6, 7, 8, 8, 9, 9, 10, 11, 12, 14, 17))
            answered = cal.add(day, WorkingDays(took)) if took else day
            row: dict[str, Any] = dict.fromkeys(names)
            row["reference"] = f"YC-{day.year}-{k:05d}"
            row["received"] = day.isoformat()
            row["channel"] = channel
            row["complexity"] = "simple" if simple else "complex"
            if not simple and rnd.random() < 0.5:  # a written notice of the handling time
                notice = cal.add(day, WorkingDays(rnd.choice((2, 3, 4, 5, 6))))
                if notice <= as_of:
                    row["handling_notice_sent"] = notice.isoformat()
            if not simple and took >= 12 and rnd.random() < 0.6:  # an extension notice
                notice = cal.add(day, WorkingDays(rnd.choice((6, 8, 9, 11))))
                if notice <= min(as_of, answered):
                    row["extension_notified"] = notice.isoformat()
            open_ = rnd.random() < 0.02
            if answered <= as_of and not open_:
                row["refused" if rnd.random() < 0.08 else "provided"] = answered.isoformat()
            for n in names:
                cols[n].append(row[n])
        day += timedelta(days=1)
    return cols


def notices_register(year: int, *, seed: int = 7) -> dict[str, list[Any]]:
    """A year of suspensions of one online service: monthly maintenance and some incidents."""
    rnd = random.Random(seed)
    cal = PUBLIC_SECTOR
    names = ("reference", "start", "end", "kind", "published", "states_recovery_time")
    cols: dict[str, list[Any]] = {n: [] for n in names}
    for month in range(1, 13):
        # planned maintenance on a Saturday mid-month, announced some working days before
        day = date(year, month, 15)
        day += timedelta(days=(5 - day.weekday()) % 7)
        lead = rnd.choice((3, 5, 6, 7, 7, 8, 10, 12))
        published = cal.add(day, WorkingDays(-lead))
        cols["reference"].append(f"TN-{year}-{month:02d}")
        cols["start"].append(day.isoformat())
        cols["end"].append((day + timedelta(days=1)).isoformat())
        cols["kind"].append("planned")
        cols["published"].append(published.isoformat())
        cols["states_recovery_time"].append("yes" if rnd.random() < 0.8 else "no")
        if rnd.random() < 0.3:  # an incident some days later, announced the same day
            when = day + timedelta(days=rnd.randint(3, 10))
            cols["reference"].append(f"SC-{year}-{month:02d}")
            cols["start"].append(when.isoformat())
            cols["end"].append(when.isoformat())
            cols["kind"].append("incident")
            cols["published"].append(when.isoformat())
            cols["states_recovery_time"].append("yes")
    return cols
