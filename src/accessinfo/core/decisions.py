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
>>> import pickle
>>> pickle.loads(pickle.dumps(d)) == d
True
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accessinfo.core.citations import Citation
from accessinfo.core.messages import Text, pair_caveats, text_vi
from accessinfo.core.values import DataclassFields, Frozen

_set = object.__setattr__

# assemble and decision_class are for the authors of rules and facades (they get checked
# values): importable, outside the public API and its bad-input contract (docs/public-api.md).
__all__ = [
    "Decision",
    "Finding",
    "Status",
    "Step",
    "StepAction",
    "Trace",
]

T = TypeVar("T")
Status = Literal["final", "provisional"]
StepAction = Literal["start", "counted", "skipped", "end", "rolled", "note"]


class Step(BaseModel):
    """One line of a trace: a day counted or skipped, with the reason and its source."""

    # schemas are built on first validation or serialisation, not at import: rules assemble
    # their Decisions without validating them (see assemble()), so many never need one
    model_config = ConfigDict(frozen=True, defer_build=True)

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

    model_config = ConfigDict(frozen=True, defer_build=True)

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

    def __reduce__(self) -> tuple[Any, ...]:
        # Decision[RequestDeadlines] is not importable by name: pickle the outcome type and
        # rebuild the class on the other side (multiprocessing, Spark and Dask workers).
        args = type(self).__pydantic_generic_metadata__["args"]
        return (_unpickle, (args, self.__getstate__()))


def _unpickle(args: tuple[Any, ...], state: dict[Any, Any]) -> Decision[Any]:
    cls = Decision[args[0]] if args else Decision  # type: ignore[valid-type]  # a runtime type
    obj = cls.__new__(cls)
    obj.__setstate__(state)
    return obj


