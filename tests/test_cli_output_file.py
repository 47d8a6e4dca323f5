"""``--html FILE``: never overwrite without ``--force``, never follow a symbolic link (issue 12).

Before the fix the CLI wrote with ``Path.write_text``: an existing file was replaced silently
and a symbolic link was followed (so ``--html report.html`` could overwrite whatever the link
pointed at). Refusals exit with EXIT_IO (4) and say why on stderr; nothing is written.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from accessinfo.surfaces.cli import EXIT_IO, EXIT_OK, main

ARGS = ["add", "2026-01-09", "3"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main([*ARGS, *args])
    return code, capsys.readouterr().err


def test_a_new_file_is_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "new.html"
    code, err = run(capsys, "--html", str(target))
    assert code == EXIT_OK and err == ""
    assert target.read_text("utf-8").startswith("<!doctype html>")


def test_an_existing_file_needs_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "old.html"
    target.write_text("keep me", "utf-8")
    code, err = run(capsys, "--html", str(target))
    assert code == EXIT_IO and "exists; pass --force" in err and "Traceback" not in err
    assert target.read_text("utf-8") == "keep me"
    code, err = run(capsys, "--html", str(target), "--force")
    assert code == EXIT_OK and target.read_text("utf-8").startswith("<!doctype html>")


@pytest.mark.parametrize("force", [False, True])
def test_a_symbolic_link_is_never_followed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, force: bool
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", "utf-8")
    link = tmp_path / "report.html"
    link.symlink_to(victim)
    code, err = run(capsys, "--html", str(link), *(["--force"] if force else []))
    assert code == EXIT_IO and "symbolic link" in err
    assert victim.read_text("utf-8") == "precious" and link.is_symlink()


def test_a_dangling_link_is_not_followed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    link = tmp_path / "report.html"
    link.symlink_to(tmp_path / "would-be-created.txt")
    code, err = run(capsys, "--html", str(link), "--force")
    assert code == EXIT_IO and "symbolic link" in err
    assert not (tmp_path / "would-be-created.txt").exists()


def test_a_directory_or_pipe_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, err = run(capsys, "--html", str(tmp_path), "--force")
    assert code == EXIT_IO and "not a regular file" in err
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, err = run(capsys, "--html", str(fifo), "--force")  # must not block
    assert code == EXIT_IO and "not a regular file" in err
