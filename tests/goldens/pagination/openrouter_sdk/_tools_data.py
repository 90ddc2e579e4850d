"""The agent tools of the Pagination Fixture API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "customers_list_customers",
    "orders_list_customer_orders",
)

TOOLS: dict[str, dict[str, Any]] = {
    "customers_list_customers": {
        "name": "customers_list_customers",
        "operation_id": "listCustomers",
        "client_method": "customers.list_customers",
        "description": "List customers. Returns one page of customers; use `offset` and `limit` to page through `total_count` results.",
        "input_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 0,
                    "description": "Number of items to skip before the first returned item.",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Maximum number of items to return.",
                },
                "email": {"type": "string", "description": "Filter by exact email address."},
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of items to skip before the first returned item.",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of items to return.",
                },
                "email": {
                    "type": ["string", "null"],
                    "description": "Filter by exact email address.",
                },
            },
            "required": ["offset", "limit", "email"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "email": {"type": "string"},
                            "name": {"type": "string"},
                        },
                    },
                },
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"offset": "offset", "limit": "limit", "email": "email"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "orders_list_customer_orders": {
        "name": "orders_list_customer_orders",
        "operation_id": "listCustomerOrders",
        "client_method": "orders.list_customer_orders",
        "description": "List a customer's orders. Returns one page of orders for a customer, newest first.",
        "input_schema": {
            "type": "object",
            "properties": {
                "customer_id": {"type": "string"},
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 0,
                    "description": "Number of items to skip.",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 500,
                    "default": 100,
                    "description": "Page size.",
                },
            },
            "required": ["customer_id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "customer_id": {"type": "string"},
                "offset": {"type": ["integer", "null"], "description": "Number of items to skip."},
                "limit": {"type": ["integer", "null"], "description": "Page size."},
            },
            "required": ["customer_id", "offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "total_cents": {"type": "integer"},
                            "status": {"type": "string"},
                        },
                    },
                },
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"customer_id": "customer_id", "offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
}
