"""A golden case may list the Decision's citations exactly (``basis:``, by citation id).

``test_explanations_carry_values`` checks that some citation names a clause of the case's
``source:``; a rule citing its clause twice (the ``@rule`` clause and the point applied) still
passes it when the point is mis-numbered (Decree 47/2020 Art 5.6(a) → 5.7(a) survived seed
15). A case with ``basis:`` pins every citation, in order. The Law 104 request-deadline cases of
``law_104_2016/chapter_3.yaml`` (their own shape) pin theirs in ``test_requests.py``, which
already builds each case's request and answer.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_golden_cases import CASES, convert, resolve

WITH_BASIS = [c for c in CASES if "basis" in c.values[0]]


def test_every_answering_case_pins_its_basis() -> None:
    assert len(WITH_BASIS) >= 6
    unpinned = [c.values[0]["name"] for c in CASES if not {"raises", "basis"} & set(c.values[0])]
    assert not unpinned, f"golden cases without basis: {unpinned}"


@pytest.mark.parametrize("case", WITH_BASIS)
def test_the_basis_is_exactly_the_one_listed(case: dict[str, Any]) -> None:
    d = resolve(case["function"])(**{k: convert(v) for k, v in case["input"].items()})
    assert [c.id for c in d.basis] == case["basis"]
