"""A programme's dated log: each session checked against the programme, then merged.

An update adds the sessions it is given to the programme's own log, each once
(an app may send only the new sessions or its whole log), after checking that the
programme could have scheduled it: its date, its side, and an exercise the
programme uses or used before.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import NoReturn

from hiptx import _args
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.rules.pain import SessionRecord
from hiptx.rules.programme import LoggedSession, Programme


def _refuse_date(where: str, day: datetime.date, allowed: str) -> NoReturn:
    raise InvalidValueError(f"{where}.date", day, allowed)


def _check_session_date(
    where: str,
    session: SessionRecord,
    programme: Programme,
    since: datetime.date | None,
    today: datetime.date,
) -> datetime.date:
    """The session's date, refused when the programme could not have scheduled it."""
    day = session.date
    if day is None:
        raise InvalidValueError(
            f"{where}.date", None, "the session's date: a programme keeps a dated log"
        )
    if day > today:
        _refuse_date(where, day, f"a date on or before today ({today})")
    if day < programme.start:
        _refuse_date(where, day, f"a date on or after the programme's start ({programme.start})")
    if since is not None and day < since:
        _refuse_date(
            where, day, f"a date on or after {since}, when this exercise began in the programme"
        )
    return day


class _Used:
    """What the programme's history says was used: read once per update, not per session."""

    __slots__ = ("exercises", "on_side", "sides")

    def __init__(self, programme: Programme) -> None:
        self.sides = {slot.side for slot in programme.slots} - {None}
        self.on_side = {
            (exercise, change.side)
            for change in programme.history
            for exercise in (change.from_exercise_id, change.to_exercise_id)
        }
        self.exercises = {exercise for exercise, _ in self.on_side if exercise is not None}


def _session_since(
    where: str, exercise_id: str, session: SessionRecord, programme: Programme, used: _Used
) -> datetime.date | None:
    """The day the session's level began (``None``: a past level), checking its side."""
    sides = used.sides
    side = session.side
    if not sides and side is not None:
        allowed = "None: this programme does not track sides"
        raise InvalidValueError(f"{where}.side", side, allowed)
    if len(sides) > 1 and side not in sides:
        allowed = "LEFT or RIGHT: this programme tracks each side"
        raise InvalidValueError(f"{where}.side", side, allowed)
    if len(sides) == 1 and side not in {None, *sides}:
        (only,) = sides
        raise InvalidValueError(f"{where}.side", side, f"{only} (this programme's side) or None")
    for slot in programme.slots:
        if slot.exercise_id == exercise_id and side in {slot.side, None}:
            return slot.since
    # Not current on this side: a level this side used before, or refused.
    # (Without a side, an exercise reaching here is one the programme used before.)
    if side is not None and (exercise_id, side) not in used.on_side:
        on_side = [s.exercise_id for s in programme.slots if s.side is side]
        raise InvalidValueError(
            f"{where}.side",
            side,
            f"a side on which {exercise_id!r} is or was used; the {side.value} side's "
            f"current exercises: {', '.join(on_side) or 'none'}",
        )
    return None


def log_key(entry: LoggedSession) -> tuple[datetime.date, str, str]:
    """The order of a programme's log: by date, then a fixed order within a day.

    The fixed order within a day means the order a log was sent in never changes
    the programme.
    """
    assert entry.session.date is not None  # noqa: S101 - LoggedSession requires it
    return entry.session.date, entry.exercise_id, repr(entry.session)


def merge_log(
    log: object, programme: Programme, today: datetime.date
) -> tuple[tuple[LoggedSession, ...], frozenset[LoggedSession]]:
    """The programme's log with the given sessions added once each, and the new ones."""
    if not isinstance(log, Mapping):
        raise WrongTypeError("log", log, "a mapping of exercise id to its dated SessionRecords")
    # An exercise the programme used before: its sessions may come again (an app
    # sending its whole log) or late; they are kept at their own, past, level.
    used = _Used(programme)
    current = list(dict.fromkeys(slot.exercise_id for slot in programme.slots))
    known = set(programme.log)
    added: set[LoggedSession] = set()
    for exercise_id, sessions in log.items():
        _args.require("log key", exercise_id, str, "an exercise id")
        if exercise_id not in current and exercise_id not in used.exercises:
            raise InvalidValueError(
                "log",
                exercise_id,
                "ids of the programme's current exercises: "
                + (", ".join(current) or "none")
                + " (or of exercises it used before)",
            )
        if isinstance(sessions, (str, bytes)) or not isinstance(sessions, Sequence):
            raise WrongTypeError(
                f"log[{exercise_id!r}]", sessions, "a sequence of dated SessionRecords"
            )
        for i, session in enumerate(sessions):
            where = f"log[{exercise_id!r}][{i}]"
            _args.require(where, session, SessionRecord)
            if session.date is not None and (
                LoggedSession(exercise_id=exercise_id, session=session) in known
            ):
                continue  # already recorded (sent again, or twice): counts once
            since = _session_since(where, exercise_id, session, programme, used)
            _check_session_date(where, session, programme, since, today)
            entry = LoggedSession(exercise_id=exercise_id, session=session)
            known.add(entry)
            added.add(entry)
    merged = tuple(sorted(known, key=log_key))
    return merged, frozenset(added)
