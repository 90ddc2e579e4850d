"""`make tools-list`: rewrite tests/tools_list.json after an intended change to the agent
tools (names, hints, schemas). Review the diff."""

from tests.mcp_snapshot import update

if __name__ == "__main__":
    update()
