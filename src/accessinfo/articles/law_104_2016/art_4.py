"""Điều 4. Chủ thể thực hiện quyền tiếp cận thông tin

Law 104/2016/QH13, Art. 4: who holds the right of access. Every citizen does. A person who
has lost civil legal capacity asks through their legal representative; a person with
difficulty in perceiving or controlling their acts asks through their guardian; a person
under 18 asks through their legal representative, unless the law on children or another law
says otherwise. Read with Art. 36 (foreigners residing in Vietnam; requests through an
organisation) this gives :func:`eligibility`, the Law 104 version of the ``eligibility`` rule.

Clauses encoded (verbatim, pháp điển):

1. Công dân thực hiện quyền tiếp cận thông tin theo quy định của Luật này.

2. Người mất năng lực hành vi dân sự thực hiện yêu cầu cung cấp thông tin thông qua người đại
diện theo pháp luật.

Người có khó khăn trong nhận thức, làm chủ hành vi thực hiện yêu cầu cung cấp thông tin thông
qua người giám hộ.

3. Người dưới 18 tuổi yêu cầu cung cấp thông tin thông qua người đại diện theo pháp luật, trừ
trường hợp luật về trẻ em và luật khác có quy định khác.

A 16-year-old asks through a parent (legal representative):

>>> from datetime import date
>>> from accessinfo.models.access import Requester
>>> teen = Requester(kind="citizen", age=16, acts_through="legal_representative")
>>> d = eligibility(teen, on=date(2025, 3, 3))
>>> d.outcome.eligible, d.outcome.must_act_through
(True, 'legal_representative')
>>> print(d.basis[0])
Điều 4 Luật Tiếp cận thông tin số 104/2016/QH13
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.articles.decree_13_2018.art_4 import ManyMembers
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, join, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import Eligibility, Requester, as_model, check_flag

from . import INSTRUMENT as LAW_104
from .art_36 import foreigner_may_request, request_through_organisation

__all__ = ["eligibility", "representation_required"]

Representation = Literal["self", "legal_representative", "guardian"]


# Khoản 2: "thông qua người đại diện theo pháp luật" / "thông qua người giám hộ";
# khoản 3: "Người dưới 18 tuổi … thông qua người đại diện theo pháp luật"
@rule(LAW_104.cite(4))
def representation_required(requester: Requester) -> Finding[Representation]:
    """Through whom a natural person must ask: themself, a legal representative or a guardian."""
    req = as_model(Requester, requester, "requester")
    if req.kind == "organisation":
        raise InvalidInput(msg("errors.articles.representation_natural_persons"))
    if req.legal_capacity == "lost":
        return Finding(
            outcome="legal_representative",
            basis=(LAW_104.cite(4, 2),),
            explanation=msg("law_104_2016.art4.lost_capacity"),
        )
    if req.legal_capacity == "cognitive_difficulty":
        return Finding(
            outcome="guardian",
            basis=(LAW_104.cite(4, 2),),
            explanation=msg("law_104_2016.art4.cognitive_difficulty"),
        )
    if req.age is not None and req.age < 18:
        return Finding(
            outcome="legal_representative",
            basis=(LAW_104.cite(4, 3),),
            explanation=msg("law_104_2016.art4.minor", age=req.age),
            caveats=(msg("law_104_2016.art4.minor_caveat"),),
        )
    age = msg("terms.age.adult" if req.age is not None else "terms.age.unstated")
    return Finding(
        outcome="self",
        basis=(LAW_104.cite(4, 1),),
        explanation=msg("law_104_2016.art4.adult", age=age),
    )


def _acts_ok(required: Representation, acts: str) -> bool:
    if required == "self":
        return acts in ("self", "authorised_person")
    return acts == required


# Điều 4 with Điều 36: who may ask, how, and for what
@rule(
    LAW_104.cite(4),
    LAW_104.cite(36),
    family="eligibility",
    valid_until=date(2026, 9, 1),
    key="on",
)
def eligibility(
    requester: Requester,
    *,
    on: date | datetime,
    strict: bool = False,
    many_members: ManyMembers = "two_or_more",
) -> Finding[Eligibility]:
    """Whether this requester may ask under Law 104/2016, through whom, and for what."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    choose(many_members, "many_members", ("two_or_more", "raise"))
    req = as_model(Requester, requester, "requester")
    if req.kind == "organisation":
        d = request_through_organisation(req, many_members=many_members)
        return Finding(
            outcome=Eligibility(
                eligible=d.outcome,
                must_act_through="organisation_representative",
                scope="all_information" if d.outcome else None,
                reasons=(d.explanation,),
            ),
            explanation=explanation_of(d),
            basis=d.basis,
            readings=d.readings,
            caveats=caveats_of(d),
        )
    if req.kind == "foreigner_nonresident":
        f = foreigner_may_request(req)
        return Finding(
            outcome=Eligibility(
                eligible=False, must_act_through="self", scope=None, reasons=(f.explanation,)
            ),
            explanation=explanation_of(f),
            basis=f.basis,
        )
    rep = representation_required(req)
    reasons = [explanation_of(rep)]
    basis = list(rep.basis)
    eligible = _acts_ok(rep.outcome, req.acts_through)
    if not eligible:
        reasons.append(
            msg(
                "terms.must_act_through",
                must=msg(f"terms.role.{rep.outcome}"),
                acts=msg(f"terms.role.{req.acts_through}"),
            )
        )
    scope: Literal["all_information", "own_rights_and_duties"] | None = "all_information"
    if req.kind == "foreigner_resident":
        f = foreigner_may_request(req)
        basis.extend(f.basis)
        reasons.append(explanation_of(f))
        scope = "own_rights_and_duties"
        eligible = eligible and f.outcome
    explanation = join(reasons)
    return Finding(
        outcome=Eligibility(
            eligible=eligible,
            must_act_through=rep.outcome,
            scope=scope if eligible else None,
            reasons=tuple(str(r) for r in reasons),
        ),
        explanation=explanation,
        basis=tuple(basis),
        caveats=caveats_of(rep),
    )
