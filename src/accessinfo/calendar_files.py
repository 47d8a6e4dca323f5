"""Calendar files: a notice's special days, applied the day it appears, without a release.

A calendar file has the columns of the packaged data (``_calendar_data/public_sector.csv``):
``date,kind,name_vi,name_en,source,status,note`` (``note`` may be left out), one row per day,
lines starting with ``#`` are comments. Its rows are added to a base calendar (the packaged
public-sector calendar by default), replacing the base's row for the same date.
``docs/calendar-updates.md`` describes the format; in short:

* ``kind``: ``holiday`` (any day), ``compensatory``, ``swapped_rest`` (a weekday off),
  ``swapped_working`` (a Saturday worked), ``local_rest`` (an agency's weekday off),
  ``local_working`` (an agency's weekend day worked), ``working`` / ``weekend`` (the plain week
  restored: cancels a projected or derived day of the base that a notice did not keep);
* ``source``: the id of a packaged instrument (``cv_12729_2025``, ``code_45_2019:112.1.a``),
  or the source as published (``Công văn số 12345/VPCP-KGVX ngày 24/12/2026``): a source
  missing from the packaged list is recorded with the file's own text, its kind read from
  its first words or from its number (``…/TB-…`` a notice, ``…/QĐ-…`` a decision, a number
  with no type, ``12345/VPCP-KGVX``, a công văn), and confidence ``unverified``: every
  answer that depends on such a day is provisional, whatever its status;
* ``status``: ``announced``, ``statutory``, ``derived`` (answers stay provisional) or
  ``override`` (a local arrangement).

The amended calendar's ``version`` names the base and a hash of the file, so every Decision
computed with it records exactly which file it rests on. A bad file is refused as a whole,
with every problem and its line.

>>> import tempfile, pathlib
>>> from datetime import date
>>> text = '''date,kind,name_vi,name_en,source,status,note
... 2026-12-31,swapped_rest,Nghỉ hoán đổi,Swapped day off,Công văn 99999/VPCP-KGVX,announced,
... 2027-01-09,swapped_working,Làm bù,Working Saturday,Công văn 99999/VPCP-KGVX,announced,
... '''
>>> cal = calendar_from_text(text, name="bridge.csv")
>>> cal.is_working_day(date(2026, 12, 31)), cal.is_working_day(date(2027, 1, 9))
(False, True)
>>> cal.version.startswith("vn-public-sector@") and "+file:" in cal.version
True
>>> cal.day(date(2026, 12, 31)).source.en
'Official Letter No. 99999/VPCP-KGVX'
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from accessinfo.core.citations import Citation, Instrument, InstrumentKind, instruments
from accessinfo.core.messages import Text, join, msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

if TYPE_CHECKING:  # accessinfo.calendar re-exports load_calendar: imported when called
    from accessinfo.calendar import SpecialDay, WorkingCalendar

__all__ = [
    "COLUMNS",
    "ENV_VAR",
    "FILE_KINDS",
    "FILE_STATUSES",
    "calendar_from_text",
    "configured_calendar",
    "load_calendar",
    "rows_digest",
]

COLUMNS = ("date", "kind", "name_vi", "name_en", "source", "status", "note")
_REQUIRED = COLUMNS[:-1]
ENV_VAR = "ACCESSINFO_CALENDAR_FILE"
FILE_STATUSES = ("announced", "statutory", "derived", "override")
# kind -> the weekdays it may fall on (0 = Monday) and what that means, for the error message
_WEEKDAYS = frozenset(range(5))
_WEEKEND = frozenset({5, 6})
FILE_KINDS: Mapping[str, tuple[frozenset[int], str]] = {
    "holiday": (frozenset(range(7)), ""),
    "compensatory": (_WEEKDAYS, "a compensatory day off is a weekday"),
    "swapped_rest": (_WEEKDAYS, "a swapped rest day is a weekday (a weekend day is off anyway)"),
    "swapped_working": (frozenset({5}), "a swapped working day is a Saturday"),
    "local_rest": (_WEEKDAYS, "a local rest day is a weekday (a weekend day is off anyway)"),
    "local_working": (_WEEKEND, "a local working day is a Saturday or a Sunday"),
    "working": (_WEEKDAYS, "'working' restores a plain weekday"),
    "weekend": (_WEEKEND, "'weekend' restores a plain Saturday or Sunday"),
}
_MAX_BYTES = 5_000_000  # far more than every special day of the supported range
_MAX_PROBLEMS = 20

# The first words of a source as published, and the kind of document they name.
_KIND_WORDS: tuple[tuple[str, InstrumentKind], ...] = (
    ("công văn", "letter"),
    ("official letter", "letter"),
    ("letter", "letter"),
    ("cv", "letter"),
    ("thông báo", "notice"),
    ("notice", "notice"),
    ("tb", "notice"),
    ("quyết định", "decision"),
    ("decision", "decision"),
    ("qđ", "decision"),
    ("nghị quyết", "resolution"),
    ("resolution", "resolution"),
    ("nq", "resolution"),
    ("nghị định", "decree"),
    ("decree", "decree"),
    ("nđ", "decree"),
    ("thông tư", "circular"),
    ("circular", "circular"),
    ("tt", "circular"),
)
# The type abbreviation in a document number ("9441/TB-BNV"): Decree 30/2020/NĐ-CP Annex I.
# A number with no type abbreviation ("12729/VPCP-KGVX") is a công văn.
_SYMBOLS: Mapping[str, InstrumentKind] = {
    "TB": "notice",
    "QĐ": "decision",
    "QD": "decision",
    "NQ": "resolution",
    "NĐ": "decree",
    "ND": "decree",
    "TT": "circular",
}
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(:[0-9a-z.]*)?$")
_ISSUED_RE = re.compile(r"\bngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", re.IGNORECASE)


class _Problems:
    """The problems of one file: each with its line; raised together."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.found: list[tuple[int, str]] = []

    @property
    def items(self) -> list[str]:
        """The problems in line order (a problem of the whole file first)."""
        return [text for _, text in sorted(self.found, key=lambda p: p[0])]

    def add(self, line: int | None, text: Text) -> None:
        where = text if line is None else msg("errors.file.line", line=line, problem=text)
        self.found.append((line or 0, where))

    def raise_if_any(self) -> None:
        if not self.found:
            return
        shown = self.items[:_MAX_PROBLEMS]
        more = len(self.items) - len(shown)
        n = len(self.items)
        listed = join(shown, "; ")
        if n == 1:
            raise InvalidInput(
                msg("errors.calendar_file.one_problem", name=self.name, problems=listed)
            )
        tail = msg("errors.file.more", n=more) if more > 0 else Text("", "")
        raise InvalidInput(
            msg("errors.calendar_file.problems", name=self.name, n=n, problems=listed, more=tail)
        )


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            msg(
                "errors.calendar_file.not_utf8",
                name=name,
                line=line,
                byte=f"0x{data[exc.start]:02X}",
            )
        ) from None


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the number of the line each ends on (comments and blanks skipped)."""
    where = [0]

    def lines() -> Iterator[str]:
        for i, line in enumerate(text.splitlines(keepends=True), 1):
            where[0] = i
            if line.startswith("#") or not line.strip():
                continue
            yield line

    for record in csv.reader(lines(), strict=True):
        yield where[0], record


def _parse_date(text: str) -> date | None:
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _known_source(ref: str) -> Citation | None:
    """A citation of a packaged instrument, ``id`` or ``id:article.clause.point``."""
    inst_id, _, loc = ref.partition(":")
    inst = instruments().get(inst_id)
    if inst is None:
        return None
    parts = loc.split(".") if loc else []
    if len(parts) > 3 or not all(p.isdigit() for p in parts[:2]):
        raise ValueError(msg("errors.calendar_file.source_ref", ref=repr(ref)))
    article = int(parts[0]) if parts else None
    clause = int(parts[1]) if len(parts) > 1 else None
    point = parts[2] if len(parts) > 2 else None
    try:
        return inst.cite(article, clause, point)
    except ValueError as exc:  # pydantic: article 0, unknown point
        first = str(exc).splitlines()
        why = first[-1].strip() if first else str(exc)
        raise ValueError(msg("errors.calendar_file.source_cite", ref=repr(ref), why=why)) from None


def _kind_of(text: str) -> tuple[InstrumentKind | None, str]:
    """The kind named by the first words of ``text`` (if any), and the rest of the text."""
    low = text.lower()
    for words, kind in _KIND_WORDS:
        if low.startswith(words) and (len(low) == len(words) or low[len(words)] in " .:"):
            rest = text[len(words) :].lstrip(" .:")
            rest = re.sub(r"^(số|so|no\.?)\s+", "", rest, flags=re.IGNORECASE)
            return kind, rest
    return None, text


def _file_source(text: str, first_day: date) -> Instrument:
    """An instrument for a source that is not in the packaged list, from its own text."""
    kind, rest = _kind_of(text)
    number = rest.split()[0].rstrip(",;") if rest.split() else ""
    if kind is None:
        symbol = number.partition("/")[2]
        if not symbol or not number[:1].isdigit():
            raise ValueError(msg("errors.calendar_file.source_unknown", ref=repr(text)))
        head = symbol.split("-")[0].split("/")[-1].upper()
        kind = _SYMBOLS.get(head, "letter")
    if not number:
        raise ValueError(msg("errors.calendar_file.source_no_number", ref=repr(text)))
    issued = None
    m = _ISSUED_RE.search(text)
    if m:
        try:
            issued = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            words = f"'ngày {m.group(0)[5:]}'"
            raise ValueError(
                msg("errors.calendar_file.source_bad_date", ref=repr(text), words=words)
            ) from None
    return Instrument(
        id=f"file:{number}",
        kind=kind,
        number=number,
        title_vi=text,
        title_en="source cited in a calendar file",
        issued=issued,
        valid_from=min(issued, first_day) if issued else first_day,
        confidence="unverified",
        note=f"cited in a calendar file as {text!r}; not in the packaged list of instruments, "
        "so its text has not been checked",
    )


def _header(record: list[str], line: int, problems: _Problems) -> list[str] | None:
    cols = [c.strip().lower() for c in record]
    missing = [c for c in _REQUIRED if c not in cols]
    unknown = [c for c in cols if c not in COLUMNS]
    twice = sorted({c for c in cols if cols.count(c) > 1})
    if missing or unknown or twice:
        what = []
        if missing:
            what.append(msg("errors.calendar_file.columns_missing", columns=", ".join(missing)))
        if unknown:
            named = ", ".join(repr(c) for c in unknown)
            what.append(msg("errors.file.columns_unknown", columns=named))
        if twice:
            what.append(msg("errors.file.columns_twice", columns=", ".join(twice)))
        problems.add(
            line,
            msg("errors.calendar_file.header", what=join(what, "; "), columns=",".join(COLUMNS)),
        )
        return None
    return cols


def _rows(
    text: str, base: WorkingCalendar, problems: _Problems
) -> list[tuple[int, dict[str, str], date]]:
    out: list[tuple[int, dict[str, str], date]] = []
    records = _records(text)
    cols: list[str] | None = None
    seen: dict[date, int] = {}
    try:
        for line, record in records:
            if cols is None:
                cols = _header(record, line, problems)
                if cols is None:
                    return out
                continue
            if len(record) != len(cols):
                problems.add(line, msg("errors.file.fields", n=len(record), m=len(cols)))
                continue
            row = {c: v.strip() for c, v in zip(cols, record, strict=True)}
            row.setdefault("note", "")
            d = _check_row(row, line, base, problems)
            if d is None:
                continue
            if d in seen:
                problems.add(line, msg("errors.calendar_file.twice", day=d, other=seen[d]))
                continue
            seen[d] = line
            out.append((line, row, d))
    except csv.Error as exc:
        problems.add(None, msg("errors.file.not_csv", why=str(exc)))
    if cols is None and not problems.found:
        problems.add(None, msg("errors.calendar_file.no_header", columns=",".join(COLUMNS)))
    return out


def _check_row(
    row: dict[str, str], line: int, base: WorkingCalendar, problems: _Problems
) -> date | None:
    ok = True
    d = _parse_date(row["date"])
    if d is None:
        problems.add(line, msg("errors.calendar_file.bad_date", value=repr(row["date"])))
        return None
    if not base.first <= d <= base.last:
        problems.add(line, msg("errors.outside_calendar", day=d, first=base.first, last=base.last))
        return None
    kind = row["kind"]
    allowed = FILE_KINDS.get(kind)
    if allowed is None:
        problems.add(
            line,
            msg(
                "errors.calendar_file.unknown_value",
                column="kind",
                value=repr(kind),
                options=", ".join(FILE_KINDS),
            ),
        )
        ok = False
    elif d.weekday() not in allowed[0]:
        why = msg(f"errors.calendar_file.weekday.{kind}")
        problems.add(line, msg("errors.calendar_file.wrong_weekday", day=d, kind=kind, why=why))
        ok = False
    if row["status"] not in FILE_STATUSES:
        problems.add(
            line,
            msg(
                "errors.calendar_file.unknown_value",
                column="status",
                value=repr(row["status"]),
                options=", ".join(FILE_STATUSES),
            ),
        )
        ok = False
    for col in ("name_vi", "name_en"):
        if not row[col]:
            problems.add(line, msg("errors.calendar_file.name_missing", column=col))
            ok = False
    if not row["source"]:
        problems.add(line, msg("errors.calendar_file.source_missing"))
        ok = False
    return d if ok else None


def _sources(
    rows: Iterable[tuple[int, dict[str, str], date]], problems: _Problems
) -> dict[str, Citation]:
    """Every source text of the file, as a citation (packaged, or recorded from the file)."""
    first_line: dict[str, int] = {}
    first_day: dict[str, date] = {}
    for line, row, d in rows:
        src = row["source"]
        first_line.setdefault(src, line)
        first_day[src] = min(d, first_day.get(src, d))
    out: dict[str, Citation] = {}
    by_id: dict[str, Instrument] = {}
    for src, line in first_line.items():
        try:
            cite = _known_source(src) if _ID_RE.match(src) else None
            if cite is None:
                inst = _file_source(src, first_day[src])
                cite = by_id.setdefault(inst.id, inst).cite()
        except ValueError as exc:
            why = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else str(exc)
            problems.add(line, why if isinstance(why, Text) else Text(why, why))
            continue
        out[src] = cite
    return out


@public
def rows_digest(rows: Iterable[SpecialDay]) -> str:
    """A short hash of special-day rows (date, kind, names, source, status, note), in date
    order: two sets of rows with the same content have the same digest."""
    from accessinfo.calendar import special_day_rows

    items = special_day_rows(rows)
    h = hashlib.sha256()
    for r in sorted(items, key=lambda r: r.date):
        src = "" if r.source is None else getattr(r.source, "id", repr(r.source))
        h.update(
            "\x1f".join(
                (r.date.isoformat(), r.kind, r.name_vi, r.name_en, src, r.status, r.note)
            ).encode("utf-8")
            + b"\x1e"
        )
    return h.hexdigest()[:12]


def _check_base(base: object) -> WorkingCalendar:
    from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar

    if base is None:
        return PUBLIC_SECTOR
    if not isinstance(base, WorkingCalendar):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="base",
                expected=msg("errors.type.calendar"),
                got=type(base).__name__,
            )
        )
    return base


@public
def calendar_from_text(
    text: str | bytes, *, base: WorkingCalendar | None = None, name: str = "<text>"
) -> WorkingCalendar:
    """``base`` amended by the rows of a calendar file given as text (or its bytes).

    ``name`` is used in error messages only. See :func:`load_calendar`.
    """
    cal = _check_base(base)
    if not isinstance(name, str):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name="name",
                expected=msg("errors.type.text"),
                value=f"{name!r:.60}",
            )
        )
    if isinstance(text, str):
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    else:
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="text",
                expected=msg("errors.type.text_or_bytes"),
                got=type(text).__name__,
            )
        )
    if len(data) > _MAX_BYTES:
        raise InvalidInput(
            msg("errors.calendar_file.too_big", name=name, size=len(data), limit=_MAX_BYTES)
        )
    decoded = _decode(data, name)
    problems = _Problems(name)
    rows = _rows(decoded, cal, problems)
    cites = _sources(rows, problems)
    problems.raise_if_any()
    from accessinfo.calendar import SpecialDay, WorkingCalendar

    special = dict(cal._index().special)
    for _, row, d in rows:
        special[d] = SpecialDay(
            d,
            row["kind"],  # type: ignore[arg-type]  # checked against FILE_KINDS
            row["name_vi"],
            row["name_en"],
            cites[row["source"]],
            row["status"],  # type: ignore[arg-type]  # checked against FILE_STATUSES
            row["note"],
        )
    digest = hashlib.sha256(data).hexdigest()[:16]
    return WorkingCalendar(
        special.values(),
        name=f"{cal.name}+file",
        known_until=cal.known_until,
        version=f"{cal.version}+file:{digest}",
        first=cal.first,
        last=cal.last,
    )


@public
def load_calendar(
    path: str | os.PathLike[str], base: WorkingCalendar | None = None
) -> WorkingCalendar:
    """``base`` (default: the packaged ``PUBLIC_SECTOR``) amended by the calendar file at
    ``path`` (UTF-8 CSV, the packaged columns).

    The result's ``version`` is the base's followed by ``+file:`` and the first 16 hex digits
    of the file's SHA-256. Raises :class:`~accessinfo.errors.InvalidInput` naming every bad
    line: an unknown kind or status, a date given twice or not a date, a weekday marked as a
    swapped working Saturday, a name or a source missing, wrong columns, a file that is not
    UTF-8, or a file that cannot be read.
    """
    cal = _check_base(base)
    if not isinstance(path, (str, os.PathLike)) or not str(path):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name="path",
                expected=msg("errors.type.path"),
                value=f"{path!r:.60}",
            )
        )
    p = Path(path)
    try:
        size = p.stat().st_size
        data = p.read_bytes() if size <= _MAX_BYTES else b""
    except OSError as exc:
        raise InvalidInput(
            msg("errors.calendar_file.unreadable", path=repr(str(path)), why=str(exc.strerror))
        ) from None
    except ValueError as exc:  # e.g. an embedded NUL in the path
        raise InvalidInput(
            msg("errors.calendar_file.unreadable", path=repr(str(path)), why=str(exc))
        ) from None
    if size > _MAX_BYTES:
        raise InvalidInput(
            msg("errors.calendar_file.too_big", name=p.name, size=size, limit=_MAX_BYTES)
        )
    return calendar_from_text(data, base=cal, name=p.name)


@public
def configured_calendar(
    path: str | os.PathLike[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    base: WorkingCalendar | None = None,
) -> WorkingCalendar:
    """The calendar a program should use: ``base`` amended by the calendar file at ``path``,
    or else by the file named in the ``ACCESSINFO_CALENDAR_FILE`` environment variable
    (read from ``environ``, default ``os.environ``), or ``base`` itself if neither is set.

    The command line calls it for every command; a service calls it once at start.
    """
    cal = _check_base(base)
    if path is None:
        env = os.environ if environ is None else environ
        if not isinstance(env, Mapping):
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name="environ",
                    expected=msg("errors.type.environ"),
                    got=type(env).__name__,
                )
            )
        path = env.get(ENV_VAR) or None
    if path is None:
        return cal
    return load_calendar(path, base=cal)
