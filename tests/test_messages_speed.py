"""The fast paths of core/messages.py give what the plain ones give (issue 13).

(a) The quick reader of the message files reads every shipped file exactly as ``tomllib``
    does, and gives up (so that ``tomllib`` reads the file) on anything outside the small
    part of TOML it knows.
(b) ``msg`` renders each plain template by joining its literal pieces with the values (at
    the first use in a loop, then by a renderer written for the template): for every message
    of the catalogue and any values (dates, datetimes, strings, messages, numbers,
    citations), both languages equal what :func:`render` (the general renderer) writes, at
    every use.
"""

from __future__ import annotations

import string
import tomllib
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.core import messages
from accessinfo.core.citations import instrument
from accessinfo.core.files import list_dir, read_text
from accessinfo.core.messages import Text, catalogue, msg, render

FILES = sorted(n for n in list_dir("_messages") if n.endswith(".toml"))


@pytest.mark.parametrize("name", FILES)
def test_the_quick_reader_reads_every_file_as_tomllib_does(name: str) -> None:
    source = read_text(f"_messages/{name}")
    quick = messages._read_simple(source)
    assert quick is not None, f"{name}: the quick reader gave up (tomllib would read it)"
    assert quick == tomllib.loads(source)


@pytest.mark.parametrize(
    "source",
    [
        '["a"]\nen = """two\nlines"""\n',  # a multi-line string
        "[\"a\"]\nen = 'literal'\n",  # a literal string
        '["a"]\nen = "\\u00e9"\n',  # an escape the reader does not decode
        '["a"]\nen = "x"\nen = "y"\n',  # a key given twice (an error for tomllib)
        '["a"]\nen = "x"\n["a"]\nvi = "y"\n',  # a table given twice (an error too)
        'en = "x"\n',  # a key outside any table
        '[a.b]\nen = "x"\n',  # a dotted table name
        '["a"]\nn = 3\n',  # another kind of value
        '["a"]\nen = "x" vi = "y"\n',  # two values on one line (an error)
        '["a"]\nen = "tab\tinside"\n',  # a tab in a string: left to tomllib
        '["a"]\nen = [\n  "x",\n]\n',  # an array over several lines
        '["a"]\r\nen = "x"\rvi = "y"\n',  # a lone carriage return
    ],
)
def test_the_quick_reader_gives_up_outside_its_part_of_toml(source: str) -> None:
    assert messages._read_simple(source) is None


@pytest.mark.parametrize(
    "source",
    [
        "",
        "# a comment only\n",
        '["a.b"]  # the key keeps its dot\nen = "x \\"quoted\\" \\\\ \\n \\t" # note\n',
        '\n\n["a"]\n  vi = "đ"\nen_only = ["x", "y",]\nnone = []\n["b"]\nen="no spaces"',
        '["a"]\r\nen = "crlf"\r\n',
    ],
)
def test_the_quick_reader_reads_its_part_of_toml_exactly(source: str) -> None:
    assert messages._read_simple(source) == tomllib.loads(source)


