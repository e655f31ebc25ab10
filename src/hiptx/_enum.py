"""The base class of every public hiptx enum: it prints as its value.

``str(hiptx.Outcome.PROGRESS)`` is ``"progress"``, the same text as in the data
files and in JSON, rather than Python's ``"Outcome.PROGRESS"``; ``repr()`` still
names the member.
"""

from __future__ import annotations

from enum import Enum


class ValueEnum(Enum):
    """An enum whose ``str()`` is its value."""

    def __str__(self) -> str:
        return str(self.value)
