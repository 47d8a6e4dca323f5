"""A wrong call signature is :class:`~accessinfo.errors.InvalidInput`, not a bare TypeError.

Every public callable (rules, facades, batch functions, calendar methods, letters, schema
helpers) is wrapped by :func:`public` or, for ``@rule`` functions, by the rule decorator,
which uses :func:`signature_error` the same way. The check costs nothing on a good call: the
function is called as given; only when Python raises ``TypeError`` is the call bound against
the signature (once, with ``inspect``), and if it does not bind the error names the function
and its signature. A ``TypeError`` raised inside a correctly called function is re-raised
unchanged (it is a bug, not bad input).

>>> @public
... def due(day: int, *, strict: bool = False) -> int:
...     return day
>>> try:
...     due(1, 2)
... except InvalidInput as exc:
...     print(exc)
[invalid-input] due(day, *, strict=False): too many positional arguments
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from accessinfo.errors import InvalidInput

__all__ = ["describe", "public", "signature_error"]

F = TypeVar("F", bound=Callable[..., Any])

_SIGNATURES: dict[Callable[..., Any], Any] = {}


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


def signature_error(
    fn: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> InvalidInput | None:
    """The InvalidInput for calling ``fn(*args, **kwargs)``, or None if the call binds."""
    try:
        _signature(fn).bind(*args, **kwargs)
    except TypeError as exc:
        return InvalidInput(f"{describe(fn)}: {exc}")
    return None


def public(fn: F) -> F:
    """Wrap ``fn`` so that a call that does not fit its signature raises InvalidInput."""

    @functools.wraps(fn)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError:
            err = signature_error(fn, args, kwargs)
            if err is None:
                raise
            raise err from None

    return checked  # type: ignore[return-value]  # same signature as fn (functools.wraps)
