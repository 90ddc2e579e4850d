"""The base class of every generated model.

`defer_build` keeps importing the models module cheap: a model's validator is built
on first use, and only for the models that use reaches.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["SDKModel"]


class SDKModel(BaseModel):
    model_config = ConfigDict(
        defer_build=True,
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
    )
