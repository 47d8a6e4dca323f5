"""Read the data files shipped inside the package (CSV, TOML), cheaply.

``importlib.resources`` costs tens of milliseconds to import (pathlib, tempfile, zipfile …),
more than reading the calendar itself; an installed package is a directory, so the files are
opened directly, and ``importlib.resources`` is used only when the package is not on disk
(a zip).
"""

from __future__ import annotations

import os

# The package-file readers are for the library's own modules (they pass checked values):
# importable, outside the public API and its bad-input contract (docs/public-api.md).
__all__: list[str] = []

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../accessinfo


def read_text(relative: str) -> str:
    """The text (UTF-8) of ``accessinfo/<relative>``; FileNotFoundError if there is none."""
    if os.path.isdir(_ROOT):
        with open(os.path.join(_ROOT, *relative.split("/")), encoding="utf-8") as f:
            return f.read()
    from importlib import resources  # a zipped package: not a folder on disk

    return resources.files("accessinfo").joinpath(relative).read_text(encoding="utf-8")


def list_dir(relative: str) -> list[str]:
    """The names of the entries of the folder ``accessinfo/<relative>``."""
    if os.path.isdir(_ROOT):
        return os.listdir(os.path.join(_ROOT, *relative.split("/")))
    from importlib import resources  # a zipped package: not a folder on disk

    return [p.name for p in resources.files("accessinfo").joinpath(relative).iterdir()]
