"""The ``hiptx`` commands: one function per command, from parsed arguments to text.

A command function takes the parsed arguments and the catalog and returns the text
to print (JSON text under ``--json``). It looks up every id it is given, so an
unknown id is an :class:`~hiptx.UnknownIdError` (exit status 1), never dropped.

Each command's arguments and help are in ``_parser``; parsing of values, output
and the tour live in their own modules.
"""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import hiptx
from hiptx.catalog import Catalog, load_catalog
from hiptx.cli import _render, _tour
from hiptx.cli._output import write_svg
from hiptx.cli._parse import UsageError
from hiptx.errors import InvalidValueError, OutOfRangeError, UnknownIdError
from hiptx.rules.plans import Finding
from hiptx.vocab import MovementPattern, Muscle

if TYPE_CHECKING:
    from pathlib import Path

Handler = Callable[[argparse.Namespace, Catalog], str]

KINDS = _tour.KINDS

# The day a treatment starts is in living memory or the near future; anything else is
# a typo, and these bounds keep every milestone's date inside the calendar.
EARLIEST_START = datetime.date(1900, 1, 1)
LATEST_START = datetime.date(2199, 12, 31)


def catalog_directory(option: str, text: str) -> Path:
    """``text`` as a path if it is an existing directory; else say what is there."""
    from pathlib import Path  # only with --catalog: pathlib costs every command ~2 ms

    path = Path(text)
    if not path.exists():
        raise InvalidValueError(option, text, "an existing directory; nothing exists at that path")
    if not path.is_dir():
        raise InvalidValueError(option, text, "a directory; that path is a file, not a directory")
    return path


def open_catalog(args: argparse.Namespace) -> Catalog:
    """The catalog a command runs on: ``--catalog DIR``, else the bundled one."""
    if args.catalog is None:
        return load_catalog()
    return load_catalog(catalog_directory("--catalog", args.catalog))


def _lookup(cat: Catalog, kinds: Sequence[str], object_id: str, noun: str) -> object:
    """The object with ``object_id`` among ``kinds``, or an error suggesting close ids."""
    for kind in kinds:
        found = getattr(cat, kind).get(object_id)
        if found is not None:
            return found
    import difflib

    everything = sorted({i for kind in kinds for i in getattr(cat, kind)})
    raise UnknownIdError(noun, object_id, difflib.get_close_matches(object_id, everything, n=3))


# -- the commands --------------------------------------------------------------


#: What ``hiptx list`` shows besides catalog objects: the values options take.
VALUE_KINDS = ("flags", "findings", "patterns", "muscles")


def _values(kind: str, cat: Catalog) -> tuple[tuple[str, ...], list[list[object]]]:
    """The headers and rows of ``hiptx list flags|findings|patterns|muscles``."""
    if kind == "flags":
        return ("flag", "urgency", "action"), [
            [rule.flag, rule.pathway.urgency, rule.action] for rule in cat.rules.red_flags
        ]
    if kind == "findings":
        return ("finding", "impaired"), [[f, "yes" if f.is_impaired else "no"] for f in Finding]
    if kind == "patterns":
        return ("pattern", "chains that train it"), [
            [p, tuple(c.id for c in cat.progressions.values() if p in c.patterns) or None]
            for p in MovementPattern
        ]
    return ("muscle",), [[m] for m in Muscle]


def cmd_list(args: argparse.Namespace, cat: Catalog) -> str:
    if args.kind in VALUE_KINDS:
        if args.pattern or args.muscle:
            raise UsageError("--pattern and --muscle select exercises only", "hiptx list")
        headers, value_rows = _values(args.kind, cat)
        if args.json:
            return _render.to_json([dict(zip(headers, row, strict=True)) for row in value_rows])
        return _render.table(headers, value_rows, width=_render.output_width())
    if args.kind == "exercises":
        objects: Sequence[object] = cat.exercises_for(pattern=args.pattern, muscle=args.muscle)
    elif args.pattern or args.muscle:
        raise UsageError("--pattern and --muscle select exercises only", "hiptx list")
    else:
        objects = tuple(getattr(cat, args.kind).values())
    if args.json:
        return _render.to_json(list(objects))
    columns: dict[str, tuple[str, ...]] = {
        "treatments": ("id", "name", "kind", "invasiveness"),
        "exercises": ("id", "name", "goal", "patterns"),
        "progressions": ("id", "name", "patterns", "exercise_ids"),
        "risks": ("id", "name", "frequency", "published rates"),
        "conditions": ("id", "name"),
        "sources": ("id", "kind", "year", "title"),
        "instruments": ("id", "name", "licence", "scales"),
    }
    # A risk's published rates differ by population and definition, so the list
    # counts them (a frequency "unknown" beside them would read as "no figure").
    computed: dict[str, Callable[[Any], object]] = {
        "published rates": lambda risk: len(risk.rates) or "-",
        "licence": lambda instrument: instrument.licence.status.value,
        "scales": lambda instrument: ", ".join(s.id for s in instrument.subscales),
    }
    names = columns[args.kind]
    rows = [[computed[n](o) if n in computed else getattr(o, n) for n in names] for o in objects]
    return _render.table(names, rows, width=_render.output_width())


