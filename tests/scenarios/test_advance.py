"""Multi-week scenarios: a programme moved on week by week, as an app would.

Each vector gives what the patient logged each week for each slot, and where the
slot must stand after the last weekly update, with the rationale. Every vector runs
twice: the app sending only the week's new sessions, and the app sending its whole
log each time; both must end in the same place (HZ-041, HZ-046).

Week kinds (three sessions a week, Monday, Wednesday and Friday, at the slot's
current sets unless said):

* ``ok``: all within the ceiling; ``none``: nothing logged; ``low``: 1 set x 5 reps;
* ``sore``: Wednesday 5/10 during, settled to 2/10 the next day (above the ceiling);
* ``swell``: Wednesday's joint swollen after (an overload), Friday fine;
* ``last``: Friday's session caused sharp pain (the latest is an overload);
* ``nextday``: 0/10 during and 2/10 the next day each time (within the ceiling,
  but up the next day: "My Hip Exercise" says do not progress);
* ``mw``: Monday and Wednesday only; ``late``: last week's Friday (swollen) arrives
  with this week's ``ok`` sessions.

The Copenhagen plank's first form is isometric (3 sets of 20-30 s holds, seed 003):
its sessions are logged as 30 s holds, and its sets start and stay at 3.

The rules the expectations follow: a set is added (2 -> 3) after a week's worth of
sessions at the current sets within the ceiling; at 3 sets (the target) within the
ceiling the level steps up and restarts at 2 sets; pain above the ceiling holds the
sets and the level until a week of clean sessions after it (which resumes the
build-up, adding nothing yet); an earlier overload at a level blocks progress there
for good; an overload in the latest session steps back a level (at the first
level: stop).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

import attrs
import pytest

import hiptx

MONDAY = datetime.date(2025, 1, 6)
MP = hiptx.MovementPattern
SIDE = hiptx.Side
ADD, ABD = MP.ADDUCTION, MP.ABDUCTION
A1, A2, A3, A4 = (
    "side-lying-hip-adduction",
    "side-lying-hip-adduction-loaded",
    "standing-banded-hip-adduction",
    "copenhagen-plank",
)
B1, B2, B3 = "banded-bridge-hip-abduction", "standing-resisted-hip-abduction", "hip-hike"
Key = tuple[hiptx.MovementPattern, hiptx.Side | None]
L, R = SIDE.LEFT, SIDE.RIGHT


@attrs.frozen
class Vector:
    id: str
    why: str
    weeks: Sequence[Mapping[Key, str]]
    expected: Mapping[Key, tuple[str, int] | None]
    patterns: tuple[hiptx.MovementPattern, ...] = (ADD,)
    side: hiptx.Side | None = None
    start_levels: Mapping[hiptx.MovementPattern, str] = attrs.field(factory=dict)


def adduction(*kinds: str, side: hiptx.Side | None = None) -> list[dict[Key, str]]:
    return [{(ADD, side): kind} for kind in kinds]


def both(
    left: Sequence[str], right: Sequence[str], pattern: hiptx.MovementPattern = ADD
) -> list[dict[Key, str]]:
    return [{(pattern, L): a, (pattern, R): b} for a, b in zip(left, right, strict=True)]


VECTORS = [
    Vector(
        "c01",
        "a tolerated week adds a set; the target at 3 sets steps up",
        adduction("ok", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c02", "two levels in four tolerated weeks", adduction(*["ok"] * 4), {(ADD, None): (A3, 2)}
    ),
    Vector(
        "c03",
        "the top level after six tolerated weeks",
        adduction(*["ok"] * 6),
        {(ADD, None): (A4, 3)},
    ),
    Vector(
        "c04",
        "at the top a progress starts a harder version at 2 sets",
        adduction(*["ok"] * 8),
        {(ADD, None): (A4, 3)},
    ),
    Vector(
        "c05",
        "missed weeks change nothing",
        adduction("none", "none", "ok", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c06",
        "a missed week between does not undo the set added",
        adduction("ok", "none", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector("c07", "below the dose adds nothing", adduction("low", "low"), {(ADD, None): (A1, 2)}),
    Vector(
        "c08",
        "pain above the ceiling at 2 sets: held, resumed, built, then up",
        adduction("sore", "ok", "ok", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c09",
        "pain above the ceiling at 3 sets holds the level though the target was met",
        adduction("ok", "sore"),
        {(ADD, None): (A1, 3)},
    ),
    Vector(
        "c10",
        "a held level steps up after a clean week resumes it and another meets the target",
        adduction("ok", "sore", "ok", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c11",
        "an overload at level 1 blocks progress there for good",
        adduction("swell", "ok", "ok", "ok"),
        {(ADD, None): (A1, 3)},
    ),
    Vector(
        "c12",
        "an overload at level 2 blocks progress there",
        adduction("ok", "ok", "swell", "ok", "ok", "ok"),
        {(ADD, None): (A2, 3)},
    ),
    Vector(
        "c13",
        "the latest session overloaded at level 2: back to level 1",
        adduction("ok", "ok", "last"),
        {(ADD, None): (A1, 2)},
    ),
    Vector(
        "c14",
        "the latest session overloaded at level 1: stop",
        adduction("last"),
        {(ADD, None): None},
    ),
    Vector(
        "c15",
        "the latest session overloaded at level 3: back to level 2",
        adduction("ok", "ok", "ok", "ok", "last"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c16",
        "pain up the next day: sets may rise, the level may not",
        adduction("nextday", "nextday"),
        {(ADD, None): (A1, 3)},
    ),
    Vector(
        "c17",
        "pain up the next day, then a clean week at the target: up",
        adduction("nextday", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c18",
        "an overload arriving an update late holds the sets",
        adduction("mw", "late"),
        {(ADD, None): (A1, 2)},
    ),
    Vector(
        "c19",
        "a missed week after pain: the resume waits for clean sessions",
        adduction("sore", "none", "ok", "ok"),
        {(ADD, None): (A1, 3)},
    ),
    Vector(
        "c20",
        "a week below the dose between tolerated weeks",
        adduction("ok", "low", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c21",
        "both hips: a log for the left never moves the right",
        both(["ok", "ok"], ["none", "none"]),
        {(ADD, L): (A2, 2), (ADD, R): (A1, 2)},
        side=SIDE.BOTH,
    ),
    Vector(
        "c22",
        "both hips: an overload on the left holds the left only",
        both(["swell"], ["ok"]),
        {(ADD, L): (A1, 2), (ADD, R): (A1, 3)},
        side=SIDE.BOTH,
    ),
    Vector(
        "c23",
        "both hips: the right steps back while the left steps up",
        both(["ok", "ok", "ok", "ok"], ["ok", "ok", "last", "none"]),
        {(ADD, L): (A3, 2), (ADD, R): (A1, 2)},
        side=SIDE.BOTH,
    ),
    Vector(
        "c24",
        "both hips: both sore, both recover the same way",
        both(["sore", "ok", "ok", "ok"], ["sore", "ok", "ok", "ok"]),
        {(ADD, L): (A2, 2), (ADD, R): (A2, 2)},
        side=SIDE.BOTH,
    ),
    Vector(
        "c25",
        "abduction: the top level after four tolerated weeks",
        [{(ABD, None): "ok"}] * 4,
        {(ABD, None): (B3, 2)},
        patterns=(ABD,),
    ),
    Vector(
        "c26",
        "abduction: at the top a progress starts a harder version",
        [{(ABD, None): "ok"}] * 6,
        {(ABD, None): (B3, 2)},
        patterns=(ABD,),
    ),
    Vector(
        "c27",
        "two chains: an overload in one never holds the other",
        [{(ADD, None): "swell", (ABD, None): "ok"}, {(ADD, None): "ok", (ABD, None): "ok"}],
        {(ADD, None): (A1, 2), (ABD, None): (B2, 2)},
        patterns=(ADD, ABD),
    ),
    Vector(
        "c28",
        "a clinician's start at level 3 steps up from there",
        adduction("ok", "ok"),
        {(ADD, None): (A4, 3)},
        start_levels={ADD: A3},
    ),
    Vector(
        "c29",
        "a clinician's start at level 2: an overload steps back to level 1",
        adduction("last"),
        {(ADD, None): (A1, 2)},
        start_levels={ADD: A2},
    ),
    Vector(
        "c30",
        "a clinician's start at the top: a progress makes it harder",
        adduction("ok", "ok"),
        {(ADD, None): (A4, 3)},
        start_levels={ADD: A4},
    ),
    Vector(
        "c31",
        "two missed weeks between tolerated weeks",
        adduction("ok", "none", "none", "ok"),
        {(ADD, None): (A2, 2)},
    ),
    Vector(
        "c32",
        "one hip: sessions that do not say their side count for it",
        adduction("ok", "ok"),
        {(ADD, L): (A2, 2)},
        side=SIDE.LEFT,
    ),
    Vector(
        "c33",
        "both hips, with a clinician's start level on both sides",
        both(["ok", "ok"], ["ok", "sore"]),
        {(ADD, L): (A3, 2), (ADD, R): (A2, 3)},
        side=SIDE.BOTH,
        start_levels={ADD: A2},
    ),
]


def _day(week: int, weekday: int) -> datetime.date:
    return MONDAY + datetime.timedelta(days=7 * (week - 1) + weekday)


#: Exercises dosed in timed holds (the Copenhagen plank's isometric first form).
HELD = {e.id for e in hiptx.load_catalog().exercises.values() if e.dose and e.dose.hold_seconds}


def _sessions(
    kind: str, sets: int, week: int, side: hiptx.Side | None, *, held: bool = False
) -> list[hiptx.SessionRecord]:
    def s(weekday: int, **changes: object) -> hiptx.SessionRecord:
        fields: dict[str, object] = {
            "sets": sets,
            "reps": 10,
            "pain_during": 1,
            "pain_after_24h": 1,
            "date": _day(week, weekday),
            "side": side,
        }
        fields.update(changes)
        if held:  # 30 s holds in place of 10 reps (5 s for "low")
            fields["hold_seconds"] = 5 if fields.pop("reps") == 5 else 30
        return hiptx.SessionRecord(**fields)  # type: ignore[arg-type]

    days = {
        "ok": [s(0), s(2), s(4)],
        "none": [],
        "low": [s(d, sets=1, reps=5) for d in (0, 2, 4)],
        "sore": [s(0), s(2, pain_during=5, pain_after_24h=2), s(4)],
        "swell": [s(0), s(2, swelling=True), s(4)],
        "last": [s(0), s(2), s(4, sharp_pain=True)],
        "nextday": [s(d, pain_during=0, pain_after_24h=2) for d in (0, 2, 4)],
        "mw": [s(0), s(2)],
        "late": [
            attrs.evolve(s(4), date=_day(week - 1, 4), swelling=True),
            s(0),
            s(2),
            s(4),
        ],
    }
    return days[kind]


def _key(slot: hiptx.ProgrammeSlot) -> Key:
    return slot.patterns[0], slot.side


def _run(vector: Vector, *, whole_log: bool) -> hiptx.Programme:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings=dict.fromkeys(vector.patterns, hiptx.Finding.WEAK), side=vector.side
        )
    )
    choices: dict[str, object] = (
        {"start_levels": vector.start_levels, "by": "J. Smith", "reason": "clinical judgement"}
        if vector.start_levels
        else {}
    )
    prog = hiptx.build_programme(
        plan,
        start=MONDAY,
        weeks=12,
        sessions_per_week=3,
        **choices,  # type: ignore[arg-type]
    )
    sent: dict[str, list[hiptx.SessionRecord]] = {}
    for week, kinds in enumerate(vector.weeks, start=1):
        new: dict[str, list[hiptx.SessionRecord]] = {}
        for slot in prog.slots:
            kind = (
                kinds[_key(slot)]
                if vector.side is not SIDE.LEFT
                else kinds[(slot.patterns[0], None)]
            )
            side = None if vector.side is SIDE.LEFT else slot.side
            new.setdefault(slot.exercise_id, []).extend(
                _sessions(kind, slot.build_up_sets or 2, week, side, held=slot.exercise_id in HELD)
            )
        for exercise_id, sessions in new.items():
            sent.setdefault(exercise_id, []).extend(sessions)
        log = sent if whole_log else new
        prog = hiptx.advance_programme(prog, log, today=_day(week, 4)).programme
    return prog


@pytest.mark.parametrize("whole_log", [False, True], ids=["new-only", "whole-log"])
@pytest.mark.parametrize("vector", VECTORS, ids=[v.id for v in VECTORS])
def test_scenario(vector: Vector, whole_log: bool) -> None:
    prog = _run(vector, whole_log=whole_log)
    where = {_key(slot): (slot.exercise_id, slot.build_up_sets) for slot in prog.slots}
    for key, expected in vector.expected.items():
        assert where.get(key) == expected, vector.why


def test_the_two_ways_of_sending_end_in_equal_programmes() -> None:
    for vector in VECTORS:
        assert _run(vector, whole_log=False) == _run(vector, whole_log=True), vector.id


def test_at_least_thirty_vectors() -> None:
    assert len(VECTORS) >= 30
    assert len({v.id for v in VECTORS}) == len(VECTORS)
