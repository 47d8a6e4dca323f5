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

from accessinfo.calendar import SUPPORTED_FROM, SUPPORTED_UNTIL, as_vn_date
from accessinfo.core.citations import Citation, Instrument, law_version
from accessinfo.core.decisions import Decision, Finding, assemble, decision_class
from accessinfo.core.files import read_text
from accessinfo.core.messages import Text, msg, text_en, text_vi
from accessinfo.core.signature import public, signature_error
from accessinfo.errors import (
    AccessInfoError,
    AmbiguousReading,
    ConflictingRules,
    InvalidInput,
    NoApplicableRule,
)

__all__ = [
    "FAMILY_MAP",
    "SUPPORTED_FROM",
    "SUPPORTED_UNTIL",
    "Rule",
    "applicable",
    "families",
    "family_map",
    "registry",
    "rule",
]

P = ParamSpec("P")
T = TypeVar("T")


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
# family -> its versions sorted by valid_from; emptied whenever a rule is registered
_FAMILIES: dict[str, tuple[Rule, ...]] = {}


class _Decorator(Protocol):
    @overload
    def __call__(self, fn: Callable[P, Finding[T]]) -> Callable[P, Decision[T]]: ...
    @overload
    def __call__(self, fn: Callable[P, T]) -> Callable[P, Decision[T]]: ...


def _as_key_date(value: object) -> date | None:
    if isinstance(value, datetime):
        try:
            return as_vn_date(value)
        except InvalidInput:
            return None  # the body rejects naive or odd datetimes with a clear message
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


_MISSING: Any = object()


