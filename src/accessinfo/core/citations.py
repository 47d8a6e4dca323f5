"""Legal instruments and typed citations.

An :class:`Instrument` is one act (law, code, decree, circular, resolution, decision) or
official letter, with its validity dates and the confidence we have in its text. The table
of instruments is data (``_data/instruments.csv``), loaded once.

A :class:`Citation` points into an instrument: article (Điều), clause (khoản), point (điểm).
``str()`` renders it in Vietnamese order, ``.en`` in English order.

>>> from accessinfo.core.citations import instrument
>>> law = instrument("law_104_2016")
>>> c = law.cite(28, 1, "dd")
>>> str(c)
'điểm đ khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13'
>>> c.en
'Law No. 104/2016/QH13, Art. 28(1)(đ)'
>>> c.id
'law_104_2016.art28.c1.pdd'
"""

from __future__ import annotations

import csv
from datetime import date
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

from accessinfo.core.files import read_text
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

__all__ = [
    "POINTS",
    "Citation",
    "Confidence",
    "Instrument",
    "InstrumentKind",
    "instrument",
    "instruments",
    "law_version",
]

InstrumentKind = Literal[
    "law", "code", "decree", "circular", "resolution", "decision", "letter", "notice", "report"
]
# official: checked against the Công báo; codified: verbatim from the pháp điển (mirror);
# secondary: verbatim from a third-party site; unverified: one unofficial copy or not seen.
Confidence = Literal["official", "codified", "secondary", "unverified"]

# Vietnamese points run a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z).
POINTS = (*"abcd", "đ", *"eghiklmnopqrstuvxy")

_KIND_VI = {
    "law": "Luật",
    "code": "Bộ luật",
    "decree": "Nghị định",
    "circular": "Thông tư",
    "resolution": "Nghị quyết",
    "decision": "Quyết định",
    "letter": "Công văn",
    "notice": "Thông báo",
    "report": "Báo",
}
_KIND_EN = {
    "law": "Law",
    "code": "Code",
    "decree": "Decree",
    "circular": "Circular",
    "resolution": "Resolution",
    "decision": "Decision",
    "letter": "Official Letter",
    "notice": "Notice",
    "report": "Press report",
}


