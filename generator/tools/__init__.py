"""Agent tools from the IR: per-tool data (build), its schemas (schema) and options
(`[tool.sdkgen.mcp]`: options), read by the generated tools module, MCP server and SKILL.md."""
