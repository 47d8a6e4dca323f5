"""Input and outcome models shared by the articles and the tasks.

``accessinfo.models.requests``: an information request and its deadlines (both laws);
``accessinfo.models.access``: requesters, information items, refusal facts and cost orders.
"""

from __future__ import annotations

import importlib

# The names are imported on first use (PEP 562): a request's deadlines need only
# ``models.requests``, and importing ``models.access`` (a dozen models) would double the
# first answer's wait (issue 13). Type checkers read the eager imports below.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from accessinfo.models.access import (
        AccessClass,
        AccessKind,
        ActsThrough,
        AreaKind,
        CostBreakdown,
        CostItem,
        CostLine,
        CostLineAmount,
        CostOrder,
        CostsStatus,
        DisclosureException,
        Eligibility,
        InformationCategory,
        InformationItem,
        LegalCapacity,
        PaperSize,
        RefusalCase,
        RefusalGround,
        RefusalGroundKind,
        Requester,
        RequesterKind,
        SendingMethod,
        check_flag,
    )
    from accessinfo.models.requests import (
        Channel,
        Complexity,
        InformationRequest,
        RequestDeadlines,
    )

_EXPORTS: dict[str, str] = {
    "AccessClass": "accessinfo.models.access",
    "AccessKind": "accessinfo.models.access",
    "ActsThrough": "accessinfo.models.access",
    "AreaKind": "accessinfo.models.access",
    "CostBreakdown": "accessinfo.models.access",
    "CostItem": "accessinfo.models.access",
    "CostLine": "accessinfo.models.access",
    "CostLineAmount": "accessinfo.models.access",
    "CostOrder": "accessinfo.models.access",
    "CostsStatus": "accessinfo.models.access",
    "DisclosureException": "accessinfo.models.access",
    "Eligibility": "accessinfo.models.access",
    "InformationCategory": "accessinfo.models.access",
    "InformationItem": "accessinfo.models.access",
    "LegalCapacity": "accessinfo.models.access",
    "PaperSize": "accessinfo.models.access",
    "RefusalCase": "accessinfo.models.access",
    "RefusalGround": "accessinfo.models.access",
    "RefusalGroundKind": "accessinfo.models.access",
    "Requester": "accessinfo.models.access",
    "RequesterKind": "accessinfo.models.access",
    "SendingMethod": "accessinfo.models.access",
    "check_flag": "accessinfo.models.access",
    "Channel": "accessinfo.models.requests",
    "Complexity": "accessinfo.models.requests",
    "InformationRequest": "accessinfo.models.requests",
    "RequestDeadlines": "accessinfo.models.requests",
}

# as_model (accessinfo.models.access) is for the authors of rules: importable,
# outside the public API and its bad-input contract (docs/public-api.md).
__all__ = [
    "AccessClass",
    "AccessKind",
    "ActsThrough",
    "AreaKind",
    "Channel",
    "Complexity",
    "CostBreakdown",
    "CostItem",
    "CostLine",
    "CostLineAmount",
    "CostOrder",
    "CostsStatus",
    "DisclosureException",
    "Eligibility",
    "InformationCategory",
    "InformationItem",
    "InformationRequest",
    "LegalCapacity",
    "PaperSize",
    "RefusalCase",
    "RefusalGround",
    "RefusalGroundKind",
    "RequestDeadlines",
    "Requester",
    "RequesterKind",
    "SendingMethod",
    "check_flag",
]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'accessinfo.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
