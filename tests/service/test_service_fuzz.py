"""The OpenAPI document, property-tested with schemathesis against a real server.

For every operation of ``/openapi.json`` schemathesis generates requests from the schema
(valid ones, and invalid ones to check they are refused) and sends them to the server of
``tests/service/conftest.py``. Each response must not be a 5xx, must have a documented status
code, content type and headers, and must match its schema; invalid input must get a 4xx.

``make test`` runs a modest number of examples per operation (``ACCESSINFO_FUZZ_EXAMPLES``,
default 3: the machine is shared) on every operation but the per-rule evaluations;
``make fuzz`` sets ``ACCESSINFO_FUZZ_ALL=1`` (every operation), ``ACCESSINFO_FUZZ_COVERAGE=1``
(schemathesis' coverage phase: every boundary case of the schema) and many more examples.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import checks
from schemathesis.config import SchemathesisConfig

from accessinfo.surfaces.service import ServiceSettings, create_app
from tests.service.conftest import Server, loopback_allowed

EXAMPLES = int(os.environ.get("ACCESSINFO_FUZZ_EXAMPLES", "3"))
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.negative_data_rejection,
]


@pytest.fixture(scope="module", autouse=True)
def _loopback_module() -> Iterator[None]:
    with loopback_allowed():
        yield


# The coverage phase (every boundary case the schema defines: ~1,000 requests per operation)
# runs only under `make fuzz` (ACCESSINFO_FUZZ_COVERAGE=1).
CONFIG = SchemathesisConfig.from_dict(
    {
        "phases": {"coverage": {"enabled": os.environ.get("ACCESSINFO_FUZZ_COVERAGE") == "1"}},
        "generation": {"max-examples": EXAMPLES, "database": "none"},
        # invalid data must be refused with a 4xx; schemathesis' list lacks 413, which is how
        # the service refuses a body over its 64 KiB limit (a `make fuzz` run sent one)
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]
            }
        },
    }
)
# the document of the default settings; built at collection (about two seconds)
schema = schemathesis.openapi.from_dict(
    create_app(ServiceSettings(max_trace_steps=200)).openapi(), config=CONFIG
)
if os.environ.get("ACCESSINFO_FUZZ_ALL") != "1":
    # `make test`: the facades, calendar, registry, schema and .ics operations; the 88 rule
    # evaluations (POST /v1/rules/<id>, same machinery) are fuzzed by `make fuzz` and checked
    # against the golden cases by test_service_golden.py
    schema = schema.exclude(path_regex=r"^/v1/rules/[^{]")


@schema.parametrize()
@hypothesis.settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("ACCESSINFO_FUZZ_RANDOM") is None,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
def test_openapi_document(case: Any, server: Server) -> None:
    case.call_and_validate(base_url=server.url, checks=CHECKS, timeout=30)
