"""The generated documentation covers every registered rule, error code and calendar year.

Generates into a temporary directory with ``docs/gen_pages.py``; mkdocs is not needed.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from accessinfo.core.rules import SUPPORTED_FROM, SUPPORTED_UNTIL, registry
from accessinfo.errors import ERROR_CODES

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "accessinfo_docs_gen_pages", DOCS / "gen_pages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("docs")
    written: dict[str, str] = gen.write(out)
    for rel in written:
        assert (out / rel).is_file()
    return written


def test_every_registered_rule_is_documented(pages: dict[str, str]) -> None:
    text = "\n".join(pages.values())
    missing = [r.id for r in registry() if f"`{r.id}`" not in text]
    assert missing == []


def test_every_rule_function_has_an_api_entry(pages: dict[str, str]) -> None:
    text = "\n".join(pages.values())
    missing = [r.id for r in registry() if f"::: {r.module}.{r.function.__name__}" not in text]
    assert missing == []


def test_every_error_code_has_an_anchor(pages: dict[str, str]) -> None:
    errors = pages["errors.md"]
    for code, cls in ERROR_CODES.items():
        assert f"{{#{code}}}" in errors, code
        assert cls.__name__ in errors


def test_a_calendar_page_per_year_with_every_special_day(pages: dict[str, str]) -> None:
    from accessinfo.calendar import PUBLIC_SECTOR
    from accessinfo.surfaces.cli._common import fmt_date

    for year in range(SUPPORTED_FROM.year, SUPPORTED_UNTIL.year + 1):
        page = pages[f"calendar/{year}.md"]
        for day in PUBLIC_SECTOR.special_days(year):
            assert fmt_date(day.date) in page, day.date
    assert "Projected year" in pages["calendar/2030.md"]
    assert "Projected year" not in pages["calendar/2026.md"]


def test_article_page_has_heading_summary_verbatim_text_and_rules(pages: dict[str, str]) -> None:
    page = pages["reference/law_104_2016/art_30.md"]
    assert page.startswith("# Điều 30. Trình tự, thủ tục cung cấp thông tin qua mạng điện tử")
    assert "## Summary" in page and "information provided over the network" in page
    assert "> 3\\. Đối với thông tin đơn giản, có sẵn" in page  # clause number kept
    assert "## Rules" in page and "`law_104_2016.art30.c3:simple_electronic_respond_by`" in page
    assert "```pycon" in page


def test_unverified_instruments_carry_a_warning(pages: dict[str, str]) -> None:
    assert '!!! warning "Unverified text"' in pages["reference/law_01_2026/index.md"]


def test_parse_docstring_splits_the_parts() -> None:
    doc = gen.parse_docstring(
        """Điều 9. Tên điều

        English summary in our words.

        Clauses encoded (verbatim):

        1. Cơ quan nhà nước phải cung cấp thông tin trong thời hạn 03 ngày làm việc.

        A worked example.

        >>> 1 + 1
        2
        """
    )
    assert doc.heading == "Điều 9. Tên điều"
    assert doc.summary == ["English summary in our words."]
    assert doc.clauses_intro == "Clauses encoded (verbatim):"
    assert doc.clauses[0].startswith("1. Cơ quan")
    assert doc.example_text == ["A worked example."]
    assert doc.doctest == [">>> 1 + 1\n2"]


def test_article_of() -> None:
    assert gen.article_of("accessinfo.articles.law_104_2016.art_30") == ("law_104_2016", "art_30")
    assert gen.article_of("accessinfo.articles.law_104_2016._helpers") is None
    assert gen.article_of("accessinfo.tasks.requests") is None


def _nav_paths(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [p for v in node.values() for p in _nav_paths(v)]
    return [p for v in node for p in _nav_paths(v)]


def test_nav_points_at_pages_that_exist_and_includes_readings(pages: dict[str, str]) -> None:
    nav = gen.nav(pages, DOCS)
    paths = _nav_paths(nav)
    for p in paths:
        assert p in pages or (DOCS / p).is_file(), p
    for f in sorted((DOCS / "readings").glob("*.md")):
        assert f"readings/{f.name}" in paths
    for f in sorted((DOCS / "examples").glob("*.md")) if (DOCS / "examples").is_dir() else []:
        assert f"examples/{f.name}" in paths
    generated = [p for p in pages if p.endswith(".md")]
    assert set(generated) <= set(paths) | {"reference/other.md"}


def test_worked_examples_ran_without_error(pages: dict[str, str]) -> None:
    text = pages["worked-examples.md"]
    assert "(exit code" not in text
    assert "Friday 2026-03-13" in text  # the request over Tết (see tests/test_cli.py)
    assert "Tuesday 2026-02-24" in text  # seed 002: reconcile the day after recovery


def test_cli_page_documents_every_subcommand(pages: dict[str, str]) -> None:
    from accessinfo.surfaces.cli import build_parser

    text = pages["cli.md"]
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert re.search(rf"`{re.escape(name)}`|{re.escape(name)}", text), name
