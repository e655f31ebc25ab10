"""After surgery (rules/surgery.py): precautions, weight-bearing orders and the plans
and programmes that respect them (check_progression's are in test_progression.py).

Each scenario states the operation, the surgeon's orders (or their absence), the
day, the exercise and what the rule must answer, with the clinical reason. Expected
dates are computed here from the sources' windows (clinical-facts.md section 4: 6-12
weeks for posterior precautions; section 3 / seed 000: 2 weeks on crutches, 6-8
weeks non-weight-bearing under some surgeons; section 5: partial weight bearing
6-8 weeks after PAO), never read back from the rule's output.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import shutil

import attrs
import pytest

import hiptx
from hiptx.errors import InvalidValueError, UnknownIdError, WrongTypeError
from tests.support.surgery import OP, surgery, weeks

CAT = hiptx.load_catalog()
MP, F, HP, A = hiptx.MovementPattern, hiptx.Finding, hiptx.HipPosition, hiptx.Approach
POSTERIOR_END = weeks(12)  # the safer reading: the upper bound of 6-12 weeks
ARTHROSCOPY_WB_END = weeks(8)  # the upper bound of 6-8 weeks non-weight-bearing
PAO_WB_END = weeks(8)


# (name, surgery, day, exercise, expected `until` or None when allowed, rationale)
SCENARIOS: list[tuple[str, hiptx.Surgery, datetime.date, str, datetime.date | None, str]] = [
    (
        "posterior THR, 2 wk: squat",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "squat-comfortable-range",
        POSTERIOR_END,
        "a squat flexes beyond 90 degrees",
    ),
    (
        "posterior THR, 2 wk: supine hip flexion",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "supine-hip-flexion",
        POSTERIOR_END,
        "its range is not given: the safer reading",
    ),
    (
        "posterior THR, 2 wk: side-lying adduction",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "side-lying-hip-adduction",
        POSTERIOR_END,
        "adduction past the midline",
    ),
    (
        "posterior THR, 2 wk: standing adduction",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "standing-banded-hip-adduction",
        POSTERIOR_END,
        "draws the leg across the body",
    ),
    (
        "posterior THR, 2 wk: chops",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "chops-and-lifts",
        POSTERIOR_END,
        "turning on a fixed leg rotates the hip inwards",
    ),
    (
        "posterior THR, 2 wk: posterior glide",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "hip-posterior-glide-sitting",
        POSTERIOR_END,
        "done in deep flexion",
    ),
    (
        "posterior THR, 2 wk: bridge allowed",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "pelvic-bridge",
        None,
        "no limited position; THR has no weight-bearing limit in the sources",
    ),
    (
        "posterior THR, 2 wk: clam allowed",
        surgery(approach=A.POSTERIOR),
        weeks(2),
        "side-lying-clam",
        None,
        "external rotation is not limited",
    ),
    (
        "posterior THR, 11 wk: squat still waits",
        surgery(approach=A.POSTERIOR),
        weeks(11),
        "squat-progressed",
        POSTERIOR_END,
        "inside the 12-week window",
    ),
    (
        "posterior THR, 12 wk: squat returns",
        surgery(approach=A.POSTERIOR),
        weeks(12),
        "squat-progressed",
        None,
        "the window has ended",
    ),
    (
        "unknown approach THR: assumed posterior",
        surgery(),
        weeks(2),
        "squat-comfortable-range",
        POSTERIOR_END,
        "unknown approach: assume the one with precautions",
    ),
    (
        "anterior THR: no precautions in the sources",
        surgery(approach=A.ANTERIOR),
        weeks(2),
        "squat-comfortable-range",
        None,
        "the precautions are posterior-approach ones",
    ),
    (
        "lateral THR: no precautions in the sources",
        surgery(approach=A.LATERAL),
        weeks(2),
        "side-lying-hip-adduction",
        None,
        "the precautions are posterior-approach ones",
    ),
    (
        "surgeon: no precautions",
        surgery(approach=A.POSTERIOR, precautions=()),
        weeks(2),
        "squat-comfortable-range",
        None,
        "the surgeon's order is honoured",
    ),
    (
        "surgeon: flexion only, 6 wk",
        surgery(
            approach=A.POSTERIOR, precautions=(HP.FLEXION_BEYOND_90,), precautions_until=weeks(6)
        ),
        weeks(2),
        "squat-comfortable-range",
        weeks(6),
        "the surgeon's own window replaces 12 weeks",
    ),
    (
        "surgeon: flexion only leaves adduction",
        surgery(
            approach=A.POSTERIOR, precautions=(HP.FLEXION_BEYOND_90,), precautions_until=weeks(6)
        ),
        weeks(2),
        "side-lying-hip-adduction",
        None,
        "the surgeon limited flexion only",
    ),
    # A surgeon's precautions with no end date stay until the surgeon lifts them.
    (
        "surgeon: precautions with no end",
        surgery(approach=A.ANTERIOR, precautions=(HP.ADDUCTION_PAST_MIDLINE,)),
        weeks(30),
        "copenhagen-plank",
        None,
        "restricted, with no known end",
    ),
    (
        "before the operation: nothing restricts",
        surgery(approach=A.POSTERIOR),
        OP - datetime.timedelta(days=1),
        "squat-comfortable-range",
        None,
        "pre-operative work",
    ),
    (
        "arthroscopy, 3 wk: weight-bearing squat waits",
        surgery("hip-arthroscopy"),
        weeks(3),
        "squat-comfortable-range",
        ARTHROSCOPY_WB_END,
        "safer reading: 8 weeks protected",
    ),
    (
        "arthroscopy, 3 wk: side-lying adduction allowed",
        surgery("hip-arthroscopy"),
        weeks(3),
        "side-lying-hip-adduction",
        None,
        "not weight bearing; no positions limited",
    ),
    (
        "arthroscopy, 8 wk: weight bearing returns",
        surgery("hip-arthroscopy"),
        weeks(8),
        "single-leg-hop",
        None,
        "the longest window has ended",
    ),
    (
        "arthroscopy, surgeon NWB 6 wk, 5 wk: bridge waits",
        surgery("hip-arthroscopy", weight_bearing_until=weeks(6)),
        weeks(5),
        "pelvic-bridge",
        weeks(6),
        "the surgeon's non-weight-bearing order",
    ),
    (
        "arthroscopy, surgeon NWB 6 wk, 6 wk: allowed",
        surgery("hip-arthroscopy", weight_bearing_until=weeks(6)),
        weeks(6),
        "pelvic-bridge",
        None,
        "the surgeon's order has ended",
    ),
    (
        "arthroscopy, surgeon full WB at once",
        surgery("hip-arthroscopy", weight_bearing_until=OP),
        weeks(1),
        "squat-comfortable-range",
        None,
        "the surgeon allows immediate weight bearing",
    ),
    (
        "labral repair: arthroscopy's weight-bearing limit",
        surgery("labral-repair"),
        weeks(3),
        "standing-hip-flexion",
        ARTHROSCOPY_WB_END,
        "an arthroscopic FAI operation",
    ),
    (
        "PAO, 7 wk: partial weight bearing",
        surgery("periacetabular-osteotomy"),
        weeks(7),
        "hip-hike",
        PAO_WB_END,
        "partial weight bearing 6-8 weeks",
    ),
    (
        "PAO, 7 wk: non-weight-bearing exercise allowed",
        surgery("periacetabular-osteotomy"),
        weeks(7),
        "side-lying-clam",
        None,
        "not weight bearing",
    ),
    (
        "resurfacing: nothing in the sources",
        surgery("hip-resurfacing"),
        weeks(2),
        "squat-comfortable-range",
        None,
        "the sources give no precautions for it",
    ),
]

OPEN_ENDED = {"surgeon: precautions with no end"}
Scenario = tuple[str, hiptx.Surgery, datetime.date, str, datetime.date | None, str]


# --- the plan --------------------------------------------------------------------------

ASSESSMENT = hiptx.Assessment(
    findings={MP.ADDUCTION: F.WEAK, MP.FLEXION: F.WEAK, MP.EXTENSION: F.WEAK, MP.SQUAT: F.WEAK}
)


# --- progression -------------------------------------------------------------------------

GOOD = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
OPERATION = datetime.date(2026, 11, 20)
START = datetime.date(2026, 12, 4)  # two weeks after the operation

SURGERY = hiptx.Surgery(
    treatment_id="total-hip-replacement",
    date=OPERATION,
    side=hiptx.Side.LEFT,
    approach=hiptx.Approach.POSTERIOR,
)

FINDINGS = {MP.ADDUCTION: F.WEAK, MP.FLEXION: F.WEAK, MP.EXTENSION: F.WEAK}


def _plan() -> hiptx.ExercisePlan:
    assessment = hiptx.Assessment(findings=FINDINGS, side=hiptx.Side.LEFT)
    return hiptx.plan_exercises(assessment, surgery=SURGERY, today=START)


def _programme() -> hiptx.Programme:
    return hiptx.build_programme(
        _plan(), start=START, weeks=12, sessions_per_week=3, surgery=SURGERY
    )


def _restricted(exercise_id: str, day: datetime.date, cat: hiptx.Catalog) -> bool:
    exercise = cat.exercises[exercise_id]
    return hiptx.exercise_restriction(exercise, SURGERY, day, catalog=cat) is not None


def test_there_are_enough_scenarios() -> None:
    assert len(SCENARIOS) >= 25


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenario(scenario: Scenario) -> None:
    name, op, day, exercise_id, until, why = scenario
    result = hiptx.exercise_restriction(CAT.exercises[exercise_id], op, day, catalog=CAT)
    if name in OPEN_ENDED:
        assert result is not None, why
        assert result.until is None
        assert any(r.basis is hiptx.Basis.SURGEON for r in result.reasons)
    elif until is None:
        assert result is None, why
    else:
        assert result is not None, why
        assert result.until == until, why
        assert result.exercise_id == exercise_id


def test_default_precautions_say_they_are_the_safer_reading_with_the_trials_against() -> None:
    result = hiptx.exercise_restriction(
        CAT.exercises["squat-comfortable-range"], surgery(), weeks(2), catalog=CAT
    )
    assert result is not None
    codes = {r.code for r in result.reasons}
    assert hiptx.ReasonCode.SAFER_READING in codes
    assert hiptx.ReasonCode.APPROACH_ASSUMED in codes
    against = [r for r in result.reasons if r.code is hiptx.ReasonCode.EVIDENCE_AGAINST]
    cited = {c.source_id for r in against for c in r.citations}
    assert "dietz-2019-hip-precautions-trial" in cited
    assert "korfitsen-hip-precautions-review" in cited
    assert all(r.basis is hiptx.Basis.SOURCES for r in against)


def test_surgeons_orders_are_recorded_as_the_surgeons() -> None:
    op = surgery(approach=A.POSTERIOR, precautions=())
    reasons = hiptx.surgery_orders(op, weeks(2), catalog=CAT)
    assert [r.basis for r in reasons] == [hiptx.Basis.SURGEON]
    assert "no movement precautions" in reasons[0].message
    op = surgery("hip-arthroscopy", weight_bearing_until=weeks(6))
    restriction = hiptx.exercise_restriction(
        CAT.exercises["pelvic-bridge"], op, weeks(1), catalog=CAT
    )
    assert restriction is not None
    assert hiptx.Basis.SURGEON in {r.basis for r in restriction.reasons}
    assert hiptx.ReasonCode.SAFER_READING not in {r.code for r in restriction.reasons}
    after = hiptx.surgery_orders(op, weeks(6), catalog=CAT)
    assert [r.code for r in after] == [hiptx.ReasonCode.WEIGHT_BEARING_ORDER]


def test_posterior_thr_plan_two_weeks_after_holds_back_the_limited_positions() -> None:
    op = surgery(approach=A.POSTERIOR)
    plan = hiptx.plan_exercises(ASSESSMENT, surgery=op, today=weeks(2), catalog=CAT)
    assert plan.items  # the check below must meet at least one planned exercise
    for item in plan.items:
        assert not CAT.exercises[item.exercise_id].positions
    waiting = {w.pattern: w for w in plan.waiting}
    assert MP.ADDUCTION in waiting  # side-lying adduction reaches past the midline
    assert all(w.until == POSTERIOR_END for w in waiting.values())
    assert all(
        hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY in {r.code for r in w.reasons}
        for w in waiting.values()
    )
    # Without the operation the same patterns are planned.
    plain = hiptx.plan_exercises(ASSESSMENT, catalog=CAT)
    assert {i.pattern for i in plain.items} == {i.pattern for i in plan.items} | set(waiting)


def test_plan_without_a_day_is_checked_on_the_day_of_the_operation() -> None:
    op = surgery(approach=A.POSTERIOR)
    plan = hiptx.plan_exercises(ASSESSMENT, surgery=op, catalog=CAT)
    assert plan.reasons[0].code is hiptx.ReasonCode.SAFER_READING
    assert plan.waiting


def test_plan_after_the_window_gives_the_exercises_back() -> None:
    op = surgery(approach=A.POSTERIOR)
    plan = hiptx.plan_exercises(ASSESSMENT, surgery=op, today=POSTERIOR_END, catalog=CAT)
    assert plan.waiting == ()
    assert plan.items == hiptx.plan_exercises(ASSESSMENT, catalog=CAT).items


def test_red_flag_still_stops_the_plan_after_surgery() -> None:
    op = surgery(approach=A.POSTERIOR)
    plan = hiptx.plan_exercises(
        ASSESSMENT, surgery=op, today=weeks(2), red_flags={hiptx.RedFlag.NIGHT_OR_REST_PAIN}
    )
    assert plan.items == () and plan.waiting == ()
    assert plan.referral is not None and plan.referral.urgent


def test_uncovered_standalone_exercises_are_filtered_too() -> None:
    op = surgery("hip-arthroscopy")
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={MP.HOP: F.WEAK, MP.TRUNK_STABILITY: F.WEAK}),
        surgery=op,
        today=weeks(1),
        catalog=CAT,
    )
    for u in plan.uncovered:
        assert not any(CAT.exercises[e].weight_bearing for e in u.standalone_exercise_ids)


# --- bad input ----------------------------------------------------------------------------


def test_bad_input_is_a_clear_typed_error() -> None:
    with pytest.raises(UnknownIdError, match="hip-replacment"):
        hiptx.exercise_restriction(
            CAT.exercises["pelvic-bridge"], surgery("hip-replacment"), weeks(1), catalog=CAT
        )
    with pytest.raises(InvalidValueError, match="a surgical treatment"):
        hiptx.exercise_restriction(
            CAT.exercises["pelvic-bridge"],
            surgery("personalised-hip-therapy"),
            weeks(1),
            catalog=CAT,
        )
    with pytest.raises(WrongTypeError, match="precautions"):
        surgery(precautions=("flexion_beyond_90",))
    with pytest.raises(InvalidValueError, match="each HipPosition once"):
        surgery(precautions=(HP.FLEXION_BEYOND_90, HP.FLEXION_BEYOND_90))
    with pytest.raises(InvalidValueError, match="precautions_until"):
        surgery(precautions=(), precautions_until=weeks(6))
    with pytest.raises(InvalidValueError, match="on or after the surgery"):
        surgery(precautions=(HP.FLEXION_BEYOND_90,), precautions_until=weeks(-1))
    with pytest.raises(WrongTypeError, match="date"):
        hiptx.Surgery(
            treatment_id="hip-arthroscopy",
            date=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
            side=hiptx.Side.LEFT,
        )
    with pytest.raises(WrongTypeError, match="approach"):
        surgery(approach="posterior")
    with pytest.raises(WrongTypeError, match="on"):
        hiptx.exercise_restriction(
            CAT.exercises["pelvic-bridge"],
            surgery(),
            "2026-12-01",  # type: ignore[arg-type]
            catalog=CAT,
        )
    with pytest.raises(WrongTypeError, match="today"):
        hiptx.plan_exercises(ASSESSMENT, surgery=surgery(), today="2026-12-01")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="today"):
        hiptx.check_progression("pelvic-bridge", [GOOD], surgery=surgery(), today="x")  # type: ignore[arg-type]
    with pytest.raises(WrongTypeError, match="surgery"):
        hiptx.plan_exercises(ASSESSMENT, surgery="thr")  # type: ignore[arg-type]


def test_a_precaution_must_limit_something() -> None:
    bundled = CAT.treatments["periacetabular-osteotomy"].precautions[0]
    rebuilt = hiptx.Precaution(
        id=bundled.id,
        text=bundled.text,
        window=bundled.window,
        citations=bundled.citations,
        restricts_weight_bearing=True,
    )
    assert rebuilt.restricts_weight_bearing and not rebuilt.positions
    with pytest.raises(InvalidValueError, match="positions"):
        hiptx.Precaution(
            id="nothing",
            text="Nothing.",
            window=hiptx.Span(1, 2, hiptx.TimeUnit.WEEK),
            citations=(hiptx.Citation(source_id="eannucci-2019-hip-precautions"),),
        )


def test_every_bundled_exercise_is_classified_and_every_also_after_id_exists() -> None:
    for exercise in CAT.exercises.values():
        assert exercise.hip_demands_are_hiptx_classification
        assert exercise.hip_positions != hiptx.model._exercises.UNCLASSIFIED_HIP_POSITIONS or (
            exercise.id == "hip-mobilisation-with-movement"
        )
    for treatment in CAT.treatments.values():
        for precaution in treatment.precautions:
            for other in precaution.also_after:
                assert CAT.treatments[other].kind is hiptx.TreatmentKind.SURGERY


def test_a_precaution_naming_an_unknown_operation_is_refused(tmp_path: pathlib.Path) -> None:
    data = pathlib.Path(hiptx.__file__).parent / "data"
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    path = copy / "treatments.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    thr = next(t for t in document["treatments"] if t["id"] == "hip-arthroscopy")
    thr["precautions"][0]["also_after"].append("labral-repiar")
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(hiptx.errors.CatalogDataError, match="labral-repiar") as info:
        hiptx.load_catalog(copy)
    assert "also_after" in str(info.value) and "labral-repair" in str(info.value)


def test_an_unclassified_exercise_is_assumed_to_do_everything() -> None:
    bare = hiptx.Exercise(
        id="new-thing",
        name="New thing",
        summary="Something new.",
        goal=hiptx.ExerciseGoal.STRENGTH,
        position=hiptx.Position.STANDING,
        citations=(hiptx.Citation(source_id="physio-network-kemp"),),
    )
    assert bare.weight_bearing
    assert bare.positions == frozenset(HP)
    assert hiptx.exercise_restriction(bare, surgery(approach=A.POSTERIOR), weeks(1), catalog=CAT)


def test_each_half_of_a_catalog_precaution_yields_to_the_surgeons_own_order() -> None:
    # A clinic's precaution that limits both positions and weight bearing: the
    # surgeon's "no precautions" lifts only its positions, and the surgeon's
    # weight-bearing order replaces only its weight bearing.
    import attrs

    bundled = hiptx.load_catalog()
    replacement = bundled.treatments["total-hip-replacement"]
    both = attrs.evolve(replacement.precautions[0], restricts_weight_bearing=True)
    treatments = tuple(
        attrs.evolve(t, precautions=(both,)) if t.id == replacement.id else t
        for t in bundled.treatments.values()
    )
    clinic = hiptx.Catalog(**{**bundled._parts, "version": "clinic", "treatments": treatments})
    day = datetime.date(2026, 11, 27)
    operated = datetime.date(2026, 11, 20)

    def restricted(exercise_id: str, surgery: hiptx.Surgery) -> bool:
        exercise = clinic.exercises[exercise_id]
        return hiptx.exercise_restriction(exercise, surgery, day, catalog=clinic) is not None

    no_precautions = hiptx.Surgery(
        treatment_id=replacement.id,
        date=operated,
        side=hiptx.Side.LEFT,
        approach=hiptx.Approach.POSTERIOR,
        precautions=(),
    )
    # Deep flexion without weight bearing: allowed once the surgeon lifts precautions.
    assert not restricted("hamstring-stretch", no_precautions)
    # Weight bearing: still limited by the catalog's order, which the surgeon left alone.
    assert restricted("squat-comfortable-range", no_precautions)
    full_weight = attrs.evolve(no_precautions, precautions=None, weight_bearing_until=operated)
    # Full weight bearing from the day of surgery: the deep-flexion limit still holds.
    assert restricted("hamstring-stretch", full_weight)


def test_the_plan_keeps_adduction_and_deep_flexion_waiting(cat: hiptx.Catalog) -> None:
    plan = _plan()
    assert plan.waiting, "a posterior replacement two weeks ago restricts some first levels"
    for waiting in plan.waiting:
        assert _restricted(waiting.exercise_id, START, cat)
        assert waiting.until is not None and waiting.until > START
    for item in plan.items:
        assert not _restricted(item.exercise_id, START, cat), item.exercise_id


def test_nothing_restricted_is_scheduled_for_the_operated_hip(cat: hiptx.Catalog) -> None:
    programme = _programme()
    scheduled = [
        (session.date, p.exercise_id)
        for week in programme.schedule
        for session in week.sessions
        for p in session.prescriptions
    ]
    assert scheduled, "the unrestricted patterns are still trained"
    for day, exercise_id in scheduled:
        assert not _restricted(exercise_id, day, cat), (day, exercise_id)


def test_waiting_patterns_enter_the_programme_and_return_when_the_window_ends(
    cat: hiptx.Catalog,
) -> None:
    plan, programme = _plan(), _programme()
    waiting = {w.exercise_id: w.until for w in plan.waiting}
    slots = {s.exercise_id: s for s in programme.slots}
    for exercise_id, until in waiting.items():
        assert slots[exercise_id].waiting, exercise_id
        assert slots[exercise_id].waiting_until == until
    lifted_on = max(d for d in waiting.values() if d is not None)
    update = hiptx.advance_programme(programme, {}, today=lifted_on, surgery=SURGERY)
    after = {s.exercise_id: s for s in update.programme.slots}
    for exercise_id in waiting:
        assert not after[exercise_id].waiting, exercise_id
        assert not _restricted(exercise_id, lifted_on, cat)
    later = {
        p.exercise_id
        for week in update.programme.schedule
        for session in week.sessions
        if session.date > lifted_on
        for p in session.prescriptions
    }
    assert set(waiting) <= later, "each returns to the schedule once allowed"
    said = [
        r.message
        for s in update.programme.slots
        for r in s.reasons
        if r.code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY
    ] + [r.message for c in update.changes for r in c.reasons]
    assert any("schedules it again" in m for m in said), said


def test_a_plan_with_waiting_patterns_needs_its_surgery() -> None:
    # Without the operation the programme could neither keep nor lift the waits.
    with pytest.raises(hiptx.InvalidValueError, match="surgery"):
        hiptx.build_programme(_plan(), start=START, weeks=4, sessions_per_week=3)


def test_a_waiting_pattern_off_its_chain_is_named_where_it_is() -> None:
    plan = _plan()
    wrong = attrs.evolve(plan.waiting[0], exercise_id="pelvic-bridge")
    broken = attrs.evolve(plan, waiting=(wrong, *plan.waiting[1:]))
    with pytest.raises(hiptx.InvalidValueError, match=r"waiting/0/exercise_id"):
        hiptx.build_programme(broken, start=START, weeks=4, sessions_per_week=3, surgery=SURGERY)


def test_a_lifted_exercise_begins_on_the_day_it_is_allowed() -> None:
    # Sessions of a restricted exercise logged while it waited are not evidence at
    # its level: it begins, and builds up, from the day the restriction lifts.
    plan, programme = _plan(), _programme()
    waiting = plan.waiting[0]
    assert waiting.until is not None
    update = hiptx.advance_programme(programme, {}, today=waiting.until, surgery=SURGERY)
    (slot,) = [s for s in update.programme.slots if s.exercise_id == waiting.exercise_id]
    assert not slot.waiting
    assert slot.since >= waiting.until and slot.build_up_from == slot.since
    during_the_wait = hiptx.SessionRecord(
        sets=2,
        reps=10,
        pain_during=1,
        pain_after_24h=1,
        date=waiting.until - datetime.timedelta(days=3),
        side=hiptx.Side.LEFT,
    )
    with pytest.raises(hiptx.InvalidValueError, match="date"):
        hiptx.advance_programme(
            update.programme,
            {waiting.exercise_id: [during_the_wait]},
            today=slot.since + datetime.timedelta(days=7),
            surgery=SURGERY,
        )
