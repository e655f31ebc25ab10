"""The load pipeline's build step, and the checks the generated builders call.

Written by hand, so that the generator (``_builders``) writes only the per-class
code: each check here refuses exactly what hiptx's cattrs hooks refuse (no
coercion), by raising :class:`NotStrict`; the pipeline then words why.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

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


class Built(NamedTuple):
    """The build step's answer: each file's document, and the source ids cited in them."""

    documents: dict[str, Any]
    cited: frozenset[str] | None


def build(parsed: dict[str, Any], *, trusted: bool = False) -> Built | None:
    """Each parsed document built (the build step), or ``None`` at the first refusal.

    ``trusted``: build without validators (only for bytes the bundled record
    vouches for). The strict builders record every citation they build, which the
    reference check uses; one load at a time builds, so that record belongs to
    this load alone (the load is CPU-bound Python: threads lose no parallelism).
    """
    from hiptx.catalog import _builders

    if trusted:
        return Built({name: _builders.TRUSTED[name](raw) for name, raw in parsed.items()}, None)
    with _BUILDING:
        try:
            documents = {name: _builders.STRICT[name](raw) for name, raw in parsed.items()}
            return Built(documents, _builders.cited_source_ids())
        except Exception:  # noqa: BLE001 - any refusal (KeyError, TypeError ...) is worded later
            return None
        finally:
            # Equal citations were built once for this load; keep none for the next.
            _builders.forget_shared()


_BUILDING = threading.Lock()
