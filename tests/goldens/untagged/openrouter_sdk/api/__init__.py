"""One module per client group; each operation as a sync and an async function.

- `default`: default
- `users`: users
"""
