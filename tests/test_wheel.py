"""The wheel builds, carries its data and licence, and installs and runs in a new environment.

Marked ``wheel``: it builds with this environment's setuptools (no build isolation, so no
download for the build) and installs the wheel into a new virtual environment, where pip
fetches the runtime dependencies (pydantic, python-dateutil) from PyPI or its cache.
Deselect with ``-m 'not wheel'`` on a machine without either.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import accessinfo

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.wheel


def run(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, timeout=600
    )
    assert done.returncode == 0, f"{args}: {done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        out,
        ROOT,
    )
    (found,) = out.glob("accessinfo-*.whl")
    return found


def test_wheel_contents(wheel: Path) -> None:
    assert wheel.name.startswith(f"accessinfo-{accessinfo.__version__}-py3-none-any")
    names = set(zipfile.ZipFile(wheel).namelist())
    for wanted in (
        "accessinfo/py.typed",
        "accessinfo/_messages/core.toml",
        "accessinfo/_messages/ics.toml",
        "accessinfo/_messages/service.toml",
        "accessinfo/_data/instruments.csv",
        "accessinfo/surfaces/service/app.py",
        "accessinfo/calendar_interop.py",
    ):
        assert wanted in names, wanted
    assert any(n.startswith("accessinfo/_calendar_data/") and n.endswith(".csv") for n in names)
    dist = f"accessinfo-{accessinfo.__version__}.dist-info"
    assert f"{dist}/licenses/LICENSE" in names
    meta = Parser().parsestr(zipfile.ZipFile(wheel).read(f"{dist}/METADATA").decode())
    assert meta["License-Expression"] == "Apache-2.0"
    requires = meta.get_all("Requires-Dist") or []
    plain = sorted(
        re.split(r"[<>=!~;\s\[]", r, maxsplit=1)[0] for r in requires if "extra ==" not in r
    )
    assert plain == ["pydantic", "python-dateutil"]  # nothing a user does not need
    extras = set(meta.get_all("Provides-Extra") or [])
    assert {"serve", "ics", "holidays", "dev"} <= extras


def test_wheel_installs_and_runs_in_a_new_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    py = venv / "bin" / "python"
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        py,
        "install",
        "-q",
        "--disable-pip-version-check",
        wheel,
    )
    assert run(venv / "bin" / "accessinfo", "--version").strip() == (
        f"accessinfo {accessinfo.__version__}"
    )
    code = (
        "import datetime, accessinfo as ai\n"
        "r = ai.InformationRequest(received_at=datetime.date(2026, 3, 3), channel='electronic',"
        " complexity='complex')\n"
        "print(ai.request_deadlines(r).outcome.respond_by)\n"
        "import importlib.util as u\n"
        "print([m for m in ('fastapi', 'holidays', 'icalendar', 'numpy') if u.find_spec(m)])\n"
    )
    out = run(py, "-c", code, cwd=tmp_path).split("\n")
    assert out[0] == "2026-03-24"  # Tue 3/3/2026 + 15 working days (Law 104 Art 30.4)
    assert out[1] == "[]"  # the extras stay out of a plain install
    done = subprocess.run(
        [venv / "bin" / "accessinfo", "serve"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3 and "pip install 'accessinfo[serve]'" in done.stderr
