"""Old module paths of 0.1 (``accessinfo.requests``, ``accessinfo.rules`` …), kept for 0.2.

0.2.0 grouped the modules by layer (``core``, ``models``, ``tasks``, ``surfaces``). Importing
an old path still works, returns the same module object as the new path and warns with a
``DeprecationWarning``; the old paths go in 0.3.0 (``CHANGELOG.md``, deprecation policy).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import warnings
from types import ModuleType

__all__ = ["MOVED", "install"]

MOVED: dict[str, str] = {
    "accessinfo.citations": "accessinfo.core.citations",
    "accessinfo.decisions": "accessinfo.core.decisions",
    "accessinfo.rules": "accessinfo.core.rules",
    "accessinfo.access_models": "accessinfo.models.access",
    "accessinfo.cli": "accessinfo.surfaces.cli",
    "accessinfo.schema": "accessinfo.surfaces.schema",
    "accessinfo._html": "accessinfo.surfaces.html",
    "accessinfo.requests": "accessinfo.tasks.requests",
    "accessinfo.timeline": "accessinfo.tasks.timeline",
    "accessinfo.access": "accessinfo.tasks.access",
    "accessinfo.outages": "accessinfo.tasks.outages",
    "accessinfo.data_sharing": "accessinfo.tasks.data_sharing",
    "accessinfo.violations_db": "accessinfo.tasks.violations_db",
    "accessinfo.letters": "accessinfo.tasks.letters",
}


# Plain classes, not importlib.abc subclasses: importing importlib.abc pulls in
# importlib.resources, pathlib and tempfile (tens of ms at every `import accessinfo`).
class _Alias:
    def __init__(self, new: str) -> None:
        self.new = new

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        warnings.warn(
            f"{spec.name} moved to {self.new} in accessinfo 0.2.0; the old path goes in 0.3.0",
            DeprecationWarning,
            stacklevel=2,
        )
        return importlib.import_module(self.new)

    def exec_module(self, module: ModuleType) -> None:
        sys.modules[module.__spec__.name if module.__spec__ else self.new] = module


class _Finder:
    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _Alias(new))  # type: ignore[arg-type]


def install() -> None:
    """Put the alias finder on ``sys.meta_path`` once."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())
