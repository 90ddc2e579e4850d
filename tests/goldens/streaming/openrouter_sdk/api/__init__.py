"""One module per client group; each operation as a sync and an async function.

- `chat`: chat
"""