class Instrument(BaseModel):
    """A legal instrument or official letter, with its validity and source confidence."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    kind: InstrumentKind
    number: str
    title_vi: str
    title_en: str
    issued: date | None = None
    valid_from: date
    valid_until: date | None = None  # exclusive; None = open-ended
    url: str | None = None
    confidence: Confidence = "codified"
    note: str = ""
    last_checked: date | None = None  # when its status (in force, replaced) was last checked
    replaced_by: str | None = None  # id of the successor instrument, if known
    unknowns: str = ""  # what is still not known about it (an unread successor, a missing text)

    @property
    def name_vi(self) -> str:
        """Vietnamese name as used in citations, e.g. ``Luật Tiếp cận thông tin số 104/…``."""
        if self.kind in ("law", "code"):
            return f"{_KIND_VI[self.kind]} {self.title_vi} số {self.number}"
        if self.kind == "report":
            return f"{self.title_vi} ({self.number})"
        return f"{_KIND_VI[self.kind]} số {self.number}"

    @property
    def name_en(self) -> str:
        """English name as used in citations, e.g. ``Law No. 104/2016/QH13``."""
        if self.kind == "report":
            return f"{self.title_en} ({self.number})"
        if self.kind == "code":
            return f"{self.title_en} No. {self.number}"
        return f"{_KIND_EN[self.kind]} No. {self.number}"

    @property
    def verified(self) -> bool:
        """False when the text comes from one unofficial copy or was not seen."""
        return self.confidence != "unverified"

    def in_force(self, on: date) -> bool:
        """True if the instrument is in force on ``on`` (valid_from inclusive, until exclusive)."""
        return self.valid_from <= on and (self.valid_until is None or on < self.valid_until)

    @public
    def cite(
        self, article: int | None = None, clause: int | None = None, point: str | None = None
    ) -> Citation:
        """A citation into this instrument: ``cite(28, 1, "dd")`` is điểm đ khoản 1 Điều 28.

        Citations are immutable: the same citation is built (and validated) once, then shared.
        """
        key = (id(self), type(article), article, type(clause), clause, type(point), point)
        try:
            hit = _CITES.get(key)
        except TypeError:  # an unhashable argument: let validation say what is wrong
            hit = None
        if hit is not None and hit.instrument is self:
            return hit
        made = Citation(instrument=self, article=article, clause=clause, point=point)
        if len(_CITES) < _MAX_CITES:
            try:
                _CITES[key] = made
            except TypeError:
                pass
        return made

    def __hash__(self) -> int:  # equal instruments have equal ids; hashing 14 fields is slow
        return hash(self.id)

    def __str__(self) -> str:
        return self.name_vi


_CITES: dict[tuple[Any, ...], Citation] = {}
_MAX_CITES = 10_000


class Citation(BaseModel):
    """Điều/khoản/điểm of one instrument."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    instrument: Instrument
    article: int | None = None
    clause: int | None = None
    point: str | None = None

    @field_validator("point")
    @classmethod
    def _point(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = "đ" if value == "dd" else value
        if value not in POINTS:
            raise ValueError(f"point must be one of {' '.join(POINTS)} (or 'dd' for đ)")
        return value

    @field_validator("article", "clause")
    @classmethod
    def _positive(cls, value: int | None) -> int | None:
        if value is not None and value < 1:
            raise ValueError("article and clause numbers start at 1")
        return value

    def __hash__(self) -> int:  # cheap: Decisions deduplicate their basis on every call
        return hash((self.instrument.id, self.article, self.clause, self.point))

    def __str__(self) -> str:
        parts = []
        if self.point is not None:
            parts.append(f"điểm {self.point}")
        if self.clause is not None:
            parts.append(f"khoản {self.clause}")
        if self.article is not None:
            parts.append(f"Điều {self.article}")
        parts.append(self.instrument.name_vi)
        return " ".join(parts)

    @property
    def en(self) -> str:
        """English order: ``Law No. 104/2016/QH13, Art. 28(1)(đ)``."""
        if self.article is None:
            return self.instrument.name_en
        ref = f"Art. {self.article}"
        if self.clause is not None:
            ref += f"({self.clause})"
        if self.point is not None:
            ref += f"({self.point})"
        return f"{self.instrument.name_en}, {ref}"

    @property
    def id(self) -> str:
        """Stable identifier: ``law_104_2016.art28.c1.pdd``."""
        out = self.instrument.id
        if self.article is not None:
            out += f".art{self.article}"
        if self.clause is not None:
            out += f".c{self.clause}"
        if self.point is not None:
            out += ".p" + ("dd" if self.point == "đ" else self.point)
        return out


def _opt_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def instruments() -> dict[str, Instrument]:
    """All known instruments, by id (loaded once from ``_data/instruments.csv``)."""
    out: dict[str, Instrument] = {}
    for row in csv.DictReader(read_text("_data/instruments.csv").splitlines()):
        out[row["id"]] = Instrument(
            id=row["id"],
            kind=row["kind"],  # validated by pydantic
            number=row["number"],
            title_vi=row["title_vi"],
            title_en=row["title_en"],
            issued=_opt_date(row["issued"]),
            valid_from=date.fromisoformat(row["valid_from"]),
            valid_until=_opt_date(row["valid_until"]),
            url=row["url"] or None,
            confidence=row["confidence"],  # validated by pydantic
            note=row["note"],
            last_checked=_opt_date(row["last_checked"]),
            replaced_by=row["replaced_by"] or None,
            unknowns=row["unknowns"],
        )
    return out


@cache
def law_version() -> str:
    """The version of the legal data: ``vn-law@`` and the latest date a status was checked.

    Recorded in every Decision (like ``calendar_version``) so that an answer can be traced to
    the state of the law it was computed with.
    """
    checked = [i.last_checked for i in instruments().values() if i.last_checked is not None]
    return f"vn-law@{max(checked).isoformat()}"


@public
def instrument(instrument_id: str) -> Instrument:
    """The instrument with this id, e.g. ``instrument("law_104_2016")``."""
    try:
        return instruments()[instrument_id]
    except (KeyError, TypeError):
        known = ", ".join(sorted(instruments()))
        from accessinfo.core.messages import msg

        raise InvalidInput(
            msg("errors.unknown_instrument", value=f"{instrument_id!r:.60}", known=known)
        ) from None