class _Param:
    """Where a parameter's value is in a call: its position (if any) and its default."""

    __slots__ = ("default", "name", "position")

    def __init__(self, sig: inspect.Signature, name: str) -> None:
        p = sig.parameters[name]
        positional = (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        self.name = name
        self.position = list(sig.parameters).index(name) if p.kind in positional else -1
        self.default = _MISSING if p.default is p.empty else p.default

    def value(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if 0 <= self.position < len(args):
            return args[self.position]
        return kwargs.get(self.name, self.default)


@public
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

    The decorated function checks its call without ``inspect`` on a good call (a wrong
    signature is :class:`~accessinfo.errors.InvalidInput` naming the function), takes
    ``strict`` and ``trace`` only as True or False, and builds its Decision once, at the end.
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
        made: list[Any] = []  # (Decision[T], exact types), resolved on the first call
        keys = [_Param(sig, k) for k in ((key,) if isinstance(key, str) else (key or ()))]
        flags = [_Param(sig, k) for k in ("strict", "trace") if k in sig.parameters]
        strict_at = next((f for f in flags if f.name == "strict"), None)

        def refuse(error: AccessInfoError, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            raise signature_error(fn, args, kwargs) or error

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Decision[Any]:
            for k in keys:
                when = _as_key_date(k.value(args, kwargs))
                if when is None:
                    continue
                if not (start <= when and (until is None or when < until)):
                    end = f"until {until.isoformat()} (exclusive)" if until else "with no end"
                    refuse(
                        NoApplicableRule(
                            f"{rid} applies from {start.isoformat()} {end}; "
                            f"{k.name}={when.isoformat()} is outside that range"
                        ),
                        args,
                        kwargs,
                    )
                break
            for f in flags:
                v = f.value(args, kwargs)
                if v is not True and v is not False:
                    refuse(InvalidInput(f"{f.name} must be True or False, got {v!r}"), args, kwargs)
            try:
                result = fn(*args, **kwargs)
            except AccessInfoError:
                raise
            except TypeError:
                err = signature_error(fn, args, kwargs)
                if err is None:
                    raise
                raise err from None
            except pydantic.ValidationError as exc:
                raise InvalidInput(f"{fn.__name__}: {exc}") from None
            if not made:
                made.append(decision_class(_outcome_type(fn)))
            strict = strict_at is not None and strict_at.value(args, kwargs) is True
            return _to_decision(result, rid, own_basis, rset, summary, strict, made[0])

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
        _FAMILIES.clear()
        wrapper.__rule__ = registered  # type: ignore[attr-defined]  # tag read back by getattr
        return wrapper

    return decorate


_UNVERIFIED: dict[int, tuple[Instrument, Text]] = {}


def _unverified_note(inst: Instrument) -> Text:
    """The caveat for an instrument whose text is unverified (built once per instrument)."""
    hit = _UNVERIFIED.get(id(inst))
    if hit is not None and hit[0] is inst:
        return hit[1]
    note = msg(
        "core.unverified_text",
        name=inst.name_en,
        name_vi=inst.name_vi,
        note=inst.note or "see docs",
    )
    _UNVERIFIED[id(inst)] = (inst, note)
    return note


def _to_decision(
    result: object,
    rid: str,
    own_basis: tuple[Citation, ...],
    rset: str,
    summary: str,
    strict: bool,
    made: tuple[type[Decision[Any]], frozenset[type] | None] | Any = Any,
) -> Decision[Any]:
    if not isinstance(made, tuple):  # an outcome type (older callers): resolve its class
        made = decision_class(made)
    cls, exact = made
    if isinstance(result, Decision):
        finding: Finding[Any] = Finding(
            outcome=result.outcome,
            explanation=_bilingual(result.explanation, result.explanation_vi),
            basis=result.basis,
            caveats=_bilingual_caveats(result.caveats, result.caveats_vi),
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
    caveats: list[str | Text] = list(finding.caveats)
    for cit in basis:
        inst = cit.instrument
        if not inst.verified:
            note = _unverified_note(inst)
            if note not in caveats:
                caveats.append(note)
            if strict:
                raise AmbiguousReading(
                    f"strict=True: {rid} rests on {inst.name_en}, whose text is unverified"
                )
    provisional = finding.provisional or bool(caveats)
    explanation = finding.explanation or summary
    caveats_vi = tuple(v for c in caveats if (v := text_vi(c)) is not None)
    return assemble(
        cls,
        exact,
        outcome=finding.outcome,
        basis=basis,
        explanation=text_en(explanation),
        status="provisional" if provisional else "final",
        caveats=tuple(dict.fromkeys(text_en(c) for c in caveats)),
        explanation_vi=text_vi(explanation),
        caveats_vi=tuple(dict.fromkeys(caveats_vi)),
        rule_set=rset,
        rule_id=rid,
        readings=dict(finding.readings),
        calendar_version=finding.calendar_version,
        law_version=law_version(),
        trace=finding.trace,
    )


def _bilingual(en: str, vi: str | None) -> str | Text:
    return en if vi is None else Text(en=en, vi=vi)


def _bilingual_caveats(en: tuple[str, ...], vi: tuple[str, ...]) -> tuple[str | Text, ...]:
    """A Decision's caveats back as messages (when every caveat has its Vietnamese text)."""
    if len(vi) != len(en):
        return en
    return tuple(Text(en=e, vi=v) for e, v in zip(en, vi, strict=True))


# -- the registry -------------------------------------------------------------------------------

FAMILY_MAP = "_data/rule_families.csv"
_LOADED: list[bool] = []
_LOADED_FAMILIES: set[str] = set()
_MAP: dict[str, tuple[str, ...]] = {}


@public
def family_map() -> dict[str, tuple[str, ...]]:
    """The static table ``family -> article modules holding its versions`` (``FAMILY_MAP``).

    ``applicable()`` imports only these modules, not every article; ``tests/test_registry.py``
    checks the table against a full scan of ``accessinfo.articles``.
    """
    if not _MAP:
        out: dict[str, list[str]] = {}
        for line in read_text(FAMILY_MAP).splitlines():
            line = line.strip()
            if not line or line.startswith("#") or line == "family,module":
                continue
            fam, _, module = line.partition(",")
            out.setdefault(fam, []).append(module)
        _MAP.update({k: tuple(v) for k, v in out.items()})
    return dict(_MAP)


def _load_all() -> None:
    """Import every article module once, so that every rule is registered."""
    if _LOADED:
        return
    import accessinfo.articles as pkg

    for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
        importlib.import_module(info.name)
    _LOADED.append(True)


def _load_family(family: str) -> None:
    """Import the article modules of ``family`` (all of them if the map does not know it)."""
    if family in _LOADED_FAMILIES:
        return
    modules = family_map().get(family)
    if modules is None:
        if not any(r.family == family for r in _RULES.values()):
            _load_all()  # a family the map does not list: look everywhere
    else:
        for name in modules:
            importlib.import_module(name)
    _LOADED_FAMILIES.add(family)


@public
def registry() -> tuple[Rule, ...]:
    """Every registered rule (imports all article modules first), sorted by id."""
    _load_all()
    return tuple(sorted(_RULES.values(), key=lambda r: r.id))


@public
def families() -> dict[str, tuple[Rule, ...]]:
    """Rules grouped by family, each group sorted by ``valid_from``."""
    out: dict[str, list[Rule]] = {}
    for r in registry():
        out.setdefault(r.family, []).append(r)
    return {k: tuple(sorted(v, key=lambda r: r.valid_from)) for k, v in sorted(out.items())}


def _versions(family: str) -> tuple[Rule, ...] | None:
    versions = _FAMILIES.get(family)
    if versions is None:
        _load_family(family)
        found = [r for r in _RULES.values() if r.family == family]
        if not found:
            return None
        versions = _FAMILIES[family] = tuple(sorted(found, key=lambda r: r.valid_from))
    return versions


@public
def applicable(family: str, *, on: date) -> Rule:
    """The one version of ``family`` in force on ``on``.

    Raises :class:`NoApplicableRule` if none applies and :class:`ConflictingRules` if two do.
    Only the article modules of ``family`` are imported (see :func:`family_map`).
    """
    if type(on) is not date and (not isinstance(on, date) or isinstance(on, datetime)):
        raise InvalidInput(f"on must be a datetime.date, got {type(on).__name__}")
    versions = _versions(family) if type(family) is str else None
    if versions is None:
        raise InvalidInput(f"unknown rule family {family!r}; see accessinfo.core.rules.families()")
    live = None
    for r in versions:
        if r.valid_from <= on and (r.valid_until is None or on < r.valid_until):
            if live is not None:
                n = sum(v.in_force(on) for v in versions)
                raise ConflictingRules(
                    f"{n} versions of {family} claim {on}: "
                    + ", ".join(v.id for v in versions if v.in_force(on))
                )
            live = r
    if live is None:
        spans = ", ".join(
            f"{r.rule_set}: {r.valid_from}–{r.valid_until or 'open'}" for r in versions
        )
        raise NoApplicableRule(f"no version of {family} is in force on {on}; versions: {spans}")
    return live
