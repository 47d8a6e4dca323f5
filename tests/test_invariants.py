"""Invariants across rule sets (issue 8).

* every rule has a citation whose instrument is in force on every day the rule claims;
* every Decision a rule returns is JSON round-trippable with its outcome type;
* answers are deterministic and independent of the machine's time zone, locale and hash seed
  (the whole API run in subprocesses under different ``TZ``/``LC_ALL``/``PYTHONHASHSEED``);
* importing and calling the library writes no file and touches no network (audit hook, PEP 578).

"Exactly one version of each rule applies on every date" is in tests/test_rules.py; the
extensions here check the edges of each version and the families' spans.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.core.decisions import Decision
from accessinfo.core.rules import (
    SUPPORTED_FROM,
    SUPPORTED_UNTIL,
    Rule,
    applicable,
    families,
    registry,
)
from accessinfo.errors import ERROR_CODES, AccessInfoError, NoApplicableRule
from tests import _probe
from tests.contract_inputs import _target, outcome_type

RULES = registry()
FAMILIES = families()
PROBE = Path(_probe.__file__)
ROOT = PROBE.parent.parent


def _last_day(r: Rule) -> date:
    return (r.valid_until - timedelta(days=1)) if r.valid_until else SUPPORTED_UNTIL


@pytest.mark.parametrize("r", RULES, ids=[r.id for r in RULES])
def test_a_cited_instrument_is_in_force_throughout(r: Rule) -> None:
    first, last = r.valid_from, _last_day(r)
    assert first <= last, r.id
    covering = [
        c
        for c in r.citations
        if c.instrument.in_force(first)
        and (c.instrument.valid_until is None or c.instrument.in_force(last))
    ]
    assert covering, f"{r.id}: no cited instrument is in force from {first} to {last}"


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_edges(family: str) -> None:
    versions = FAMILIES[family]
    start = versions[0].valid_from
    assert start >= date(1999, 1, 1)
    if start > SUPPORTED_FROM:
        with pytest.raises(NoApplicableRule):
            applicable(family, on=start - timedelta(days=1))
    for v in versions:
        assert applicable(family, on=v.valid_from) is v
        assert applicable(family, on=_last_day(v)) is v
    last = versions[-1]
    if last.valid_until is not None:
        with pytest.raises(NoApplicableRule):
            applicable(family, on=last.valid_until)
    # the versions of one family come from different instruments (else: give a distinct name)
    assert len({v.rule_set for v in versions}) == len(versions), family


@pytest.mark.parametrize("r", RULES, ids=[r.id for r in RULES])
@settings(max_examples=15, deadline=None, database=None)
@given(data=st.data())
def test_decisions_round_trip(r: Rule, data: st.DataObject) -> None:
    """Valid inputs on dates within the rule's validity: a Decision that survives JSON."""
    when = data.draw(
        st.dates(
            min_value=max(r.valid_from, SUPPORTED_FROM),
            max_value=min(_last_day(r), date(2035, 11, 30)),
        )
    )
    target = _target(r.id, r.function)
    result = _probe.call(r.function, when)
    if isinstance(result, str):
        assert result.startswith(("error: ", "skipped: ", "error building input: ")), result
        if result.startswith("error"):
            assert result.split(": ")[1] in ERROR_CODES
        return
    d = Decision[Any].model_validate(result)
    assert d.basis[0] == r.citations[0] and d.rule_id == r.id and d.rule_set == r.rule_set
    tp = outcome_type(target)
    if tp is not None:
        typed = Decision[tp].model_validate_json(json.dumps(result))  # type: ignore[valid-type]
        assert typed.model_dump(mode="json") == result


def test_valid_inputs_mostly_give_decisions() -> None:
    """Guard against a probe that only ever hits errors: most rules answer on their first day."""
    answered = 0
    for r in RULES:
        when = max(r.valid_from, SUPPORTED_FROM) + timedelta(days=3)
        try:
            answered += not isinstance(_probe.call(r.function, when), str)
        except AccessInfoError:
            pass
    assert answered >= len(RULES) // 3, (answered, len(RULES))


# -- subprocess runs ------------------------------------------------------------------------


def _run(mode: str, cwd: Path, **env: str) -> str:
    base = {k: v for k, v in os.environ.items() if k not in ("TZ", "LC_ALL", "LANG")}
    base.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(ROOT / "src"), **env)
    proc = subprocess.run(
        [sys.executable, str(PROBE), mode],
        cwd=cwd,
        env=base,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_answers_do_not_depend_on_time_zone_locale_or_hash_seed(tmp_path: Path) -> None:
    vn = _run("outputs", tmp_path, TZ="Asia/Ho_Chi_Minh", LC_ALL="C.UTF-8", PYTHONHASHSEED="1")
    ny = _run("outputs", tmp_path, TZ="America/New_York", LC_ALL="C", PYTHONHASHSEED="2")
    # an ASCII locale without UTF-8 coercion (as on a bare server): the data files must still be
    # read as UTF-8, whatever the locale's preferred encoding; UTC+14 for the time zone
    ascii_ = _run(
        "outputs",
        tmp_path,
        TZ="Pacific/Kiritimati",
        LC_ALL="C",
        PYTHONCOERCECLOCALE="0",
        PYTHONUTF8="0",
        PYTHONIOENCODING="utf-8",
        PYTHONHASHSEED="3",
    )
    assert vn != "NONDETERMINISTIC\n" and ny != "NONDETERMINISTIC\n"
    assert len(json.loads(vn)) > 10
    assert vn == ny == ascii_


def test_importing_and_calling_writes_nothing_and_uses_no_network(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    out = json.loads(
        _run("audit", work, HOME=str(home), TZ="Pacific/Kiritimati", XDG_CACHE_HOME=str(home))
    )
    assert out["events"] == []
    assert out["cwd_entries"] == []
    assert list(home.iterdir()) == []
    assert list(work.iterdir()) == []


def test_the_suite_blocks_sockets() -> None:
    import socket

    from tests.conftest import NetworkBlocked

    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.org", 80), timeout=0.01)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 80)
    s = socket.socket()
    try:
        with pytest.raises(NetworkBlocked):
            s.connect(("127.0.0.1", 9))
    finally:
        s.close()


def test_probe_detects_a_write(tmp_path: Path) -> None:
    """The audit hook is not vacuous: a write it should see is reported."""
    script = tmp_path / "w.py"
    script.write_text(
        f"import sys; sys.path.insert(0, {str(PROBE.parent)!r})\n"
        "import _probe\n"
        "sys.addaudithook(_probe._hook)\n"
        "open('x.txt', 'w').close()\n"
        "print(_probe.EVENTS)\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "open for writing: 'x.txt'" in proc.stdout
