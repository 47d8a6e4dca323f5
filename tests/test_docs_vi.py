"""The five Vietnamese worked examples (docs/gen_pages.py ``VI_EXAMPLES``) cannot drift.

The page is generated from the CLI at documentation build time; this test runs the same
commands and checks that each shows the dates or clauses found by the hand count written on
the page, and that a module already translated leaves nothing marked untranslated.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from accessinfo.core.messages import UNTRANSLATED_VI
from accessinfo.core.rules import registry
from tests.test_docs import gen
from tests.test_vietnamese import NOT_YET_TRANSLATED

_MODULE = {r.id: r.module for r in registry()}


@pytest.mark.parametrize("example", gen.VI_EXAMPLES, ids=[e[0] for e in gen.VI_EXAMPLES])
def test_vietnamese_example(example: tuple[str, str, list[str], list[str]]) -> None:
    title, working, args, expected = example
    code, printed = gen._run_cli([*args, "--lang", "vi"])
    assert code == 0, printed
    for text in expected:
        assert text in printed, f"{title}: {text!r} (the hand count) is not in the output"
        assert text.split(" ", 1)[0] in working or text in working
    rule = re.search(r"^quy tắc (\S+) ·", printed, re.M)
    assert rule, printed
    module = _MODULE[rule.group(1)]
    if module not in NOT_YET_TRANSLATED:
        assert UNTRANSLATED_VI.strip() not in printed, f"{title}: {module} left English"
    assert "Căn cứ:" in printed


def test_the_page_holds_the_five_examples(monkeypatch: Any) -> None:
    monkeypatch.setenv("ACCESSINFO_LANG", "vi")  # the build's environment must not matter
    page = gen.examples_vi_page()
    assert page.count("\n## ") == 5 and page.count("$ accessinfo ") == 5
    assert "[chính thức]" in page or "[tạm thời]" in page
    english = gen.examples_page()
    assert "Căn cứ:" not in english and "Basis:" in english
