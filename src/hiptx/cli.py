"""The ``hiptx`` command: browse the catalog, run the rules, check a catalog directory.

Readable tables by default and ``--json`` for programs. A bad id or value exits
with status 2 and one clear line (with a suggestion where there is one), never a
traceback. Run ``hiptx --help`` for the commands.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

import hiptx
from hiptx import _render
from hiptx.catalog import Catalog, load_catalog
from hiptx.errors import CatalogDataError, HiptxError, InvalidValueError, UnknownIdError
from hiptx.vocab import JobDemand, MovementPattern, Muscle, RedFlag, WeightBearing

if TYPE_CHECKING:
    from hiptx.rules.pain import SessionRecord
    from hiptx.rules.plans import Finding

# The rules are reached through hiptx's lazy names (hiptx.check_progression, ...),
# so a command imports only the rule module it runs: `hiptx show` needs none.

__all__ = ["main"]

E = TypeVar("E", bound=Enum)

DISCLAIMER = (
    "hiptx informs clinicians and apps; it does not replace clinical judgement. "
    "Every figure cites its source."
)
KINDS = ("treatments", "exercises", "progressions", "risks", "conditions", "sources")


def _enum(kind: type[E]) -> Callable[[str], E]:
    """An argparse type that accepts an enum value ("internal_rotation" or "internal-rotation")."""

    def parse(text: str) -> E:
        try:
            return kind(text.strip().lower().replace("-", "_"))
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise argparse.ArgumentTypeError(f"{text!r} is not one of: {allowed}") from None

    parse.__name__ = kind.__name__  # argparse names the type in its errors
    return parse


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None


# Short keys for --session, mapped to SessionRecord fields; the field names
# themselves are accepted too, so code and command line can use the same words.
_SHORT_KEYS = {
    "sets": "sets",
    "reps": "reps",
    "hold": "hold_seconds",
    "during": "pain_during",
    "after": "pain_after_24h",
    "lasted": "pain_lasted_hours",
}
_SHORT_FLAGS = {"sharp": "sharp_pain", "swollen": "swelling", "hot": "hot_joint"}
_SESSION_KEYS = {**_SHORT_KEYS, **{f: f for f in _SHORT_KEYS.values()}}
_SESSION_FLAGS = {**_SHORT_FLAGS, **{f: f for f in _SHORT_FLAGS.values()}}


def _session(text: str) -> SessionRecord:
    """Parse ``sets=3,reps=10,during=2,after=2[,lasted=1.5][,sharp][,swollen][,hot]``."""
    values: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, raw = part.partition("=")
        if not raw and key in _SESSION_FLAGS:
            values[_SESSION_FLAGS[key]] = True
            continue
        field = _SESSION_KEYS.get(key)
        if field is None:
            allowed = ", ".join([*(f"{k}=N" for k in _SHORT_KEYS), *_SHORT_FLAGS])
            raise argparse.ArgumentTypeError(f"unknown session key {key!r}; use {allowed}")
        try:
            values[field] = float(raw) if field == "pain_lasted_hours" else int(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{key}={raw!r} is not a number") from None
    try:
        return hiptx.SessionRecord(**values)  # type: ignore[arg-type]
    except (HiptxError, TypeError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _finding(text: str) -> tuple[MovementPattern, Finding, int | None]:
    """Parse ``PATTERN=FINDING`` or ``PATTERN=painful:SCORE``."""
    pattern_text, _, finding_text = text.partition("=")
    finding_text, _, score_text = finding_text.partition(":")
    pattern = _enum(MovementPattern)(pattern_text)
    finding = _enum(hiptx.Finding)(finding_text)
    try:
        score = int(score_text) if score_text else None
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"pain score {score_text!r} is not a whole number"
        ) from None
    return pattern, finding, score


# -- commands ------------------------------------------------------------------


def _cmd_list(args: argparse.Namespace, cat: Catalog) -> str:
    if args.kind == "exercises" and (args.pattern or args.muscle):
        objects: Sequence[object] = cat.exercises_for(pattern=args.pattern, muscle=args.muscle)
    elif args.pattern or args.muscle:
        raise InvalidValueError("--pattern/--muscle", args.kind, "the kind 'exercises'")
    else:
        objects = tuple(getattr(cat, args.kind).values())
    if args.json:
        return _render.to_json(list(objects))
    columns: dict[str, tuple[str, ...]] = {
        "treatments": ("id", "name", "kind", "invasiveness"),
        "exercises": ("id", "name", "goal", "patterns"),
        "progressions": ("id", "name", "patterns", "exercise_ids"),
        "risks": ("id", "name", "frequency"),
        "conditions": ("id", "name"),
        "sources": ("id", "kind", "year", "title"),
    }
    names = columns[args.kind]
    return _render.table(names, [[getattr(o, n) for n in names] for o in objects])


def _find(cat: Catalog, object_id: str) -> object:
    for kind in KINDS:
        found = getattr(cat, kind).get(object_id)
        if found is not None:
            return found
    everything = sorted({i for kind in KINDS for i in getattr(cat, kind)})
    import difflib

    raise UnknownIdError(
        "catalog", object_id, difflib.get_close_matches(object_id, everything, n=3)
    )


def _cmd_show(args: argparse.Namespace, cat: Catalog) -> str:
    obj = _find(cat, args.id)
    if args.json:
        return _render.to_json(obj)
    return _render.describe(obj)


def _cmd_recovery(args: argparse.Namespace, cat: Catalog) -> str:
    est = hiptx.estimate_recovery(
        cat.treatments[args.treatment], job=args.job, weight_bearing=args.weight_bearing
    )
    if args.json:
        if args.start:
            return _render.to_json({"estimate": est, "dates": est.dates(args.start)})
        return _render.to_json(est)
    dates = est.dates(args.start) if args.start else None
    rows = []
    footnotes: list[str] = []
    for i, m in enumerate(est.milestones):
        when = str(m.span) if m.span else f"'{m.wording}' (no figure)"
        if m.note:
            # A limit on the figure (a mean, a subgroup) belongs next to it.
            footnotes.append(f"  [{len(footnotes) + 1}] {m.note}")
            when += f" [{len(footnotes)}]"
        row: list[object] = [m.kind, when]
        if dates:
            d = dates[i]
            row.append("-" if d.earliest is None else f"{d.earliest} to {d.latest or 'open-ended'}")
        row.append(", ".join(sorted({c.source_id for c in m.citations})))
        rows.append(row)
    headers = ["milestone", "time", *(["dates"] if dates else []), "sources"]
    out = [f"Recovery after {cat.treatments[args.treatment].name}", _render.table(headers, rows)]
    out += footnotes
    if est.reasons:
        out += ["", "Notes:", _render.reasons(est.reasons)]
    return "\n".join(out)


def _cmd_compare(args: argparse.Namespace, cat: Catalog) -> str:
    treatments = [cat.treatments[t] for t in args.treatments]
    comparison = hiptx.compare_recovery(
        treatments, job=args.job, weight_bearing=args.weight_bearing
    )
    if args.json:
        return _render.to_json(comparison)
    rows = [
        [kind, *(("-" if c is None else c) for c in cells)] for kind, cells in comparison.rows()
    ]
    return _render.table(["milestone", *args.treatments], rows)


def _cmd_progress(args: argparse.Namespace, cat: Catalog) -> str:
    decision = hiptx.check_progression(cat.exercises[args.exercise], args.session, catalog=cat)
    if args.json:
        return _render.to_json(decision)
    nxt = decision.next_exercise_id or "none (see notes)"
    return "\n".join(
        [
            f"Outcome: {decision.outcome.value}",
            f"Next exercise: {nxt}",
            "Why:",
            _render.reasons(decision.reasons),
        ]
    )


def _cmd_plan(args: argparse.Namespace, cat: Catalog) -> str:
    findings = {p: f for p, f, _ in args.finding}
    scores = {p: s for p, _, s in args.finding if s is not None}
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings=findings, pain_scores=scores), catalog=cat
    )
    if args.json:
        return _render.to_json(plan)
    out = [
        _render.table(
            ["pattern", "finding", "start with", "dose"],
            [
                [i.pattern, i.finding, i.exercise_id, i.dose or "none in the sources"]
                for i in plan.items
            ],
        )
    ]
    for u in plan.uncovered:
        others = ", ".join(u.standalone_exercise_ids) or "none"
        out.append(
            f"Uncovered: {u.pattern.value} ({u.finding.value}); no chain trains it. "
            f"Standalone exercises to consider: {others}."
        )
    if plan.not_assessed:
        out.append("Not assessed: " + ", ".join(p.value for p in plan.not_assessed) + ".")
    return "\n".join(out)


def _cmd_coverage(args: argparse.Namespace, cat: Catalog) -> str:
    programme = cat.treatments.get(args.ids[0]) or args.ids
    result = hiptx.coverage(programme, catalog=cat)
    if args.json:
        return _render.to_json(result)

    def names(items: Sequence[Enum]) -> str:
        return ", ".join(i.value for i in items) or "none"

    return "\n".join(
        [
            f"Trains muscles:   {names(result.muscles)}",
            f"Trains patterns:  {names(result.patterns)}",
            f"Missing muscles:  {names(result.missing_muscles)}",
            f"Missing patterns: {names(result.missing_patterns)}",
            "Basis:",
            _render.reasons(result.reasons),
        ]
    )


def _cmd_red_flags(args: argparse.Namespace, cat: Catalog) -> str:
    referral = hiptx.check_red_flags(set(args.flags), catalog=cat)
    if args.json:
        return _render.to_json(referral)
    return "\n".join([f"Urgency: {referral.urgency.value}", _render.reasons(referral.reasons)])


def _cmd_check(args: argparse.Namespace, _: Catalog | None) -> str:
    cat = load_catalog(args.path) if args.path else load_catalog()
    return f"OK: {cat!r}"


def _cmd_tour(_: argparse.Namespace, cat: Catalog | None) -> str:
    cat = cat or load_catalog()
    pht, ha = cat.treatments["personalised-hip-therapy"], cat.treatments["hip-arthroscopy"]
    comparison = hiptx.compare_recovery([pht, ha], job=JobDemand.SEDENTARY)
    gap = hiptx.coverage(pht, catalog=cat)
    decision = hiptx.check_progression(
        cat.exercises["side-lying-hip-adduction"],
        [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)],
        catalog=cat,
    )
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings={
                MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL,
                MovementPattern.ABDUCTION: hiptx.Finding.WEAK,
                MovementPattern.INTERNAL_ROTATION: hiptx.Finding.RESTRICTED,
            }
        ),
        catalog=cat,
    )
    rows = [[k, *(("-" if c is None else c) for c in cells)] for k, cells in comparison.rows()]
    return "\n".join(
        [
            f"hiptx tour. {DISCLAIMER}",
            "",
            f"1. The catalog (data version {cat.version}):",
            *(f"   {len(getattr(cat, k)):3d} {k}" for k in KINDS),
            "",
            "2. PHT and hip arthroscopy, recovery for an office worker (earliest figure of each kind):",
            _render.table(["milestone", pht.id, ha.id], rows),
            "",
            "3. Risks of hip arthroscopy:",
            *(
                f"   - {r.name}"
                + (
                    f" ({r.frequency.value.replace('_', ' ')})"
                    if r.frequency.value != "unknown"
                    else ""
                )
                for r in cat.risks_of(ha)
            ),
            "",
            "4. Side-lying hip adduction, 3 x 10 at 2/10 pain (seed 003's rule):",
            f"   {decision.outcome.value} -> {decision.next_exercise_id}",
            _render.reasons(decision.reasons, indent="   "),
            "",
            "5. What PHT leaves out, as seed 001 (a commercial opinion) reads it:",
            "   muscles:  " + ", ".join(m.value for m in gap.missing_muscles),
            "   patterns: " + ", ".join(p.value for p in gap.missing_basic_patterns),
            "",
            "6. A plan for painful adduction, weak abduction, restricted internal rotation:",
            *(f"   {i.pattern.value}: start with {i.exercise_id}" for i in plan.items),
            *(
                f"   {u.pattern.value}: no chain in the catalog trains it (listed, not invented)"
                for u in plan.uncovered
            ),
            "",
            (
                "Next: hiptx list treatments | hiptx show hip-arthroscopy | hiptx recovery "
                "hip-arthroscopy --job manual | hiptx --help"
            ),
        ]
    )


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked for.

    argparse's own version action needs the string when the parser is built, and
    importing importlib.metadata for it cost every command about 30 ms.
    """

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from hiptx import __version__

        parser.exit(message=f"hiptx {__version__}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``hiptx`` command."""
    parser = argparse.ArgumentParser(
        prog="hiptx", description=f"Hip-pain treatment data and rules. {DISCLAIMER}"
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    parser.add_argument(
        "--catalog", metavar="DIR", help="use a catalog directory instead of the bundled one"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[..., str], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        if name not in ("tour", "check"):
            p.add_argument("--json", action="store_true", help="print JSON instead of a table")
        return p

    command("tour", _cmd_tour, "a short tour of the library (the default)")
    p = command("list", _cmd_list, "list catalog objects of one kind")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--pattern", type=_enum(MovementPattern), help="exercises training this pattern")
    p.add_argument("--muscle", type=_enum(Muscle), help="exercises training this muscle")
    p = command("show", _cmd_show, "show one object by id, with its citations")
    p.add_argument("id")
    for name, handler, text in (
        ("recovery", _cmd_recovery, "estimate recovery milestones for a treatment"),
        ("compare", _cmd_compare, "compare recovery of two or more treatments"),
    ):
        p = command(name, handler, text)
        if name == "recovery":
            p.add_argument("treatment")
            p.add_argument("--start", type=_date, help="start date, YYYY-MM-DD, for calendar dates")
        else:
            p.add_argument("treatments", nargs="+", metavar="TREATMENT")
        p.add_argument("--job", type=_enum(JobDemand), help="sedentary or manual")
        p.add_argument(
            "--weight-bearing",
            type=_enum(WeightBearing),
            default=WeightBearing.STANDARD,
            help="standard (default) or restricted",
        )
    p = command("progress", _cmd_progress, "decide progress, hold or regress for an exercise")
    p.add_argument("exercise")
    p.add_argument(
        "--session",
        type=_session,
        action="append",
        default=[],
        required=True,
        help="one logged session, oldest first: sets=3,reps=10,during=2,after=2"
        "[,hold=N][,lasted=H][,sharp][,swollen][,hot]",
    )
    p = command("plan", _cmd_plan, "plan exercises from assessment findings")
    p.add_argument(
        "--finding",
        type=_finding,
        action="append",
        required=True,
        help="PATTERN=FINDING, e.g. adduction=painful:4 or flexion=weak",
    )
    p = command("coverage", _cmd_coverage, "muscles and patterns a treatment or exercises train")
    p.add_argument("ids", nargs="+", metavar="ID", help="a treatment id, or exercise ids")
    p = command("red-flags", _cmd_red_flags, "how urgently red flags need care")
    p.add_argument("flags", nargs="+", type=_enum(RedFlag), metavar="FLAG")
    p = command("check", _cmd_check, "load a catalog directory and report every problem")
    p.add_argument("path", nargs="?", help="the directory (default: the bundled catalog)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``hiptx`` command; returns the exit status.

    Example:
        >>> import hiptx.cli
        >>> hiptx.cli.main(["show", "no-such-id"])
        2
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", _cmd_tour)
    try:
        cat = (
            None
            if handler is _cmd_check
            else (load_catalog(args.catalog) if args.catalog else load_catalog())
        )
        output = handler(args, cat)
    except CatalogDataError as exc:
        print(f"hiptx: {exc}", file=sys.stderr)
        return 1
    except HiptxError as exc:
        print(f"hiptx: {exc}", file=sys.stderr)
        return 2
    print(output)
    return 0
