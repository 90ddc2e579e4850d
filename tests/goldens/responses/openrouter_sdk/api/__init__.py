"""One module per client group; each operation as a sync and an async function.

- `widgets`: widgets
- `feeds`: feeds
- `legacy`: legacy
"""
