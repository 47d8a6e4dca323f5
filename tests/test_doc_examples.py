"""The code examples of README.md and the worked examples in docs/ run, and say the truth.

Every ```python block of the files below runs, in order, in one namespace per file. A line
``expression  # stated result`` is checked when the comment states a value:

* an ISO date (``# 2026-03-13: …``) → the value is that date;
* a Python literal, a ``date(...)``/``datetime(...)`` call or a tuple of them (``# date(2026,
  1, 13): …``, ``# ('final', 'law_104_2016')``, ``# True: …``, ``# 3``) → equal;
* alternatives of strings (``# "final" or "provisional" …``) → one of them;
* for ``print(...)``, the comment's text up to `` — `` or the end → what was printed starts
  with it (a multi-line ``print(\n …\n)  # …`` counts as one statement).

Other comments are prose and are not checked. Blocks that need outside data or services
(Spark, files, a placeholder letter number) live in pages not listed here.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FILES = [
    ROOT / "README.md",
    ROOT / "docs" / "getting-started.md",
    ROOT / "docs" / "notebook.md",
    *sorted((ROOT / "docs" / "examples").glob("*.md")),
]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})\b")
_LITERAL_NODES = (
    ast.Expression,
    ast.Constant,
    ast.Tuple,
    ast.List,
    ast.UnaryOp,
    ast.USub,
    ast.Call,
    ast.Name,
    ast.Load,
)


def blocks(path: Path) -> list[str]:
    return _BLOCK.findall(path.read_text("utf-8"))


def _stated(comment: str) -> tuple[str, Any] | None:
    """What the comment claims: ("eq", value), ("in", options), ("date", iso) or None."""
    m = _ISO.match(comment)
    if m:
        return "date", m.group(1)
    alts = re.match(r'^("[^"]*"(?:\s+or\s+"[^"]*")+)', comment)
    if alts:
        return "in", re.findall(r'"([^"]*)"', alts.group(1))
    for end in sorted({len(comment), *[m.start() for m in re.finditer(r"[:;]|\s\(", comment)]}):
        head = comment[:end].strip()
        try:
            tree = ast.parse(head, mode="eval")
        except SyntaxError:
            continue
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        if all(isinstance(n, _LITERAL_NODES) for n in ast.walk(tree)) and names <= {
            "date",
            "datetime",
            "True",
            "False",
            "None",
        }:
            calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
            if all(isinstance(c.func, ast.Name) for c in calls):
                return "eq", eval(head, {"date": date, "datetime": datetime})
    return None


def _statements(source: str) -> list[tuple[ast.stmt, str | None]]:
    """Top-level statements with the comment at the end of their last line."""
    lines = source.splitlines()
    out = []
    for stmt in ast.parse(source).body:
        last = lines[(stmt.end_lineno or stmt.lineno) - 1]
        tail = last[(stmt.end_col_offset or 0) :]
        m = re.match(r"\s*#\s?(.*)$", tail)
        out.append((stmt, m.group(1).strip() if m else None))
    return out


def _check(stmt: ast.stmt, comment: str | None, ns: dict[str, Any], where: str) -> int:
    """Run ``stmt``; check its stated result. Returns 1 if a claim was checked."""
    code = ast.Module(body=[stmt], type_ignores=[])
    if not isinstance(stmt, ast.Expr) or comment is None:
        exec(compile(code, where, "exec"), ns)
        return 0
    call = stmt.value
    if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "print":
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, where, "exec"), ns)
        claim = comment.split(" — ")[0].strip()
        stated = _stated(claim)
        printed = out.getvalue().strip()
        if stated is not None and stated[0] == "date":
            assert printed == stated[1], (where, printed, comment)
        else:
            assert printed.startswith(claim), (where, printed, comment)
        return 1
    value = eval(compile(ast.Expression(stmt.value), where, "eval"), ns)
    stated = _stated(comment)
    if stated is None:
        return 0
    kind, expected = stated
    if kind == "date":
        assert isinstance(value, date) and value.isoformat() == expected, (where, value, comment)
    elif kind == "in":
        assert value in expected, (where, value, comment)
    else:
        assert value == expected, (where, value, comment)
    return 1


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_examples_run_and_state_the_truth(path: Path) -> None:
    ns: dict[str, Any] = {"__name__": "__doc_example__"}
    checked = 0
    for k, source in enumerate(blocks(path)):
        for stmt, comment in _statements(source):
            checked += _check(stmt, comment, ns, f"{path.name} block {k + 1} line {stmt.lineno}")
    assert blocks(path) and (checked or path.name == "notebook.md"), path


def test_the_readme_claims_are_all_checked() -> None:
    """Each commented line of the README's Python blocks states a checkable result."""
    for source in blocks(ROOT / "README.md"):
        for stmt, comment in _statements(source):
            if comment is not None and isinstance(stmt, ast.Expr):
                call = stmt.value
                is_print = isinstance(call, ast.Call) and getattr(call.func, "id", "") == "print"
                assert is_print or _stated(comment) is not None, comment
