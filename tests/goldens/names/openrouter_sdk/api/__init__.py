"""One module per client group; each operation as a sync and an async function.

- `api_keys`: API Keys
- `beta_responses`: beta.responses
- `anthropic_messages`: Anthropic Messages
"""
