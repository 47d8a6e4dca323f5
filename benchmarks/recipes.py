"""The recipes of docs/scale-out.md, run as they stand on the page.

A recipe is the fenced Python block right after a ``<!-- recipe: name -->`` line; ``recipe``
executes it and returns its names, so the tests (tests/test_columns_recipes.py) and
``make scale`` (benchmarks/scale.py) run the code a reader copies, not a copy of it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

PAGE = Path(__file__).resolve().parent.parent / "docs" / "scale-out.md"
_BLOCK = re.compile(r"<!-- recipe: (?P<name>[\w-]+) -->\n```python\n(?P<code>.*?)\n```", re.S)


def recipes() -> dict[str, str]:
    """Every recipe's source, by name."""
    return {m["name"]: m["code"] for m in _BLOCK.finditer(PAGE.read_text(encoding="utf-8"))}


def recipe(name: str) -> dict[str, Any]:
    """The names a recipe defines, once executed."""
    namespace: dict[str, Any] = {"__name__": f"scale_out_{name}"}
    exec(compile(recipes()[name], f"{PAGE}#{name}", "exec"), namespace)
    return namespace
