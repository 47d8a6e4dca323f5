"""Files of open information requests, for ``accessinfo calendar diff --requests FILE``.

Two forms, told apart by the first character that is not blank: ``{`` starts JSON lines (one
JSON object per line, as ``InformationRequest.model_dump_json()`` writes it), anything else is
CSV with a header row. Either way the fields are those of
:class:`~accessinfo.models.requests.InformationRequest` (read from the model, so a field added
to it can be given at once): ``received_at`` and ``channel`` are required, ``complexity``,
``validated_at``, ``sent_at``, ``reference``… are optional. In CSV an empty cell leaves the
field out, ``true``/``false`` (or ``yes``/``no``, ``1``/``0``) fill a yes/no field, dates are
``YYYY-MM-DD`` and instants ISO datetimes with their offset. Lines starting with ``#`` and blank
lines are skipped. A request without a ``reference`` is named after its line (``line 3``).

>>> reqs = requests_from_text('''received_at,channel,complexity,reference
... 2026-12-28,electronic,simple,HN-001
... 2026-12-23T09:15+07:00,post,complex,
... ''')
>>> [(r.reference, r.channel) for r in reqs]
[('HN-001', 'electronic'), ('line 3', 'post')]
"""

from __future__ import annotations

import csv
import json
import os
import typing
from pathlib import Path
from typing import Any

from accessinfo.core.messages import Text, join, msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import InformationRequest

__all__ = ["read_requests", "request_fields", "requests_from_text"]

_MAX_BYTES = 50_000_000
_MAX_PROBLEMS = 20
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


@public
def request_fields() -> tuple[str, ...]:
    """The fields a requests file may give: those of ``InformationRequest``, in order."""
    return tuple(InformationRequest.model_fields)


def _is_bool_field(name: str) -> bool:
    def mentions_bool(tp: Any) -> bool:
        return tp is bool or any(mentions_bool(a) for a in typing.get_args(tp))

    return mentions_bool(InformationRequest.model_fields[name].annotation)


def _problem(line: int, text: Text) -> Text:
    return msg("errors.file.line", line=line, problem=text)


def _raise(name: str, problems: list[str]) -> typing.NoReturn:
    shown = problems[:_MAX_PROBLEMS]
    n = len(problems)
    listed = join(shown, "; ")
    if n == 1:
        raise InvalidInput(msg("errors.request_files.one_problem", name=name, problems=listed))
    more = msg("errors.file.more", n=n - len(shown)) if n > len(shown) else Text("", "")
    raise InvalidInput(
        msg("errors.request_files.problems", name=name, n=n, problems=listed, more=more)
    )


def _build(values: dict[str, Any], line: int, problems: list[str]) -> InformationRequest | None:
    if not values.get("reference"):
        values["reference"] = f"line {line}"
    try:
        req = InformationRequest(**values)
    except InvalidInput as exc:
        problems.append(_problem(line, Text(exc.message, exc.message_vi)))
        return None
    return req


def _lines(text: str) -> typing.Iterator[tuple[int, str]]:
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield i, line


def _json_lines(text: str, problems: list[str]) -> list[InformationRequest]:
    out = []
    for i, line in _lines(text):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(_problem(i, msg("errors.request_files.not_json", why=exc.msg)))
            continue
        except RecursionError:  # found by make fuzz (issue 12): '{"a":{"a":…' thousands deep
            problems.append(_problem(i, msg("errors.request_files.too_deep")))
            continue
        if not isinstance(obj, dict):
            got = type(obj).__name__
            problems.append(_problem(i, msg("errors.request_files.not_object", got=got)))
            continue
        req = _build(obj, i, problems)
        if req is not None:
            out.append(req)
    return out


