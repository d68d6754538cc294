"""Prompt files: versioned templates with named variables, in the top-level `prompts/` folder.

The build copies that folder into the wheel as `plainsum/prompts/`; `prompt_folder()` finds it
there in an installed copy, and in the source checkout in an editable one.

A prompt file starts with a header in an HTML comment, then one or more parts, each opened by a
line `=== NAME ===` (for example `system` and `user`):

    <!--
    prompt: summary-v1
    purpose: what the prompt is for
    -->
    === system ===
    You write ... at grade {{grade}} ...
    === user ===
    {{paper}}

Variables are `{{name}}`. Rendering with a variable missing, or with a value the template does
not use, is a `ConfigError`: a typo never silently drops the paper from a prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import ConfigError, InputError

__all__ = ["Prompt", "load_prompt", "prompt_folder", "shipped_prompts"]

_HEADER = re.compile(r"\A\s*<!--(?P<body>.*?)-->\s*", re.DOTALL)
_PART = re.compile(r"^=== *(?P<name>[a-z_]+) *===[ \t]*$", re.MULTILINE)
_VARIABLE = re.compile(r"\{\{\s*(?P<name>[a-z_][a-z0-9_]*)\s*\}\}")
_FIELD = re.compile(r"^(?P<key>[a-z_]+):\s*(?P<value>.*)$")


@dataclass(frozen=True)
class Prompt:
    """A parsed prompt file. `version` (the header's `prompt:` line) is recorded in every draft."""

    version: str
    purpose: str
    parts: dict[str, str]
    path: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def variables(self) -> set[str]:
        """Every variable any part uses."""
        return {m["name"] for text in self.parts.values() for m in _VARIABLE.finditer(text)}

    def part(self, name: str) -> str:
        """The raw text of one part; a `ConfigError` names the file when it is missing."""
        if name not in self.parts:
            raise ConfigError(
                f"prompt {self.version!r} has no '=== {name} ===' part "
                f"(it has {', '.join(sorted(self.parts)) or 'none'})"
            )
        return self.parts[name]

    def render(self, name: str, **values: object) -> str:
        """Fill one part's variables; missing or unused values are errors."""
        text = self.part(name)
        wanted = {m["name"] for m in _VARIABLE.finditer(text)}
        missing = wanted - values.keys()
        if missing:
            raise ConfigError(
                f"prompt {self.version!r} part {name!r} needs variable(s) "
                f"{', '.join(sorted(missing))}"
            )
        unused = values.keys() - wanted
        if unused:
            raise ConfigError(
                f"prompt {self.version!r} part {name!r} does not use variable(s) "
                f"{', '.join(sorted(unused))}"
            )
        # One pass, so a value that itself contains "{{x}}" (a paper could) is never expanded.
        return _VARIABLE.sub(lambda m: str(values[m["name"]]), text)


def parse_prompt(text: str, *, path: str | None = None) -> Prompt:
    """Parse the text of a prompt file (see the module docstring for the format)."""
    where = path or "prompt"
    header = _HEADER.match(text)
    if not header:
        raise ConfigError(f"{where}: a prompt file starts with a <!-- prompt: NAME ... --> header")
    meta: dict[str, str] = {}
    key = ""
    for line in header["body"].strip().splitlines():
        found = _FIELD.match(line.strip())
        if found:
            key = found["key"]
            meta[key] = found["value"].strip()
        elif key and line.strip():  # an indented continuation line
            meta[key] += " " + line.strip()
    if not meta.get("prompt"):
        raise ConfigError(f"{where}: the header needs a 'prompt: NAME-vN' line")
    body = text[header.end() :]
    marks = list(_PART.finditer(body))
    if not marks:
        raise ConfigError(f"{where}: no '=== system ===' / '=== user ===' parts")
    parts: dict[str, str] = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(body)
        parts[mark["name"]] = body[mark.end() : end].strip("\n")
    return Prompt(
        version=meta["prompt"],
        purpose=meta.get("purpose", ""),
        parts=parts,
        path=path,
        meta=meta,
    )


def prompt_folder() -> Path:
    """Where the shipped prompt files are: inside the installed package (a wheel), else the
    checkout's top-level prompts/ folder (an editable install)."""
    packaged = Path(str(resources.files("plainsum"))) / "prompts"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "prompts"
    if checkout.is_dir():
        return checkout
    raise ConfigError("plainsum's prompt files are missing (neither installed nor checked out)")


def shipped_prompts() -> list[str]:
    """Names of the prompt files shipped with plainsum."""
    folder = prompt_folder()
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".md"))


def load_prompt(name_or_path: str | Path) -> Prompt:
    """A prompt by shipped name (`summary-v1`) or by path to a prompt file."""
    text_name = str(name_or_path)
    looks_like_path = (
        isinstance(name_or_path, Path)
        or any(sep in text_name for sep in ("/", "\\"))
        or text_name.endswith(".md")
    )
    if looks_like_path:
        path = Path(text_name).expanduser()
        from .ingest.bounded import read_text  # the one bounded reader

        try:
            text = read_text(path, 1_000_000, "prompt files")
        except InputError as exc:
            raise ConfigError(f"cannot read prompt file: {exc}") from None
        return parse_prompt(text, path=str(path))
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", text_name):
        raise ConfigError(f"bad prompt name {text_name!r}")
    shipped = prompt_folder() / f"{text_name}.md"
    if not shipped.is_file():
        raise ConfigError(
            f"no prompt named {text_name!r}",
            hint=f"shipped prompts: {', '.join(shipped_prompts())}; or give a path to a file",
        )
    text = shipped.read_text(encoding="utf-8")
    return parse_prompt(text, path=f"prompts/{text_name}.md")
