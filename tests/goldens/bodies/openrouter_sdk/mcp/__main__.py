"""`python -m openrouter_sdk.mcp`: the MCP server over stdio."""

from __future__ import annotations

import sys

from . import main

sys.exit(main())
