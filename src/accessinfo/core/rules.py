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
import sys
import threading
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, ParamSpec, Protocol, TypeVar, overload

import pydantic

from accessinfo.calendar import SUPPORTED_FROM, SUPPORTED_UNTIL, _as_vn_date
from accessinfo.core.citations import Citation, Instrument, law_version
from accessinfo.core.decisions import Decision, Finding, Step, assemble, decision_class
from accessinfo.core.files import read_text
from accessinfo.core.messages import (
    Text,
    caveats_of,
    explanation_of,
    msg,
    pair_caveats,
    text_vi,
)
from accessinfo.core.signature import (
    call_error,
    describe,
    public,
    signature_error,
    type_error,
)
from accessinfo.core.values import DataclassFields, Frozen
from accessinfo.errors import (
    AccessInfoError,
    ConflictingRules,
    InvalidInput,
    NoApplicableRule,
    UnverifiedText,
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


class Rule(Frozen):
    """A registered rule: one version of a legal effect, with its citations and validity.

    A frozen value, its fields in ``__dict__`` (see :mod:`accessinfo.core.values`).
    """

    __match_args__ = (
        "id",
        "family",
        "function",
        "citations",
        "valid_from",
        "valid_until",
        "rule_set",
        "module",
        "summary",
    )
    __dataclass_fields__ = DataclassFields()

    id: str
    family: str
    function: Callable[..., Decision[Any]]
    citations: tuple[Citation, ...]
    valid_from: date
    valid_until: date | None  # exclusive
    rule_set: str
    module: str
    summary: str

    def __init__(
        self,
        id: str,
        family: str,
        function: Callable[..., Decision[Any]],
        citations: tuple[Citation, ...],
        valid_from: date,
        valid_until: date | None,
        rule_set: str,
        module: str,
        summary: str,
    ) -> None:
        object.__setattr__(
            self,
            "__dict__",
            {
                "id": id,
                "family": family,
                "function": function,
                "citations": citations,
                "valid_from": valid_from,
                "valid_until": valid_until,
                "rule_set": rule_set,
                "module": module,
                "summary": summary,
            },
        )

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_until is None or on < self.valid_until)


_RULES: dict[str, Rule] = {}
# family -> its versions sorted by valid_from; emptied whenever a rule is registered
_FAMILIES: dict[str, tuple[Rule, ...]] = {}
# family -> (its versions in _FAMILIES, then (first day, end day or None, rule) of each), once
# every module of the family is loaded; used while _FAMILIES holds the same versions
_IN_FORCE: dict[str, tuple[tuple[Rule, ...], tuple[tuple[date, date | None, Rule], ...]]] = {}


class _Decorator(Protocol):
    @overload
    def __call__(self, fn: Callable[P, Finding[T]]) -> Callable[P, Decision[T]]: ...
    @overload
    def __call__(self, fn: Callable[P, T]) -> Callable[P, Decision[T]]: ...


def _as_key_date(value: object) -> date | None:
    if isinstance(value, datetime):
        try:
            return _as_vn_date(value)
        except InvalidInput:
            return None  # the body rejects naive or odd datetimes with a clear message
    if isinstance(value, date):
        return value
    return None


def _no_body() -> None:
    """A code object to hang a return annotation on (see _outcome_type)."""


_RETURNS = _no_body.__code__


def _outcome_type(fn: Callable[..., Any]) -> Any:
    """The ``T`` of a rule body annotated ``-> T``, ``-> Finding[T]`` or ``-> Decision[T]``.

    Only the return annotation is evaluated (in the body's module): the parameters' are not
    needed, and evaluating them all cost a first answer a millisecond.
    """
    returns = types.FunctionType(_RETURNS, getattr(fn, "__globals__", {}))
    returns.__annotations__ = {"return": getattr(fn, "__annotations__", {}).get("return", Any)}
    try:
        ret = typing.get_type_hints(returns).get("return", Any)
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


def _parameters(fn: Callable[..., Any]) -> dict[str, tuple[int, Any]]:
    """Name -> (position, or -1 if keyword-only; default, or _MISSING) of each parameter of
    ``fn``, read from its code object: ``inspect.signature`` cost a first request a tenth of
    a millisecond per rule of its family (issue 13). A wrapped callable goes to inspect."""
    code = getattr(fn, "__code__", None)
    if code is None or hasattr(fn, "__wrapped__") or hasattr(fn, "__signature__"):
        sig = inspect.signature(fn)
        positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        return {
            name: (
                i if p.kind in positional else -1,
                _MISSING if p.default is p.empty else p.default,
            )
            for i, (name, p) in enumerate(sig.parameters.items())
        }
    count, names = code.co_argcount, code.co_varnames
    defaults = fn.__defaults__ or ()
    first_default = count - len(defaults)
    out = {
        names[i]: (i, defaults[i - first_default] if i >= first_default else _MISSING)
        for i in range(count)
    }
    keyword_defaults = fn.__kwdefaults__ or {}
    for name in names[count : count + code.co_kwonlyargcount]:
        out[name] = (-1, keyword_defaults.get(name, _MISSING))
    return out