class Finding(Frozen, Generic[T]):
    """What a rule body returns when it has more to say than a bare value.

    The decorator adds the rule's own citations to ``basis`` and makes the status
    ``provisional`` when any caveat is present or an instrument is unverified. Explanations
    and caveats are :class:`~accessinfo.core.messages.Text` (English and Vietnamese, from
    ``msg()``) or, in code not yet translated, plain English strings. A frozen value, its
    fields in ``__dict__`` (see :mod:`accessinfo.core.values`).
    """

    __match_args__ = (
        "outcome",
        "explanation",
        "basis",
        "caveats",
        "readings",
        "trace",
        "provisional",
        "calendar_version",
        "extra",
    )
    __dataclass_fields__ = DataclassFields(
        {
            "explanation": None,
            "basis": (),
            "caveats": (),
            "trace": None,
            "provisional": False,
            "calendar_version": None,
        },
        {"readings": dict, "extra": dict},
    )

    outcome: T
    explanation: str | Text | None = None
    basis: tuple[Citation, ...] = ()
    caveats: tuple[str | Text, ...] = ()
    readings: Mapping[str, str]
    trace: Trace | None = None
    provisional: bool = False
    calendar_version: str | None = None
    extra: Mapping[str, Any]

    def __init__(
        self,
        outcome: T,
        explanation: str | Text | None = None,
        basis: tuple[Citation, ...] = (),
        caveats: tuple[str | Text, ...] = (),
        readings: Mapping[str, str] | None = None,
        trace: Trace | None = None,
        provisional: bool = False,
        calendar_version: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        # one assignment instead of nine frozen-field setattrs: every rule returns a Finding
        _set(
            self,
            "__dict__",
            {
                "outcome": outcome,
                "explanation": explanation,
                "basis": basis,
                "caveats": caveats,
                "readings": {} if readings is None else readings,
                "trace": trace,
                "provisional": provisional,
                "calendar_version": calendar_version,
                "extra": {} if extra is None else extra,
            },
        )


# -- building Decisions fast ---------------------------------------------------------------------

_CLASSES: dict[Any, tuple[type[Decision[Any]], frozenset[type] | None]] = {}
# Outcome classes that validation passes through unchanged when given an instance of exactly
# that class (pydantic models are not re-validated: revalidate_instances="never").
_PLAIN = frozenset({date, str, int, bool, float, type(None)})
_STATUS = ("final", "provisional")
_FIELDS = tuple(Decision.model_fields)


def _exact_types(outcome: Any) -> frozenset[type] | None:
    """Outcome types a Decision can take unchecked; empty: always validate; None: any value."""
    if outcome is Any:
        return None
    if typing.get_origin(outcome) in (typing.Union, types.UnionType):
        members = typing.get_args(outcome)
    else:
        members = (outcome,)
    out: set[type] = set()
    for m in members:
        if m in _PLAIN or (isinstance(m, type) and issubclass(m, BaseModel)):
            out.add(m)
        else:
            return frozenset()  # Literal, tuple[...], dataclasses …: pydantic checks these
    return frozenset(out)


def decision_class(outcome: Any) -> tuple[type[Decision[Any]], frozenset[type] | None]:
    """``Decision[outcome]`` (looked up once) and the outcome classes :func:`assemble` trusts."""
    try:
        hit = _CLASSES.get(outcome)
    except TypeError:  # an unhashable annotation
        return Decision[outcome], frozenset()
    if hit is None:
        hit = _CLASSES[outcome] = (Decision[outcome], _exact_types(outcome))
    return hit


def assemble(
    cls: type[Decision[Any]], exact: frozenset[type] | None, **values: Any
) -> Decision[Any]:
    """``cls(**values)``, without re-validating values that already have their exact types.

    Rules build their Decision from values that are valid by construction (citations,
    strings, dates, models); validating them again cost more than the arithmetic. Every value
    is checked for its exact type here (cheap); anything else (an unusual outcome type, a
    stray object) goes through full pydantic validation, so the result is always the one
    ``cls(**values)`` gives. ``values`` must name every field, in declaration order.
    """
    if tuple(values) == _FIELDS and _trusted(values, exact):
        values["basis"] = tuple(dict.fromkeys(values["basis"]))
        obj = cls.__new__(cls)
        _set(obj, "__dict__", values)
        _set(obj, "__pydantic_fields_set__", set(values))
        _set(obj, "__pydantic_extra__", None)
        _set(obj, "__pydantic_private__", None)
        return obj
    return cls(**values)


M = TypeVar("M", bound=BaseModel)


def unvalidated(cls: type[M], values: dict[str, Any]) -> M:
    """``cls(**values)`` without validating ``values`` again: for a model (no validators)
    whose every field the caller gives, in declaration order, with a value of exactly its
    field's type (a ``date`` for ``date``, a member for a ``Literal``...), which validation
    would keep unchanged. The caller checks; anything else goes through ``cls(**values)``."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    fields = _FIELD_SETS.get(cls)
    if fields is None:
        fields = _FIELD_SETS[cls] = set(cls.model_fields)
    _set(obj, "__pydantic_fields_set__", fields.copy())  # every field: the caller gives all
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


_FIELD_SETS: dict[type[BaseModel], set[str]] = {}  # model class -> the names of its fields


def _strings(items: object) -> bool:
    return type(items) is tuple and all(type(x) is str for x in items)


def _trusted(v: dict[str, Any], exact: frozenset[type] | None) -> bool:
    if exact is not None and type(v["outcome"]) not in exact:
        return False
    basis, readings, trace = v["basis"], v["readings"], v["trace"]
    return (
        type(basis) is tuple
        and len(basis) > 0
        and all(type(c) is Citation for c in basis)
        and type(v["explanation"]) is str
        and v["status"] in _STATUS
        and _strings(v["caveats"])
        and (v["explanation_vi"] is None or type(v["explanation_vi"]) is str)
        and _strings(v["caveats_vi"])
        and type(v["rule_set"]) is str
        and (v["rule_id"] is None or type(v["rule_id"]) is str)
        and type(readings) is dict
        and all(type(k) is str and type(x) is str for k, x in readings.items())
        and (v["calendar_version"] is None or type(v["calendar_version"]) is str)
        and (v["law_version"] is None or type(v["law_version"]) is str)
        and (trace is None or (type(trace) is tuple and all(type(s) is Step for s in trace)))
    )
