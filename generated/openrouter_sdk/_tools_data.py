"""The agent tools of the OpenRouter API, one per operation a model can call with JSON
arguments: what `openrouter_sdk.tools` serves. Generated from the document; do not edit."""

from __future__ import annotations

from typing import Any

# The curated tools, in the order an agent sees them (`[tool.sdkgen.mcp.curated]`).
CURATED: tuple[str, ...] = (
    "chat_send",
    "models_list",
    "endpoints_list",
    "models_count",
    "providers_list",
    "embeddings_generate",
    "rerank_rerank",
    "credits_get_credits",
    "api_keys_get_current_key_metadata",
    "generations_get_generation",
    "analytics_get_user_activity",
    "embeddings_list_models",
    "api_keys_list",
)

TOOLS: dict[str, dict[str, Any]] = {
    "chat_send": {
        "name": "chat_send",
        "operation_id": "sendChatCompletionRequest",
        "client_method": "chat.send",
        "description": "Send a chat completion request to a model and return its reply, with token usage and cost.",
        "input_schema": {
            "type": "object",
            "properties": {
                "max_tokens": {
                    "type": "integer",
                    "description": "Maximum tokens (deprecated, use max_completion_tokens).",
                },
                "messages": {
                    "type": "array",
                    "description": "List of messages for the conversation",
                    "items": {
                        "description": "Chat completion message with role-based discrimination",
                        "anyOf": [
                            {
                                "type": "object",
                                "description": "System message for setting behavior",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "System message content",
                                    },
                                    "name": {
                                        "type": "string",
                                        "description": "Optional name for the system message",
                                    },
                                    "role": {"type": "string", "enum": ["system"]},
                                },
                                "required": ["role", "content"],
                            },
                            {
                                "type": "object",
                                "description": "User message",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "User message content",
                                    },
                                    "name": {
                                        "type": "string",
                                        "description": "Optional name for the user",
                                    },
                                    "role": {"type": "string", "enum": ["user"]},
                                },
                                "required": ["role", "content"],
                            },
                            {
                                "type": "object",
                                "description": "Developer message",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "Developer message content",
                                    },
                                    "name": {
                                        "type": "string",
                                        "description": "Optional name for the developer message",
                                    },
                                    "role": {"type": "string", "enum": ["developer"]},
                                },
                                "required": ["role", "content"],
                            },
                            {
                                "type": "object",
                                "description": "Assistant message for requests and responses",
                                "properties": {
                                    "audio": {
                                        "type": "object",
                                        "description": "Audio output data or reference",
                                        "properties": {},
                                    },
                                    "content": {
                                        "type": "string",
                                        "description": "Assistant message content",
                                    },
                                    "images": {
                                        "type": "array",
                                        "description": "Generated images from image generation models",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "image_url": {
                                                    "type": "object",
                                                    "properties": {
                                                        "url": {
                                                            "type": "string",
                                                            "description": "URL or base64-encoded data of the generated image",
                                                        }
                                                    },
                                                    "required": ["url"],
                                                }
                                            },
                                            "required": ["image_url"],
                                        },
                                    },
                                    "name": {
                                        "type": "string",
                                        "description": "Optional name for the assistant",
                                    },
                                    "reasoning": {
                                        "type": ["string", "null"],
                                        "description": "Reasoning output",
                                    },
                                    "reasoning_details": {
                                        "type": "array",
                                        "description": "Reasoning details for extended thinking models",
                                        "items": {
                                            "type": "object",
                                            "description": "Reasoning detail union schema",
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["reasoning.text"],
                                                }
                                            },
                                            "required": ["type"],
                                        },
                                    },
                                    "refusal": {
                                        "type": ["string", "null"],
                                        "description": "Refusal message if content was refused",
                                    },
                                    "role": {"type": "string", "enum": ["assistant"]},
                                    "tool_calls": {
                                        "type": "array",
                                        "description": "Tool calls made by the assistant",
                                        "items": {
                                            "type": "object",
                                            "description": "Tool call made by the assistant",
                                            "properties": {
                                                "function": {
                                                    "type": "object",
                                                    "properties": {
                                                        "arguments": {
                                                            "type": "string",
                                                            "description": "Function arguments as JSON string",
                                                        },
                                                        "name": {
                                                            "type": "string",
                                                            "description": "Function name to call",
                                                        },
                                                    },
                                                    "required": ["name", "arguments"],
                                                },
                                                "id": {
                                                    "type": "string",
                                                    "description": "Tool call identifier",
                                                },
                                                "type": {"type": "string", "enum": ["function"]},
                                            },
                                            "required": ["id", "type", "function"],
                                        },
                                    },
                                },
                                "required": ["role"],
                            },
                            {
                                "type": "object",
                                "description": "Tool response message",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "Tool response content",
                                    },
                                    "role": {"type": "string", "enum": ["tool"]},
                                    "tool_call_id": {
                                        "type": "string",
                                        "description": "ID of the assistant message tool call this message responds to",
                                    },
                                },
                                "required": ["role", "content", "tool_call_id"],
                            },
                        ],
                    },
                },
                "model": {"type": "string", "description": "Model to use for completion"},
                "temperature": {
                    "type": "number",
                    "format": "double",
                    "description": "Sampling temperature (0-2)",
                },
                "extra": {
                    "type": "object",
                    "description": "Further request fields: cache_control, debug, frequency_penalty, image_config, logit_bias, logprobs, max_completion_tokens, metadata, modalities, models, parallel_tool_calls, plugins, presence_penalty, provider, reasoning, response_format, route, seed, service_tier, session_id, stop, stream_options, tool_choice, tools, ...",
                },
            },
            "required": ["messages"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "max_tokens": {
                    "type": ["integer", "null"],
                    "description": "Maximum tokens (deprecated, use max_completion_tokens).",
                },
                "messages": {
                    "type": "array",
                    "description": "List of messages for the conversation",
                    "items": {
                        "anyOf": [
                            {
                                "type": "object",
                                "description": "System message for setting behavior",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "System message content",
                                    },
                                    "name": {
                                        "type": ["string", "null"],
                                        "description": "Optional name for the system message",
                                    },
                                    "role": {"type": "string", "enum": ["system"]},
                                },
                                "required": ["content", "name", "role"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "description": "User message",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "User message content",
                                    },
                                    "name": {
                                        "type": ["string", "null"],
                                        "description": "Optional name for the user",
                                    },
                                    "role": {"type": "string", "enum": ["user"]},
                                },
                                "required": ["content", "name", "role"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "description": "Developer message",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "Developer message content",
                                    },
                                    "name": {
                                        "type": ["string", "null"],
                                        "description": "Optional name for the developer message",
                                    },
                                    "role": {"type": "string", "enum": ["developer"]},
                                },
                                "required": ["content", "name", "role"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "description": "Assistant message for requests and responses",
                                "properties": {
                                    "audio": {
                                        "type": ["object", "null"],
                                        "description": "Audio output data or reference",
                                        "properties": {},
                                        "required": [],
                                        "additionalProperties": False,
                                    },
                                    "content": {
                                        "type": ["string", "null"],
                                        "description": "Assistant message content",
                                    },
                                    "images": {
                                        "type": ["array", "null"],
                                        "description": "Generated images from image generation models",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "image_url": {
                                                    "type": "object",
                                                    "properties": {
                                                        "url": {
                                                            "type": "string",
                                                            "description": "URL or base64-encoded data of the generated image",
                                                        }
                                                    },
                                                    "required": ["url"],
                                                    "additionalProperties": False,
                                                }
                                            },
                                            "required": ["image_url"],
                                            "additionalProperties": False,
                                        },
                                    },
                                    "name": {
                                        "type": ["string", "null"],
                                        "description": "Optional name for the assistant",
                                    },
                                    "reasoning": {
                                        "type": ["string", "null"],
                                        "description": "Reasoning output",
                                    },
                                    "reasoning_details": {
                                        "type": ["array", "null"],
                                        "description": "Reasoning details for extended thinking models",
                                        "items": {
                                            "type": "object",
                                            "description": "Reasoning detail union schema",
                                            "properties": {
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["reasoning.text"],
                                                }
                                            },
                                            "required": ["type"],
                                            "additionalProperties": False,
                                        },
                                    },
                                    "refusal": {
                                        "type": ["string", "null"],
                                        "description": "Refusal message if content was refused",
                                    },
                                    "role": {"type": "string", "enum": ["assistant"]},
                                    "tool_calls": {
                                        "type": ["array", "null"],
                                        "description": "Tool calls made by the assistant",
                                        "items": {
                                            "type": "object",
                                            "description": "Tool call made by the assistant",
                                            "properties": {
                                                "function": {
                                                    "type": "object",
                                                    "properties": {
                                                        "arguments": {
                                                            "type": "string",
                                                            "description": "Function arguments as JSON string",
                                                        },
                                                        "name": {
                                                            "type": "string",
                                                            "description": "Function name to call",
                                                        },
                                                    },
                                                    "required": ["arguments", "name"],
                                                    "additionalProperties": False,
                                                },
                                                "id": {
                                                    "type": "string",
                                                    "description": "Tool call identifier",
                                                },
                                                "type": {"type": "string", "enum": ["function"]},
                                            },
                                            "required": ["function", "id", "type"],
                                            "additionalProperties": False,
                                        },
                                    },
                                },
                                "required": [
                                    "audio",
                                    "content",
                                    "images",
                                    "name",
                                    "reasoning",
                                    "reasoning_details",
                                    "refusal",
                                    "role",
                                    "tool_calls",
                                ],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "description": "Tool response message",
                                "properties": {
                                    "content": {
                                        "type": "string",
                                        "description": "Tool response content",
                                    },
                                    "role": {"type": "string", "enum": ["tool"]},
                                    "tool_call_id": {
                                        "type": "string",
                                        "description": "ID of the assistant message tool call this message responds to",
                                    },
                                },
                                "required": ["content", "role", "tool_call_id"],
                                "additionalProperties": False,
                            },
                        ],
                        "description": "Chat completion message with role-based discrimination",
                    },
                },
                "model": {"type": ["string", "null"], "description": "Model to use for completion"},
                "temperature": {
                    "type": ["number", "null"],
                    "description": "Sampling temperature (0-2)",
                },
                "extra": {
                    "type": ["string", "null"],
                    "description": "A JSON object of further request fields: cache_control, debug, frequency_penalty, image_config, logit_bias, logprobs, max_completion_tokens, metadata, modalities, models, parallel_tool_calls, plugins, presence_penalty, provider, reasoning, response_format, route, seed, service_tier, session_id, stop, stream_options, tool_choice, tools, ...",
                },
            },
            "required": ["max_tokens", "messages", "model", "temperature", "extra"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "choices": {"type": "array"},
                "created": {"type": "integer"},
                "id": {"type": "string"},
                "model": {"type": "string"},
                "object": {"type": "string"},
                "service_tier": {"type": ["string", "null"]},
                "system_fingerprint": {"type": ["string", "null"]},
                "usage": {"type": "object"},
                "provider": {"type": "string"},
                "content": {"type": "string"},
                "finish_reason": {"type": "string"},
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "max_tokens": "max_tokens",
            "messages": "messages",
            "model": "model",
            "temperature": "temperature",
        },
        "extra": {
            "cache_control": "cache_control",
            "debug": "debug",
            "frequency_penalty": "frequency_penalty",
            "image_config": "image_config",
            "logit_bias": "logit_bias",
            "logprobs": "logprobs",
            "max_completion_tokens": "max_completion_tokens",
            "metadata": "metadata",
            "modalities": "modalities",
            "models": "models",
            "parallel_tool_calls": "parallel_tool_calls",
            "plugins": "plugins",
            "presence_penalty": "presence_penalty",
            "provider": "provider",
            "reasoning": "reasoning",
            "response_format": "response_format",
            "route": "route",
            "seed": "seed",
            "service_tier": "service_tier",
            "session_id": "session_id",
            "stop": "stop",
            "stream_options": "stream_options",
            "tool_choice": "tool_choice",
            "tools": "tools",
            "top_logprobs": "top_logprobs",
            "top_p": "top_p",
            "trace": "trace",
            "user": "user",
        },
        "curated": True,
        "stream": "stream",
    },
    "models_list": {
        "name": "models_list",
        "operation_id": "getModels",
        "client_method": "models.list",
        "description": "List the models available on OpenRouter, with pricing, context length and supported parameters.",
        "input_schema": {
            "type": "object",
            "properties": {
                "category": {
                    "type": "string",
                    "enum": [
                        "programming",
                        "roleplay",
                        "marketing",
                        "marketing/seo",
                        "technology",
                        "science",
                        "translation",
                        "legal",
                        "finance",
                        "health",
                        "trivia",
                        "academia",
                    ],
                    "description": "Filter models by use case category",
                },
                "supported_parameters": {
                    "type": "string",
                    "description": "Filter models by supported parameter (comma-separated)",
                },
                "output_modalities": {
                    "type": "string",
                    "description": "Filter models by output modality.",
                },
                "use_rss": {"type": "string", "description": "Return results as RSS feed"},
                "use_rss_chat_links": {
                    "type": "string",
                    "description": "Use chat links in RSS feed items",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "category": {
                    "type": ["string", "null"],
                    "enum": [
                        "programming",
                        "roleplay",
                        "marketing",
                        "marketing/seo",
                        "technology",
                        "science",
                        "translation",
                        "legal",
                        "finance",
                        "health",
                        "trivia",
                        "academia",
                        None,
                    ],
                    "description": "Filter models by use case category",
                },
                "supported_parameters": {
                    "type": ["string", "null"],
                    "description": "Filter models by supported parameter (comma-separated)",
                },
                "output_modalities": {
                    "type": ["string", "null"],
                    "description": "Filter models by output modality.",
                },
                "use_rss": {
                    "type": ["string", "null"],
                    "description": "Return results as RSS feed",
                },
                "use_rss_chat_links": {
                    "type": ["string", "null"],
                    "description": "Use chat links in RSS feed items",
                },
            },
            "required": [
                "category",
                "supported_parameters",
                "output_modalities",
                "use_rss",
                "use_rss_chat_links",
            ],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {
            "category": "category",
            "supported_parameters": "supported_parameters",
            "output_modalities": "output_modalities",
            "use_rss": "use_rss",
            "use_rss_chat_links": "use_rss_chat_links",
        },
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "endpoints_list": {
        "name": "endpoints_list",
        "operation_id": "listEndpoints",
        "client_method": "endpoints.list",
        "description": "List the provider endpoints of one model (author/slug), with their pricing, latency and limits.",
        "input_schema": {
            "type": "object",
            "properties": {
                "author": {"type": "string", "description": "The author/organization of the model"},
                "slug": {"type": "string", "description": "The model slug"},
            },
            "required": ["author", "slug"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "author": {"type": "string", "description": "The author/organization of the model"},
                "slug": {"type": "string", "description": "The model slug"},
            },
            "required": ["author", "slug"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "object",
                    "properties": {
                        "architecture": {"type": "object"},
                        "created": {"type": "integer"},
                        "description": {"type": "string"},
                        "endpoints": {"type": "array"},
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                    },
                }
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"author": "author", "slug": "slug"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "models_count": {
        "name": "models_count",
        "operation_id": "listModelsCount",
        "client_method": "models.count",
        "description": "Get total count of available models",
        "input_schema": {
            "type": "object",
            "properties": {
                "output_modalities": {
                    "type": "string",
                    "description": "Filter models by output modality.",
                }
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "output_modalities": {
                    "type": ["string", "null"],
                    "description": "Filter models by output modality.",
                }
            },
            "required": ["output_modalities"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {"type": "object", "properties": {"count": {"type": "integer"}}}
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"output_modalities": "output_modalities"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "providers_list": {
        "name": "providers_list",
        "operation_id": "listProviders",
        "client_method": "providers.list",
        "description": "List all providers",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "embeddings_generate": {
        "name": "embeddings_generate",
        "operation_id": "createEmbeddings",
        "client_method": "embeddings.generate",
        "description": "Submit an embedding request. Submits an embedding request to the embeddings router",
        "input_schema": {
            "type": "object",
            "properties": {
                "dimensions": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "The number of dimensions for the output embeddings",
                },
                "encoding_format": {
                    "type": "string",
                    "enum": ["float", "base64"],
                    "description": "The format of the output embeddings",
                },
                "input": {
                    "description": "Text, token, or multimodal input(s) to embed",
                    "anyOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"type": "string"}},
                        {"type": "array", "items": {"type": "number"}},
                        {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "content": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "text": {"type": "string"},
                                                "type": {"type": "string", "enum": ["text"]},
                                            },
                                            "required": ["type", "text"],
                                        },
                                    }
                                },
                                "required": ["content"],
                            },
                        },
                    ],
                },
                "model": {"type": "string", "description": "The model to use for embeddings"},
                "extra": {
                    "type": "object",
                    "description": "Further request fields: input_type, provider, user",
                },
            },
            "required": ["input", "model"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "dimensions": {
                    "type": ["integer", "null"],
                    "description": "The number of dimensions for the output embeddings",
                },
                "encoding_format": {
                    "type": ["string", "null"],
                    "enum": ["float", "base64", None],
                    "description": "The format of the output embeddings",
                },
                "input": {
                    "anyOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"type": "string"}},
                        {"type": "array", "items": {"type": "number"}},
                        {"type": "array", "items": {"type": "array", "items": {"type": "number"}}},
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "content": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "text": {"type": "string"},
                                                "type": {"type": "string", "enum": ["text"]},
                                            },
                                            "required": ["text", "type"],
                                            "additionalProperties": False,
                                        },
                                    }
                                },
                                "required": ["content"],
                                "additionalProperties": False,
                            },
                        },
                    ],
                    "description": "Text, token, or multimodal input(s) to embed",
                },
                "model": {"type": "string", "description": "The model to use for embeddings"},
                "extra": {
                    "type": ["string", "null"],
                    "description": "A JSON object of further request fields: input_type, provider, user",
                },
            },
            "required": ["dimensions", "encoding_format", "input", "model", "extra"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"type": "object"}},
                "id": {"type": "string"},
                "model": {"type": "string"},
                "object": {"type": "string"},
                "usage": {
                    "type": "object",
                    "properties": {
                        "cost": {"type": "number"},
                        "prompt_tokens": {"type": "integer"},
                        "total_tokens": {"type": "integer"},
                    },
                },
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "dimensions": "dimensions",
            "encoding_format": "encoding_format",
            "input": "input",
            "model": "model",
        },
        "extra": {"input_type": "input_type", "provider": "provider", "user": "user"},
        "curated": True,
        "stream": "",
    },
    "rerank_rerank": {
        "name": "rerank_rerank",
        "operation_id": "createRerank",
        "client_method": "rerank.rerank",
        "description": "Submit a rerank request. Submits a rerank request to the rerank router",
        "input_schema": {
            "type": "object",
            "properties": {
                "documents": {
                    "type": "array",
                    "description": "The list of documents to rerank",
                    "items": {"type": "string"},
                },
                "model": {"type": "string", "description": "The rerank model to use"},
                "query": {
                    "type": "string",
                    "description": "The search query to rerank documents against",
                },
                "top_n": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of most relevant documents to return",
                },
                "extra": {"type": "object", "description": "Further request fields: provider"},
            },
            "required": ["documents", "model", "query"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "documents": {
                    "type": "array",
                    "description": "The list of documents to rerank",
                    "items": {"type": "string"},
                },
                "model": {"type": "string", "description": "The rerank model to use"},
                "query": {
                    "type": "string",
                    "description": "The search query to rerank documents against",
                },
                "top_n": {
                    "type": ["integer", "null"],
                    "description": "Number of most relevant documents to return",
                },
                "extra": {
                    "type": ["string", "null"],
                    "description": "A JSON object of further request fields: provider",
                },
            },
            "required": ["documents", "model", "query", "top_n", "extra"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "model": {"type": "string"},
                "provider": {"type": "string"},
                "results": {"type": "array", "items": {"type": "object"}},
                "usage": {
                    "type": "object",
                    "properties": {
                        "cost": {"type": "number"},
                        "search_units": {"type": "integer"},
                        "total_tokens": {"type": "integer"},
                    },
                },
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "documents": "documents",
            "model": "model",
            "query": "query",
            "top_n": "top_n",
        },
        "extra": {"provider": "provider"},
        "curated": True,
        "stream": "",
    },
    "credits_get_credits": {
        "name": "credits_get_credits",
        "operation_id": "getCredits",
        "client_method": "credits.get_credits",
        "description": "Get remaining credits. Get total credits purchased and used for the authenticated user.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "object",
                    "properties": {
                        "total_credits": {"type": "number"},
                        "total_usage": {"type": "number"},
                    },
                }
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "api_keys_get_current_key_metadata": {
        "name": "api_keys_get_current_key_metadata",
        "operation_id": "getCurrentKey",
        "client_method": "api_keys.get_current_key_metadata",
        "description": "Get current API key. Get information on the API key associated with the current authentication session",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "generations_get_generation": {
        "name": "generations_get_generation",
        "operation_id": "getGeneration",
        "client_method": "generations.get_generation",
        "description": "Get the metadata of one generation by its id: model, provider, tokens, cost and latency.",
        "input_schema": {
            "type": "object",
            "properties": {"id": {"type": "string", "description": "The generation ID"}},
            "required": ["id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {"id": {"type": "string", "description": "The generation ID"}},
            "required": ["id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"id": "id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "analytics_get_user_activity": {
        "name": "analytics_get_user_activity",
        "operation_id": "getUserActivity",
        "client_method": "analytics.get_user_activity",
        "description": "Get user activity grouped by endpoint. Returns user activity data grouped by endpoint for the last 30 (completed) UTC days.",
        "input_schema": {
            "type": "object",
            "properties": {
                "date": {
                    "type": "string",
                    "description": "Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).",
                },
                "api_key_hash": {
                    "type": "string",
                    "description": "Filter by API key hash (SHA-256 hex string, as returned by the keys API).",
                },
                "user_id": {"type": "string", "description": "Filter by org member user ID."},
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "date": {
                    "type": ["string", "null"],
                    "description": "Filter by a single UTC date in the last 30 days (YYYY-MM-DD format).",
                },
                "api_key_hash": {
                    "type": ["string", "null"],
                    "description": "Filter by API key hash (SHA-256 hex string, as returned by the keys API).",
                },
                "user_id": {
                    "type": ["string", "null"],
                    "description": "Filter by org member user ID.",
                },
            },
            "required": ["date", "api_key_hash", "user_id"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"date": "date", "api_key_hash": "api_key_hash", "user_id": "user_id"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "embeddings_list_models": {
        "name": "embeddings_list_models",
        "operation_id": "listEmbeddingsModels",
        "client_method": "embeddings.list_models",
        "description": "List all embeddings models. Returns a list of all available embeddings models and their properties",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "api_keys_list": {
        "name": "api_keys_list",
        "operation_id": "list",
        "client_method": "api_keys.list",
        "description": "List API keys. List all API keys for the authenticated user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "include_disabled": {
                    "type": "string",
                    "description": "Whether to include disabled API keys in the response",
                },
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of API keys to skip for pagination",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "include_disabled": {
                    "type": ["string", "null"],
                    "description": "Whether to include disabled API keys in the response",
                },
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of API keys to skip for pagination",
                },
            },
            "required": ["include_disabled", "offset"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"include_disabled": "include_disabled", "offset": "offset"},
        "extra": {},
        "curated": True,
        "stream": "",
    },
    "api_keys_create": {
        "name": "api_keys_create",
        "operation_id": "createKeys",
        "client_method": "api_keys.create",
        "description": "Create a new API key. Create a new API key for the authenticated user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "creator_user_id": {
                    "type": ["string", "null"],
                    "description": "Optional user ID of the key creator.",
                },
                "expires_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "Optional ISO 8601 UTC timestamp when the API key should expire.",
                },
                "include_byok_in_limit": {
                    "type": "boolean",
                    "description": "Whether to include BYOK usage in the limit",
                },
                "limit": {
                    "type": "number",
                    "format": "double",
                    "description": "Optional spending limit for the API key in USD",
                },
                "limit_reset": {
                    "description": "Type of limit reset for the API key (daily, weekly, monthly, or null for no reset).",
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                },
                "name": {"type": "string", "description": "Name for the new API key"},
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "creator_user_id": {
                    "type": ["string", "null"],
                    "description": "Optional user ID of the key creator.",
                },
                "expires_at": {
                    "type": ["string", "null"],
                    "description": "Optional ISO 8601 UTC timestamp when the API key should expire.",
                },
                "include_byok_in_limit": {
                    "type": ["boolean", "null"],
                    "description": "Whether to include BYOK usage in the limit",
                },
                "limit": {
                    "type": ["number", "null"],
                    "description": "Optional spending limit for the API key in USD",
                },
                "limit_reset": {
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                    "description": "Type of limit reset for the API key (daily, weekly, monthly, or null for no reset).",
                },
                "name": {"type": "string", "description": "Name for the new API key"},
            },
            "required": [
                "creator_user_id",
                "expires_at",
                "include_byok_in_limit",
                "limit",
                "limit_reset",
                "name",
            ],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "object"}, "key": {"type": "string"}},
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "creator_user_id": "creator_user_id",
            "expires_at": "expires_at",
            "include_byok_in_limit": "include_byok_in_limit",
            "limit": "limit",
            "limit_reset": "limit_reset",
            "name": "name",
        },
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "api_keys_get": {
        "name": "api_keys_get",
        "operation_id": "getKey",
        "client_method": "api_keys.get",
        "description": "Get a single API key. Get a single API key by hash.",
        "input_schema": {
            "type": "object",
            "properties": {
                "hash": {
                    "type": "string",
                    "description": "The hash identifier of the API key to retrieve",
                }
            },
            "required": ["hash"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "hash": {
                    "type": "string",
                    "description": "The hash identifier of the API key to retrieve",
                }
            },
            "required": ["hash"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"hash": "hash"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "api_keys_delete": {
        "name": "api_keys_delete",
        "operation_id": "deleteKeys",
        "client_method": "api_keys.delete",
        "description": "Delete an API key. Delete an existing API key.",
        "input_schema": {
            "type": "object",
            "properties": {
                "hash": {
                    "type": "string",
                    "description": "The hash identifier of the API key to delete",
                }
            },
            "required": ["hash"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "hash": {
                    "type": "string",
                    "description": "The hash identifier of the API key to delete",
                }
            },
            "required": ["hash"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"deleted": {"type": "boolean"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"hash": "hash"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "api_keys_update": {
        "name": "api_keys_update",
        "operation_id": "updateKeys",
        "client_method": "api_keys.update",
        "description": "Update an API key. Update an existing API key.",
        "input_schema": {
            "type": "object",
            "properties": {
                "hash": {
                    "type": "string",
                    "description": "The hash identifier of the API key to update",
                },
                "disabled": {"type": "boolean", "description": "Whether to disable the API key"},
                "include_byok_in_limit": {
                    "type": "boolean",
                    "description": "Whether to include BYOK usage in the limit",
                },
                "limit": {
                    "type": "number",
                    "format": "double",
                    "description": "New spending limit for the API key in USD",
                },
                "limit_reset": {
                    "description": "New limit reset type for the API key (daily, weekly, monthly, or null for no reset).",
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                },
                "name": {"type": "string", "description": "New name for the API key"},
            },
            "required": ["hash"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "hash": {
                    "type": "string",
                    "description": "The hash identifier of the API key to update",
                },
                "disabled": {
                    "type": ["boolean", "null"],
                    "description": "Whether to disable the API key",
                },
                "include_byok_in_limit": {
                    "type": ["boolean", "null"],
                    "description": "Whether to include BYOK usage in the limit",
                },
                "limit": {
                    "type": ["number", "null"],
                    "description": "New spending limit for the API key in USD",
                },
                "limit_reset": {
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                    "description": "New limit reset type for the API key (daily, weekly, monthly, or null for no reset).",
                },
                "name": {"type": ["string", "null"], "description": "New name for the API key"},
            },
            "required": [
                "hash",
                "disabled",
                "include_byok_in_limit",
                "limit",
                "limit_reset",
                "name",
            ],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "hash": "hash",
            "disabled": "disabled",
            "include_byok_in_limit": "include_byok_in_limit",
            "limit": "limit",
            "limit_reset": "limit_reset",
            "name": "name",
        },
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "anthropic_messages_create": {
        "name": "anthropic_messages_create",
        "operation_id": "createMessages",
        "client_method": "anthropic_messages.create",
        "description": "Create a message. Creates a message using the Anthropic Messages API format.",
        "input_schema": {
            "type": "object",
            "properties": {
                "cache_control": {
                    "type": "object",
                    "properties": {
                        "ttl": {"type": "string", "enum": ["5m", "1h"]},
                        "type": {"type": "string", "enum": ["ephemeral"]},
                    },
                    "required": ["type"],
                },
                "context_management": {
                    "type": ["object", "null"],
                    "properties": {
                        "edits": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string", "enum": ["compact_20260112"]}
                                },
                                "required": ["type"],
                            },
                        }
                    },
                },
                "max_tokens": {"type": "integer"},
                "messages": {
                    "type": ["array", "null"],
                    "items": {
                        "type": "object",
                        "description": "Anthropic message with OpenRouter extensions",
                        "properties": {
                            "content": {"type": "string"},
                            "role": {"type": "string", "enum": ["user", "assistant"]},
                        },
                        "required": ["role", "content"],
                    },
                },
                "metadata": {
                    "type": "object",
                    "properties": {"user_id": {"type": ["string", "null"]}},
                },
                "model": {"type": "string"},
                "models": {"type": "array", "items": {"type": "string"}},
                "output_config": {
                    "type": "object",
                    "description": "Configuration for controlling output behavior.",
                    "properties": {
                        "effort": {
                            "description": "How much effort the model should put into its response.",
                            "anyOf": [
                                {"type": "string", "enum": ["low", "medium", "high", "max"]},
                                {"type": "null"},
                            ],
                        },
                        "format": {
                            "type": ["object", "null"],
                            "description": "A schema to specify Claude's output format in responses.",
                            "properties": {
                                "schema": {
                                    "type": "object",
                                    "properties": {},
                                    "additionalProperties": {},
                                },
                                "type": {"type": "string", "enum": ["json_schema"]},
                            },
                            "required": ["type", "schema"],
                        },
                    },
                },
                "plugins": {
                    "type": "array",
                    "description": "Plugins you want to enable for this request, including their settings.",
                    "items": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "allowed_models": {
                                        "type": "array",
                                        "description": "List of model patterns to filter which models the auto-router can route between.",
                                        "items": {"type": "string"},
                                    },
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the auto-router plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["auto-router"]},
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {"id": {"type": "string", "enum": ["moderation"]}},
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the web-search plugin for this request.",
                                    },
                                    "engine": {
                                        "type": "string",
                                        "enum": ["native", "exa", "firecrawl", "parallel"],
                                        "description": "The search engine to use for web search.",
                                    },
                                    "exclude_domains": {
                                        "type": "array",
                                        "description": "A list of domains to exclude from web search results.",
                                        "items": {"type": "string"},
                                    },
                                    "id": {"type": "string", "enum": ["web"]},
                                    "include_domains": {
                                        "type": "array",
                                        "description": "A list of domains to restrict web search results to.",
                                        "items": {"type": "string"},
                                    },
                                    "max_results": {"type": "integer"},
                                    "search_prompt": {"type": "string"},
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the file-parser plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["file-parser"]},
                                    "pdf": {
                                        "type": "object",
                                        "description": "Options for PDF parsing.",
                                        "properties": {},
                                    },
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the response-healing plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["response-healing"]},
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the context-compression plugin for this request.",
                                    },
                                    "engine": {
                                        "type": "string",
                                        "enum": ["middle-out"],
                                        "description": "The compression engine to use.",
                                    },
                                    "id": {"type": "string", "enum": ["context-compression"]},
                                },
                                "required": ["id"],
                            },
                        ]
                    },
                },
                "route": {
                    "description": "**DEPRECATED** Use providers.sort.partition instead.",
                    "anyOf": [{"type": "string", "enum": ["fallback", "sort"]}, {"type": "null"}],
                },
                "service_tier": {"type": "string", "enum": ["auto", "standard_only"]},
                "session_id": {
                    "type": "string",
                    "description": "A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability.",
                },
                "speed": {
                    "description": "Controls output generation speed.",
                    "anyOf": [{"type": "string", "enum": ["fast", "standard"]}, {"type": "null"}],
                },
                "stop_sequences": {"type": "array", "items": {"type": "string"}},
                "system": {
                    "anyOf": [
                        {"type": "string"},
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "cache_control": {
                                        "type": "object",
                                        "properties": {
                                            "type": {"type": "string", "enum": ["ephemeral"]}
                                        },
                                        "required": ["type"],
                                    },
                                    "citations": {
                                        "type": ["array", "null"],
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "cited_text": {"type": "string"},
                                                "encrypted_index": {"type": "string"},
                                                "title": {"type": ["string", "null"]},
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["web_search_result_location"],
                                                },
                                                "url": {"type": "string"},
                                            },
                                            "required": [
                                                "type",
                                                "cited_text",
                                                "encrypted_index",
                                                "title",
                                                "url",
                                            ],
                                        },
                                    },
                                    "text": {"type": "string"},
                                    "type": {"type": "string", "enum": ["text"]},
                                },
                                "required": ["type", "text"],
                            },
                        },
                    ]
                },
                "temperature": {"type": "number", "format": "double"},
                "thinking": {
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "budget_tokens": {"type": "integer"},
                                "type": {"type": "string", "enum": ["enabled"]},
                            },
                            "required": ["type", "budget_tokens"],
                        },
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["disabled"]}},
                            "required": ["type"],
                        },
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["adaptive"]}},
                            "required": ["type"],
                        },
                    ]
                },
                "tool_choice": {
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "disable_parallel_tool_use": {"type": "boolean"},
                                "type": {"type": "string", "enum": ["auto"]},
                            },
                            "required": ["type"],
                        },
                        {
                            "type": "object",
                            "properties": {
                                "disable_parallel_tool_use": {"type": "boolean"},
                                "type": {"type": "string", "enum": ["any"]},
                            },
                            "required": ["type"],
                        },
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["none"]}},
                            "required": ["type"],
                        },
                        {
                            "type": "object",
                            "properties": {
                                "disable_parallel_tool_use": {"type": "boolean"},
                                "name": {"type": "string"},
                                "type": {"type": "string", "enum": ["tool"]},
                            },
                            "required": ["type", "name"],
                        },
                    ]
                },
                "top_k": {"type": "integer"},
                "top_p": {"type": "number", "format": "double"},
                "extra": {
                    "type": "object",
                    "description": "Further request fields: provider, tools, trace, user",
                },
            },
            "required": ["messages", "model"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "cache_control": {
                    "type": ["object", "null"],
                    "properties": {
                        "ttl": {"type": ["string", "null"], "enum": ["5m", "1h", None]},
                        "type": {"type": "string", "enum": ["ephemeral"]},
                    },
                    "required": ["ttl", "type"],
                    "additionalProperties": False,
                },
                "context_management": {
                    "type": ["object", "null"],
                    "properties": {
                        "edits": {
                            "type": ["array", "null"],
                            "items": {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string", "enum": ["compact_20260112"]}
                                },
                                "required": ["type"],
                                "additionalProperties": False,
                            },
                        }
                    },
                    "required": ["edits"],
                    "additionalProperties": False,
                },
                "max_tokens": {"type": ["integer", "null"]},
                "messages": {
                    "type": ["array", "null"],
                    "items": {
                        "type": "object",
                        "description": "Anthropic message with OpenRouter extensions",
                        "properties": {
                            "content": {"type": "string"},
                            "role": {"type": "string", "enum": ["user", "assistant"]},
                        },
                        "required": ["content", "role"],
                        "additionalProperties": False,
                    },
                },
                "metadata": {
                    "type": ["object", "null"],
                    "properties": {"user_id": {"type": ["string", "null"]}},
                    "required": ["user_id"],
                    "additionalProperties": False,
                },
                "model": {"type": "string"},
                "models": {"type": ["array", "null"], "items": {"type": "string"}},
                "output_config": {
                    "type": ["object", "null"],
                    "description": "Configuration for controlling output behavior.",
                    "properties": {
                        "effort": {
                            "anyOf": [
                                {"type": "string", "enum": ["low", "medium", "high", "max"]},
                                {"type": "null"},
                            ],
                            "description": "How much effort the model should put into its response.",
                        },
                        "format": {
                            "type": ["object", "null"],
                            "description": "A schema to specify Claude's output format in responses.",
                            "properties": {
                                "schema": {
                                    "type": "object",
                                    "properties": {},
                                    "required": [],
                                    "additionalProperties": False,
                                },
                                "type": {"type": "string", "enum": ["json_schema"]},
                            },
                            "required": ["schema", "type"],
                            "additionalProperties": False,
                        },
                    },
                    "required": ["effort", "format"],
                    "additionalProperties": False,
                },
                "plugins": {
                    "type": ["array", "null"],
                    "description": "Plugins you want to enable for this request, including their settings.",
                    "items": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "allowed_models": {
                                        "type": ["array", "null"],
                                        "description": "List of model patterns to filter which models the auto-router can route between.",
                                        "items": {"type": "string"},
                                    },
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the auto-router plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["auto-router"]},
                                },
                                "required": ["allowed_models", "enabled", "id"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {"id": {"type": "string", "enum": ["moderation"]}},
                                "required": ["id"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the web-search plugin for this request.",
                                    },
                                    "engine": {
                                        "type": ["string", "null"],
                                        "enum": ["native", "exa", "firecrawl", "parallel", None],
                                        "description": "The search engine to use for web search.",
                                    },
                                    "exclude_domains": {
                                        "type": ["array", "null"],
                                        "description": "A list of domains to exclude from web search results.",
                                        "items": {"type": "string"},
                                    },
                                    "id": {"type": "string", "enum": ["web"]},
                                    "include_domains": {
                                        "type": ["array", "null"],
                                        "description": "A list of domains to restrict web search results to.",
                                        "items": {"type": "string"},
                                    },
                                    "max_results": {"type": ["integer", "null"]},
                                    "search_prompt": {"type": ["string", "null"]},
                                },
                                "required": [
                                    "enabled",
                                    "engine",
                                    "exclude_domains",
                                    "id",
                                    "include_domains",
                                    "max_results",
                                    "search_prompt",
                                ],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the file-parser plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["file-parser"]},
                                    "pdf": {
                                        "type": ["object", "null"],
                                        "description": "Options for PDF parsing.",
                                        "properties": {},
                                        "required": [],
                                        "additionalProperties": False,
                                    },
                                },
                                "required": ["enabled", "id", "pdf"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the response-healing plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["response-healing"]},
                                },
                                "required": ["enabled", "id"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the context-compression plugin for this request.",
                                    },
                                    "engine": {
                                        "type": ["string", "null"],
                                        "enum": ["middle-out", None],
                                        "description": "The compression engine to use.",
                                    },
                                    "id": {"type": "string", "enum": ["context-compression"]},
                                },
                                "required": ["enabled", "engine", "id"],
                                "additionalProperties": False,
                            },
                        ]
                    },
                },
                "route": {
                    "anyOf": [{"type": "string", "enum": ["fallback", "sort"]}, {"type": "null"}],
                    "description": "**DEPRECATED** Use providers.sort.partition instead.",
                },
                "service_tier": {
                    "type": ["string", "null"],
                    "enum": ["auto", "standard_only", None],
                },
                "session_id": {
                    "type": ["string", "null"],
                    "description": "A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability.",
                },
                "speed": {
                    "anyOf": [{"type": "string", "enum": ["fast", "standard"]}, {"type": "null"}],
                    "description": "Controls output generation speed.",
                },
                "stop_sequences": {"type": ["array", "null"], "items": {"type": "string"}},
                "system": {
                    "anyOf": [
                        {"type": "string"},
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "cache_control": {
                                        "type": ["object", "null"],
                                        "properties": {
                                            "type": {"type": "string", "enum": ["ephemeral"]}
                                        },
                                        "required": ["type"],
                                        "additionalProperties": False,
                                    },
                                    "citations": {
                                        "type": ["array", "null"],
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "cited_text": {"type": "string"},
                                                "encrypted_index": {"type": "string"},
                                                "title": {"type": ["string", "null"]},
                                                "type": {
                                                    "type": "string",
                                                    "enum": ["web_search_result_location"],
                                                },
                                                "url": {"type": "string"},
                                            },
                                            "required": [
                                                "cited_text",
                                                "encrypted_index",
                                                "title",
                                                "type",
                                                "url",
                                            ],
                                            "additionalProperties": False,
                                        },
                                    },
                                    "text": {"type": "string"},
                                    "type": {"type": "string", "enum": ["text"]},
                                },
                                "required": ["cache_control", "citations", "text", "type"],
                                "additionalProperties": False,
                            },
                        },
                        {"type": "null"},
                    ]
                },
                "temperature": {"type": ["number", "null"]},
                "thinking": {
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "budget_tokens": {"type": "integer"},
                                "type": {"type": "string", "enum": ["enabled"]},
                            },
                            "required": ["budget_tokens", "type"],
                            "additionalProperties": False,
                        },
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["disabled"]}},
                            "required": ["type"],
                            "additionalProperties": False,
                        },
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["adaptive"]}},
                            "required": ["type"],
                            "additionalProperties": False,
                        },
                        {"type": "null"},
                    ]
                },
                "tool_choice": {
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "disable_parallel_tool_use": {"type": ["boolean", "null"]},
                                "type": {"type": "string", "enum": ["auto"]},
                            },
                            "required": ["disable_parallel_tool_use", "type"],
                            "additionalProperties": False,
                        },
                        {
                            "type": "object",
                            "properties": {
                                "disable_parallel_tool_use": {"type": ["boolean", "null"]},
                                "type": {"type": "string", "enum": ["any"]},
                            },
                            "required": ["disable_parallel_tool_use", "type"],
                            "additionalProperties": False,
                        },
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["none"]}},
                            "required": ["type"],
                            "additionalProperties": False,
                        },
                        {
                            "type": "object",
                            "properties": {
                                "disable_parallel_tool_use": {"type": ["boolean", "null"]},
                                "name": {"type": "string"},
                                "type": {"type": "string", "enum": ["tool"]},
                            },
                            "required": ["disable_parallel_tool_use", "name", "type"],
                            "additionalProperties": False,
                        },
                        {"type": "null"},
                    ]
                },
                "top_k": {"type": ["integer", "null"]},
                "top_p": {"type": ["number", "null"]},
                "extra": {
                    "type": ["string", "null"],
                    "description": "A JSON object of further request fields: provider, tools, trace, user",
                },
            },
            "required": [
                "cache_control",
                "context_management",
                "max_tokens",
                "messages",
                "metadata",
                "model",
                "models",
                "output_config",
                "plugins",
                "route",
                "service_tier",
                "session_id",
                "speed",
                "stop_sequences",
                "system",
                "temperature",
                "thinking",
                "tool_choice",
                "top_k",
                "top_p",
                "extra",
            ],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "cache_control": "cache_control",
            "context_management": "context_management",
            "max_tokens": "max_tokens",
            "messages": "messages",
            "metadata": "metadata",
            "model": "model",
            "models": "models",
            "output_config": "output_config",
            "plugins": "plugins",
            "route": "route",
            "service_tier": "service_tier",
            "session_id": "session_id",
            "speed": "speed",
            "stop_sequences": "stop_sequences",
            "system": "system",
            "temperature": "temperature",
            "thinking": "thinking",
            "tool_choice": "tool_choice",
            "top_k": "top_k",
            "top_p": "top_p",
        },
        "extra": {"provider": "provider", "tools": "tools", "trace": "trace", "user": "user"},
        "curated": False,
        "stream": "stream",
    },
    "credits_create_coinbase_charge": {
        "name": "credits_create_coinbase_charge",
        "operation_id": "createCoinbaseCharge",
        "client_method": "credits.create_coinbase_charge",
        "description": "Deprecated Coinbase Commerce charge endpoint. Deprecated.",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "endpoints_list_zdr_endpoints": {
        "name": "endpoints_list_zdr_endpoints",
        "operation_id": "listEndpointsZdr",
        "client_method": "endpoints.list_zdr_endpoints",
        "description": "Preview the impact of ZDR on the available endpoints",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_list": {
        "name": "guardrails_list",
        "operation_id": "listGuardrails",
        "client_method": "guardrails.list",
        "description": "List guardrails. List all guardrails for the authenticated user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"type": "object"}},
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_create": {
        "name": "guardrails_create",
        "operation_id": "createGuardrail",
        "client_method": "guardrails.create",
        "description": "Create a guardrail. Create a new guardrail for the authenticated user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "allowed_models": {
                    "type": ["array", "null"],
                    "description": "Array of model identifiers (slug or canonical_slug accepted)",
                    "items": {"type": "string"},
                },
                "allowed_providers": {
                    "type": ["array", "null"],
                    "description": "List of allowed provider IDs",
                    "items": {"type": "string"},
                },
                "description": {
                    "type": ["string", "null"],
                    "description": "Description of the guardrail",
                },
                "enforce_zdr": {
                    "type": ["boolean", "null"],
                    "description": "Whether to enforce zero data retention",
                },
                "ignored_providers": {
                    "type": ["array", "null"],
                    "description": "List of provider IDs to exclude from routing",
                    "items": {"type": "string"},
                },
                "limit_usd": {
                    "type": "number",
                    "format": "double",
                    "description": "Spending limit in USD",
                },
                "name": {"type": "string", "description": "Name for the new guardrail"},
                "reset_interval": {
                    "description": "Interval at which the limit resets (daily, weekly, monthly)",
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                },
            },
            "required": ["name"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "allowed_models": {
                    "type": ["array", "null"],
                    "description": "Array of model identifiers (slug or canonical_slug accepted)",
                    "items": {"type": "string"},
                },
                "allowed_providers": {
                    "type": ["array", "null"],
                    "description": "List of allowed provider IDs",
                    "items": {"type": "string"},
                },
                "description": {
                    "type": ["string", "null"],
                    "description": "Description of the guardrail",
                },
                "enforce_zdr": {
                    "type": ["boolean", "null"],
                    "description": "Whether to enforce zero data retention",
                },
                "ignored_providers": {
                    "type": ["array", "null"],
                    "description": "List of provider IDs to exclude from routing",
                    "items": {"type": "string"},
                },
                "limit_usd": {"type": ["number", "null"], "description": "Spending limit in USD"},
                "name": {"type": "string", "description": "Name for the new guardrail"},
                "reset_interval": {
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                    "description": "Interval at which the limit resets (daily, weekly, monthly)",
                },
            },
            "required": [
                "allowed_models",
                "allowed_providers",
                "description",
                "enforce_zdr",
                "ignored_providers",
                "limit_usd",
                "name",
                "reset_interval",
            ],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "allowed_models": "allowed_models",
            "allowed_providers": "allowed_providers",
            "description": "description",
            "enforce_zdr": "enforce_zdr",
            "ignored_providers": "ignored_providers",
            "limit_usd": "limit_usd",
            "name": "name",
            "reset_interval": "reset_interval",
        },
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_get": {
        "name": "guardrails_get",
        "operation_id": "getGuardrail",
        "client_method": "guardrails.get",
        "description": "Get a guardrail. Get a single guardrail by ID.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail to retrieve",
                }
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "description": "The unique identifier of the guardrail to retrieve",
                }
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"id": "id"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_delete": {
        "name": "guardrails_delete",
        "operation_id": "deleteGuardrail",
        "client_method": "guardrails.delete",
        "description": "Delete a guardrail. Delete an existing guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail to delete",
                }
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "description": "The unique identifier of the guardrail to delete",
                }
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"deleted": {"type": "boolean"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"id": "id"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_update": {
        "name": "guardrails_update",
        "operation_id": "updateGuardrail",
        "client_method": "guardrails.update",
        "description": "Update a guardrail. Update an existing guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail to update",
                },
                "allowed_models": {
                    "type": ["array", "null"],
                    "description": "Array of model identifiers (slug or canonical_slug accepted)",
                    "items": {"type": "string"},
                },
                "allowed_providers": {
                    "type": ["array", "null"],
                    "description": "New list of allowed provider IDs",
                    "items": {"type": "string"},
                },
                "description": {
                    "type": ["string", "null"],
                    "description": "New description for the guardrail",
                },
                "enforce_zdr": {
                    "type": ["boolean", "null"],
                    "description": "Whether to enforce zero data retention",
                },
                "ignored_providers": {
                    "type": ["array", "null"],
                    "description": "List of provider IDs to exclude from routing",
                    "items": {"type": "string"},
                },
                "limit_usd": {
                    "type": "number",
                    "format": "double",
                    "description": "New spending limit in USD",
                },
                "name": {"type": "string", "description": "New name for the guardrail"},
                "reset_interval": {
                    "description": "Interval at which the limit resets (daily, weekly, monthly)",
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                },
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "description": "The unique identifier of the guardrail to update",
                },
                "allowed_models": {
                    "type": ["array", "null"],
                    "description": "Array of model identifiers (slug or canonical_slug accepted)",
                    "items": {"type": "string"},
                },
                "allowed_providers": {
                    "type": ["array", "null"],
                    "description": "New list of allowed provider IDs",
                    "items": {"type": "string"},
                },
                "description": {
                    "type": ["string", "null"],
                    "description": "New description for the guardrail",
                },
                "enforce_zdr": {
                    "type": ["boolean", "null"],
                    "description": "Whether to enforce zero data retention",
                },
                "ignored_providers": {
                    "type": ["array", "null"],
                    "description": "List of provider IDs to exclude from routing",
                    "items": {"type": "string"},
                },
                "limit_usd": {
                    "type": ["number", "null"],
                    "description": "New spending limit in USD",
                },
                "name": {"type": ["string", "null"], "description": "New name for the guardrail"},
                "reset_interval": {
                    "anyOf": [
                        {"type": "string", "enum": ["daily", "weekly", "monthly"]},
                        {"type": "null"},
                    ],
                    "description": "Interval at which the limit resets (daily, weekly, monthly)",
                },
            },
            "required": [
                "id",
                "allowed_models",
                "allowed_providers",
                "description",
                "enforce_zdr",
                "ignored_providers",
                "limit_usd",
                "name",
                "reset_interval",
            ],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"data": {"type": "object"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": True,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "id": "id",
            "allowed_models": "allowed_models",
            "allowed_providers": "allowed_providers",
            "description": "description",
            "enforce_zdr": "enforce_zdr",
            "ignored_providers": "ignored_providers",
            "limit_usd": "limit_usd",
            "name": "name",
            "reset_interval": "reset_interval",
        },
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_list_guardrail_key_assignments": {
        "name": "guardrails_list_guardrail_key_assignments",
        "operation_id": "listGuardrailKeyAssignments",
        "client_method": "guardrails.list_guardrail_key_assignments",
        "description": "List key assignments for a guardrail. List all API key assignments for a specific guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail",
                },
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The unique identifier of the guardrail"},
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["id", "offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"type": "object"}},
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"id": "id", "offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_bulk_assign_keys": {
        "name": "guardrails_bulk_assign_keys",
        "operation_id": "bulkAssignKeysToGuardrail",
        "client_method": "guardrails.bulk_assign_keys",
        "description": "Bulk assign keys to a guardrail. Assign multiple API keys to a specific guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail",
                },
                "key_hashes": {
                    "type": "array",
                    "description": "Array of API key hashes to assign to the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "key_hashes"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The unique identifier of the guardrail"},
                "key_hashes": {
                    "type": "array",
                    "description": "Array of API key hashes to assign to the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "key_hashes"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"assigned_count": {"type": "integer"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"id": "id", "key_hashes": "key_hashes"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_bulk_unassign_keys": {
        "name": "guardrails_bulk_unassign_keys",
        "operation_id": "bulkUnassignKeysFromGuardrail",
        "client_method": "guardrails.bulk_unassign_keys",
        "description": "Bulk unassign keys from a guardrail. Unassign multiple API keys from a specific guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail",
                },
                "key_hashes": {
                    "type": "array",
                    "description": "Array of API key hashes to unassign from the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "key_hashes"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The unique identifier of the guardrail"},
                "key_hashes": {
                    "type": "array",
                    "description": "Array of API key hashes to unassign from the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "key_hashes"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"unassigned_count": {"type": "integer"}},
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"id": "id", "key_hashes": "key_hashes"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_list_guardrail_member_assignments": {
        "name": "guardrails_list_guardrail_member_assignments",
        "operation_id": "listGuardrailMemberAssignments",
        "client_method": "guardrails.list_guardrail_member_assignments",
        "description": "List member assignments for a guardrail. List all organization member assignments for a specific guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail",
                },
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["id"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The unique identifier of the guardrail"},
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["id", "offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "assigned_by": {"type": ["string", "null"]},
                            "created_at": {"type": "string"},
                            "guardrail_id": {"type": "string"},
                            "id": {"type": "string"},
                            "organization_id": {"type": "string"},
                            "user_id": {"type": "string"},
                        },
                    },
                },
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"id": "id", "offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_bulk_assign_members": {
        "name": "guardrails_bulk_assign_members",
        "operation_id": "bulkAssignMembersToGuardrail",
        "client_method": "guardrails.bulk_assign_members",
        "description": "Bulk assign members to a guardrail. Assign multiple organization members to a specific guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail",
                },
                "member_user_ids": {
                    "type": "array",
                    "description": "Array of member user IDs to assign to the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "member_user_ids"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The unique identifier of the guardrail"},
                "member_user_ids": {
                    "type": "array",
                    "description": "Array of member user IDs to assign to the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "member_user_ids"],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object", "properties": {"assigned_count": {"type": "integer"}}},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"id": "id", "member_user_ids": "member_user_ids"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_bulk_unassign_members": {
        "name": "guardrails_bulk_unassign_members",
        "operation_id": "bulkUnassignMembersFromGuardrail",
        "client_method": "guardrails.bulk_unassign_members",
        "description": "Bulk unassign members from a guardrail. Unassign multiple organization members from a specific guardrail.",
        "input_schema": {
            "type": "object",
            "properties": {
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "The unique identifier of the guardrail",
                },
                "member_user_ids": {
                    "type": "array",
                    "description": "Array of member user IDs to unassign from the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "member_user_ids"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The unique identifier of the guardrail"},
                "member_user_ids": {
                    "type": "array",
                    "description": "Array of member user IDs to unassign from the guardrail",
                    "items": {"type": "string"},
                },
            },
            "required": ["id", "member_user_ids"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"unassigned_count": {"type": "integer"}},
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {"id": "id", "member_user_ids": "member_user_ids"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_list_key_assignments": {
        "name": "guardrails_list_key_assignments",
        "operation_id": "listKeyAssignments",
        "client_method": "guardrails.list_key_assignments",
        "description": "List all key assignments. List all API key guardrail assignments for the authenticated user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {"type": "array", "items": {"type": "object"}},
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "guardrails_list_member_assignments": {
        "name": "guardrails_list_member_assignments",
        "operation_id": "listMemberAssignments",
        "client_method": "guardrails.list_member_assignments",
        "description": "List all member assignments. List all organization member guardrail assignments for the authenticated user.",
        "input_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "assigned_by": {"type": ["string", "null"]},
                            "created_at": {"type": "string"},
                            "guardrail_id": {"type": "string"},
                            "id": {"type": "string"},
                            "organization_id": {"type": "string"},
                            "user_id": {"type": "string"},
                        },
                    },
                },
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "models_list_for_user": {
        "name": "models_list_for_user",
        "operation_id": "listModelsUser",
        "client_method": "models.list_for_user",
        "description": "List models filtered by user provider preferences, privacy settings, and guardrails. List models filtered by user provider preferences, [privacy settings](https://openrouter.ai/docs/guides/privacy/provider-logging), and [guardrails](https://o...",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "oauth_exchange_auth_code_for_api_key": {
        "name": "oauth_exchange_auth_code_for_api_key",
        "operation_id": "exchangeAuthCodeForAPIKey",
        "client_method": "oauth.exchange_auth_code_for_api_key",
        "description": "Exchange authorization code for API key. Exchange an authorization code from the PKCE flow for a user-controlled API key",
        "input_schema": {
            "type": "object",
            "properties": {
                "code": {
                    "type": "string",
                    "description": "The authorization code received from the OAuth redirect",
                },
                "code_challenge_method": {
                    "description": "The method used to generate the code challenge",
                    "anyOf": [{"type": "string", "enum": ["S256", "plain"]}, {"type": "null"}],
                },
                "code_verifier": {
                    "type": "string",
                    "description": "The code verifier if code_challenge was used in the authorization request",
                },
            },
            "required": ["code"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "code": {
                    "type": "string",
                    "description": "The authorization code received from the OAuth redirect",
                },
                "code_challenge_method": {
                    "anyOf": [{"type": "string", "enum": ["S256", "plain"]}, {"type": "null"}],
                    "description": "The method used to generate the code challenge",
                },
                "code_verifier": {
                    "type": ["string", "null"],
                    "description": "The code verifier if code_challenge was used in the authorization request",
                },
            },
            "required": ["code", "code_challenge_method", "code_verifier"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"key": {"type": "string"}, "user_id": {"type": ["string", "null"]}},
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "code": "code",
            "code_challenge_method": "code_challenge_method",
            "code_verifier": "code_verifier",
        },
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "oauth_create_auth_code": {
        "name": "oauth_create_auth_code",
        "operation_id": "createAuthKeysCode",
        "client_method": "oauth.create_auth_code",
        "description": "Create authorization code. Create an authorization code for the PKCE flow to generate a user-controlled API key",
        "input_schema": {
            "type": "object",
            "properties": {
                "callback_url": {
                    "type": "string",
                    "format": "uri",
                    "description": "The callback URL to redirect to after authorization.",
                },
                "code_challenge": {
                    "type": "string",
                    "description": "PKCE code challenge for enhanced security",
                },
                "code_challenge_method": {
                    "type": "string",
                    "enum": ["S256", "plain"],
                    "description": "The method used to generate the code challenge",
                },
                "expires_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "Optional expiration time for the API key to be created",
                },
                "key_label": {
                    "type": "string",
                    "description": "Optional custom label for the API key.",
                },
                "limit": {
                    "type": "number",
                    "format": "double",
                    "description": "Credit limit for the API key to be created",
                },
                "spawn_agent": {
                    "type": "string",
                    "description": "Agent identifier for spawn telemetry",
                },
                "spawn_cloud": {
                    "type": "string",
                    "description": "Cloud identifier for spawn telemetry",
                },
                "usage_limit_type": {
                    "type": "string",
                    "enum": ["daily", "weekly", "monthly"],
                    "description": "Optional credit limit reset interval.",
                },
            },
            "required": ["callback_url"],
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "callback_url": {
                    "type": "string",
                    "description": "The callback URL to redirect to after authorization.",
                },
                "code_challenge": {
                    "type": ["string", "null"],
                    "description": "PKCE code challenge for enhanced security",
                },
                "code_challenge_method": {
                    "type": ["string", "null"],
                    "enum": ["S256", "plain", None],
                    "description": "The method used to generate the code challenge",
                },
                "expires_at": {
                    "type": ["string", "null"],
                    "description": "Optional expiration time for the API key to be created",
                },
                "key_label": {
                    "type": ["string", "null"],
                    "description": "Optional custom label for the API key.",
                },
                "limit": {
                    "type": ["number", "null"],
                    "description": "Credit limit for the API key to be created",
                },
                "spawn_agent": {
                    "type": ["string", "null"],
                    "description": "Agent identifier for spawn telemetry",
                },
                "spawn_cloud": {
                    "type": ["string", "null"],
                    "description": "Cloud identifier for spawn telemetry",
                },
                "usage_limit_type": {
                    "type": ["string", "null"],
                    "enum": ["daily", "weekly", "monthly", None],
                    "description": "Optional credit limit reset interval.",
                },
            },
            "required": [
                "callback_url",
                "code_challenge",
                "code_challenge_method",
                "expires_at",
                "key_label",
                "limit",
                "spawn_agent",
                "spawn_cloud",
                "usage_limit_type",
            ],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "object",
                    "properties": {
                        "app_id": {"type": "integer"},
                        "created_at": {"type": "string"},
                        "id": {"type": "string"},
                    },
                }
            },
        },
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "callback_url": "callback_url",
            "code_challenge": "code_challenge",
            "code_challenge_method": "code_challenge_method",
            "expires_at": "expires_at",
            "key_label": "key_label",
            "limit": "limit",
            "spawn_agent": "spawn_agent",
            "spawn_cloud": "spawn_cloud",
            "usage_limit_type": "usage_limit_type",
        },
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "organization_list_members": {
        "name": "organization_list_members",
        "operation_id": "listOrganizationMembers",
        "client_method": "organization.list_members",
        "description": "List organization members. List all members of the organization associated with the authenticated management key.",
        "input_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "offset": {
                    "type": ["integer", "null"],
                    "description": "Number of records to skip for pagination",
                },
                "limit": {
                    "type": ["integer", "null"],
                    "description": "Maximum number of records to return (max 100)",
                },
            },
            "required": ["offset", "limit"],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "email": {"type": "string"},
                            "first_name": {"type": ["string", "null"]},
                            "id": {"type": "string"},
                            "last_name": {"type": ["string", "null"]},
                            "role": {"type": "string"},
                        },
                    },
                },
                "total_count": {"type": "integer"},
            },
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {"offset": "offset", "limit": "limit"},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "rerank_list_models": {
        "name": "rerank_list_models",
        "operation_id": "listRerankModels",
        "client_method": "rerank.list_models",
        "description": "List all rerank models. Returns a list of all available rerank models and their properties",
        "input_schema": {"type": "object", "properties": {}, "additionalProperties": False},
        "strict_schema": {
            "type": "object",
            "properties": {},
            "required": [],
            "additionalProperties": False,
        },
        "output_schema": {
            "type": "object",
            "properties": {"data": {"type": "array", "items": {"type": "object"}}},
        },
        "annotations": {
            "readOnlyHint": True,
            "destructiveHint": False,
            "idempotentHint": True,
            "openWorldHint": True,
        },
        "arguments": {},
        "extra": {},
        "curated": False,
        "stream": "",
    },
    "beta_responses_send": {
        "name": "beta_responses_send",
        "operation_id": "createResponses",
        "client_method": "beta.responses.send",
        "description": "Create a response. Creates a streaming or non-streaming response using OpenResponses API format",
        "input_schema": {
            "type": "object",
            "properties": {
                "background": {"type": ["boolean", "null"]},
                "frequency_penalty": {"type": "number", "format": "double"},
                "image_config": {
                    "type": "object",
                    "description": "Provider-specific image configuration options.",
                    "properties": {},
                    "additionalProperties": {
                        "anyOf": [{"type": "string"}, {"type": "number", "format": "double"}]
                    },
                },
                "include": {
                    "type": ["array", "null"],
                    "items": {
                        "type": "string",
                        "enum": [
                            "file_search_call.results",
                            "message.input_image.image_url",
                            "computer_call_output.output.image_url",
                            "reasoning.encrypted_content",
                            "code_interpreter_call.outputs",
                        ],
                    },
                },
                "input": {
                    "description": "Input for a response request - can be a string or array of items",
                    "anyOf": [
                        {"type": "string"},
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"role": {"type": "string", "enum": ["user"]}},
                                "required": ["role"],
                            },
                        },
                    ],
                },
                "instructions": {"type": ["string", "null"]},
                "max_output_tokens": {"type": "integer"},
                "max_tool_calls": {"type": "integer"},
                "metadata": {
                    "type": ["object", "null"],
                    "description": "Metadata key-value pairs for the request.",
                },
                "modalities": {
                    "type": "array",
                    "description": "Output modalities for the response.",
                    "items": {"type": "string", "enum": ["text", "image"]},
                },
                "model": {"type": "string"},
                "models": {"type": "array", "items": {"type": "string"}},
                "parallel_tool_calls": {"type": ["boolean", "null"]},
                "plugins": {
                    "type": "array",
                    "description": "Plugins you want to enable for this request, including their settings.",
                    "items": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "allowed_models": {
                                        "type": "array",
                                        "description": "List of model patterns to filter which models the auto-router can route between.",
                                        "items": {"type": "string"},
                                    },
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the auto-router plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["auto-router"]},
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {"id": {"type": "string", "enum": ["moderation"]}},
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the web-search plugin for this request.",
                                    },
                                    "engine": {
                                        "type": "string",
                                        "enum": ["native", "exa", "firecrawl", "parallel"],
                                        "description": "The search engine to use for web search.",
                                    },
                                    "exclude_domains": {
                                        "type": "array",
                                        "description": "A list of domains to exclude from web search results.",
                                        "items": {"type": "string"},
                                    },
                                    "id": {"type": "string", "enum": ["web"]},
                                    "include_domains": {
                                        "type": "array",
                                        "description": "A list of domains to restrict web search results to.",
                                        "items": {"type": "string"},
                                    },
                                    "max_results": {"type": "integer"},
                                    "search_prompt": {"type": "string"},
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the file-parser plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["file-parser"]},
                                    "pdf": {
                                        "type": "object",
                                        "description": "Options for PDF parsing.",
                                        "properties": {},
                                    },
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the response-healing plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["response-healing"]},
                                },
                                "required": ["id"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": "boolean",
                                        "description": "Set to false to disable the context-compression plugin for this request.",
                                    },
                                    "engine": {
                                        "type": "string",
                                        "enum": ["middle-out"],
                                        "description": "The compression engine to use.",
                                    },
                                    "id": {"type": "string", "enum": ["context-compression"]},
                                },
                                "required": ["id"],
                            },
                        ]
                    },
                },
                "presence_penalty": {"type": "number", "format": "double"},
                "previous_response_id": {"type": ["string", "null"]},
                "prompt": {
                    "type": ["object", "null"],
                    "properties": {
                        "id": {"type": "string"},
                        "variables": {"type": ["object", "null"]},
                    },
                    "required": ["id"],
                },
                "prompt_cache_key": {"type": ["string", "null"]},
                "reasoning": {
                    "type": ["object", "null"],
                    "description": "Configuration for reasoning mode in the response",
                    "properties": {
                        "effort": {
                            "anyOf": [
                                {
                                    "type": "string",
                                    "enum": ["xhigh", "high", "medium", "low", "minimal", "none"],
                                },
                                {"type": "null"},
                            ]
                        },
                        "summary": {
                            "anyOf": [
                                {"type": "string", "enum": ["auto", "concise", "detailed"]},
                                {"type": "null"},
                            ]
                        },
                        "enabled": {"type": ["boolean", "null"]},
                        "max_tokens": {"type": "integer"},
                    },
                },
                "route": {
                    "description": "**DEPRECATED** Use providers.sort.partition instead.",
                    "anyOf": [{"type": "string", "enum": ["fallback", "sort"]}, {"type": "null"}],
                },
                "safety_identifier": {"type": ["string", "null"]},
                "service_tier": {
                    "default": "auto",
                    "anyOf": [
                        {
                            "type": "string",
                            "enum": ["auto", "default", "flex", "priority", "scale"],
                        },
                        {"type": "null"},
                    ],
                },
                "session_id": {
                    "type": "string",
                    "description": "A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability.",
                },
                "store": {"type": "boolean", "const": False, "default": False},
                "temperature": {"type": "number", "format": "double"},
                "text": {
                    "type": "object",
                    "description": "Text output configuration including format and verbosity",
                    "properties": {
                        "format": {
                            "description": "Text response format configuration",
                            "anyOf": [
                                {
                                    "type": "object",
                                    "description": "Plain text response format",
                                    "properties": {"type": {"type": "string", "enum": ["text"]}},
                                    "required": ["type"],
                                },
                                {
                                    "type": "object",
                                    "description": "JSON object response format",
                                    "properties": {
                                        "type": {"type": "string", "enum": ["json_object"]}
                                    },
                                    "required": ["type"],
                                },
                                {
                                    "type": "object",
                                    "description": "JSON schema constrained response format",
                                    "properties": {
                                        "description": {"type": "string"},
                                        "name": {"type": "string"},
                                        "schema": {
                                            "type": "object",
                                            "properties": {},
                                            "additionalProperties": {},
                                        },
                                        "strict": {"type": ["boolean", "null"]},
                                        "type": {"type": "string", "enum": ["json_schema"]},
                                    },
                                    "required": ["type", "name", "schema"],
                                },
                            ],
                        },
                        "verbosity": {
                            "anyOf": [
                                {"type": "string", "enum": ["high", "low", "medium"]},
                                {"type": "null"},
                            ]
                        },
                    },
                },
                "top_k": {"type": "integer"},
                "top_logprobs": {"type": "integer"},
                "top_p": {"type": "number", "format": "double"},
                "trace": {
                    "type": "object",
                    "description": "Metadata for observability and tracing.",
                    "properties": {
                        "generation_name": {"type": "string"},
                        "parent_span_id": {"type": "string"},
                        "span_name": {"type": "string"},
                        "trace_id": {"type": "string"},
                        "trace_name": {"type": "string"},
                    },
                },
                "truncation": {
                    "anyOf": [{"type": "string", "enum": ["auto", "disabled"]}, {"type": "null"}]
                },
                "extra": {
                    "type": "object",
                    "description": "Further request fields: provider, tool_choice, tools, user",
                },
            },
            "additionalProperties": False,
        },
        "strict_schema": {
            "type": "object",
            "properties": {
                "background": {"type": ["boolean", "null"]},
                "frequency_penalty": {"type": ["number", "null"]},
                "include": {
                    "type": ["array", "null"],
                    "items": {
                        "type": "string",
                        "enum": [
                            "file_search_call.results",
                            "message.input_image.image_url",
                            "computer_call_output.output.image_url",
                            "reasoning.encrypted_content",
                            "code_interpreter_call.outputs",
                        ],
                    },
                },
                "input": {
                    "anyOf": [
                        {"type": "string"},
                        {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"role": {"type": "string", "enum": ["user"]}},
                                "required": ["role"],
                                "additionalProperties": False,
                            },
                        },
                        {"type": "null"},
                    ],
                    "description": "Input for a response request - can be a string or array of items",
                },
                "instructions": {"type": ["string", "null"]},
                "max_output_tokens": {"type": ["integer", "null"]},
                "max_tool_calls": {"type": ["integer", "null"]},
                "metadata": {
                    "type": ["object", "null"],
                    "description": "Metadata key-value pairs for the request.",
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                },
                "modalities": {
                    "type": ["array", "null"],
                    "description": "Output modalities for the response.",
                    "items": {"type": "string", "enum": ["text", "image"]},
                },
                "model": {"type": ["string", "null"]},
                "models": {"type": ["array", "null"], "items": {"type": "string"}},
                "parallel_tool_calls": {"type": ["boolean", "null"]},
                "plugins": {
                    "type": ["array", "null"],
                    "description": "Plugins you want to enable for this request, including their settings.",
                    "items": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "allowed_models": {
                                        "type": ["array", "null"],
                                        "description": "List of model patterns to filter which models the auto-router can route between.",
                                        "items": {"type": "string"},
                                    },
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the auto-router plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["auto-router"]},
                                },
                                "required": ["allowed_models", "enabled", "id"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {"id": {"type": "string", "enum": ["moderation"]}},
                                "required": ["id"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the web-search plugin for this request.",
                                    },
                                    "engine": {
                                        "type": ["string", "null"],
                                        "enum": ["native", "exa", "firecrawl", "parallel", None],
                                        "description": "The search engine to use for web search.",
                                    },
                                    "exclude_domains": {
                                        "type": ["array", "null"],
                                        "description": "A list of domains to exclude from web search results.",
                                        "items": {"type": "string"},
                                    },
                                    "id": {"type": "string", "enum": ["web"]},
                                    "include_domains": {
                                        "type": ["array", "null"],
                                        "description": "A list of domains to restrict web search results to.",
                                        "items": {"type": "string"},
                                    },
                                    "max_results": {"type": ["integer", "null"]},
                                    "search_prompt": {"type": ["string", "null"]},
                                },
                                "required": [
                                    "enabled",
                                    "engine",
                                    "exclude_domains",
                                    "id",
                                    "include_domains",
                                    "max_results",
                                    "search_prompt",
                                ],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the file-parser plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["file-parser"]},
                                    "pdf": {
                                        "type": ["object", "null"],
                                        "description": "Options for PDF parsing.",
                                        "properties": {},
                                        "required": [],
                                        "additionalProperties": False,
                                    },
                                },
                                "required": ["enabled", "id", "pdf"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the response-healing plugin for this request.",
                                    },
                                    "id": {"type": "string", "enum": ["response-healing"]},
                                },
                                "required": ["enabled", "id"],
                                "additionalProperties": False,
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "enabled": {
                                        "type": ["boolean", "null"],
                                        "description": "Set to false to disable the context-compression plugin for this request.",
                                    },
                                    "engine": {
                                        "type": ["string", "null"],
                                        "enum": ["middle-out", None],
                                        "description": "The compression engine to use.",
                                    },
                                    "id": {"type": "string", "enum": ["context-compression"]},
                                },
                                "required": ["enabled", "engine", "id"],
                                "additionalProperties": False,
                            },
                        ]
                    },
                },
                "presence_penalty": {"type": ["number", "null"]},
                "previous_response_id": {"type": ["string", "null"]},
                "prompt": {
                    "type": ["object", "null"],
                    "properties": {
                        "id": {"type": "string"},
                        "variables": {
                            "type": ["object", "null"],
                            "properties": {},
                            "required": [],
                            "additionalProperties": False,
                        },
                    },
                    "required": ["id", "variables"],
                    "additionalProperties": False,
                },
                "prompt_cache_key": {"type": ["string", "null"]},
                "reasoning": {
                    "type": ["object", "null"],
                    "description": "Configuration for reasoning mode in the response",
                    "properties": {
                        "effort": {
                            "anyOf": [
                                {
                                    "type": "string",
                                    "enum": ["xhigh", "high", "medium", "low", "minimal", "none"],
                                },
                                {"type": "null"},
                            ]
                        },
                        "summary": {
                            "anyOf": [
                                {"type": "string", "enum": ["auto", "concise", "detailed"]},
                                {"type": "null"},
                            ]
                        },
                        "enabled": {"type": ["boolean", "null"]},
                        "max_tokens": {"type": ["integer", "null"]},
                    },
                    "required": ["effort", "summary", "enabled", "max_tokens"],
                    "additionalProperties": False,
                },
                "route": {
                    "anyOf": [{"type": "string", "enum": ["fallback", "sort"]}, {"type": "null"}],
                    "description": "**DEPRECATED** Use providers.sort.partition instead.",
                },
                "safety_identifier": {"type": ["string", "null"]},
                "service_tier": {
                    "anyOf": [
                        {
                            "type": "string",
                            "enum": ["auto", "default", "flex", "priority", "scale"],
                        },
                        {"type": "null"},
                    ]
                },
                "session_id": {
                    "type": ["string", "null"],
                    "description": "A unique identifier for grouping related requests (e.g., a conversation or agent workflow) for observability.",
                },
                "store": {"type": ["boolean", "null"], "const": False},
                "temperature": {"type": ["number", "null"]},
                "text": {
                    "type": ["object", "null"],
                    "description": "Text output configuration including format and verbosity",
                    "properties": {
                        "format": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "description": "Plain text response format",
                                    "properties": {"type": {"type": "string", "enum": ["text"]}},
                                    "required": ["type"],
                                    "additionalProperties": False,
                                },
                                {
                                    "type": "object",
                                    "description": "JSON object response format",
                                    "properties": {
                                        "type": {"type": "string", "enum": ["json_object"]}
                                    },
                                    "required": ["type"],
                                    "additionalProperties": False,
                                },
                                {
                                    "type": "object",
                                    "description": "JSON schema constrained response format",
                                    "properties": {
                                        "description": {"type": ["string", "null"]},
                                        "name": {"type": "string"},
                                        "schema": {
                                            "type": "object",
                                            "properties": {},
                                            "required": [],
                                            "additionalProperties": False,
                                        },
                                        "strict": {"type": ["boolean", "null"]},
                                        "type": {"type": "string", "enum": ["json_schema"]},
                                    },
                                    "required": ["description", "name", "schema", "strict", "type"],
                                    "additionalProperties": False,
                                },
                                {"type": "null"},
                            ],
                            "description": "Text response format configuration",
                        },
                        "verbosity": {
                            "anyOf": [
                                {"type": "string", "enum": ["high", "low", "medium"]},
                                {"type": "null"},
                            ]
                        },
                    },
                    "required": ["format", "verbosity"],
                    "additionalProperties": False,
                },
                "top_k": {"type": ["integer", "null"]},
                "top_logprobs": {"type": ["integer", "null"]},
                "top_p": {"type": ["number", "null"]},
                "trace": {
                    "type": ["object", "null"],
                    "description": "Metadata for observability and tracing.",
                    "properties": {
                        "generation_name": {"type": ["string", "null"]},
                        "parent_span_id": {"type": ["string", "null"]},
                        "span_name": {"type": ["string", "null"]},
                        "trace_id": {"type": ["string", "null"]},
                        "trace_name": {"type": ["string", "null"]},
                    },
                    "required": [
                        "generation_name",
                        "parent_span_id",
                        "span_name",
                        "trace_id",
                        "trace_name",
                    ],
                    "additionalProperties": False,
                },
                "truncation": {
                    "anyOf": [{"type": "string", "enum": ["auto", "disabled"]}, {"type": "null"}]
                },
                "extra": {
                    "type": ["string", "null"],
                    "description": "A JSON object of further request fields: provider, tool_choice, tools, user",
                },
            },
            "required": [
                "background",
                "frequency_penalty",
                "include",
                "input",
                "instructions",
                "max_output_tokens",
                "max_tool_calls",
                "metadata",
                "modalities",
                "model",
                "models",
                "parallel_tool_calls",
                "plugins",
                "presence_penalty",
                "previous_response_id",
                "prompt",
                "prompt_cache_key",
                "reasoning",
                "route",
                "safety_identifier",
                "service_tier",
                "session_id",
                "store",
                "temperature",
                "text",
                "top_k",
                "top_logprobs",
                "top_p",
                "trace",
                "truncation",
                "extra",
            ],
            "additionalProperties": False,
        },
        "output_schema": {"type": "object"},
        "annotations": {
            "readOnlyHint": False,
            "destructiveHint": False,
            "idempotentHint": False,
            "openWorldHint": True,
        },
        "arguments": {
            "background": "background",
            "frequency_penalty": "frequency_penalty",
            "image_config": "image_config",
            "include": "include",
            "input": "input",
            "instructions": "instructions",
            "max_output_tokens": "max_output_tokens",
            "max_tool_calls": "max_tool_calls",
            "metadata": "metadata",
            "modalities": "modalities",
            "model": "model",
            "models": "models",
            "parallel_tool_calls": "parallel_tool_calls",
            "plugins": "plugins",
            "presence_penalty": "presence_penalty",
            "previous_response_id": "previous_response_id",
            "prompt": "prompt",
            "prompt_cache_key": "prompt_cache_key",
            "reasoning": "reasoning",
            "route": "route",
            "safety_identifier": "safety_identifier",
            "service_tier": "service_tier",
            "session_id": "session_id",
            "store": "store",
            "temperature": "temperature",
            "text": "text",
            "top_k": "top_k",
            "top_logprobs": "top_logprobs",
            "top_p": "top_p",
            "trace": "trace",
            "truncation": "truncation",
        },
        "extra": {
            "provider": "provider",
            "tool_choice": "tool_choice",
            "tools": "tools",
            "user": "user",
        },
        "curated": False,
        "stream": "stream",
    },
}