def cmd_show(args: argparse.Namespace, cat: Catalog) -> str:
    obj = _lookup(cat, KINDS, args.id, "catalog")
    return _render.to_json(obj) if args.json else _render.describe(obj)


def _recovery_dates(
    estimate: hiptx.RecoveryEstimate, start: datetime.date | None
) -> tuple[hiptx.DatedMilestone, ...] | None:
    if start is None:
        return None
    if not EARLIEST_START <= start <= LATEST_START:
        raise OutOfRangeError(
            "--start", start.isoformat(), f"a date from {EARLIEST_START} to {LATEST_START}"
        )
    return estimate.dates(start)


def cmd_recovery(args: argparse.Namespace, cat: Catalog) -> str:
    treatment = cat.treatments[args.treatment]
    est = hiptx.estimate_recovery(treatment, job=args.job, weight_bearing=args.weight_bearing)
    dates = _recovery_dates(est, args.start)
    # The picture first: a path that cannot be written fails before any output.
    wrote = (
        write_svg("--svg", args.svg, hiptx.recovery_timeline_svg(est, catalog=cat), "the timeline")
        if args.svg is not None
        else None
    )
    if args.json:
        return _render.to_json(est if dates is None else {"estimate": est, "dates": dates})
    rows = []
    footnotes: list[str] = []
    for i, m in enumerate(est.milestones):
        row: list[object] = [m.kind, _render.figure(m, footnotes)]
        if dates is not None:
            row.append(dates[i].window or "-")
        row.append(", ".join(sorted({c.source_id for c in m.citations})))
        rows.append(row)
    headers = ["milestone", "time", *([] if dates is None else ["dates"]), "sources"]
    table = _render.table(headers, rows, width=_render.output_width())
    out = [f"Recovery after {treatment.name}", table, *footnotes]
    if est.reasons:
        out += ["", "Notes:", _render.reasons(est.reasons)]
    if wrote is not None:
        out += ["", wrote]
    return "\n".join(out)


def cmd_compare(args: argparse.Namespace, cat: Catalog) -> str:
    if len(args.treatments) < 2:
        raise UsageError("compare needs two or more treatments", "hiptx compare")
    treatments = [cat.treatments[t] for t in args.treatments]
    comparison = hiptx.compare_recovery(
        treatments, job=args.job, weight_bearing=args.weight_bearing
    )
    if args.json:
        return _render.to_json(comparison)
    return _render.comparison(comparison)


def cmd_progress(args: argparse.Namespace, cat: Catalog) -> str:
    exercise = cat.exercises[args.exercise]
    sessions = [hiptx.SessionRecord(**fields) for fields in args.session]
    decision = hiptx.check_progression(
        exercise, sessions, red_flags=frozenset(args.red_flags), catalog=cat
    )
    if args.json:
        return _render.to_json(decision)
    lines = [f"Outcome: {decision.outcome.value}"]
    if decision.referral is not None:
        lines.append(_referral_line(decision.referral))
    lines += [_next_exercise(decision), "Why:", _render.reasons(decision.reasons)]
    return "\n".join(lines)


def _next_exercise(decision: hiptx.ProgressionDecision) -> str:
    """What to do next, in words that stand alone when there is no next exercise."""
    if decision.next_exercise_id is not None:
        return f"Next exercise: {decision.next_exercise_id}"
    if decision.referral is not None:
        return "Next exercise: none; no exercise is advised while a red flag is present."
    return (
        f"Next exercise: none. Stop {decision.exercise_id}: there is no easier level "
        "to step down to; the reasons below say why."
    )


def _referral_line(referral: hiptx.Referral) -> str:
    where = ", ".join(p.label for p in referral.pathways)
    return f"Red flags: {referral.urgency.value}; refer: {where}. No exercise advice is given."


def plan_from_findings(args: argparse.Namespace, cat: Catalog) -> hiptx.ExercisePlan:
    """The plan for the ``--finding`` and ``--red-flag`` options (``plan``, ``programme build``)."""
    findings = {p: f for p, f, _ in args.finding}
    scores = {p: s for p, _, s in args.finding if s is not None}
    return hiptx.plan_exercises(
        hiptx.Assessment(findings=findings, pain_scores=scores),
        red_flags=frozenset(args.red_flags),
        catalog=cat,
    )


