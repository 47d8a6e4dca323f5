"""Frozen value classes that behave as dataclasses without importing ``dataclasses``.

``import dataclasses`` brings ``inspect``, ``ast``, ``dis`` and ``tokenize``: about 5 ms, a
fifth of the first ``add`` in a fresh process (issue 13), and making each dataclass writes
and compiles its methods at import. The calendar's values (``SpecialDay``, ``DayInfo``,
``Reckoning``), ``messages.Later``, ``batch.NumpyIndex``, and the rules' ``Finding`` and
``Rule`` are therefore written by hand on :class:`Frozen`: their ``__init__``, ``__eq__``,
``__hash__`` and ``__repr__`` do what the dataclass methods did. What needs ``dataclasses``
itself is made on first use:

* ``__dataclass_fields__`` and ``__dataclass_params__`` (:class:`DataclassFields`), so
  ``dataclasses.fields``, ``replace``, ``asdict`` and pydantic see the same frozen dataclass
  as before;
* :func:`frozen_error`, the ``FrozenInstanceError`` an assignment raises.

``tests/test_values.py`` checks each class against the dataclass it replaces.
"""

from __future__ import annotations

from _thread import get_ident
from collections.abc import Callable, Mapping
from typing import Any

# For the library's own modules: not public API (docs/public-api.md).
__all__: list[str] = []


def frozen_error(name: str, verb: str = "assign to") -> AttributeError:
    """``dataclasses.FrozenInstanceError`` for assigning to (or deleting) ``name``."""
    from dataclasses import FrozenInstanceError  # only when a frozen value is written to

    return FrozenInstanceError(f"cannot {verb} field {name!r}")


class DataclassFields:
    """``__dataclass_fields__`` (and ``__dataclass_params__``) of a hand-written frozen value
    class, made on first access from the class's annotations, ``defaults`` and the
    ``factories`` of fields whose default is made per value.

    The first access replaces this descriptor in the class by the real values, taken from a
    frozen dataclass written with the same annotations and defaults.
    """

    def __init__(
        self,
        defaults: Mapping[str, Any] | None = None,
        factories: Mapping[str, Callable[[], Any]] | None = None,
    ) -> None:
        self.defaults = dict(defaults or {})
        self.factories = dict(factories or {})

    def __get__(self, obj: object, owner: type) -> Any:
        return describe(owner)


def describe(owner: type) -> Any:
    """The class's ``__dataclass_fields__``, made (once) if it is still the descriptor."""
    found = owner.__dict__.get("__dataclass_fields__")
    if not isinstance(found, DataclassFields):
        return found
    import dataclasses

    ns: dict[str, Any] = {
        "__annotations__": dict(owner.__annotations__),
        "__module__": owner.__module__,
        "__qualname__": owner.__qualname__,
        **found.defaults,
    }
    for name, make in found.factories.items():
        ns[name] = dataclasses.field(default_factory=make)
    shadow: Any = dataclasses.dataclass(frozen=True)(type(owner.__name__, (), ns))
    type.__setattr__(owner, "__dataclass_params__", shadow.__dataclass_params__)
    type.__setattr__(owner, "__dataclass_fields__", shadow.__dataclass_fields__)
    return shadow.__dataclass_fields__


_put = object.__setattr__  # how a frozen value sets its own fields
_REPRS: set[tuple[int, int]] = set()  # (id, thread) of values being shown: a cycle shows ...


def value_repr(obj: object, names: tuple[str, ...]) -> str:
    """``Name(field=value, ...)``, as a dataclass's ``__repr__`` writes it."""
    key = (id(obj), get_ident())
    if key in _REPRS:
        return "..."
    _REPRS.add(key)
    try:
        inner = ", ".join(f"{n}={getattr(obj, n)!r}" for n in names)
    finally:
        _REPRS.discard(key)
    return f"{type(obj).__qualname__}({inner})"


class Frozen:
    """The base of a hand-written frozen value whose fields are ``__match_args__``: equal when
    of the same class with equal fields, hashed by its fields, shown and pickled as a
    dataclass is. A subclass's ``__init__`` sets its fields with :meth:`_assign` (or, on a hot
    path, its whole ``__dict__`` at once)."""

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, n) for n in self.__match_args__)

    def _assign(self, *values: Any) -> None:
        """Set the fields, in ``__match_args__`` order (what a subclass's ``__init__`` does)."""
        for name, value in zip(self.__match_args__, values, strict=True):
            _put(self, name, value)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return value_repr(self, self.__match_args__)

    def __setattr__(self, name: str, value: object) -> None:
        raise frozen_error(name)

    def __delattr__(self, name: str) -> None:
        raise frozen_error(name, "delete")

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, self._fields())
