"""Golden decisions say what they decide: their dates in the explanation, their clause in the
basis.

Property-like checks over every answering golden case (``tests/cases``), with no text pasted
from the code's output (issue 12: mutants dropping a value from a message, or a citation from
a basis, survived where no test read them):

* every date in the Decision's outcome appears in its explanation, in English as YYYY-MM-DD and
  in Vietnamese as dd/mm/yyyy. A date inside a part of the outcome that carries its own
  explanation (a duty of a suspension check or an incident) must appear in that part's
  explanation (or in the Decision's: a duty due "at once" is due on the incident day the
  Decision names); a date of a summary (a suspension check's latest notice day) may be named
  by the part that owns it (the advance-notice duty) instead. Citations inside an outcome are
  not values (their instrument's dates are the instrument's). Fields that by design only echo
  an input are listed in ``ECHOED`` with the reason;
* the citations of the Decision (its ``basis``, and those an outcome lists) include one of the
  clauses the case's ``source:`` names (instrument, article and, when the source gives one,
  clause). Cases whose source names only the reasons around the rule (the access class that
  makes a refusal ground not arise, the date a law came into force) are listed in
  ``SOURCE_IS_CONTEXT`` with the reason.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import pytest
from pydantic import BaseModel

from accessinfo.core.citations import Citation, Instrument
from accessinfo.core.decisions import Decision
from tests.test_golden_cases import CASES, convert, resolve

ANSWERING = [c for c in CASES if "raises" not in c.values[0]]

# (outcome model, field): the value is the input given back, named by the caller; the
# explanation is about what follows from it.
ECHOED: dict[tuple[str, str], str] = {
    ("SuspensionCheck", "starts"): "the notice's first day of suspension, given back; the "
    "summary names the breached duties and each duty explains its own dates",
    ("IncidentDuties", "recovery"): "the incident's recovery day, given back; the explanation "
    "names the incident day and the reconciliation date that follows from it",
    ("IncidentDuty", "until"): "the recovery day again (the duty lasts 'until the fix')",
}


def echoed_days(outcome: Any) -> set[date]:
    """The days of ``ECHOED`` fields: a duty due "at once" falls on one of them and says so
    ("at once") rather than repeating the caller's own date."""
    out = set()
    for model, field in ECHOED:
        if type(outcome).__name__ == model:
            v = getattr(outcome, field)
            out.add(v.date() if isinstance(v, datetime) else v)
    return out


# case id -> why no clause its source names is among the Decision's citations
_NO_GROUND = (
    "no refusal ground arises, so the Decision cites Art 27 as a whole (no clause of it "
    "applies); the Art 16 clause that opens the item is cited by conditional_access"
)
SOURCE_IS_CONTEXT: dict[str, str] = {
    "circular_126_2026/art_3.yaml::Art 3.3 does not cover an expired disclosure period": (
        "the clause named is the one found not to apply; the Decision cites what does"
    ),
    "law_01_2026/art_27.yaml::personal data with the person's consent": _NO_GROUND,
    "law_01_2026/art_27.yaml::business secret released by the head for the public interest": (
        _NO_GROUND
    ),
    "law_01_2026/art_27.yaml::historical archive, archives law's conditions not known": (
        _NO_GROUND
    ),
    "law_01_2026/art_31.yaml::first day of Law 104": (
        "Law 104 Art 37.1 only dates its entry into force; the Decision names Law 104 as the "
        "governing law (the instrument as a whole) under Law 01 Arts 30-31"
    ),
}


def _own_texts(part: BaseModel) -> tuple[str, str] | None:
    en = getattr(part, "explanation", None)
    vi = getattr(part, "explanation_vi", None)
    if isinstance(en, str) and isinstance(vi, str):
        return en, vi
    return None


