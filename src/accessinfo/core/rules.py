"""``@rule``: attach citations and validity to a function, and the registry of rules.

A rule body returns a plain value or a :class:`~accessinfo.core.decisions.Finding`; the
decorated function returns a :class:`~accessinfo.core.decisions.Decision` whose basis starts with
the rule's citations. Rules with the same ``family`` are versions of one rule; the registry
picks the version in force on a date.

>>> from datetime import date
>>> from accessinfo.core.rules import applicable
>>> r = applicable("simple_electronic_respond_by", on=date(2026, 8, 31))
>>> r.rule_set, r.valid_until
('law_104_2016', datetime.date(2026, 9, 1))
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ParamSpec, Protocol, TypeVar, overload

import pydantic

from accessinfo.core.citations import Citation, law_version
from accessinfo.core.decisions import Decision, Finding
from accessinfo.core.messages import (
    Text,
    caveats_of,
    explanation_of,
    msg,
    pair_caveats,
    text_vi,
)
from accessinfo.errors import (
    AccessInfoError,
    ConflictingRules,
    InvalidInput,
    NoApplicableRule,
    UnverifiedText,
)

__all__ = [
    "SUPPORTED_FROM",
    "SUPPORTED_UNTIL",
    "Rule",
    "applicable",
    "families",
    "registry",
    "rule",
]

P = ParamSpec("P")
T = TypeVar("T")

# The span of dates the library answers for (inclusive). Before: no rule; after: calendar ends.
SUPPORTED_FROM = date(2018, 1, 1)
SUPPORTED_UNTIL = date(2035, 12, 31)


@dataclass(frozen=True)
class Rule:
    """A registered rule: one version of a legal effect, with its citations and validity."""

    id: str
    family: str
    function: Callable[..., Decision[Any]]
    citations: tuple[Citation, ...]
    valid_from: date
    valid_until: date | None  # exclusive
    rule_set: str
    module: str
    summary: str

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_until is None or on < self.valid_until)


_RULES: dict[str, Rule] = {}


class _Decorator(Protocol):
    @overload
    def __call__(self, fn: Callable[P, Finding[T]]) -> Callable[P, Decision[T]]: ...
    @overload
    def __call__(self, fn: Callable[P, T]) -> Callable[P, Decision[T]]: ...


def _as_key_date(value: object) -> date | None:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return None  # the body rejects naive datetimes with a clear message
        from accessinfo.calendar import VN_TZ

        try:
            return value.astimezone(VN_TZ).date()
        except (OverflowError, ValueError, TypeError):  # the body's as_vn_date refuses it
            return None
    if isinstance(value, date):
        return value
    return None


def _outcome_type(fn: Callable[..., Any]) -> Any:
    """The ``T`` of a rule body annotated ``-> T``, ``-> Finding[T]`` or ``-> Decision[T]``."""
    try:
        ret = typing.get_type_hints(fn).get("return", Any)
    except Exception:  # an annotation that does not resolve: fall back to Any
        return Any
    if ret is Finding or ret is Decision:
        return Any
    meta = getattr(ret, "__pydantic_generic_metadata__", None)
    if meta and meta.get("origin") is Decision and meta.get("args"):
        return meta["args"][0]
    if typing.get_origin(ret) is Finding:
        return typing.get_args(ret)[0]
    return ret


def rule(
    citation: Citation,
    *also: Citation,
    family: str | None = None,
    valid_from: date | None = None,
    valid_until: date | None = None,
    rule_set: str | None = None,
    key: str | tuple[str, ...] | None = None,
) -> _Decorator:
    """Register a rule.

    ``citation`` is the provision the rule encodes; ``also`` are further provisions it relies
    on (e.g. Civil Code Art 147.3 for day zero). Validity defaults to the instrument's.
    ``key`` names the parameter whose date decides whether this version applies (a tuple:
    the first one given); a date outside the validity raises
    :class:`~accessinfo.errors.NoApplicableRule`.
    """

    def decorate(fn: Callable[..., Any]) -> Callable[..., Decision[Any]]:
        inst = citation.instrument
        start = valid_from or inst.valid_from
        until = valid_until if valid_until is not None else inst.valid_until
        summary = (inspect.getdoc(fn) or fn.__name__).split("\n", 1)[0]
        rid = f"{citation.id}:{fn.__name__}"
        sig = inspect.signature(fn)
        own_basis = (citation, *also)
        rset = rule_set or inst.id
        outcome: list[Any] = []  # resolved on first call, when the module is fully loaded
        keys = (key,) if isinstance(key, str) else (key or ())

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Decision[Any]:
            try:
                bound = sig.bind(*args, **kwargs)
            except TypeError as exc:
                raise InvalidInput(f"{fn.__name__}{sig}: {exc}") from None
            for name in keys:
                when = _as_key_date(bound.arguments.get(name))
                if when is None:
                    continue
                if not (start <= when and (until is None or when < until)):
                    end = (
                        msg("errors.until_exclusive", day=until)
                        if until
                        else msg("errors.until_open")
                    )
                    raise NoApplicableRule(
                        msg(
                            "errors.no_rule_in_range",
                            rule=rid,
                            start=start,
                            until=end,
                            name=name,
                            day=when,
                        )
                    )
                break
            try:
                result = fn(*args, **kwargs)
            except AccessInfoError:
                raise
            except pydantic.ValidationError as exc:
                raise InvalidInput(f"{fn.__name__}: {exc}") from None
            strict = bool(bound.arguments.get("strict", False))
            if not outcome:
                outcome.append(_outcome_type(fn))
            return _to_decision(result, rid, own_basis, rset, summary, strict, outcome[0])

        registered = Rule(
            id=rid,
            family=family or fn.__name__,
            function=wrapper,
            citations=own_basis,
            valid_from=start,
            valid_until=until,
            rule_set=rset,
            module=fn.__module__,
            summary=summary,
        )
        if rid in _RULES and _RULES[rid].module != registered.module:
            raise ConflictingRules(f"two rules share the id {rid}")
        _RULES[rid] = registered
        wrapper.__rule__ = registered  # type: ignore[attr-defined]  # tag read back by getattr
        return wrapper

    return decorate


def _to_decision(
    result: object,
    rid: str,
    own_basis: tuple[Citation, ...],
    rset: str,
    summary: str,
    strict: bool,
    outcome_type: Any = Any,
) -> Decision[Any]:
    if isinstance(result, Decision):
        finding: Finding[Any] = Finding(
            outcome=result.outcome,
            explanation=explanation_of(result),
            basis=result.basis,
            caveats=caveats_of(result),
            readings=result.readings,
            trace=result.trace,
            provisional=result.status == "provisional",
            calendar_version=result.calendar_version,
        )
    elif isinstance(result, Finding):
        finding = result
    else:
        finding = Finding(outcome=result)
    basis = (*own_basis, *finding.basis)
    caveats: list[str] = list(finding.caveats)
    for cit in basis:
        inst = cit.instrument
        if not inst.verified:
            note = msg(
                "core.unverified_text",
                name=Text(inst.name_en, inst.name_vi),
                note=inst.note or "see docs",
            )
            if note not in caveats:
                caveats.append(note)
            if strict:
                raise UnverifiedText(
                    msg(
                        "errors.strict_unverified",
                        rule=rid,
                        name=Text(inst.name_en, inst.name_vi),
                    )
                )
    provisional = finding.provisional or bool(caveats)
    explanation = finding.explanation or summary
    caveats_en, caveats_vi = pair_caveats(caveats)
    return Decision[outcome_type](  # T is resolved at run time from the annotation
        outcome=finding.outcome,
        basis=basis,
        explanation=str(explanation),
        explanation_vi=text_vi(explanation),
        status="provisional" if provisional else "final",
        caveats=caveats_en,
        caveats_vi=caveats_vi,
        rule_set=rset,
        rule_id=rid,
        readings=dict(finding.readings),
        calendar_version=finding.calendar_version,
        law_version=law_version(),
        trace=finding.trace,
    )


_LOADED: list[bool] = []
_FAMILIES: dict[int, dict[str, tuple[Rule, ...]]] = {}


def _load_all() -> None:
    """Import every article module once, so that every rule is registered."""
    if _LOADED:
        return
    import accessinfo.articles as pkg

    for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
        importlib.import_module(info.name)
    _LOADED.append(True)


def registry() -> tuple[Rule, ...]:
    """Every registered rule (imports all article modules first), sorted by id."""
    _load_all()
    return tuple(sorted(_RULES.values(), key=lambda r: r.id))


def families() -> dict[str, tuple[Rule, ...]]:
    """Rules grouped by family, each group sorted by ``valid_from``."""
    rules = registry()
    cached = _FAMILIES.get(len(rules))
    if cached is not None:
        return dict(cached)
    out: dict[str, list[Rule]] = {}
    for r in rules:
        out.setdefault(r.family, []).append(r)
    grouped = {k: tuple(sorted(v, key=lambda r: r.valid_from)) for k, v in sorted(out.items())}
    _FAMILIES.clear()
    _FAMILIES[len(rules)] = grouped
    return dict(grouped)


def applicable(family: str, *, on: date) -> Rule:
    """The one version of ``family`` in force on ``on``.

    Raises :class:`NoApplicableRule` if none applies and :class:`ConflictingRules` if two do.
    """
    if not isinstance(on, date) or isinstance(on, datetime):
        raise InvalidInput(f"on must be a datetime.date, got {type(on).__name__}")
    versions = families().get(family) if isinstance(family, str) else None
    if versions is None:
        raise InvalidInput(f"unknown rule family {family!r}; see accessinfo.core.rules.families()")
    live = [r for r in versions if r.in_force(on)]
    if not live:
        spans = ", ".join(
            f"{r.rule_set}: {r.valid_from}–{r.valid_until or 'open'}" for r in versions
        )
        raise NoApplicableRule(
            msg("errors.no_version_in_force", family=family, day=on, spans=spans)
        )
    if len(live) > 1:
        raise ConflictingRules(
            f"{len(live)} versions of {family} claim {on}: " + ", ".join(r.id for r in live)
        )
    return live[0]
