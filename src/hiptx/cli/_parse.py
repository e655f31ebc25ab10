"""Command-line parsing: a parser whose errors are exceptions, strict value types.

Every value type here checks only the *form* of a value (digits, a date, one of an
enum's values); a bad form is a usage error (exit status 2). Whether hiptx accepts
the value (an id that exists, a pain score within 0-10) is decided later by the
library, whose refusal is exit status 1.

Adding a repeated option to a command is one line::

    p.add_argument("--red-flag", dest="red_flags", type=enum_type(RedFlag, "red flag"),
                   action=AppendUnique, default=[], metavar="FLAG")

:class:`AppendUnique` collects the values and refuses one given twice.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections.abc import Callable, Hashable, Sequence
from enum import Enum
from typing import Any, NoReturn, TypeVar

from hiptx._enum import ValueEnum
from hiptx.cli import _output
from hiptx.vocab import MovementPattern

E = TypeVar("E", bound=ValueEnum)


class UsageError(Exception):
    """The command line cannot be parsed; exit status 2.

    Attributes:
        message: What is wrong, on one line.
        prog: The command it happened in (``"hiptx progress"``), for the ``--help`` pointer.
    """

    def __init__(self, message: str, prog: str = "hiptx") -> None:
        self.message = message
        self.prog = prog
        super().__init__(message)


class ParserExit(Exception):  # noqa: N818 - it is a request to exit, not a failure
    """``--help`` or ``--version`` has printed its text; exit with ``status``."""

    def __init__(self, status: int) -> None:
        self.status = status
        super().__init__(status)


def _once(action: type[argparse.Action]) -> type[argparse.Action]:
    """``action``, refusing a second use of its option on one command line."""

    class Once(action):  # type: ignore[valid-type, misc]
        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            values: Any,
            option_string: str | None = None,
        ) -> None:
            # argparse would keep the last value silently; a script that passes
            # --job twice has a bug worth a usage error.
            given: set[str] = namespace.__dict__.setdefault("_hiptx_given", set())
            if option_string is not None and self.dest in given:
                parser.error(f"argument {'/'.join(self.option_strings)}: given more than once")
            given.add(self.dest)
            super().__call__(parser, namespace, values, option_string)

    Once.__name__ = f"Once{action.__name__}"
    return Once


class Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing usage and exiting.

    The caller decides how an error looks (one line, or JSON), and a test can call
    :func:`hiptx.cli.main` without catching ``SystemExit``. An option that takes
    one value (or is a flag) may be given once: a second is a usage error.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, action in (
            (None, argparse._StoreAction),  # noqa: SLF001 - argparse's own action classes
            ("store", argparse._StoreAction),  # noqa: SLF001
            ("store_true", argparse._StoreTrueAction),  # noqa: SLF001
            ("store_false", argparse._StoreFalseAction),  # noqa: SLF001
            ("store_const", argparse._StoreConstAction),  # noqa: SLF001
        ):
            self.register("action", name, _once(action))

    def error(self, message: str) -> NoReturn:
        """Raise :class:`UsageError` instead of printing the usage and exiting."""
        raise UsageError(message, self.prog)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Raise :class:`ParserExit` instead of ``SystemExit``."""
        if message:
            _output.write(sys.stderr, message.rstrip("\n"))
        raise ParserExit(status)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse builds a formatter for each add_argument call only to check the
        # metavar, and a formatter with no width asks shutil for the terminal's,
        # an import and a system call per argument. The width matters only when
        # help or usage is printed (see format_help and format_usage).
        width = None if self._printing else 80
        return self.formatter_class(prog=self.prog, width=width)  # type: ignore[call-arg]

    _printing = False

    def _at_terminal_width(self, format_text: Callable[[], str]) -> str:
        self._printing = True
        try:
            return format_text()
        finally:
            self._printing = False

    def format_help(self) -> str:
        """The help text, at the terminal's width."""
        return self._at_terminal_width(super().format_help)

    def format_usage(self) -> str:
        """The usage line, at the terminal's width."""
        return self._at_terminal_width(super().format_usage)

    def print_help(self, file: Any = None) -> None:
        """Print the help in a form the terminal's encoding can hold."""
        _output.write(file or sys.stdout, self.format_help().rstrip("\n"))


