"""An error for a bad argument says what was given and, for an option, every allowed word.

``tests/test_every_parameter_named.py`` checks that the error names the parameter. That leaves
the rest of the text unread: a mutant passing ``None`` for ``options=``, ``categories=`` or
``got=`` to ``msg(...)`` survives (issue 12, seed 14). The templates of
``_messages/errors.toml`` print what was received: ``unknown_option`` its ``repr`` ("got
{value}" / "giá trị đã cho: {value}") and the allowed words as their ``repr`` ("{options}");
the type checks print the type's name ("got {got}" / "giá trị đã cho có kiểu {got}") or the
value. So, over the same calls as that test, in English and in Vietnamese:

* a value of a wrong type: the text shows its type name (``_Wrong``) or its repr;
* an unknown word: the text shows ``'no_such_option'`` and every word of the parameter's
  ``Literal`` as ``'word'``;
* no text says ``None`` where a value was expected (no bad value here is None). ``None`` as
  one of the accepted values ("True, False or None", "or be None", "`None`") is fine.
"""

from __future__ import annotations

import inspect
import re
import typing
from typing import Any
from unittest import mock

import pytest

from accessinfo.errors import AmbiguousReading, InvalidInput
from tests.test_every_parameter_named import UNKNOWN, WRONG, _params, valid_arguments
from tests.test_golden_cases import resolve

# "None" as a word, unless it is an accepted value ("or None", "or be None", "`None`") or the
# English word ("None of the six cases …").
_NONE = re.compile(r"(?<!\bor )(?<!or be )(?<![A-Za-z_`])None(?![A-Za-z_`])(?! of\b)")


def _literal_words(fn: object, name: str) -> list[str]:
    tp = typing.get_type_hints(inspect.unwrap(fn)).get(name)  # type: ignore[arg-type]
    args = typing.get_args(tp) if typing.get_origin(tp) is typing.Literal else ()
    return [a for a in args if isinstance(a, str)]


def _texts(dotted: str, name: str, bad: object) -> tuple[str, str]:
    kwargs = valid_arguments(dotted)
    assert kwargs is not None, dotted
    with pytest.raises(InvalidInput) as info:
        resolve(dotted)(**{**kwargs, name: bad})
    return str(info.value), info.value.message_vi or ""


@pytest.mark.parametrize(("dotted", "name", "bad"), _params())
def test_the_error_shows_the_value_and_the_choices(dotted: str, name: str, bad: object) -> None:
    en, vi = _texts(dotted, name, bad)
    for text in (en, vi):
        assert not _NONE.search(text), text
        if bad is WRONG:
            assert "_Wrong" in text or repr(WRONG) in text, text
        else:
            assert repr(UNKNOWN) in text, text
            for word in _literal_words(resolve(dotted), name):
                assert repr(word) in text, (word, text)


@pytest.mark.parametrize(
    ("dotted", "name"),
    [pytest.param(*p.values[:2], id=p.id) for p in _params() if p.values[2] == UNKNOWN],
)
def test_an_option_equal_to_every_word_but_not_a_word_is_refused(dotted: str, name: str) -> None:
    """``mock.ANY`` equals every option but is no string: a guard testing ``in options`` alone
    (or a fast path like ``type(x) is not str or x not in options`` turned into ``is str``,
    Law 104 Chapter 3, seed 14) would accept it."""
    kwargs = valid_arguments(dotted)
    assert kwargs is not None, dotted
    with pytest.raises(InvalidInput):
        resolve(dotted)(**{**kwargs, name: mock.ANY})


# Readings refused as "raise" before the rule knows whether they matter: the shared suspension
# logic (``articles/_outages.py``, ``_fm_reading``) refuses ``force_majeure_announcement="raise"``
# at once and records the reading only for a notice that claims force majeure; these arguments
# (a planned suspension) claim none, so the answer rightly does not rest on it.
_RAISED_UP_FRONT = {
    ("accessinfo.articles.decree_64_2007.art_16." + f, "force_majeure_announcement")
    for f in ("latest_suspension_notice_day", "suspension_duties")
}


def _raise_params() -> list[Any]:
    out = []
    for p in _params():
        dotted, name, bad = p.values
        if bad == UNKNOWN and "raise" in _literal_words(resolve(dotted), name):
            out.append(pytest.param(dotted, name, id=f"{dotted}:{name}"))
    return out


@pytest.mark.parametrize(("dotted", "name"), _raise_params())
def test_a_reading_set_to_raise_asks_its_question(dotted: str, name: str) -> None:
    """``"raise"`` refuses to choose: when it does (the reading matters for these arguments),
    the error (``errors.ambiguous``: "{name}='raise': {question}") names the reading and asks a
    question, never ``None`` (a mutant passing ``question=None``, Law 104 Art 32, seed 15).
    And since the answer for these arguments rests on that reading, the answer given with the
    default records it in ``Decision.readings`` (a mutant passing ``readings=None``, Decree
    20/2016 Art 16, seed 15)."""
    kwargs = valid_arguments(dotted)
    assert kwargs is not None, dotted
    fn = resolve(dotted)
    try:
        fn(**{**kwargs, name: "raise"})
    except AmbiguousReading as exc:
        for text in (str(exc), exc.message_vi or ""):
            assert f"{name}='raise'" in text, text
            question = text.split("'raise'", 1)[1]
            assert len(question) > 20 and not _NONE.search(question), text
        if (dotted, name) in _RAISED_UP_FRONT:
            return
        default = inspect.signature(fn).parameters[name].default
        assert fn(**{**kwargs, name: default}).readings.get(name) == default
