"""One module per tag of the API; each operation as a sync and an async function.

- `files`: files
- `audio`: audio
- `exports`: exports
"""