# Random files from pieces of lines, most inside the reader's part of TOML, some just outside
# it (a control character, a space inside a header, a lone carriage return, a single-quoted
# or unterminated string, an escape it does not decode, a dotted key, a number).
_TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", "đ", " ", "#", '"', "\\", "n", "t", "\t", "\r", "\x01", ",", "]", "["]
    ),
    max_size=6,
)
_QUOTED = st.one_of(
    _TEXT.map(lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'),  # escaped
    _TEXT.map(lambda t: '"' + t + '"'),  # as it comes: may be wrong
    st.sampled_from(['"\\n"', '"\\t"', '"\\u00e9"', "'x'", '"open', '""']),
)
_BLANK = st.sampled_from(["", " ", "\t", "  "])
_TAIL = st.one_of(_BLANK, st.tuples(_BLANK, _TEXT).map(lambda p: p[0] + "#" + p[1]))
_NAMES = st.sampled_from(["en", "vi", "a-b", "x_1", "en", "a.b", "a b", "3"])
_LINES = st.one_of(
    st.tuples(_BLANK, _TEXT, _TAIL).map(lambda p: p[0] + '["' + p[1] + '"]' + p[2]),
    st.tuples(_BLANK, _NAMES, _BLANK, _BLANK, _QUOTED, _TAIL).map("".join),
    st.tuples(_NAMES, st.lists(_QUOTED, max_size=3), st.sampled_from([",", ", ", " ,"]), _TAIL).map(
        lambda p: p[0] + " = [" + p[2].join(p[1]) + "]" + p[3]
    ),
    st.tuples(
        _NAMES, _BLANK, st.sampled_from(["=", "= 3", "= [,]", '= ["x",]', '= ["x" "y"]'])
    ).map(lambda p: p[0] + p[1] + p[2]),
    _TAIL,
    st.sampled_from(['[ "a" ]', "[a]", '["a"', '["a"] x', "\x0c"]),
)
_SOURCES = st.tuples(
    st.lists(_LINES, max_size=8), st.sampled_from(["\n", "\r\n"]), st.sampled_from(["", "\n", "\r"])
).map(lambda p: p[1].join(p[0]) + p[2])


@settings(max_examples=1000)
@given(_SOURCES)
def test_the_quick_reader_reads_random_files_as_tomllib_or_gives_up(source: str) -> None:
    quick = messages._read_simple(source)
    try:
        expected: Any = tomllib.loads(source)
    except tomllib.TOMLDecodeError:
        expected = None  # not TOML: the reader must give up too
    assert quick is None or quick == expected


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]), max_size=5).filter(
                lambda k: '"' not in k and "\\" not in k
            ),
            st.dictionaries(
                st.sampled_from(["en", "vi", "x-1"]),
                st.one_of(
                    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=8),
                    st.lists(st.text(max_size=4), max_size=3),
                ),
                max_size=3,
            ),
        ),
        max_size=4,
        unique_by=lambda t: t[0],
    )
)
def test_the_quick_reader_reads_every_file_written_in_its_part(tables: Any) -> None:
    """A file written with only what the reader knows is read, and read as tomllib reads it."""

    def quoted(text: str) -> str:
        out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + out.replace("\t", "\\t") + '"'

    lines = []
    for key, entries in tables:
        lines.append(f'["{key}"]')
        for name, value in entries.items():
            if isinstance(value, list):
                lines.append(f"{name} = [" + ", ".join(map(quoted, value)) + "]")
            else:
                lines.append(f"{name} = {quoted(value)}")
    source = "\n".join(lines) + "\n"
    if any(c in source for c in map(chr, [*range(0x20), 0x7F]) if c != "\n"):
        # a control character other than the line ends: left to tomllib
        assert messages._read_simple(source) is None
        return
    assert (
        messages._read_simple(source)
        == tomllib.loads(source)
        == dict((k, dict(v)) for k, v in tables)
    )


KEYS = sorted(catalogue())
CITE = instrument("law_104_2016").cite(30, 4)
VALUES = st.one_of(
    st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 12, 31)),
    st.datetimes(
        min_value=datetime(2018, 1, 2), max_value=datetime(2035, 12, 30), timezones=st.just(UTC)
    ),
    st.text(max_size=6),
    st.builds(Text, st.text(max_size=4), st.text(max_size=4)),
    st.integers(-5, 10**7),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.just(CITE),
    st.none(),
    st.builds(lambda n: timedelta(days=n), st.integers(-3, 3)),
)


def _names(key: str) -> set[str]:
    entry = catalogue()[key]
    out = set()
    for template in (entry["en"], entry["vi"]):
        for _, name, _, _ in string.Formatter().parse(template):
            if name:
                out.add(name.split(".")[0].split("[")[0])
    return out


@settings(max_examples=300)
@given(key=st.sampled_from(KEYS), data=st.data())
def test_msg_renders_as_the_general_renderer_does(key: str, data: Any) -> None:
    entry = catalogue()[key]
    params = {n: data.draw(VALUES, label=n) for n in _names(key) if n.isidentifier()}
    try:
        expected: Any = (render(entry["en"], params, "en"), render(entry["vi"], params, "vi"))
    except Exception as exc:  # the same failure, whichever path renders
        expected = type(exc)
    for _ in range(3):  # the first use, the second (which writes the renderer), and after
        try:
            m = msg(key, **params)
            got: Any = (m.en, m.vi)
            assert type(m) is Text and type(m.en) is str and type(m.vi) is str
        except Exception as exc:
            got = type(exc)
        assert got == expected


def test_dates_render_alike_from_the_cache_and_afresh() -> None:
    key = "law_104_2016.art30.complex_electronic_respond_by"
    day, later_day = date(2026, 1, 9), date(2026, 1, 29)
    messages._DAYS.clear()
    first = msg(key, start=day, end=later_day)
    second = msg(key, start=day, end=later_day)  # now from the cache
    assert (first.en, first.vi) == (second.en, second.vi)
    assert "09/01/2026" in first.vi and "2026-01-29" in first.en
    east = datetime(2026, 1, 9, 20, tzinfo=timezone(timedelta(hours=9)))  # 18:00 in Vietnam
    assert msg(key, start=east, end=later_day).vi == render(
        catalogue()[key]["vi"], {"start": east, "end": later_day}, "vi"
    )
