"""``hiptx programme build|advance|show``: a home-exercise programme kept in a JSON file.

The state file holds one :class:`~hiptx.Programme` as :func:`hiptx.to_json` writes
it (the full form, or with ``--compact`` the compact form, which only the catalog
it was written against restores). ``build`` writes it from assessment findings,
``advance`` reads it, applies :func:`~hiptx.advance_programme` to the sessions
logged, and writes the new programme back, and ``show`` prints it. Errors are the
rest of the command line's: a state file that is missing, not JSON or not a
programme is refused with exit status 1 and one line saying why.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hiptx
from hiptx.catalog import Catalog
from hiptx.cli import _render
from hiptx.cli._commands import plan_from_findings
from hiptx.cli._output import write_svg
from hiptx.cli._parse import (
    SESSION_FORM,
    AppendUnique,
    Parser,
    add_command,
    date_type,
    finding_type,
    session_type,
)
from hiptx.errors import InvalidValueError

#: Weekday names as ``--weekday`` takes them (or any longer start of the day's
#: name, such as "tues"), Monday first: ``datetime``'s 0-6.
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

Command = Callable[[str, Callable[..., str], str], argparse.ArgumentParser]


def weekday_type(text: str) -> int:
    """``--weekday``: a day's three-letter name, as its number (Monday 0)."""
    name = text.lower()
    for number, day in enumerate(_DAY_NAMES):
        if len(name) >= len(WEEKDAYS[number]) and day.startswith(name):
            return number
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a weekday; expected one of: {', '.join(WEEKDAYS)}"
    )


def logged_session_type(text: str) -> tuple[str, dict[str, int | float | bool | datetime.date]]:
    """``--session EXERCISE:SESSION``: which exercise, then the session's fields."""
    exercise, has_colon, session = text.partition(":")
    if not has_colon or not exercise:
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected EXERCISE:SESSION, e.g. "
            "side-lying-hip-adduction:sets=3,reps=10,during=2,after=1"
        )
    return exercise, session_type(session)


# -- the state file ----------------------------------------------------------------


def read_state(path_text: str, cat: Catalog) -> tuple[hiptx.Programme, bool]:
    """The programme in a state file, and whether it was stored in the compact form."""
    path = Path(path_text)
    if not path.is_file():
        what = "a directory" if path.is_dir() else "nothing"
        raise InvalidValueError(
            "STATE",
            path_text,
            f"a programme state file from 'hiptx programme build'; {what} is at that path",
        )
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InvalidValueError("STATE", path_text, f"a readable JSON file ({exc})") from None
    programme = hiptx.from_dict(hiptx.Programme, data, catalog=cat)
    return programme, isinstance(data, dict) and "hiptx_compact" in data


def write_state(path_text: str, programme: hiptx.Programme, cat: Catalog, compact: bool) -> None:
    """Write the state file whole or not at all: a new file, then renamed over the old."""
    path = Path(path_text)
    if path.is_dir():
        raise InvalidValueError(path_text, path_text, "a file path; that path is a directory")
    text = hiptx.to_json(programme, indent=None if compact else 2, compact=compact, catalog=cat)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text + "\n", "utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidValueError(
            "STATE", path_text, f"a writable file path ({exc.strerror})"
        ) from None


# -- the commands --------------------------------------------------------------------


def _cmd_build(args: argparse.Namespace, cat: Catalog) -> str:
    if Path(args.state).exists():
        raise InvalidValueError(
            "STATE", args.state, "a path where no file is yet (build never overwrites a state)"
        )
    programme = hiptx.build_programme(
        plan_from_findings(args, cat),
        start=args.start,
        weeks=args.weeks,
        sessions_per_week=args.per_week,
        weekdays=sorted(args.weekdays) or None,
        catalog=cat,
    )
    write_state(args.state, programme, cat, args.compact)
    if args.json:
        return _render.to_json(programme)
    return "\n".join([f"Wrote {args.state}.", *describe(programme)])


def _cmd_advance(args: argparse.Namespace, cat: Catalog) -> str:
    programme, compact = read_state(args.state, cat)
    log: dict[str, list[hiptx.SessionRecord]] = {}
    for exercise, fields in args.session:
        log.setdefault(exercise, []).append(hiptx.SessionRecord(**fields))
    update = hiptx.advance_programme(
        programme, log, today=args.today, red_flags=frozenset(args.red_flags), catalog=cat
    )
    out = args.out or args.state
    write_state(out, update.programme, cat, compact)
    if args.json:
        return _render.to_json(update)
    lines = [f"Wrote {out}."]
    if update.referral is not None:
        where = ", ".join(p.label for p in update.referral.pathways)
        lines.append(
            f"Red flags: {update.referral.urgency.value}; refer: {where}. "
            "No exercise is scheduled after today."
        )
    for decision in update.decisions:
        lines.append(f"{decision.exercise_id}: {decision.outcome.value}")
        lines.append(_render.reasons(decision.reasons, indent="    "))
    lines += [f"Change: {_change(c)}" for c in update.changes] or ["No change to the exercises."]
    if update.reasons:
        lines += ["Why:", _render.reasons(update.reasons)]
    return "\n".join(lines)


