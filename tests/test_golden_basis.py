"""A golden case may list the Decision's citations exactly (``basis:``, by citation id).

``test_explanations_carry_values`` checks that some citation names a clause of the case's
``source:``; a rule citing its clause twice (the ``@rule`` clause and the point applied) still
passes it when the point is mis-numbered (Decree 47/2020 Art 5.6(a) → 5.7(a) survived seed
15). A case with ``basis:`` pins every citation, in order. The Law 104 request-deadline cases of
``law_104_2016/chapter_3.yaml`` (their own shape, read by ``test_requests.py``) may pin theirs
too: the basis of ``request_deadlines`` for the request the case describes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.requests import request_deadlines
from tests.test_golden_cases import CASES, convert, resolve

WITH_BASIS = [c for c in CASES if "basis" in c.values[0]]
CHAPTER_3 = Path(__file__).parent / "cases" / "law_104_2016" / "chapter_3.yaml"
CHAPTER_3_WITH_BASIS = [
    c for c in yaml.safe_load(CHAPTER_3.read_text(encoding="utf-8"))["cases"] if "basis" in c
]


def test_some_cases_pin_their_basis() -> None:
    assert len(WITH_BASIS) >= 6


@pytest.mark.parametrize("case", WITH_BASIS)
def test_the_basis_is_exactly_the_one_listed(case: dict[str, Any]) -> None:
    d = resolve(case["function"])(**{k: convert(v) for k, v in case["input"].items()})
    assert [c.id for c in d.basis] == case["basis"]


def test_the_request_deadline_cases_pin_their_basis() -> None:
    assert len(CHAPTER_3_WITH_BASIS) >= 16


@pytest.mark.parametrize("case", CHAPTER_3_WITH_BASIS, ids=lambda c: c["name"])
def test_law_104_request_deadlines_cite_exactly(case: dict[str, Any]) -> None:
    req = InformationRequest(
        received_at=case["received"],
        sent_at=case.get("sent"),
        channel=case["channel"],
        complexity=case["complexity"],
        delivery=case.get("delivery"),
    )
    assert [c.id for c in request_deadlines(req).basis] == case["basis"]
