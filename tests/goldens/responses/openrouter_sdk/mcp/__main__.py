"""`python -m openrouter_sdk.mcp`: the MCP server over stdio."""

from __future__ import annotations

import sys

from . import main

if __name__ == "__main__":  # importing the module (a tool that imports every module) runs nothing
    sys.exit(main())
