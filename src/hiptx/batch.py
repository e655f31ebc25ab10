"""Bulk work: progression decisions for many session logs, in a compact form.

A full :class:`~hiptx.ProgressionDecision` embeds its reasons' sentences and whole
citations, so it pickles to kilobytes. For work spread over processes or machines
(see the "Running at scale" page), :func:`check_progression_batch` takes plain
records (dicts or tuples of strings and numbers) and returns one
:class:`CompactDecision` per record: the outcome, the next exercise, the reason
codes and the cited source ids, all plain strings, a few hundred bytes pickled.
Every session is checked as strictly as :class:`~hiptx.SessionRecord` checks it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, Literal, NamedTuple, overload

import attrs

from hiptx import _args
from hiptx.catalog import Catalog, load_catalog
from hiptx.errors import HiptxError, InvalidValueError, UnknownIdError, WrongTypeError
from hiptx.rules.pain import SessionRecord
from hiptx.rules.progression import ProgressionDecision, check_progression
from hiptx.vocab import RedFlag

__all__ = ["CompactDecision", "check_progression_batch", "compact"]


def __dir__() -> list[str]:
    return __all__


# The order of a session given as a tuple: SessionRecord's fields. A tuple may
# stop early; the fields it leaves out take their defaults.
_SESSION_FIELDS: tuple[str, ...] = tuple(f.name for f in attrs.fields(SessionRecord))

_RED_FLAGS = {flag.value: flag for flag in RedFlag}


class CompactDecision(NamedTuple):
    """A progression decision in plain strings, for bulk work.

    Attributes:
        outcome: ``"progress"``, ``"hold"``, ``"regress"`` or ``"stop"``.
        exercise_id: The exercise the sessions were logged for.
        next_exercise_id: The exercise for the next session (``None`` for stop).
        reason_codes: Each reason's :class:`~hiptx.ReasonCode` value, in order.
        source_ids: The ids of the sources the reasons cite, each once, in order
            of first citation (look them up in ``catalog.sources``).

    Example:
        >>> import pickle, hiptx
        >>> d = hiptx.check_progression_batch(
        ...     [("side-lying-hip-adduction", [(3, 2, 2, 10)])])[0]
        >>> d.outcome, d.next_exercise_id
        ('progress', 'side-lying-hip-adduction-loaded')
        >>> len(pickle.dumps(d)) < 400
        True

    .. versionadded:: 0.2.0
    """

    outcome: str
    exercise_id: str
    next_exercise_id: str | None
    reason_codes: tuple[str, ...]
    source_ids: tuple[str, ...]


def compact(decision: ProgressionDecision) -> CompactDecision:
    """The compact form of a full decision.

    Example:
        >>> import hiptx
        >>> full = hiptx.check_progression("side-lying-hip-adduction",
        ...     [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)])
        >>> hiptx.compact(full).reason_codes
        ('pain-within-ceiling', 'target-dose-met', 'next-step')

    .. versionadded:: 0.2.0
    """
    _args.require("decision", decision, ProgressionDecision)
    sources: dict[str, None] = {}
    for reason in decision.reasons:
        for citation in reason.citations:
            sources[citation.source_id] = None
    return CompactDecision(
        decision.outcome.value,
        decision.exercise_id,
        decision.next_exercise_id,
        tuple(reason.code.value for reason in decision.reasons),
        tuple(sources),
    )


def _session(value: object, where: str) -> SessionRecord:
    if isinstance(value, SessionRecord):
        return value
    if isinstance(value, Mapping):
        unknown = [key for key in value if key not in _SESSION_FIELDS]
        if unknown:
            raise InvalidValueError(
                f"{where}/{unknown[0]}", unknown[0], f"one of {', '.join(_SESSION_FIELDS)}"
            )
        fields: dict[str, Any] = dict(value)
    elif isinstance(value, (tuple, list)):
        if len(value) > len(_SESSION_FIELDS):
            raise InvalidValueError(
                where,
                value,
                f"at most {len(_SESSION_FIELDS)} values ({', '.join(_SESSION_FIELDS)})",
            )
        fields = dict(zip(_SESSION_FIELDS, value, strict=False))  # a tuple may stop early
    else:
        raise WrongTypeError(
            where,
            value,
            "a SessionRecord, a dict of its fields, or a tuple in _SESSION_FIELDS order",
        )
    if isinstance(fields.get("date"), str):  # ISO dates, as plain records carry them
        try:
            fields["date"] = datetime.date.fromisoformat(fields["date"])
        except ValueError:
            raise InvalidValueError(
                f"{where}/date", fields["date"], "an ISO date such as '2026-03-01'"
            ) from None
    try:
        return SessionRecord(**fields)
    except (WrongTypeError, InvalidValueError) as exc:
        raise _located(exc, where) from None
    except TypeError:  # a required field left out
        missing = [f for f in ("sets", "pain_during", "pain_after_24h") if f not in fields]
        raise InvalidValueError(f"{where}/{missing[0]}", None, "a value (it is required)") from None


def _located(exc: WrongTypeError | InvalidValueError, where: str) -> HiptxError:
    """The same error, its field named from the batch's root (``/records/i/...``)."""
    return exc.within(where)


