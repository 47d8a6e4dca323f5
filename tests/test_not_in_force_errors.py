"""A refusal for a day outside an article's span shows the day asked and the span.

A user told "not in force" must see which day was read and from (and until) when the rule
applies, in English (2026-07-01) and Vietnamese (01/07/2026). Mutants passing None for
``start=``/``day=`` in ``SuspensionArticle.require`` (Decree 64/2007 Art 16, Decree 224/2026
Art 13) and for ``end=`` in Decree 47/2020's ``in_force_on`` survived seed 16 (issue 12).

``suspension_duties`` carries no date key, so its notice reaches ``require`` itself; the
notice-day rules are refused earlier by ``@rule`` (same span), also checked here. Decree
85/2019 Art 17 (``require_in_force``) is covered the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from accessinfo.articles._outages import PortalIncident, SuspensionNotice
from accessinfo.articles.decree_47_2020.art_1 import state_secret_sharing
from accessinfo.articles.decree_47_2020.art_3 import open_data_sharing
from accessinfo.articles.decree_64_2007 import art_16 as d64
from accessinfo.articles.decree_85_2019.art_17 import incident_duties
from accessinfo.articles.decree_224_2026 import art_13 as d224
from accessinfo.errors import NoApplicableRule


def _vi(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _notice(day: date) -> SuspensionNotice:
    return SuspensionNotice(suspension_from=day, kind="incident", remedy_started_at=day)


# (call, day asked, span start, span end or None)
CASES: list[Any] = [
    # Decree 64/2007: 18/05/2007 until 01/07/2026 (repealed by Decree 224/2026 Art 90.2(c))
    pytest.param(
        lambda d: d64.suspension_duties(_notice(d)),
        date(2007, 5, 17),
        date(2007, 5, 18),
        date(2026, 7, 1),
        id="d64-16-duties-before",
    ),
    pytest.param(
        lambda d: d64.suspension_duties(_notice(d)),
        date(2026, 7, 1),
        date(2007, 5, 18),
        date(2026, 7, 1),
        id="d64-16-duties-after",
    ),
    pytest.param(
        lambda d: d64.latest_suspension_notice_day(d),
        date(2026, 7, 2),
        date(2007, 5, 18),
        date(2026, 7, 1),
        id="d64-16-notice-after",
    ),
    # Decree 224/2026: from 01/07/2026, no end
    pytest.param(
        lambda d: d224.suspension_duties(_notice(d)),
        date(2026, 6, 30),
        date(2026, 7, 1),
        None,
        id="d224-13-duties-before",
    ),
    pytest.param(
        lambda d: d224.latest_suspension_notice_day(d),
        date(2026, 6, 30),
        date(2026, 7, 1),
        None,
        id="d224-13-notice-before",
    ),
    # Decree 85/2019: from 01/01/2020
    pytest.param(
        lambda d: incident_duties(PortalIncident(occurred_at=d, recovered_at=d)),
        date(2019, 12, 31),
        date(2020, 1, 1),
        None,
        id="d85-17-before",
    ),
    # Decree 47/2020: 25/05/2020 until 22/10/2025; open data until 19/08/2025 (Decree 194/2025)
    pytest.param(
        lambda d: state_secret_sharing(on=d),
        date(2020, 5, 24),
        date(2020, 5, 25),
        date(2025, 10, 22),
        id="d47-1-before",
    ),
    pytest.param(
        lambda d: open_data_sharing(on=d),
        date(2025, 8, 19),
        date(2020, 5, 25),
        date(2025, 8, 19),
        id="d47-3-open-data-after",
    ),
    pytest.param(
        lambda d: open_data_sharing(on=d),
        date(2020, 5, 1),
        date(2020, 5, 25),
        date(2025, 8, 19),
        id="d47-3-open-data-before",
    ),
]


@pytest.mark.parametrize(("call", "day", "start", "end"), CASES)
def test_the_refusal_shows_the_day_and_the_span(
    call: Callable[[date], object], day: date, start: date, end: date | None
) -> None:
    with pytest.raises(NoApplicableRule) as info:
        call(day)
    en, vi = str(info.value), info.value.message_vi
    assert day.isoformat() in en and _vi(day) in vi, (en, vi)
    assert start.isoformat() in en and _vi(start) in vi, (en, vi)
    if end is not None:
        assert end.isoformat() in en and _vi(end) in vi, (en, vi)
    assert "None" not in en and "None" not in vi, (en, vi)
