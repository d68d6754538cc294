"""Command-line options shared by commands that draft (draft, eval, batch).

Cheap to import on purpose: `plainsum --help` builds every command's parser, so nothing here
may import pydantic, the gate or a drafter (settings load when a command runs)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..settings import Settings

# ingest.FORMATS, spelled out so the parser does not import the readers (a test keeps them equal).
INPUT_FORMATS = ("auto", "text", "pubmed", "medline", "jats", "feed", "pdf", "jsonl")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """Flags that choose and tune the drafter; each overrides env and config."""
    group = parser.add_argument_group("drafter")
    group.add_argument(
        "--backend",
        choices=["auto", "offline", "openai"],
        default=None,
        help="offline: the built-in drafter; openai: any OpenAI-compatible endpoint; auto "
        "(default): the model when OPENAI_API_KEY or a base URL is set, else offline",
    )
    group.add_argument("--model", default=None, help="model name (env PLAINSUM_MODEL)")
    group.add_argument(
        "--base-url", default=None, help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)"
    )
    group.add_argument("--temperature", type=float, default=None, help="sampling temperature")
    group.add_argument(
        "--max-repairs",
        type=int,
        default=None,
        help="how many times to send the gate's findings back for a fix (default 2)",
    )
    group.add_argument(
        "--prompt", default=None, help="prompt version name or path to a prompt file"
    )
    group.add_argument(
        "--max-input-tokens",
        type=int,
        default=None,
        help="longest paper sent to the model, in tokens; longer ones are cut, abstract kept",
    )
    group.add_argument(
        "--grade",
        type=float,
        default=None,
        help="target Flesch-Kincaid grade of the summary body (default 8)",
    )
    group.add_argument(
        "--response-format",
        choices=["auto", "json_schema", "json_object", "text"],
        default=None,
        help="what the endpoint is asked for; auto (default) steps down from json_schema when "
        "a server rejects it and remembers what worked",
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds one request may take in all (connect, headers, body; default 60)",
    )
    group.add_argument(
        "--draft-timeout",
        type=float,
        default=None,
        help="seconds one draft may take in all, every retry and repair included (default 600)",
    )
    group.add_argument("--config", type=Path, default=None, help="a plainsum.toml to read")
    group.add_argument(
        "--no-log", action="store_true", help="do not record model calls in the local run log"
    )


def add_review_options(parser: argparse.ArgumentParser, *, endpoint: bool = False) -> None:
    """`--review`: the model review joins the gate. With `endpoint`, also the flags that name the
    model and endpoint (for commands that do not draft, such as check)."""
    group = parser.add_argument_group("model review")
    group.add_argument(
        "--review",
        choices=["off", "model"],
        default=None,
        help="model: a model also reads the paper and the summary and says, per sentence, "
        "supported / not supported / contradicted, and whether the headline states the main "
        "finding; its verdicts are findings marked as the model's (needs a model endpoint; "
        "env PLAINSUM_REVIEW; default off)",
    )
    if not endpoint:
        return
    group.add_argument("--model", default=None, help="model name (env PLAINSUM_MODEL)")
    group.add_argument(
        "--base-url", default=None, help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)"
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds one request may take in all (connect, headers, body; default 60)",
    )
    group.add_argument("--config", type=Path, default=None, help="a plainsum.toml to read")
    group.add_argument(
        "--no-log", action="store_true", help="do not record model calls in the local run log"
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    from ..settings import load_settings

    flags: dict[str, Any] = {
        name: getattr(args, name, None)
        for name in (
            "backend",
            "model",
            "base_url",
            "temperature",
            "max_repairs",
            "prompt",
            "max_input_tokens",
            "grade",
            "response_format",
            "timeout",
            "draft_timeout",
            "review",
        )
    }
    if getattr(args, "no_log", False):
        flags["log"] = False
    return load_settings(flags, config=getattr(args, "config", None))
