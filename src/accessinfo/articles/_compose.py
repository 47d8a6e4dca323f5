"""Composing rules: one rule's answer inside another's, in both languages (no ``@rule`` here)."""

from __future__ import annotations

from typing import Any

from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Text

__all__ = ["caveats_of", "joined"]


def joined(*parts: Text | Decision[Any]) -> Text:
    """Several messages (or Decisions' explanations) as one text in each language."""
    en: list[str] = []
    vi: list[str] = []
    for p in parts:
        if isinstance(p, Text):
            en.append(p.en)
            vi.append(p.vi)
        else:
            en.append(p.explanation)
            vi.append(p.explanation_vi or p.explanation)
    return Text(en=" ".join(en), vi=" ".join(vi))


def caveats_of(*decisions: Decision[Any]) -> tuple[str | Text, ...]:
    """The caveats of inner Decisions, in both languages where they have both."""
    out: list[str | Text] = []
    for d in decisions:
        if len(d.caveats_vi) == len(d.caveats):
            out += [Text(en=e, vi=v) for e, v in zip(d.caveats, d.caveats_vi, strict=True)]
        else:
            out += list(d.caveats)
    return tuple(out)