def dated_values(
    value: Any, texts: tuple[str, str], where: str
) -> list[tuple[str, date, str, str]]:
    """(where, date, English text, Vietnamese text) for every date in ``value``, each with the
    explanation that must name it."""
    if isinstance(value, (Citation, Instrument)):
        return []
    if isinstance(value, datetime):
        return [(where, value.date(), *texts)]
    if isinstance(value, date):
        return [(where, value, *texts)]
    out: list[tuple[str, date, str, str]] = []
    if isinstance(value, BaseModel):
        own = _own_texts(value) or texts
        for name in type(value).model_fields:
            if (type(value).__name__, name) in ECHOED:
                continue
            out += dated_values(getattr(value, name), own, f"{where}.{name}")
    elif isinstance(value, (tuple, list)):
        for i, v in enumerate(value):
            out += dated_values(v, texts, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, v in value.items():
            out += dated_values(v, texts, f"{where}[{k!r}]")
    return out


def _decide(case: dict[str, Any]) -> Decision[Any]:
    d = resolve(case["function"])(**{k: convert(v) for k, v in case["input"].items()})
    assert isinstance(d, Decision)
    return d


def vi_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def test_the_dates_are_read_in_both_forms() -> None:
    assert vi_date(date(2027, 2, 3)) == "03/02/2027"
    found = dated_values((date(2026, 9, 1), None), ("en", "vi"), "outcome")
    assert found == [("outcome[0]", date(2026, 9, 1), "en", "vi")]


@pytest.mark.parametrize("case", ANSWERING)
def test_every_date_decided_is_in_the_explanation(case: dict[str, Any]) -> None:
    d = _decide(case)
    top = (d.explanation, d.explanation_vi or "")
    given = echoed_days(d.outcome)
    parts = part_texts(d.outcome)  # a summary's dates may be explained by its parts
    for where, day, en, vi in dated_values(d.outcome, top, "outcome"):
        if day in given:
            continue
        if (en, vi) == top:
            en, vi = en + parts[0], vi + parts[1]
        assert day.isoformat() in en + top[0], (where, day, en)
        assert vi_date(day) in vi + top[1], (where, day, vi)


def part_texts(outcome: Any) -> tuple[str, str]:
    """The explanations of the parts of ``outcome`` (its duties), joined."""
    en, vi = [], []
    for value in (getattr(outcome, n) for n in getattr(type(outcome), "model_fields", ())):
        for part in value if isinstance(value, tuple) else (value,):
            own = _own_texts(part) if isinstance(part, BaseModel) else None
            if own:
                en.append(own[0])
                vi.append(own[1])
    return " ".join(en), " ".join(vi)


# -- the clause of the source is cited -------------------------------------------------------
_INSTRUMENT = re.compile(
    r"(Law 104(?:/2016)?|Law 01/2026|Decree \d+/\d{4}|Circular \d+/\d{4}|Civil Code)"
)
_REF = r"(\d+)(?:\.(\d+))?"
_ARTS = re.compile(rf"\bArts?\s+{_REF}((?:\s*(?:\([a-zđ]\))*\s*(?:,|and)\s*(?:Art\s+)?{_REF})*)")


def _instrument_id(text: str) -> str:
    if text.startswith("Law 104"):
        return "law_104_2016"
    if text.startswith("Law 01"):
        return "law_01_2026"
    if text == "Civil Code":
        return "code_91_2015"
    kind, number = text.split(" ")
    n, year = number.split("/")
    return f"{kind.lower()}_{n}_{year}"


def named_clauses(source: str) -> list[tuple[str, int, int | None]]:
    """(instrument id, article, clause or None) for each clause the source names, in order;
    an instrument holds until the next one is named."""
    out: list[tuple[str, int, int | None]] = []
    current: str | None = None
    pos = 0
    while True:
        inst = _INSTRUMENT.search(source, pos)
        arts = _ARTS.search(source, pos)
        if arts is None:
            return out
        if inst is not None and inst.start() < arts.start():
            current = _instrument_id(inst.group(1))
            pos = inst.end()
            continue
        if current is not None:
            for art, clause in re.findall(_REF, arts.group(0)):
                out.append((current, int(art), int(clause) if clause else None))
        pos = arts.end()


def test_the_source_is_read() -> None:
    assert named_clauses("Law 01/2026 Arts 26.3, 30.1; Civil Code Art 148.5; CV 10065") == [
        ("law_01_2026", 26, 3),
        ("law_01_2026", 30, 1),
        ("code_91_2015", 148, 5),
    ]
    assert named_clauses("Decree 337/2026 Art 10.4(a)(c); Law 104 Art 17, Art 28.2") == [
        ("decree_337_2026", 10, 4),
        ("law_104_2016", 17, None),
        ("law_104_2016", 28, 2),
    ]


def citations_of(value: Any) -> list[Citation]:
    if isinstance(value, Citation):
        return [value]
    if isinstance(value, BaseModel):
        return [c for n in type(value).model_fields for c in citations_of(getattr(value, n))]
    if isinstance(value, (tuple, list)):
        return [c for v in value for c in citations_of(v)]
    if isinstance(value, dict):
        return [c for v in value.values() for c in citations_of(v)]
    return []


@pytest.mark.parametrize("case", ANSWERING)
def test_the_clause_of_the_source_is_cited(case: dict[str, Any], request: Any) -> None:
    case_id = request.node.callspec.id
    named = named_clauses(case["source"])
    assert named, f"the source names no clause: {case['source']!r}"
    d = _decide(case)
    cited = [*d.basis, *citations_of(d.outcome)]

    def cites(c: Citation) -> bool:
        return any(
            c.instrument.id == inst and c.article == art and clause in (None, c.clause)
            for inst, art, clause in named
        )

    if case_id in SOURCE_IS_CONTEXT:
        assert not any(cites(c) for c in cited), f"{case_id} is cited now: remove its exclusion"
        return
    assert any(cites(c) for c in cited), (named, [c.id for c in cited])
