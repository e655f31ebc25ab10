"""Clinical scenario vectors after surgery (issue 22), run by test_scenarios.py.

Each row: one patient after an operation, the outcome a clinician reading the sources
would expect, the reason codes that must be present (and absent), and the rationale.

Sources, by short name:
  EAN    Eannucci 2019 (clinical-facts.md section 4): posterior precautions, no flexion
         beyond 90 degrees, no adduction, no internal rotation, for 6-12 weeks.
  TRIALS Barnsley 2015; Korfitsen (SR); Dietz 2019 and two further randomised trials
         (section 11): no benefit found.
  F000   seed 000, the UK FASHIoN patient page: typically 2 weeks on crutches after
         arthroscopy; some surgeons 6-8 weeks non-weight-bearing.
  LEO    Leopold 2025 (section 5): partial weight bearing 6-8 weeks after PAO.
  MLTJ   MLTJ 2016 Table I (section 11): four phases, weeks 1-4, 4-8, 8-12, sport;
         criteria to advance.
  OPAL   NHS OPAL (section 4): under 50 sooner, over 65 later after hip replacement.
  RCS    RCS Get Well Soon (section 4): office work usually within 6 weeks; heavy
         duties several more weeks.
  HIPTX  hiptx's own safety default (docs/defaults.md, "After surgery").
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable

import hiptx
from tests.support.scenarios import Scenario, decision, no_reasons
from tests.support.surgery import surgery, weeks

RC, OUT, MP, FI, A, HP = (
    hiptx.ReasonCode,
    hiptx.Outcome,
    hiptx.MovementPattern,
    hiptx.Finding,
    hiptx.Approach,
    hiptx.HipPosition,
)

POSTERIOR = surgery(approach=A.POSTERIOR)
WEAK = hiptx.Assessment(
    findings={MP.FLEXION: FI.WEAK, MP.ADDUCTION: FI.WEAK, MP.SQUAT: FI.WEAK, MP.EXTENSION: FI.WEAK}
)
OK = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
SHARP = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=1, sharp_pain=True)


def plan(surgery: hiptx.Surgery, day: datetime.date | None) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.plan_exercises(WEAK, surgery=surgery, today=day, catalog=cat)


def planned(result: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    assert isinstance(result, hiptx.ExercisePlan)
    return (
        tuple(sorted(i.exercise_id for i in result.items)),
        tuple(sorted(w.exercise_id for w in result.waiting)),
    )


def plan_reasons(result: object) -> tuple[hiptx.Reason, ...]:
    assert isinstance(result, hiptx.ExercisePlan)
    return (*result.reasons, *(r for w in result.waiting for r in w.reasons))


def restriction(
    exercise: str, surgery: hiptx.Surgery, day: datetime.date
) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.exercise_restriction(
        cat.exercises[exercise], surgery, day, catalog=cat
    )


def until(result: object) -> object:
    return "allowed" if result is None else operator.attrgetter("until")(result)


def restriction_reasons(result: object) -> tuple[hiptx.Reason, ...]:
    return () if result is None else operator.attrgetter("reasons")(result)


def progress(
    exercise: str, session: hiptx.SessionRecord, surgery: hiptx.Surgery, day: datetime.date
) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.check_progression(
        exercise, [session], surgery=surgery, today=day, catalog=cat
    )


ARTHROSCOPY = surgery("hip-arthroscopy")
PHASE_1 = (
    "minimum-pain-with-phase-1-exercises",
    "increased-range-of-motion",
    "adequate-muscle-activation",
    "canes-removed",
)


def phase(
    surgery: hiptx.Surgery, day: datetime.date, met: tuple[str, ...] = ()
) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.rehab_phase(surgery, today=day, criteria_met=met, catalog=cat)


def phase_of(result: object) -> tuple[object, object]:
    assert isinstance(result, hiptx.RehabStatus)
    return result.phase, result.earliest_next


def headline(treatment: str, job: hiptx.JobDemand) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.estimate_recovery(treatment, job=job, catalog=cat)


def work_headline(result: object) -> object:
    assert isinstance(result, hiptx.RecoveryEstimate)
    m = result.milestone(hiptx.MilestoneKind.RETURN_TO_WORK)
    assert m is not None
    return str(m.span) if m.span is not None else m.wording


SAFE = frozenset({RC.POST_OPERATIVE_PRECAUTION, RC.SAFER_READING, RC.EVIDENCE_AGAINST})
FLEX_ADD_SQUAT = ("side-lying-hip-adduction", "squat-comfortable-range", "supine-hip-flexion")

SCENARIOS = (
    # --- the plan after a posterior hip replacement -----------------------------------
    Scenario(
        name="s01-posterior-thr-week-2-plan",
        given=plan(POSTERIOR, weeks(2)),
        read=planned,
        expect=(("loaded-bridge",), FLEX_ADD_SQUAT),
        codes=SAFE | {RC.RESTRICTED_AFTER_SURGERY},
        reasons=plan_reasons,
        why="Two weeks after: no flexion beyond 90, no adduction, no squat.",
        source="EAN, TRIALS, HIPTX",
    ),
    Scenario(
        name="s02-posterior-thr-week-6-still-waits",
        given=plan(POSTERIOR, weeks(6)),
        read=planned,
        expect=(("loaded-bridge",), FLEX_ADD_SQUAT),
        codes=SAFE,
        reasons=plan_reasons,
        why="Without the surgeon's order the 12-week end applies (safer reading).",
        source="EAN, HIPTX",
    ),
    Scenario(
        name="s03-posterior-thr-week-12-returns",
        given=plan(POSTERIOR, weeks(12)),
        read=planned,
        expect=(("loaded-bridge", *FLEX_ADD_SQUAT), ()),
        absent=frozenset({RC.SAFER_READING}),
        reasons=plan_reasons,
        why="The window has ended: everything returns.",
        source="EAN",
    ),
    Scenario(
        name="s04-no-day-given-checks-the-operation-day",
        given=plan(POSTERIOR, None),
        read=planned,
        expect=(("loaded-bridge",), FLEX_ADD_SQUAT),
        codes=frozenset({RC.SAFER_READING}),
        reasons=plan_reasons,
        why="No day: the strictest day, the operation's.",
        source="HIPTX",
    ),
    Scenario(
        name="s05-unknown-approach-assumed-posterior",
        given=plan(surgery(), weeks(2)),
        read=planned,
        expect=(("loaded-bridge",), FLEX_ADD_SQUAT),
        codes=frozenset({RC.APPROACH_ASSUMED}),
        reasons=plan_reasons,
        why="Unknown approach: assume the one with precautions, and say so.",
        source="EAN, HIPTX",
    ),
    Scenario(
        name="s06-anterior-approach-no-precautions",
        given=plan(surgery(approach=A.ANTERIOR), weeks(2)),
        read=planned,
        expect=(("loaded-bridge", *FLEX_ADD_SQUAT), ()),
        absent=frozenset({RC.POST_OPERATIVE_PRECAUTION}),
        reasons=plan_reasons,
        why="The catalog's precautions are posterior-approach ones.",
        source="EAN",
    ),
    Scenario(
        name="s07-surgeon-no-precautions-honoured",
        given=plan(surgery(approach=A.POSTERIOR, precautions=()), weeks(2)),
        read=planned,
        expect=(("loaded-bridge", *FLEX_ADD_SQUAT), ()),
        codes=frozenset({RC.SURGEON_ORDER}),
        absent=frozenset({RC.SAFER_READING}),
        reasons=plan_reasons,
        why="The surgeon's 'no precautions' is followed and recorded.",
        source="TRIALS",
    ),
    Scenario(
        name="s08-surgeon-flexion-only-6-weeks",
        given=plan(
            surgery(
                approach=A.POSTERIOR,
                precautions=(HP.FLEXION_BEYOND_90,),
                precautions_until=weeks(6),
            ),
            weeks(2),
        ),
        read=planned,
        expect=(
            ("loaded-bridge", "side-lying-hip-adduction"),
            ("squat-comfortable-range", "supine-hip-flexion"),
        ),
        codes=frozenset({RC.SURGEON_ORDER}),
        absent=frozenset({RC.SAFER_READING}),
        reasons=plan_reasons,
        why="The surgeon limits flexion only: adduction is planned.",
        source="HIPTX",
    ),
    Scenario(
        name="s09-red-flag-after-surgery-stops-all",
        given=lambda cat: hiptx.plan_exercises(
            WEAK,
            surgery=POSTERIOR,
            today=weeks(2),
            red_flags={hiptx.RedFlag.NIGHT_OR_REST_PAIN},
            catalog=cat,
        ),
        read=planned,
        expect=((), ()),
        codes=frozenset({RC.NO_EXERCISE_ADVICE}),
        why="A red flag stops all exercise advice, operation or not.",
        source="NHS",
    ),
    # --- single exercises -------------------------------------------------------------
    Scenario(
        name="s10-thr-squat-until-week-12",
        given=restriction("squat-progressed", POSTERIOR, weeks(2)),
        read=until,
        expect=weeks(12),
        codes=SAFE,
        reasons=restriction_reasons,
        why="A deep squat flexes beyond 90 degrees.",
        source="EAN",
    ),
    Scenario(
        name="s11-thr-chops-internal-rotation",
        given=restriction("chops-and-lifts", POSTERIOR, weeks(3)),
        read=until,
        expect=weeks(12),
        codes=SAFE,
        reasons=restriction_reasons,
        why="Turning on a fixed leg rotates the hip inwards.",
        source="EAN, HIPTX",
    ),
    Scenario(
        name="s12-thr-clam-allowed",
        given=restriction("side-lying-clam", POSTERIOR, weeks(2)),
        read=until,
        expect="allowed",
        reasons=restriction_reasons,
        why="External rotation is not limited.",
        source="EAN",
    ),
    Scenario(
        name="s13-thr-no-weight-bearing-limit",
        given=restriction("hip-hike", surgery(approach=A.LATERAL), weeks(1)),
        read=until,
        expect="allowed",
        reasons=restriction_reasons,
        why="The sources give no weight-bearing limit after hip replacement.",
        source="EAN",
    ),
    Scenario(
        name="s14-arthroscopy-weight-bearing-8-weeks",
        given=restriction("single-leg-squat-variant", ARTHROSCOPY, weeks(3)),
        read=until,
        expect=weeks(8),
        codes=frozenset({RC.WEIGHT_BEARING_ORDER, RC.SAFER_READING}),
        reasons=restriction_reasons,
        why="No order given: the longest protected period the source reports.",
        source="F000, HIPTX",
    ),
    Scenario(
        name="s15-arthroscopy-surgeon-nwb-6-weeks",
        given=restriction(
            "pelvic-bridge", surgery("hip-arthroscopy", weight_bearing_until=weeks(6)), weeks(5)
        ),
        read=until,
        expect=weeks(6),
        codes=frozenset({RC.WEIGHT_BEARING_ORDER}),
        absent=frozenset({RC.SAFER_READING}),
        reasons=restriction_reasons,
        why="The surgeon's 6 weeks non-weight-bearing replaces the default.",
        source="F000",
    ),
    Scenario(
        name="s16-arthroscopy-nwb-ends",
        given=restriction(
            "pelvic-bridge", surgery("hip-arthroscopy", weight_bearing_until=weeks(6)), weeks(6)
        ),
        read=until,
        expect="allowed",
        reasons=restriction_reasons,
        why="On the day the order ends, weight bearing returns.",
        source="F000",
    ),
    Scenario(
        name="s17-arthroscopy-non-weight-bearing-exercise",
        given=restriction("side-lying-hip-adduction", ARTHROSCOPY, weeks(1)),
        read=until,
        expect="allowed",
        reasons=restriction_reasons,
        why="Lying on the side bears no weight.",
        source="F000",
    ),
    Scenario(
        name="s18-labral-repair-follows-arthroscopy",
        given=restriction("pelvic-bridge", surgery("labral-repair"), weeks(2)),
        read=until,
        expect=weeks(8),
        codes=frozenset({RC.WEIGHT_BEARING_ORDER}),
        reasons=restriction_reasons,
        why="An arthroscopic FAI operation: the arthroscopy limit applies.",
        source="F000, HIPTX",
    ),
    Scenario(
        name="s19-pao-partial-weight-bearing",
        given=restriction(
            "standing-resisted-hip-abduction", surgery("periacetabular-osteotomy"), weeks(7)
        ),
        read=until,
        expect=weeks(8),
        codes=frozenset({RC.WEIGHT_BEARING_ORDER}),
        reasons=restriction_reasons,
        why="Partial weight bearing 6-8 weeks; the longer end.",
        source="LEO",
    ),
    # --- progression --------------------------------------------------------------------
    Scenario(
        name="s20-thr-restricted-exercise-stops",
        given=progress("side-lying-hip-adduction", OK, POSTERIOR, weeks(2)),
        read=decision,
        expect=(OUT.STOP, None),
        codes=frozenset({RC.RESTRICTED_AFTER_SURGERY}),
        why="A restricted exercise is stopped, never progressed.",
        source="EAN",
    ),
    Scenario(
        name="s21-hip-flexion-regress-into-restriction-stops",
        given=progress(
            "standing-hip-flexion",
            SHARP,
            surgery(approach=A.ANTERIOR, precautions=(HP.FLEXION_BEYOND_90,)),
            weeks(2),
        ),
        read=decision,
        expect=(OUT.STOP, None),
        codes=frozenset({RC.SURGEON_ORDER, RC.SHARP_PAIN}),
        why="The easier level flexes beyond 90: stop rather than regress into it.",
        source="HIPTX",
    ),
    Scenario(
        name="s22-weight-bearing-progress-held",
        given=progress(
            "side-lying-hip-adduction-loaded",
            OK,
            surgery("hip-arthroscopy", weight_bearing_until=weeks(6)),
            weeks(3),
        ),
        read=decision,
        expect=(OUT.HOLD, "side-lying-hip-adduction-loaded"),
        codes=frozenset({RC.WEIGHT_BEARING_ORDER, RC.RESTRICTED_AFTER_SURGERY}),
        why="The next level bears weight during non-weight-bearing: hold.",
        source="F000",
    ),
    Scenario(
        name="s23-progress-after-the-order-ends",
        given=progress(
            "side-lying-hip-adduction-loaded",
            OK,
            surgery("hip-arthroscopy", weight_bearing_until=weeks(6)),
            weeks(6),
        ),
        read=decision,
        expect=(OUT.PROGRESS, "standing-banded-hip-adduction"),
        absent=frozenset({RC.RESTRICTED_AFTER_SURGERY}),
        why="Once allowed, the progression rule decides as usual.",
        source="F000",
    ),
    # --- rehabilitation phases ----------------------------------------------------------
    Scenario(
        name="s24-phase-1-time-not-passed",
        given=phase(ARTHROSCOPY, weeks(3), PHASE_1),
        read=phase_of,
        expect=(1, weeks(4)),
        codes=frozenset({RC.PHASE_TIME_NOT_PASSED}),
        why="Criteria met, but phase 2 starts at week 4 at the earliest.",
        source="MLTJ",
    ),
    Scenario(
        name="s25-phase-1-criteria-not-met",
        given=phase(ARTHROSCOPY, weeks(6), PHASE_1[:2]),
        read=phase_of,
        expect=(1, weeks(4)),
        codes=frozenset({RC.PHASE_CRITERIA_NOT_MET}),
        why="Time has passed but canes are not yet removed: criteria decide.",
        source="MLTJ",
    ),
    Scenario(
        name="s26-phase-2",
        given=phase(ARTHROSCOPY, weeks(4), PHASE_1),
        read=phase_of,
        expect=(2, weeks(8)),
        codes=frozenset({RC.REHAB_PHASE}),
        why="Week 4 and every criterion met.",
        source="MLTJ",
    ),
    Scenario(
        name="s27-thr-no-phases",
        given=phase(POSTERIOR, weeks(2)),
        read=phase_of,
        expect=(None, None),
        codes=frozenset({RC.NO_REHAB_PHASES}),
        why="The sources give no phases after hip replacement.",
        source="EAN",
    ),
    # --- recovery figures -----------------------------------------------------------------
    Scenario(
        name="s28-thr-manual-headline",
        given=headline("total-hip-replacement", hiptx.JobDemand.MANUAL),
        read=work_headline,
        expect="several more weeks",
        codes=frozenset({RC.VAGUE_FIGURE}),
        reasons=lambda r: operator.attrgetter("reasons")(operator.attrgetter("milestones")(r)[-1]),
        why="Heavy duties: their own words are the headline.",
        source="RCS",
    ),
    Scenario(
        name="s29-thr-office-upper-bound",
        given=headline("total-hip-replacement", hiptx.JobDemand.SEDENTARY),
        read=work_headline,
        expect="up to 6 weeks",
        reasons=no_reasons,
        why="'Usually within 6 weeks' is an upper bound.",
        source="RCS",
    ),
    Scenario(
        name="s30-thr-older-patient-later",
        given=lambda cat: hiptx.estimate_recovery("total-hip-replacement", age=70, catalog=cat),
        read=lambda r: len(operator.attrgetter("milestones")(r)),
        expect=1,
        codes=frozenset({RC.AGE_EFFECT}),
        reasons=lambda r: tuple(x for m in operator.attrgetter("milestones")(r) for x in m.reasons),
        why="Over 65: later, by no stated amount; the dates do not move.",
        source="OPAL",
    ),
)
