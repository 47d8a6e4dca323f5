"""Điều 10. Phạm vi và trách nhiệm cung cấp thông tin

Law 01/2026/QH16, Art. 10: who provides which information. An agency provides the information
it creates, except what Art 15 closes, and what Art 16 opens on conditions once they are met
(clause 1). It organises the provision itself, except that offices and focal points answer
for some bodies: the Office of the National Assembly for the Assembly, its Standing Committee,
its bodies and the National Election Council; the Office of the President for the President;
the Government Office for the Government and the Prime Minister; the provincial Office of the
National Assembly Delegation and People's Council for them; a focal unit named by the
provincial People's Committee for the Committee and its Chair; a focal unit named by the
commune People's Committee for the commune's Council, Committee and bodies, to citizens who
live in the commune (to others only for information bearing directly on their rights and
interests); and the focal points the Ministers of Defence and Public Security designate
(clause 2). Information an agency holds but did not create is provided when that is needed to
protect the public interest or public health (clause 3). A file mixing closed and open
information that can reasonably be separated may be provided in part (clause 4).

Reading: clause 4 says the agency "xem xét, quyết định" (considers and decides): partial
provision is open to it, not owed; :func:`partial_provision` answers ``"consider_partial"``
(``docs/readings/law-01-2026-disclosure.md``).

Clauses encoded (verbatim, one unofficial copy):

1. Cơ quan, đơn vị có trách nhiệm cung cấp thông tin do mình tạo ra, trừ trường hợp quy định tại
Điều 15 của Luật này; đối với trường hợp quy định tại Điều 16 của Luật này thì cung cấp thông
tin khi có đủ điều kiện theo quy định.

2. Cơ quan, đơn vị trực tiếp tổ chức thực hiện việc cung cấp thông tin, trừ các trường hợp sau
đây:

a) Văn phòng Quốc hội có trách nhiệm cung cấp thông tin do Quốc hội, Ủy ban Thường vụ Quốc hội,
cơ quan của Quốc hội, Hội đồng bầu cử quốc gia tạo ra và thông tin do mình tạo ra;

b) Văn phòng Chủ tịch nước có trách nhiệm cung cấp thông tin do Chủ tịch nước tạo ra và thông
tin do mình tạo ra;

c) Văn phòng Chính phủ có trách nhiệm cung cấp thông tin do Chính phủ, Thủ tướng Chính phủ tạo
ra và thông tin do mình tạo ra;

d) Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân cấp tỉnh có trách nhiệm cung cấp thông
tin do Đoàn đại biểu Quốc hội, Hội đồng nhân dân, Thường trực Hội đồng nhân dân, các cơ quan
của Hội đồng nhân dân cấp tỉnh tạo ra và thông tin do mình tạo ra;

đ) Đơn vị đầu mối do Ủy ban nhân dân cấp tỉnh xác định có trách nhiệm cung cấp thông tin do Ủy
ban nhân dân, Chủ tịch Ủy ban nhân dân cấp tỉnh tạo ra và thông tin do mình tạo ra;

e) Đơn vị đầu mối do Ủy ban nhân dân cấp xã xác định có trách nhiệm cung cấp cho công dân cư trú
trên địa bàn thông tin do Hội đồng nhân dân, Thường trực Hội đồng nhân dân, các cơ quan của Hội
đồng nhân dân, Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân, các cơ quan chuyên môn, tổ chức hành
chính khác của cấp mình tạo ra và thông tin do mình tạo ra; cung cấp cho công dân khác thông
tin này trong trường hợp liên quan trực tiếp đến quyền và lợi ích hợp pháp của họ;

g) Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an quy định đầu mối thực hiện cung cấp thông tin
trong hệ thống tổ chức của mình.

3. Cơ quan, đơn vị có trách nhiệm cung cấp thông tin do mình nắm giữ trong trường hợp việc cung
cấp thông tin là cần thiết để bảo vệ lợi ích công cộng, sức khỏe của cộng đồng.

4. Đối với hồ sơ, tài liệu có chứa cả thông tin công dân không được tiếp cận, thông tin công dân
được tiếp cận và các phần thông tin có thể được phân tách hợp lý, các cơ quan, đơn vị xem xét,
quyết định cung cấp một phần hồ sơ, tài liệu chứa thông tin công dân được tiếp cận.

A decision of the provincial People's Committee is provided by the focal unit the Committee
names; a commune's information goes to a citizen living elsewhere only if it bears directly on
that citizen's rights:

>>> from datetime import date
>>> information_provider("provincial_peoples_committee", on=date(2026, 9, 1)).outcome.provider
'provincial_focal_unit'
>>> d = information_provider(
...     "commune_authorities", on=date(2026, 9, 1), resides_locally=False, concerns_own_rights=False
... )
>>> d.outcome.provider, d.outcome.must_provide
('commune_focal_unit', False)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = [
    "Creator",
    "PartialProvision",
    "Provider",
    "ProviderKind",
    "held_information_must_be_provided",
    "information_provider",
    "partial_provision",
]

# Who created the information asked for.
Creator = Literal[
    "national_assembly",  # Quốc hội, UBTVQH, cơ quan của Quốc hội, Hội đồng bầu cử quốc gia
    "national_assembly_office",
    "president",
    "president_office",
    "government",  # Chính phủ, Thủ tướng Chính phủ
    "government_office",
    "provincial_council",  # Đoàn ĐBQH, HĐND, Thường trực HĐND, cơ quan của HĐND cấp tỉnh
    "provincial_council_office",
    "provincial_peoples_committee",  # UBND, Chủ tịch UBND cấp tỉnh
    "provincial_focal_unit",
    "commune_authorities",  # HĐND, UBND cấp xã, their chairs, bodies, specialised agencies
    "commune_focal_unit",
    "defence",  # the organisation of the Ministry of National Defence
    "public_security",  # the organisation of the Ministry of Public Security
    "other_agency",  # any other agency or essential public-service unit
]
ProviderKind = Literal[
    "national_assembly_office",
    "president_office",
    "government_office",
    "provincial_council_office",
    "provincial_focal_unit",
    "commune_focal_unit",
    "ministry_focal_point",
    "creating_agency",
]
_POINT: dict[str, tuple[str | None, ProviderKind]] = {
    "national_assembly": ("a", "national_assembly_office"),
    "national_assembly_office": ("a", "national_assembly_office"),
    "president": ("b", "president_office"),
    "president_office": ("b", "president_office"),
    "government": ("c", "government_office"),
    "government_office": ("c", "government_office"),
    "provincial_council": ("d", "provincial_council_office"),
    "provincial_council_office": ("d", "provincial_council_office"),
    "provincial_peoples_committee": ("dd", "provincial_focal_unit"),
    "provincial_focal_unit": ("dd", "provincial_focal_unit"),
    "commune_authorities": ("e", "commune_focal_unit"),
    "commune_focal_unit": ("e", "commune_focal_unit"),
    "defence": ("g", "ministry_focal_point"),
    "public_security": ("g", "ministry_focal_point"),
    "other_agency": (None, "creating_agency"),
}


class Provider(BaseModel):
    """Who provides information created by a body (Art 10.2), and whether to this requester."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    created_by: Creator
    provider: ProviderKind
    art10_point: str | None  # None: the general rule of 10.2 (the agency itself)
    # False only under 10.2(e) for a non-resident whose rights are not directly concerned;
    # None when 10.2(e) applies and residence or concern is not given
    must_provide: bool | None = True


