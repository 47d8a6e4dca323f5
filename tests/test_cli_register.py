"""``accessinfo register``: a register file in, verdicts, summary, files and report out."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accessinfo.surfaces.cli import EXIT_IO, main
from accessinfo.tasks.registers import read_register

CSV = """reference,received,channel,complexity,provided,requester
A,2026-03-03,post,simple,2026-03-11,Nguyễn Văn A
B,2026-11-20,post,simple,,Trần Thị B
C,2026-03-03,post,,,Lê C
"""
GOOD = "\n".join(CSV.splitlines()[:3]) + "\n"
NOTICES = """reference,start,kind,published,states_recovery_time
N1,2026-09-07,planned,2026-08-24,yes
N2,2026-09-07,planned,2026-08-26,no
"""


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "bad.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notices.csv").write_text(NOTICES, encoding="utf-8")
    return tmp_path


def test_summary_on_stdout(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["register", str(files / "good.csv"), "--as-of", "2026-12-01"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "requests judged as of Tuesday 2026-12-01" in out
    assert "2 row(s) read, 2 judged, 0 refused" in out
    assert "law=law_104_2016" in out and "law=law_01_2026" in out
    assert "not read by the checker, kept as they are: requester" in err


def test_bad_rows_refuse_the_register(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = files / "out.csv"
    code = main(
        ["register", str(files / "bad.csv"), "--as-of", "2026-12-01", "--out", str(out_file)]
    )
    out, err = capsys.readouterr()
    assert code == 3 and out == "" and not out_file.exists()
    assert "row 3: [invalid-input]" in err and "1 of 3 row(s) refused" in err


def test_skip_bad_keeps_every_row(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = files / "out.csv"
    code = main(
        [
            "register",
            str(files / "bad.csv"),
            "--as-of",
            "2026-12-01",
            "--skip-bad",
            "--out",
            str(out_file),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and "row 3: [invalid-input]" in err
    assert "3 row(s) read, 2 judged, 1 refused" in out
    back = read_register(out_file)
    assert back["reference"] == ["A", "B", "C"]
    assert back["respond_verdict"] == ["late", "overdue", None]
    assert back["error_code"] == [None, None, "invalid-input"]
    assert back["requester"][0] == "Nguyễn Văn A"


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_out_formats(files: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    path = files / f"out.{fmt}"
    assert (
        main(["register", str(files / "good.csv"), "--as-of", "2026-12-01", "--out", str(path)])
        == 0
    )
    back = read_register(path)
    assert [str(x) for x in back["respond_due"]] == ["2026-03-10", "2026-11-26"]


def test_out_to_stdout_and_json(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["register", str(files / "good.csv"), "--as-of", "2026-12-01", "--out", "-"])
    out, _ = capsys.readouterr()
    assert out.splitlines()[0].startswith("reference,received,channel")
    assert ",late," in out.splitlines()[1]
    main(["register", str(files / "bad.csv"), "--as-of", "2026-12-01", "--skip-bad", "--json"])
    body = json.loads(capsys.readouterr().out)
    assert (body["read"], body["judged"]) == (3, 2)
    assert body["refused"][0]["row"] == 3 and body["unread_columns"] == ["requester"]
    assert body["summary"][0] == {**body["summary"][0], "dimension": "all", "rows": 2}


def test_html_report_and_file_safety(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = files / "report.html"
    args = ["register", str(files / "good.csv"), "--as-of", "2026-12-01", "--html", str(report)]
    assert main(args) == 0
    assert "compliance report" in report.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(args) == EXIT_IO  # exists: refused without --force
    assert "--force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    link = files / "link.html"
    os.symlink(files / "target.html", link)
    assert main([*args[:-1], str(link), "--force"]) == EXIT_IO
    assert not (files / "target.html").exists()


def test_notices_are_recognised(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register", str(files / "notices.csv")]) == 0
    out = capsys.readouterr().out
    assert "suspension notices" in out and "decree=decree_224_2026" in out
    assert main(["register", str(files / "notices.csv"), "--lang", "vi"]) == 0
    assert "các thông báo tạm ngừng" in capsys.readouterr().out


def test_usage_errors(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register", str(files / "good.csv")]) == 2
    assert "--as-of" in capsys.readouterr().err
    assert main(["register", str(files / "missing.csv"), "--as-of", "2026-12-01"]) == 3
    assert "cannot read" in capsys.readouterr().err
    assert (
        main(["register", str(files / "good.csv"), "--as-of", "2026-12-01", "--kind", "notices"])
        == 3
    )
    assert "no column start" in capsys.readouterr().err


def test_readings_reach_the_rows(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (files / "c.csv").write_text(
        "received,channel,complexity\n2026-11-20,post,complex\n", encoding="utf-8"
    )
    # Law 01/2026, complex: 12 days from Fri 20/11/2026 -> Wed 2/12 (calendar days);
    # read as working days: 23, 25-27, 30/11, 1-4, 7-9/12 (24/11 off) -> Wed 9/12
    for unit, due in (("calendar", "2026-12-02"), ("working", "2026-12-09")):
        main(
            [
                "register",
                str(files / "c.csv"),
                "--as-of",
                "2026-12-01",
                "--period-unit",
                unit,
                "--out",
                "-",
                "--format",
                "json",
            ]
        )
        assert json.loads(capsys.readouterr().out)[0]["respond_due"] == due
