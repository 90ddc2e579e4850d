"""sdkgen: turns an OpenAPI 3.x document into a typed Python SDK."""

__version__ = "0.1.0"
