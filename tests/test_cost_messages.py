"""The message groups of the cost rules: both languages, the same placeholders, all rendering."""

from __future__ import annotations

import string

import pytest

from accessinfo.core.messages import Text, catalogue, msg

GROUPS = ("circular_46_2018", "circular_126_2026", "decree_337_2026")
KEYS = sorted(k for g in GROUPS for k in catalogue(g))


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_groups_are_found() -> None:
    assert len(KEYS) > 40
    assert "circular_126_2026.art3.sending.email" in KEYS


@pytest.mark.parametrize("key", KEYS)
def test_both_languages_same_placeholders(key: str) -> None:
    entry = catalogue(key.split(".", 1)[0])[key]
    assert entry["en"].strip() and entry["vi"].strip()
    assert fields(entry["en"]) == fields(entry["vi"]), key
    t = msg(key, **{name: Text("x", "x") for name in fields(entry["en"])})
    assert "{" not in t.en and "{" not in t.vi
