"""Clinical scenario vectors: published-style test vectors for every rule.

Each row is one patient situation: the input, the outcome a clinician reading the
sources would expect, the reason codes that must be present (and, where it matters,
absent), and the rationale with its source. The expected values come from the
sources and the hazard log (docs/safety.md), never from running the code.

Sources, by short name:
  KEMP   the Physio Network practical (after Jo Kemp): 3 x 8-10 reps at <= 3/10 pain
         during and in the 24 h after; 3 x 20-30 s for trunk holds.
  CM     Caring Medical (a prolotherapy clinic, an opinion): joint pain > 2 h, sharp
         joint pain, or a hot or swollen joint = too much load.
  MHE    "My Hip Exercise" (University of Melbourne): do not progress if hip pain
         increased for more than a day.
  NHS    the NHS red-flag pathways (clinical-facts.md section 9).
  WHO    150 aerobic minutes and 2 strength sessions a week, as KEMP quotes it.
  HIPTX  hiptx's own safety default (docs/defaults.md).
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

import hiptx
from tests.support.sessions import session

RC = hiptx.ReasonCode
OUT = hiptx.Outcome
F = hiptx.RedFlag
MP = hiptx.MovementPattern
FI = hiptx.Finding


def s(**kw: object) -> hiptx.SessionRecord:
    """A session at the target dose within the ceiling, changed by ``kw``."""
    return session(pain=2, **kw)


@dataclass(frozen=True)
class Scenario:
    id: str
    run: Callable[[hiptx.Catalog], object]
    outcome: Callable[[object], object]
    expected: object
    codes: frozenset[RC] = frozenset()
    absent: frozenset[RC] = frozenset()
    rationale: str = ""
    source: str = ""
    reasons: Callable[[object], tuple[hiptx.Reason, ...]] = field(
        default=operator.attrgetter("reasons")
    )


MID = "standing-banded-hip-adduction"  # middle of the adductor chain
FIRST = "side-lying-hip-adduction"  # first level of the adductor chain
TOP = "copenhagen-plank"  # top of the adductor chain


def progress(
    exercise: str, sessions: list[hiptx.SessionRecord], **kw: object
) -> Callable[[hiptx.Catalog], object]:
    def run(cat: hiptx.Catalog) -> object:
        return hiptx.check_progression(exercise, sessions, catalog=cat, **kw)  # type: ignore[arg-type]

    return run


def decision(result: object) -> tuple[object, object]:
    d = result
    assert isinstance(d, hiptx.ProgressionDecision)
    return d.outcome, d.next_exercise_id


def flags(*given: hiptx.RedFlag) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.check_red_flags(set(given), catalog=cat)


def referral(result: object) -> tuple[object, object]:
    assert isinstance(result, hiptx.Referral)
    return result.urgency, result.pathways[0] if result.pathways else None


def plan(
    findings: dict[hiptx.MovementPattern, hiptx.Finding],
    scores: dict[hiptx.MovementPattern, int] | None = None,
    **kw: object,
) -> Callable[[hiptx.Catalog], object]:
    def run(cat: hiptx.Catalog) -> object:
        a = hiptx.Assessment(findings=findings, pain_scores=scores or {})
        return hiptx.plan_exercises(a, catalog=cat, **kw)  # type: ignore[arg-type]

    return run


def plan_shape(result: object) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    assert isinstance(result, hiptx.ExercisePlan)
    return (
        tuple(i.exercise_id for i in result.items),
        tuple(w.pattern.value for w in result.withheld),
        result.referral is not None,
    )


def plan_reasons(result: object) -> tuple[hiptx.Reason, ...]:
    assert isinstance(result, hiptx.ExercisePlan)
    out = list(result.reasons)
    for item in result.items:
        out.extend(item.reasons)
    for withheld in result.withheld:
        out.extend(withheld.reasons)
    for uncovered in result.uncovered:
        out.extend(uncovered.reasons)
    return tuple(out)


def screen(status: hiptx.HipStatus, **kw: object) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.screen_conservative_care(status, catalog=cat, **kw)  # type: ignore[arg-type]


def candidacy(result: object) -> tuple[object, object]:
    assert isinstance(result, hiptx.CandidacyDecision)
    return result.outcome, result.refer_to_surgeon


def pain(session: hiptx.SessionRecord) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.classify_pain(session, catalog=cat)


def response(result: object) -> object:
    assert isinstance(result, hiptx.PainAssessment)
    return result.response


def recovery(treatment: str, job: hiptx.JobDemand | None) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.estimate_recovery(cat.treatments[treatment], job=job)


def spans_of(kind: hiptx.MilestoneKind) -> Callable[[object], tuple[str, ...]]:
    def spans(result: object) -> tuple[str, ...]:
        assert isinstance(result, hiptx.RecoveryEstimate)
        return tuple(sorted(str(m.span) for m in result.milestones if m.kind is kind))

    return spans


def no_reasons(_: object) -> tuple[hiptx.Reason, ...]:
    """For scenarios whose result is a plain value: no reason codes to check."""
    return ()


def programme_with_flag(cat: hiptx.Catalog) -> object:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={MP.ADDUCTION: FI.WEAK}), red_flags={F.TRAUMA}, catalog=cat
    )
    programme = hiptx.build_programme(
        plan, start=datetime.date(2026, 12, 7), weeks=4, sessions_per_week=3, catalog=cat
    )
    return len(programme.sessions)


def programme_after_overload(cat: hiptx.Catalog) -> object:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={MP.ADDUCTION: FI.WEAK}), catalog=cat)
    start = datetime.date(2026, 12, 7)
    programme = hiptx.build_programme(plan, start=start, weeks=4, sessions_per_week=3, catalog=cat)
    log = {FIRST: [s(date=start), s(date=start + datetime.timedelta(days=2), swelling=True)]}
    update = hiptx.advance_programme(
        programme, log, today=start + datetime.timedelta(days=3), catalog=cat
    )
    chain = cat.progressions["hip-adductor-strengthening"].exercise_ids
    later = {
        p.exercise_id
        for session in update.programme.sessions
        if session.date > start + datetime.timedelta(days=3)
        for p in session.prescriptions
    }
    harder = any(chain.index(e) > 0 for e in later if e in chain)
    # An overload at the chain's first level stops the exercise: nothing harder follows.
    return update.decision_for(FIRST).outcome, harder


SCENARIOS = [
    # --- progression: the KEMP rule -------------------------------------------------
    Scenario(
        "p01-target-met-within-ceiling",
        progress(MID, [s()]),
        decision,
        (OUT.PROGRESS, TOP),
        frozenset({RC.TARGET_DOSE_MET, RC.NEXT_STEP}),
        rationale="3 x 10 at 2/10 meets 3 x 8-10 at <= 3/10: next level.",
        source="KEMP",
    ),
    Scenario(
        "p02-ceiling-is-inclusive",
        progress(MID, [s(reps=8, pain_during=3, pain_after_24h=3)]),
        decision,
        (OUT.PROGRESS, TOP),
        frozenset({RC.PAIN_WITHIN_CEILING}),
        rationale="3/10 is within 'a max of 3/10'.",
        source="KEMP",
    ),
    Scenario(
        "p03-two-sets-not-enough",
        progress(MID, [s(sets=2)]),
        decision,
        (OUT.HOLD, MID),
        frozenset({RC.TARGET_DOSE_NOT_MET}),
        rationale="Work up to 3 sets first.",
        source="KEMP",
    ),
    Scenario(
        "p04-seven-reps-not-enough",
        progress(MID, [s(reps=7)]),
        decision,
        (OUT.HOLD, MID),
        frozenset({RC.TARGET_DOSE_NOT_MET}),
        rationale="8-10 reps per set.",
        source="KEMP",
    ),
    Scenario(
        "p05-pain-during-settled",
        progress(MID, [s(pain_during=6, pain_after_24h=2)]),
        decision,
        (OUT.HOLD, MID),
        frozenset({RC.PAIN_ABOVE_CEILING}),
        frozenset({RC.PAIN_NOT_SETTLED}),
        rationale="Above 3/10 during but settled by the next day: stay, do not progress.",
        source="KEMP",
    ),
    Scenario(
        "p06-pain-not-settled-next-day",
        progress(MID, [s(pain_during=9, pain_after_24h=9)]),
        decision,
        (OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        frozenset({RC.PAIN_NOT_SETTLED, RC.PREVIOUS_STEP}),
        frozenset({RC.PAIN_ABOVE_CEILING}),
        rationale="9/10 a day later has not settled: reduce load, never 'settled'.",
        source="KEMP, MHE",
    ),
    Scenario(
        "p07-not-settled-at-first-level-stops",
        progress(FIRST, [s(pain_after_24h=5)]),
        decision,
        (OUT.STOP, None),
        frozenset({RC.PAIN_NOT_SETTLED, RC.BOTTOM_OF_CHAIN}),
        rationale="No easier level to step back to: stop until reviewed.",
        source="MHE, HIPTX",
    ),
    Scenario(
        "p07b-not-settled-at-second-level-steps-back-to-the-first",
        progress("side-lying-hip-adduction-loaded", [s(pain_during=9, pain_after_24h=9)]),
        decision,
        (OUT.REGRESS, FIRST),
        frozenset({RC.PAIN_NOT_SETTLED, RC.PREVIOUS_STEP}),
        frozenset({RC.BOTTOM_OF_CHAIN}),
        rationale="The first level is an easier level: step back to it, do not stop.",
        source="KEMP, MHE, HIPTX",
    ),
    Scenario(
        "p08-lingering-pain-stricter-rule",
        progress(MID, [s(pain_lasted_hours=3.0)]),
        decision,
        (OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        frozenset({RC.PAIN_LINGERED, RC.SAFER_RULE_APPLIED}),
        rationale="Within KEMP's 24 h window, over CM's 2 h: the stricter rule applies, said so.",
        source="CM vs KEMP",
    ),
    Scenario(
        "p09-two-hours-exactly-is-not-over",
        progress(MID, [s(pain_lasted_hours=2.0)]),
        decision,
        (OUT.PROGRESS, TOP),
        absent=frozenset({RC.PAIN_LINGERED}),
        rationale="'longer than two hours': 2 h is not longer.",
        source="CM",
    ),
    Scenario(
        "p10-sharp-pain",
        progress(MID, [s(sharp_pain=True)]),
        decision,
        (OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        frozenset({RC.SHARP_PAIN}),
        rationale="Sharp joint pain: too much load.",
        source="CM",
    ),
    Scenario(
        "p11-swollen-joint",
        progress(MID, [s(swelling=True)]),
        decision,
        (OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        frozenset({RC.HOT_OR_SWOLLEN_JOINT}),
        rationale="A swollen joint after exercise: too much load.",
        source="CM",
    ),
    Scenario(
        "p12-hot-joint-at-first-level",
        progress(FIRST, [s(hot_joint=True)]),
        decision,
        (OUT.STOP, None),
        frozenset({RC.HOT_OR_SWOLLEN_JOINT, RC.BOTTOM_OF_CHAIN}),
        rationale="Overload with no easier level: stop until reviewed.",
        source="CM, HIPTX",
    ),
    Scenario(
        "p13-overload-in-history-blocks-progress",
        progress(
            MID,
            [s(), s(pain_lasted_hours=4.0, swelling=True, date=datetime.date(2026, 11, 3)), s()],
        ),
        decision,
        (OUT.HOLD, MID),
        frozenset({RC.OVERLOAD_IN_HISTORY, RC.TARGET_DOSE_MET}),
        frozenset({RC.PAIN_LINGERED, RC.HOT_OR_SWOLLEN_JOINT}),  # not told as the latest session
        rationale="Fine, overload, fine: never step up through a logged overload.",
        source="HIPTX (design: an overload in any session blocks progression)",
    ),
    Scenario(
        "p14-overload-in-first-of-many",
        progress(MID, [s(sharp_pain=True), s(), s(), s()]),
        decision,
        (OUT.HOLD, MID),
        frozenset({RC.OVERLOAD_IN_HISTORY}),
        rationale="Any session at this level counts, not only the latest.",
        source="HIPTX",
    ),
    Scenario(
        "p15-top-of-chain-keeps-exercise",
        # Its first form is isometric: 3 sets of 20-30 s holds (seed 003).
        progress(TOP, [s(reps=None, hold_seconds=30)]),
        decision,
        (OUT.PROGRESS, TOP),
        frozenset({RC.TOP_OF_CHAIN}),
        rationale="No level above: keep it, add range/tempo/load (hiptx's own advice).",
        source="HIPTX",
    ),
    Scenario(
        "p16-no-sessions",
        progress(MID, []),
        decision,
        (OUT.HOLD, MID),
        frozenset({RC.NO_SESSIONS}),
        rationale="Nothing logged: start here.",
        source="HIPTX",
    ),
    Scenario(
        "p17-red-flag-stops-progression",
        progress(MID, [s()], red_flags={F.NIGHT_OR_REST_PAIN}),
        decision,
        (OUT.STOP, None),
        frozenset({RC.RED_FLAG, RC.NO_EXERCISE_ADVICE}),
        frozenset({RC.TARGET_DOSE_MET, RC.NEXT_STEP}),
        rationale="Any red flag: no exercise advice, only the referral.",
        source="NHS, HIPTX",
    ),
    Scenario(
        "p18-trunk-hold-target",
        lambda cat: hiptx.check_progression(
            "side-plank",
            [hiptx.SessionRecord(sets=3, hold_seconds=20, pain_during=1, pain_after_24h=1)],
            catalog=cat,
        ),
        operator.attrgetter("outcome"),
        OUT.PROGRESS,
        frozenset({RC.TARGET_DOSE_MET}),
        rationale="Trunk endurance: 3 x 20-30 s holds.",
        source="KEMP",
    ),
    Scenario(
        "p19-trunk-hold-short",
        lambda cat: hiptx.check_progression(
            "side-plank",
            [hiptx.SessionRecord(sets=3, hold_seconds=19, pain_during=1, pain_after_24h=1)],
            catalog=cat,
        ),
        operator.attrgetter("outcome"),
        OUT.HOLD,
        frozenset({RC.TARGET_DOSE_NOT_MET}),
        rationale="19 s is short of 20 s.",
        source="KEMP",
    ),
    Scenario(
        "p20-rising-pain-noted",
        progress(
            FIRST, [s(pain_during=0, pain_after_24h=0), s(pain_during=1, pain_after_24h=1), s()]
        ),
        decision,
        (OUT.PROGRESS, "side-lying-hip-adduction-loaded"),
        frozenset({RC.PAIN_RISING}),
        rationale="Pain rising over three sessions is noted (hiptx's own check), within ceiling.",
        source="KEMP, HIPTX",
    ),
    # --- pain classifier -------------------------------------------------------------
    Scenario(
        "c01-acceptable",
        pain(s(pain_during=3, pain_after_24h=3)),
        response,
        hiptx.PainResponse.ACCEPTABLE,
        frozenset({RC.PAIN_WITHIN_CEILING}),
        rationale="At the ceiling is acceptable.",
        source="KEMP",
    ),
    Scenario(
        "c02-above-during-settled",
        pain(s(pain_during=4, pain_after_24h=1)),
        response,
        hiptx.PainResponse.ABOVE_CEILING,
        frozenset({RC.PAIN_ABOVE_CEILING}),
        rationale="Above during, settled by the next day.",
        source="KEMP",
    ),
    Scenario(
        "c03-next-day-above",
        pain(s(pain_during=1, pain_after_24h=4)),
        response,
        hiptx.PainResponse.OVERLOAD,
        frozenset({RC.PAIN_NOT_SETTLED}),
        rationale="Above the ceiling the next day: not settled.",
        source="KEMP, MHE",
    ),
    Scenario(
        "c04-sharp-with-no-score",
        pain(s(pain_during=0, pain_after_24h=0, sharp_pain=True)),
        response,
        hiptx.PainResponse.OVERLOAD,
        frozenset({RC.SHARP_PAIN}),
        rationale="Overload signs outrank low scores.",
        source="CM",
    ),
    Scenario(
        "c05-lingering-just-over",
        pain(s(pain_lasted_hours=2.01)),
        response,
        hiptx.PainResponse.OVERLOAD,
        frozenset({RC.PAIN_LINGERED, RC.SAFER_RULE_APPLIED}),
        rationale="Just over 2 h.",
        source="CM vs KEMP",
    ),
    # --- red flags -------------------------------------------------------------------
    Scenario(
        "r01-no-flags",
        flags(),
        referral,
        (hiptx.Urgency.NONE, None),
        frozenset({RC.NO_RED_FLAGS}),
        rationale="Nothing reported: not a diagnosis.",
        source="HIPTX",
    ),
    Scenario(
        "r02-suspected-fracture",
        flags(F.SUSPECTED_FRACTURE),
        referral,
        (hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        frozenset({RC.RED_FLAG}),
        rationale="Send to A&E.",
        source="NHS",
    ),
    Scenario(
        "r03-hot-swollen-joint-with-fever",
        flags(F.HOT_SWOLLEN_JOINT_WITH_FEVER),
        referral,
        (hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        frozenset({RC.RED_FLAG_COMBINATION}),
        rationale="Suspected infection: A&E.",
        source="NHS",
    ),
    Scenario(
        "r04-unwell-and-hot-swollen-joint",
        flags(F.SYSTEMICALLY_UNWELL, F.HOT_SWOLLEN_JOINT_WITH_FEVER),
        referral,
        (hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        frozenset({RC.RED_FLAG_COMBINATION}),
        rationale="Septic/unwell with a hot swollen joint: A&E.",
        source="NHS",
    ),
    Scenario(
        "r05-leg-shortened-externally-rotated",
        flags(F.LEG_SHORTENED_AND_EXTERNALLY_ROTATED),
        referral,
        (hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        frozenset({RC.RED_FLAG_COMBINATION}),
        rationale="Suspected fracture: A&E.",
        source="NHS",
    ),
    Scenario(
        "r06-trauma-unable-to-walk",
        flags(F.TRAUMA, F.UNABLE_TO_WALK_OR_MOVE_HIP),
        referral,
        (hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        frozenset({RC.RED_FLAG_COMBINATION}),
        rationale="Read as suspected fracture (hiptx's own, safer reading).",
        source="NHS, HIPTX",
    ),
    Scenario(
        "r07-known-cancer-night-pain",
        flags(F.KNOWN_CANCER, F.NIGHT_OR_REST_PAIN),
        referral,
        (hiptx.Urgency.URGENT, hiptx.Pathway.URGENT_SPECIALIST),
        frozenset({RC.RED_FLAG_COMBINATION}),
        rationale="Unrelenting night pain with cancer: urgent specialist.",
        source="NHS",
    ),
    Scenario(
        "r08-night-pain-weight-loss",
        flags(F.NIGHT_OR_REST_PAIN, F.UNEXPLAINED_WEIGHT_LOSS),
        lambda r: hiptx.Pathway.TWO_WEEK_WAIT in operator.attrgetter("pathways")(r),
        True,
        frozenset({RC.RED_FLAG_COMBINATION}),
        rationale="Suspected new malignancy reaches the two-week-wait pathway.",
        source="NHS",
    ),
    Scenario(
        "r09-night-pain-alone-is-urgent",
        flags(F.NIGHT_OR_REST_PAIN),
        referral,
        (hiptx.Urgency.URGENT, hiptx.Pathway.URGENT_CLINICAL_ASSESSMENT),
        frozenset({RC.RED_FLAG}),
        rationale="Listed under urgent referral with no route named: still urgent.",
        source="NHS",
    ),
    Scenario(
        "r10-neurovascular-compromise",
        flags(F.NEUROVASCULAR_COMPROMISE),
        operator.attrgetter("urgent"),
        True,
        frozenset({RC.RED_FLAG}),
        rationale="Urgent on its own.",
        source="NHS",
    ),
    Scenario(
        "r11-steroid-use",
        flags(F.STEROID_USE),
        operator.attrgetter("urgent"),
        True,
        frozenset({RC.RED_FLAG}),
        rationale="A screening item of the pathways: urgent assessment.",
        source="NHS",
    ),
    Scenario(
        "r12-suspected-malignancy",
        flags(F.SUSPECTED_MALIGNANCY),
        referral,
        (hiptx.Urgency.SUSPECTED_CANCER, hiptx.Pathway.TWO_WEEK_WAIT),
        frozenset({RC.RED_FLAG}),
        rationale="Two-week wait.",
        source="NHS",
    ),
    Scenario(
        "r13-avn",
        flags(F.AVASCULAR_NECROSIS),
        referral,
        (hiptx.Urgency.URGENT, hiptx.Pathway.URGENT_FRACTURE_CLINIC),
        frozenset({RC.RED_FLAG}),
        rationale="Urgent fracture clinic.",
        source="NHS",
    ),
    # --- plans -----------------------------------------------------------------------
    Scenario(
        "l01-weak-adduction",
        plan({MP.ADDUCTION: FI.WEAK}),
        plan_shape,
        ((FIRST,), (), False),
        frozenset({RC.IMPAIRED_PATTERN, RC.START_AT_FIRST_LEVEL}),
        reasons=plan_reasons,
        rationale="Start the adductor chain at its first level.",
        source="KEMP, HIPTX",
    ),
    Scenario(
        "l02-painful-9-withheld",
        plan({MP.ADDUCTION: FI.PAINFUL}, {MP.ADDUCTION: 9}),
        plan_shape,
        ((), ("adduction",), False),
        frozenset({RC.ASSESSMENT_PAIN_ABOVE_CEILING}),
        reasons=plan_reasons,
        rationale="9/10 on assessment is far above the 3/10 ceiling: no full dose.",
        source="KEMP, HIPTX",
    ),
    Scenario(
        "l03-painful-2-planned",
        plan({MP.ADDUCTION: FI.PAINFUL}, {MP.ADDUCTION: 2}),
        plan_shape,
        ((FIRST,), (), False),
        frozenset({RC.ASSESSMENT_PAIN_WITHIN_CEILING}),
        reasons=plan_reasons,
        rationale="Within the ceiling: plan, keeping pain within it.",
        source="KEMP",
    ),
    Scenario(
        "l04-painful-no-score",
        plan({MP.ADDUCTION: FI.PAINFUL}),
        plan_shape,
        ((FIRST,), (), False),
        frozenset({RC.PAIN_SCORE_NOT_RECORDED}),
        reasons=plan_reasons,
        rationale="No score: plan, and say to keep within the ceiling.",
        source="KEMP",
    ),
    Scenario(
        "l05-red-flag-empty-plan",
        plan({MP.ADDUCTION: FI.WEAK}, red_flags={F.SUSPECTED_INFECTION}),
        plan_shape,
        ((), (), True),
        frozenset({RC.NO_EXERCISE_ADVICE}),
        reasons=plan_reasons,
        rationale="Red flag: no plan, the referral instead.",
        source="NHS, HIPTX",
    ),
    Scenario(
        "l06-uncovered-pattern",
        plan({MP.INTERNAL_ROTATION: FI.WEAK}),
        plan_shape,
        ((), (), False),
        frozenset({RC.NO_CHAIN_FOR_PATTERN}),
        reasons=plan_reasons,
        rationale="No chain trains it: say so, invent none.",
        source="HIPTX",
    ),
    # --- screening -------------------------------------------------------------------
    Scenario(
        "s01-good-signs",
        screen(
            hiptx.HipStatus(
                range_of_motion_preserved=True, cartilage_present=True, bone_spurs_minimal=True
            )
        ),
        candidacy,
        (hiptx.Candidacy.GOOD, False),
        frozenset({RC.SCREENING_SCOPE, RC.GOOD_CANDIDATE_SIGNS}),
        rationale="The clinic's good-candidate signs, labelled as its screening.",
        source="CM",
    ),
    Scenario(
        "s02-fused",
        screen(hiptx.HipStatus(fused=True)),
        candidacy,
        (hiptx.Candidacy.POOR, True),
        frozenset({RC.POOR_CANDIDATE_SIGNS, RC.REFER_WHEN_APPROPRIATE}),
        rationale="Fused hip: poor candidate; refer.",
        source="CM, KEMP",
    ),
    Scenario(
        "s03-no-good-sign-not-fused",
        screen(
            hiptx.HipStatus(
                range_of_motion_preserved=False,
                cartilage_present=False,
                bone_spurs_minimal=False,
                fused=False,
            )
        ),
        candidacy,
        (hiptx.Candidacy.REFER, True),
        frozenset({RC.NO_GOOD_CANDIDATE_SIGNS}),
        rationale="Every poor sign but not fused: a referral, not 'uncertain'.",
        source="HIPTX",
    ),
    Scenario(
        "s04-failed-physio",
        screen(
            hiptx.HipStatus(
                range_of_motion_preserved=True,
                cartilage_present=True,
                bone_spurs_minimal=True,
                failed_full_physiotherapy=True,
            )
        ),
        candidacy,
        (hiptx.Candidacy.UNCERTAIN, True),
        frozenset({RC.FAILED_PHYSIOTHERAPY}),
        rationale="A full dose of physio failed: discuss surgery.",
        source="CM, KEMP",
    ),
    Scenario(
        "s05-red-flag",
        screen(hiptx.HipStatus(), red_flags={F.TRAUMA}),
        candidacy,
        (hiptx.Candidacy.URGENT_REFERRAL, False),
        frozenset({RC.RED_FLAG, RC.NO_EXERCISE_ADVICE}),
        rationale="Red flag: no screening grade.",
        source="NHS",
    ),
    # --- activity guideline ----------------------------------------------------------
    Scenario(
        "g01-guideline-met",
        lambda cat: hiptx.meets_activity_guideline(
            aerobic_minutes=150, strength_sessions=2, catalog=cat
        ),
        operator.attrgetter("met"),
        True,
        frozenset({RC.GUIDELINE_MET}),
        rationale="150 minutes and 2 sessions.",
        source="WHO via KEMP",
    ),
    Scenario(
        "g02-guideline-short",
        lambda cat: hiptx.meets_activity_guideline(
            aerobic_minutes=149, strength_sessions=2, catalog=cat
        ),
        operator.attrgetter("met"),
        False,
        frozenset({RC.GUIDELINE_NOT_MET}),
        rationale="One minute short is short.",
        source="WHO via KEMP",
    ),
    # --- recovery --------------------------------------------------------------------
    Scenario(
        "v01-arthroscopy-office-work",
        recovery("hip-arthroscopy", hiptx.JobDemand.SEDENTARY),
        spans_of(hiptx.MilestoneKind.RETURN_TO_WORK),
        ("about 2 weeks", "mean 115 days"),
        frozenset({RC.OTHER_PROTOCOL_EXISTS}),
        frozenset({RC.JOB_DEMAND_NEEDED}),
        rationale="Seed 000: back to office work in about 2 weeks; the reviews' mean is 115 days.",
        source="FASHIoN patient page; Blaeser 2023",
    ),
    Scenario(
        "v02-arthroscopy-no-job-given",
        recovery("hip-arthroscopy", None),
        spans_of(hiptx.MilestoneKind.RETURN_TO_WORK),
        ("mean 115 days",),
        frozenset({RC.JOB_DEMAND_NEEDED}),
        rationale="Without the job demand the job-specific figures are not shown, and it says so.",
        source="FASHIoN patient page",
    ),
    Scenario(
        "v03-arthroscopy-crutches",
        recovery("hip-arthroscopy", hiptx.JobDemand.MANUAL),
        spans_of(hiptx.MilestoneKind.OFF_CRUTCHES),
        ("typically 2 weeks",),
        frozenset({RC.OTHER_PROTOCOL_EXISTS}),
        rationale="2 weeks on crutches under the standard protocol; others exist and are named.",
        source="FASHIoN patient page",
    ),
    Scenario(
        "v04-pht-improvement",
        recovery("personalised-hip-therapy", None),
        spans_of(hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT),
        ("4-6 months",),
        rationale="Improvement in 4-6 months.",
        source="FASHIoN patient page",
    ),
    # --- coverage ----------------------------------------------------------------------
    Scenario(
        "k01-pht-every-reading",
        lambda cat: hiptx.coverage("personalised-hip-therapy", catalog=cat),
        lambda r: tuple(c.complete for c in operator.attrgetter("readings")(r)),
        (False, False),
        frozenset({RC.TARGETS_FROM_SOURCE, RC.READING_INCOMPLETE}),
        rationale="Two readings, both incomplete: nothing claimed missing.",
        source="Upright Health; Wall 2016; Kemp 2020",
    ),
    Scenario(
        "k02-adductor-chain",
        lambda cat: hiptx.coverage(
            cat.progressions["hip-adductor-strengthening"].exercise_ids, catalog=cat
        ),
        lambda r: hiptx.MovementPattern.ADDUCTION in operator.attrgetter("patterns")(r),
        True,
        rationale="The adductor chain trains adduction.",
        source="KEMP",
    ),
    # --- programmes --------------------------------------------------------------------
    Scenario(
        "m01-programme-with-red-flag",
        programme_with_flag,
        lambda r: r,
        0,
        reasons=no_reasons,
        rationale="A red-flag plan schedules no session.",
        source="NHS, HIPTX",
    ),
    Scenario(
        "m02-programme-overload-never-steps-up",
        programme_after_overload,
        lambda r: r,
        (OUT.STOP, False),
        reasons=no_reasons,
        rationale="An overload week never swaps in a harder exercise.",
        source="CM, HIPTX",
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[sc.id for sc in SCENARIOS])
def test_scenario(cat: hiptx.Catalog, scenario: Scenario) -> None:
    result = scenario.run(cat)
    assert scenario.outcome(result) == scenario.expected, scenario.rationale
    codes = {r.code for r in scenario.reasons(result)}
    assert scenario.codes <= codes, (scenario.codes - codes, scenario.rationale)
    assert not (scenario.absent & codes), (scenario.absent & codes, scenario.rationale)


def test_there_are_enough_scenarios_with_rationale() -> None:
    assert len(SCENARIOS) >= 40
    assert len({sc.id for sc in SCENARIOS}) == len(SCENARIOS)
    assert all(sc.rationale and sc.source for sc in SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[sc.id for sc in SCENARIOS])
def test_every_reason_says_whose_opinion_and_hiptx_defaults_cite_nothing(
    cat: hiptx.Catalog, scenario: Scenario
) -> None:
    for reason in scenario.reasons(scenario.run(cat)):
        if reason.basis is hiptx.Basis.HIPTX_DEFAULT:
            assert reason.citations == ()
            assert "hiptx" in reason.message
        for citation in reason.citations:
            source = cat.sources[citation.source_id]
            if source.kind.is_opinion:
                # Whose advice it is, in the sentence itself.
                assert source.publisher is not None and source.publisher in reason.message, (
                    reason.message
                )
                assert reason.rests_on_opinion
