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

# Converted so far: models, tasks (letters, timeline, access, data_sharing, outages, sources),
# surfaces (report*, html, ics, compact, schema, service, request_files but one),
# core/signature and the instant reader of core/inputs. Left (2026-12-01):
LEFT = {
    "articles/_outages.py": 6,
    "articles/circular_13_2016/_deadlines.py": 1,
    "articles/circular_13_2016/art_18.py": 1,
    "articles/circular_13_2016/art_19.py": 1,
    "articles/circular_13_2016/art_20.py": 1,
    "articles/decree_13_2018/__init__.py": 1,
    "articles/decree_13_2018/art_4.py": 1,
    "articles/decree_20_2016/art_16.py": 1,
    "articles/decree_337_2026/art_11.py": 1,
    "articles/decree_337_2026/art_14.py": 1,
    "articles/decree_47_2020/art_3.py": 1,
    "articles/decree_47_2020/art_34.py": 2,
    "articles/decree_47_2020/art_43.py": 1,
    "articles/decree_47_2020/art_5.py": 3,
    "articles/decree_47_2020/art_6.py": 2,
    "articles/decree_85_2019/art_17.py": 2,
    "articles/decree_85_2019/art_7.py": 1,
    "articles/law_01_2026/_common.py": 1,
    "articles/law_01_2026/art_10.py": 1,
    "articles/law_01_2026/art_16.py": 1,
    "articles/law_01_2026/art_18.py": 1,
    "articles/law_01_2026/art_26.py": 1,
    "articles/law_01_2026/art_29.py": 1,
    "articles/law_01_2026/art_31.py": 1,
    "articles/law_104_2016/art_18.py": 1,
    "articles/law_104_2016/art_21.py": 1,
    "articles/law_104_2016/art_24.py": 2,
    "articles/law_104_2016/art_29.py": 1,
    "articles/law_104_2016/art_30.py": 1,
    "articles/law_104_2016/art_36.py": 1,
    "articles/law_104_2016/art_4.py": 1,
    "articles/law_104_2016/art_7.py": 1,
    "articles/law_104_2016/chapter_3.py": 2,
    "batch.py": 21,
    "calendar.py": 28,
    "calendar_files.py": 13,
    "calendar_interop.py": 9,
    "core/citations.py": 1,
    "core/inputs.py": 4,
    "core/messages.py": 3,
    "core/periods.py": 1,
    "core/rules.py": 5,
    "surfaces/cli/_common.py": 3,
    "surfaces/cli/calendar_cmds.py": 2,
    "surfaces/request_files.py": 1,
    "surfaces/schema.py": 1,
    "surfaces/service/_openapi.py": 1,
    "surfaces/service/_ops.py": 3,
    "tasks/requests.py": 1,
    "versions.py": 20,
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
