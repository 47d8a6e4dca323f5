"""Law 104/2016 Art 32: correcting information provided on request. Worked by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_32 import (
    accuracy_claim_reply_by,
    commune_correction_by,
    commune_referral_by,
    creator_reply_to_commune_by,
    self_correction_by,
)
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule


def test_c1_self_correction_over_the_2019_swap() -> None:
    # Thu 2/5/2019: Fri 3 (1), Sat 4 swapped working (2), Mon 6 (3), Tue 7 (4), Wed 8 (5)
    d = self_correction_by(date(2019, 5, 2))
    assert d.outcome == date(2019, 5, 8)
    assert d.basis[0].id == "law_104_2016.art32.c1"


def test_c1_self_correction_over_tet_2026() -> None:
    # Thu 12/2/2026: Fri 13 (1), Tết 16-20/2, Mon 23 (2), 24 (3), 25 (4), 26 (5)
    assert self_correction_by(date(2026, 2, 12)).outcome == date(2026, 2, 26)


def test_c2_claim_reply_is_15_calendar_days() -> None:
    # Fri 17/4/2020 + 15 = Sat 2/5; Sun 3/5 -> Mon 4/5 (30/4, 1/5 were Thu, Fri)
    d = accuracy_claim_reply_by(date(2020, 4, 17))
    assert d.outcome == date(2020, 5, 4)
    assert d.readings == {"period_unit": "calendar"}
    assert {c.id for c in d.basis} >= {"law_104_2016.art32.c2", "code_91_2015.art148.c5"}
    # read as working days: 20-24 (1-5), 27-29 (6-8), 30/4-1/5 holidays, 4-8/5 (9-13),
    # 11 (14), 12 (15)
    w = accuracy_claim_reply_by(date(2020, 4, 17), period_unit="working")
    assert w.outcome == date(2020, 5, 12)
    with pytest.raises(AmbiguousReading):
        accuracy_claim_reply_by(date(2020, 4, 17), period_unit="raise")


def test_c3_commune_chain() -> None:
    # Claim reaches the commune Mon 20/1/2025: 21-24 (1-4), Tết 27-31/1, Mon 3/2 (5)
    assert commune_referral_by(date(2025, 1, 20)).outcome == date(2025, 2, 3)
    # Referral received Mon 3/2/2025: + 15 calendar days = Tue 18/2, a working day
    c = creator_reply_to_commune_by(date(2025, 2, 3))
    assert c.outcome == date(2025, 2, 18)
    assert c.readings == {"period_unit": "calendar"}
    # Reply received Fri 25/4/2025: Sat 26 swapped working (1), Mon 28 (2), Tue 29 (3)
    k = commune_correction_by(date(2025, 4, 25))
    assert k.outcome == date(2025, 4, 29)
    assert k.basis[0].id == "law_104_2016.art32.c3"


def test_c3_creator_reply_rolls_over_national_day_2025() -> None:
    # Referral received Mon 18/8/2025: + 15 = Tue 2/9 (holiday) -> Wed 3/9
    assert creator_reply_to_commune_by(date(2025, 8, 18)).outcome == date(2025, 9, 3)


def test_requests_sent_before_the_new_law_keep_law_104() -> None:
    with pytest.raises(NoApplicableRule):
        self_correction_by(date(2026, 9, 3))
    # sent 20/8/2026, error found Thu 3/9: Fri 4 (1), 7-10 (2-5)
    d = self_correction_by(date(2026, 9, 3), sent=date(2026, 8, 20))
    assert d.outcome == date(2026, 9, 10)


@pytest.mark.parametrize(
    ("fn", "kwargs"),
    [
        (self_correction_by, {"discovered": "2025-01-20"}),
        (self_correction_by, {"discovered": datetime(2025, 1, 20, 8)}),
        (accuracy_claim_reply_by, {"claim_received": date(2025, 1, 20), "period_unit": "x"}),
        (accuracy_claim_reply_by, {"claim_received": None}),
        (commune_referral_by, {"discovered_or_claimed": date(2025, 1, 20), "strict": "yes"}),
        (creator_reply_to_commune_by, {"referral_received": date(2025, 1, 20), "period_unit": 15}),
        (commune_correction_by, {"reply_received": date(2025, 1, 20), "calendar": "vn"}),
        (commune_correction_by, {"reply_received": date(2025, 1, 20), "sent": "2025-01-01"}),
    ],
)
def test_bad_input(fn: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        fn(**kwargs)  # type: ignore[operator]


def test_c1_c2_yield_to_clause_3_for_a_commune_that_cannot_verify() -> None:
    # "trừ trường hợp quy định tại khoản 3 Điều này": no clause-1 or clause-2 date for it
    with pytest.raises(NoApplicableRule, match=r"Art 32\.1 does not apply.*commune_referral_by"):
        self_correction_by(date(2025, 3, 3), commune_cannot_verify=True)
    with pytest.raises(NoApplicableRule, match=r"Art 32\.2 does not apply"):
        accuracy_claim_reply_by(date(2025, 3, 3), commune_cannot_verify=True)
    # a commune that can verify (or any other agency) keeps clauses 1 and 2:
    # Mon 3/3/2025: Tue 4 (1) ... Mon 10 (5); + 15 calendar days = Tue 18/3/2025
    assert self_correction_by(date(2025, 3, 3), commune_cannot_verify=False).outcome == date(
        2025, 3, 10
    )
    assert accuracy_claim_reply_by(date(2025, 3, 3)).outcome == date(2025, 3, 18)
    # and the commune's own route starts the same day: refer by Mon 10/3/2025
    assert commune_referral_by(date(2025, 3, 3)).outcome == date(2025, 3, 10)


@pytest.mark.parametrize("flag", ["yes", 1, None])
def test_commune_flag_must_be_a_boolean(flag: object) -> None:
    with pytest.raises(InvalidInput):
        self_correction_by(date(2025, 3, 3), commune_cannot_verify=flag)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        accuracy_claim_reply_by(date(2025, 3, 3), commune_cannot_verify=flag)  # type: ignore[arg-type]


def test_explanations_in_both_languages() -> None:
    d = commune_correction_by(date(2025, 4, 25))
    assert d.explanation_vi is not None and "Ủy ban nhân dân cấp xã" in d.explanation_vi
    w = accuracy_claim_reply_by(date(2020, 4, 17), period_unit="working")
    assert "15 working days" in w.explanation
    assert w.explanation_vi is not None and "15 ngày làm việc" in w.explanation_vi
