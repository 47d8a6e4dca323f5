"""Every golden decision explains itself in full: no "None" where a value belongs.

A message template filled with a missing value prints "None" ("Only None member(s) …",
"before the request was sent (None)"): the reader of a Decision then loses the date, count or
name the sentence is about. tools/mutate.py (issue 12) found that nothing checked this: the
value passed to a message could be dropped without a test failing. Every golden case that
answers (not the ones that raise) is run again here and its English and Vietnamese
explanation and caveats are read for a "None" and for an unfilled ``{placeholder}``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from accessinfo.core.decisions import Decision
from tests.test_golden_cases import CASES, convert, resolve

ANSWERING = [c for c in CASES if "raises" not in c.values[0]]
_PLACEHOLDER = re.compile(r"\{[a-z_]+(:[a-z]+)?\}")


def texts(d: Decision) -> list[str]:
    out = [d.explanation, d.explanation_vi or ""]
    out += [str(c) for c in d.caveats] + [str(c) for c in d.caveats_vi or ()]
    return out


def test_the_check_sees_a_missing_value() -> None:
    from accessinfo.core.messages import msg

    assert "None" in str(msg("decree_13_2018.art4.too_few", n=None))


@pytest.mark.parametrize("case", ANSWERING)
def test_golden_decisions_name_every_value(case: dict[str, Any]) -> None:
    fn = resolve(case["function"])
    d = fn(**{k: convert(v) for k, v in case["input"].items()})
    assert isinstance(d, Decision)
    for text in texts(d):
        assert "None" not in text, text
        assert not _PLACEHOLDER.search(text), text
