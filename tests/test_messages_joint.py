"""``sentences()`` renders a sequence of messages it has seen before with one function written
for the whole sequence (issue 13): the text is the one the messages give one by one."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from accessinfo.core import messages
from accessinfo.core.messages import Later, Text, catalogue, later, msg, sentences

KEYS = sorted(catalogue())
PLAIN = [k for k in KEYS if messages._plain(k)]
FIELDS = {
    k: sorted(
        {
            *messages._pieces(catalogue()[k]["en"])[1],  # type: ignore[index]
            *messages._pieces(catalogue()[k]["vi"])[1],  # type: ignore[index]
        }
    )
    for k in PLAIN
}

texts = st.builds(Text, st.text(max_size=8), st.text(max_size=8))
values = st.one_of(
    st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 12, 31)),
    texts,
    st.text(max_size=8),
    st.integers(-5, 50),
)


@st.composite
def parts(draw: Any) -> Text | Later:
    if draw(st.integers(0, 3)) == 0:
        return draw(texts)  # type: ignore[no-any-return]
    key = draw(st.sampled_from(PLAIN))
    return later(key, **{name: draw(values) for name in FIELDS[key]})


def plain(seq: tuple[Text | Later, ...]) -> tuple[str, str]:
    """The messages one by one, joined: what sentences() promises."""
    out = [msg(p.key, **p.params) if type(p) is Later else p for p in seq]
    return " ".join(out), " ".join(t.vi for t in out)  # type: ignore[attr-defined]


def test_the_catalogue_has_plain_messages_to_draw() -> None:
    assert len(PLAIN) > 100 and any(FIELDS.values())


@settings(max_examples=150, deadline=None)
@given(seq=st.lists(parts(), max_size=7).map(tuple), again=st.lists(parts(), max_size=7))
@example(seq=(), again=[])
@example(seq=(Text("", ""),), again=[])
def test_a_sequence_renders_alike_on_every_use(
    seq: tuple[Text | Later, ...], again: list[Text | Later]
) -> None:
    expected = plain(seq)
    for _ in range(3):  # message by message, then written for the shape, then reused
        got = sentences(*seq)
        assert type(got) is Text and (str(got), got.vi) == expected
    # the same shape with other values: the written renderer, other text
    shape = [p.key if type(p) is Later else None for p in seq]
    other = tuple(
        later(k, **{n: date(2026, 1, 9) for n in FIELDS[k]}) if k else Text("x", "y") for k in shape
    )
    got = sentences(*other)
    assert (str(got), got.vi) == plain(other)
    assert again is not None


def test_a_missing_value_fails_as_message_by_message() -> None:
    key = next(k for k in PLAIN if FIELDS[k])
    bad = later(key)
    errors = []
    for _ in range(3):
        try:
            sentences(bad, Text("a", "b"))
        except Exception as exc:  # the type is what is compared
            errors.append(type(exc))
    try:
        messages._sentences((bad, Text("a", "b")))
    except Exception as exc:
        errors.append(type(exc))
    assert len(errors) == 4 and len(set(errors)) == 1


def test_many_shapes_are_forgotten_not_kept() -> None:
    for k in range(1100):
        key = PLAIN[k % len(PLAIN)]
        last = later(key, **{n: date(2026, 1, 9) for n in FIELDS[key]})
        sentences(*([Text(str(k), str(k))] * (k % 40 + 1)), last)
    assert len(messages._JOINT) <= 1024
