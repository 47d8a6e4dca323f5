"""Messages in English and Vietnamese, kept as data: one template per message and language.

Explanations and caveats are not written as f-strings in rule bodies. A rule calls
:func:`msg` with a key and the values to fill in; the templates live in
``accessinfo/_messages/<group>.toml`` (the group is the key's first part), each key with an
``en`` and a ``vi`` template side by side::

    ["art26.respond_by"]
    en = "Art 26.3: the information is due by {end}, 12 {unit} days after {start}."
    vi = "Khoản 3 Điều 26: thời hạn cung cấp thông tin là ngày {end}, ..."

Values are rendered for each language: a date as ``2026-01-09`` in English and
``09/01/2026`` in Vietnamese (``{d:long}`` adds the weekday: ``Friday 2026-01-09`` /
``Thứ Sáu, 09/01/2026``; ``{d:weekday}`` the weekday alone); an amount ``{x:vnd}`` as
``12,000 VND`` / ``12.000 đồng``; a
:class:`~accessinfo.core.citations.Citation` in English or Vietnamese order; a nested
:class:`Text` (e.g. ``msg("terms.days.working")``) in its own language; anything else with
``str()``.

A :class:`Text` *is* its English string (``str`` subclass) and carries the Vietnamese in
``.vi``: it goes wherever English text went before (joined into an error message, stored in
a ``str`` field, printed) and code that knows about languages reads both. ``Decision`` and
``Step`` take a ``Text`` for their explanation, caveats and reason and fill the ``_vi``
fields from it (docs/i18n.md says why messages are TOML tables and not gettext catalogues).

>>> from datetime import date
>>> name = Text("Law No. 01/2026/QH16", "Luật số 01/2026/QH16")
>>> t = msg("core.unverified_text", name=name, note="one copy")
>>> t.en
'Law No. 01/2026/QH16: text from an unverified source (one copy)'
>>> t.vi
'Luật số 01/2026/QH16: văn bản lấy từ nguồn chưa được kiểm chứng, chưa đối chiếu với Công báo'
>>> t == t.en and isinstance(t, str)
True
>>> render("{d} / {d:long}", {"d": date(2026, 1, 9)}, "vi")
'09/01/2026 / Thứ Sáu, 09/01/2026'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, Protocol, runtime_checkable

from accessinfo.core.files import list_dir, read_text
from accessinfo.core.signature import public
from accessinfo.core.values import DataclassFields, Frozen
from accessinfo.errors import InvalidInput

# Public: the languages, Text, the catalogue and a Decision's texts in one language. The
# functions that build messages (msg, later, join, render, caveats_of, …) are for the authors
# of rules and stay importable, outside the public API (docs/public-api.md).
__all__ = [
    "LANGS",
    "UNTRANSLATED_VI",
    "WEEKDAYS",
    "Lang",
    "Later",
    "Text",
    "catalogue",
    "check_lang",
    "groups",
    "localized",
]

Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
}

# How a text with no Vietnamese version is shown to a Vietnamese reader: the English,
# marked, rather than nothing (a caveat left out would hide a warning).
UNTRANSLATED_VI = "[chưa có bản tiếng Việt] "


class Text(str):
    """One message in both languages: the ``str`` value is the English text, ``.vi`` the
    Vietnamese. ``Text(en=..., vi=...)``; ``.en``, ``.vi``, ``.get(lang)``."""

    vi: str

    def __new__(cls, en: str, vi: str) -> Text:
        if not isinstance(en, str) or not isinstance(vi, str):
            name, value = ("en", en) if not isinstance(en, str) else ("vi", vi)
            raise InvalidInput(
                msg(
                    "errors.must_be_value",
                    name=f"Text {name}",
                    expected=msg("errors.type.text"),
                    value=f"{value!r:.60}",
                )
            )
        self = super().__new__(cls, en)
        object.__setattr__(self, "vi", str(vi))
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Text is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (str(self), self.vi))

    def __str__(self) -> str:
        return str.__str__(self)

    def __repr__(self) -> str:
        return f"Text(en={str(self)!r}, vi={self.vi!r})"

    def __add__(self, other: str) -> str:
        if isinstance(other, Text):
            return Text(str(self) + str(other), self.vi + other.vi)
        return str(self) + other

    @property
    def en(self) -> str:
        return str(self)

    def get(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else str(self)


@public
def check_lang(lang: object) -> Lang:
    """``lang`` if it is ``"en"`` or ``"vi"``, else a clear InvalidInput."""
    if lang == "en" or lang == "vi":
        return lang
    raise InvalidInput(
        msg("errors.unknown_option", name="lang", options="'en', 'vi'", value=f"{lang!r:.60}")
    )


def _date(d: date, spec: str, lang: Lang) -> str:
    if type(d) is not date:  # a datetime: equal instants in two zones are different days
        return _format_date(d, spec, lang)
    key = (d, spec, lang)
    hit = _DATES.get(key)
    if hit is None:
        if len(_DATES) > 4096:
            _DATES.clear()
        hit = _DATES[key] = _format_date(d, spec, lang)
    return hit


# (date, spec, lang) -> its text: the same few dates fill most messages of an answer
_DATES: dict[tuple[date, str, str], str] = {}


def _format_date(d: date, spec: str, lang: Lang) -> str:
    if isinstance(d, datetime):
        d = d.date()
    # dd/mm/yyyy, as strftime("%d/%m/%Y") writes it (three times faster)
    plain = f"{d.day:02d}/{d.month:02d}/{d.year}" if lang == "vi" else d.isoformat()
    day = WEEKDAYS[lang][d.weekday()]
    if spec == "long":
        return f"{day}, {plain}" if lang == "vi" else f"{day} {plain}"
    if spec == "weekday":
        return day
    if spec:
        raise ValueError(f"unknown date format {spec!r} (use '', 'long' or 'weekday')")
    return plain


def _field(value: Any, format_spec: str, lang: Lang) -> str:
    kind = type(value)
    if kind is str and not format_spec:
        return value  # type: ignore[no-any-return]  # a plain string: itself
    if kind is date:
        return _date(value, format_spec, lang)
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, date):
        return _date(value, format_spec, lang)
    if format_spec == "vnd" and isinstance(value, int):
        amount = f"{value:,}"
        return f"{amount.replace(',', '.')} đồng" if lang == "vi" else f"{amount} VND"
    cite = getattr(value, "en", None)
    if isinstance(cite, str) and hasattr(value, "instrument"):
        return cite if lang == "en" else str(value)  # a Citation in each order
    return str(format(value, format_spec))


@cache
def _formatter() -> Any:
    """``string.Formatter`` writing fields in a language (imported on first use: the calendar
    path renders no message, and its first answer should not pay for the module)."""
    import string

    class _Formatter(string.Formatter):
        def __init__(self, lang: Lang) -> None:
            self.lang = lang

        def format_field(self, value: Any, format_spec: str) -> str:
            return _field(value, format_spec, self.lang)

    return _Formatter


# template -> its parts (literal text, field name, format spec), parsed once; None: a
# template with positional, dotted or converted fields, rendered by string.Formatter
_PARSED: dict[str, tuple[tuple[str, str | None, str], ...] | None] = {}


def _parse(template: str) -> tuple[tuple[str, str | None, str], ...] | None:
    if template in _PARSED:
        return _PARSED[template]
    parts: list[tuple[str, str | None, str]] | None = []
    for literal, name, spec, conversion in _formatter()("en").parse(template):
        if name is not None and (conversion or not name.isidentifier() or "{" in (spec or "")):
            parts = None
            break
        parts.append((literal, name, spec or ""))  # type: ignore[union-attr]  # not None here
    out = tuple(parts) if parts is not None else None
    _PARSED[template] = out
    return out


# template -> the names of its fields when every field is a plain ``{name}`` (no format
# spec): those are filled by str.format_map with each value rendered once
_PLAIN: dict[str, tuple[str, ...] | None] = {}
_NO_PARAMS: dict[str, str] = {}


def _plain_names(template: str) -> tuple[str, ...] | None:
    if template in _PLAIN:
        return _PLAIN[template]
    parts = _parse(template)
    names = None
    if parts is not None and all(not spec for _, _, spec in parts):
        names = tuple(dict.fromkeys(name for _, name, _ in parts if name is not None))
    _PLAIN[template] = names
    return names


def render(template: str, params: Mapping[str, Any], lang: Lang) -> str:
    """``template`` with ``params`` filled in for ``lang``."""
    names = _plain_names(template)
    if names is not None:
        if not names:
            return template.format_map(_NO_PARAMS)  # only {{ }} to undo
        values = {}
        for n in names:
            value = params[n]
            kind = type(value)
            if kind is str or (kind is Text and lang == "en"):
                values[n] = value  # format_map writes a str (a Text: its English) as it is
            elif kind is date:
                values[n] = _date(value, "", lang)
            else:
                values[n] = _field(value, "", lang)
        return template.format_map(values)
    parts = _parse(template)
    if parts is None:
        return _formatter()(lang).vformat(template, (), dict(params))  # type: ignore[no-any-return]
    out: list[str] = []
    for literal, name, spec in parts:
        out.append(literal)
        if name is not None:
            out.append(_field(params[name], spec, lang))
    return "".join(out)


@cache
def _group(name: str) -> dict[str, dict[str, str]]:
    if not name.isidentifier():
        return {}
    try:
        source = read_text(f"_messages/{name}.toml")
    except FileNotFoundError:
        return {}
    data = _read_simple(source)
    if data is None:  # something the quick reader does not know: the TOML parser reads it
        import tomllib  # on first use: importing and running it cost milliseconds

        data = tomllib.loads(source)
    return {f"{name}.{k}": v for k, v in data.items()}


# The message files use a small part of TOML: ``["key"]`` tables holding ``name = "text"``
# and ``name = ["text", ...]`` lines, comments and blank lines. The quick reader reads that
# part (a first request reads four files: tomllib took a tenth of its time) with string
# methods (compiling a regular expression for it cost a first request a millisecond);
# anything else (another kind of value, an escape other than \" \\ \n \t, a key given
# twice, a control character …) makes it give up (None), and tomllib reads the file.
# tests/test_messages_speed.py checks that both read every file, and random ones, alike.
_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_CONTROL = frozenset([*map(chr, range(0x20)), "\x7f"])
_COMMENT_CONTROL = _CONTROL - {"\t"}  # a comment may hold a tab
_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def _string(s: str) -> tuple[str, str] | None:
    """The basic string opening ``s`` (``s[0]`` is ``"``): (its text, what follows it)."""
    parts: list[str] = []
    i = 1
    while True:
        quote = s.find('"', i)
        if quote < 0:
            return None
        slash = s.find("\\", i, quote)
        raw = s[i:quote] if slash < 0 else s[i:slash]
        if not _CONTROL.isdisjoint(raw):
            return None
        parts.append(raw)
        if slash < 0:
            return "".join(parts), s[quote + 1 :]
        escaped = _ESCAPES.get(s[slash + 1 : slash + 2])
        if escaped is None:
            return None
        parts.append(escaped)
        i = slash + 2


def _tail(rest: str) -> bool:
    """True when what follows a value or a table is blanks and at most a comment."""
    rest = rest.lstrip(" \t")
    return not rest or (rest[0] == "#" and _COMMENT_CONTROL.isdisjoint(rest))


def _toml_value(text: str) -> str | list[str] | None:
    """A string or an array of strings, alone on the rest of its line (or None)."""
    if text[:1] == '"':
        got = _string(text)
        return got[0] if got is not None and _tail(got[1]) else None
    if text[:1] != "[":
        return None
    items: list[str] = []
    rest = text[1:].lstrip(" \t")
    while rest[:1] != "]":
        got = _string(rest) if rest[:1] == '"' else None
        if got is None:
            return None
        items.append(got[0])
        rest = got[1].lstrip(" \t")
        if rest[:1] == ",":
            rest = rest[1:].lstrip(" \t")
        elif rest[:1] != "]":
            return None
    return items if _tail(rest[1:]) else None


def _read_simple(source: str) -> dict[str, dict[str, Any]] | None:
    out: dict[str, dict[str, Any]] = {}
    table: dict[str, Any] | None = None
    lines = source.split("\n")
    last = len(lines) - 1
    for k, line in enumerate(lines):
        if k < last and line[-1:] == "\r":
            line = line[:-1]  # a CRLF line end
        s = line.lstrip(" \t")
        if not s or s[0] == "#":
            if s and not s.isprintable() and not _COMMENT_CONTROL.isdisjoint(s):
                return None
            continue
        if s[0] == "[":
            end = s.find('"', 2)
            key = s[2:end]
            if (
                s[1:2] != '"'
                or end < 0
                or s[end + 1 : end + 2] != "]"
                or "\\" in key
                or not _CONTROL.isdisjoint(key)
                or key in out
                or not _tail(s[end + 2 :])
            ):
                return None
            table = out[key] = {}
            continue
        name, eq, rest = s.partition("=")
        name = name.rstrip(" \t")
        if not eq or not name or not _NAME.issuperset(name) or table is None or name in table:
            return None
        rest = rest.lstrip(" \t")
        quote = rest.find('"', 1)
        if rest[:1] == '"' and quote > 0 and "\\" not in rest[:quote] and line.isprintable():
            # the common line: a string without escapes, no control character on the line
            if not _tail(rest[quote + 1 :]):
                return None
            table[name] = rest[1:quote]
            continue
        value = _toml_value(rest)
        if value is None:
            return None
        table[name] = value
    return out


@public
def groups() -> tuple[str, ...]:
    """The names of every message group (one ``_messages/<group>.toml`` file each)."""
    return tuple(sorted(n[: -len(".toml")] for n in list_dir("_messages") if n.endswith(".toml")))


@public
def catalogue(group: str | None = None) -> dict[str, dict[str, str]]:
    """Every template of one group (``None``: of all groups), by full key."""
    known = groups()
    if group is not None and group not in known:
        raise InvalidInput(
            msg(
                "errors.unknown_option",
                name="group",
                options=", ".join(known),
                value=f"{group!r:.60}",
            )
        )
    names = known if group is None else (group,)
    out: dict[str, dict[str, str]] = {}
    for name in names:
        out.update(_group(name))
    return out


def msg(key: str, /, **params: Any) -> Text:
    """The message ``key`` in both languages, with ``params`` filled in."""
    if not params:  # a fixed message (a term, a fixed caveat): made once, then shared
        hit = _FIXED.get(key)
        if hit is not None:
            return hit
    rendered = _COMPILED.get(key)
    if rendered is None:
        rendered = _compile(key)
    en_s, vi_s = rendered(params)
    out = _new_text(Text, en_s)
    _set(out, "vi", vi_s)  # both are str: no checks needed
    if not params:
        _FIXED[key] = out  # a Text is immutable: sharing it is safe
    return out


def text(en: str, vi: str) -> Text:
    """``Text(en, vi)`` for two strings known to be ``str`` (no checks: the library's own)."""
    out = _new_text(Text, en)
    _set(out, "vi", vi)
    return out


def sentences(*parts: Text | Later) -> Text:
    """Messages one after the other, a space between, in both languages: what joining the
    messages (``later(key, **params)``: ``msg(key, **params)``) gives, rendered in one pass.

    An answer's explanation is the same few messages in the same order every time: from its
    second use, such a sequence (its *shape*: the key of each message, None for a ``Text``)
    has a renderer written for all of it (:func:`_joint`), one call instead of one a message.
    """
    shape = tuple([p.key if type(p) is Later else None for p in parts])
    joint = _JOINT.get(shape)
    if joint is not None:
        if joint is not _BY_MESSAGE:
            en, vi = joint(parts)
            return text(en, vi)
    elif len(_JOINT) < 1024:
        plain = all(k is None or _plain(k) for k in shape)
        _JOINT[shape] = _write if plain else _BY_MESSAGE
    else:
        _JOINT.clear()
    return _sentences(parts)


def _write(parts: tuple[Text | Later, ...]) -> tuple[str, str]:
    """The second use of a shape: write its renderer, then render with it."""
    shape = tuple([p.key if type(p) is Later else None for p in parts])
    joint = _JOINT[shape] = _joint(shape)
    return joint(parts)


def _plain(key: str) -> bool:
    """True if every field of the message ``key`` is a plain ``{name}`` in both languages."""
    entry = _entry(key)
    return _pieces(entry["en"]) is not None and _pieces(entry["vi"]) is not None


_BY_MESSAGE: Any = object()  # a shape with a template not plain: rendered message by message
# shape of a sentences() call -> its renderer (_write before the second use, or _BY_MESSAGE)
_JOINT: dict[tuple[str | None, ...], Any] = {}


def _joint(shape: tuple[str | None, ...]) -> Callable[[Any], tuple[str, str]]:
    """A function rendering the messages of ``shape`` and joining them with spaces, as
    :func:`_sentences` does: each message's fields filled as :func:`_renderer` fills them, a
    ``Text`` as itself. Written once per shape (the source holds only names)."""
    ns: dict[str, Any] = {
        "_value": _value,
        "_date": date,
        "_days": _DAYS,
        "_day": _day,
        "_text": Text,
        "_str": str,
    }
    lines = ["def render(q):"]
    items: dict[str, list[str]] = {"e": [], "v": []}
    for m, key in enumerate(shape):
        if m:  # a space before every message but the first
            for out in items.values():
                out.append("_SP")
        if key is None:  # a Text: its English (the str itself) and its Vietnamese
            lines += [f"    t = q[{m}]", f"    e{m}, v{m} = t, t.vi"]
            items["e"].append(f"e{m}")
            items["v"].append(f"v{m}")
            continue
        entry = _entry(key)
        en_p, vi_p = _pieces(entry["en"]), _pieces(entry["vi"])
        if en_p is None or vi_p is None:  # pragma: no cover - such shapes are never written
            raise ValueError(f"message {key!r} has fields other than plain {{name}}")
        pieces = {"e": en_p, "v": vi_p}
        names = list(dict.fromkeys((*en_p[1], *vi_p[1])))
        if names:
            lines.append(f"    p = q[{m}].params")
        for k, name in enumerate(names):
            e, v = f"e{m}_{k}", f"v{m}_{k}"
            lines += [
                f"    x = p[{name!r}]",
                "    k = type(x)",
                "    if k is _date:",
                "        t = _days.get(x)",
                f"        {e}, {v} = t if t is not None else _day(x)",
                "    elif k is _text:",
                f"        {e}, {v} = x, x.vi",
                "    elif k is _str:",
                f"        {e} = {v} = x",
                "    else:",
                f"        {e}, {v} = _value(x)",
            ]
        for lang, (seq, where) in pieces.items():
            blank = {i: names.index(n) for n, at in where.items() for i in at}
            for i, piece in enumerate(seq):
                if i in blank:
                    items[lang].append(f"{lang}{m}_{blank[i]}")
                else:
                    ns[f"{lang.upper()}{m}_{i}"] = piece
                    items[lang].append(f"{lang.upper()}{m}_{i}")
    ns["_SP"] = " "
    joined = [f"''.join(({', '.join(items[lang])},))" if items[lang] else "''" for lang in "ev"]
    lines.append(f"    return {joined[0]}, {joined[1]}")
    exec("\n".join(lines), ns)  # our own names only (see above)
    return ns["render"]  # type: ignore[no-any-return]


def _sentences(parts: tuple[Text | Later, ...]) -> Text:
    """:func:`sentences` message by message."""
    en_all: list[str] = []
    vi_all: list[str] = []
    for part in parts:
        if type(part) is Later:
            params = part.params
            if params:
                rendered = _COMPILED.get(part.key)
                if rendered is None:
                    rendered = _compile(part.key)
                en, vi = rendered(params)
                en_all.append(en)
                vi_all.append(vi)
                continue
            part = msg(part.key)
        en_all.append(part)  # type: ignore[arg-type]  # a Text: its English when joined
        vi_all.append(part.vi)  # type: ignore[union-attr]
    return text(" ".join(en_all), " ".join(vi_all))


# key -> its renderer: params -> (English, Vietnamese)
_COMPILED: dict[str, Callable[[Mapping[str, Any]], tuple[str, str]]] = {}
# date -> (2026-01-09, 09/01/2026): the few hundred days answers name, written once
_DAYS: dict[date, tuple[str, str]] = {}


def _day(d: date) -> tuple[str, str]:
    if len(_DAYS) > 4096:
        _DAYS.clear()
    out = _DAYS[d] = (_format_date(d, "", "en"), _format_date(d, "", "vi"))
    return out


def _pieces(template: str) -> tuple[list[str], dict[str, list[int]]] | None:
    """The literal pieces of a template whose fields are all plain ``{name}``, a blank
    where each field goes, and the blanks of each name; None for any other template."""
    parts = _parse(template)
    if parts is None or any(spec for _, _, spec in parts):
        return None
    seq: list[str] = []
    where: dict[str, list[int]] = {}
    for literal, name, _ in parts:
        if literal:
            seq.append(literal)  # {{ and }} already undone by the parser
        if name is not None:
            where.setdefault(name, []).append(len(seq))
            seq.append("")
    return seq, where


def _compile(key: str) -> Callable[[Mapping[str, Any]], tuple[str, str]]:
    """The renderer of a message: for templates whose every field is a plain ``{name}``, a
    function written for them (below); for any other, :func:`render` in each language."""
    entry = _entry(key)
    en_t, vi_t = entry["en"], entry["vi"]
    en, vi = _pieces(en_t), _pieces(vi_t)
    if en is None or vi is None:

        def general(params: Mapping[str, Any]) -> tuple[str, str]:
            return render(en_t, params, "en"), render(vi_t, params, "vi")

        out: Callable[[Mapping[str, Any]], tuple[str, str]] = general
    else:
        pieces_en, pieces_vi = en, vi

        def first(params: Mapping[str, Any]) -> tuple[str, str]:
            # the first use joins the pieces in a loop; the second writes a renderer for the
            # template (writing it costs a first answer more than it saves)
            _COMPILED[key] = second
            return _joined(pieces_en, params, 0), _joined(pieces_vi, params, 1)

        def second(params: Mapping[str, Any]) -> tuple[str, str]:
            rendered = _COMPILED[key] = _renderer(pieces_en, pieces_vi)
            return rendered(params)

        out = first
    _COMPILED[key] = out
    return out


def _joined(
    pieces: tuple[list[str], dict[str, list[int]]], params: Mapping[str, Any], lang: int
) -> str:
    """A plain template's literal pieces with its fields filled in, in English (``lang`` 0)
    or Vietnamese (1), as the renderer written for it fills them."""
    seq, where = pieces
    out = seq.copy()
    for name, at in where.items():
        value = _value(params[name])[lang]
        for i in at:
            out[i] = value
    return "".join(out)


def _value(value: Any) -> tuple[str, str]:
    """A value as render() writes it in English and in Vietnamese (for a plain field)."""
    kind = type(value)
    if kind is date:
        day = _DAYS.get(value)
        return day if day is not None else _day(value)
    if kind is str:
        return value, value
    if kind is Text:
        return value, value.vi  # joined, a Text is its English
    return _field(value, "", "en"), _field(value, "", "vi")


def _renderer(
    en: tuple[list[str], dict[str, list[int]]], vi: tuple[list[str], dict[str, list[int]]]
) -> Callable[[Mapping[str, Any]], tuple[str, str]]:
    """A function rendering one message whose fields are all plain ``{name}``: each value is
    written once per language (as render() writes it) and joined with the literal pieces.

    The function is written for the template and compiled once (as dataclasses writes its
    methods): format_map parses the template on every call and the general loop costs
    about as much again; messages were a third of an answer's time (issue 13). The source
    holds only names; the literal pieces are values of its namespace.
    """
    names = list(dict.fromkeys((*en[1], *vi[1])))
    ns: dict[str, Any] = {
        "_value": _value,
        "_date": date,
        "_days": _DAYS,
        "_day": _day,
        "_text": Text,
        "_str": str,
    }
    lines = ["def render(p):"]
    for k, name in enumerate(names):
        lines += [
            f"    x = p[{name!r}]",
            "    k = type(x)",
            "    if k is _date:",  # most values are dates: written once, then looked up
            "        t = _days.get(x)",
            f"        e{k}, v{k} = t if t is not None else _day(x)",
            "    elif k is _text:",  # a term or a sentence: its English, its Vietnamese
            f"        e{k}, v{k} = x, x.vi",
            "    elif k is _str:",
            f"        e{k} = v{k} = x",
            "    else:",
            f"        e{k}, v{k} = _value(x)",
        ]
    parts = []
    for lang, (seq, where) in (("e", en), ("v", vi)):
        blank = {i: names.index(n) for n, at in where.items() for i in at}
        items = []
        for i, piece in enumerate(seq):
            if i in blank:
                items.append(f"{lang}{blank[i]}")
            else:
                ns[f"{lang.upper()}{i}"] = piece
                items.append(f"{lang.upper()}{i}")
        parts.append(f"''.join(({', '.join(items)},))" if items else "''")
    lines.append(f"    return {parts[0]}, {parts[1]}")
    exec("\n".join(lines), ns)  # our own names only (see above)
    return ns["render"]  # type: ignore[no-any-return]


_FIXED: dict[str, Text] = {}


_new_text = str.__new__
_as_str = str.__str__  # a Text's English as a plain str (what Text.__str__ returns)
_set = object.__setattr__


def _entry(key: str) -> dict[str, str]:
    entry = _ENTRIES.get(key)
    if entry is None:
        group = key.split(".", 1)[0]
        entry = _group(group).get(key)
        if entry is None:
            raise InvalidInput(f"no message {key!r} in accessinfo/_messages/{group}.toml")
        _ENTRIES[key] = entry
    return entry


_ENTRIES: dict[str, dict[str, str]] = {}  # key -> its templates (the groups are read once)


class Later(Frozen):
    """A message whose last values are filled in later (e.g. ``{start}``/``{end}`` of a period).

    A frozen value, written by hand as :mod:`accessinfo.core.values` explains.
    """

    __slots__ = ("key", "params")
    __match_args__ = ("key", "params")
    __dataclass_fields__ = DataclassFields()

    key: str
    params: Mapping[str, Any]

    def __init__(self, key: str, params: Mapping[str, Any]) -> None:
        self._assign(key, params)

    def __call__(self, **more: Any) -> Text:
        if not self.params:
            return msg(self.key, **more)
        return msg(self.key, **{**self.params, **more})


def later(key: str, /, **params: Any) -> Later:
    """``msg(key, **params)`` deferred until the remaining values are known (or until
    :func:`sentences` renders it with others)."""
    if key not in _ENTRIES:
        _entry(key)  # fail now on an unknown key
    out = _new_later(Later)  # what Later(key, params) makes (params: a new dict already)
    _set(out, "key", key)
    _set(out, "params", params)
    return out


_new_later = object.__new__


def text_en(value: str | Text) -> str:
    """The English text of a message or a plain string."""
    return str(value)


def text_vi(value: str | Text) -> str | None:
    """The Vietnamese text of a message (None for a plain string: no translation yet)."""
    return value.vi if isinstance(value, Text) else None


def vi_or_marked(value: str) -> str:
    """The Vietnamese of a message, or a plain string's English marked as untranslated."""
    return value.vi if isinstance(value, Text) else UNTRANSLATED_VI + value


def join(parts: Iterable[str], sep: str = " ", sep_vi: str | None = None) -> Text | str:
    """Messages joined into one (a plain ``str`` if any part has no Vietnamese)."""
    items = list(parts)
    en = sep.join(str(p) for p in items)
    if not all(isinstance(p, Text) for p in items):
        return en
    return Text(en, (sep if sep_vi is None else sep_vi).join(p.vi for p in items))  # type: ignore[attr-defined]


@runtime_checkable
class _HasTexts(Protocol):
    @property
    def explanation(self) -> str: ...
    @property
    def explanation_vi(self) -> str | None: ...
    @property
    def caveats(self) -> tuple[str, ...]: ...
    @property
    def caveats_vi(self) -> tuple[str, ...]: ...


def explanation_of(d: _HasTexts) -> str:
    """A Decision's explanation as a message again (``Text`` when it has its Vietnamese)."""
    return d.explanation if d.explanation_vi is None else Text(d.explanation, d.explanation_vi)


def caveats_of(d: _HasTexts) -> tuple[str, ...]:
    """A Decision's caveats as messages again (each a ``Text`` when it has its Vietnamese),
    to pass on to a Finding built from it without losing the Vietnamese."""
    if len(d.caveats_vi) != len(d.caveats):
        return tuple(d.caveats)
    return tuple(
        en if vi.startswith(UNTRANSLATED_VI) else Text(en, vi)
        for en, vi in zip(d.caveats, d.caveats_vi, strict=True)
    )


def pair_caveats(caveats: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """English caveats (deduplicated, first kept) and their Vietnamese, aligned one to one.

    The Vietnamese is empty when no caveat has a translation; otherwise it has one entry
    per caveat, an untranslated one shown as its English marked ``UNTRANSLATED_VI``.
    """
    en: list[str] = []
    vi: list[str] = []
    translated = False
    for c in dict.fromkeys(caveats):  # equal English: one caveat (the first Text wins)
        if isinstance(c, Text):
            en.append(_as_str(c) if type(c) is Text else str(c))  # its English, a plain str
            vi.append(c.vi)
            translated = True
        else:
            en.append(str(c))
            vi.append(UNTRANSLATED_VI + c)  # vi_or_marked
    return tuple(en), (tuple(vi) if translated else ())


@public
def localized(d: _HasTexts, lang: Lang) -> tuple[str, tuple[str, ...]]:
    """A Decision's explanation and caveats in ``lang``; Vietnamese missing → marked English."""
    if check_lang(lang) == "en":
        return d.explanation, tuple(d.caveats)
    explanation = d.explanation_vi or UNTRANSLATED_VI + d.explanation
    if len(d.caveats_vi) == len(d.caveats):
        return explanation, tuple(d.caveats_vi)
    return explanation, tuple(UNTRANSLATED_VI + c for c in d.caveats)
