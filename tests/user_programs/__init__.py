"""Typical programs of an SDK user, written as a user would write them: each is
type-checked with pyright strict (tests/test_user_programs.py) and run against a fake
OpenRouter behind httpx.MockTransport. Each `main` takes the client, so the test can
hand it one; a real program would build `OpenRouter()` from $OPENROUTER_API_KEY."""