class VersionAction(argparse.Action):
    """``--version`` on standard output, looked up only when asked for.

    argparse's own version action needs the string when the parser is built, and
    importing importlib.metadata for it cost every command about 30 ms.
    """

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        """Print ``hiptx VERSION`` and exit with status 0."""
        from hiptx import __version__

        _output.write(sys.stdout, f"hiptx {__version__}")
        parser.exit()


class AppendUnique(argparse.Action):
    """Collect an option's values (repeated, or ``nargs="+"``), refusing one given twice.

    Args:
        key: What makes two values the same (``--finding adduction=weak`` and
            ``adduction=painful`` share the pattern); the value itself by default.
    """

    def __init__(
        self, *args: Any, key: Callable[[Any], Hashable] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.key = key or (lambda value: value)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        """Append ``values`` to the list so far; a repeated key is a usage error."""
        items = list(getattr(namespace, self.dest, None) or [])
        seen = {self.key(item) for item in items}
        for value in values if isinstance(values, list) else [values]:
            key = self.key(value)
            if key in seen:
                label = key.value if isinstance(key, Enum) else key
                name = option_string or self.metavar or self.dest
                parser.error(f"argument {name}: {label!r} is given twice; give each once")
            seen.add(key)
            items.append(value)
        setattr(namespace, self.dest, items)


def enum_type(kind: type[E], noun: str) -> Callable[[str], E]:
    """An argparse type for an enum member, read by the enum's own ``parse``."""

    def parse(text: str) -> E:
        from hiptx.errors import UnknownNameError

        try:
            member = kind.parse(text)
        except UnknownNameError as exc:
            allowed = [str(m.value) for m in kind]
            hint = f" (did you mean {exc.suggestions[0]!r}?)" if exc.suggestions else ""
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a {noun}{hint}; expected one of: {', '.join(allowed)}"
            ) from None
        return member

    parse.__name__ = noun  # argparse names the type in some of its errors
    return parse


_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"  # compiled by re's cache on first use


def date_type(text: str) -> datetime.date:
    """An argparse type for a date written YYYY-MM-DD, and only that way."""
    # date.fromisoformat accepts 20261201 and week dates on Python 3.11+; the help
    # promises one form, so only that form is read.
    if not re.fullmatch(_DATE, text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real calendar date") from None


# The longest number a count, a score or an hour figure can be written with. Larger
# values are refused by the library's own bounds; this only keeps int() from being
# handed thousands of digits.
_MAX_DIGITS = 9
_WHOLE = rf"[0-9]{{1,{_MAX_DIGITS}}}"
_DECIMAL = re.compile(rf"[0-9]{{1,{_MAX_DIGITS}}}(\.[0-9]{{1,{_MAX_DIGITS}}})?")


def whole_number(key: str, text: str) -> int:
    """``text`` as an int if it is plain ASCII digits (no sign, space, ``_`` or other script)."""
    if not re.fullmatch(_WHOLE, text):
        raise argparse.ArgumentTypeError(
            f"{key}={text!r}: expected a whole number written with the digits 0-9 "
            f"(at most {_MAX_DIGITS}), e.g. {key}=3"
        )
    return int(text)


def decimal_number(key: str, text: str) -> float:
    """``text`` as a float if it is ASCII digits with an optional decimal part."""
    if not _DECIMAL.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{key}={text!r}: expected a number written with the digits 0-9 and "
            f"an optional decimal point, e.g. {key}=1.5"
        )
    return float(text)


# --session: short keys and the SessionRecord field names, so that code and command
# line can use the same words.
_SESSION_NUMBERS = {
    "sets": "sets",
    "reps": "reps",
    "hold": "hold_seconds",
    "before": "pain_before",
    "during": "pain_during",
    "after": "pain_after_24h",
    "lasted": "pain_lasted_hours",
}
_SESSION_FLAGS = {"sharp": "sharp_pain", "swollen": "swelling", "hot": "hot_joint"}
_NUMBER_KEYS = {**_SESSION_NUMBERS, **{f: f for f in _SESSION_NUMBERS.values()}}
_FLAG_KEYS = {**_SESSION_FLAGS, **{f: f for f in _SESSION_FLAGS.values()}}
SESSION_FORM = (
    "sets=N,reps=N,during=N,after=N (or hold=N instead of reps), "
    "optionally date=YYYY-MM-DD, before=N, lasted=H, sharp, swollen, hot"
)