def _flag(value: object, name: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise InvalidInput(msg("errors.true_false_or_none", name=name, value=f"{value!r:.60}"))
    return value


# Khoản 2: "Cơ quan, đơn vị trực tiếp tổ chức thực hiện việc cung cấp thông tin, trừ các trường
# hợp sau đây" a)–g); khoản 1: "cung cấp thông tin do mình tạo ra"
@rule(LAW.cite(10, 2), LAW.cite(10, 1), key="on")
def information_provider(
    created_by: Creator,
    *,
    on: date | datetime,
    resides_locally: bool | None = None,
    concerns_own_rights: bool | None = None,
    strict: bool = False,
) -> Finding[Provider]:
    """Which office or focal point provides information created by ``created_by`` (Art 10.2).

    ``resides_locally``, ``concerns_own_rights``: for commune information (10.2(e)), whether
    the requester lives in the commune and whether the information bears directly on their
    rights and legitimate interests (None: not known).
    """
    as_vn_date(on, "on")
    check_bool(strict=strict)
    creator = choose(created_by, "created_by", tuple(_POINT))
    resident = _flag(resides_locally, "resides_locally")
    concerned = _flag(concerns_own_rights, "concerns_own_rights")
    point, provider = _POINT[creator]
    must: bool | None = True
    key = f"law_01_2026.art10.provider.{provider}"
    if provider == "commune_focal_unit":
        if resident:
            key += ".resident"
        elif concerned:
            key += ".concerned"
        elif resident is False and concerned is False:
            must, key = False, key + ".not_concerned"
        else:
            must, key = None, key + ".unknown"
    out = Provider(
        created_by=creator,
        provider=provider,
        art10_point=None if point is None else ("đ" if point == "dd" else point),
        must_provide=must,
    )
    basis = () if point is None else (LAW.cite(10, 2, point),)
    return Finding(outcome=out, basis=basis, explanation=msg(key))


# Khoản 3: "cung cấp thông tin do mình nắm giữ trong trường hợp việc cung cấp thông tin là cần
# thiết để bảo vệ lợi ích công cộng, sức khỏe của cộng đồng"
@rule(LAW.cite(10, 3), key="on")
def held_information_must_be_provided(
    *, necessary_for_public_interest_or_health: bool, on: date | datetime, strict: bool = False
) -> Finding[bool]:
    """Whether an agency must provide information it holds but did not create (Art 10.3)."""
    as_vn_date(on, "on")
    check_bool(
        necessary_for_public_interest_or_health=necessary_for_public_interest_or_health,
        strict=strict,
    )
    if necessary_for_public_interest_or_health:
        return Finding(outcome=True, explanation=msg("law_01_2026.art10.held.necessary"))
    return Finding(outcome=False, explanation=msg("law_01_2026.art10.held.not_necessary"))


# provide_whole: nothing closed in it; consider_partial: 10.4 applies ("xem xét, quyết định");
# no_partial: the closed part cannot reasonably be separated, or nothing open remains.
PartialProvision = Literal["provide_whole", "consider_partial", "no_partial"]


# Khoản 4: "có chứa cả thông tin công dân không được tiếp cận, thông tin công dân được tiếp cận
# và các phần thông tin có thể được phân tách hợp lý … xem xét, quyết định cung cấp một phần"
@rule(LAW.cite(10, 4), key="on")
def partial_provision(
    *,
    has_closed_part: bool,
    has_open_part: bool = True,
    separable: bool,
    on: date | datetime,
    strict: bool = False,
) -> Finding[PartialProvision]:
    """Whether a file mixing closed and open information may be provided in part (Art 10.4).

    ``has_closed_part``: it contains information citizens may not access (Art 15, or Art 16
    without its conditions); ``has_open_part``: it contains information they may access;
    ``separable``: the parts can reasonably be separated.
    """
    as_vn_date(on, "on")
    check_bool(
        has_closed_part=has_closed_part,
        has_open_part=has_open_part,
        separable=separable,
        strict=strict,
    )
    if not has_closed_part:
        return Finding(
            outcome="provide_whole",
            basis=(LAW.cite(10, 1),),
            explanation=msg("law_01_2026.art10.partial.whole"),
        )
    if has_open_part and separable:
        return Finding(
            outcome="consider_partial", explanation=msg("law_01_2026.art10.partial.consider")
        )
    key = "not_separable" if has_open_part else "nothing_open"
    return Finding(
        outcome="no_partial",
        basis=(LAW.cite(27, 1),),
        explanation=msg(f"law_01_2026.art10.partial.{key}"),
    )
