"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._metric_sample import MetricSample as MetricSample
    from ._metric_summary import MetricSummary as MetricSummary
    from ._metric_summary_closed import MetricSummaryClosed as MetricSummaryClosed
    from ._metrics_get_parameters_query import (
        MetricsGetParametersQuery as MetricsGetParametersQuery,
    )
    from ._metrics_get_response import MetricsGetResponse as MetricsGetResponse

_MODULES: dict[str, str] = {
    "MetricSample": "_metric_sample",
    "MetricSummary": "_metric_summary",
    "MetricSummaryClosed": "_metric_summary_closed",
    "MetricsGetParametersQuery": "_metrics_get_parameters_query",
    "MetricsGetResponse": "_metrics_get_response",
}

__all__ = [
    "MetricSample",
    "MetricSummary",
    "MetricSummaryClosed",
    "MetricsGetParametersQuery",
    "MetricsGetResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