def _csv(text: str, problems: list[str]) -> list[InformationRequest]:
    where = [0]

    def feed() -> typing.Iterator[str]:
        for i, line in _lines(text):
            where[0] = i
            yield line

    fields = request_fields()
    out: list[InformationRequest] = []
    header: list[str] | None = None
    try:
        for record in csv.reader(feed(), strict=True):
            line = where[0]
            if header is None:
                header = [c.strip() for c in record]
                unknown = [c for c in header if c not in fields]
                twice = sorted({c for c in header if header.count(c) > 1})
                if unknown or twice:
                    what = []
                    if unknown:
                        named = ", ".join(map(repr, unknown))
                        what.append(msg("errors.file.columns_unknown", columns=named))
                    if twice:
                        what.append(msg("errors.file.columns_twice", columns=", ".join(twice)))
                    header_problem = msg(
                        "errors.request_files.header",
                        what=join(what, "; "),
                        fields=", ".join(fields),
                    )
                    problems.append(_problem(line, header_problem))
                    return out
                continue
            if len(record) != len(header):
                fields_problem = msg("errors.file.fields", n=len(record), m=len(header))
                problems.append(_problem(line, fields_problem))
                continue
            values: dict[str, Any] = {}
            for col, cell in zip(header, record, strict=True):
                cell = cell.strip()
                if not cell:
                    continue
                if _is_bool_field(col):
                    low = cell.lower()
                    if low not in _TRUE | _FALSE:
                        not_bool = msg(
                            "errors.request_files.not_bool", column=col, value=repr(cell)
                        )
                        problems.append(_problem(line, not_bool))
                        break
                    values[col] = low in _TRUE
                else:
                    values[col] = cell
            else:
                req = _build(values, line, problems)
                if req is not None:
                    out.append(req)
    except csv.Error as exc:
        problems.append(msg("errors.file.not_csv", why=str(exc)))
    return out


@public
def requests_from_text(text: str | bytes, *, name: str = "<text>") -> list[InformationRequest]:
    """The requests of a requests file given as text (or its bytes); ``name`` is for errors."""
    if isinstance(text, (bytes, bytearray)):
        data = bytes(text)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InvalidInput(
                msg(
                    "errors.request_files.not_utf8",
                    name=name,
                    line=line,
                    byte=f"0x{data[exc.start]:02X}",
                )
            ) from None
    if not isinstance(text, str):
        raise InvalidInput(
            msg("errors.must_be", name="text", expected="str or bytes", got=type(text).__name__)
        )
    text = text.removeprefix("\ufeff")
    if len(text) > _MAX_BYTES:
        raise InvalidInput(msg("errors.request_files.too_long", name=name, limit=f"{_MAX_BYTES:,}"))
    problems: list[str] = []
    body = "\n".join(line for _, line in _lines(text)).lstrip()
    reqs = _json_lines(text, problems) if body.startswith("{") else _csv(text, problems)
    if problems:
        _raise(name, problems)
    return reqs


@public
def read_requests(path: str | os.PathLike[str]) -> list[InformationRequest]:
    """The requests of the requests file at ``path`` (CSV or JSON lines, UTF-8)."""
    if not isinstance(path, (str, os.PathLike)) or not str(path):
        raise InvalidInput(
            msg("errors.must_be", name="path", expected="a file path", got=type(path).__name__)
        )
    p = Path(path)
    try:
        size = p.stat().st_size
        data = p.read_bytes() if size <= _MAX_BYTES else b""
    except OSError as exc:
        raise InvalidInput(
            msg("errors.request_files.unreadable", path=repr(str(path)), why=exc.strerror)
        ) from None
    except ValueError as exc:  # e.g. an embedded NUL in the path
        raise InvalidInput(
            msg("errors.request_files.unreadable", path=repr(str(path)), why=str(exc))
        ) from None
    if size > _MAX_BYTES:
        raise InvalidInput(
            msg("errors.request_files.too_big", name=p.name, limit=f"{_MAX_BYTES:,}")
        )
    return requests_from_text(data, name=p.name)
