"""The compact JSON form of a Decision: each instrument once, citations pointing to it by id.

A Decision cites the same instrument many times (its basis, every counted day of a trace,
each duty of a timeline). In the expanded form every citation carries the instrument's whole
record; in the compact form (the command line's default) the document starts with an
``instruments`` map, ``{id: record}``, and each citation's ``instrument`` is the id::

    {"instruments": {"law_104_2016": {"id": "law_104_2016", "kind": "law", ...}},
     "outcome": ..., "basis": [{"instrument": "law_104_2016", "article": 30, ...}], ...}

:func:`expand_instruments` turns a compact document back into the expanded one (what
``Decision.model_validate`` reads); ``accessinfo.surfaces.schema.load_decision`` reads both.

>>> from datetime import date
>>> from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
>>> d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
>>> data = compact_instruments(d.model_dump(mode="json"))
>>> list(data["instruments"])
['code_91_2015', 'cv_12729_2025', 'decision_188_1999']
>>> data["basis"][0]["instrument"]
'code_91_2015'
>>> expand_instruments(data) == d.model_dump(mode="json")
True
"""

from __future__ import annotations

import copy
import json
from typing import Any

from accessinfo.core.messages import msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

__all__ = ["compact_instruments", "decision_json", "either_form_schema", "expand_instruments"]

_CITATION_KEYS = frozenset({"instrument", "article", "clause", "point"})


def _is_citation(node: dict[str, Any]) -> bool:
    return "instrument" in node and _CITATION_KEYS.issuperset(node)


@public
def compact_instruments(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a Decision as JSON-ready dicts) with every instrument record moved to a map
    ``instruments`` at the top and each citation pointing to it by id. ``data`` is not changed.
    An instrument whose records differ under one id stays expanded where it differs."""
    if not isinstance(data, dict):
        raise InvalidInput(msg("errors.compact.not_object", got=type(data).__name__))
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            inst = node.get("instrument")
            if _is_citation(node) and isinstance(inst, dict) and isinstance(inst.get("id"), str):
                known = found.setdefault(inst["id"], inst)
                if known == inst:
                    return {**{k: walk(v) for k, v in node.items()}, "instrument": inst["id"]}
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    body = walk(data)
    return {"instruments": found, **body}


@public
def expand_instruments(data: dict[str, Any]) -> dict[str, Any]:
    """The expanded form of a compact document (a document without an ``instruments`` map is
    returned as it is). Raises InvalidInput if a citation names an instrument the map lacks."""
    if not isinstance(data, dict):
        raise InvalidInput(msg("errors.compact.not_object", got=type(data).__name__))
    if "instruments" not in data:
        return data
    table = data["instruments"]
    if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
        raise InvalidInput(msg("errors.compact.bad_instruments"))

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: walk(v) for k, v in node.items()}
            ref = node.get("instrument")
            if _is_citation(node) and isinstance(ref, str):
                if ref not in table:
                    raise InvalidInput(msg("errors.compact.unknown_instrument", ref=f"{ref!r:.60}"))
                out["instrument"] = copy.deepcopy(table[ref])
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk({k: v for k, v in data.items() if k != "instruments"})  # type: ignore[no-any-return]


@public
def decision_json(decision: Any, *, expanded: bool = False, indent: int | None = 2) -> str:
    """A Decision as JSON text: compact (the default) or ``expanded``."""
    dump = getattr(decision, "model_dump", None)
    if dump is None:
        raise InvalidInput(
            msg("errors.must_be", name="decision", expected="Decision", got=type(decision).__name__)
        )
    data = dump(mode="json")
    if not expanded:
        data = compact_instruments(data)
    return json.dumps(data, ensure_ascii=False, indent=indent)


@public
def either_form_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A Decision's JSON Schema widened to accept the compact form as well: a citation's
    ``instrument`` is the record or its id, and an optional ``instruments`` map may lead."""
    if not isinstance(schema, dict):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="schema",
                expected="JSON Schema (dict)",
                got=type(schema).__name__,
            )
        )
    s = copy.deepcopy(schema)
    defs = s.get("$defs")
    if not isinstance(defs, dict):
        return s
    citation = defs.get("Citation")
    cit = citation.get("properties") if isinstance(citation, dict) else None
    if not isinstance(cit, dict) or "instrument" not in cit or "Instrument" not in defs:
        return s
    cit["instrument"] = {
        "anyOf": [{"$ref": "#/$defs/Instrument"}, {"type": "string"}],
        "description": "the instrument's record, or (compact form) its id in 'instruments'",
    }
    props = s.get("properties")
    s["properties"] = {
        "instruments": {
            "type": "object",
            "additionalProperties": {"$ref": "#/$defs/Instrument"},
            "description": "compact form: every instrument cited, by id",
        },
        **(props if isinstance(props, dict) else {}),
    }
    return s