def _change(change: hiptx.ProgrammeChange) -> str:
    when = f" from {change.effective.isoformat()}" if change.effective is not None else ""
    if change.to_exercise_id is None:
        return f"{change.from_exercise_id} stops{when} ({change.outcome.value})"
    if change.to_exercise_id == change.from_exercise_id:
        return f"{change.from_exercise_id} stays{when} ({change.outcome.value})"
    return f"{change.from_exercise_id} -> {change.to_exercise_id}{when} ({change.outcome.value})"


def _cmd_show(args: argparse.Namespace, cat: Catalog) -> str:
    programme, _ = read_state(args.state, cat)
    # The picture first: a path that cannot be written fails before any output.
    wrote = (
        write_svg(
            "--calendar", args.calendar, hiptx.programme_calendar_svg(programme), "the calendar"
        )
        if args.calendar is not None
        else None
    )
    if args.json:
        return _render.to_json(programme)
    lines = describe(programme, since=args.since)
    return "\n".join(lines if wrote is None else [*lines, wrote])


def describe(programme: hiptx.Programme, since: datetime.date | None = None) -> list[str]:
    """A programme as lines of text: its shape, current exercises and sessions."""
    days = ", ".join(WEEKDAYS[d] for d in programme.weekdays)
    shape = (
        f"Programme from {programme.start.isoformat()}: {programme.weeks} weeks, "
        f"{programme.sessions_per_week} sessions a week ({days})."
    )
    lines = [shape]
    if programme.referral is not None:
        where = ", ".join(p.label for p in programme.referral.pathways)
        lines.append(
            f"Stopped by red flags: {programme.referral.urgency.value}; refer: {where}. "
            "No exercise advice is given."
        )
    if programme.slots:
        lines.append("Current exercises:")
        lines += [f"  {s.exercise_id} (since {s.since.isoformat()})" for s in programme.slots]
    sessions = [s for s in programme.sessions if since is None or s.date >= since]
    if programme.referral is not None:
        # The sessions before the red flag are history; listed with their doses
        # they would read as exercise advice, which a red flag rules out.
        held = f", the last on {sessions[-1].date.isoformat()}" if sessions else ""
        return [*lines, f"Sessions scheduled before the red flag: {len(sessions)}{held}."]
    lines.append("Sessions:" if sessions else "No sessions scheduled.")
    for session in sessions:
        doses = "; ".join(_dose(p) for p in session.prescriptions) or "no exercise"
        lines.append(f"  {session.date.isoformat()} (week {session.week}): {doses}")
    return lines


def _dose(prescription: hiptx.Prescription) -> str:
    p = prescription
    if p.sets is None:
        return f"{p.exercise_id} (dose: the clinician's to give)"
    if p.reps is not None:
        return f"{p.exercise_id} {p.sets} x {p.reps} reps"
    hold = p.hold_seconds or p.rep_hold_seconds
    return f"{p.exercise_id} {p.sets} x {hold} s"


# -- the parser ----------------------------------------------------------------------


def add_commands(
    command: Command, red_flag_option: Callable[[Any], None], finding_help: str
) -> None:
    """``hiptx programme`` and its three actions, on the main parser's ``command``."""
    p = command("programme", _cmd_show, "build, advance or show a programme kept in a JSON file")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)

    action = functools.partial(add_command, actions)

    q = action("build", _cmd_build, "plan from findings and write a new programme state file")
    q.add_argument("state", metavar="STATE", help="the state file to create (never overwritten)")
    q.add_argument(
        "--finding",
        type=finding_type,
        action=AppendUnique,
        key=lambda finding: finding[0],
        required=True,
        help=finding_help,
    )
    q.add_argument("--start", type=date_type, required=True, help="first day, YYYY-MM-DD")
    q.add_argument("--weeks", type=_count, required=True, help="how many weeks, 1-52")
    q.add_argument("--per-week", type=_count, required=True, help="sessions a week, 1-7")
    q.add_argument(
        "--weekday",
        dest="weekdays",
        type=weekday_type,
        action=AppendUnique,
        default=[],
        help=f"a session day (repeat, one per session a week): {', '.join(WEEKDAYS)}",
    )
    q.add_argument(
        "--compact",
        action="store_true",
        help="store the compact form (smaller; only this catalog restores it)",
    )
    red_flag_option(q)

    q = action("advance", _cmd_advance, "log sessions and write the programme moved on")
    q.add_argument("state", metavar="STATE", help="the state file (rewritten unless --out)")
    q.add_argument("--today", type=date_type, required=True, help="the day of the decision")
    q.add_argument(
        "--session",
        type=logged_session_type,
        action="append",
        default=[],
        help=f"EXERCISE:SESSION, one logged session (repeat, oldest first); SESSION is {SESSION_FORM}",
    )
    q.add_argument("--out", metavar="FILE", help="write the new state to FILE instead")
    red_flag_option(q)

    q = action("show", _cmd_show, "show a programme state file")
    q.add_argument("state", metavar="STATE", help="the state file")
    q.add_argument("--since", type=date_type, help="only sessions on or after this day")
    q.add_argument("--calendar", metavar="FILE", help="also write the weeks as an SVG calendar")


def _count(text: str) -> int:
    """``--weeks`` and ``--per-week``: plain digits (the bounds are the library's)."""
    if not re.fullmatch("[0-9]{1,4}", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number written with 0-9")
    return int(text)