def _where(params: dict[str, tuple[int, Any]], name: str) -> tuple[str, int, Any]:
    """(name, position or -1 if keyword-only, default or _MISSING) of a parameter."""
    return (name, *params[name])


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
    if not all(isinstance(c, Citation) for c in (citation, *also)):  # the shared type check
        raise type_error(rule, (citation, *also), {}) or InvalidInput(describe(rule))

    def decorate(fn: Callable[..., Any]) -> Callable[..., Decision[Any]]:
        inst = citation.instrument
        start = valid_from or inst.valid_from
        until = valid_until if valid_until is not None else inst.valid_until
        summary = (inspect.getdoc(fn) or fn.__name__).split("\n", 1)[0]
        rid = f"{citation.id}:{fn.__name__}"
        params = _parameters(fn)
        rset = rule_set or inst.id
        maker: list[_Maker] = []  # built on the first call, when the module is fully loaded
        keys = [_where(params, k) for k in ((key,) if isinstance(key, str) else (key or ()))]
        strict_at = _where(params, "strict") if "strict" in params else None
        trace_at = _where(params, "trace") if "trace" in params else None

        def refuse(error: AccessInfoError, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            raise signature_error(fn, args, kwargs) or error

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Decision[Any]:
            for name, pos, default in keys:
                value = args[pos] if 0 <= pos < len(args) else kwargs.get(name, default)
                when = _as_key_date(value)
                if when is None:
                    if value is None or value is _MISSING:
                        continue
                    break  # not a date: the body refuses it under its own name
                if not (start <= when and (until is None or when < until)):
                    end = (
                        msg("errors.until_exclusive", day=until)
                        if until
                        else msg("errors.until_open")
                    )
                    found = msg(
                        "errors.no_rule_in_range",
                        rule=rid,
                        start=start,
                        until=end,
                        name=name,
                        day=when,
                    )
                    refuse(NoApplicableRule(found), args, kwargs)
                break
            strict = False
            if strict_at is not None:
                _, pos, default = strict_at
                strict = args[pos] if 0 <= pos < len(args) else kwargs.get("strict", default)
                if strict is not True and strict is not False:
                    bad = InvalidInput(f"strict must be True or False, got {strict!r:.60}")
                    refuse(bad, args, kwargs)
            if trace_at is not None:
                _, pos, default = trace_at
                value = args[pos] if 0 <= pos < len(args) else kwargs.get("trace", default)
                if value is not True and value is not False:
                    bad = InvalidInput(f"trace must be True or False, got {value!r:.60}")
                    refuse(bad, args, kwargs)
            memo: dict[Any, Decision[Any]] | None = getattr(_CALL, "memo", None)
            if memo is None:  # the outermost rule: rules it calls share one memo
                _CALL.memo = {}
                try:
                    return run(args, kwargs, strict)
                finally:
                    _CALL.memo = None
            try:
                key: Any = (wrapper, args, *kwargs.items())
                hit = memo.get(key)
            except TypeError:  # an unhashable argument: not memoised
                key = hit = None
            if hit is None:
                hit = run(args, kwargs, strict)
                if key is not None:
                    memo[key] = hit
            return hit

        def run(args: tuple[Any, ...], kwargs: dict[str, Any], strict: bool) -> Decision[Any]:
            try:
                result = fn(*args, **kwargs)
            except AccessInfoError:
                raise
            except pydantic.ValidationError as exc:
                from accessinfo.core.inputs import input_error

                raise input_error(fn.__name__, exc) from None
            except Exception:
                err = call_error(fn, args, kwargs)
                if err is None:
                    raise
                raise err from None
            if not maker:
                maker.append(_Maker(rid, (citation, *also), rset, summary, _outcome_type(fn)))
            return maker[0].decision(result, strict)

        registered = Rule(
            id=rid,
            family=family or fn.__name__,
            function=wrapper,
            citations=(citation, *also),
            valid_from=start,
            valid_until=until,
            rule_set=rset,
            module=fn.__module__,
            summary=summary,
        )
        if rid in _RULES and _RULES[rid].module != registered.module:
            raise ConflictingRules(msg("errors.rules.duplicate_id", rule=rid))
        _RULES[rid] = registered
        _FAMILIES.clear()
        _IN_FORCE.clear()
        wrapper.__rule__ = registered  # type: ignore[attr-defined]  # tag read back by getattr
        return wrapper

    return decorate


# While a rule runs, the rules it calls (and the rules those call) share a memo: a rule body
# is a pure function of its arguments (dates, a calendar that never changes, flags), so the
# same call twice in one answer (an extension counted from the original deadline, which the
# caller also asked for) is computed once. The memo lives for one outermost call only, is per
# thread, and its Decisions reach only the rule bodies that asked for them.
_CALL = threading.local()

_UNVERIFIED: dict[int, tuple[Instrument, Text]] = {}


def _unverified_note(inst: Instrument) -> Text:
    """The caveat for an instrument whose text is unverified (built once per instrument)."""
    hit = _UNVERIFIED.get(id(inst))
    if hit is not None and hit[0] is inst:
        return hit[1]
    note = msg(
        "core.unverified_text",
        name=Text(inst.name_en, inst.name_vi),
        note=inst.note or "see docs",
    )
    _UNVERIFIED[id(inst)] = (inst, note)
    return note


_EMPTY: dict[str, str] = {}
_ALL_FIELDS = set(Decision.model_fields)  # every Decision made here sets every field
_as_str = str.__str__  # a Text's English as a plain str
_new = Decision.__new__
_set = object.__setattr__


class _Maker:
    """Turns what one rule body returned into its Decision (one per rule, built once).

    What never changes between calls is worked out here once: the Decision class for the
    outcome type, the rule's own citations (deduplicated) and the caveats they carry.
    """

    __slots__ = (
        "basis",
        "cls",
        "exact",
        "law",
        "merges",
        "notes",
        "paired",
        "rid",
        "rset",
        "summary",
        "unverified",
    )

    def __init__(
        self, rid: str, basis: tuple[Citation, ...], rset: str, summary: str, outcome: Any
    ) -> None:
        self.rid, self.rset, self.summary = rid, rset, summary
        self.cls, self.exact = decision_class(outcome)
        self.basis = tuple(dict.fromkeys(basis))
        self.unverified = tuple(
            dict.fromkeys(c.instrument for c in self.basis if not c.instrument.verified)
        )
        self.notes = tuple(_unverified_note(i) for i in self.unverified)
        self.law = law_version()
        # basis tuples a body returns (mostly the same shared ones: civil_code_basis()), merged
        self.merges: dict[tuple[int, ...] | None, tuple[Any, ...]] = {}
        # id of a notes tuple from merged() -> (that tuple, its caveats paired: English, Vietnamese)
        self.paired: dict[
            int, tuple[tuple[Text, ...], tuple[tuple[str, ...], tuple[str, ...]]]
        ] = {}

    def merged(
        self, more: Any
    ) -> tuple[tuple[Citation, ...], tuple[Text, ...], Instrument | None, bool]:
        """(basis, unverified notes, first unverified instrument, all citations?) for the
        rule's own citations followed by ``more``.

        Memoised by the identities of the citations (``cite()`` shares equal citations, so a
        rule meets the same few objects again and again); the entry keeps them alive, so an
        identity in a key is never reused by another object while the entry exists.
        """
        key = tuple(map(id, more)) if type(more) is tuple else None
        hit = self.merges.get(key)
        if hit is not None:
            return hit[1]  # type: ignore[no-any-return]  # the tuple stored below
        trusted = type(more) is tuple
        cits = [c for c in more if type(c) is Citation] if more else []
        trusted = trusted and len(cits) == len(more)
        basis = tuple(dict.fromkeys((*self.basis, *more))) if more else self.basis
        insts = dict.fromkeys(
            (*self.unverified, *(c.instrument for c in cits if not c.instrument.verified))
        )
        out = (
            basis,
            tuple(_unverified_note(i) for i in insts),
            next(iter(insts), None),
            trusted,
        )
        if key is not None:
            if len(self.merges) >= 256:
                self.merges.clear()
            self.merges[key] = (more, out)
        return out

    def decision(self, result: object, strict: bool) -> Decision[Any]:
        if isinstance(result, Finding):
            outcome, more, fcav = result.outcome, result.basis, result.caveats
            explanation, readings, trace = result.explanation, result.readings, result.trace
            provisional, calendar_version = result.provisional, result.calendar_version
        elif isinstance(result, Decision):
            return self.decision(_finding_of(result), strict)
        else:
            outcome, more, fcav, explanation = result, (), (), None
            readings, trace, provisional, calendar_version = _EMPTY, None, False, None
        basis, notes, unverified, trusted = self.merged(more)
        if strict and unverified:
            raise UnverifiedText(
                msg(
                    "errors.strict_unverified",
                    rule=self.rid,
                    name=Text(unverified.name_en, unverified.name_vi),
                )
            )
        caveats: list[str] = list(fcav)
        for note in notes:
            if note not in caveats:
                caveats.append(note)
        if not explanation:
            explanation = self.summary
        expl_vi: str | None
        if type(explanation) is Text:  # a message: its English (a plain str) and Vietnamese
            expl_en, expl_vi = _as_str(explanation), explanation.vi
        else:
            expl_en, expl_vi = str(explanation), text_vi(explanation)
        cav_en: tuple[str, ...]
        cav_vi: tuple[str, ...]
        if not caveats:
            cav_en = cav_vi = ()
        elif not fcav:  # the unverified notes alone (the same few tuples): paired once
            hit = self.paired.get(id(notes))
            if hit is None or hit[0] is not notes:
                hit = self.paired[id(notes)] = (notes, pair_caveats(caveats))
            cav_en, cav_vi = hit[1]
        else:
            cav_en, cav_vi = pair_caveats(caveats)
            trusted = trusted and _all_str(cav_en) and _all_str(cav_vi)
        readings = dict(readings)
        if readings and trusted:
            for k, v in readings.items():
                if type(k) is not str or type(v) is not str:
                    trusted = False
                    break
        values = {
            "outcome": outcome,
            "basis": basis,
            "explanation": expl_en,
            "status": "provisional" if provisional or caveats else "final",
            "caveats": cav_en,
            "explanation_vi": expl_vi,
            "caveats_vi": cav_vi,
            "rule_set": self.rset,
            "rule_id": self.rid,
            "readings": readings,
            "calendar_version": calendar_version,
            "law_version": self.law,
            "trace": trace,
        }
        exact = self.exact
        if (
            trusted
            and (exact is None or type(outcome) in exact)
            and type(expl_en) is str
            and (expl_vi is None or type(expl_vi) is str)
            and (calendar_version is None or type(calendar_version) is str)
            and (trace is None or (type(trace) is tuple and _all_steps(trace)))
        ):
            # every value has its exact type: what validation would keep, unchanged
            obj = _new(self.cls)
            _set(obj, "__dict__", values)
            _set(obj, "__pydantic_fields_set__", _ALL_FIELDS.copy())
            _set(obj, "__pydantic_extra__", None)
            _set(obj, "__pydantic_private__", None)
            return obj
        return assemble(self.cls, self.exact, **values)  # validates (and reports) the odd value


def _all_str(items: Any) -> bool:
    for x in items:
        if type(x) is not str:
            return False
    return True


def _all_steps(items: tuple[Any, ...]) -> bool:
    for x in items:
        if type(x) is not Step:
            return False
    return True


def _finding_of(result: Decision[Any]) -> Finding[Any]:
    """A rule's Decision returned by another rule body, back as a Finding."""
    return Finding(
        outcome=result.outcome,
        explanation=explanation_of(result),
        basis=result.basis,
        caveats=caveats_of(result),
        readings=result.readings,
        trace=result.trace,
        provisional=result.status == "provisional",
        calendar_version=result.calendar_version,
    )


def _to_decision(
    result: object,
    rid: str,
    own_basis: tuple[Citation, ...],
    rset: str,
    summary: str,
    strict: bool,
    outcome_type: Any = Any,
) -> Decision[Any]:
    """The Decision of a rule body's result (kept for callers outside the decorator)."""
    return _Maker(rid, own_basis, rset, summary, outcome_type).decision(result, strict)


# -- the registry -------------------------------------------------------------------------------

FAMILY_MAP = "_data/rule_families.csv"
ARTICLES = "accessinfo.articles"
_LOADED: list[bool] = []
_COMPLETE: set[str] = set()  # families whose every module is imported
# family -> (module, first day, end day (exclusive) or None) of its versions, from FAMILY_MAP
_SPANS: dict[str, tuple[tuple[str, date, date | None], ...]] = {}


def _spans() -> dict[str, tuple[tuple[str, date, date | None], ...]]:
    if not _SPANS:
        out: dict[str, list[tuple[str, date, date | None]]] = {}
        for line in read_text(FAMILY_MAP).splitlines():
            if not line or line.startswith("#") or line.startswith("family,"):
                continue
            fam, module, lo, hi = line.split(",")
            span = (module, date.fromisoformat(lo), date.fromisoformat(hi) if hi else None)
            out.setdefault(fam, []).append(span)
        _SPANS.update({k: tuple(v) for k, v in out.items()})
    return _SPANS


@public
def family_map() -> dict[str, tuple[str, ...]]:
    """The static table ``family -> article modules holding its versions`` (``FAMILY_MAP``).

    The table also gives the span of dates each module's versions cover: ``applicable()``
    imports only the modules whose span holds the date asked, not every article.
    ``tests/test_rules.py`` checks the table against a full scan of ``accessinfo.articles``.
    """
    return {f: tuple(m for m, _, _ in spans) for f, spans in _spans().items()}


def _load_all() -> None:
    """Import every article module once, so that every rule is registered."""
    if _LOADED:
        return
    import pkgutil  # only for the full scan

    # The registry finds the rules by name (the core imports no article module itself)
    pkg = importlib.import_module(ARTICLES)
    for info in pkgutil.walk_packages(pkg.__path__, prefix=ARTICLES + "."):
        importlib.import_module(info.name)
    _LOADED.append(True)


def _load_family(family: str, on: date) -> None:
    """Import the article modules of ``family`` whose versions may be in force on ``on`` (all
    modules, if the map does not know the family and no rule of it is registered)."""
    if family in _COMPLETE:
        return
    spans = _spans().get(family)
    if spans is None:
        if not any(r.family == family for r in _RULES.values()):
            _load_all()  # a family the map does not list: look everywhere
        _COMPLETE.add(family)
        return
    covering = [m for m, lo, hi in spans if lo <= on and (hi is None or on < hi)]
    if not covering:  # no version on that day: load them all, to say which days they cover
        covering = [m for m, _, _ in spans]
    for module in covering:
        if module not in sys.modules:
            importlib.import_module(module)
    if all(m in sys.modules for m, _, _ in spans):
        _COMPLETE.add(family)


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


def _versions(family: str, on: date) -> tuple[Rule, ...] | None:
    if family not in _COMPLETE:
        _load_family(family, on)
    versions = _FAMILIES.get(family)
    if versions is None:
        found = [r for r in _RULES.values() if r.family == family]
        if not found:
            return None
        versions = _FAMILIES[family] = tuple(sorted(found, key=lambda r: r.valid_from))
        if family in _COMPLETE:
            spans = tuple((r.valid_from, r.valid_until, r) for r in versions)
            _IN_FORCE[family] = (versions, spans)
    return versions


@public
def applicable(family: str, *, on: date) -> Rule:
    """The one version of ``family`` in force on ``on``.

    Raises :class:`NoApplicableRule` if none applies and :class:`ConflictingRules` if two do.
    Only the article modules of ``family`` are imported (see :func:`family_map`).
    """
    if type(on) is date and type(family) is str and family in _COMPLETE:
        hit = _IN_FORCE.get(family)
        if hit is not None and hit[0] is _FAMILIES.get(family):
            # every version loaded, the registry unchanged: the one whose span holds ``on``
            found = None
            for lo, hi, r in hit[1]:
                if lo <= on and (hi is None or on < hi):
                    if found is not None:
                        break  # two claim it: the general path below says which
                    found = r
            else:
                if found is not None:
                    return found
    if type(on) is not date and (not isinstance(on, date) or isinstance(on, datetime)):
        raise InvalidInput(
            msg(
                "errors.must_be", name="on", expected=msg("errors.type.date"), got=type(on).__name__
            )
        )
    versions = _versions(family, on) if type(family) is str else None
    if versions is None:
        raise InvalidInput(msg("errors.rules.unknown_family", family=f"{family!r:.60}"))
    live = None
    for r in versions:
        if r.valid_from <= on and (r.valid_until is None or on < r.valid_until):
            if live is not None:
                n = sum(v.in_force(on) for v in versions)
                ids = ", ".join(v.id for v in versions if v.in_force(on))
                raise ConflictingRules(
                    msg("errors.rules.versions_clash", n=n, family=family, day=on, ids=ids)
                )
            live = r
    if live is None and not _LOADED:
        _load_all()  # a version missing from the family map would surface here: look everywhere
        _FAMILIES.clear()
        _IN_FORCE.clear()
        return applicable(family, on=on)
    if live is None:
        spans = ", ".join(
            f"{r.rule_set}: {r.valid_from}–{r.valid_until or 'open'}" for r in versions
        )
        raise NoApplicableRule(
            msg("errors.no_version_in_force", family=family, day=on, spans=spans)
        )
    return live
