"""A home-exercise app's back end, written from the hiptx docs alone.

``tests/project/test_packaging.py`` runs it against the installed wheel, and ``mypy
--strict`` on it, in a fresh environment. It builds a programme, advances it
through eight weeks of logs (a painful week 3 and an overload in week 5), sends
every result as JSON validated against ``hiptx.json_schema(...)``, and loads a
clinic's overlay directory with ``extends=``. It prints a JSON summary.
"""

from __future__ import annotations

import datetime
import importlib.resources
import json
import pathlib
import sys
import tempfile

import jsonschema

import hiptx

START = datetime.date(2025, 3, 3)  # a Monday
PAINFUL_WEEK = 3
OVERLOAD_WEEK = 5


class Outbox:
    """Every result the app sends: JSON text that fits its class's schema."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, obj: object, cls: type) -> None:
        text = hiptx.to_json(obj)
        data = json.loads(text)
        jsonschema.Draft202012Validator(hiptx.json_schema(cls)).validate(data)
        if hiptx.from_dict(cls, data) != obj:
            raise AssertionError(f"{cls.__name__} did not read back")
        self.sent.append(cls.__name__)


def week_of_logs(
    programme: hiptx.Programme, week: int, overloaded: str | None
) -> dict[str, list[hiptx.SessionRecord]]:
    """What the patient logged in one week: each prescription done as written."""
    logged: dict[str, list[hiptx.SessionRecord]] = {}
    sessions = programme.schedule[week - 1].sessions
    for number, session in enumerate(sessions):
        for p in session.prescriptions:
            sore = week == PAINFUL_WEEK and number == 1
            sharp = p.exercise_id == overloaded and number == len(sessions) - 1
            hold = None if p.hold_seconds is None else p.hold_seconds.high or p.hold_seconds.low
            reps = None if hold is not None else (p.reps.high or p.reps.low if p.reps else 10)
            record = hiptx.SessionRecord(
                sets=p.sets or 3,
                pain_during=5 if sore else 1,
                pain_after_24h=2 if sore else 1,
                sharp_pain=sharp,
                date=session.date,
                reps=reps,
                hold_seconds=hold,
            )
            logged.setdefault(p.exercise_id, []).append(record)
    return logged


def advance_eight_weeks(outbox: Outbox) -> list[list[str]]:
    """The programme through eight weekly reviews; each week's outcomes."""
    red_flags: set[hiptx.RedFlag] = set()
    referral = hiptx.check_red_flags(red_flags)
    outbox.send(referral, hiptx.Referral)
    findings = {
        hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK,
        hiptx.MovementPattern.ABDUCTION: hiptx.Finding.WEAK,
    }
    assessment = hiptx.Assessment(findings=findings)
    outbox.send(assessment, hiptx.Assessment)
    plan = hiptx.plan_exercises(assessment, red_flags=red_flags)
    outbox.send(plan, hiptx.ExercisePlan)
    programme = hiptx.build_programme(
        plan, start=START, weeks=12, sessions_per_week=3, weekdays=[0, 2, 4]
    )
    outbox.send(programme, hiptx.Programme)
    log: dict[str, list[hiptx.SessionRecord]] = {}
    outcomes: list[list[str]] = []
    for week in range(1, 9):
        overloaded = programme.slots[0].exercise_id if week == OVERLOAD_WEEK else None
        for exercise_id, records in week_of_logs(programme, week, overloaded).items():
            log.setdefault(exercise_id, []).extend(records)
        today = START + datetime.timedelta(days=7 * week - 1)  # the week's Sunday
        update = hiptx.advance_programme(programme, log, today=today)
        outbox.send(update, hiptx.ProgrammeUpdate)
        for decision in update.decisions:
            outbox.send(decision, hiptx.ProgressionDecision)
            if decision.exercise_id == overloaded and decision.outcome is hiptx.Outcome.PROGRESS:
                raise AssertionError("progressed through an overload")
        for change in update.changes:
            outbox.send(change, hiptx.ProgrammeChange)
            if change.to_exercise_id != change.from_exercise_id:
                log.pop(change.from_exercise_id, None)  # a new level starts a new log
        outcomes.append([str(d.outcome) for d in update.decisions])
        programme = update.programme
    return outcomes


def clinic_overlay(outbox: Outbox, directory: pathlib.Path) -> int:
    """A clinic's own chain over the bundled catalog; how many exercises it adds."""
    kemp = [{"source_id": "physio-network-kemp"}]
    exercises = [
        {
            "id": exercise_id,
            "name": name,
            "summary": f"{name}, as the clinic teaches it.",
            "goal": "strength",
            "position": "standing",
            "patterns": ["abduction"],
            "citations": kemp,
        }
        for exercise_id, name in (("clinic-wall-press", "Wall press"), ("clinic-walk", "Walk"))
    ]
    chain = {
        "id": "clinic-abduction",
        "name": "Clinic abduction",
        "patterns": ["abduction"],
        "exercise_ids": ["clinic-wall-press", "clinic-walk"],
        "citations": kemp,
    }
    (directory / "exercises.json").write_text(json.dumps({"exercises": exercises}), "utf-8")
    (directory / "progressions.json").write_text(json.dumps({"progressions": [chain]}), "utf-8")
    bundled = hiptx.load_catalog()
    clinic = hiptx.load_catalog(directory, extends=bundled)
    ok = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    decision = hiptx.check_progression("clinic-wall-press", [ok], catalog=clinic)
    outbox.send(decision, hiptx.ProgressionDecision)
    if decision.chain_end is not hiptx.ChainEnd.BOTTOM:
        raise AssertionError("the clinic's first level is the bottom of its chain")
    return len(clinic.exercises) - len(bundled.exercises)


def main() -> None:
    outbox = Outbox()
    outcomes = advance_eight_weeks(outbox)
    with tempfile.TemporaryDirectory() as workdir:
        added = clinic_overlay(outbox, pathlib.Path(workdir))
    again = hiptx.load_catalog(importlib.resources.files("hiptx") / "data")
    json.dump(
        {
            "outcomes": outcomes,
            "sent": len(outbox.sent),
            "kinds": sorted(set(outbox.sent)),
            "added": added,
            "same_catalog": again == hiptx.load_catalog(),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
