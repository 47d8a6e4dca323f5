"""The message catalogue (accessinfo/_messages/*.toml) and the mechanism (core/messages.py).

(a) every key that the code passes to ``msg``/``later`` exists, with ``en`` and ``vi``
    (found by reading the source: an AST scan, so a key in a branch never run still counts);
    every key in the catalogue is used somewhere;
(b) every template renders with sample values in both languages, ``en`` and ``vi`` have the
    same placeholders, and the Vietnamese has no English word left in it (a word check: each
    plain-ASCII word must be a Vietnamese syllable, a name or a code).
"""

from __future__ import annotations

import ast
import pickle
import re
import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Decision, Step
from accessinfo.core.messages import (
    UNTRANSLATED_VI,
    Text,
    catalogue,
    caveats_of,
    check_lang,
    explanation_of,
    groups,
    join,
    later,
    localized,
    msg,
    pair_caveats,
    render,
    text_en,
    text_vi,
    vi_or_marked,
)
from accessinfo.errors import InvalidInput

SRC = Path(__file__).parents[1] / "src" / "accessinfo"
CATALOGUE = catalogue()
KEY_RE = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_\-]+)+$")

# Plain-ASCII words that are Vietnamese syllables (written without diacritics) and may occur
# in the Vietnamese templates; any other ASCII word there is taken for English. Checked by
# hand against the statute texts (the Vietnamese paragraphs of the article docstrings and of
# shared/law); extend it with real Vietnamese syllables only.
VI_ASCII = frozenset(
    """
    a an anh ban bao ca cai cao chi chia cho chung co coi con cu cung danh di do doanh dung em
    ghi gia giam gian giao ha hai hay hoa in kem khai khi kho khoa khu kinh la lai lao le loai
    luu mai minh mot mua nam nay ngang ngay nghe nguy nhanh nhau nho ninh no phan phim qua quan
    quy ra sai sang sao sau sinh so sung suy tai tam tay thanh thay theo thi thu tin to tra
    trang trao trong trung truy tu va vao vay vi xa xem xin xong d b c e
    duy mang tham g h i k l m n o p q r s t u v x y
    """.split()
)
# Names that stay as they are in Vietnamese text.
# and loanwords the statutes use in Vietnamese ("bưu chính, fax", "mạng Internet")
NAMES = frozenset({"accessinfo", "fax", "internet"})


