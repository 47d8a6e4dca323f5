"""No markup from data reaches the HTML as markup (issue 12).

Every string leaf of real Decisions (with traces), read back with ``load_decision``, is replaced
by a hostile payload wherever validation lets it through (explanations, caveats, readings, rule
ids, trace reasons, labels and kinds, outcome texts…). The page is then parsed with
``html.parser``: its structure (tags and attribute names, in order) must be exactly that of the
same Decision with a harmless word in those places, and the payload must come back as text.
Before the fix, a trace step's ``kind`` reached a ``class`` attribute unescaped, so a Decision
read back from JSON could inject ``<script>``.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest

from accessinfo import versions
from accessinfo.calendar import PUBLIC_SECTOR, SpecialDay, WorkingDays
from accessinfo.core.decisions import Decision
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.html import calendar_html, decision_html, page
from accessinfo.surfaces.schema import load_decision
from tests.test_load_decision import DECISIONS

PAYLOAD = "\"'><script>alert(1)</script><img src=x onerror=alert(2)> x"
HARMLESS = "plainword"


class Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.text: list[str] = []
        self.attr_values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(k for k, _ in attrs)))
        self.attr_values += [v or "" for _, v in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Structure:
    p = Structure()
    p.feed(html)
    p.close()
    return p


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [q for k, v in node.items() for q in _leaves(v, (*path, k))]
    if isinstance(node, list):
        return [q for i, v in enumerate(node) for q in _leaves(v, (*path, i))]
    return [path] if isinstance(node, str) else []


def _set(doc: Any, path: tuple[Any, ...], value: str) -> Any:
    doc = json.loads(json.dumps(doc))
    node = doc
    for k in path[:-1]:
        node = node[k]
    node[path[-1]] = value
    return doc


def _substituted(d: Decision[Any], text: str) -> tuple[Decision[Any], int]:
    """``d`` with every string leaf that validation accepts replaced by ``text``."""
    doc = json.loads(d.model_dump_json())
    n = 0
    for path in _leaves(doc):
        if path and path[0] == "basis":  # citations are looked up, not free text
            continue
        trial = _set(doc, path, text)
        try:
            load_decision(trial)
        except InvalidInput:
            continue
        doc, n = trial, n + 1
    return load_decision(doc), n


ADD = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
WITH_TEXT = [*[(n, d) for n, d in DECISIONS if d.trace or d.readings][:12], ("add+trace", ADD)]


@pytest.mark.parametrize(("name", "decision"), WITH_TEXT, ids=[n for n, _ in WITH_TEXT])
def test_markup_in_any_field_stays_text(name: str, decision: Decision[Any]) -> None:
    hostile, n = _substituted(decision, PAYLOAD)
    benign, m = _substituted(decision, HARMLESS)
    assert n == m and n >= 3, name  # explanation, rule_id, rule_set at least
    for render in (decision_html, lambda d: page(d, title=PAYLOAD)):
        bad, good = parse(render(hostile)), parse(render(benign))
        assert bad.tags == good.tags, name  # no element or attribute injected
        assert all(t != "script" and t != "img" for t, _ in bad.tags)
        assert PAYLOAD in "".join(bad.text) or any(PAYLOAD in v for v in bad.attr_values)


def test_a_trace_kind_cannot_break_out_of_the_class_attribute() -> None:
    d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    doc = json.loads(d.model_dump_json())
    for step in doc["trace"]:
        step["kind"] = '"><script>alert(1)</script>'
    html = decision_html(load_decision(doc, date))
    tags = [t for t, _ in parse(html).tags]
    assert "script" not in tags and "<script>" not in html


def test_calendar_names_are_text() -> None:
    row = SpecialDay(
        date=date(2026, 3, 2),
        kind="local_rest",
        name_vi=PAYLOAD,
        name_en=PAYLOAD,
        source=None,
        status="override",
    )
    good = dataclasses.replace(row, name_vi=HARMLESS, name_en=HARMLESS)
    bad_cal = versions.amended(PUBLIC_SECTOR, [row], version=PAYLOAD, name=PAYLOAD)
    good_cal = versions.amended(PUBLIC_SECTOR, [good], version=HARMLESS, name=HARMLESS)
    bad, ok = parse(calendar_html(bad_cal, 2026)), parse(calendar_html(good_cal, 2026))
    assert bad.tags == ok.tags
    assert PAYLOAD in "".join(bad.text)
