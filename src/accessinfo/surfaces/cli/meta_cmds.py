"""Registry commands: rules, schema."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import IO, Any

from accessinfo.errors import InvalidInput
from accessinfo.surfaces.cli._common import (
    EXIT_OK,
    CommandLineError,
    parse_date,
)


def _cmd_rules(a: argparse.Namespace, out: IO[str]) -> int:
    from accessinfo.core.rules import registry

    on = parse_date(a.on, "on") if a.on else None
    rows = [r for r in registry() if on is None or r.in_force(on)]
    if a.family:
        rows = [r for r in rows if r.family == a.family]
    if a.json:
        data = [
            {
                "id": r.id,
                "family": r.family,
                "function": f"{r.module}.{r.function.__name__}",
                "rule_set": r.rule_set,
                "valid_from": r.valid_from.isoformat(),
                "valid_until": r.valid_until.isoformat() if r.valid_until else None,
                "citations": [c.id for c in r.citations],
                "summary": r.summary,
            }
            for r in rows
        ]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for r in rows:
        until = r.valid_until.isoformat() if r.valid_until else "…"
        out.write(f"{r.id}\n  {r.valid_from.isoformat()} → {until}  {r.summary}\n")
        out.write(f"  {r.citations[0]}\n  {r.citations[0].en}\n")
    out.write(f"{len(rows)} rule(s)\n")
    return EXIT_OK


def _cmd_schema(a: argparse.Namespace, out: IO[str]) -> int:
    from accessinfo.surfaces import schema

    if a.list:
        out.write("\n".join(sorted(schema.schemas())) + "\n")
        return EXIT_OK
    if a.out:
        paths = schema.write_schemas(Path(a.out))
        out.write("\n".join(str(p) for p in paths) + "\n")
        return EXIT_OK
    if a.name:
        try:
            data: object = schema.schema(a.name)
        except InvalidInput as exc:  # an unknown name: like an unknown choice, a usage error
            raise CommandLineError(exc.message) from None
    else:
        data = schema.bundle()
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("rules", help="the registered rules (id, validity, citation)")
    s.set_defaults(raw_handler=_cmd_rules)
    s.add_argument("--on", help="only the rules in force on this date")
    s.add_argument("--family")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("schema", help="JSON Schemas of the inputs and Decisions")
    s.set_defaults(raw_handler=_cmd_schema)
    s.add_argument("name", nargs="?", help="one schema (see --list); default: all, bundled")
    s.add_argument("--list", action="store_true", help="list the schema names")
    s.add_argument("--out", metavar="DIR", help="write one <name>.schema.json per schema")
