"""Generate the reference pages of the documentation site from the code.

Nothing here is written by hand: one page per instrument and article (from the rule registry
and the article module docstrings: the heading, our English summary, the verbatim Vietnamese
clauses, the example), a calendar page per year (from ``PUBLIC_SECTOR.special_days``), the
errors page (one anchor per ``ERROR_CODES`` entry), the command line (argparse help), the
JSON Schemas, and worked examples run through the CLI at build time.

Used by ``docs/hooks.py`` during ``mkdocs build``; run by hand to inspect the output:
``python docs/gen_pages.py OUT_DIR``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.core.citations import Instrument, instruments
from accessinfo.core.rules import SUPPORTED_FROM, SUPPORTED_UNTIL, Rule, registry
from accessinfo.errors import ERROR_CODES
from accessinfo.surfaces import cli, schema
from accessinfo.surfaces.cli._common import fmt_date
from accessinfo.surfaces.html import calendar_html

__all__ = ["Article", "article_of", "build", "nav", "parse_docstring", "write"]

# Letters that occur in Vietnamese but not in English.
_VI = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
_ART_RE = re.compile(r"^art_(\d+)([a-z]?)$")


def _vi_ratio(text: str) -> float:
    letters = [c for c in text.lower() if c.isalpha()]
    return sum(c in _VI for c in letters) / max(1, len(letters))


def is_vietnamese(paragraph: str) -> bool:
    """Statute text: at least 12% of its letters are Vietnamese-only (English prose ~0%)."""
    return _vi_ratio(paragraph) >= 0.12


@dataclass
class Docstring:
    heading: str
    summary: list[str] = field(default_factory=list)
    clauses_intro: str = ""
    clauses: list[str] = field(default_factory=list)
    example_text: list[str] = field(default_factory=list)
    doctest: list[str] = field(default_factory=list)


def parse_docstring(doc: str) -> Docstring:
    """Split an article docstring: heading, English summary, Vietnamese clauses, example."""
    lines = inspect.cleandoc(doc or "").splitlines() or [""]
    out = Docstring(heading=lines[0].strip())
    paragraphs: list[str] = []
    buf: list[str] = []
    for line in [*lines[1:], ""]:
        if line.strip():
            buf.append(line.rstrip())
        elif buf:
            paragraphs.append("\n".join(buf))
            buf = []
    vi_idx = [i for i, p in enumerate(paragraphs) if is_vietnamese(p) and ">>>" not in p]
    first_vi = vi_idx[0] if vi_idx else len(paragraphs)
    last_vi = vi_idx[-1] if vi_idx else -1
    for i, p in enumerate(paragraphs):
        if p.lstrip().startswith(">>>"):
            out.doctest.append(p)
        elif i < first_vi:
            if i == first_vi - 1 and p.rstrip().endswith(":") and vi_idx:
                out.clauses_intro = p
            else:
                out.summary.append(p)
        elif i <= last_vi:
            out.clauses.append(p)
        else:
            out.example_text.append(p)
    return out


@dataclass
class Article:
    instrument: str
    module: str
    number: int
    suffix: str
    doc: Docstring
    rules: list[Rule]
    public: list[str]

    @property
    def slug(self) -> str:
        return f"art_{self.number}{self.suffix}"

    @property
    def path(self) -> str:
        return f"reference/{self.instrument}/{self.slug}.md"


def article_of(module: str) -> tuple[str, str] | None:
    """``accessinfo.articles.law_104_2016.art_30`` → ("law_104_2016", "art_30")."""
    parts = module.split(".")
    if len(parts) == 4 and parts[:2] == ["accessinfo", "articles"] and _ART_RE.match(parts[3]):
        return parts[2], parts[3]
    return None


def _articles(rules: Iterable[Rule]) -> dict[str, list[Article]]:
    import pkgutil

    import accessinfo.articles as pkg

    by_module: dict[str, list[Rule]] = {}
    for r in rules:
        by_module.setdefault(r.module, []).append(r)
    out: dict[str, list[Article]] = {}
    for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
        found = article_of(info.name)
        if found is None:
            continue
        inst, slug = found
        mod = importlib.import_module(info.name)
        m = _ART_RE.match(slug)
        assert m is not None
        out.setdefault(inst, []).append(
            Article(
                instrument=inst,
                module=info.name,
                number=int(m.group(1)),
                suffix=m.group(2),
                doc=parse_docstring(mod.__doc__ or slug),
                rules=sorted(by_module.get(info.name, []), key=lambda r: r.id),
                public=list(getattr(mod, "__all__", [])),
            )
        )
    for arts in out.values():
        arts.sort(key=lambda a: (a.number, a.suffix))
    return out


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _until(r: Rule) -> str:
    return r.valid_until.isoformat() if r.valid_until else "—"


def _rules_table(rules: Iterable[Rule]) -> str:
    rows = [
        "| rule id | function | family | in force from | until (exclusive) | provision |",
        "|---|---|---|---|---|---|",
    ]
    for r in rules:
        fn = r.function.__name__
        rows.append(
            f"| `{r.id}` | [`{fn}`](#{r.module}.{fn}) | `{r.family}` | "
            f"{r.valid_from.isoformat()} | {_until(r)} | {_md_escape(str(r.citations[0]))}<br>"
            f"*{_md_escape(r.citations[0].en)}* |"
        )
    return "\n".join(rows)


def _confidence_note(inst: Instrument) -> str:
    if inst.verified:
        return f"Text confidence: **{inst.confidence}**."
    return (
        '!!! warning "Unverified text"\n'
        f"    {inst.note or 'The text comes from one unofficial copy.'} Every Decision "
        "citing this instrument is `provisional`; `strict=True` refuses it.\n"
    )


def _instrument_head(inst: Instrument) -> str:
    until = inst.valid_until.isoformat() if inst.valid_until else "—"
    url = f"<{inst.url}>" if inst.url else "—"
    return (
        f"| | |\n|---|---|\n| Vietnamese | {_md_escape(inst.name_vi)} |\n"
        f"| English | {_md_escape(inst.name_en)} ({_md_escape(inst.title_en)}) |\n"
        f"| id | `{inst.id}` |\n| issued | {inst.issued or '—'} |\n"
        f"| in force | {inst.valid_from.isoformat()} → {until} (exclusive) |\n"
        f"| source | {url} |\n"
    )


def article_page(art: Article, inst: Instrument) -> str:
    d = art.doc
    out = [f"# {d.heading}", "", f"*{inst.name_vi}* · *{inst.name_en}*", ""]
    if not inst.verified:
        out += [_confidence_note(inst), ""]
    if d.summary:
        out += ["## Summary", "", *(p.replace("\n", " ") + "\n" for p in d.summary)]
    if d.clauses:
        out += ["## Text (Vietnamese, verbatim)", ""]
        if d.clauses_intro:
            out += [f"*{d.clauses_intro.strip()}*", ""]
        for p in d.clauses:  # "3. …" must stay clause 3, not become a renumbered list
            out += ["> " + re.sub(r"^(\d+)\.", r"\1\\.", p.replace("\n", " ")), ">"]
        out[-1] = ""
    out += ["## Rules", "", _rules_table(art.rules) if art.rules else "No rule registered.", ""]
    if d.example_text or d.doctest:
        out += ["## Example", ""]
        out += [p.replace("\n", " ") + "\n" for p in d.example_text]
        if d.doctest:
            out += ["```pycon", *d.doctest, "```", ""]
    out += ["## API", ""]
    for name in art.public:
        out += [f"::: {art.module}.{name}", "    options:", "      heading_level: 3", ""]
    return "\n".join(out)


def instrument_page(inst: Instrument, arts: list[Article], other: list[Rule]) -> str:
    mod = importlib.import_module(f"accessinfo.articles.{inst.id}")
    intro = inspect.cleandoc(mod.__doc__ or "")
    out = [f"# {inst.name_vi}", "", f"*{inst.name_en}*", "", _instrument_head(inst), ""]
    out += [_confidence_note(inst), "", intro.replace("\n\n", "\n\n"), "", "## Articles", ""]
    for a in arts:
        n = len(a.rules)
        out.append(f"- [{a.doc.heading}]({a.slug}.md) — {n} rule(s)")
    if other:
        out += ["", "## Other rules", "", _rules_table(other), ""]
        for r in other:
            fn = r.function.__name__
            out += [f"::: {r.module}.{fn}", "    options:", "      heading_level: 3", ""]
    return "\n".join(out) + "\n"


def reference_index(by_inst: dict[str, list[Article]], rules: list[Rule]) -> str:
    out = [
        "# Law reference",
        "",
        f"{len(rules)} rules in {len(by_inst)} instruments, generated from the rule registry. "
        "Each rule is one version of a legal effect; rules of one family in different "
        "instruments are its versions over time.",
        "",
        "## Instruments with rules",
        "",
        "| instrument | English | in force | articles | rules |",
        "|---|---|---|---|---|",
    ]
    insts = instruments()
    for iid in sorted(by_inst):
        inst = insts[iid]
        n = sum(1 for r in rules if r.module.startswith(f"accessinfo.articles.{iid}."))
        until = inst.valid_until.isoformat() if inst.valid_until else "—"
        out.append(
            f"| [{_md_escape(inst.name_vi)}]({iid}/index.md) | {_md_escape(inst.name_en)} | "
            f"{inst.valid_from} → {until} | {len(by_inst[iid])} | {n} |"
        )
    out += [
        "",
        "## Every instrument and source cited",
        "",
        "| id | name | kind | confidence | in force |",
        "|---|---|---|---|---|",
    ]
    for iid, inst in sorted(insts.items()):
        until = inst.valid_until.isoformat() if inst.valid_until else "—"
        out.append(
            f"| `{iid}` | {_md_escape(inst.name_vi)}<br>*{_md_escape(inst.name_en)}* | "
            f"{inst.kind} | {inst.confidence} | {inst.valid_from} → {until} |"
        )
    out += ["", "## Rule families", "", "| family | versions |", "|---|---|"]
    fams: dict[str, list[Rule]] = {}
    for r in rules:
        fams.setdefault(r.family, []).append(r)
    for fam, versions in sorted(fams.items()):
        vs = "<br>".join(
            f"`{r.id}` ({r.valid_from} → {_until(r)})"
            for r in sorted(versions, key=lambda r: r.valid_from)
        )
        out.append(f"| `{fam}` | {vs} |")
    return "\n".join(out) + "\n"


def sources_page() -> str:
    """Every instrument's status and the calendar's gaps (``accessinfo.tasks.sources``)."""
    from accessinfo.tasks.sources import legal_sources

    report = legal_sources()
    cal = report.calendar
    out = [
        "# Legal status of the sources",
        "",
        f"Generated from `_data/instruments.csv` and the calendar data: law version "
        f"`{report.law_version}` (the latest day a status was checked; every Decision records "
        f"it as `law_version`), calendar `{cal.version}`. The same report is printed by "
        "`accessinfo sources` (`--json` for machines, `--on DATE` to mark what is in force). "
        "How to add the next instrument or amendment: [Maintaining the law](maintainers.md).",
        "",
        "## Still unknown",
        "",
    ]
    for iid, text in report.unknowns:
        out.append(f"- **`{iid}`**: {_md_escape(text)}")
    for d in cal.open_days:
        out.append(
            f"- **calendar, {fmt_date(d.date)}** {_md_escape(d.name_en)} ({d.status}): "
            f"{_md_escape(d.note) or 'no notice yet'}"
        )
    for group, title in (("legal", "Legal instruments"), ("calendar", "Calendar notices")):
        out += [
            "",
            f"## {title}",
            "",
            "| instrument | in force | replaced by | text | checked | still unknown |",
            "|---|---|---|---|---|---|",
        ]
        for r in report.instruments:
            if r.group != group:
                continue
            until = r.valid_until.isoformat() if r.valid_until else "—"
            succ = (
                f"{_md_escape(r.replaced_by_name or '')} (`{r.replaced_by}`)"
                if r.replaced_by
                else "—"
            )
            checked = r.last_checked.isoformat() if r.last_checked else "—"
            out.append(
                f"| `{r.id}`<br>{_md_escape(r.name_vi)}<br>*{_md_escape(r.title_en)}* | "
                f"{r.valid_from.isoformat()} → {until} | {succ} | {r.confidence} | {checked} | "
                f"{_md_escape(r.unknowns) or '—'} |"
            )
    out += [
        "",
        "## The calendar",
        "",
        f"Announced schedules run to **{cal.known_until.isoformat()}**; later days are projected "
        "from the Labour Code and every answer resting on them is `provisional`. Days the "
        "calendar still derives, or notes asking for a later check:",
        "",
        "| date | day | status | note |",
        "|---|---|---|---|",
    ]
    for d in cal.open_days:
        out.append(
            f"| {fmt_date(d.date)} | {_md_escape(d.name_vi)}<br>*{_md_escape(d.name_en)}* | "
            f"{d.status} | {_md_escape(d.note)} |"
        )
    return "\n".join(out) + "\n"


def other_rules_page(rules: list[Rule]) -> str:
    out = ["# Rules outside the article modules", "", _rules_table(rules), ""]
    for mod in sorted({r.module for r in rules}):
        out += [f"::: {mod}", "    options:", "      heading_level: 2", ""]
    return "\n".join(out)


def calendar_year_page(year: int) -> str:
    days = PUBLIC_SECTOR.special_days(year)
    out = [
        f"# Calendar {year}",
        "",
        f"The special days of {year} on the public-sector calendar "
        f"(`{PUBLIC_SECTOR.version}`): holidays, compensatory days, swapped rest days and "
        "swapped working Saturdays. Every other Monday–Friday is a working day and every "
        "other Saturday and Sunday a rest day (Decision 188/1999/QĐ-TTg).",
        "",
    ]
    if year > PUBLIC_SECTOR.known_until.year:
        out += [
            '!!! warning "Projected year"',
            f"    No schedule for {year} has been announced: the days below are projected "
            "from the Labour Code and every result that depends on them is `provisional`.",
            "",
        ]
    out += [
        "| date | kind | name | source | status | note |",
        "|---|---|---|---|---|---|",
    ]
    for i in days:
        src = f"{_md_escape(str(i.source))}<br>*{_md_escape(i.source.en)}*" if i.source else "—"
        out.append(
            f"| {fmt_date(i.date)} | {i.kind} | {_md_escape(i.name_vi)}<br>"
            f"*{_md_escape(i.name_en)}* | {src} | {i.status} | {_md_escape(i.note)} |"
        )
    out += ["", "## Month by month", "", calendar_html(PUBLIC_SECTOR, year), ""]
    return "\n".join(out)


def calendar_index(years: list[int]) -> str:
    out = [
        "# The public-sector calendar",
        "",
        f"Version `{PUBLIC_SECTOR.version}`; announced schedules up to "
        f"{PUBLIC_SECTOR.known_until.isoformat()}; supported "
        f"{SUPPORTED_FROM.isoformat()} to {SUPPORTED_UNTIL.isoformat()}.",
        "",
        "| year | special days | rest days on weekdays | working Saturdays | status |",
        "|---|---|---|---|---|",
    ]
    for y in years:
        days = PUBLIC_SECTOR.special_days(y)
        rest = sum(1 for i in days if not i.working and i.date.weekday() < 5)
        sat = sum(1 for i in days if i.working)
        status = "projected" if y > PUBLIC_SECTOR.known_until.year else "announced"
        out.append(f"| [{y}]({y}.md) | {len(days)} | {rest} | {sat} | {status} |")
    return "\n".join(out) + "\n"


def errors_page() -> str:
    out = [
        "# Errors",
        "",
        "Every public function returns a valid `Decision` or raises one of these errors, "
        "each a subclass of `accessinfo.AccessInfoError` with a stable `code` (and of the "
        "matching built-in exception, so `except ValueError` keeps working). The command line "
        f"prints `accessinfo: error <code>: …` on stderr and exits with {cli.EXIT_ERROR}.",
        "",
    ]
    for code, cls in sorted(ERROR_CODES.items()):
        bases = ", ".join(b.__name__ for b in cls.__mro__[1:] if b not in (object,))
        doc = inspect.cleandoc(cls.__doc__ or "")
        out += [
            f"## `{code}` {{#{code}}}",
            "",
            f"`accessinfo.errors.{cls.__name__}` ({bases})",
            "",
            doc,
            "",
        ]
    return "\n".join(out)


def _run_cli(args: list[str]) -> tuple[int, str]:
    """Run the CLI as a reader would, whatever ACCESSINFO_LANG the build runs with."""
    import os

    buf, err = io.StringIO(), io.StringIO()
    root = Path(__file__).resolve().parent.parent  # examples name files as docs/examples/…
    saved = os.environ.pop("ACCESSINFO_LANG", None)
    try:
        with (
            contextlib.chdir(root),
            contextlib.redirect_stdout(buf),
            contextlib.redirect_stderr(err),
        ):
            code = cli.main(args)
    finally:
        if saved is not None:
            os.environ["ACCESSINFO_LANG"] = saved
    return code, buf.getvalue() + err.getvalue()


def cli_page() -> str:
    parser = cli.build_parser()
    out = [
        "# Command line",
        "",
        "`accessinfo COMMAND …` (or `python -m accessinfo`). Human output by default; "
        "`--json` prints the Decision as JSON (see [JSON Schema](schemas.md)) with each "
        "instrument once, in an `instruments` map at the top, and every citation pointing to "
        "it by id (`--expanded` repeats the whole record in each citation; "
        "`accessinfo.surfaces.schema.load_decision` reads both); `--trace` lists every counted "
        "and skipped day; `--html FILE` writes the notebook view; `--strict` refuses a "
        "provisional answer (`calendar-unknown`, `unverified-text`). `--calendar-file PATH`, "
        "or the environment variable `ACCESSINFO_CALENDAR_FILE`, amends the calendar of every "
        "command with a calendar file, and `accessinfo calendar diff` lists the deadlines it "
        "moves ([Adding a year's schedule](calendar-updates.md)).",
        "",
        "Exit codes:",
        "",
        f"| code | meaning |\n|---|---|\n| {cli.EXIT_OK} | answered |\n"
        f"| {cli.EXIT_USAGE} | the command line cannot be read: an unknown command or option, a "
        "missing value, or a value not in the form asked for (not a date, a number, a time or "
        "one of the choices: `add 2026-01-09 abc` like `--channel pigeon`); the usage and the "
        "problem on stderr |\n"
        f"| {cli.EXIT_ERROR} | the input was read but refused: `accessinfo: error <code>: …` on "
        "stderr with the [error code](errors.md) (a date outside the calendar, no rule in "
        "force, a bad calendar or requests file, `--strict` refusing a provisional answer, "
        "contradictory events) |\n"
        f"| {cli.EXIT_IO} | an output file (`--html`, `--out`) could not be written |",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
        "",
    ]

    def subcommands(p: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
        found = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        return list(found[0].choices.items()) if found else []

    seen: set[int] = set()
    todo = [(name, p) for name, p in subcommands(parser)]
    while todo:
        name, p = todo.pop(0)
        if id(p) in seen:
            continue
        seen.add(id(p))
        out += [f"## `{name}`", "", "```text", p.format_help().rstrip(), "```", ""]
        todo += [(f"{name} {n}", q) for n, q in subcommands(p)]
    return "\n".join(out)


def schemas_page() -> str:
    all_schemas = schema.schemas()
    out = [
        "# JSON Schema",
        "",
        "`accessinfo schema --out DIR` writes one JSON Schema (draft 2020-12) per input model "
        "and per Decision outcome type; `accessinfo schema NAME` prints one; "
        "`accessinfo.surfaces.schema.load_decision(text)` reads a Decision back without loss.",
        "",
        "| schema | file |",
        "|---|---|",
    ]
    for name in sorted(all_schemas):
        out.append(f"| `{name}` | `{schema.file_name(name)}` |")
    out.append("")
    for name, s in sorted(all_schemas.items()):
        out += [f'??? note "{name}"', "    ```json"]
        out += ["    " + line for line in json.dumps(s, ensure_ascii=False, indent=2).splitlines()]
        out += ["    ```", ""]
    return "\n".join(out)


# Each scenario: a title, an explanation, and CLI argument lists run at build time.
SCENARIOS: list[tuple[str, str, list[list[str]]]] = [
    (
        "An electronic complex request received just before Tết",
        "A request for complex information arrives by e-mail on Friday 13 February 2026 at "
        "16:45, the last working day before the Tết break (16–20 February 2026, Notice "
        "9441/TB-BNV). Day zero is 13 February; the break and the weekends are skipped.",
        [
            [
                "request",
                "--received",
                "2026-02-13T16:45+07:00",
                "--channel",
                "electronic",
                "--complexity",
                "complex",
                "--trace",
            ]
        ],
    ),
    (
        "A planned weekend maintenance",
        "An agency plans to take its portal down on Saturday 5 September 2026. The latest day "
        "to publish the notice is the 7th working day before the start; 31 August–2 September "
        "are rest days and Saturday 22 August was worked.",
        [
            ["suspension", "2026-09-05", "--trace"],
            [
                "check-suspension",
                "--from",
                "2026-09-05",
                "--kind",
                "planned",
                "--published",
                "2026-08-20",
                "--states-recovery-time",
                "yes",
                "--backup-in-place",
                "yes",
            ],
        ],
    ),
    (
        "The seed 002 scenario: a National Single Window incident",
        "The National Single Window portal fails on a Friday afternoon before Tết; the "
        "manager expects recovery on Monday 23 February 2026.",
        [
            [
                "incident",
                "--occurred",
                "2026-02-13T15:00+07:00",
                "--expected-recovery",
                "2026-02-23T10:00+07:00",
            ]
        ],
    ),
    (
        "What the agency did with that request, judged on a given day",
        "The same request, with what the agency recorded: the notice of the handling time on "
        "24 February, an extension notified on 12 March (inside the period) announcing 27 "
        "March. Judged on 31 March with no answer yet, the answer is overdue. Then the "
        "grounds to refuse a working secret, and the actual costs of twenty photocopies "
        "(`accessinfo refusal`, `accessinfo costs`).",
        [
            [
                "request",
                "--received",
                "2026-02-13T16:45+07:00",
                "--channel",
                "electronic",
                "--complexity",
                "complex",
                "--event",
                "handling_notice_sent=2026-02-24",
                "--event",
                "extension_notified=2026-03-12@2026-03-27",
                "--as-of",
                "2026-03-31",
            ],
            ["refusal", "--on", "2026-08-22", "--category", "working_secret"],
            [
                "costs",
                "--on",
                "2026-03-02",
                "--line",
                "photocopy_bw=20",
                "--line",
                "photocopy_bw=2@A3",
                "--sending",
                "email",
            ],
        ],
    ),
    (
        "A notice the day it appears: a late bridge for New Year 2027",
        "A hypothetical letter makes Thursday 31 December 2026 a rest day, made up on Saturday "
        "9 January 2027 (`docs/examples/new-year-2027-bridge.csv`, a calendar file). Before "
        "any release, the agency compares it with the packaged calendar and its open requests "
        "(`docs/examples/open-requests-2026-12.csv`), then answers with it "
        "(`--calendar-file`); the deadlines are worked by hand in "
        "[Adding a year's schedule](calendar-updates.md).",
        [
            [
                "calendar",
                "diff",
                "packaged",
                "docs/examples/new-year-2027-bridge.csv",
                "--requests",
                "docs/examples/open-requests-2026-12.csv",
            ],
            ["day", "2026-12-31", "--calendar-file", "docs/examples/new-year-2027-bridge.csv"],
        ],
    ),
    (
        "Calendar questions",
        "Swapped Saturdays, counting back, and counting over 30/4–1/5.",
        [
            ["day", "2026-08-22"],
            ["add", "2026-09-03", "-7"],
            ["count", "2025-04-25", "2025-05-05"],
            ["count", "2026-01-13", "2026-01-09"],
        ],
    ),
]


def examples_page() -> str:
    out = [
        "# Worked examples (command line)",
        "",
        "Run at documentation build time, so the output below is what this version prints.",
        "",
    ]
    for title, text, runs in SCENARIOS:
        out += [f"## {title}", "", text, ""]
        for args in runs:
            code, printed = _run_cli(args)
            out += ["```console", "$ accessinfo " + " ".join(args), printed.rstrip(), "```", ""]
            if code != 0:
                out += [f"(exit code {code})", ""]
    return "\n".join(out)


# The five worked examples a Vietnamese reader checks end to end (docs/i18n.md): the title,
# the facts and the count by hand in Vietnamese, the command, and the dates the hand count
# finds (tests/test_docs_vi.py checks that the output shows them).
VI_EXAMPLES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "Yêu cầu theo Luật Tiếp cận thông tin 2016 (số 104/2016/QH13)",
        "Công dân gửi yêu cầu qua mạng điện tử lúc 16 giờ 45 ngày Thứ Sáu 13/02/2026; thông "
        "tin được yêu cầu là thông tin phức tạp. Ngày 13/02 là ngày bắt đầu, không tính (khoản 3 "
        "Điều 147 Bộ luật Dân sự). Từ 14/02 đến 22/02/2026 là ngày nghỉ cuối tuần và nghỉ Tết "
        "Âm lịch (Thông báo số 9441/TB-BNV). Thông báo thời hạn giải quyết: 03 ngày làm việc "
        "là 23, 24, 25/02, tức là **25/02/2026**. Cung cấp thông tin: 15 ngày làm việc là "
        "23–27/02, 02–06/03, 09–13/03, tức là **13/03/2026**. Gia hạn không quá 15 ngày: "
        "13/03 + 15 ngày = Thứ Bảy 28/03, chuyển sang ngày làm việc tiếp theo (khoản 5 Điều "
        "148 Bộ luật Dân sự): **30/03/2026**.",
        [
            "request",
            "--received",
            "2026-02-13T16:45+07:00",
            "--channel",
            "electronic",
            "--complexity",
            "complex",
        ],
        ["25/02/2026", "13/03/2026", "30/03/2026"],
    ),
    (
        "Yêu cầu theo Luật Tiếp cận thông tin 2026 (số 01/2026/QH16)",
        "Yêu cầu hợp lệ về thông tin phức tạp, không có sẵn nhận được qua mạng điện tử ngày "
        "Thứ Ba 15/09/2026, sau ngày Luật số 01/2026/QH16 có hiệu lực (01/09/2026). Thời hạn "
        "12 ngày kể từ ngày nhận được hồ sơ hợp lệ (điểm b khoản 4 Điều 10 Nghị định số "
        "337/2026/NĐ-CP): 15/09 + 12 ngày = Chủ nhật 27/09, chuyển sang **Thứ Hai 28/09/2026**. "
        "Thông báo gia hạn phải gửi trước khi hết thời hạn: chậm nhất **Thứ Sáu 25/09/2026**. "
        "Gia hạn không quá 12 ngày: 28/09 + 12 ngày = Thứ Bảy 10/10, chuyển sang **Thứ Hai "
        "12/10/2026**. Văn bản luật và nghị định lấy từ bản sao chưa được kiểm chứng nên kết quả "
        "là tạm thời.",
        [
            "request",
            "--received",
            "2026-09-15",
            "--channel",
            "electronic",
            "--complexity",
            "complex",
        ],
        ["28/09/2026", "25/09/2026", "12/10/2026"],
    ),
    (
        "Thông báo tạm ngừng cung cấp dịch vụ (Nghị định số 224/2026/NĐ-CP)",
        "Cơ quan dự kiến tạm ngừng cung cấp thông tin, dịch vụ trên môi trường số từ Thứ Bảy "
        "05/09/2026 và phải thông báo công khai chậm nhất là 07 ngày làm việc trước ngày tạm "
        "ngừng. Đếm ngược các ngày làm việc: 04/09 (1), 03/09 (2); 02/09 và 01/09 nghỉ Quốc "
        "khánh, 31/08 nghỉ hoán đổi, 29–30/08 nghỉ cuối tuần; 28/08 (3), 27/08 (4), 26/08 (5), "
        "25/08 (6), 24/08 (7): chậm nhất là **Thứ Hai 24/08/2026**.",
        ["suspension", "2026-09-05"],
        ["24/08/2026"],
    ),
    (
        "Sự cố Cổng thông tin một cửa quốc gia ngày 06/08/2024 (Công văn 3793/TCHQ-CNTT)",
        "Ngày Thứ Ba 06/08/2024 Cổng thông tin một cửa quốc gia gặp sự cố; dự kiến khắc phục "
        "xong ngày Chủ nhật 11/08/2024 (Công văn số 3793/TCHQ-CNTT ngày 08/08/2024 của Tổng cục "
        "Hải quan). Đăng tải và thông báo cho các cơ quan: ngay, từ **06/08/2024**. Kiểm tra, "
        "đối chiếu và chuyển dữ liệu trong thời hạn 01 ngày làm việc sau khi khắc phục: ngày "
        "11/08 không tính, ngày làm việc đầu tiên là **Thứ Hai 12/08/2024** (tạm thời: tính "
        "theo ngày dự kiến khắc phục).",
        ["incident", "--occurred", "2024-08-06", "--expected-recovery", "2024-08-11"],
        ["12/08/2024"],
    ),
    (
        "Từ chối cung cấp thông tin (Điều 27 Luật số 01/2026/QH16)",
        "Yêu cầu gửi ngày 15/09/2026 về thông tin đã được cung cấp hai lần cho chính người yêu "
        "cầu, không có lý do chính đáng, và người yêu cầu không thanh toán chi phí thực tế để "
        "in, sao, chụp, gửi thông tin: từ chối theo **khoản 4** và **khoản 6 Điều 27**, bằng văn "
        "bản và nêu rõ lý do (khoản 2 Điều 26).",
        [
            "refusal",
            "--on",
            "2026-09-15",
            "--category",
            "open",
            "--times-provided",
            "2",
            "--costs",
            "unpaid",
        ],
        ["khoản 4 Điều 27", "khoản 6 Điều 27", "khoản 2 Điều 26"],
    ),
]


def examples_vi_page() -> str:
    """The five Vietnamese worked examples, run through the CLI (``--lang vi``) at build time."""
    out = [
        "# Ví dụ minh họa bằng tiếng Việt",
        "",
        "Năm ví dụ dưới đây là văn bản mà công dân, cán bộ nhìn thấy khi dùng lệnh `accessinfo` "
        "với `--lang vi`. Kết quả được tạo ra khi xây dựng tài liệu, nên luôn khớp với phiên "
        "bản này; phần *Cách tính* được tính tay từ văn bản pháp luật và lịch làm việc để người "
        "đọc đối chiếu. Những đoạn còn ghi `[chưa có bản tiếng Việt]` đang được dịch.",
        "",
    ]
    for title, working, args, _ in VI_EXAMPLES:
        code, printed = _run_cli([*args, "--lang", "vi"])
        out += [f"## {title}", "", f"*Cách tính.* {working}", ""]
        cmd = "$ accessinfo " + " ".join([*args, "--lang", "vi"])
        out += ["```console", cmd, printed.rstrip(), "```", ""]
        if code != 0:
            out += [f"(mã thoát {code})", ""]
    return "\n".join(out)


def build() -> dict[str, str]:
    """Every generated page: path (relative to the docs dir) → Markdown."""
    rules = list(registry())
    by_inst = _articles(rules)
    insts = instruments()
    pages: dict[str, str] = {"reference/index.md": reference_index(by_inst, rules)}
    placed: set[str] = set()
    for iid, arts in sorted(by_inst.items()):
        for a in arts:
            pages[a.path] = article_page(a, insts[iid])
            placed.update(r.id for r in a.rules)
        other = [
            r
            for r in rules
            if r.module.startswith(f"accessinfo.articles.{iid}.") and r.id not in placed
        ]
        placed.update(r.id for r in other)
        pages[f"reference/{iid}/index.md"] = instrument_page(insts[iid], arts, other)
    rest = [r for r in rules if r.id not in placed]
    if rest:
        pages["reference/other.md"] = other_rules_page(rest)
    years = list(range(SUPPORTED_FROM.year, SUPPORTED_UNTIL.year + 1))
    pages["calendar/index.md"] = calendar_index(years)
    for y in years:
        pages[f"calendar/{y}.md"] = calendar_year_page(y)
    pages["errors.md"] = errors_page()
    pages["sources.md"] = sources_page()
    pages["cli.md"] = cli_page()
    pages["schemas.md"] = schemas_page()
    pages["worked-examples.md"] = examples_page()
    pages["worked-examples-vi.md"] = examples_vi_page()
    pages.update(notebook_pages(Path(__file__).parents[1] / "examples"))
    return pages


def notebook_pages(examples: Path) -> dict[str, str]:
    """``examples/*.ipynb`` as pages ``notebooks/<name>.md``: the cells and their stored
    outputs (the notebooks are committed executed; tests/test_notebooks.py runs them)."""
    pages: dict[str, str] = {}
    for path in sorted(examples.glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        parts = [
            f"<!-- generated from examples/{path.name}: edit the notebook, not this page -->",
        ]
        for cell in nb["cells"]:
            src = "".join(cell["source"])
            if cell["cell_type"] == "markdown":
                parts.append(src)
                continue
            parts.append(f"```python\n{src}\n```")
            for out in cell.get("outputs", []):
                parts.append(_notebook_output(out))
        parts.append(
            f"*This page is the notebook `examples/{path.name}`, executed. Run it yourself "
            "with Jupyter after `pip install 'accessinfo[analysis,charts]'`.*"
        )
        pages[f"notebooks/{path.stem}.md"] = "\n\n".join(p for p in parts if p) + "\n"
    return pages


def _notebook_output(out: dict[str, Any]) -> str:
    if out.get("output_type") == "stream":
        return "```text\n" + "".join(out["text"]).rstrip() + "\n```"
    data = out.get("data", {})
    if "image/png" in data:
        png = "".join(data["image/png"]).replace("\n", "")
        return f'<img alt="chart" src="data:image/png;base64,{png}">'
    if "text/html" in data:
        html = "".join(data["text/html"]).strip()
        return f'<div class="nb-output">\n{html}\n</div>'
    if "text/plain" in data:
        return "```text\n" + "".join(data["text/plain"]).rstrip() + "\n```"
    return ""


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


def nav(pages: dict[str, str], docs_dir: Path) -> list[Any]:
    """The site navigation: hand-written pages, readings and examples found on disk, then
    the generated reference, calendar and errors."""

    def exists(p: str) -> bool:
        return (docs_dir / p).is_file() or p in pages

    def folder(name: str) -> list[Any]:
        d = docs_dir / name
        files = sorted(d.glob("*.md")) if d.is_dir() else []
        return [{_title(f): f"{name}/{f.name}"} for f in files if f.name != "index.md"]

    out: list[Any] = []
    for title, p in (
        ("Home", "index.md"),
        ("Getting started", "getting-started.md"),
        ("How deadlines are counted", "counting.md"),
    ):
        if exists(p):
            out.append({title: p})
    readings = folder("readings")
    if readings:
        out.append({"Readings of the law": readings})
    examples: list[Any] = [
        {"Command line walk-through": "worked-examples.md"},
        {"Ví dụ bằng tiếng Việt": "worked-examples-vi.md"},
        *folder("examples"),
    ]
    out.append({"Worked examples": examples})
    notebooks = sorted(p for p in pages if p.startswith("notebooks/"))
    if notebooks:
        out.append({"Notebooks": notebooks})
    for title, p in (
        ("Command line", "cli.md"),
        ("HTTP service", "service.md"),
        ("Calendar files (.ics)", "calendar-files.md"),
        ("With python-holidays and pandas", "interop.md"),
        ("Registers and compliance reports", "registers.md"),
        ("JSON Schema", "schemas.md"),
        ("Notebook view", "notebook.md"),
        ("Vietnamese and English", "i18n.md"),
        ("Public API and versions", "public-api.md"),
    ):
        if exists(p):
            out.append({title: p})
    operations = [
        {title: p}
        for title, p in (
            ("Adding a year's schedule", "calendar-updates.md"),
            ("Adding an instrument or amendment", "maintainers.md"),
            ("Many dates at once", "scale-out.md"),
            ("Reliability", "reliability.md"),
            ("Benchmarks", "benchmarks.md"),
        )
        if exists(p)
    ]
    if operations:
        out.append({"Operating it": operations})
    ref: list[Any] = ["reference/index.md"]
    insts = instruments()
    for iid in sorted({p.split("/")[1] for p in pages if p.count("/") == 2 and "reference/" in p}):
        arts = sorted(
            (p for p in pages if p.startswith(f"reference/{iid}/art_")),
            key=lambda p: (int(re.sub(r"\D", "", p.rsplit("/", 1)[1]) or 0), p),
        )
        label = f"{insts[iid].name_en}"
        ref.append({label: [f"reference/{iid}/index.md", *arts]})
    if "reference/other.md" in pages:
        ref.append({"Other rules": "reference/other.md"})
    out.append({"Law reference": ref})
    if "sources.md" in pages:
        out.append({"Legal status of the sources": "sources.md"})
    placed = set(_nav_leaves(out))
    more = [
        {_title(f): f.name}
        for f in sorted(docs_dir.glob("*.md"))
        if f.name not in placed and f.name not in pages
    ]
    if more:
        out.append({"More": more})
    cal = ["calendar/index.md", *sorted(p for p in pages if re.match(r"calendar/\d{4}\.md$", p))]
    out.append({"Calendar": cal})
    out.append({"Errors": "errors.md"})
    return out


def _nav_leaves(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [p for v in node.values() for p in _nav_leaves(v)]
    return [p for v in node for p in _nav_leaves(v)]


def write(out_dir: Path) -> dict[str, str]:
    """Write every generated page under ``out_dir``; returns them."""
    pages = build()
    for rel, text in pages.items():
        p = out_dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return pages


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "site-src")
    written = write(target)
    print(f"{len(written)} pages written to {target}")