def _session_item(
    part: str, values: dict[str, int | float | bool | datetime.date], given: dict[str, str]
) -> None:
    """Read one ``key=value`` or flag item of ``--session`` into ``values``."""
    if not part or part != part.strip():
        raise argparse.ArgumentTypeError(
            f"item {part!r}: items are key=value with no spaces or empty items; "
            f"expected {SESSION_FORM}"
        )
    key, has_value, raw = part.partition("=")
    if key == "date":
        if "date" in given:
            raise argparse.ArgumentTypeError("'date' is given twice; give each key once")
        given["date"] = key
        values["date"] = date_type(raw)
        return
    field = _NUMBER_KEYS.get(key) or _FLAG_KEYS.get(key)
    if field is None:
        allowed = ", ".join(["date", *_SESSION_NUMBERS, *_SESSION_FLAGS])
        raise argparse.ArgumentTypeError(f"unknown session key {key!r}; expected one of: {allowed}")
    if field in given:
        raise argparse.ArgumentTypeError(
            f"{key!r} is given twice (also as {given[field]!r}); give each key once"
        )
    given[field] = key
    if key in _FLAG_KEYS:
        if has_value:
            raise argparse.ArgumentTypeError(
                f"{key!r} is a yes/no flag: write it alone, without '={raw}'"
            )
        values[field] = True
    elif field == "pain_lasted_hours":
        values[field] = decimal_number(key, raw)
    else:
        values[field] = whole_number(key, raw)


def session_type(text: str) -> dict[str, int | float | bool | datetime.date]:
    """Parse ``--session`` into SessionRecord keyword arguments (not yet checked by hiptx).

    The form is checked here: known keys, each once, plain digits, the keys a session
    needs. The values' bounds (pain 0-10, ...) are the library's to check.
    """
    if not text.strip():
        raise argparse.ArgumentTypeError(f"empty session; expected {SESSION_FORM}")
    values: dict[str, int | float | bool | datetime.date] = {}
    given: dict[str, str] = {}  # field -> the key it was given as
    for part in text.split(","):
        _session_item(part, values, given)
    missing = [k for k in ("sets", "during", "after") if _NUMBER_KEYS[k] not in values]
    if missing:
        raise argparse.ArgumentTypeError(f"missing {', '.join(missing)}; expected {SESSION_FORM}")
    if ("reps" in values) == ("hold_seconds" in values):
        raise argparse.ArgumentTypeError(
            "give exactly one of reps=N (rep work) or hold=N (seconds, for holds)"
        )
    return values


def finding_type(text: str) -> tuple[MovementPattern, Enum, int | None]:
    """Parse ``--finding PATTERN=FINDING`` or ``PATTERN=painful:SCORE``."""
    from hiptx.rules.plans import Finding

    pattern_text, has_finding, finding_text = text.partition("=")
    if not has_finding:
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected PATTERN=FINDING, e.g. adduction=weak or adduction=painful:4"
        )
    finding_text, has_score, score_text = finding_text.partition(":")
    pattern = enum_type(MovementPattern, "movement pattern")(pattern_text)
    finding = enum_type(Finding, "finding")(finding_text)
    score = whole_number("score", score_text) if has_score else None
    return pattern, finding, score


def add_command(
    commands: argparse._SubParsersAction[Parser],
    name: str,
    handler: Callable[..., str],
    help_text: str,
) -> argparse.ArgumentParser:
    """A command (or a command's action) that runs ``handler``, with its own ``--json``."""
    p = commands.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(handler=handler)
    # SUPPRESS: a command's default must not undo a --json given before the command.
    p.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON instead of text"
    )
    return p
