"""JSON Schemas for the inputs and the Decisions, so systems in any language can validate.

Built from the code, not written by hand: every input model (subclasses of
:class:`~accessinfo.core.inputs.InputModel`) and one ``Decision[T]`` per outcome type ``T`` of a
registered rule (read from the rule's return annotation), plus the outcomes of the calendar
questions of the command line. :func:`load_decision` reads a Decision back from JSON without
loss, choosing the outcome type from its ``rule_id``.

>>> from accessinfo.surfaces.schema import schema, schemas
>>> "InformationRequest" in schemas() and "Decision[date]" in schemas()
True
>>> schema("Decision[date]")["properties"]["outcome"]
{'format': 'date', 'title': 'Outcome', 'type': 'string'}
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import types
import typing
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pydantic

from accessinfo.calendar import DayInfo
from accessinfo.core.decisions import Decision
from accessinfo.core.inputs import InputModel
from accessinfo.core.messages import msg
from accessinfo.core.rules import _outcome_type, registry
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.compact import either_form_schema, expand_instruments
from accessinfo.tasks.timeline import TIMELINE_RULE_ID, RequestTimeline

__all__ = [
    "DIALECT",
    "MAX_JSON_BYTES",
    "MAX_JSON_DEPTH",
    "MAX_JSON_NODES",
    "bundle",
    "decision_type",
    "file_name",
    "load_decision",
    "outcome_type",
    "schema",
    "schemas",
    "write_schemas",
]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Outcomes of the calendar questions answered by the CLI (accessinfo.surfaces.cli).
_CALENDAR_OUTCOMES: tuple[Any, ...] = (date, int, DayInfo, tuple[DayInfo, ...])


def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "None"
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return " | ".join(_type_name(a) for a in get_args(tp))
    if origin is not None:
        args = get_args(tp)
        base = getattr(origin, "__name__", str(origin))
        if origin is typing.Literal:
            return "Literal[" + ", ".join(repr(a) for a in args) + "]"
        inner = ", ".join("..." if a is Ellipsis else _type_name(a) for a in args)
        return f"{base}[{inner}]"
    return getattr(tp, "__name__", str(tp))


@public
def outcome_type(rule_function: Any) -> Any:
    """The outcome type ``T`` of a rule function (from ``-> T``, ``Finding[T]``, ``Decision[T]``).

    Returns ``typing.Any`` when the annotation cannot be resolved.
    """
    return _outcome_type(getattr(rule_function, "__wrapped__", rule_function))


@public
def decision_type(outcome: Any) -> type[Decision[Any]]:
    """``Decision[outcome]`` (cached by pydantic)."""
    if isinstance(outcome, str) or not (
        isinstance(outcome, type) or outcome is Any or get_origin(outcome) is not None
    ):
        raise InvalidInput(msg("errors.schema.outcome_type", value=f"{outcome!r:.60}"))
    try:
        return Decision[outcome]
    except (TypeError, pydantic.PydanticUserError, pydantic.PydanticSchemaGenerationError) as exc:
        raise InvalidInput(
            msg("errors.schema.no_type", value=f"{outcome!r:.60}", why=str(exc)[:200])
        ) from None


def _input_models() -> list[type[InputModel]]:
    import accessinfo

    for info in pkgutil.walk_packages(accessinfo.__path__, prefix="accessinfo."):
        if info.name.endswith(("__main__", ".cli")):
            continue
        importlib.import_module(info.name)
    out: list[type[InputModel]] = []
    todo = list(InputModel.__subclasses__())
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(set(out), key=lambda c: c.__name__)


def _outcomes() -> dict[str, Any]:
    found: dict[str, Any] = {_type_name(t): t for t in _CALENDAR_OUTCOMES}
    for r in registry():
        t = outcome_type(r.function)
        found.setdefault(_type_name(t), t)
    return found


def _finish(s: dict[str, Any], title: str) -> dict[str, Any]:
    return {"$schema": DIALECT, **s, "title": title}


@cache
def _all() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for cls in _input_models():
        if cls.__name__ in out:
            raise InvalidInput(msg("errors.schema.two_models", name=cls.__name__))
        out[cls.__name__] = _finish(cls.model_json_schema(mode="validation"), cls.__name__)
    for name, tp in sorted(_outcomes().items()):
        title = f"Decision[{name}]"
        try:
            s = decision_type(tp).model_json_schema(mode="serialization")
        except pydantic.PydanticUserError:  # an outcome type pydantic cannot describe
            s = decision_type(Any).model_json_schema(mode="serialization")
        out[title] = _finish(either_form_schema(s), title)
    return out


@public
def schemas() -> dict[str, dict[str, Any]]:
    """Every schema by name: input models by class name, Decisions as ``Decision[T]``."""
    return {k: dict(v) for k, v in _all().items()}


@public
def schema(name: str) -> dict[str, Any]:
    """One schema by name (see :func:`schemas`)."""
    if not isinstance(name, str):
        raise InvalidInput(
            msg("errors.must_be", name="schema name", expected="str", got=type(name).__name__)
        )
    found = _all().get(name)
    if found is None:
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name="schema",
                options=", ".join(sorted(_all())),
                value=f"{name!r:.60}",
            )
        )
    return dict(found)


@public
def bundle() -> dict[str, Any]:
    """All schemas in one document, under ``$defs`` (each keeps its own ``$defs``)."""
    return {
        "$schema": DIALECT,
        "title": "accessinfo",
        "$defs": {
            k: {kk: vv for kk, vv in v.items() if kk != "$schema"} for k, v in _all().items()
        },
    }


@public
def file_name(name: str) -> str:
    """``Decision[date | None]`` → ``Decision-date-or-None.schema.json``."""
    if not isinstance(name, str):
        raise InvalidInput(
            msg("errors.must_be", name="name", expected="str", got=type(name).__name__)
        )
    slug = name.replace(" | ", "-or-").replace(", ", "-")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", slug).strip("-")
    return f"{slug}.schema.json"


@public
def write_schemas(directory: Path | str) -> list[Path]:
    """Write one ``<name>.schema.json`` per schema into ``directory``; returns the paths."""
    import json

    if not isinstance(directory, (str, Path)):
        raise InvalidInput(
            msg("errors.must_be", name="directory", expected="a path", got=type(directory).__name__)
        )
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, s in sorted(_all().items()):
        p = d / file_name(name)
        p.write_text(json.dumps(s, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        paths.append(p)
    return paths


# Limits of load_decision: a Decision with a full trace is a few hundred kilobytes and about
# ten levels deep, so these leave a wide margin while keeping a hostile document cheap to refuse.
MAX_JSON_BYTES = 8 * 1024 * 1024
"""Largest Decision text :func:`load_decision` reads (8 MiB); larger is ``InvalidInput``."""
MAX_JSON_DEPTH = 32
"""Deepest nesting of objects and arrays :func:`load_decision` reads; deeper is ``InvalidInput``."""
MAX_JSON_NODES = 1_000_000
"""Most values (objects, arrays, scalars) in a Decision given already parsed."""

# Decisions built outside the rule registry, by the suffix of their rule_id.
_LETTER_SUFFIXES = (":refusal_letter", ":extension_notice")


def _check_shape(parsed: object) -> None:
    """Depth and size of parsed JSON, walked without recursion."""
    stack: list[tuple[object, int]] = [(parsed, 1)]
    nodes = 0
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_JSON_NODES:
            raise InvalidInput(msg("errors.schema.too_many_values", limit=f"{MAX_JSON_NODES:,}"))
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, (list, tuple)):
            children = value
        else:
            continue
        if depth >= MAX_JSON_DEPTH and len(children):
            raise InvalidInput(msg("errors.schema.too_deep", limit=MAX_JSON_DEPTH))
        stack.extend((c, depth + 1) for c in children)


def _calendar_outcome(outcome: object) -> Any:
    """The outcome type of a calendar Decision (no rule id), told by the JSON type."""
    if isinstance(outcome, bool):
        return None
    if isinstance(outcome, int):
        return int
    if isinstance(outcome, str):
        return date
    if isinstance(outcome, dict):
        return DayInfo
    if isinstance(outcome, list):
        return tuple[DayInfo, ...]
    return None


def _outcome_for(parsed: dict[str, Any]) -> Any:
    rid = parsed.get("rule_id")
    if rid is None:
        found = _calendar_outcome(parsed.get("outcome"))
        if found is None:
            raise InvalidInput(msg("errors.schema.no_rule_id"))
        return found
    if not isinstance(rid, str):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="rule_id",
                expected="a string or null",
                got=type(rid).__name__,
            )
        )
    if rid == TIMELINE_RULE_ID:
        return RequestTimeline
    if rid.endswith(_LETTER_SUFFIXES):
        return str
    rules = {r.id: r for r in registry()}
    if rid not in rules:
        raise InvalidInput(msg("errors.schema.unknown_rule", rule_id=repr(rid[:80])))
    return outcome_type(rules[rid].function)


@public
def load_decision(data: str | bytes | dict[str, Any], outcome: Any = None) -> Decision[Any]:
    """A Decision from its JSON (text or parsed), with the outcome typed as it was.

    The outcome type comes from ``outcome`` if given, else from ``rule_id``: a registered rule,
    a request timeline, a letter (``…:refusal_letter``, ``…:extension_notice``: text), or, with
    no rule id, a calendar answer (a date, a count, a day or a list of days, told by the JSON).
    Reads the expanded and the compact form (instruments by id, the CLI's ``--json``).

    Limits (``InvalidInput`` beyond them, before any parsing work): text of at most
    :data:`MAX_JSON_BYTES` (8 MiB), nesting at most :data:`MAX_JSON_DEPTH` (32) levels, at most
    :data:`MAX_JSON_NODES` values in an already parsed document.
    """
    import json

    if isinstance(data, (str, bytes, bytearray)):
        size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
        if size > MAX_JSON_BYTES:
            raise InvalidInput(
                msg("errors.schema.too_big", limit=f"{MAX_JSON_BYTES:,}", size=f"{size:,}")
            )
        try:
            parsed = json.loads(data)
        except RecursionError:
            raise InvalidInput(msg("errors.schema.too_deep", limit=MAX_JSON_DEPTH)) from None
        except ValueError as exc:
            raise InvalidInput(msg("errors.schema.not_json", why=str(exc))) from None
    else:
        parsed = data
    if not isinstance(parsed, dict):
        raise InvalidInput(msg("errors.schema.not_object"))
    _check_shape(parsed)
    parsed = expand_instruments(parsed)  # the compact form (instruments by id) reads back too
    if outcome is None:
        outcome = _outcome_for(parsed)
    try:
        return decision_type(outcome).model_validate(parsed)
    except pydantic.ValidationError as exc:
        raise InvalidInput(msg("errors.schema.invalid", why=_short(exc))) from None
    except RecursionError:
        raise InvalidInput(msg("errors.schema.too_deep", limit=MAX_JSON_DEPTH)) from None


def _short(exc: pydantic.ValidationError) -> str:
    text = str(exc)
    return text if len(text) <= 2000 else text[:2000] + " …"
