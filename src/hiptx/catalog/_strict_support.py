"""The checks the generated strict builders (``_builders``) call.

Written by hand, so that the generator writes only the per-class code: each
check here refuses exactly what hiptx's cattrs hooks refuse (no coercion), by
raising :class:`NotStrict`; the pipeline then words why.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import attrs


class NotStrict(Exception):  # noqa: N818 - a signal to fall back, not an error shown
    """The data is not exactly what the schema allows; cattrs will say why."""


def check_str(value: Any) -> str:
    """``value`` if it is a string."""
    if type(value) is not str:
        raise NotStrict
    return value


def check_float(value: Any) -> float:
    """``value`` as a float if it is a JSON number (an integer is a number too)."""
    if type(value) is not float and type(value) is not int:
        raise NotStrict
    return float(value)


def or_none(value: Any, check: Callable[[Any], Any]) -> Any:
    """``None`` for ``None``, else ``check(value)``."""
    return None if value is None else check(value)


def items_of(check: Callable[[Any], Any], value: Any) -> tuple[Any, ...]:
    """``value``'s items, each passed through ``check``, if ``value`` is a JSON array."""
    # A JSON string is iterable too; only an array becomes a tuple.
    if type(value) is not list:
        raise NotStrict
    return tuple(map(check, value))


def tuple_of(check: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    """A check for a JSON array whose every item passes ``check``, giving a tuple."""
    # A partial, not a closure: the work is done by a module-level function that
    # each load calls (mutation testing can reach it; the closure ran its body
    # only inside functions made at import).
    return functools.partial(items_of, check)


def validator_of(attribute: attrs.Attribute[Any]) -> Callable[[Any, Any, Any], Any]:
    """The validator of a field that has one (the generator names only those)."""
    assert attribute.validator is not None  # noqa: S101 - guaranteed by the generator
    return attribute.validator
