"""Decisions pickle, so they come back from multiprocessing, Spark and Dask workers (issue 12).

``Decision[RequestDeadlines]`` is a class pydantic makes at run time; pickle cannot find it by
name. Decisions pickle their outcome type instead and rebuild the class on the other side.
Proved for every outcome type of the registry, for real answers, and in a spawn pool (a fresh
interpreter, as workers are).
"""

from __future__ import annotations

import multiprocessing
import pickle
from datetime import date, datetime
from typing import Any

from accessinfo.batch import request_deadlines_many
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, CalendarDays, WorkingDays
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Decision, decision_class
from accessinfo.core.rules import registry
from accessinfo.models.requests import InformationRequest
from accessinfo.surfaces.cli.calendar_cmds import day_decision, special_days_decision
from accessinfo.surfaces.schema import outcome_type
from accessinfo.tasks.requests import request_deadlines

REQUESTS = [
    # Law 104: the design example (complex, e-mail, Fri 09/01/2026 09:30)
    {
        "received_at": datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ),
        "channel": "electronic",
        "complexity": "complex",
    },
    {"received_at": date(2026, 8, 31), "channel": "in_person", "complexity": "simple"},
    # Law 01/2026 (provisional: its text is unverified)
    {"received_at": date(2026, 9, 3), "channel": "post", "complexity": "complex"},
]


def answers(specs: list[dict[str, Any]]) -> list[Decision[Any]]:
    """Decisions of several outcome types; run in the parent and in spawned workers."""
    reqs = [InformationRequest(**s) for s in specs]
    out: list[Decision[Any]] = request_deadlines_many(reqs)
    out.append(request_deadlines(reqs[0], trace=True))
    out.append(PUBLIC_SECTOR.add(date(2026, 8, 18), CalendarDays(12), trace=True))
    out.append(day_decision(PUBLIC_SECTOR, date(2026, 1, 10)))
    out.append(special_days_decision(PUBLIC_SECTOR, 2026))
    return out


def test_real_answers_pickle_and_come_back_equal() -> None:
    for d in answers(REQUESTS):
        again = pickle.loads(pickle.dumps(d))
        assert again == d and type(again) is type(d)
        assert again.model_dump_json() == d.model_dump_json()


def test_every_outcome_type_of_the_registry_pickles() -> None:
    kinds = {outcome_type(r.function) for r in registry()}
    assert len(kinds) > 10
    basis = (instrument("code_91_2015").cite(147, 3),)
    for tp in kinds:
        cls = decision_class(tp)[0]
        d = cls.model_construct(outcome=None, basis=basis, explanation="x", rule_set="t")
        again = pickle.loads(pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(again) is cls and again == d, tp


def test_the_untyped_decision_pickles() -> None:
    d = Decision(
        outcome={"a": 1},
        basis=(instrument("code_91_2015").cite(147, 3),),
        explanation="x",
        rule_set="t",
    )
    assert pickle.loads(pickle.dumps(d)) == d


def test_decisions_come_back_from_a_spawn_pool() -> None:
    """A spawned interpreter (as a worker is) computes the answers and sends them back."""
    local = answers(REQUESTS)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        remote = pool.apply(answers, (REQUESTS,))
    assert remote == local
    assert [type(d) for d in remote] == [type(d) for d in local]
    assert remote[3].trace == local[3].trace  # traces (steps with citations) too
    assert pickle.loads(pickle.dumps(WorkingDays(3))) is WorkingDays(3)
