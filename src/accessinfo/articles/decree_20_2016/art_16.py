"""Điều 16. Khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính

Decree 20/2016/NĐ-CP, Art. 16: the national database on administrative violations is used in
three ways — a network connection, online lookup on the Ministry of Justice's portal, and a
written request — by four groups: the sanctioning and enforcing bodies of Art 2, other state
bodies and officials directly involved in handling violations, the state-power bodies that
supervise that work (who may ask for and receive information), and sanctioned organisations
and individuals, who receive information about their own case on application and pay for it.
The Minister of Justice details the rest (Circular 13/2016/TT-BTP Arts 16–18: connection for
agencies managing a sector database, online lookup, written requests for supervisory bodies
and sanctioned persons).

Clauses encoded (verbatim, seed 001):

1. Các hình thức khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính bao
gồm:

a) Kết nối qua mạng máy tính với Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính;

b) Tra cứu thông tin trực tuyến trên cổng thông tin điện tử do Bộ Tư pháp quy định;

c) Văn bản yêu cầu.

2. Đối tượng được khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính bao
gồm:

a) Các đối tượng quy định tại Điều 2 Nghị định này;

b) Các cơ quan nhà nước, cán bộ, công chức, viên chức khác có liên quan trực tiếp đến công tác
xử lý vi phạm hành chính;

c) Các cơ quan quyền lực nhà nước thực hiện chức năng giám sát công tác xử lý vi phạm hành
chính có quyền yêu cầu và được cung cấp thông tin để phục vụ hoạt động giám sát theo quy định
của pháp luật;

d) Tổ chức bị xử phạt, cá nhân bị xử lý vi phạm hành chính được cung cấp thông tin về việc xử
lý vi phạm hành chính của mình khi có đơn đề nghị và phải trả phí theo quy định.

3. Bộ trưởng Bộ Tư pháp quy định cụ thể việc khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử
lý vi phạm hành chính.

>>> from datetime import date
>>> access_forms("sanctioned_person", on=date(2026, 3, 2)).outcome.forms
('written_request',)
>>> u = DatabaseUser(kind="state_official", manages_sector_database=True)
>>> access_forms(u, on=date(2026, 3, 2)).outcome.forms
('network_connection', 'online_lookup')
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from accessinfo.articles.circular_13_2016 import INSTRUMENT as CIRCULAR
from accessinfo.articles.circular_13_2016._types import AccessForm
from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding
from accessinfo.core.inputs import InputModel
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as DECREE

__all__ = [
    "FORMS",
    "AccessForm",
    "AccessForms",
    "DatabaseUser",
    "LookupReading",
    "UserKind",
    "access_forms",
    "database_forms",
]

# Art 16.2: a) the bodies of Art 2 (sanctioning, enforcing, applying handling measures);
# b) other state bodies and officials directly involved; c) supervisory state-power bodies;
# d) sanctioned organisations and individuals; "other": anyone else (not entitled).
UserKind = Literal[
    "sanctioning_body", "state_official", "supervisory_body", "sanctioned_person", "other"
]
LookupReading = Literal["involved_users", "any_entitled_user", "raise"]

FORMS: tuple[AccessForm, ...] = get_args(AccessForm)
_POINT = {
    "sanctioning_body": "a",
    "state_official": "b",
    "supervisory_body": "c",
    "sanctioned_person": "d",
}


class DatabaseUser(InputModel):
    """Who wants to use the database. ``manages_sector_database``: the user is (or heads) an
    agency managing a sector database ("cơ quan quản lý cơ sở dữ liệu chuyên ngành", Circular
    13/2016 Art 16.1), the only kind of user that may connect over the network."""

    kind: UserKind
    manages_sector_database: bool = False


class AccessForms(BaseModel):
    """The forms of use open to one user, and the limits attached to them."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    kind: UserKind
    entitled: bool
    forms: tuple[AccessForm, ...] = ()
    own_records_only: bool = False  # Art 16.2(d): their own handling only
    pays: bool = False  # Art 16.2(d), Circular Art 20


# Khoản 1: "Các hình thức khai thác và sử dụng … bao gồm: a) Kết nối …; b) Tra cứu …; c) Văn bản"
@rule(DECREE.cite(16, 1), family="violations_db.forms", key="on")
def database_forms(*, on: date | datetime) -> Finding[tuple[AccessForm, ...]]:
    """The three forms in which the violations database is used."""
    as_vn_date(on, "on")
    return Finding(outcome=FORMS, explanation=msg("decree_20_2016.art16.forms"))


# Khoản 2: "Đối tượng được khai thác và sử dụng …"; khoản 3 hands the detail to the circular
@rule(DECREE.cite(16, 2), DECREE.cite(16, 3), family="violations_db.access_forms", key="on")
def access_forms(
    user: DatabaseUser | UserKind,
    *,
    on: date | datetime,
    online_lookup: LookupReading = "involved_users",
) -> Finding[AccessForms]:
    """Whether a user may use the violations database, and in which of the three forms.

    ``online_lookup`` is the reading of Circular 13/2016 Art 17.1 ("Cá nhân, tổ chức"): by
    default online lookup is open to the users of Art 16.2(a)–(b), while supervisory bodies and
    sanctioned persons, whom Art 18.1 names, ask in writing; ``"any_entitled_user"`` opens
    lookup to every user of Art 16.2; ``"raise"`` refuses to choose.
    """
    if isinstance(user, str):
        user = DatabaseUser(kind=choose(user, "user", get_args(UserKind)))
    if not isinstance(user, DatabaseUser):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name="user",
                expected=msg("errors.type.database_user", kinds=get_args(UserKind)),
                value=f"{user!r:.60}",
            )
        )
    reading = choose(online_lookup, "online_lookup", get_args(LookupReading))
    as_vn_date(on, "on")
    if reading == "raise":
        raise ambiguous("online_lookup", msg("decree_20_2016.art16.lookup_question"))
    kind = user.kind
    readings = {"online_lookup": reading}
    if kind == "other":
        return Finding(
            outcome=AccessForms(kind=kind, entitled=False),
            explanation=msg("decree_20_2016.art16.not_entitled"),
            readings=readings,
        )
    basis: list[Citation] = [DECREE.cite(16, 2, _POINT[kind])]
    forms: list[AccessForm] = []
    if user.manages_sector_database and kind != "sanctioned_person":
        forms.append("network_connection")
        basis.append(CIRCULAR.cite(16, 1))
    involved = kind in ("sanctioning_body", "state_official")
    if involved or reading == "any_entitled_user":
        forms.append("online_lookup")
        basis.append(CIRCULAR.cite(17, 1))
    if not involved:
        forms.append("written_request")
        basis.append(CIRCULAR.cite(18, 1))
    sanctioned = kind == "sanctioned_person"
    if sanctioned:
        basis.append(CIRCULAR.cite(20, 1))
    out = AccessForms(
        kind=kind,
        entitled=True,
        forms=tuple(f for f in FORMS if f in forms),
        own_records_only=sanctioned,
        pays=sanctioned,
    )
    names = [msg(f"decree_20_2016.form.{f}") for f in out.forms]
    text = msg(
        "decree_20_2016.art16.user_forms",
        user=msg(f"decree_20_2016.user.{kind}"),
        forms=Text(", ".join(names), "; ".join(n.vi for n in names)),
        limits=msg("decree_20_2016.art16.sanctioned_limits") if sanctioned else Text("", ""),
    )
    return Finding(outcome=out, explanation=text, basis=tuple(basis), readings=readings)
