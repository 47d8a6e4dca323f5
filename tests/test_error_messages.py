"""Errors speak both languages: no ``raise SomeAccessInfoError("plain English")`` (issue 12).

An ``AccessInfoError`` raised with a plain string (or f-string) has no Vietnamese: a
Vietnamese user gets the English detail marked as untranslated. Every raise goes through a
message key instead (``msg("errors.…", …)``, ``_messages/*.toml``, ``en`` and ``vi``), or a
``Text(en, vi)``. The AST of every module is read; a new plain-string raise fails here.

``LEFT`` is the work not yet done, file by file, with the number of plain-string raises each
still has. It may only shrink: a file with more raises than listed fails, and so does a file
with fewer (lower its number, or delete the line when it reaches zero).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from accessinfo import errors

SRC = Path(__file__).resolve().parent.parent / "src" / "accessinfo"
ERRORS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.AccessInfoError)
}

# Converted: everything but calendar.py (its hot paths are being rewritten) and the report of
# a missing message key in core/messages.py (it cannot go through a message). Left (2026-12-01):
LEFT = {
    "calendar.py": 28,
    "core/messages.py": 1,  # a missing message key: reported without a message
}


def _plain(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):
        return _plain(node.left) or _plain(node.right)
    return False


def plain_raises(source: str) -> list[int]:
    """Lines of ``raise <AccessInfoError subclass>(<string literal or f-string>, …)``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        fn = node.exc.func
        name = fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", None)
        if name in ERRORS and node.exc.args and _plain(node.exc.args[0]):
            found.append(node.lineno)
    return found


def counts() -> Counter[str]:
    out: Counter[str] = Counter()
    for path in sorted(SRC.rglob("*.py")):
        n = len(plain_raises(path.read_text("utf-8")))
        if n:
            out[path.relative_to(SRC).as_posix()] = n
    return out


def test_the_checker_sees_plain_raises_and_not_messages() -> None:
    src = (
        "def f(x):\n"
        "    raise InvalidInput(f'bad {x}')\n"
        "def g(x):\n"
        "    raise errors.OutsideCalendar('late' + x)\n"
        "def h(x):\n"
        "    raise InvalidInput(msg('errors.must_be', name='x', expected='int', got='str'))\n"
        "def k(x):\n"
        "    raise ValueError('not ours')\n"
    )
    assert plain_raises(src) == [2, 4]


def test_no_new_plain_string_errors_and_the_list_only_shrinks() -> None:
    found = counts()
    new = {f: n for f, n in found.items() if f not in LEFT}
    assert not new, f"raise with a message key (msg) instead of a plain string: {new}"
    grown = {f: (n, LEFT[f]) for f, n in found.items() if n > LEFT.get(f, 0)}
    assert not grown, f"more plain-string raises than allowed (found, allowed): {grown}"
    shrunk = {f: (found.get(f, 0), n) for f, n in LEFT.items() if found.get(f, 0) < n}
    assert not shrunk, f"converted (found, listed): lower LEFT to match: {shrunk}"


def test_what_users_meet_first_is_converted() -> None:
    for done in (
        "models/access.py",
        "tasks/letters.py",
        "tasks/timeline.py",
        "tasks/access.py",
        "tasks/outages.py",
        "tasks/data_sharing.py",
        "tasks/sources.py",
        "surfaces/report.py",
        "surfaces/report_charts.py",
        "surfaces/html.py",
        "surfaces/ics.py",
        "surfaces/compact.py",
        "core/signature.py",
    ):
        assert done not in LEFT, done
