r"""Writing the command's output: any terminal encoding, closed pipes, errors as one line.

Nothing here knows about commands. Text that a terminal cannot encode falls back to
ASCII look-alikes (curly quotes to straight ones, dashes to hyphens, accented letters
to plain ones) and then to ``?``; JSON falls back to ``\u`` escapes so it stays valid
and loses nothing.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from collections.abc import Mapping
from typing import TextIO

from hiptx.errors import HiptxError, InvalidValueError

# Punctuation the data uses (and a few more) with the ASCII a reader would type.
_ASCII_LOOKALIKES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "--",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2212": "-",
        "\u00d7": "x",
        "\u2192": "->",
        "\u2264": "<=",
        "\u2265": ">=",
    }
)


class BrokenPipe(Exception):  # noqa: N818 - it names the event, like BrokenPipeError
    """The reader of standard output went away (``hiptx list risks | head -1``)."""


def _encoding(stream: TextIO) -> str:
    return getattr(stream, "encoding", None) or "utf-8"


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _ascii_char(char: str) -> str:
    translated = char.translate(_ASCII_LOOKALIKES)
    if translated != char:
        return translated
    # "ü" decomposes to "u" plus a combining mark; keep the letter, drop the mark.
    letters = "".join(
        c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
    )
    return letters if letters.isascii() and letters else "?"


def fit_text(text: str, encoding: str) -> str:
    r"""``text`` with every character ``encoding`` cannot hold replaced by ASCII.

    Example:
        >>> fit_text("\u201cBr\u00fcgger\u201d \u2013 2 weeks\u2026", "ascii")
        '"Brugger" - 2 weeks...'
        >>> fit_text("\ud800 lone surrogate", "utf-8")
        '? lone surrogate'
    """
    if _encodes(text, encoding):
        return text
    return "".join(c if _encodes(c, encoding) else _ascii_char(c) for c in text)


def fit_json(text: str, encoding: str) -> str:
    r"""JSON text with non-ASCII characters as ``\u`` escapes if ``encoding`` cannot hold them.

    Only string literals can hold non-ASCII characters, so escaping them one by one
    gives the same JSON value.

    Example:
        >>> fit_json('{"q": "\u201cx\u201d"}', "ascii")
        '{"q": "\\u201cx\\u201d"}'
    """
    if _encodes(text, encoding):
        return text
    return "".join(c if c.isascii() else json.dumps(c)[1:-1] for c in text)


def write(stream: TextIO | None, text: str, *, is_json: bool = False) -> None:
    """Write ``text`` and a newline in a form the stream's encoding can hold.

    A stream that is ``None`` (Python's stand-in for a standard stream that was
    closed when it started, as in ``hiptx show x 2>&-``) takes nothing.

    Raises:
        BrokenPipe: if the reader closed the pipe.
    """
    if stream is None:
        return
    fitted = (fit_json if is_json else fit_text)(text, _encoding(stream))
    try:
        stream.write(fitted + "\n")
        stream.flush()
    except BrokenPipeError:
        raise BrokenPipe from None


def silence_stdout() -> None:
    """Point standard output at the null device after a broken pipe.

    The Python documentation's recipe (``signal`` module, "Note on SIGPIPE"): the
    interpreter flushes stdout at exit, and a flush into the closed pipe would print
    a second error.
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's capture): nothing will be flushed to a pipe
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def one_line(message: str) -> str:
    r"""A message on one line: later lines joined with "; ".

    Example:
        >>> one_line("the catalog data is invalid (2 problems):\n  a.json: x\n  b.json: y")
        'the catalog data is invalid (2 problems): a.json: x; b.json: y'
    """
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if not lines:
        return "(no message)"
    head, rest = lines[0], lines[1:]
    return f"{head} {'; '.join(rest)}" if rest else head


def _problem(problem: object) -> object:
    """One catalog problem as JSON: structured problems as objects, others as text."""
    if isinstance(problem, str):
        return problem
    if isinstance(problem, Mapping):
        return dict(problem)
    import attrs

    if attrs.has(type(problem)):
        return attrs.asdict(problem)  # type: ignore[arg-type]
    return str(problem)


def error_json(message: str, kind: str, exc: BaseException | None = None) -> str:
    """The JSON object printed on stdout for an error under ``--json``.

    Example:
        >>> print(error_json("unknown id 'x'", "UnknownIdError"))
        {"error": "unknown id 'x'", "kind": "UnknownIdError", "problems": []}
    """
    problems = getattr(exc, "problems", ()) if isinstance(exc, HiptxError) else ()
    data = {"error": message, "kind": kind, "problems": [_problem(p) for p in problems]}
    return json.dumps(data, ensure_ascii=False, default=str)


def write_svg(option: str, target: str, svg: str, what: str) -> str:
    """Write a picture to the file an option names; the sentence that says so.

    A directory or an unwritable path is the option's error, never a traceback.
    """
    from pathlib import Path

    path = Path(target)
    if path.is_dir():
        raise InvalidValueError(option, target, "a file path; that path is a directory")
    try:
        path.write_text(svg, "utf-8")
    except OSError as exc:
        raise InvalidValueError(option, target, f"a writable file path ({exc.strerror})") from None
    return f"Wrote {what} (SVG) to {path}."
