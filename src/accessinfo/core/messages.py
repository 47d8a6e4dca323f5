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
``Thứ Sáu, 09/01/2026``); a :class:`~accessinfo.core.citations.Citation` in English or
Vietnamese order; a nested :class:`Text` (e.g. ``msg("terms.working")``) in its own
language; anything else with ``str()``.

>>> from datetime import date
>>> t = msg("core.unverified_text", name="Law No. 01/2026/QH16", name_vi="Luật số 01/2026/QH16",
...         note="one copy")
>>> t.en
'Law No. 01/2026/QH16: text from an unverified source (one copy)'
>>> t.vi
'Luật số 01/2026/QH16: văn bản lấy từ nguồn chưa được kiểm chứng, chưa đối chiếu với Công báo'
>>> render("{d} / {d:long}", {"d": date(2026, 1, 9)}, "vi")
'09/01/2026 / Thứ Sáu, 09/01/2026'
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, Literal

from accessinfo.core.files import read_text
from accessinfo.errors import InvalidInput

__all__ = ["Lang", "Later", "Text", "catalogue", "later", "msg", "render", "text_en", "text_vi"]

Lang = Literal["en", "vi"]

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
}


@dataclass(frozen=True, slots=True)
class Text:
    """One message in both languages; ``str()`` gives the English text."""

    en: str
    vi: str

    def __str__(self) -> str:
        return self.en

    def get(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else self.en


def _date(d: date, spec: str, lang: Lang) -> str:
    if isinstance(d, datetime):
        d = d.date()
    plain = d.strftime("%d/%m/%Y") if lang == "vi" else d.isoformat()
    if spec == "long":
        day = WEEKDAYS[lang][d.weekday()]
        return f"{day}, {plain}" if lang == "vi" else f"{day} {plain}"
    if spec:
        raise ValueError(f"unknown date format {spec!r} (use '' or 'long')")
    return plain


def _field(value: Any, format_spec: str, lang: Lang) -> str:
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, date):
        return _date(value, format_spec, lang)
    cite = getattr(value, "en", None)
    if lang == "en" and isinstance(cite, str) and hasattr(value, "instrument"):
        return cite  # a Citation in English order
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


def render(template: str, params: Mapping[str, Any], lang: Lang) -> str:
    """``template`` with ``params`` filled in for ``lang``."""
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


def catalogue(group: str) -> dict[str, dict[str, str]]:
    """Every template of one group (one ``_messages/<group>.toml`` file), by full key."""
    return dict(_group(group))


def msg(key: str, /, **params: Any) -> Text:
    """The message ``key`` in both languages, with ``params`` filled in."""
    entry = _entry(key)
    return Text(en=render(entry["en"], params, "en"), vi=render(entry["vi"], params, "vi"))


def _entry(key: str) -> dict[str, str]:
    group = key.split(".", 1)[0]
    entry = _group(group).get(key)
    if entry is None:
        raise InvalidInput(f"no message {key!r} in accessinfo/_messages/{group}.toml")
    return entry


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
    return value.en if isinstance(value, Text) else value


def text_vi(value: str | Text) -> str | None:
    """The Vietnamese text of a message (None for a plain string: no translation yet)."""
    return value.vi if isinstance(value, Text) else None