def _record(value: object, where: str) -> tuple[str, list[SessionRecord], frozenset[RedFlag]]:
    if isinstance(value, Mapping):
        unknown = [key for key in value if key not in ("exercise_id", "sessions", "red_flags")]
        if unknown:
            raise InvalidValueError(
                f"{where}/{unknown[0]}", unknown[0], "one of exercise_id, sessions, red_flags"
            )
        parts = (value.get("exercise_id"), value.get("sessions", ()), value.get("red_flags", ()))
    elif isinstance(value, tuple) and len(value) in (2, 3):
        parts = (value[0], value[1], value[2] if len(value) == 3 else ())
    else:
        raise WrongTypeError(where, value, "a dict or a tuple (exercise_id, sessions[, red_flags])")
    exercise_id, sessions, flags = parts
    if not isinstance(exercise_id, str):
        raise WrongTypeError(f"{where}/exercise_id", exercise_id, "an exercise id string")
    if not isinstance(sessions, (list, tuple)):
        raise WrongTypeError(f"{where}/sessions", sessions, "a list of sessions")
    if isinstance(flags, (str, bytes)) or not isinstance(flags, Iterable):
        raise WrongTypeError(f"{where}/red_flags", flags, "a list of red flag values")
    red_flags = []
    for flag in flags:
        member = flag if isinstance(flag, RedFlag) else _RED_FLAGS.get(flag)
        if member is None:
            raise InvalidValueError(f"{where}/red_flags", flag, f"one of {', '.join(_RED_FLAGS)}")
        red_flags.append(member)
    records = [_session(s, f"{where}/sessions/{i}") for i, s in enumerate(sessions)]
    return exercise_id, records, frozenset(red_flags)


@overload
def check_progression_batch(
    records: Iterable[object],
    *,
    catalog: Catalog | None = None,
    errors: Literal["raise"] = "raise",
) -> list[CompactDecision]: ...


@overload
def check_progression_batch(
    records: Iterable[object],
    *,
    catalog: Catalog | None = None,
    errors: Literal["collect"],
) -> list[CompactDecision | HiptxError]: ...


def check_progression_batch(
    records: Iterable[object],
    *,
    catalog: Catalog | None = None,
    errors: Literal["raise", "collect"] = "raise",
) -> list[CompactDecision] | list[CompactDecision | HiptxError]:
    """:func:`~hiptx.check_progression` for many plain records, as compact decisions.

    Each record is a dict ``{"exercise_id": ..., "sessions": [...], "red_flags":
    [...]}`` (``red_flags`` optional) or a tuple ``(exercise_id, sessions)`` or
    ``(exercise_id, sessions, red_flags)``. Each session is a
    :class:`~hiptx.SessionRecord`, a dict of its fields, or a tuple of them in
    its field order (``sets, pain_during, pain_after_24h, reps, hold_seconds,
    pain_lasted_hours, sharp_pain, swelling, hot_joint, date``), stopping early
    where the rest take their defaults; a ``date`` may be an ISO string. Red flags are
    :class:`~hiptx.RedFlag` members or their values.

    The decisions are exactly those of :func:`~hiptx.check_progression` (see
    :func:`compact`). Built for a worker of a distributed engine: it takes and
    returns plain data, and uses the worker's own bundled catalog when ``catalog``
    is omitted, so no catalog travels between processes.

    Every error about a record names it from the batch's root as a JSON Pointer,
    e.g. ``/records/3/sessions/0/pain_during`` (an unknown exercise id:
    ``/records/3/exercise_id``).

    Args:
        records: The records, in any iterable (read once).
        catalog: The catalog; the bundled one when omitted.
        errors: ``"raise"`` (the default): the first bad record raises its error.
            ``"collect"``: the batch goes on; the list holds, at each record's
            position, its :class:`CompactDecision` or its :class:`~hiptx.HiptxError`
            (``to_dict()`` gives it as JSON data).

    Raises:
        WrongTypeError, InvalidValueError, OutOfRangeError: (``errors="raise"``)
            for the first record that is not valid, naming it from the batch's root.
        UnknownIdError: (``errors="raise"``) an exercise id not in the catalog.

    Example:
        >>> import hiptx
        >>> logs = [
        ...     ("side-lying-hip-adduction", [(3, 2, 2, 10)]),
        ...     {"exercise_id": "standing-banded-hip-adduction",
        ...      "sessions": [{"sets": 3, "reps": 10, "pain_during": 2, "pain_after_24h": 5}]},
        ... ]
        >>> [d.outcome for d in hiptx.check_progression_batch(logs)]
        ['progress', 'regress']
        >>> bad = [("side-lying-hip-adduction", [(3, 11, 2, 10)])]
        >>> hiptx.check_progression_batch(bad)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: /records/0/sessions/0/pain_during: 11 is not allowed; expected an integer from 0 to 10
        >>> done = hiptx.check_progression_batch(logs + bad, errors="collect")
        >>> [getattr(r, "outcome", None) or r.path for r in done]
        ['progress', 'regress', '/records/2/sessions/0/pain_during']

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0
       ``errors="collect"``; paths are JSON Pointers.
    """
    if catalog is None:
        catalog = load_catalog()
    _args.require("catalog", catalog, Catalog, "a Catalog or None")
    if errors not in ("raise", "collect"):
        raise InvalidValueError("errors", errors, "'raise' or 'collect'")
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise WrongTypeError("records", records, "an iterable of records")
    results: list[CompactDecision | HiptxError] = []
    for i, value in enumerate(records):
        try:
            results.append(_decide(value, f"/records/{i}", catalog))
        except HiptxError as error:  # noqa: PERF203 - one try per record is the point
            if errors == "raise":
                raise
            results.append(error)
    return results


def _decide(value: object, where: str, catalog: Catalog) -> CompactDecision:
    """One record's compact decision; every error names the record (``where``)."""
    exercise_id, sessions, red_flags = _record(value, where)
    try:
        decision = check_progression(exercise_id, sessions, red_flags=red_flags, catalog=catalog)
    except UnknownIdError as error:
        raise error.within(f"{where}/exercise_id") from None
    except HiptxError as error:  # a rule's own check, named inside the record
        raise error.within(where) from None
    return compact(decision)
