"""mkdocs hook: add the pages generated from the code (``docs/gen_pages.py``) and the nav."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

_PAGES: dict[str, str] = {}


def _gen() -> Any:
    path = Path(__file__).with_name("gen_pages.py")
    spec = importlib.util.spec_from_file_location("accessinfo_docs_gen_pages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def on_config(config: Any) -> Any:
    gen = _gen()
    _PAGES.clear()
    _PAGES.update(gen.build())
    config["nav"] = gen.nav(_PAGES, Path(config["docs_dir"]))
    return config


def on_files(files: Files, config: Any) -> Files:
    for path, text in sorted(_PAGES.items()):
        files.append(File.generated(config, path, content=text))
    return files
