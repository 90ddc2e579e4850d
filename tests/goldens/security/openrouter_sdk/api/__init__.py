"""One module per client group; each operation as a sync and an async function.

- `account`: account
- `system`: system
- `admin`: admin
"""
