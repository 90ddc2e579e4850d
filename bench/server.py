"""A cheap local stand-in for the OpenRouter API, for the benchmark (bench/run.py).

    python bench/server.py [--port 0]

prints `READY http://127.0.0.1:PORT` on stdout once it listens, then serves until it is
killed (or, with --exit-on-eof, until its stdin closes). Run it as its own process: the
benchmark measures the CPU time of the client process, which must not include the server's.

Every response body is built once at start-up, so a request costs the server little more
than parsing its head:

- `POST /api/v1/chat/completions`: a ChatResult (JSON), or, when the JSON body has
  `"stream": true`, a `text/event-stream` (chunked transfer encoding, one HTTP chunk per
  event, as a real stream arrives): a `: OPENROUTER PROCESSING` comment, `STREAM_EVENTS`
  ChatStreamChunk events (the last one finishes with `"stop"` and the usage), `[DONE]`;
- `GET /api/v1/models`: `MODEL_COUNT` models shaped exactly like the spec's `Model`
  schema (one valid sample from tests/samples.py's Sampler on the normalized document,
  then made realistic and varied);
- anything else: a JSON 404.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

STREAM_EVENTS = 1000
MODEL_COUNT = 300
CREATED = 1745000000
CHAT_MODEL = "openai/gpt-4o-mini"
GENERATION_ID = "gen-1745000000-k3Jx9QpVbN2mWc7LtR4s"
CONTENT = (
    "Paris is the capital of France. It sits on the Seine in the north of the country, "
    "and with about 2.1 million people in the city itself it is also France's largest "
    "city and its political, economic and cultural centre."
)
WORDS = CONTENT.replace(".", " .").replace(",", " ,").split()


# -- the payloads -----------------------------------------------------------------


def chat_result() -> dict[str, Any]:
    return {
        "id": GENERATION_ID,
        "provider": "OpenAI",
        "model": CHAT_MODEL,
        "object": "chat.completion",
        "created": CREATED,
        "choices": [
            {
                "logprobs": None,
                "finish_reason": "stop",
                "native_finish_reason": "stop",
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": CONTENT,
                    "refusal": None,
                    "reasoning": None,
                },
            }
        ],
        "system_fingerprint": None,
        "usage": {
            "prompt_tokens": 14,
            "completion_tokens": 48,
            "total_tokens": 62,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "image_tokens": 0},
        },
    }


def stream_chunk(index: int, last: bool) -> dict[str, Any]:
    delta: dict[str, Any] = {"role": "assistant", "content": "", "reasoning": None}
    if not last:
        word = WORDS[index % len(WORDS)]
        delta["content"] = word if index == 0 or word in ".," else " " + word
    chunk: dict[str, Any] = {
        "id": GENERATION_ID,
        "provider": "OpenAI",
        "model": CHAT_MODEL,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "choices": [
            {
                "index": 0,
                "delta": delta,
                "finish_reason": "stop" if last else None,
                "native_finish_reason": "stop" if last else None,
                "logprobs": None,
            }
        ],
        "system_fingerprint": "fp_560af6e559",
    }
    if last:
        chunk["usage"] = {"prompt_tokens": 14, "completion_tokens": 999, "total_tokens": 1013}
    return chunk


def stream_events(count: int = STREAM_EVENTS) -> list[bytes]:
    """The event stream, one SSE event (with its blank line) per item."""
    events = [b": OPENROUTER PROCESSING\n\n"]
    for i in range(count):
        data = json.dumps(stream_chunk(i, i == count - 1), separators=(",", ":"))
        events.append(f"data: {data}\n\n".encode())
    events.append(b"data: [DONE]\n\n")
    return events


def sample_model() -> dict[str, Any]:
    """One valid `Model`, from the sampler on the normalized document."""
    sys.path.insert(0, str(ROOT))
    from generator.config import load_config
    from generator.spec.document import load_document
    from tests.samples import Sampler

    config = load_config(ROOT)
    doc = load_document(config.spec, config.overlays)
    return Sampler(doc).sample({"$ref": "#/components/schemas/Model"}, 1)


VENDORS = [
    ("openai", "OpenAI", "GPT", "GPT-4o"),
    ("anthropic", "Anthropic", "Claude", "Claude Sonnet"),
    ("google", "Google", "Gemini", "Gemini Flash"),
    ("meta-llama", "Meta", "Llama3", "Llama 3.3 Instruct"),
    ("mistralai", "Mistral", "Mistral", "Mistral Medium"),
    ("qwen", "Qwen", "Qwen3", "Qwen3 Instruct"),
    ("deepseek", "DeepSeek", "DeepSeek", "DeepSeek V3"),
    ("x-ai", "xAI", "Grok", "Grok"),
    ("cohere", "Cohere", "Cohere", "Command R+"),
    ("amazon", "Amazon", "Nova", "Nova Pro"),
]
PARAMETERS = [
    "max_tokens",
    "temperature",
    "top_p",
    "stop",
    "frequency_penalty",
    "presence_penalty",
    "seed",
    "logit_bias",
    "logprobs",
    "top_logprobs",
    "response_format",
    "structured_outputs",
    "tools",
    "tool_choice",
    "reasoning",
    "include_reasoning",
    "top_k",
    "repetition_penalty",
    "min_p",
]
DESCRIPTION = (
    "{name} is a {size} model from {vendor} tuned for instruction following, multi-turn "
    "chat and tool use. It handles long documents, code and structured output, with "
    "strong results on reasoning and multilingual benchmarks, and is a good default for "
    "production workloads that need a balance of quality, latency and price. "
    "Context window: {context} tokens."
)


def models(count: int = MODEL_COUNT) -> list[dict[str, Any]]:
    """`count` models: the sampled one, with realistic and varied values."""
    base = sample_model()
    result = []
    for i in range(count):
        slug, vendor, tokenizer, family = VENDORS[i % len(VENDORS)]
        version = i // len(VENDORS)
        model_id = f"{slug}/{family.lower().replace(' ', '-')}-{version}"
        name = f"{vendor}: {family} {version}"
        context = [8192, 32768, 131072, 200000, 1048576][i % 5]
        prompt = (i % 37 + 1) * 0.00000005
        vision = i % 3 == 0
        model = json.loads(json.dumps(base))
        model.update(
            id=model_id,
            canonical_slug=f"{model_id}-2025{(i % 12) + 1:02d}{(i % 28) + 1:02d}",
            hugging_face_id=f"{slug}/{family.replace(' ', '-')}-{version}" if i % 2 else "",
            name=name,
            created=CREATED - i * 86400,
            description=DESCRIPTION.format(
                name=name,
                size=["small", "mid-sized", "large"][i % 3],
                vendor=vendor,
                context=context,
            ),
            context_length=context,
            knowledge_cutoff=None if i % 4 else "2024-10-01",
            expiration_date=None,
            per_request_limits=None,
            default_parameters=None if i % 2 else {"temperature": 0.7, "top_p": 1.0},
            supported_parameters=PARAMETERS[: 8 + i % 12],
            links={"details": f"/api/v1/models/{model_id}/endpoints"},
        )
        model["pricing"] = {
            "prompt": f"{prompt:.10f}".rstrip("0"),
            "completion": f"{prompt * 4:.10f}".rstrip("0"),
            "request": "0",
            "image": "0.001445" if vision else "0",
            "web_search": "0",
            "internal_reasoning": "0",
            "input_cache_read": f"{prompt / 10:.11f}".rstrip("0"),
        }
        model["architecture"] = {
            "modality": "text+image->text" if vision else "text->text",
            "input_modalities": ["text", "image"] if vision else ["text"],
            "output_modalities": ["text"],
            "tokenizer": tokenizer,
            "instruct_type": None,
        }
        model["top_provider"] = {
            "context_length": context,
            "max_completion_tokens": [4096, 8192, 16384, 32768][i % 4],
            "is_moderated": i % 5 == 0,
        }
        result.append(model)
    return result


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


# -- the server -------------------------------------------------------------------


def head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def fixed(status: str, content_type: str, body: bytes) -> bytes:
    return head(status, {"Content-Type": content_type, "Content-Length": str(len(body))}) + body


def chunked(status: str, content_type: str, parts: list[bytes]) -> bytes:
    out = [
        head(
            status,
            {
                "Content-Type": content_type,
                "Cache-Control": "no-cache",
                "Transfer-Encoding": "chunked",
            },
        )
    ]
    for part in parts:
        out.append(b"%x\r\n%s\r\n" % (len(part), part))
    out.append(b"0\r\n\r\n")
    return b"".join(out)


class Responses:
    def __init__(self) -> None:
        self.chat = fixed("200 OK", "application/json", dumps(chat_result()))
        self.stream = chunked("200 OK", "text/event-stream", stream_events())
        self.models = fixed("200 OK", "application/json", dumps({"data": models()}))
        self.not_found = fixed(
            "404 Not Found",
            "application/json",
            dumps({"error": {"code": 404, "message": "no such route in the bench server"}}),
        )

    def route(self, method: str, path: str, body: bytes) -> bytes:
        path = path.split("?", 1)[0]
        if method == "POST" and path == "/api/v1/chat/completions":
            try:
                stream = json.loads(body).get("stream") is True
            except (ValueError, AttributeError):
                stream = False
            return self.stream if stream else self.chat
        if method == "GET" and path == "/api/v1/models":
            return self.models
        return self.not_found


async def handle(responses: Responses, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                raw = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            lines = raw.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, sep, value = line.partition(":")
                if sep:
                    headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length") or 0)
            body = await reader.readexactly(length) if length else b""
            writer.write(responses.route(method, target, body))
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                return
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


async def serve(port: int) -> None:
    responses = Responses()
    server = await asyncio.start_server(lambda r, w: handle(responses, r, w), "127.0.0.1", port, backlog=128)
    bound = server.sockets[0].getsockname()[1]
    print(f"READY http://127.0.0.1:{bound}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument(
        "--exit-on-eof", action="store_true", help="stop when stdin closes (the parent's pipe)"
    )
    args = parser.parse_args()

    def stop_when_stdin_closes() -> None:  # the parent died or closed the pipe
        try:
            sys.stdin.read()
        finally:
            os._exit(0)

    if args.exit_on_eof:
        threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    try:
        asyncio.run(serve(args.port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
