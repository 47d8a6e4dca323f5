"""The registry: every rule family has exactly one version in force on each supported date."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.core import rules as rules_mod
from accessinfo.core.citations import instrument
from accessinfo.core.files import read_text
from accessinfo.core.rules import (
    _MISSING,
    ARTICLES,
    FAMILY_MAP,
    SUPPORTED_UNTIL,
    Rule,
    _parameters,
    applicable,
    families,
    family_map,
    registry,
    rule,
)
from accessinfo.errors import ConflictingRules, InvalidInput, NoApplicableRule

FAMILIES = families()


@pytest.fixture
def scratch_family() -> Iterator[str]:
    """A rule family defined in the test, removed from the registry afterwards."""
    saved = dict(rules_mod._RULES)
    law = instrument("law_01_2026")

    @rule(law.cite(26, 3), family="_scratch_family", valid_from=date(2026, 1, 1))
    def _probe_now() -> int:
        return 1

    try:
        yield "_scratch_family"
    finally:
        rules_mod._RULES.clear()
        rules_mod._RULES.update(saved)
        rules_mod._FAMILIES.clear()


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


# -- the static family map (issue 13: load only the modules a family needs) ---------------------


def test_family_map_matches_a_full_scan_of_the_articles() -> None:
    """Every (family, module) of every rule under accessinfo.articles is in the table with the
    span of dates its versions cover, and the table lists nothing else. A rule module added
    without its line would be invisible to applicable() for that family: the message says
    which line to add or remove."""
    spans: dict[tuple[str, str], tuple[date, date | None]] = {}
    for r in registry():
        if not r.module.startswith(ARTICLES + "."):
            continue
        lo, hi = spans.get((r.family, r.module), (r.valid_from, r.valid_until))
        end = None if hi is None or r.valid_until is None else max(hi, r.valid_until)
        spans[(r.family, r.module)] = (min(lo, r.valid_from), end)
    scanned = {f"{f},{m},{lo},{hi or ''}" for (f, m), (lo, hi) in spans.items()}
    lines = [
        line
        for line in read_text(FAMILY_MAP).splitlines()
        if line and not line.startswith("#") and not line.startswith("family,")
    ]
    where = f"src/accessinfo/{FAMILY_MAP}"
    missing = sorted(scanned - set(lines))
    stale = sorted(set(lines) - scanned)
    assert not missing, f"add these lines to {where} (and remove any older line for them):\n" + (
        "\n".join(missing)
    )
    assert not stale, f"remove these lines from {where}:\n" + "\n".join(stale)
    assert lines == sorted(set(lines)), f"{where}: keep the lines sorted and unique"
    assert family_map()["request_deadlines"] == (
        "accessinfo.articles.law_01_2026.art_26",
        "accessinfo.articles.law_104_2016.chapter_3",
    )


@pytest.mark.parametrize(
    ("on", "rule_set", "version", "other"),
    [
        (date(2026, 10, 1), "law_01_2026", "law_01_2026.art_26", "law_104_2016.chapter_3"),
        (date(2026, 8, 31), "law_104_2016", "law_104_2016.chapter_3", "law_01_2026.art_26"),
    ],
)
def test_applicable_imports_only_the_module_in_force(
    on: date, rule_set: str, version: str, other: str
) -> None:
    probe = (
        "import datetime, sys\n"
        "from accessinfo.core.rules import applicable\n"
        f"r = applicable('request_deadlines', on=datetime.date.fromisoformat('{on}'))\n"
        "print(r.rule_set)\n"
        "print(' '.join(m for m in sys.modules if m.startswith('accessinfo.articles.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    assert out[0] == rule_set
    loaded = set(out[1].split())
    assert f"{ARTICLES}.{version}" in loaded
    assert f"{ARTICLES}.{other}" not in loaded  # the other version is not needed on that day
    assert "accessinfo.articles.decree_47_2020.art_43" not in loaded
    assert len(loaded) < len(registry_modules()) / 2, sorted(loaded)


def registry_modules() -> set[str]:
    return {r.module for r in registry()}


def test_a_family_missing_from_the_map_is_still_found(scratch_family: str) -> None:
    """A rule outside accessinfo.articles (or not yet in the table) is found by a full scan."""
    assert scratch_family not in family_map()
    assert applicable(scratch_family, on=date(2026, 1, 1)).family == scratch_family


def test_registering_a_rule_refreshes_the_memo(scratch_family: str) -> None:
    first = applicable(scratch_family, on=date(2026, 1, 1))
    assert applicable(scratch_family, on=date(2026, 1, 1)) is first  # memoised
    law = instrument("law_01_2026")

    @rule(law.cite(26, 3), family=scratch_family, valid_from=date(2027, 1, 1))
    def _probe_later() -> int:
        return 2

    assert first.valid_until is None  # both claim 2027: the memo was dropped, the clash is seen
    with pytest.raises(ConflictingRules):
        applicable(scratch_family, on=date(2027, 6, 1))


def test_a_rule_asked_twice_in_one_answer_is_computed_once(scratch_family: str) -> None:
    """Inside one outermost rule call, identical calls of a rule share one result; every
    outermost call starts afresh, and an error leaves nothing behind."""
    law = instrument("law_01_2026")
    runs: list[date] = []

    @rule(law.cite(26, 3), family="_memo_inner", valid_from=date(2026, 1, 1))
    def _inner(d: date, *, fail: bool = False) -> date:
        runs.append(d)
        if fail:
            raise NoApplicableRule("asked to fail")
        return d

    @rule(law.cite(26, 3), family="_memo_outer", valid_from=date(2026, 1, 1))
    def _outer(d: date, *, fail: bool = False) -> date:
        first, again = _inner(d), _inner(d)
        assert first is again
        _inner(d, fail=fail)
        return _inner(d + timedelta(days=1)).outcome

    day = date(2026, 3, 2)
    assert _outer(day).outcome == date(2026, 3, 3)
    # _inner(d) once for two calls; _inner(d, fail=False) is another call (its own entry)
    assert runs == [day, day, day + timedelta(days=1)]
    runs.clear()
    with pytest.raises(NoApplicableRule):
        _outer(day, fail=True)
    assert runs == [day, day]
    runs.clear()
    _outer(day)  # a new answer: computed again
    _inner(day)
    _inner(day)  # outermost calls are never memoised
    assert runs == [day, day, day + timedelta(days=1), day, day]
    assert getattr(rules_mod._CALL, "memo", None) is None


# -- the decorator reads parameters from the code object (issue 13: no inspect at import) ----


def _by_inspect(fn: Callable[..., object]) -> dict[str, tuple[int, object]]:
    """What _parameters must give, computed the independent way (inspect.signature)."""
    import inspect

    sig = inspect.signature(fn)
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    out: dict[str, tuple[int, object]] = {}
    for i, (name, p) in enumerate(sig.parameters.items()):
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        default = _MISSING if p.default is p.empty else p.default
        out[name] = (i if p.kind in positional else -1, default)
    return out


def _shapes(a: int, /, b: int, c: int = 1, *rest: int, d: int, e: int = 2, **more: int) -> int:
    return a


def _plain(x: int, y: int | None = None, *, strict: bool = False, trace: bool = False) -> int:
    return x


def test_parameters_are_those_inspect_finds() -> None:
    bodies = [r.function.__wrapped__ for r in registry()]  # type: ignore[attr-defined]
    assert len(bodies) > 100
    for fn in [*bodies, _shapes, _plain]:
        assert _parameters(fn) == _by_inspect(fn), fn
    # keyword-only d and e come after *rest; *rest and **more are not parameters a rule keys on
    assert _parameters(_shapes) == {
        "a": (0, _MISSING),
        "b": (1, _MISSING),
        "c": (2, 1),
        "d": (-1, _MISSING),
        "e": (-1, 2),
    }
    assert _parameters(_plain) == {
        "x": (0, _MISSING),
        "y": (1, None),
        "strict": (-1, False),
        "trace": (-1, False),
    }
