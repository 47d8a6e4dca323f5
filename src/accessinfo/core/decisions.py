"""Decisions: a value with its legal basis, explanation, status and (on request) a trace.

Rule functions return a plain value or a :class:`Finding`; the ``@rule`` decorator turns it
into a :class:`Decision` carrying the rule's citations.

>>> from datetime import date
>>> from accessinfo.core.citations import instrument
>>> d = Decision[date](
...     outcome=date(2026, 1, 13),
...     basis=(instrument("code_91_2015").cite(147, 3),),
...     explanation="Three working days after 2026-01-09.",
...     rule_set="code_91_2015",
... )
>>> d.status
'final'
>>> Decision[date].model_validate_json(d.model_dump_json()) == d
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accessinfo.core.citations import Citation
from accessinfo.core.messages import Text, pair_caveats, text_vi

__all__ = ["Decision", "Finding", "Status", "Step", "StepAction", "Trace"]

T = TypeVar("T")
Status = Literal["final", "provisional"]
StepAction = Literal["start", "counted", "skipped", "end", "rolled", "note"]


class Step(BaseModel):
    """One line of a trace: a day counted or skipped, with the reason and its source."""

    model_config = ConfigDict(frozen=True)

    date: date
    action: StepAction
    reason: str
    reason_vi: str | None = None  # filled from a message (Text) given as ``reason``
    kind: str | None = None
    n: int | None = None  # ordinal of a counted day (1, 2, …; negative when counting back)
    source: Citation | None = None
    label: str | None = None  # which period this step belongs to, e.g. "respond_by"

    @model_validator(mode="before")
    @classmethod
    def _reason_vi(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("reason_vi") is None:
            vi = text_vi(data.get("reason", ""))
            if vi is not None:
                data = {**data, "reason_vi": vi}
        return data


Trace = tuple[Step, ...]


class Decision(BaseModel, Generic[T]):
    """The answer of a rule: outcome, citations, explanation, status and optional trace."""

    model_config = ConfigDict(frozen=True)

    outcome: T
    basis: tuple[Citation, ...] = Field(min_length=1)
    explanation: str
    status: Status = "final"
    caveats: tuple[str, ...] = ()
    # Vietnamese texts (accessinfo.core.messages). explanation_vi None: not translated.
    # caveats_vi is empty (no caveat translated) or one per caveat, in the same order; an
    # untranslated caveat among translated ones is its English marked UNTRANSLATED_VI.
    # Given messages (Text) as explanation and caveats, the _vi fields fill themselves.
    explanation_vi: str | None = None
    caveats_vi: tuple[str, ...] = ()
    rule_set: str
    rule_id: str | None = None
    readings: dict[str, str] = Field(default_factory=dict)
    calendar_version: str | None = None
    law_version: str | None = None  # the legal data it was computed with (vn-law@<checked>)
    trace: Trace | None = None

    @field_validator("basis")
    @classmethod
    def _dedupe(cls, basis: tuple[Citation, ...]) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys(basis))

    @model_validator(mode="before")
    @classmethod
    def _vietnamese(cls, data: Any) -> Any:
        """Fill explanation_vi / caveats_vi from messages given as explanation / caveats."""
        if not isinstance(data, dict):
            return data
        out = dict(data)
        if out.get("explanation_vi") is None:
            vi = text_vi(out.get("explanation", ""))
            if vi is not None:
                out["explanation_vi"] = vi
        caveats = out.get("caveats")
        if not out.get("caveats_vi") and isinstance(caveats, (tuple, list)):
            if any(isinstance(c, Text) for c in caveats):
                out["caveats"], out["caveats_vi"] = pair_caveats(caveats)
        return out

    @model_validator(mode="after")
    def _aligned(self) -> Decision[T]:
        if self.caveats_vi and len(self.caveats_vi) != len(self.caveats):
            raise ValueError(
                f"caveats_vi must be empty or have one entry per caveat "
                f"({len(self.caveats_vi)} for {len(self.caveats)})"
            )
        return self

    @property
    def final(self) -> bool:
        return self.status == "final"

    def _repr_html_(self) -> str:  # Jupyter: in the language of ACCESSINFO_LANG (vi or en)
        import os

        from accessinfo.surfaces.html import decision_html

        vi = os.environ.get("ACCESSINFO_LANG", "").lower().startswith("vi")
        return decision_html(self, lang="vi" if vi else "en")


@dataclass(frozen=True)
class Finding(Generic[T]):
    """What a rule body returns when it has more to say than a bare value.

    The decorator adds the rule's own citations to ``basis`` and makes the status
    ``provisional`` when any caveat is present or an instrument is unverified. Explanations
    and caveats are :class:`~accessinfo.core.messages.Text` (English and Vietnamese, from
    ``msg()``) or, in code not yet translated, plain English strings.
    """

    outcome: T
    explanation: str | Text | None = None
    basis: tuple[Citation, ...] = ()
    caveats: tuple[str | Text, ...] = ()
    readings: Mapping[str, str] = field(default_factory=dict)
    trace: Trace | None = None
    provisional: bool = False
    calendar_version: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
