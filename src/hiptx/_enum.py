"""The base class of every public hiptx enum: it prints as its value, and parses text.

``str(hiptx.Outcome.PROGRESS)`` is ``"progress"``, the same text as in the data
files and in JSON, rather than Python's ``"Outcome.PROGRESS"``; ``repr()`` still
names the member. ``parse`` is the one way an app, a form or the CLI reads a
member from what a person typed.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

_E = TypeVar("_E", bound="ValueEnum")

# Enum class -> {normalised spelling: member}, built on first parse of that enum.
_SPELLINGS: dict[type[Enum], dict[str, Enum]] = {}


def _normalised(text: str) -> str:
    """One spelling for every variant: case, hyphens, underscores and spaces ignored."""
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


class ValueEnum(Enum):
    """An enum whose ``str()`` is its value, and whose members parse from text."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls: type[_E], text: str) -> _E:  # noqa: PYI019 - typing.Self is 3.11+
        """The member ``text`` names, by value or name, in any case and spelling.

        Hyphens, underscores and spaces between words are all accepted.

        Args:
            text: What a person or a request gave, e.g. ``"night-rest-pain"``.

        Raises:
            UnknownNameError: ``text`` names no member; the error lists the
                allowed values and suggests the closest ones.
            WrongTypeError: ``text`` is not a string (a member is returned as it is).

        Example:
            >>> import hiptx
            >>> hiptx.MovementPattern.parse("Internal-Rotation")
            <MovementPattern.INTERNAL_ROTATION: 'internal_rotation'>
            >>> hiptx.Outcome.parse("PROGRESS") is hiptx.Outcome.PROGRESS
            True
            >>> hiptx.MovementPattern.parse("adductoin")
            Traceback (most recent call last):
            ...
            hiptx.errors.UnknownNameError: MovementPattern: 'adductoin' is not allowed; expected one of ...; did you mean 'adduction' or 'abduction'?

        .. versionadded:: 0.2.0
        """
        from hiptx.errors import UnknownNameError, WrongTypeError

        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise WrongTypeError(cls.__name__, text, f"a {cls.__name__} value as text")
        spellings = _SPELLINGS.get(cls)
        if spellings is None:
            spellings = {}
            for member in cls:
                spellings.setdefault(_normalised(member.name), member)
                spellings.setdefault(_normalised(str(member.value)), member)
            _SPELLINGS[cls] = spellings
        wanted = _normalised(text)
        found = spellings.get(wanted)
        if found is not None:
            return found  # type: ignore[return-value]  # built from cls's own members
        import difflib

        values = [str(member.value) for member in cls]
        close = difflib.get_close_matches(wanted, list(spellings), n=3)
        suggestions = list(dict.fromkeys(str(spellings[c].value) for c in close))
        allowed = "one of " + ", ".join(values)
        error = UnknownNameError(cls.__name__, text, allowed, suggestions)
        error.path = ""  # the enum's name is not a key of anyone's payload
        raise error
