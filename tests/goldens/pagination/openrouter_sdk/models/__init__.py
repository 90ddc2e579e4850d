"""Models of the API's schemas (pydantic v2), one module per schema.

Import them from here (`from openrouter_sdk.models import ChatResult`): a module is
imported only when one of its names is first used. The module layout is an
implementation detail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._customer import Customer as Customer
    from ._customer_page import CustomerPage as CustomerPage
    from ._customers_customer_id_orders_get_parameters_query import (
        CustomersCustomerIdOrdersGetParametersQuery as CustomersCustomerIdOrdersGetParametersQuery,
    )
    from ._customers_customer_id_orders_get_response import (
        CustomersCustomerIdOrdersGetResponse as CustomersCustomerIdOrdersGetResponse,
    )
    from ._customers_get_parameters_query import (
        CustomersGetParametersQuery as CustomersGetParametersQuery,
    )
    from ._order import Order as Order
    from ._order_status import OrderStatus as OrderStatus

_MODULES: dict[str, str] = {
    "Customer": "_customer",
    "CustomerPage": "_customer_page",
    "CustomersCustomerIdOrdersGetParametersQuery": "_customers_customer_id_orders_get_parameters_query",
    "CustomersCustomerIdOrdersGetResponse": "_customers_customer_id_orders_get_response",
    "CustomersGetParametersQuery": "_customers_get_parameters_query",
    "Order": "_order",
    "OrderStatus": "_order_status",
}

__all__ = [
    "Customer",
    "CustomerPage",
    "CustomersCustomerIdOrdersGetParametersQuery",
    "CustomersCustomerIdOrdersGetResponse",
    "CustomersGetParametersQuery",
    "Order",
    "OrderStatus",
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
