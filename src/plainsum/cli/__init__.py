"""The `plainsum` command: a thin layer that parses arguments, calls the library and maps errors
to exit codes. Each command lives in its own module with `register(subparsers)`.

Start-up is part of the interface: `plainsum --help` must not import what no command needs
yet. A command module's top level and its `register` import only argparse and the small
`errors`/`options`/`output` helpers; the library (pydantic, the gate, drafters, rich) is
imported inside `run` (tests/test_cli_startup.py holds this)."""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import EXIT_BAD_INPUT, PlainsumError

# Modules under plainsum.cli, each with register(subparsers); the order is the --help order.
COMMAND_MODULES = (
    "draft_cmd",
    "batch_cmd",
    "check_cmd",
    "eval_cmd",
    "compare_cmd",
    "log_cmd",
    "site_cmd",
)

EXIT_INTERNAL = 4


class _StderrHandler(logging.Handler):
    """Log records as 'plainsum: message' lines on whatever stderr is at the time."""

    def emit(self, record: logging.LogRecord) -> None:
        from ..redact import clean

        print(f"plainsum: {clean(record.getMessage())}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plainsum",
        description=(
            "Turn biomedical research into plain-language summaries for people with MS and their "
            "caregivers: headline, what the study did, why it matters, limitations. Every draft is "
            "checked for reading level, caveats, overclaiming and faithfulness before it is shown."
        ),
        epilog=(
            "Exit codes: 0 ok, 1 the draft fails the gate, 2 bad input or usage, 3 model endpoint "
            "error. Set PLAINSUM_DEBUG=1 to see tracebacks."
        ),
    )
    parser.add_argument("--version", action="version", version=f"plainsum {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def _fail(message: str, code: int, hint: str = "") -> int:
    from ..redact import clean

    print(f"plainsum: error: {clean(message)}", file=sys.stderr)
    if hint:
        print(f"plainsum: hint: {clean(hint)}", file=sys.stderr)
    return code


def _print_traceback() -> None:
    import traceback

    traceback.print_exc()


def _environment_message(exc: BaseException) -> str:
    """One line for a failure of the machine or the input's shape (documented as exit 2)."""
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read"
    if isinstance(exc, MemoryError):
        return "out of memory: the input is too large"
    assert isinstance(exc, OSError)
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"the disk is full{where}"
    return f"{exc.strerror or exc}{where}"


def main(argv: Sequence[str] | None = None, *, cache_regexes: bool = False) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    if cache_regexes:  # after parsing: --help and usage errors need no library, no cache
        from .. import regex_cache

        regex_cache.install()
    debug = os.environ.get("PLAINSUM_DEBUG") == "1"
    # The library reports slow-downs (rate limits, retries) through logging; show them on stderr.
    # Only plainsum's own logger: other libraries' debug logs could carry request details.
    log = logging.getLogger("plainsum")
    if not any(isinstance(h, _StderrHandler) for h in log.handlers):
        log.addHandler(_StderrHandler())
    log.setLevel(logging.DEBUG if debug else logging.WARNING)
    try:
        return int(args.func(args) or 0)
    except PlainsumError as exc:
        if debug:
            _print_traceback()
        return _fail(str(exc), exc.exit_code, exc.hint)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except (OSError, RecursionError, MemoryError) as exc:  # the machine or the input, not a bug
        if debug:
            _print_traceback()
        return _fail(_environment_message(exc), EXIT_BAD_INPUT)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if debug:
            _print_traceback()
        return _fail(
            f"internal error: {type(exc).__name__}: {exc}",
            EXIT_INTERNAL,
            "this is a bug in plainsum; rerun with PLAINSUM_DEBUG=1 and report the traceback",
        )


def console() -> int:
    """The `plainsum` command (console script and `python -m plainsum`): `main` with the
    compiled-pattern cache of `regex_cache` in front of `re` once a command is to run, for
    this process only."""
    return main(cache_regexes=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(console())
