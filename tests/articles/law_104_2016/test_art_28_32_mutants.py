"""Law 104/2016 Arts 28, 30, 31, 32: names, questions and labels found unpinned by mutation testing.

Art 32.1: the agency corrects information it found wrong within 5 working days — found Mon
2/3/2026: Tue 3 … Fri 6 (1–4), Mon 9/3/2026 (5); day zero not counted (Civil Code Art 147.3).
Art 31.2 caps an extension at "15 ngày" without saying working days: asked to choose
(``extension_unit="raise"``) the function refuses quoting that.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_104_2016.art_28 import refusal_grounds
from accessinfo.articles.law_104_2016.art_30 import complex_electronic_extended_respond_by
from accessinfo.articles.law_104_2016.art_31 import complex_post_fax_extended_respond_by
from accessinfo.articles.law_104_2016.art_32 import (
    accuracy_claim_reply_by,
    creator_reply_to_commune_by,
    self_correction_by,
)
from accessinfo.errors import AmbiguousReading, InvalidInput

ON = date(2026, 3, 2)


def test_art_32_1_trace_is_labelled_correct_by() -> None:
    d = self_correction_by(ON, trace=True)
    assert d.outcome == date(2026, 3, 9)
    assert d.trace and {s.label for s in d.trace} == {"correct_by"}


def test_art_31_2_refusing_the_extension_unit_quotes_the_article() -> None:
    with pytest.raises(AmbiguousReading, match=r'caps the extension at "15 ngày"'):
        complex_post_fax_extended_respond_by(ON, extension_unit="raise")


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: refusal_grounds("bad", on=ON), "case"),  # type: ignore[arg-type]
        (lambda: refusal_grounds({}, on="bad"), "on"),  # type: ignore[arg-type]
        (
            lambda: complex_electronic_extended_respond_by(ON, extension_unit="weeks"),
            "extension_unit",
        ),  # type: ignore[arg-type]
        (lambda: accuracy_claim_reply_by(ON, period_unit="weeks"), "period_unit"),  # type: ignore[arg-type]
        (lambda: creator_reply_to_commune_by(ON, period_unit="weeks"), "period_unit"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_value_is_refused_naming_its_parameter(call: object, name: str) -> None:
    with pytest.raises(InvalidInput, match=rf"\] {name} must be"):
        call()  # type: ignore[operator]
