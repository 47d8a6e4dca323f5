"""A golden case may list the Decision's citations exactly (``basis:``, by citation id).

``test_explanations_carry_values`` checks that some citation names a clause of the case's
``source:``; a rule citing its clause twice (the ``@rule`` clause and the point applied) still
passes it when the point is mis-numbered (Decree 47/2020 Art 5.6(a) → 5.7(a) survived seed
15). A case with ``basis:`` pins every citation, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_golden_cases import CASES, convert, resolve

WITH_BASIS = [c for c in CASES if "basis" in c.values[0]]


def test_some_cases_pin_their_basis() -> None:
    assert len(WITH_BASIS) >= 6


@pytest.mark.parametrize("case", WITH_BASIS)
def test_the_basis_is_exactly_the_one_listed(case: dict[str, Any]) -> None:
    d = resolve(case["function"])(**{k: convert(v) for k, v in case["input"].items()})
    assert [c.id for c in d.basis] == case["basis"]