# -- (a) keys used in the code ----------------------------------------------------------------
def _call_name(node: ast.Call) -> str | None:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _assignments(tree: ast.AST) -> dict[str, list[ast.expr]]:
    out: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out.setdefault(t.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                out.setdefault(node.target.id, []).append(node.value)
    return out


def _keys_of(expr: ast.expr, names: dict[str, list[ast.expr]], depth: int = 0) -> list[str]:
    """Literal keys (``"a.b"``) or patterns (``re:...`` from f-strings) an expression yields."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, ast.JoinedStr):
        parts = []
        for v in expr.values:
            if isinstance(v, ast.Constant):
                parts.append(re.escape(str(v.value)))
            elif isinstance(v, ast.FormattedValue):
                parts.append(r".*")  # any value: the literal parts name the family of keys
        return ["re:" + "".join(parts)]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):  # "cli.action." + x
        left = _keys_of(expr.left, names, depth)
        return ["re:" + re.escape(k) + ".+" for k in left if not k.startswith("re:")]
    if isinstance(expr, ast.IfExp):
        return _keys_of(expr.body, names, depth) + _keys_of(expr.orelse, names, depth)
    if isinstance(expr, ast.Name) and depth < 3 and expr.id in names:
        # every assignment to that name in the module; a bare word without a dot is a part
        # of a key built elsewhere (e.g. another function's ``key = "x"``), not a key
        found = [k for v in names[expr.id] for k in _keys_of(v, names, depth + 1)]
        return [k for k in found if k.startswith("re:") or "." in k]
    return []


def used_keys() -> Iterator[tuple[str, int, str]]:
    """(file, line, key or ``re:pattern``) for every msg/later call in src/accessinfo."""
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "messages.py" and path.parent.name == "core":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _assignments(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in ("msg", "later") and node.args:
                keys = _keys_of(node.args[0], names)
                rel = str(path.relative_to(SRC))
                if not keys:
                    yield rel, node.lineno, "?"
                for k in keys:
                    yield rel, node.lineno, k


USED = list(used_keys())


def test_the_scan_finds_the_calls() -> None:
    keys = {k for _, _, k in USED}
    assert "calendar.step.end" in keys
    assert "law_01_2026.art28.self_correction_by" in keys
    assert any(k.startswith("re:") for k in keys)  # f-string keys
    assert len(USED) > 150


@pytest.mark.parametrize(("where", "line", "key"), USED, ids=[f"{w}:{n}" for w, n, _ in USED])
def test_every_key_used_exists_in_both_languages(where: str, line: int, key: str) -> None:
    assert key != "?", f"{where}:{line}: the message key cannot be read from the source"
    if key.startswith("re:"):
        pattern = re.compile(key[3:] + "$")
        found = [k for k in CATALOGUE if pattern.match(k)]
        assert found, f"{where}:{line}: no message matches {key[3:]!r}"
        return
    assert key in CATALOGUE, f"{where}:{line}: no message {key!r} in _messages/"
    entry = CATALOGUE[key]
    assert isinstance(entry.get("en"), str) and entry["en"].strip(), (key, "en")
    assert isinstance(entry.get("vi"), str) and entry["vi"].strip(), (key, "vi")


def test_every_message_is_used() -> None:
    literal = {k for _, _, k in USED if not k.startswith("re:")}
    patterns = [re.compile(k[3:] + "$") for _, _, k in USED if k.startswith("re:")]
    # errors.title.* are looked up by code (AccessInfoError.title_vi)
    unused = [
        k
        for k in CATALOGUE
        if k not in literal
        and not any(p.match(k) for p in patterns)
        and not k.startswith("errors.title.")
    ]
    assert not unused, f"messages no code uses (remove them or use them): {unused}"


# -- (b) the templates ------------------------------------------------------------------------
def _fields(template: str) -> dict[str, str]:
    """Placeholder name -> format spec."""
    out: dict[str, str] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            assert name and name.isidentifier(), f"bad placeholder {{{name}}} in {template!r}"
            out[name] = spec or ""
    return out


def _sample(spec: str) -> object:
    if spec in ("long", "weekday"):
        return date(2026, 1, 9)
    if spec in ("vnd",) or spec.endswith("d"):
        return 12000
    return Text("sample", "mẫu")


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_template_renders_in_both_languages(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) <= {"en", "vi", "en_only"}, f"{key}: unknown fields {set(entry)}"
    en, vi = _fields(entry["en"]), _fields(entry["vi"])
    only = set(entry.get("en_only", ()))
    assert set(en) - only == set(vi), (
        f"{key}: placeholders differ: en {sorted(en)}, vi {sorted(vi)} (en_only {sorted(only)})"
    )
    params = {name: _sample(spec) for name, spec in {**en, **vi}.items()}
    t = msg(key, **params)
    assert "{" not in t.en.replace("{{", "") and "{" not in t.vi.replace("{{", ""), key


def english_words(vi: str) -> list[str]:
    """Plain-ASCII words of a Vietnamese template that are not Vietnamese syllables."""
    text = re.sub(r"\{[^}]*\}", " ", vi)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", " ", text)  # quoted codes and statute words
    found = []
    for token in text.split():
        if re.search(r"[_=0-9/]", token):  # codes: validated_at, strict=True, 13/2016/TT-BTP
            continue
        for w in re.findall(r"[^\W\d_]+", token):
            if not w.isascii() or (w.isupper() and len(w) > 1):  # VND, YYYY, NĐ-CP parts
                continue
            if w.lower() not in VI_ASCII and w.lower() not in NAMES:
                found.append(w)
    return found


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_no_english_left_in_the_vietnamese(key: str) -> None:
    words = english_words(CATALOGUE[key]["vi"])
    assert not words, f"{key}: English (or unknown ASCII) words in the Vietnamese: {words}"


def test_the_word_check_catches_english() -> None:
    assert english_words("Thời hạn là ngày {end}, by the end of the day") == [
        "by",
        "the",
        "end",
        "of",
        "the",
        "day",
    ]
    assert english_words("Khoản 2 Điều 26: trong thời hạn 12 ngày, 'raise', strict=True") == []
    assert english_words("theo Thông tư số 13/2016/TT-BTP, tổng cộng 12.000 VND") == []


def test_groups_have_a_file_each() -> None:
    assert {"calendar", "cli", "core", "errors", "law_01_2026", "law_104_2016", "terms"} <= set(
        groups()
    )
    for key in CATALOGUE:
        assert KEY_RE.match(key), f"message key {key!r}: use lower_case.dotted.names"


# -- the mechanism ----------------------------------------------------------------------------
def test_text_is_its_english_string() -> None:
    t = Text("three days", "ba ngày")
    assert t == "three days" and isinstance(t, str) and str(t) == "three days"
    assert type(str(t)) is str and t.en == "three days" and t.vi == "ba ngày"
    assert t.get("vi") == "ba ngày" and t.get("en") == "three days"
    assert "; ".join([t, t]) == "three days; three days"
    assert f"{t}" == "three days" and repr(t) == "Text(en='three days', vi='ba ngày')"
    assert (t + Text("!", "!")).vi == "ba ngày!"
    assert type(t + "!") is str
    assert pickle.loads(pickle.dumps(t)).vi == "ba ngày"
    with pytest.raises(AttributeError):
        t.vi = "x"  # type: ignore[misc]
    with pytest.raises(InvalidInput):
        Text("a", None)  # type: ignore[arg-type]


def test_values_render_per_language() -> None:
    d = date(2026, 1, 9)
    assert render("{d} {d:long} {d:weekday}", {"d": d}, "en") == (
        "2026-01-09 Friday 2026-01-09 Friday"
    )
    assert render("{d} {d:long} {d:weekday}", {"d": d}, "vi") == (
        "09/01/2026 Thứ Sáu, 09/01/2026 Thứ Sáu"
    )
    assert render("{x:vnd}", {"x": 1234567}, "vi") == "1.234.567 đồng"
    assert render("{x:vnd}", {"x": 1234567}, "en") == "1,234,567 VND"
    c = instrument("law_104_2016").cite(28, 1, "dd")
    assert render("{c}", {"c": c}, "vi") == str(c) and render("{c}", {"c": c}, "en") == c.en
    with pytest.raises(ValueError, match="date format"):
        render("{d:short}", {"d": d}, "en")
    with pytest.raises(InvalidInput, match="no message"):
        msg("terms.no_such_key")
    with pytest.raises(InvalidInput, match="no message"):
        later("nogroup.key")
    with pytest.raises(InvalidInput, match="lang"):
        check_lang("fr")


def test_helpers() -> None:
    t = msg("terms.days.working")
    assert text_en(t) == "working days" and text_vi(t) == "ngày làm việc" and text_vi("x") is None
    assert vi_or_marked("plain") == UNTRANSLATED_VI + "plain" and vi_or_marked(t) == t.vi
    assert join([t, t], "; ").vi == "ngày làm việc; ngày làm việc"  # type: ignore[union-attr]
    assert type(join([t, "plain"])) is str
    assert later("terms.days.calendar")().vi == "ngày"


@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["x", "y", None])), max_size=6
    )
)
def test_pair_caveats_keeps_the_languages_aligned(items: list[tuple[str, str | None]]) -> None:
    caveats = [en if vi is None else Text(en, vi) for en, vi in items]
    en, vi = pair_caveats(caveats)
    assert en == tuple(dict.fromkeys(str(c) for c in caveats))
    assert len(vi) in (0, len(en))
    if vi:
        firsts = {str(c): c for c in reversed(caveats)}  # the first of equal English wins
        for e, v in zip(en, vi, strict=True):
            assert v == vi_or_marked(firsts[e])
    else:
        assert not any(isinstance(c, Text) for c in dict.fromkeys(caveats))


def test_decision_fills_its_vietnamese_from_messages() -> None:
    basis = (instrument("code_91_2015").cite(147, 3),)
    d = Decision[int](
        outcome=1,
        basis=basis,
        explanation=msg("terms.days.working"),
        caveats=(msg("terms.days.calendar"), "plain English"),
        rule_set="x",
    )
    assert type(d.explanation) is str and d.explanation_vi == "ngày làm việc"
    assert d.caveats_vi == ("ngày", UNTRANSLATED_VI + "plain English")
    assert caveats_of(d) == ("calendar days", "plain English")
    assert [type(c) for c in caveats_of(d)] == [Text, str]
    assert explanation_of(d).vi == "ngày làm việc"  # type: ignore[attr-defined]
    assert localized(d, "vi") == ("ngày làm việc", d.caveats_vi)
    assert localized(d, "en") == ("working days", d.caveats)
    plain = Decision[int](outcome=1, basis=basis, explanation="e", caveats=("c",), rule_set="x")
    assert plain.caveats_vi == () and type(explanation_of(plain)) is str
    assert localized(plain, "vi") == (UNTRANSLATED_VI + "e", (UNTRANSLATED_VI + "c",))
    with pytest.raises(ValueError, match="caveats_vi"):
        Decision[int](
            outcome=1,
            basis=basis,
            explanation="e",
            caveats=("a", "b"),
            caveats_vi=("x",),
            rule_set="x",
        )
    assert Decision[int].model_validate_json(d.model_dump_json()) == d


def test_step_fills_its_vietnamese_reason() -> None:
    s = Step(date=date(2026, 1, 9), action="end", reason=msg("calendar.step.end"))
    assert s.reason == "last day of the period" and s.reason_vi == "ngày cuối cùng của thời hạn"
    assert Step(date=date(2026, 1, 9), action="end", reason="x").reason_vi is None
