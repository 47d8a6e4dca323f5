"""The registry: every rule family has exactly one version in force on each supported date."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.core.rules import SUPPORTED_UNTIL, Rule, applicable, families, registry
from accessinfo.errors import InvalidInput, NoApplicableRule

FAMILIES = families()


def _span(versions: tuple[Rule, ...]) -> tuple[date, date]:
    start = min(r.valid_from for r in versions)
    ends = [r.valid_until for r in versions]
    end = SUPPORTED_UNTIL if None in ends else max(e for e in ends if e) - timedelta(days=1)
    return start, end


def test_registry_is_not_empty_and_ids_are_unique() -> None:
    rules = registry()
    assert rules
    assert len({r.id for r in rules}) == len(rules)


@pytest.mark.parametrize("family", sorted(FAMILIES))
@given(data=st.data())
def test_exactly_one_version_applies_on_every_date(family: str, data: st.DataObject) -> None:
    start, end = _span(FAMILIES[family])
    on = data.draw(st.dates(min_value=start, max_value=end))
    live = [r for r in FAMILIES[family] if r.in_force(on)]
    assert len(live) == 1, (family, on, live)
    assert applicable(family, on=on) is live[0]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_versions_are_contiguous(family: str) -> None:
    versions = FAMILIES[family]
    for a, b in itertools.pairwise(versions):
        assert a.valid_until == b.valid_from, (family, a.id, b.id)


def test_every_rule_cites_an_instrument_in_force_when_it_starts() -> None:
    for r in registry():
        assert r.citations, r.id
        assert r.citations[0].instrument.in_force(r.valid_from), r.id


def test_applicable_errors() -> None:
    with pytest.raises(NoApplicableRule):
        applicable("simple_electronic_respond_by", on=date(2017, 1, 1))
    with pytest.raises(InvalidInput):
        applicable("no_such_family", on=date(2026, 1, 1))
    with pytest.raises(InvalidInput):
        applicable("simple_electronic_respond_by", on="2026-01-01")  # type: ignore[arg-type]
