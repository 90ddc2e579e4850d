"""A parsed response dumped back to what the body held: fields of another type, which a
lenient parse leaves out of the model (reading them raises FieldNotSentError), are put
back from the error's value."""

from __future__ import annotations

from typing import Any

import pydantic


def with_raw_values(value: Any, dumped: Any) -> Any:
    """`dumped` (a wire-shaped dump of `value`) with every field that raises
    FieldNotSentError because the server sent another type put back as the error's value:
    what the body held, field by field."""
    from openrouter_sdk import FieldNotSentError  # the generated package: on the path by then

    if isinstance(value, pydantic.BaseModel):
        out = dict(dumped)
        for name, field in type(value).model_fields.items():
            try:
                inner = getattr(value, name)
            except FieldNotSentError as error:
                if error.sent:
                    out[field.alias or name] = error.value
                continue
            key = field.alias or name
            if key in out:
                out[key] = with_raw_values(inner, out[key])
        return out
    if isinstance(value, list) and isinstance(dumped, list):
        return [with_raw_values(v, d) for v, d in zip(value, dumped, strict=True)]
    return dumped
