"""The ``hiptx`` command: browse the catalog, run the rules, check a catalog directory.

Readable text by default and ``--json`` for programs. Its contract (see
``hiptx --help`` and the "Command line" page of the documentation):

- exit status 0 on success, 1 when hiptx refuses the input or the data, 2 for a
  command line that cannot be parsed, 3 for an internal error (a bug: please
  report it), 130 when interrupted, 141 when the reader of the output goes away;
- every error is one line on stderr, ``hiptx: error: ...``, never a traceback;
- under ``--json`` an error is also a JSON object on stdout, ``{"error": ...,
  "kind": ..., "problems": [...]}``;
- output never fails on the terminal's encoding: text falls back to ASCII.

.. versionchanged:: 0.2.0
   The exit statuses above (a refused id or value was 2, now 1); one-line usage
   errors; JSON errors; ``--version`` on stdout; ``check`` and ``tour`` take
   ``--json``; ``hiptx.cli`` is a package.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from hiptx.cli import _output, _status
from hiptx.cli._commands import open_catalog
from hiptx.cli._parse import ParserExit, UsageError
from hiptx.cli._parser import build_parser

# Module names of the single-file hiptx.cli of 0.1, kept importable.
from hiptx.cli._tour import DISCLAIMER as DISCLAIMER, KINDS as KINDS
from hiptx.errors import HiptxError

__all__ = ["build_parser", "main"]


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether ``--json`` is on the command line (as argparse reads it, abbreviations too).

    Asked before parsing, so that a usage error can be reported as JSON as well.
    """
    before_end = argv[: argv.index("--")] if "--" in argv else argv
    return any(len(a) > 3 and "--json".startswith(a) for a in before_end)


def _report(message: str, kind: str, json_mode: bool, exc: BaseException | None = None) -> None:
    """One line on stderr; the JSON object on stdout too under ``--json``."""
    line = _output.one_line(message)
    if json_mode:
        _output.write(sys.stdout, _output.error_json(line, kind, exc), is_json=True)
    _output.write(sys.stderr, f"hiptx: error: {line}")


def _run(argv: Sequence[str], json_mode: bool) -> int:
    try:
        args = build_parser().parse_args(argv)
    except ParserExit as done:
        return done.status
    json_mode = args.json
    try:
        cat = open_catalog(args) if getattr(args, "needs_catalog", True) else None
        output = args.handler(args, cat)
    except HiptxError as exc:
        _report(str(exc), type(exc).__name__, json_mode, exc)
        return _status.REFUSED
    # A document (export's JSON) is printed as it is; text is fitted to the terminal.
    if not json_mode and getattr(args, "wrap_text", True):
        from hiptx.cli import _render

        output = _render.wrap(output, _render.output_width())
    _output.write(sys.stdout, output, is_json=json_mode)
    return _status.OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``hiptx`` command; returns the exit status.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` if omitted.

    Example:
        >>> import hiptx.cli
        >>> hiptx.cli.main(["recovery", "personalised-hip-therapy", "--job", "manual"])
        Recovery after Personalised Hip Therapy (PHT)
        ...
        0
        >>> hiptx.cli.main(["show", "no-such-id"])
        1

    .. versionchanged:: 0.2.0
       Exit status 1 (was 2) when hiptx refuses an id or a value.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    json_mode = _wants_json(argv)
    try:
        try:
            return _run(argv, json_mode)
        except UsageError as exc:
            pointer = f" (see '{exc.prog} --help')"
            _report(exc.message + pointer, "UsageError", json_mode)
            return _status.USAGE
        except KeyboardInterrupt:
            _output.write(sys.stderr, "hiptx: error: interrupted")
            return _status.INTERRUPTED
        except _output.BrokenPipe:
            raise
        except Exception as exc:  # noqa: BLE001 - the contract: never a traceback
            message = (
                f"internal error: {type(exc).__name__}: {exc}; "
                "this is a bug in hiptx, please report it with the command line"
            )
            _report(message, type(exc).__name__, json_mode)
            return _status.INTERNAL
    except _output.BrokenPipe:
        _output.silence_stdout()
        return _status.BROKEN_PIPE
