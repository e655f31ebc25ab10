"""Clinical scenarios of check_progression: when an exercise moves up, holds, steps back or stops.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable

import hiptx
from tests.support.scenarios import Scenario, decision, s

RC = hiptx.ReasonCode
OUT = hiptx.Outcome
F = hiptx.RedFlag
MID = "standing-banded-hip-adduction"  # middle of the adductor chain
FIRST = "side-lying-hip-adduction"  # first level of the adductor chain
TOP = "copenhagen-plank"  # top of the adductor chain


def progress(
    exercise: str, sessions: list[hiptx.SessionRecord], **kw: object
) -> Callable[[hiptx.Catalog], object]:
    def run(cat: hiptx.Catalog) -> object:
        return hiptx.check_progression(exercise, sessions, catalog=cat, **kw)  # type: ignore[arg-type]

    return run


SCENARIOS = (
    Scenario(
        name="p01-target-met-within-ceiling",
        given=progress(MID, [s()]),
        read=decision,
        expect=(OUT.PROGRESS, TOP),
        codes=frozenset({RC.TARGET_DOSE_MET, RC.NEXT_STEP}),
        why="3 x 10 at 2/10 meets 3 x 8-10 at <= 3/10: next level.",
        source="KEMP",
    ),
    Scenario(
        name="p02-ceiling-is-inclusive",
        given=progress(MID, [s(reps=8, pain_during=3, pain_after_24h=3)]),
        read=decision,
        expect=(OUT.PROGRESS, TOP),
        codes=frozenset({RC.PAIN_WITHIN_CEILING}),
        why="3/10 is within 'a max of 3/10'.",
        source="KEMP",
    ),
    Scenario(
        name="p03-two-sets-not-enough",
        given=progress(MID, [s(sets=2)]),
        read=decision,
        expect=(OUT.HOLD, MID),
        codes=frozenset({RC.TARGET_DOSE_NOT_MET}),
        why="Work up to 3 sets first.",
        source="KEMP",
    ),
    Scenario(
        name="p04-seven-reps-not-enough",
        given=progress(MID, [s(reps=7)]),
        read=decision,
        expect=(OUT.HOLD, MID),
        codes=frozenset({RC.TARGET_DOSE_NOT_MET}),
        why="8-10 reps per set.",
        source="KEMP",
    ),
    Scenario(
        name="p05-pain-during-settled",
        given=progress(MID, [s(pain_during=6, pain_after_24h=2)]),
        read=decision,
        expect=(OUT.HOLD, MID),
        codes=frozenset({RC.PAIN_ABOVE_CEILING}),
        absent=frozenset({RC.PAIN_NOT_SETTLED}),
        why="Above 3/10 during but settled by the next day: stay, do not progress.",
        source="KEMP",
    ),
    Scenario(
        name="p06-pain-not-settled-next-day",
        given=progress(MID, [s(pain_during=9, pain_after_24h=9)]),
        read=decision,
        expect=(OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        codes=frozenset({RC.PAIN_NOT_SETTLED, RC.PREVIOUS_STEP}),
        absent=frozenset({RC.PAIN_ABOVE_CEILING}),
        why="9/10 a day later has not settled: reduce load, never 'settled'.",
        source="KEMP, MHE",
    ),
    Scenario(
        name="p07-not-settled-at-first-level-stops",
        given=progress(FIRST, [s(pain_after_24h=5)]),
        read=decision,
        expect=(OUT.STOP, None),
        codes=frozenset({RC.PAIN_NOT_SETTLED, RC.BOTTOM_OF_CHAIN}),
        why="No easier level to step back to: stop until reviewed.",
        source="MHE, HIPTX",
    ),
    Scenario(
        name="p07b-not-settled-at-second-level-steps-back-to-the-first",
        given=progress("side-lying-hip-adduction-loaded", [s(pain_during=9, pain_after_24h=9)]),
        read=decision,
        expect=(OUT.REGRESS, FIRST),
        codes=frozenset({RC.PAIN_NOT_SETTLED, RC.PREVIOUS_STEP}),
        absent=frozenset({RC.BOTTOM_OF_CHAIN}),
        why="The first level is an easier level: step back to it, do not stop.",
        source="KEMP, MHE, HIPTX",
    ),
    Scenario(
        name="p08-lingering-pain-stricter-rule",
        given=progress(MID, [s(pain_lasted_hours=3.0)]),
        read=decision,
        expect=(OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        codes=frozenset({RC.PAIN_LINGERED, RC.SAFER_RULE_APPLIED}),
        why="Within KEMP's 24 h window, over CM's 2 h: the stricter rule applies, said so.",
        source="CM vs KEMP",
    ),
    Scenario(
        name="p09-two-hours-exactly-is-not-over",
        given=progress(MID, [s(pain_lasted_hours=2.0)]),
        read=decision,
        expect=(OUT.PROGRESS, TOP),
        absent=frozenset({RC.PAIN_LINGERED}),
        why="'longer than two hours': 2 h is not longer.",
        source="CM",
    ),
    Scenario(
        name="p10-sharp-pain",
        given=progress(MID, [s(sharp_pain=True)]),
        read=decision,
        expect=(OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        codes=frozenset({RC.SHARP_PAIN}),
        why="Sharp joint pain: too much load.",
        source="CM",
    ),
    Scenario(
        name="p11-swollen-joint",
        given=progress(MID, [s(swelling=True)]),
        read=decision,
        expect=(OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        codes=frozenset({RC.HOT_OR_SWOLLEN_JOINT}),
        why="A swollen joint after exercise: too much load.",
        source="CM",
    ),
    Scenario(
        name="p12-hot-joint-at-first-level",
        given=progress(FIRST, [s(hot_joint=True)]),
        read=decision,
        expect=(OUT.STOP, None),
        codes=frozenset({RC.HOT_OR_SWOLLEN_JOINT, RC.BOTTOM_OF_CHAIN}),
        why="Overload with no easier level: stop until reviewed.",
        source="CM, HIPTX",
    ),
    Scenario(
        name="p13-overload-in-history-blocks-progress",
        given=progress(
            MID,
            [s(), s(pain_lasted_hours=4.0, swelling=True, date=datetime.date(2026, 11, 3)), s()],
        ),
        read=decision,
        expect=(OUT.HOLD, MID),
        codes=frozenset({RC.OVERLOAD_IN_HISTORY, RC.TARGET_DOSE_MET}),
        absent=frozenset(
            {RC.PAIN_LINGERED, RC.HOT_OR_SWOLLEN_JOINT}
        ),  # not told as the latest session
        why="Fine, overload, fine: never step up through a logged overload.",
        source="HIPTX (design: an overload in any session blocks progression)",
    ),
    Scenario(
        name="p14-overload-in-first-of-many",
        given=progress(MID, [s(sharp_pain=True), s(), s(), s()]),
        read=decision,
        expect=(OUT.HOLD, MID),
        codes=frozenset({RC.OVERLOAD_IN_HISTORY}),
        why="Any session at this level counts, not only the latest.",
        source="HIPTX",
    ),
    Scenario(
        name="p15-top-of-chain-keeps-exercise",
        # Its first form is isometric: 3 sets of 20-30 s holds (seed 003).
        given=progress(TOP, [s(reps=None, hold_seconds=30)]),
        read=decision,
        expect=(OUT.PROGRESS, TOP),
        codes=frozenset({RC.TOP_OF_CHAIN}),
        why="No level above: keep it, add range/tempo/load (hiptx's own advice).",
        source="HIPTX",
    ),
    Scenario(
        name="p16-no-sessions",
        given=progress(MID, []),
        read=decision,
        expect=(OUT.HOLD, MID),
        codes=frozenset({RC.NO_SESSIONS}),
        why="Nothing logged: start here.",
        source="HIPTX",
    ),
    Scenario(
        name="p17-red-flag-stops-progression",
        given=progress(MID, [s()], red_flags={F.NIGHT_OR_REST_PAIN}),
        read=decision,
        expect=(OUT.STOP, None),
        codes=frozenset({RC.RED_FLAG, RC.NO_EXERCISE_ADVICE}),
        absent=frozenset({RC.TARGET_DOSE_MET, RC.NEXT_STEP}),
        why="Any red flag: no exercise advice, only the referral.",
        source="NHS, HIPTX",
    ),
    Scenario(
        name="p18-trunk-hold-target",
        given=lambda cat: hiptx.check_progression(
            "side-plank",
            [hiptx.SessionRecord(sets=3, hold_seconds=20, pain_during=1, pain_after_24h=1)],
            catalog=cat,
        ),
        read=operator.attrgetter("outcome"),
        expect=OUT.PROGRESS,
        codes=frozenset({RC.TARGET_DOSE_MET}),
        why="Trunk endurance: 3 x 20-30 s holds.",
        source="KEMP",
    ),
    Scenario(
        name="p19-trunk-hold-short",
        given=lambda cat: hiptx.check_progression(
            "side-plank",
            [hiptx.SessionRecord(sets=3, hold_seconds=19, pain_during=1, pain_after_24h=1)],
            catalog=cat,
        ),
        read=operator.attrgetter("outcome"),
        expect=OUT.HOLD,
        codes=frozenset({RC.TARGET_DOSE_NOT_MET}),
        why="19 s is short of 20 s.",
        source="KEMP",
    ),
    Scenario(
        name="p20-rising-pain-noted",
        given=progress(
            FIRST, [s(pain_during=0, pain_after_24h=0), s(pain_during=1, pain_after_24h=1), s()]
        ),
        read=decision,
        expect=(OUT.PROGRESS, "side-lying-hip-adduction-loaded"),
        codes=frozenset({RC.PAIN_RISING}),
        why="Pain rising over three sessions is noted (hiptx's own check), within ceiling.",
        source="KEMP, HIPTX",
    ),
)
