"""A wrong call is :class:`~accessinfo.errors.InvalidInput`, never a bare Python exception.

Every public callable (rules, facades, batch functions, calendar methods, letters, schema
helpers, the report) is wrapped by :func:`public` or, for ``@rule`` functions, by the rule
decorator, which uses :func:`call_error` the same way. The check costs nothing on a good
call: the function is called as given. Only when it raises something that is not an
``AccessInfoError`` is the call looked at (once, with ``inspect``):

* the call does not bind to the signature (a missing argument, an unknown keyword, too many
  positional arguments): InvalidInput naming the function and its signature;
* an argument does not fit its annotation (``None`` where a ``Judged`` goes, ``True`` where an
  ``int`` goes, text where a date goes): InvalidInput naming the parameter and what it takes;
* otherwise the exception is re-raised unchanged: a correctly typed call that fails is a bug,
  not bad input, and must be seen as one.

This is the one place where junk arguments become InvalidInput; a function checks by hand only
what its annotations cannot say (a range, a known value).

>>> @public
... def due(day: int, *, strict: bool = False) -> int:
...     return day + 1
>>> try:
...     due(1, 2)
... except InvalidInput as exc:
...     print(exc)
[invalid-input] due(day, *, strict=False): too many positional arguments
>>> try:
...     due("1")
... except InvalidInput as exc:
...     print(exc)
[invalid-input] due(day, *, strict=False): day must be int, got str: '1'
"""

from __future__ import annotations

import collections.abc
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from accessinfo.errors import AccessInfoError, InvalidInput

# For the library's own modules (rule bodies, facades): not public API (docs/public-api.md).
__all__: list[str] = []

F = TypeVar("F", bound=Callable[..., Any])

_SIGNATURES: dict[Callable[..., Any], Any] = {}
_HINTS: dict[Callable[..., Any], dict[str, Any]] = {}


def _signature(fn: Callable[..., Any]) -> Any:
    sig = _SIGNATURES.get(fn)
    if sig is None:
        import inspect  # only on the error path: inspect costs milliseconds to import

        sig = _SIGNATURES[fn] = inspect.signature(fn)
    return sig


def describe(fn: Callable[..., Any]) -> str:
    """``name(parameters)`` of a callable, as the error messages show it (no annotations)."""
    sig = _signature(fn)
    plain = sig.replace(
        parameters=[p.replace(annotation=p.empty) for p in sig.parameters.values()],
        return_annotation=sig.empty,
    )
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", repr(fn))
    return f"{name}{plain}"


_PROBLEMS = (
    ("too_many", r"too many positional arguments"),
    ("missing", r"missing a required (?:keyword-only )?argument: (?P<name>'?\w+'?)"),
    ("unexpected", r"unexpected keyword argument (?P<name>'?\w+'?)"),
    ("multiple", r"multiple values for argument (?P<name>'?\w+'?)"),
)  # compiled on the first wrong call (re caches them), not at import


def _bind_message(call: str, problem: str) -> Any:
    from accessinfo.core.messages import msg

    for kind, pattern in _PROBLEMS:
        m = re.search(pattern, problem)
        if m is not None:
            return msg(f"errors.call.{kind}", call=call, name=m.groupdict().get("name") or "")
    return msg("errors.call.other", call=call, problem=problem)


def signature_error(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> InvalidInput | None:
    """The InvalidInput for calling ``fn(*args, **kwargs)``, or None if the call binds."""
    try:
        _signature(fn).bind(*args, **kwargs)
    except TypeError as exc:
        return InvalidInput(_bind_message(describe(fn), str(exc)))
    return None


# -- does a value fit an annotation? (loose: what cannot be checked fits) -------------------


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    """The parameters' annotations, resolved one by one (an unresolvable one is left out)."""
    found = _HINTS.get(fn)
    if found is not None:
        return found
    found = {}
    target = getattr(fn, "__wrapped__", fn)
    target = getattr(target, "__func__", target)
    raw = getattr(target, "__annotations__", {}) or {}
    space = dict(getattr(target, "__globals__", {}))
    for name, ann in raw.items():
        if name == "return":
            continue
        try:
            found[name] = eval(ann, space) if isinstance(ann, str) else ann
        except Exception:  # a name imported for type checking only: not checked here
            continue
    _HINTS[fn] = found
    return found


def _literal_has(options: tuple[Any, ...], value: Any) -> bool:
    return any(type(o) is type(value) and o == value for o in options)


def fits(value: Any, tp: Any) -> bool:
    """Whether ``value`` fits the annotation ``tp`` (True where it cannot be told)."""
    if tp is Any or tp is object or isinstance(tp, (TypeVar, str)):
        return True
    if tp is None or tp is type(None):
        return value is None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return any(fits(value, a) for a in args)
    if origin is typing.Literal:
        return _literal_has(args, value)
    if origin is typing.Annotated:
        return fits(value, args[0])
    if origin is type:
        return isinstance(value, type)
    if origin is collections.abc.Callable or tp is collections.abc.Callable:
        return callable(value)
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    meta = getattr(tp, "__pydantic_generic_metadata__", None)
    if meta and meta.get("origin"):
        return isinstance(value, meta["origin"])
    cls = origin or tp
    if not isinstance(cls, type):
        return True
    if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False):
        return True
    try:
        return isinstance(value, cls)
    except TypeError:
        return True


def _name_of(tp: Any) -> str:
    if isinstance(tp, type):
        return tp.__name__
    return re.sub(r"\b(?:typing|datetime|accessinfo(?:\.\w+)*)\.", "", str(tp))


def type_error(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> InvalidInput | None:
    """InvalidInput for the first argument that does not fit its annotation, or None."""
    from accessinfo.core.messages import msg

    bound = _signature(fn).bind(*args, **kwargs)
    hints = _hints(fn)
    for name, value in bound.arguments.items():
        param = bound.signature.parameters[name]
        tp = hints.get(name, Any)
        if param.kind is param.VAR_POSITIONAL:
            values: tuple[Any, ...] = tuple(value)
        elif param.kind is param.VAR_KEYWORD:
            values = tuple(value.values())
        else:
            values = (value,)
        for v in values:
            if not fits(v, tp):
                return InvalidInput(
                    msg(
                        "errors.call.wrong_type",
                        call=describe(fn),
                        name=name,
                        expected=_name_of(tp),
                        got=type(v).__name__,
                        value=f"{v!r:.60}",
                    )
                )
    return None


def call_error(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> InvalidInput | None:
    """Why calling ``fn(*args, **kwargs)`` is bad input (signature, then types), or None."""
    return signature_error(fn, args, kwargs) or type_error(fn, args, kwargs)


def public(fn: F) -> F:
    """Wrap ``fn`` so that a call that does not fit its signature or its annotations raises
    InvalidInput (see the module's docstring); a good call runs as if unwrapped."""

    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except AccessInfoError:
            raise
        except Exception:
            err = call_error(fn, args, kwargs)
            if err is None:
                raise
            raise err from None

    return checked  # type: ignore[return-value]  # same signature as fn (functools.wraps)


def check_whole(value: object, name: str, low: int, high: int) -> int:
    """``value`` if it is an ``int`` (not a bool) from ``low`` to ``high``, else InvalidInput:
    what an annotation cannot say (a count that would draw a page per year of 9999 years)."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        from accessinfo.core.messages import msg

        raise InvalidInput(
            msg("errors.whole_in_range", name=name, low=low, high=high, value=f"{value!r:.60}")
        )
    return value
