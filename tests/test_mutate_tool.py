"""tools/mutate.py reaches the bodies of ``@rule`` functions (mutmut 3 skips them).

Checked in-process without forking: the mutants of a rule module include its decorated rule,
the mutated code object replaces the live function's code, and the decorated wrapper then
answers differently; the clean code is put back afterwards.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "accessinfo_tools_mutate", ROOT / "tools" / "mutate.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


mutate = _tool()


def test_a_decorated_rule_body_gets_mutants_and_they_take_effect() -> None:
    from accessinfo.articles.circular_13_2016.art_18 import written_request_deadlines

    path = ROOT / "src/accessinfo/articles/circular_13_2016/art_18.py"
    mutants = [m for m in mutate.mutants_of(path) if m.function == "written_request_deadlines"]
    assert mutants, "no mutant inside the @rule body"
    assert hasattr(written_request_deadlines, "__rule__")  # the public name is the wrapper
    clean = written_request_deadlines(date(2026, 3, 2)).outcome
    changed = 0
    for m in mutants:
        fns = mutate.live_functions(m)
        assert fns and all(f is not written_request_deadlines for f in fns)
        try:
            code = mutate.mutated_code(m)
        except LookupError:
            continue
        saved = [f.__code__ for f in fns]
        try:
            for f in fns:
                f.__code__ = code
            try:
                changed += written_request_deadlines(date(2026, 3, 2)).outcome != clean
            except Exception:
                changed += 1
        finally:
            for f, c in zip(fns, saved, strict=True):
                f.__code__ = c
    assert changed > 0
    assert written_request_deadlines(date(2026, 3, 2)).outcome == clean


def test_docstrings_and_annotations_are_not_mutated() -> None:
    path = ROOT / "src/accessinfo/articles/law_104_2016/art_5.py"
    kinds = {(m.kind, m.before) for m in mutate.mutants_of(path)}
    assert not any("The access class of an item" in b for _, b in kinds)
    assert all(m.function for m in mutate.mutants_of(path))
