"""One module per client group; each operation as a sync and an async function.

- `api_keys`: API key management endpoints
- `analytics`: Analytics and usage endpoints
- `anthropic_messages`: Anthropic Messages endpoints
- `chat`: Chat completion endpoints
- `credits`: Credit management endpoints
- `embeddings`: Text embedding endpoints
- `endpoints`: Endpoint information
- `generations`: Generation history endpoints
- `guardrails`: Guardrails endpoints
- `models_api`: Model information endpoints
- `oauth`: OAuth authentication endpoints
- `organization`: Organization endpoints
- `providers`: Provider information endpoints
- `rerank`: Reranking endpoints
- `beta_responses`: beta.responses endpoints
"""
