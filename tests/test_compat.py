"""The 0.1 module paths still import in 0.2, warn, and give the same module as the new path."""

from __future__ import annotations

import importlib
import sys

import pytest

from accessinfo._compat import MOVED


@pytest.mark.parametrize(("old", "new"), sorted(MOVED.items()))
def test_old_path_warns_and_is_the_new_module(old: str, new: str) -> None:
    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match=new.replace(".", r"\.")):
        module = importlib.import_module(old)
    assert module is importlib.import_module(new)


def test_old_from_import_gives_the_same_function() -> None:
    sys.modules.pop("accessinfo.requests", None)
    with pytest.warns(DeprecationWarning):
        from accessinfo.requests import request_deadlines  # type: ignore[import-not-found]
    from accessinfo.tasks.requests import request_deadlines as new

    assert request_deadlines is new


def test_unknown_module_is_still_an_import_error() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("accessinfo.no_such_module")
