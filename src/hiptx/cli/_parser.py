"""The ``hiptx`` command line: each command's arguments and help, and the command it runs.

The commands themselves are in ``_commands`` (``programme`` and ``score`` in their
own modules, which add their arguments here); parsing of values is in ``_parse``.
"""

from __future__ import annotations

import argparse
import functools
from enum import Enum

from hiptx.cli import _outcomes, _programme, _status, _tour
from hiptx.cli._commands import (
    KINDS,
    VALUE_KINDS,
    cmd_check,
    cmd_compare,
    cmd_coverage,
    cmd_export,
    cmd_list,
    cmd_plan,
    cmd_progress,
    cmd_recovery,
    cmd_red_flags,
    cmd_show,
    cmd_tour,
)
from hiptx.cli._parse import (
    SESSION_FORM,
    AppendUnique,
    Parser,
    VersionAction,
    add_command,
    date_type,
    enum_type,
    finding_type,
    session_type,
)
from hiptx.rules.plans import Finding
from hiptx.vocab import JobDemand, MovementPattern, Muscle, RedFlag, WeightBearing


def one_of(kind: type[Enum]) -> str:
    """The values an enum option takes, for its help."""
    return "one of: " + ", ".join(str(member.value) for member in kind)


FINDING_HELP = (
    "PATTERN=FINDING, e.g. adduction=painful:3 or flexion=weak (repeat for more). "
    f"PATTERN is {one_of(MovementPattern)}; FINDING is {one_of(Finding)}"
)


def _red_flag_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--red-flag",
        dest="red_flags",
        type=enum_type(RedFlag, "red flag"),
        action=AppendUnique,
        default=[],
        metavar="FLAG",
        help="a red flag present (repeat for more): no exercise advice is then given. "
        f"FLAG is {one_of(RedFlag)} ('hiptx list flags' shows each one's urgency)",
    )


def _recovery_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--job", type=enum_type(JobDemand, "job demand"), help=one_of(JobDemand))
    p.add_argument(
        "--weight-bearing",
        type=enum_type(WeightBearing, "weight-bearing status"),
        default=WeightBearing.STANDARD,
        help=f"{one_of(WeightBearing)} (default: standard)",
    )


def build_parser() -> Parser:
    """The argument parser of the ``hiptx`` command."""
    parser = Parser(
        prog="hiptx",
        description=f"Hip-pain treatment data and rules. {_tour.DISCLAIMER}",
        epilog=_status.EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=VersionAction, nargs=0, help="show the version and exit"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--catalog", metavar="DIR", help="use a catalog directory instead of the bundled one"
    )
    parser.set_defaults(handler=cmd_tour)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    command = functools.partial(add_command, sub)

    command("tour", cmd_tour, "a short tour of the library (the default)")

    p = command("list", cmd_list, "list catalog objects of one kind, or the values an option takes")
    p.add_argument(
        "kind",
        choices=(*KINDS, "instruments", *VALUE_KINDS),
        help=f"catalog objects ({', '.join((*KINDS, 'instruments'))}) or option values ({', '.join(VALUE_KINDS)})",
    )
    p.add_argument(
        "--pattern",
        type=enum_type(MovementPattern, "movement pattern"),
        help=f"exercises training this pattern, {one_of(MovementPattern)}",
    )
    p.add_argument(
        "--muscle",
        type=enum_type(Muscle, "muscle"),
        help=f"exercises training this muscle, {one_of(Muscle)}",
    )

    p = command("show", cmd_show, "show one object by id, with its citations")
    p.add_argument("id")

    p = command("recovery", cmd_recovery, "estimate recovery milestones for a treatment")
    p.add_argument("treatment")
    p.add_argument("--start", type=date_type, help="start date, YYYY-MM-DD, for calendar dates")
    p.add_argument("--svg", metavar="FILE", help="also write the timeline as an SVG picture")
    _recovery_options(p)

    p = command("compare", cmd_compare, "compare recovery of two or more treatments")
    p.add_argument("treatments", nargs="+", metavar="TREATMENT", action=AppendUnique)
    _recovery_options(p)

    p = command("progress", cmd_progress, "decide progress, hold, regress or stop for an exercise")
    p.add_argument("exercise")
    p.add_argument(
        "--session",
        type=session_type,
        action="append",
        default=[],
        required=True,
        help=f"one logged session, oldest first (repeat for more): {SESSION_FORM}",
    )
    _red_flag_option(p)

    p = command("plan", cmd_plan, "plan exercises from assessment findings")
    p.add_argument(
        "--finding",
        type=finding_type,
        action=AppendUnique,
        key=lambda finding: finding[0],  # one finding per movement pattern
        required=True,
        help=FINDING_HELP,
    )
    _red_flag_option(p)

    _programme.add_commands(command, _red_flag_option, FINDING_HELP)

    p = command("coverage", cmd_coverage, "muscles and patterns a treatment or exercises train")
    p.add_argument(
        "ids", nargs="+", metavar="ID", action=AppendUnique, help="a treatment id, or exercise ids"
    )

    p = command("red-flags", cmd_red_flags, "how urgently red flags need care")
    p.add_argument(
        "flags",
        nargs="+",
        type=enum_type(RedFlag, "red flag"),
        metavar="FLAG",
        action=AppendUnique,
        help=f"{one_of(RedFlag)} ('hiptx list flags' shows each one's urgency)",
    )

    p = command("export", cmd_export, "export the catalog as a FHIR R4 Bundle (JSON)")
    p.set_defaults(wrap_text=False)  # its output is a JSON document even without --json
    p.add_argument("format", choices=["fhir"], help="the export format: fhir (FHIR R4)")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument(
        "--base",
        metavar="URL",
        help="your FHIR server's base URL for canonical URLs (default: urn:uuid addresses)",
    )
    p.add_argument(
        "--no-risk-evidence",
        action="store_true",
        help="leave out RiskEvidenceSynthesis (R4 only), for tools that read R4B",
    )

    _outcomes.add_score_command(command)

    p = command("check", cmd_check, "load a catalog directory and report every problem")
    p.add_argument(
        "path", nargs="?", help="the directory (default: --catalog, else the bundled catalog)"
    )
    p.set_defaults(needs_catalog=False)
    return parser