def cmd_plan(args: argparse.Namespace, cat: Catalog) -> str:
    plan = plan_from_findings(args, cat)
    if args.json:
        return _render.to_json(plan)
    if plan.referral is not None:
        return "\n".join(
            [_referral_line(plan.referral), "Why:", _render.reasons(plan.referral.reasons)]
        )
    out = [
        _render.table(
            ["pattern", "finding", "start with", "dose"],
            [
                [i.pattern, i.finding, i.exercise_id, i.dose or "none in the sources"]
                for i in plan.items
            ],
        )
        if plan.items
        else "No exercise to start."
    ]
    normal = [p.value for p, f, _ in args.finding if not f.is_impaired]
    if normal:
        out.append(f"Found normal: {', '.join(normal)}.")
    out.extend(
        f"Withheld: {w.pattern.value} (painful {w.pain_score}/10, above the pain ceiling); "
        "no exercise until a clinician has assessed the pain."
        for w in plan.withheld
    )
    for u in plan.uncovered:
        others = ", ".join(u.standalone_exercise_ids) or "none"
        out.append(
            f"Uncovered: {u.pattern.value} ({u.finding.value}); no chain trains it. "
            f"Standalone exercises to consider: {others}."
        )
    if plan.not_assessed:
        out.append("Not assessed: " + ", ".join(p.value for p in plan.not_assessed) + ".")
    # Each choice's reasons: which source a dose and a chain come from, and which
    # steps are hiptx's own defaults, as `progress` shows them.
    explained: list[tuple[str, Sequence[hiptx.Reason]]] = [
        *((i.pattern.value, i.reasons) for i in plan.items),
        *((f"{w.pattern.value} (withheld)", w.reasons) for w in plan.withheld),
        *((f"{u.pattern.value} (uncovered)", u.reasons) for u in plan.uncovered),
    ]
    if explained:
        out.append("Why:")
        out.extend(f"  {label}:\n{_render.reasons(why, indent='    ')}" for label, why in explained)
    return "\n".join(out)


def cmd_coverage(args: argparse.Namespace, cat: Catalog) -> str:
    found = [
        _lookup(cat, ("treatments", "exercises"), i, "treatment or exercise") for i in args.ids
    ]
    treatments = [t for t in found if isinstance(t, hiptx.Treatment)]
    if treatments and len(found) > 1:
        raise InvalidValueError(
            "ID", treatments[0].id, "one treatment id alone, or exercise ids only"
        )
    programme = treatments[0] if treatments else found
    result = hiptx.coverage(programme, catalog=cat)  # type: ignore[arg-type]
    if args.json:
        return _render.to_json(result)

    def block(cov: hiptx.Coverage) -> list[str]:
        lines = _render.coverage(cov)
        if cov.reasons:
            lines += ["Basis:", _render.reasons(cov.reasons)]
        return lines

    blocks = [block(cov) for cov in (result.readings or (result,))]
    return "\n\n".join("\n".join(lines) for lines in blocks)


def cmd_red_flags(args: argparse.Namespace, cat: Catalog) -> str:
    referral = hiptx.check_red_flags(set(args.flags), catalog=cat)
    if args.json:
        return _render.to_json(referral)
    lines = [f"Urgency: {referral.urgency.value}"]
    if referral.pathways:
        lines.append("Refer: " + ", ".join(p.label for p in referral.pathways))
    return "\n".join([*lines, _render.reasons(referral.reasons)])


def cmd_check(args: argparse.Namespace, _: Catalog | None) -> str:
    if args.path is not None and args.catalog is not None:
        raise UsageError("give the directory once: as check's PATH or as --catalog", "hiptx check")
    text = args.path if args.path is not None else args.catalog
    path = None if text is None else catalog_directory("PATH", text)
    cat = load_catalog() if path is None else load_catalog(path)
    counts = {kind: len(getattr(cat, kind)) for kind in KINDS}
    where = "the bundled catalog" if path is None else str(path)
    overrides = cat.rules.overrides
    if args.json:
        return _render.to_json(
            {
                "ok": True,
                "path": where,
                "version": cat.version,
                "digest": cat.digest,
                "counts": counts,
                "overrides": hiptx.to_dict(overrides),
            }
        )
    listed = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    lines = [f"OK: {where} (data version {cat.version}) loads: {listed}"]
    # A local override changes what the rules tell a patient: always said.
    lines.extend(
        f"Local override: {o.threshold.value} = {o.value:g} (set by {o.set_by}: {o.reason})"
        for o in overrides
    )
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace, cat: Catalog) -> str:
    # Imported here: only this command needs them, and the CLI starts faster.
    import json
    from pathlib import Path

    from hiptx import fhir

    bundle = fhir.to_bundle(cat, base=args.base, risk_evidence=not args.no_risk_evidence)
    if args.out is None:
        return json.dumps(bundle, indent=2, ensure_ascii=True)
    path = Path(args.out)
    if path.is_dir():
        raise InvalidValueError("--out", args.out, "a file path; that path is a directory")
    try:
        path.write_text(json.dumps(bundle, indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as exc:
        raise InvalidValueError(
            "--out", args.out, f"a writable file path ({exc.strerror})"
        ) from None
    entries = len(bundle["entry"])
    if args.json:
        # The command's JSON is the document, wherever else it is written: a
        # program reads the same output with --out as without.
        return json.dumps(bundle, indent=2, ensure_ascii=True)
    return f"wrote a FHIR R4 Bundle of {entries} entries (data version {cat.version}) to {path}"


def cmd_tour(args: argparse.Namespace, cat: Catalog) -> str:
    return _tour.tour_json(cat) if args.json else _tour.tour_text(cat)
