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

from collections.abc import Mapping, Sequence

import attrs
import pytest

import hiptx
from tests.support.programmes import MONDAY, on

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


@attrs.frozen(kw_only=True)
class Vector:
    """One course of care: what was logged each week (``given``), where each slot must
    stand after the last update (``expect``: its exercise and sets), and why."""

    name: str
    why: str
    given: Sequence[Mapping[Key, str]]
    expect: Mapping[Key, tuple[str, int] | None]
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
        name="c01",
        why="a tolerated week adds a set; the target at 3 sets steps up",
        given=adduction("ok", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c02",
        why="two levels in four tolerated weeks",
        given=adduction(*["ok"] * 4),
        expect={(ADD, None): (A3, 2)},
    ),
    Vector(
        name="c03",
        why="the top level after six tolerated weeks",
        given=adduction(*["ok"] * 6),
        expect={(ADD, None): (A4, 3)},
    ),
    Vector(
        name="c04",
        why="at the top a progress starts a harder version at 2 sets",
        given=adduction(*["ok"] * 8),
        expect={(ADD, None): (A4, 3)},
    ),
    Vector(
        name="c05",
        why="missed weeks change nothing",
        given=adduction("none", "none", "ok", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c06",
        why="a missed week between does not undo the set added",
        given=adduction("ok", "none", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c07",
        why="below the dose adds nothing",
        given=adduction("low", "low"),
        expect={(ADD, None): (A1, 2)},
    ),
    Vector(
        name="c08",
        why="pain above the ceiling at 2 sets: held, resumed, built, then up",
        given=adduction("sore", "ok", "ok", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c09",
        why="pain above the ceiling at 3 sets holds the level though the target was met",
        given=adduction("ok", "sore"),
        expect={(ADD, None): (A1, 3)},
    ),
    Vector(
        name="c10",
        why="a held level steps up after a clean week resumes it and another meets the target",
        given=adduction("ok", "sore", "ok", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c11",
        why="an overload at level 1 blocks progress there for good",
        given=adduction("swell", "ok", "ok", "ok"),
        expect={(ADD, None): (A1, 3)},
    ),
    Vector(
        name="c12",
        why="an overload at level 2 blocks progress there",
        given=adduction("ok", "ok", "swell", "ok", "ok", "ok"),
        expect={(ADD, None): (A2, 3)},
    ),
    Vector(
        name="c13",
        why="the latest session overloaded at level 2: back to level 1",
        given=adduction("ok", "ok", "last"),
        expect={(ADD, None): (A1, 2)},
    ),
    Vector(
        name="c14",
        why="the latest session overloaded at level 1: stop",
        given=adduction("last"),
        expect={(ADD, None): None},
    ),
    Vector(
        name="c15",
        why="the latest session overloaded at level 3: back to level 2",
        given=adduction("ok", "ok", "ok", "ok", "last"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c16",
        why="pain up the next day: sets may rise, the level may not",
        given=adduction("nextday", "nextday"),
        expect={(ADD, None): (A1, 3)},
    ),
    Vector(
        name="c17",
        why="pain up the next day, then a clean week at the target: up",
        given=adduction("nextday", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c18",
        why="an overload arriving an update late holds the sets",
        given=adduction("mw", "late"),
        expect={(ADD, None): (A1, 2)},
    ),
    Vector(
        name="c19",
        why="a missed week after pain: the resume waits for clean sessions",
        given=adduction("sore", "none", "ok", "ok"),
        expect={(ADD, None): (A1, 3)},
    ),
    Vector(
        name="c20",
        why="a week below the dose between tolerated weeks",
        given=adduction("ok", "low", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c21",
        why="both hips: a log for the left never moves the right",
        given=both(["ok", "ok"], ["none", "none"]),
        expect={(ADD, L): (A2, 2), (ADD, R): (A1, 2)},
        side=SIDE.BOTH,
    ),
    Vector(
        name="c22",
        why="both hips: an overload on the left holds the left only",
        given=both(["swell"], ["ok"]),
        expect={(ADD, L): (A1, 2), (ADD, R): (A1, 3)},
        side=SIDE.BOTH,
    ),
    Vector(
        name="c23",
        why="both hips: the right steps back while the left steps up",
        given=both(["ok", "ok", "ok", "ok"], ["ok", "ok", "last", "none"]),
        expect={(ADD, L): (A3, 2), (ADD, R): (A1, 2)},
        side=SIDE.BOTH,
    ),
    Vector(
        name="c24",
        why="both hips: both sore, both recover the same way",
        given=both(["sore", "ok", "ok", "ok"], ["sore", "ok", "ok", "ok"]),
        expect={(ADD, L): (A2, 2), (ADD, R): (A2, 2)},
        side=SIDE.BOTH,
    ),
    Vector(
        name="c25",
        why="abduction: the top level after four tolerated weeks",
        given=[{(ABD, None): "ok"}] * 4,
        expect={(ABD, None): (B3, 2)},
        patterns=(ABD,),
    ),
    Vector(
        name="c26",
        why="abduction: at the top a progress starts a harder version",
        given=[{(ABD, None): "ok"}] * 6,
        expect={(ABD, None): (B3, 2)},
        patterns=(ABD,),
    ),
    Vector(
        name="c27",
        why="two chains: an overload in one never holds the other",
        given=[{(ADD, None): "swell", (ABD, None): "ok"}, {(ADD, None): "ok", (ABD, None): "ok"}],
        expect={(ADD, None): (A1, 2), (ABD, None): (B2, 2)},
        patterns=(ADD, ABD),
    ),
    Vector(
        name="c28",
        why="a clinician's start at level 3 steps up from there",
        given=adduction("ok", "ok"),
        expect={(ADD, None): (A4, 3)},
        start_levels={ADD: A3},
    ),
    Vector(
        name="c29",
        why="a clinician's start at level 2: an overload steps back to level 1",
        given=adduction("last"),
        expect={(ADD, None): (A1, 2)},
        start_levels={ADD: A2},
    ),
    Vector(
        name="c30",
        why="a clinician's start at the top: a progress makes it harder",
        given=adduction("ok", "ok"),
        expect={(ADD, None): (A4, 3)},
        start_levels={ADD: A4},
    ),
    Vector(
        name="c31",
        why="two missed weeks between tolerated weeks",
        given=adduction("ok", "none", "none", "ok"),
        expect={(ADD, None): (A2, 2)},
    ),
    Vector(
        name="c32",
        why="one hip: sessions that do not say their side count for it",
        given=adduction("ok", "ok"),
        expect={(ADD, L): (A2, 2)},
        side=SIDE.LEFT,
    ),
    Vector(
        name="c33",
        why="both hips, with a clinician's start level on both sides",
        given=both(["ok", "ok"], ["ok", "sore"]),
        expect={(ADD, L): (A3, 2), (ADD, R): (A2, 3)},
        side=SIDE.BOTH,
        start_levels={ADD: A2},
    ),
]


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
            "date": on(week, weekday),
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
            attrs.evolve(s(4), date=on(week - 1, 4), swelling=True),
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
    for week, kinds in enumerate(vector.given, start=1):
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
        prog = hiptx.advance_programme(prog, log, today=on(week, 4)).programme
    return prog


@pytest.mark.parametrize("whole_log", [False, True], ids=["new-only", "whole-log"])
@pytest.mark.parametrize("vector", VECTORS, ids=[v.name for v in VECTORS])
def test_scenario(vector: Vector, whole_log: bool) -> None:
    prog = _run(vector, whole_log=whole_log)
    where = {_key(slot): (slot.exercise_id, slot.build_up_sets) for slot in prog.slots}
    for key, expected in vector.expect.items():
        assert where.get(key) == expected, vector.why


def test_the_two_ways_of_sending_end_in_equal_programmes() -> None:
    for vector in VECTORS:
        assert _run(vector, whole_log=False) == _run(vector, whole_log=True), vector.name


def test_at_least_thirty_vectors() -> None:
    assert len(VECTORS) >= 30
    assert len({v.name for v in VECTORS}) == len(VECTORS)
