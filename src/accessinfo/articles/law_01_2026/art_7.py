"""Điều 7. Người thực hiện quyền tiếp cận thông tin

Law 01/2026/QH16, Art. 7: who exercises the right. Citizens do (clause 1). A person who has
lost civil legal capacity asks through their legal representative; a person with difficulty in
perceiving or controlling their acts, through their guardian (clause 2). Unlike Law 104, a
person under 18 may ask by themself, with their representative's consent, or through their
representative, as the civil law provides, unless the Law on Children or another law says
otherwise (clause 3). Read with Art 29 (foreigners, organisations) this gives
:func:`eligibility`, the Law 01/2026 version of the ``eligibility`` rule.

Reading (``minors="civil_code"``): "theo quy định của pháp luật dân sự" sends the choice to the
Civil Code, whose Art 21.2 has the legal representative act for a child under six; from six a
minor may ask by themself or through the representative. ``"raise"`` refuses to choose for a
minor.

Clauses encoded (verbatim, one unofficial copy):

1. Công dân thực hiện quyền tiếp cận thông tin theo quy định của Luật này.

2. Người mất năng lực hành vi dân sự thực hiện yêu cầu cung cấp thông tin thông qua người đại
diện theo pháp luật.

Người có khó khăn trong nhận thức, làm chủ hành vi thực hiện yêu cầu cung cấp thông tin thông
qua người giám hộ.

3. Người dưới 18 tuổi có thể tự mình hoặc được sự đồng ý của người đại diện hoặc thông qua người
đại diện theo quy định của pháp luật dân sự để thực hiện việc yêu cầu cung cấp thông tin, trừ
trường hợp Luật Trẻ em và luật khác có quy định khác.

A 16-year-old may now ask by themself:

>>> from datetime import date
>>> from accessinfo.models.access import Requester
>>> d = eligibility(Requester(kind="citizen", age=16), on=date(2026, 9, 3))
>>> d.outcome.eligible, d.outcome.must_act_through
(True, 'self')
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.articles.decree_13_2018.art_4 import ManyMembers
from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, join, msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.models.access import Eligibility, Requester, as_model, check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW
from .art_29 import foreign_resident_may_request, request_via_organisation

__all__ = ["eligibility"]

MINORS_CAVEAT = msg("law_01_2026.art7.minors_caveat")


# Khoản 1-3 with Điều 29: who may ask, how, and for what
@rule(LAW.cite(7), LAW.cite(29), family="eligibility", valid_from=IN_FORCE_FROM, key="on")
def eligibility(
    requester: Requester,
    *,
    on: date | datetime,
    strict: bool = False,
    many_members: ManyMembers = "two_or_more",
    minors: Literal["civil_code", "raise"] = "civil_code",
) -> Finding[Eligibility]:
    """Whether this requester may ask under Law 01/2026, through whom, and for what."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    minors_reading = choose(minors, "minors", ("civil_code", "raise"))
    choose(many_members, "many_members", ("two_or_more", "raise"))  # checked on every path
    req = as_model(Requester, requester, "requester")
    if req.kind == "organisation":
        d = request_via_organisation(req, many_members=many_members)
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
        f = foreign_resident_may_request(req)
        return Finding(
            outcome=Eligibility(
                eligible=False, must_act_through="self", scope=None, reasons=(f.explanation,)
            ),
            explanation=explanation_of(f),
            basis=f.basis,
        )
    basis: list[Citation] = []
    caveats: list[str] = []
    readings: dict[str, str] = {}
    allowed: tuple[str, ...]
    if req.legal_capacity == "lost":
        must, allowed = "legal_representative", ("legal_representative",)
        basis.append(LAW.cite(7, 2))
        why = msg("law_01_2026.art7.lost_capacity")
    elif req.legal_capacity == "cognitive_difficulty":
        must, allowed = "guardian", ("guardian",)
        basis.append(LAW.cite(7, 2))
        why = msg("law_01_2026.art7.cognitive_difficulty")
    elif req.age is not None and req.age < 18:
        if minors_reading == "raise":
            raise ambiguous("minors", msg("law_01_2026.art7.minors_question"))
        readings["minors"] = minors_reading
        basis.append(LAW.cite(7, 3))
        caveats.append(MINORS_CAVEAT)
        if req.age < 6:
            must, allowed = "legal_representative", ("legal_representative",)
            basis.append(instrument("code_91_2015").cite(21, 2))
            why = msg("law_01_2026.art7.child_under_six", age=req.age)
        else:
            must = "self"
            allowed = ("self", "legal_representative", "authorised_person")
            why = msg("law_01_2026.art7.minor", age=req.age)
    else:
        must, allowed = "self", ("self", "authorised_person")
        basis.append(LAW.cite(7, 1))
        age = msg("terms.age.adult" if req.age is not None else "terms.age.unstated")
        why = msg("law_01_2026.art7.adult", age=age)
    reasons: list[str] = [why]
    eligible = req.acts_through in allowed
    if not eligible:
        reasons.append(
            msg(
                "terms.must_act_through",
                must=msg(f"terms.role.{must}"),
                acts=msg(f"terms.role.{req.acts_through}"),
            )
        )
    scope: Literal["all_information", "own_rights_and_duties"] | None = "all_information"
    if req.kind == "foreigner_resident":
        f = foreign_resident_may_request(req)
        basis.extend(f.basis)
        reasons.append(explanation_of(f))
        scope = "own_rights_and_duties"
        eligible = eligible and f.outcome
    return Finding(
        outcome=Eligibility(
            eligible=eligible,
            must_act_through=must,
            scope=scope if eligible else None,
            reasons=tuple(str(r) for r in reasons),
        ),
        explanation=join(reasons),
        basis=tuple(basis),
        caveats=tuple(caveats),
        readings=readings,
    )
