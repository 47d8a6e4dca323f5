"""CLI: ``--ics FILE`` (file safety, parsed back) and ``accessinfo serve`` (its settings)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_IO, EXIT_OK, EXIT_USAGE, build_parser, main
from accessinfo.surfaces.cli.serve_cmds import settings_from_args

REQUEST = [
    "request",
    "--received",
    "2026-03-03",
    "--channel",
    "electronic",
    "--complexity",
    "complex",
]


def starts(path: Path) -> list[date]:
    cal = Calendar.from_ical(path.read_bytes())
    return sorted(e.decoded("dtstart") for e in cal.walk("VEVENT"))


def test_request_ics(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "due.ics"
    assert main([*REQUEST, "--reference", "HS-9", "--ics", str(out)]) == EXIT_OK
    # Tue 3/3/2026: notify Fri 6/3, answer Tue 24/3 (and notify an extension by then),
    # extended Wed 8/4 (15 calendar days)
    assert starts(out) == [date(2026, 3, 6), date(2026, 3, 24), date(2026, 3, 24), date(2026, 4, 8)]
    cal = Calendar.from_ical(out.read_bytes())
    assert {str(e["uid"]) for e in cal.walk("VEVENT")} == {
        "HS-9-notify_by@accessinfo",
        "HS-9-respond_by@accessinfo",
        "HS-9-extension_notice_by@accessinfo",
        "HS-9-extended_respond_by@accessinfo",
    }


def test_refuses_to_overwrite_without_force(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "due.ics"
    out.write_text("keep me")
    capsys.readouterr()
    assert main([*REQUEST, "--ics", str(out)]) == EXIT_IO
    captured = capsys.readouterr()
    assert "--force" in captured.err and captured.out == ""  # refused before answering
    assert out.read_text() == "keep me"
    assert main([*REQUEST, "--ics", str(out), "--force"]) == EXIT_OK
    assert len(starts(out)) == 4


def test_never_follows_a_symlink(tmp_path: Path, capsys: Any) -> None:
    target = tmp_path / "victim.txt"
    target.write_text("keep me")
    link = tmp_path / "due.ics"
    os.symlink(target, link)
    assert main([*REQUEST, "--ics", str(link), "--force"]) == EXIT_IO
    assert target.read_text() == "keep me"
    assert "symbolic link" in capsys.readouterr().err
    dangling = tmp_path / "dangling.ics"
    os.symlink(tmp_path / "nowhere.txt", dangling)
    assert main([*REQUEST, "--ics", str(dangling)]) == EXIT_IO
    assert not (tmp_path / "nowhere.txt").exists()


def test_special_days_ics(tmp_path: Path) -> None:
    out = tmp_path / "2026.ics"
    assert main(["special-days", "2026", "--ics", str(out)]) == EXIT_OK
    days = starts(out)
    assert date(2026, 1, 10) in days and date(2026, 8, 22) in days and date(2026, 9, 2) in days


def test_answer_without_due_date(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "n.ics"
    assert main(["count", "2026-01-09", "2026-01-13", "--ics", str(out)]) == EXIT_ERROR
    assert "no due date" in capsys.readouterr().err and not out.exists()


def test_serve_settings_defaults_are_safe() -> None:
    a = build_parser().parse_args(["serve"])
    s = settings_from_args(a)
    assert s.host == "127.0.0.1" and s.cors_origins == () and s.max_body_bytes == 65536
    a = build_parser().parse_args(
        ["serve", "--host", "0.0.0.0", "--port", "9000", "--cors-origin", "https://a.vn"]
    )
    s = settings_from_args(a)
    assert (s.host, s.port, s.cors_origins) == ("0.0.0.0", 9000, ("https://a.vn",))


def test_serve_runs_uvicorn_with_the_settings(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    assert main(["serve", "--port", "8123", "--no-rules", "--no-docs"]) == EXIT_OK
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123 and seen["workers"] == 1
    assert seen["proxy_headers"] is False and seen["server_header"] is False
    paths = seen["app"].openapi()["paths"]
    assert "/v1/requests/deadlines" in paths
    assert "http://127.0.0.1:8123" in capsys.readouterr().out


def test_serve_bad_options(capsys: Any) -> None:
    assert main(["serve", "--port", "eighty"]) == EXIT_USAGE  # malformed: a usage error
    assert main(["serve", "--port", "70000"]) == EXIT_ERROR  # read, and refused
    assert main(["serve", "--log-level", "loud"]) == EXIT_USAGE


def test_serve_without_the_extra(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    import builtins

    real = builtins.__import__

    def no_uvicorn(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "uvicorn":
            raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_uvicorn)
    assert main(["serve"]) == EXIT_ERROR
    assert "pip install 'accessinfo[serve]'" in capsys.readouterr().err


def test_serve_reads_the_calendar_file_once_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/examples/new-year-2027-bridge.csv makes Thu 31/12/2026 a rest day (made up on
    Sat 09/01/2027): the service answers with the amended calendar and says so."""
    from accessinfo.calendar import PUBLIC_SECTOR
    from accessinfo.surfaces.service import create_app
    from tests.service.conftest import make_client

    bridge = Path(__file__).parents[1] / "docs" / "examples" / "new-year-2027-bridge.csv"
    for argv, env in (
        (["serve", "--calendar-file", str(bridge)], None),
        (["serve"], str(bridge)),
    ):
        if env is None:
            monkeypatch.delenv("ACCESSINFO_CALENDAR_FILE", raising=False)
        else:
            monkeypatch.setenv("ACCESSINFO_CALENDAR_FILE", env)
        s = settings_from_args(build_parser().parse_args(argv))
        assert s.calendar.version != PUBLIC_SECTOR.version
        c = make_client(create_app(s))
        r = c.get("/v1/calendar/days/2026-12-31")
        assert r.json()["outcome"]["working"] is False
        assert r.headers["accessinfo-calendar-version"] == s.calendar.version
        assert c.get("/v1/calendar/days/2027-01-09").json()["outcome"]["working"] is True
    monkeypatch.delenv("ACCESSINFO_CALENDAR_FILE", raising=False)
    plain = settings_from_args(build_parser().parse_args(["serve"]))
    assert plain.calendar is PUBLIC_SECTOR


def test_serve_with_a_bad_calendar_file(tmp_path: Path, capsys: Any) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,kind,name_vi,name_en,source,status,note\n2026-13-01,holiday,x,x,x,announced,\n"
    )
    assert main(["serve", "--calendar-file", str(bad)]) == EXIT_ERROR
    assert "line 2" in capsys.readouterr().err
