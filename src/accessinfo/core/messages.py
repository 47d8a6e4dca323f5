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

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, Protocol, runtime_checkable

from accessinfo.core.files import list_dir, read_text
from accessinfo.core.signature import public
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


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        return _field(value, format_spec, self.lang)


# template -> its parts (literal text, field name, format spec), parsed once; None: a
# template with positional, dotted or converted fields, rendered by string.Formatter
_PARSED: dict[str, tuple[tuple[str, str | None, str], ...] | None] = {}


def _parse(template: str) -> tuple[tuple[str, str | None, str], ...] | None:
    if template in _PARSED:
        return _PARSED[template]
    parts: list[tuple[str, str | None, str]] | None = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
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
        return _Formatter(lang).vformat(template, (), dict(params))
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
    import tomllib  # on first use: its parser costs milliseconds at import

    try:
        data = tomllib.loads(read_text(f"_messages/{name}.toml"))
    except FileNotFoundError:
        return {}
    return {f"{name}.{k}": v for k, v in data.items()}


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
    entry = _entry(key)
    out = _new_text(Text, render(entry["en"], params, "en"))
    _set(out, "vi", render(entry["vi"], params, "vi"))  # both are str: no checks needed
    if not params:
        _FIXED[key] = out  # a Text is immutable: sharing it is safe
    return out


_FIXED: dict[str, Text] = {}


_new_text = str.__new__
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


@dataclass(frozen=True, slots=True)
class Later:
    """A message whose last values are filled in later (e.g. ``{start}``/``{end}`` of a period)."""

    key: str
    params: Mapping[str, Any]

    def __call__(self, **more: Any) -> Text:
        return msg(self.key, **{**self.params, **more})


def later(key: str, /, **params: Any) -> Later:
    """``msg(key, **params)`` deferred until the remaining values are known."""
    _entry(key)  # fail now on an unknown key
    return Later(key, dict(params))


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
    unique = list(dict.fromkeys(caveats))  # equal English: one caveat (the first Text wins)
    en = tuple(str(c) for c in unique)
    if not any(isinstance(c, Text) for c in unique):
        return en, ()
    return en, tuple(vi_or_marked(c) for c in unique)


@public
def localized(d: _HasTexts, lang: Lang) -> tuple[str, tuple[str, ...]]:
    """A Decision's explanation and caveats in ``lang``; Vietnamese missing → marked English."""
    if check_lang(lang) == "en":
        return d.explanation, tuple(d.caveats)
    explanation = d.explanation_vi or UNTRANSLATED_VI + d.explanation
    if len(d.caveats_vi) == len(d.caveats):
        return explanation, tuple(d.caveats_vi)
    return explanation, tuple(UNTRANSLATED_VI + c for c in d.caveats)
