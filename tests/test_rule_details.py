"""Details of the rules' output that no other test pinned (found by mutation testing).

Each test states a behaviour a user relies on: an exact boundary, the words of a
reason, the value an error carries, the state a programme is left in. Expected
values are reasoned from the rules and the catalog data, not copied from output.
"""

from __future__ import annotations

import datetime
import json
import pathlib
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.rules._calendar import add_span_bound
from tests.data_files import edit
from tests.sessions import session

ADDUCTION = hiptx.MovementPattern.ADDUCTION
MONDAY = datetime.date(2025, 1, 6)


def _catalog(**parts: object) -> hiptx.Catalog:
    """The bundled catalog with some of its parts replaced: a clinic's own (made up)."""
    bundled = hiptx.load_catalog()._parts
    return hiptx.Catalog(**{**bundled, "version": "clinic", **parts})


def _weak(
    *patterns: hiptx.MovementPattern, catalog: hiptx.Catalog | None = None
) -> hiptx.ExercisePlan:
    """The plan for an assessment that found ``patterns`` weak."""
    findings = dict.fromkeys(patterns, hiptx.Finding.WEAK)
    return hiptx.plan_exercises(hiptx.Assessment(findings=findings), catalog=catalog)


# --- the activity guideline ---------------------------------------------------------


def test_a_full_week_of_minutes_and_an_hourly_session_are_the_largest_accepted() -> None:
    # 10,080 minutes is a whole week and 168 sessions one an hour: possible, so
    # accepted; one more of either is refused (see test_argument_contract).
    check = hiptx.meets_activity_guideline(aerobic_minutes=10_080, strength_sessions=168)
    assert (check.met, check.aerobic_met, check.strength_met) == (True, True, True)


def test_activity_reasons_say_what_was_done_against_the_target() -> None:
    cat = hiptx.load_catalog()
    check = hiptx.meets_activity_guideline(aerobic_minutes=150, strength_sessions=1)
    # Misses first; a met target has no "short" clause.
    assert [r.message for r in check.reasons] == [
        "1 of 2 strength sessions a week: 1 short.",
        "150 of 150 aerobic minutes a week.",
    ]
    strength, aerobic = check.reasons
    assert strength.citations == cat.rules.strength_sessions_per_week.citations
    assert aerobic.citations == cat.rules.aerobic_minutes_per_week.citations
    # The kinds of the cited sources are filled in, as for every cited reason.
    for reason in check.reasons:
        kinds = {cat.sources[c.source_id].kind for c in reason.citations}
        assert set(reason.evidence_kinds) == kinds
        assert kinds


def test_a_refused_activity_argument_carries_the_value_given() -> None:
    with pytest.raises(hiptx.WrongTypeError) as wrong:
        hiptx.meets_activity_guideline(aerobic_minutes="90", strength_sessions=2)  # type: ignore[arg-type]
    assert wrong.value.value == "90"
    with pytest.raises(hiptx.OutOfRangeError) as out:
        hiptx.meets_activity_guideline(aerobic_minutes=-1, strength_sessions=2)
    assert out.value.value == -1
    with pytest.raises(hiptx.OutOfRangeError) as many:
        hiptx.meets_activity_guideline(aerobic_minutes=0, strength_sessions=169)
    assert many.value.value == 169


# --- recovery ------------------------------------------------------------------------


def test_milestone_refuses_a_kind_given_as_a_string_naming_the_argument() -> None:
    estimate = hiptx.estimate_recovery("personalised-hip-therapy")
    with pytest.raises(hiptx.WrongTypeError) as info:
        estimate.milestone("return_to_sport")  # type: ignore[arg-type]
    assert (info.value.field, info.value.expected) == ("kind", "a MilestoneKind")
    assert str(info.value).startswith("kind: ")


def test_a_comparison_shows_the_sources_words_where_they_give_no_figure() -> None:
    # For manual work the arthroscopy page gives only "several months". With its
    # figures left out, that milestone is the only one of its kind, and the table
    # shows the source's words rather than a blank.
    arthroscopy = hiptx.load_catalog().treatments["hip-arthroscopy"]
    words_only = attrs.evolve(
        arthroscopy, milestones=tuple(m for m in arthroscopy.milestones if m.span is None)
    )
    comparison = hiptx.compare_recovery(
        [words_only, "total-hip-replacement"], job=hiptx.JobDemand.MANUAL
    )
    rows = dict(comparison.rows())
    assert rows[hiptx.MilestoneKind.RETURN_TO_WORK][0] == "several months"


def test_a_span_past_the_calendar_names_its_length_in_the_singular_for_one() -> None:
    last_week = datetime.date(9999, 12, 30)
    with pytest.raises(hiptx.OutOfRangeError) as one:
        add_span_bound(last_week, 1, hiptx.TimeUnit.WEEK)
    assert "from which 1 week later is still" in str(one.value)
    with pytest.raises(hiptx.OutOfRangeError) as two:
        add_span_bound(last_week, 2, hiptx.TimeUnit.WEEK)
    assert "from which 2 weeks later is still" in str(two.value)


# --- plans and coverage --------------------------------------------------------------


def test_assessment_pain_exactly_at_the_ceiling_is_within_it() -> None:
    # The ceiling is "at most 3/10": a score of 3 is planned, a score of 4 withheld.
    ceiling = int(hiptx.load_catalog().rules.pain_ceiling.value)
    painful = {ADDUCTION: hiptx.Finding.PAINFUL}
    at = hiptx.plan_exercises(hiptx.Assessment(findings=painful, pain_scores={ADDUCTION: ceiling}))
    above = hiptx.plan_exercises(
        hiptx.Assessment(findings=painful, pain_scores={ADDUCTION: ceiling + 1})
    )
    (item,) = at.items
    assert item.exercise_id is not None
    assert hiptx.ReasonCode.ASSESSMENT_PAIN_WITHIN_CEILING in [r.code for r in item.reasons]
    assert above.items == ()
    (withheld,) = above.withheld
    assert withheld.pain_score == ceiling + 1
    codes = [r.code for r in withheld.reasons]
    # Both the cited reading and hiptx's own safety default carry the code.
    assert codes.count(hiptx.ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING) == 2


def test_a_reading_without_a_label_shows_the_note_alone() -> None:
    cat = hiptx.load_catalog()
    treatment = cat.treatments["joint-mobilisation"]
    assert treatment.targets is not None and treatment.targets.reading is None
    assert hiptx.coverage(treatment).reasons[0].message == treatment.targets.note


def test_a_treatment_without_targets_is_an_incomplete_reading() -> None:
    reading = hiptx.coverage("hip-arthroscopy")
    assert reading.complete is False
    assert reading.reasons[0].code is hiptx.ReasonCode.NO_TARGETS_RECORDED


# --- programmes ----------------------------------------------------------------------


def _adduction_programme(weeks: int = 3) -> hiptx.Programme:
    plan = _weak(ADDUCTION)
    return hiptx.build_programme(plan, start=MONDAY, weeks=weeks, sessions_per_week=3)


def test_a_pause_holds_the_sets_reached_so_far_not_the_starting_sets() -> None:
    # The adductor chain's first level starts at 2 sets; a week of tolerated 2-set
    # sessions raises it to 3. A painful session on Monday of week 2 holds the 3 sets
    # reached, from the effective day of the change.
    prog = _adduction_programme()
    friday = MONDAY + datetime.timedelta(days=4)
    week1 = [
        hiptx.SessionRecord(sets=2, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY + d)
        for d in (datetime.timedelta(days=0), datetime.timedelta(days=2), friday - MONDAY)
    ]
    built = hiptx.advance_programme(prog, {"side-lying-hip-adduction": week1}, today=friday)
    assert built.programme.slots[0].build_up_sets == 3
    today = MONDAY + datetime.timedelta(days=7)
    painful = hiptx.SessionRecord(sets=3, reps=10, pain_during=5, pain_after_24h=2, date=today)
    update = hiptx.advance_programme(
        built.programme, {"side-lying-hip-adduction": [painful]}, today=today
    )
    (change,) = update.changes
    assert change.reasons[0].code is hiptx.ReasonCode.BUILD_UP_PAUSED
    assert change.reasons[0].message.startswith("Sets held at 3, and the level kept:")
    (slot,) = update.programme.slots
    assert (slot.build_up_paused, slot.build_up_sets) == (True, 3)
    assert slot.build_up_from == today + datetime.timedelta(days=1)
    later = [p.sets for s in update.programme.sessions if s.date > today for p in s.prescriptions]
    assert later and set(later) == {3}


def test_decision_for_lists_every_exercise_decided_on() -> None:
    plan = _weak(ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    update = hiptx.advance_programme(prog, {}, today=MONDAY)
    ids = [d.exercise_id for d in update.decisions]
    assert len(ids) == 2
    with pytest.raises(hiptx.InvalidValueError) as info:
        update.decision_for("hip-hike-that-is-not-current")
    assert info.value.allowed == f"one of the exercises decided on: {ids[0]}, {ids[1]}"


def test_decision_for_says_none_when_nothing_was_decided() -> None:
    empty = hiptx.plan_exercises(hiptx.Assessment(findings={}))
    prog = hiptx.build_programme(empty, start=MONDAY, weeks=1, sessions_per_week=1)
    update = hiptx.advance_programme(prog, {}, today=MONDAY)
    assert update.decisions == ()
    with pytest.raises(hiptx.InvalidValueError) as info:
        update.decision_for("side-lying-hip-adduction")
    assert info.value.allowed == "one of the exercises decided on: none"


def _all_reasons(obj: object) -> list[hiptx.Reason]:
    if isinstance(obj, hiptx.Reason):
        return [obj]
    if isinstance(obj, (tuple, list)):
        return [r for item in obj for r in _all_reasons(item)]
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        return [r for f in fields for r in _all_reasons(getattr(obj, f.name))]
    return []


def test_every_cited_reason_of_every_rule_names_its_sources_kinds() -> None:
    # Apps filter opinions by evidence_kinds: a cited reason with no kinds would
    # slip through that filter.
    cat = hiptx.load_catalog()

    def overloaded(exercise: hiptx.Exercise) -> hiptx.SessionRecord:
        reps = exercise.dose is not None and exercise.dose.uses_reps
        return hiptx.SessionRecord(
            sets=3,
            pain_during=5,
            pain_after_24h=4,
            swelling=True,
            reps=10 if reps else None,
            hold_seconds=None if reps else 20,
        )

    results: list[object] = [
        hiptx.meets_activity_guideline(aerobic_minutes=10, strength_sessions=0),
        hiptx.check_red_flags({hiptx.RedFlag.SUSPECTED_INFECTION}),
        hiptx.screen_conservative_care(hiptx.HipStatus(fused=True)),
        hiptx.plan_exercises(
            hiptx.Assessment(findings=dict.fromkeys(hiptx.MovementPattern, hiptx.Finding.WEAK))
        ),
        *(hiptx.estimate_recovery(t, job=hiptx.JobDemand.MANUAL) for t in cat.treatments),
        *(hiptx.coverage(t) for t in cat.treatments.values()),
        *(hiptx.check_progression(e, [overloaded(e)]) for e in cat.exercises.values()),
    ]
    cited = [r for result in results for r in _all_reasons(result) if r.citations]
    assert len(cited) > 100
    for reason in cited:
        kinds = {cat.sources[c.source_id].kind for c in reason.citations}
        assert set(reason.evidence_kinds) == kinds, reason.code


# --- candidacy -------------------------------------------------------------------------


def test_mixed_signs_name_the_missing_and_the_unknown_signs() -> None:
    status = hiptx.HipStatus(
        range_of_motion_preserved=True, cartilage_present=False, bone_spurs_minimal=None
    )
    decision = hiptx.screen_conservative_care(status)
    assert decision.outcome is hiptx.Candidacy.UNCERTAIN
    messages = {r.code: r.message for r in decision.reasons}
    assert messages[hiptx.ReasonCode.MIXED_SIGNS] == (
        "Not every one of Caring Medical's good-candidate signs is present; "
        "missing: cartilage present."
    )
    assert messages[hiptx.ReasonCode.UNKNOWN_SIGNS] == "Not known: minimal bone spurring."
    two_unknown = hiptx.screen_conservative_care(hiptx.HipStatus(range_of_motion_preserved=True))
    unknown = [r for r in two_unknown.reasons if r.code is hiptx.ReasonCode.UNKNOWN_SIGNS]
    assert [r.message for r in unknown] == ["Not known: cartilage present, minimal bone spurring."]
    assert hiptx.ReasonCode.MIXED_SIGNS not in [r.code for r in two_unknown.reasons]


# --- coverage of a list of exercises ---------------------------------------------------


def test_stretches_are_listed_and_the_exercises_after_them_still_count() -> None:
    cat = hiptx.load_catalog()
    strength = cat.exercises["side-lying-hip-adduction"]
    result = hiptx.coverage(["calf-stretch", "hamstring-stretch", strength.id])
    assert set(result.patterns) == set(strength.patterns)
    assert set(result.muscles) == set(strength.muscles)
    (reason,) = result.reasons
    assert reason.message == (
        "Stretches and manual techniques are not counted as training: "
        "calf-stretch, hamstring-stretch."
    )


def test_coverage_reads_exercise_ids_from_the_catalog_given() -> None:
    cat = hiptx.load_catalog()
    base = cat.exercises["side-lying-hip-adduction"]
    own = attrs.evolve(base, id="clinic-adduction", name="Clinic adduction")
    mine = _catalog(exercises=(*cat.exercises.values(), own))
    assert set(hiptx.coverage(["clinic-adduction"], catalog=mine).patterns) == set(own.patterns)


def test_a_complete_reading_leaves_nothing_unnamed() -> None:
    # A complete reading names everything it trains: what it leaves out is missing,
    # never "not named".
    complete = hiptx.coverage("joint-mobilisation")
    assert complete.complete is True
    assert complete.missing_muscles
    assert (complete.unnamed_muscles, complete.unnamed_patterns) == ((), ())
    incomplete = hiptx.coverage("hip-arthroscopy")
    assert incomplete.complete is False
    assert incomplete.unnamed_muscles == tuple(hiptx.Muscle)
    assert incomplete.unnamed_patterns == tuple(hiptx.MovementPattern)


# --- recovery dates and order --------------------------------------------------------------


def test_dates_give_a_words_only_milestone_no_date_and_keep_the_ones_after_it() -> None:
    # An app may build or read back an estimate whose milestones are in any order.
    estimate = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.MANUAL)
    words = [m for m in estimate.milestones if m.span is None]
    dated = [m for m in estimate.milestones if m.span is not None]
    assert words and dated
    reordered = attrs.evolve(estimate, milestones=(*words, *dated))
    start = datetime.date(2026, 1, 5)
    windows = reordered.dates(start)
    assert [d.milestone for d in windows] == [*words, *dated]
    assert all(d.earliest is None and d.latest is None for d in windows[: len(words)])
    assert all(d.window is not None for d in windows[len(words) :])


def test_an_open_ended_milestone_has_an_earliest_date_and_no_latest() -> None:
    # No bundled figure is open-ended ("at least 6 weeks"); a catalog may have one.
    treatment = hiptx.load_catalog().treatments["personalised-hip-therapy"]
    base = next(m for m in treatment.milestones if m.span is not None)
    open_ended = attrs.evolve(base, span=hiptx.Span(low=6, high=None, unit=hiptx.TimeUnit.WEEK))
    estimate = hiptx.estimate_recovery(attrs.evolve(treatment, milestones=(open_ended,)))
    (milestone,) = estimate.milestones
    assert [r.code for r in milestone.reasons][-1] is hiptx.ReasonCode.OPEN_ENDED
    assert milestone.reasons[-1].message == "The source gives only a lower bound."
    assert milestone.reasons[-1].citations == base.citations
    start = datetime.date(2026, 1, 5)
    (when,) = estimate.dates(start)
    assert (when.earliest, when.latest) == (datetime.date(2026, 2, 16), None)


def test_milestones_with_the_same_start_are_ordered_by_their_end() -> None:
    cat = hiptx.load_catalog()
    treatment = cat.treatments["personalised-hip-therapy"]
    base = next(m for m in treatment.milestones if m.span is not None and m.span.high is not None)
    unit = base.span.unit  # type: ignore[union-attr]
    low = base.span.low  # type: ignore[union-attr]
    wide = attrs.evolve(base, span=hiptx.Span(low=low, high=low + 4, unit=unit))
    narrow = attrs.evolve(base, span=hiptx.Span(low=low, high=low + 1, unit=unit))
    estimate = hiptx.estimate_recovery(attrs.evolve(treatment, milestones=(wide, narrow)))
    assert [m.span for m in estimate.milestones] == [narrow.span, wide.span]


# --- the loader's refusals ----------------------------------------------------------------


# --- what recovery estimates say they leave out -------------------------------------------


def test_the_job_demand_reason_names_every_kind_and_job() -> None:
    arthroscopy = hiptx.load_catalog().treatments["hip-arthroscopy"]
    estimate = hiptx.estimate_recovery(arthroscopy)
    (needed,) = [r for r in estimate.reasons if r.code is hiptx.ReasonCode.JOB_DEMAND_NEEDED]
    assert needed.message == (
        "The sources give return to work figures by job demand (manual, sedentary); "
        "pass job= to see them. None of those was picked."
    )
    # A second job-bound kind is listed too, in alphabetical order.
    manual = next(m for m in arthroscopy.milestones if m.job is hiptx.JobDemand.MANUAL)
    driving = attrs.evolve(manual, kind=hiptx.MilestoneKind.RETURN_TO_DRIVING)
    more = attrs.evolve(arthroscopy, milestones=(*arthroscopy.milestones, driving))
    (needed,) = [
        r
        for r in hiptx.estimate_recovery(more).reasons
        if r.code is hiptx.ReasonCode.JOB_DEMAND_NEEDED
    ]
    assert needed.message.startswith(
        "The sources give return to driving, return to work figures by job demand"
    )


@pytest.mark.parametrize(
    ("protocol", "other"),
    [(hiptx.WeightBearing.STANDARD, "restricted"), (hiptx.WeightBearing.RESTRICTED, "standard")],
)
def test_the_other_protocol_reason_names_only_the_protocols_left_out(
    protocol: hiptx.WeightBearing, other: str
) -> None:
    arthroscopy = hiptx.load_catalog().treatments["hip-arthroscopy"]
    estimate = hiptx.estimate_recovery(arthroscopy, weight_bearing=protocol)
    (left_out,) = [r for r in estimate.reasons if r.code is hiptx.ReasonCode.OTHER_PROTOCOL_EXISTS]
    assert left_out.message == (
        f"Some figures apply only to another weight-bearing protocol ({other}); they were left out."
    )
    cited = tuple(
        c
        for m in arthroscopy.milestones
        if m.weight_bearing is hiptx.WeightBearing(other)
        for c in m.citations
    )
    assert left_out.citations == cited


def test_the_no_figure_reason_lists_every_milestone_kind_with_no_figure() -> None:
    estimate = hiptx.estimate_recovery("personalised-hip-therapy")
    (missing,) = [r for r in estimate.reasons if r.code is hiptx.ReasonCode.NO_FIGURE]
    assert missing.message == (
        "The sources give no figure for: return to work, return to driving, "
        "return to sport, full recovery."
    )


# --- the strict parser's walk ---------------------------------------------------------------


def _nested(levels: int) -> bytes:
    return ("[" * levels + "]" * levels).encode()


def test_nesting_is_allowed_up_to_the_limit_and_refused_one_past_it() -> None:
    from hiptx.catalog import _json

    document, at_limit = _json.parse_document("x.json", _nested(_json.MAX_DEPTH))
    assert at_limit == []
    assert json.dumps(document) == _nested(_json.MAX_DEPTH).decode().replace("][", "], [")
    _, past = _json.parse_document("x.json", _nested(_json.MAX_DEPTH + 1))
    (problem,) = past
    assert problem.path == "/0" * _json.MAX_DEPTH
    assert problem.expected == f"at most {_json.MAX_DEPTH} levels of arrays and objects"


def test_every_bad_number_and_repeated_key_in_a_file_is_reported() -> None:
    from hiptx.catalog import _json

    text = b'{"a": [NaN, 1, Infinity], "b c": 1, "b c": 2, "d": {"e": -Infinity}}'
    _, problems = _json.parse_document("x.json", text)
    found = sorted((p.path, p.value, p.expected) for p in problems)
    assert found == [
        ("/a/0", "NaN", "a finite number"),
        ("/a/2", "Infinity", "a finite number"),
        ("/b c", "'b c'", "each key at most once"),
        ("/d/e", "-Infinity", "a finite number"),
    ]


# --- the catalog given is the one whose red-flag pathways apply -------------------------


def _clinic_with_own_neurovascular_pathway() -> hiptx.Catalog:
    # A clinic that sends neurovascular compromise straight to A&E, more urgent
    # than the bundled urgent clinical assessment (made up for the test; a catalog
    # may raise a red flag's pathway, never lower it): every rule must use it when
    # given the catalog.
    rules = hiptx.load_catalog().rules
    flags = tuple(
        attrs.evolve(r, pathway=hiptx.Pathway.A_AND_E)
        if r.flag is hiptx.RedFlag.NEUROVASCULAR_COMPROMISE
        else r
        for r in rules.red_flags
    )
    return _catalog(rules=attrs.evolve(rules, red_flags=flags))


def test_screening_and_programmes_refer_by_the_catalog_given() -> None:
    clinic = _clinic_with_own_neurovascular_pathway()
    flags = {hiptx.RedFlag.NEUROVASCULAR_COMPROMISE}
    expected = hiptx.check_red_flags(flags, catalog=clinic)
    assert expected.pathways == (hiptx.Pathway.A_AND_E,)
    screened = hiptx.screen_conservative_care(hiptx.HipStatus(), red_flags=flags, catalog=clinic)
    assert screened.referral == expected
    plan = _weak(ADDUCTION, catalog=clinic)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=2, sessions_per_week=2, catalog=clinic)
    update = hiptx.advance_programme(prog, {}, today=MONDAY, red_flags=flags, catalog=clinic)
    assert update.referral == expected
    assert [d.referral for d in update.decisions] == [expected]


# --- advancing a programme -------------------------------------------------------------------


def test_a_session_dated_today_is_accepted_and_tomorrow_refused() -> None:
    prog = _adduction_programme()
    ok = hiptx.SessionRecord(sets=2, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY)
    accepted = hiptx.advance_programme(prog, {"side-lying-hip-adduction": [ok]}, today=MONDAY)
    (decision,) = accepted.decisions
    assert len(decision.session_pain) == 1
    tomorrow = attrs.evolve(ok, date=MONDAY + datetime.timedelta(days=1))
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.advance_programme(prog, {"side-lying-hip-adduction": [tomorrow]}, today=MONDAY)
    assert info.value.field == "log['side-lying-hip-adduction'][0].date"
    assert info.value.allowed == f"a date on or before today ({MONDAY})"


def test_a_new_level_keeps_the_decision_that_chose_it() -> None:
    prog = _adduction_programme()
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY)
    update = hiptx.advance_programme(
        prog, {"side-lying-hip-adduction": [done]}, today=MONDAY + datetime.timedelta(days=7)
    )
    (decision,) = update.decisions
    assert decision.outcome is hiptx.Outcome.PROGRESS
    (slot,) = update.programme.slots
    assert slot.exercise_id == decision.next_exercise_id
    assert slot.reasons == decision.reasons


def test_a_red_flag_stops_every_exercise_from_the_next_session() -> None:
    prog = _adduction_programme()
    wednesday = MONDAY + datetime.timedelta(days=2)
    update = hiptx.advance_programme(
        prog, {}, today=MONDAY, red_flags={hiptx.RedFlag.SUSPECTED_INFECTION}
    )
    (change,) = update.changes
    assert (change.outcome, change.to_exercise_id) == (hiptx.Outcome.STOP, None)
    assert change.effective == wednesday
    # Once stopped, the programme says why it gives no advice, in hiptx's own words.
    later = hiptx.advance_programme(update.programme, {}, today=wednesday)
    (still,) = later.reasons
    assert still.code is hiptx.ReasonCode.NO_EXERCISE_ADVICE
    assert still.basis is hiptx.Basis.HIPTX_DEFAULT


# --- red flags ----------------------------------------------------------------------------

RF = hiptx.RedFlag


def test_no_flag_is_not_urgent_and_says_it_is_no_diagnosis() -> None:
    referral = hiptx.check_red_flags(set())
    assert referral.urgent is False
    (reason,) = referral.reasons
    assert reason.message == (
        "None of the listed red flags was reported. This is not a diagnosis; "
        "clinical judgement still applies."
    )


def test_a_combination_reason_names_its_flags_and_whose_reading_it_is() -> None:
    cat = hiptx.load_catalog()
    (night_loss,) = [
        c for c in cat.rules.red_flag_combinations if c.implies is RF.SUSPECTED_MALIGNANCY
    ]
    referral = hiptx.check_red_flags({RF.NIGHT_OR_REST_PAIN, RF.UNEXPLAINED_WEIGHT_LOSS})
    (combined,) = [r for r in referral.reasons if r.code is hiptx.ReasonCode.RED_FLAG_COMBINATION]
    assert combined.message == (
        "Night or rest pain and unexplained weight loss: treated as suspected malignancy. "
        + night_loss.reading
    )
    assert combined.citations == night_loss.citations
    # Each flag, given or implied, has its own reason naming it.
    flagged = [
        r.message.split(":")[0] for r in referral.reasons if r.code is hiptx.ReasonCode.RED_FLAG
    ]
    assert sorted(flagged) == [
        "Night or rest pain",
        "Suspected malignancy",
        "Unexplained weight loss",
    ]
    # hiptx's own reading of trauma with inability to walk cites nothing.
    trauma = hiptx.check_red_flags({RF.TRAUMA, RF.UNABLE_TO_WALK_OR_MOVE_HIP})
    (own,) = [r for r in trauma.reasons if r.code is hiptx.ReasonCode.RED_FLAG_COMBINATION]
    assert (own.basis, own.citations) == (hiptx.Basis.HIPTX_DEFAULT, ())


def test_combinations_chain_whatever_their_order_in_the_catalog() -> None:
    # A made-up catalog where one combination's result completes another listed
    # before it: the second must still apply.
    rules = hiptx.load_catalog().rules
    first = hiptx.RedFlagCombination(
        flags=(RF.SEVERE_SPASM, RF.SUSPECTED_INFECTION),
        implies=RF.NEUROVASCULAR_COMPROMISE,
        reading="Made up for the test.",
        citations=rules.red_flag_combinations[0].citations,
        hiptx_reading=True,
    )
    chained = _catalog(
        rules=attrs.evolve(rules, red_flag_combinations=(first, *rules.red_flag_combinations))
    )
    referral = hiptx.check_red_flags(
        {RF.HOT_SWOLLEN_JOINT_WITH_FEVER, RF.SEVERE_SPASM}, catalog=chained
    )
    assert RF.SUSPECTED_INFECTION in referral.implied
    assert RF.NEUROVASCULAR_COMPROMISE in referral.implied


def test_every_flag_without_a_pathway_is_still_urgent() -> None:
    from hiptx.catalog._catalog import checked_catalog

    bundled = hiptx.load_catalog()._parts
    rules = bundled["rules"]
    missing = {RF.SEVERE_SPASM, RF.STEROID_USE}
    # A catalog without these rules is refused (a safety floor, pinned in
    # test_floors.py); the rules' own fallback, for a flag a future hiptx adds
    # before its data does, is reached here by building the catalog as the
    # bundled one is built: it is its own floor.
    sparse = checked_catalog(
        "clinic",
        {k: v for k, v in bundled.items() if k not in ("version", "rules")},
        attrs.evolve(rules, red_flags=tuple(r for r in rules.red_flags if r.flag not in missing)),
        floor=None,
    )
    referral = hiptx.check_red_flags({*missing, RF.SUSPECTED_FRACTURE}, catalog=sparse)
    assert set(referral.flags) == {*missing, RF.SUSPECTED_FRACTURE}
    own = [r for r in referral.reasons if r.basis is hiptx.Basis.HIPTX_DEFAULT]
    assert [r.code for r in own] == [hiptx.ReasonCode.RED_FLAG] * 2
    assert hiptx.Pathway.URGENT_CLINICAL_ASSESSMENT in referral.pathways


# --- schedules ----------------------------------------------------------------------------


def test_the_session_days_reason_names_each_weekday() -> None:
    plan = _weak(ADDUCTION)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=7)
    days = [r.message for r in prog.reasons if r.code is hiptx.ReasonCode.SESSION_DAYS]
    assert any(
        m.startswith("Sessions on Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday:")
        for m in days
    )


def test_a_pattern_named_with_two_words_reads_as_words() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={hiptx.MovementPattern.INTERNAL_ROTATION: hiptx.Finding.WEAK})
    )
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    (reason,) = [r for r in prog.reasons if r.code is hiptx.ReasonCode.NOT_SCHEDULED]
    assert reason.message.startswith("Internal rotation is not scheduled: no progression chain")


def test_a_chain_planned_for_two_patterns_is_one_slot_and_later_chains_still_count() -> None:
    plan = _weak(ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    adduction, abduction = sorted(plan.items, key=lambda i: i.pattern is not ADDUCTION)
    # The same chain planned again for a second pattern, with one reason of its own.
    extra = hiptx.Reason(code=hiptx.ReasonCode.IMPAIRED_PATTERN, message="Also for squatting.")
    again = attrs.evolve(
        adduction, pattern=hiptx.MovementPattern.SQUAT, reasons=(*adduction.reasons, extra)
    )
    twice = attrs.evolve(plan, items=(adduction, again, abduction))
    prog = hiptx.build_programme(twice, start=MONDAY, weeks=1, sessions_per_week=1)
    first, second = prog.slots
    assert first.patterns == (ADDUCTION, hiptx.MovementPattern.SQUAT)
    assert first.reasons == (*adduction.reasons, extra)
    assert second.progression_id == abduction.progression_id
    assert second.reasons == abduction.reasons


def test_sessions_with_the_same_dose_share_one_prescription() -> None:
    # Memory: a programme of many weeks holds one prescription per slot and dose.
    prog = _adduction_programme()
    first_week = prog.sessions[:3]
    assert len({p.sets for s in first_week for p in s.prescriptions}) == 1
    assert first_week[0].prescriptions[0] is first_week[1].prescriptions[0]
    # The sets change only at an update, so every session shares the one.
    assert len({id(s.prescriptions[0]) for s in prog.sessions}) == 1


def test_a_paused_build_up_is_what_the_later_prescriptions_say() -> None:
    today = MONDAY + datetime.timedelta(days=7)
    painful = hiptx.SessionRecord(sets=3, reps=10, pain_during=5, pain_after_24h=2, date=today)
    update = hiptx.advance_programme(
        _adduction_programme(), {"side-lying-hip-adduction": [painful]}, today=today
    )
    (change,) = update.changes
    assert change.effective == today + datetime.timedelta(days=2)
    later = [p for s in update.programme.sessions if s.date > today for p in s.prescriptions]
    for prescription in later:
        build = prescription.reasons[0]
        assert build.code is hiptx.ReasonCode.BUILD_UP_PAUSED
        assert build.message.startswith("2 sets, held there:")


def test_every_slot_is_decided_when_an_earlier_one_changes() -> None:
    plan = _weak(ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=3, sessions_per_week=3)
    first, second = (s.exercise_id for s in prog.slots)
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY)
    sharp = attrs.evolve(done, sharp_pain=True)
    today = MONDAY + datetime.timedelta(days=7)
    # The first slot progresses; the second, logged with an overload at its first
    # level, stops. Both are decided and both change.
    update = hiptx.advance_programme(prog, {first: [done], second: [sharp]}, today=today)
    assert [d.exercise_id for d in update.decisions] == [first, second]
    assert [c.from_exercise_id for c in update.changes] == [first, second]
    assert [c.outcome for c in update.changes] == [hiptx.Outcome.PROGRESS, hiptx.Outcome.STOP]
    assert [c.to_exercise_id is None for c in update.changes] == [False, True]
    assert [s.progression_id for s in update.programme.slots] == [prog.slots[0].progression_id]


def test_advancing_uses_the_pain_ceiling_of_the_catalog_given() -> None:
    rules = hiptx.load_catalog().rules
    lenient = _catalog(
        rules=attrs.evolve(
            rules,
            pain_ceiling=attrs.evolve(rules.pain_ceiling, value=5),
            overrides=(
                hiptx.LocalOverride(
                    threshold=hiptx.SafetyThreshold.PAIN_CEILING,
                    value=5,
                    set_by="Test clinic",
                    reason="Made up for the test.",
                ),
            ),
        )
    )
    plan = _weak(ADDUCTION, catalog=lenient)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=3, sessions_per_week=3, catalog=lenient)
    four = hiptx.SessionRecord(sets=3, reps=10, pain_during=4, pain_after_24h=4, date=MONDAY)
    today = MONDAY + datetime.timedelta(days=7)
    update = hiptx.advance_programme(
        prog, {"side-lying-hip-adduction": [four]}, today=today, catalog=lenient
    )
    # 4/10 is within this catalog's 5/10 ceiling (the bundled 3/10 would stop it).
    assert [d.outcome for d in update.decisions] == [hiptx.Outcome.PROGRESS]


# --- plans ----------------------------------------------------------------------------------

MP = hiptx.MovementPattern


def test_a_plan_stopped_by_a_red_flag_keeps_what_was_not_assessed_and_the_catalogs_referral() -> (
    None
):
    clinic = _clinic_with_own_neurovascular_pathway()
    flags = {RF.SUSPECTED_INFECTION}
    assessment = hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK})
    plan = hiptx.plan_exercises(assessment, red_flags=flags, catalog=clinic)
    assert plan.items == ()
    assert plan.referral == hiptx.check_red_flags(flags, catalog=clinic)
    assert plan.not_assessed == assessment.not_assessed
    assert plan.not_assessed and ADDUCTION not in plan.not_assessed


def test_a_programme_keeps_what_the_plan_did_not_assess() -> None:
    assessment = hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK})
    plan = hiptx.plan_exercises(assessment)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    assert prog.not_assessed == assessment.not_assessed != ()


def test_withheld_and_uncovered_patterns_say_what_was_found_and_what_exists() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings={
                ADDUCTION: hiptx.Finding.PAINFUL,
                MP.INTERNAL_ROTATION: hiptx.Finding.PAINFUL,
                MP.EXTERNAL_ROTATION: hiptx.Finding.WEAK,
                MP.TRUNK_STABILITY: hiptx.Finding.WEAK,
            },
            pain_scores={ADDUCTION: 6, MP.INTERNAL_ROTATION: 6},
        )
    )
    withheld = {w.pattern: w for w in plan.withheld}
    assert withheld[ADDUCTION].finding is hiptx.Finding.PAINFUL
    assert withheld[ADDUCTION].progression_id == "hip-adductor-strengthening"
    assert withheld[MP.INTERNAL_ROTATION].progression_id is None  # no chain trains it
    assert withheld[MP.INTERNAL_ROTATION].reasons[0].message == (
        "The assessment found internal rotation painful."
    )
    uncovered = {u.pattern: u for u in plan.uncovered}
    # The standalone exercises that train the pattern outside any chain.
    assert uncovered[MP.EXTERNAL_ROTATION].standalone_exercise_ids == ("side-lying-clam",)
    assert set(uncovered[MP.TRUNK_STABILITY].standalone_exercise_ids) == {
        "chops-and-lifts",
        "front-plank",
        "pallof-press",
        "side-plank",
    }
    assert uncovered[MP.EXTERNAL_ROTATION].finding is hiptx.Finding.WEAK
    assert uncovered[MP.EXTERNAL_ROTATION].reasons[-1].message == (
        "No progression chain in the catalog trains this pattern; hiptx does not invent one."
    )


def test_a_pattern_trained_by_several_chains_names_the_others() -> None:
    cat = hiptx.load_catalog()
    chain = cat.progressions["hip-adductor-strengthening"]
    extra_exercises: list[hiptx.Exercise] = []
    extra_chains: list[hiptx.Progression] = []
    for n in (1, 2):
        copies = tuple(
            attrs.evolve(cat.exercises[e], id=f"clinic-{n}-{e}") for e in chain.exercise_ids
        )
        extra_exercises.extend(copies)
        extra_chains.append(
            attrs.evolve(chain, id=f"clinic-chain-{n}", exercise_ids=tuple(e.id for e in copies))
        )
    clinic = _catalog(
        exercises=(*cat.exercises.values(), *extra_exercises),
        progressions=(*cat.progressions.values(), *extra_chains),
    )
    plan = _weak(ADDUCTION, catalog=clinic)
    # Chains are taken in id order: the first is planned, the others named.
    (item,) = plan.items
    assert item.progression_id == "clinic-chain-1"
    others = [r.message for r in item.reasons if r.code is hiptx.ReasonCode.OTHER_CHAINS]
    assert others == ["Other chains also train it: clinic-chain-2, hip-adductor-strengthening."]
    # With one chain, no such reason.
    alone = _weak(ADDUCTION)
    assert hiptx.ReasonCode.OTHER_CHAINS not in [r.code for r in alone.items[0].reasons]


def test_an_unknown_id_is_reported_with_suggestions_only_when_there_are_some() -> None:
    cat = hiptx.load_catalog()
    arthroscopy = cat.treatments["hip-arthroscopy"]
    for ref, suffix in (
        ("arthroscopy-infectio", " (did you mean 'arthroscopy-infection' or "),
        ("zzzz", ""),
    ):
        broken = attrs.evolve(arthroscopy, risk_ids=(ref, *arthroscopy.risk_ids[1:]))
        treatments = tuple(broken if t is arthroscopy else t for t in cat.treatments.values())
        with pytest.raises(hiptx.CatalogDataError) as info:
            _catalog(treatments=treatments)
        (problem,) = info.value.details
        assert problem.message.startswith(f"unknown risk id {ref!r}{suffix}")
        if not suffix:
            assert problem.message == f"unknown risk id {ref!r}"
        assert (problem.value, problem.expected) == (repr(ref), "a risk id in the catalog")


# --- progression details ----------------------------------------------------------------------


def test_an_earlier_overload_is_named_by_its_signs_without_the_bookkeeping() -> None:
    earlier = session(pain_lasted_hours=3.0, sharp_pain=True)
    decision = hiptx.check_progression("side-lying-hip-adduction", [earlier, session()])
    (history,) = [r for r in decision.reasons if r.code is hiptx.ReasonCode.OVERLOAD_IN_HISTORY]
    # The earlier session's signs, not the note that the stricter rule applied.
    assert history.message.startswith(
        "An earlier session 1 of 2 showed overload (pain-lingered, sharp-pain): "
    )


def test_an_overload_outside_any_chain_stops_with_the_reason_why() -> None:
    decision = hiptx.check_progression(
        "front-plank", [session(reps=None, hold_seconds=30, sharp_pain=True)]
    )
    assert decision.outcome is hiptx.Outcome.STOP
    assert decision.reasons[-1].code is hiptx.ReasonCode.NOT_IN_CHAIN


def test_no_sessions_holds_the_same_exercise_and_says_so() -> None:
    decision = hiptx.check_progression("standing-banded-hip-adduction", [])
    assert decision.exercise_id == decision.next_exercise_id == "standing-banded-hip-adduction"
    (reason,) = decision.reasons
    assert reason.message == "No sessions were logged yet: start at this level."


def test_an_exercise_of_ones_own_with_an_open_dose_and_its_own_ceiling() -> None:
    # An app's own exercise, not in the catalog: no chain, the target is the low end
    # of an open sets range, and its own pain ceiling (5) applies.
    base = hiptx.load_catalog().exercises["side-lying-hip-adduction"]
    assert base.dose is not None
    dose = attrs.evolve(base.dose, sets=hiptx.IntRange(low=3, high=None), pain_ceiling=5)
    own = attrs.evolve(base, id="clinic-adduction", dose=dose)
    decision = hiptx.check_progression(own, [session(pain_during=4, pain_after_24h=4)])
    assert decision.outcome is hiptx.Outcome.PROGRESS
    assert decision.next_exercise_id == "clinic-adduction"
    target = next(r for r in decision.reasons if r.code is hiptx.ReasonCode.TARGET_DOSE_MET)
    assert target.message.startswith("The target of 3 sets of 8-10 reps was reached")
    assert target.citations == dose.citations
    assert decision.reasons[-1].code is hiptx.ReasonCode.NOT_IN_CHAIN


def test_the_pain_rules_read_well_without_their_optional_notes() -> None:
    rules = hiptx.load_catalog().rules
    bare = _catalog(
        rules=attrs.evolve(
            rules,
            pain_ceiling=attrs.evolve(rules.pain_ceiling, text=None),
            lingering_pain_hours=attrs.evolve(rules.lingering_pain_hours, text=None),
        )
    )
    not_settled = hiptx.classify_pain(session(pain_during=2, pain_after_24h=5), catalog=bare)
    assert not_settled.reasons[0].message == (
        "Pain was 5/10 the day after exercise, above the 3/10 ceiling and higher than during "
        f"it. {rules.pain_increased_over_a_day.text}"
    )
    lingered = hiptx.classify_pain(session(pain_lasted_hours=3.0), catalog=bare)
    assert lingered.reasons[0].message == ("Joint pain lasted 3 h after exercise, longer than 2 h.")


# --- the loader's reference checks --------------------------------------------------------------


def _cite_unknown_source(rules: dict[str, Any]) -> None:
    rules["pain_ceiling"]["citations"][0]["source_id"] = "no-such-source"


def test_rules_citing_an_unknown_source_are_reported(data_copy: pathlib.Path) -> None:
    edit(data_copy, "rules.json", _cite_unknown_source)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    assert [(p.file, p.path) for p in info.value.details] == [
        ("rules.json", "/pain_ceiling/citations/0/source_id")
    ]


def test_an_item_with_an_unknown_key_still_has_its_references_checked(
    data_copy: pathlib.Path,
) -> None:
    edit(
        data_copy,
        "treatments.json",
        lambda d: d["treatments"][0].update(extra=1, risk_ids=["no-such-risk"]),
    )
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    found = sorted((p.path, p.message) for p in info.value.details)
    assert [path for path, _ in found] == ["/treatments/0", "/treatments/0/risk_ids/0"]
    assert "extra" in found[0][1]
    assert found[1][1] == "unknown risk id 'no-such-risk'"


def test_the_target_reason_says_what_was_logged_in_its_unit() -> None:
    reps = hiptx.check_progression("side-lying-hip-adduction", [session(sets=3, reps=10)])
    met = next(r for r in reps.reasons if r.code is hiptx.ReasonCode.TARGET_DOSE_MET)
    assert met.message == "The target of 3 sets of 8-10 reps was reached (3 sets, weakest 10 reps)."
    holds = hiptx.check_progression("front-plank", [session(sets=2, reps=None, hold_seconds=25)])
    short = next(r for r in holds.reasons if r.code is hiptx.ReasonCode.TARGET_DOSE_NOT_MET)
    assert short.message == (
        "The target of 3 sets of 20-30 s holds is not reached yet (2 sets, weakest 25 s)."
    )


def test_every_session_of_an_exercise_without_a_dose_is_checked() -> None:
    with pytest.raises(hiptx.WrongTypeError) as info:
        hiptx.check_progression("calf-stretch", [session(), "3x10"])  # type: ignore[list-item]
    assert info.value.field == "sessions[1]"


def test_a_session_measured_the_wrong_way_carries_what_was_logged() -> None:
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.check_progression("front-plank", [session(reps=12)])
    assert (info.value.field, info.value.value) == ("sessions[0].reps", 12)


def test_a_valid_catalog_directory_loads_without_cattrs(data_copy: pathlib.Path) -> None:
    # The generated strict builders load a valid directory; cattrs is imported only
    # to word the problems of one that is not.
    import subprocess
    import sys

    probe = "import sys, hiptx; hiptx.load_catalog(sys.argv[1]); print('cattrs' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe, str(data_copy)], check=True, capture_output=True, text=True
    )
    assert out.stdout.strip() == "False"


def test_a_progression_stopped_by_a_red_flag_refers_by_the_catalog_given() -> None:
    clinic = _clinic_with_own_neurovascular_pathway()
    flags = {RF.SUSPECTED_INFECTION}
    decision = hiptx.check_progression(
        "side-lying-hip-adduction", [session()], red_flags=flags, catalog=clinic
    )
    assert (decision.outcome, decision.exercise_id, decision.next_exercise_id) == (
        hiptx.Outcome.STOP,
        "side-lying-hip-adduction",
        None,
    )
    assert decision.referral == hiptx.check_red_flags(flags, catalog=clinic)


def test_an_index_listing_the_wrong_files_names_the_files_expected(
    data_copy: pathlib.Path,
) -> None:
    edit(data_copy, "index.json", lambda d: d["files"].remove("risks.json"))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    from hiptx.catalog._documents import DOCUMENTS

    names = sorted(set(DOCUMENTS) - {"index.json"})
    assert "risks.json" in names
    (problem,) = info.value.details
    assert (problem.file, problem.path) == ("index.json", "/files")
    assert problem.expected == "exactly " + ", ".join(names)


def test_a_path_like_object_needs_both_joinpath_and_open() -> None:
    class OnlyJoins:
        def joinpath(self, name: str) -> object:
            return name

    class OnlyOpens:
        def open(self) -> None:
            return None

    for thing in (OnlyJoins(), OnlyOpens()):
        with pytest.raises(hiptx.WrongTypeError) as info:
            hiptx.load_catalog(thing)  # type: ignore[call-overload]
        assert info.value.field == "path"


def test_the_not_settled_reason_says_whether_pain_rose_or_stayed() -> None:
    rose = hiptx.classify_pain(session(pain_during=4, pain_after_24h=5))
    stayed = hiptx.classify_pain(session(pain_during=5, pain_after_24h=5))
    assert rose.reasons[0].message.startswith(
        "Pain was 5/10 the day after exercise, above the 3/10 ceiling and higher than during it."
    )
    assert stayed.reasons[0].message.startswith(
        "Pain was 5/10 the day after exercise, above the 3/10 ceiling, so it had not settled."
    )


def test_the_parser_takes_twenty_digits_and_refuses_twenty_one() -> None:
    from hiptx.catalog import _json

    twenty = "9" * 20
    document, problems = _json.parse_document("x.json", f'{{"x": {twenty}}}'.encode())
    assert (document, problems) == ({"x": int(twenty)}, [])
    _, refused = _json.parse_document("x.json", f'{{"x": {twenty}1}}'.encode())
    assert [p.path for p in refused] == ["/x"]


def test_a_file_that_is_not_utf8_is_a_problem_of_the_whole_file() -> None:
    from hiptx.catalog import _json

    document, (problem,) = _json.parse_document("x.json", b'{"x": "\xff"}')
    assert document is _json.UNREADABLE
    assert (problem.file, problem.path) == ("x.json", "")
    assert problem.message.startswith("is not UTF-8 text (byte 7:")


def test_rules_are_checked_for_references_beside_other_problems(data_copy: pathlib.Path) -> None:
    edit(data_copy, "rules.json", _cite_unknown_source)
    edit(data_copy, "risks.json", lambda d: d["risks"][0].update(extra=1))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    files = sorted({p.file for p in info.value.details})
    assert files == ["risks.json", "rules.json"]


def test_compare_recovery_reads_ids_sources_and_protocol_from_its_arguments() -> None:
    cat = hiptx.load_catalog()
    arthroscopy = cat.treatments["hip-arthroscopy"]
    own = attrs.evolve(arthroscopy, id="clinic-arthroscopy")
    # The clinic counts the arthroscopy page as its own opinion (made up).
    page = next(iter(arthroscopy.milestones[0].citations)).source_id
    sources = tuple(
        attrs.evolve(s, kind=hiptx.SourceKind.CLINIC_OPINION) if s.id == page else s
        for s in cat.sources.values()
    )
    clinic = _catalog(sources=sources, treatments=(*cat.treatments.values(), own))
    (estimate,) = hiptx.compare_recovery(
        ["clinic-arthroscopy"], weight_bearing=hiptx.WeightBearing.RESTRICTED, catalog=clinic
    ).estimates
    assert estimate.weight_bearing is hiptx.WeightBearing.RESTRICTED
    kinds = {k for m in estimate.milestones for r in m.reasons for k in r.evidence_kinds}
    assert hiptx.SourceKind.CLINIC_OPINION in kinds
    assert estimate == hiptx.estimate_recovery(
        own, weight_bearing=hiptx.WeightBearing.RESTRICTED, catalog=clinic
    )


def test_a_programme_stopped_by_a_red_flag_records_why() -> None:
    prog = _adduction_programme()
    update = hiptx.advance_programme(
        prog, {}, today=MONDAY, red_flags={hiptx.RedFlag.SUSPECTED_INFECTION}
    )
    (stop,) = update.reasons
    assert stop.code is hiptx.ReasonCode.NO_EXERCISE_ADVICE
    assert update.programme.reasons == (*prog.reasons, stop)
    assert update.programme.history == (*prog.history, *update.changes)
    assert [c.reasons for c in update.changes] == [(stop,)]
    assert update.programme.slots == ()


def _objects(levels: int) -> str:
    return '{"a": ' * (levels - 1) + "{}" + "}" * (levels - 1)


def test_the_walk_counts_object_nesting_and_goes_on_after_a_deep_branch() -> None:
    # A bad number makes the parser walk the whole document; the walk must count
    # nested objects as the fast check counts brackets, and report everything.
    from hiptx.catalog import _json

    limit = _json.MAX_DEPTH
    _, ok = _json.parse_document("x.json", f'{{"n": NaN, "a": {_objects(limit - 1)}}}'.encode())
    assert [p.path for p in ok] == ["/n"]
    deep = f'{{"a": {_objects(limit)}, "n": NaN}}'.encode()
    _, problems = _json.parse_document("x.json", deep)
    assert sorted(p.path for p in problems) == ["/a" * limit, "/n"]


def test_a_dose_open_at_the_top_builds_up_from_one_set_and_stays() -> None:
    # A clinic's dose of "1 or more sets" (made up): start at 1; with no top to the
    # range, the target is its low end, so no set is added.
    cat = hiptx.load_catalog()
    base = cat.exercises["side-lying-hip-adduction"]
    assert base.dose is not None
    open_dose = attrs.evolve(base.dose, sets=hiptx.IntRange(low=1, high=None))
    own = attrs.evolve(base, dose=open_dose)
    clinic = _catalog(
        exercises=tuple(own if e.id == base.id else e for e in cat.exercises.values())
    )
    plan = _weak(ADDUCTION, catalog=clinic)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=3, sessions_per_week=1, catalog=clinic)
    assert [p.sets for s in prog.sessions for p in s.prescriptions] == [1, 1, 1]
    target = prog.sessions[0].prescriptions[0].target
    assert target is not None and target.startswith("1 set")


def test_a_refused_item_without_a_string_id_leaves_its_references_dangling(
    data_copy: pathlib.Path,
) -> None:
    # The id of a refused item is not known, so references to what it may have been
    # are reported as dangling rather than guessed at.
    meant: list[str] = []

    def give_the_first_risk_a_number_for_id(document: dict[str, Any]) -> None:
        meant.append(document["risks"][0]["id"])
        document["risks"][0]["id"] = 3

    edit(data_copy, "risks.json", give_the_first_risk_a_number_for_id)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    messages = [(p.file, p.message) for p in info.value.details]
    assert ("risks.json", "expected a string, got integer 3") in messages
    assert any(
        file == "treatments.json" and message.startswith(f"unknown risk id {meant[0]!r}")
        for file, message in messages
    )


def test_the_settled_assessments_say_both_scores() -> None:
    above = hiptx.classify_pain(session(pain_during=5, pain_after_24h=2))
    assert above.reasons[0].message == (
        "Pain 5/10 during exercise was above the 3/10 ceiling; it had settled to 2/10 by the "
        "next day, and no sign of overload was logged. The Physio Network practical (after "
        "Jo Kemp) accepts pain during exercise and in the 24 hours after it up to this "
        "ceiling, and no higher."
    )
    within = hiptx.classify_pain(session(pain_during=2, pain_after_24h=1))
    assert within.reasons[0].message == (
        "Pain 2/10 during and 1/10 the next day is within the 3/10 ceiling."
    )


def test_text_that_is_not_json_is_a_problem_of_the_whole_file() -> None:
    from hiptx.catalog import _json

    document, (problem,) = _json.parse_document("x.json", b'{"x": ')
    assert document is _json.UNREADABLE
    assert problem.path == ""
    assert problem.message.startswith("not valid JSON (")


def test_a_file_of_exactly_the_size_limit_is_read_whole(data_copy: pathlib.Path) -> None:
    from hiptx.catalog._json import MAX_FILE_BYTES

    # Valid JSON, padded to the limit: read whole, so the only complaints are
    # about its content, never its size or its syntax.
    body = b'{"risks": []' + b" " * (MAX_FILE_BYTES - 13) + b"}"
    assert len(body) == MAX_FILE_BYTES
    (data_copy / "risks.json").write_bytes(body)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    risks = [p.message for p in info.value.details if p.file == "risks.json"]
    assert not any("limit" in m or "not valid JSON" in m for m in risks)


def test_a_file_that_cannot_be_opened_says_why_in_words(data_copy: pathlib.Path) -> None:
    (data_copy / "risks.json").unlink()
    (data_copy / "risks.json").symlink_to(data_copy / "risks.json")  # a loop
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    messages = [p.message for p in info.value.details if p.file == "risks.json"]
    assert messages == ["cannot be read (Too many levels of symbolic links)"]


@pytest.mark.parametrize(
    ("text", "got"), [(b"[]", "an array"), (b"null", "null"), (b"3", "int"), (b'"x"', "str")]
)
def test_a_file_that_is_not_an_object_says_what_it_is(
    data_copy: pathlib.Path, text: bytes, got: str
) -> None:
    (data_copy / "risks.json").write_bytes(text)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    (problem,) = [p for p in info.value.details if p.file == "risks.json"]
    assert (problem.path, problem.message, problem.expected) == (
        "",
        f"expected an object, got {got}",
        "an object",
    )


def test_a_valid_directory_never_reaches_the_strict_structuring(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptx import _convert

    def refuse() -> object:
        raise AssertionError("the strict path ran for valid data")

    monkeypatch.setattr(_convert, "converter", refuse)
    assert hiptx.load_catalog(data_copy) == hiptx.load_catalog()


# --- the catalog's reference checks ---------------------------------------------------------


def test_a_chain_whose_steps_all_dangle_is_not_also_said_to_train_nothing() -> None:
    cat = hiptx.load_catalog()
    chain = cat.progressions["hip-adductor-strengthening"]
    broken = attrs.evolve(chain, exercise_ids=("no-such-exercise",))
    with pytest.raises(hiptx.CatalogDataError) as info:
        _catalog(progressions=tuple(broken if c is chain else c for c in cat.progressions.values()))
    (problem,) = info.value.details
    assert problem.message.startswith("unknown exercise id 'no-such-exercise'")


def test_an_exercise_in_two_chains_and_a_repeated_id_carry_the_id_as_value() -> None:
    cat = hiptx.load_catalog()
    adductors = cat.progressions["hip-adductor-strengthening"]
    first = adductors.exercise_ids[0]
    twin = attrs.evolve(adductors, id="clinic-adductors", exercise_ids=(first,))
    with pytest.raises(hiptx.CatalogDataError) as info:
        _catalog(progressions=(*cat.progressions.values(), twin))
    (problem,) = info.value.details
    assert problem.message.startswith(f"exercise {first!r} is already in progression")
    assert problem.value == repr(first)
    risk = next(iter(cat.risks.values()))
    with pytest.raises(hiptx.CatalogDataError) as again:
        _catalog(risks=(*cat.risks.values(), risk))
    (repeated,) = again.value.details
    assert repeated.value == repr(risk.id)


def test_a_dangling_indication_is_reported() -> None:
    cat = hiptx.load_catalog()
    arthroscopy = cat.treatments["hip-arthroscopy"]
    broken = attrs.evolve(arthroscopy, indication_ids=("no-such-condition",))
    with pytest.raises(hiptx.CatalogDataError) as info:
        _catalog(
            treatments=tuple(broken if t is arthroscopy else t for t in cat.treatments.values())
        )
    (problem,) = info.value.details
    assert problem.message == "unknown condition id 'no-such-condition'"
    assert problem.path.endswith("/indication_ids/0")


def test_references_after_a_refused_item_are_still_checked(data_copy: pathlib.Path) -> None:
    # The first item of each file is refused (a wrong type); a later item's dangling
    # reference must still be reported.
    def change(name: str, key: str, later: Callable[[dict[str, Any]], object]) -> None:
        def refuse_first_and_change_last(document: dict[str, Any]) -> None:
            document[key][0]["name"] = 3
            later(document[key][-1])

        edit(data_copy, name, refuse_first_and_change_last)

    change("treatments.json", "treatments", lambda t: t.update(risk_ids=["no-such-risk"]))
    change("risks.json", "risks", lambda r: r["citations"][0].update(source_id="no-such-source"))
    change("progressions.json", "progressions", lambda c: c.update(exercise_ids=["no-such-ex"]))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    messages = [p.message for p in info.value.details]
    for ref in ("'no-such-risk'", "'no-such-source'", "'no-such-ex'"):
        assert any(ref in m for m in messages), ref


# --- a programme read back must hang together ------------------------------------------------


def _broken(change: Callable[[hiptx.Programme], hiptx.Programme]) -> hiptx.InvalidValueError:
    with pytest.raises(hiptx.InvalidValueError) as info:
        change(_adduction_programme())
    return info.value


def test_a_programme_with_weekdays_out_of_order_is_refused() -> None:
    error = _broken(lambda p: attrs.evolve(p, weekdays=(4, 2, 0)))
    assert (error.field, error.value, error.allowed) == (
        "weekdays",
        (4, 2, 0),
        "weekday numbers in ascending order",
    )


def test_a_programme_with_a_week_missing_or_misnumbered_is_refused() -> None:
    missing = _broken(lambda p: attrs.evolve(p, weeks=4))
    assert (missing.field, missing.value, missing.allowed) == ("schedule", 3, "4 weeks")

    def swap(p: hiptx.Programme) -> hiptx.Programme:
        first, second, third = p.schedule
        return attrs.evolve(p, schedule=(second, first, third))

    misnumbered = _broken(swap)
    assert (misnumbered.field, misnumbered.value, misnumbered.allowed) == (
        "schedule[0].number",
        2,
        "1",
    )


def test_a_session_a_week_late_is_refused() -> None:
    # Exactly seven days after a week-1 Monday is week 2's Monday, not week 1's.
    def late(p: hiptx.Programme) -> hiptx.Programme:
        week = p.schedule[0]
        moved = attrs.evolve(week.sessions[0], date=MONDAY + datetime.timedelta(days=7))
        first = attrs.evolve(week, sessions=(moved, *week.sessions[1:]))
        return attrs.evolve(p, schedule=(first, *p.schedule[1:]))

    error = _broken(late)
    assert error.field == "schedule[0].sessions[0].date"
    assert error.value == MONDAY + datetime.timedelta(days=7)


def test_a_prescription_with_both_reps_and_holds_is_refused() -> None:
    prescription = _adduction_programme().sessions[0].prescriptions[0]
    with pytest.raises(hiptx.InvalidValueError) as info:
        attrs.evolve(prescription, hold_seconds=hiptx.IntRange(low=20, high=30))
    assert (info.value.field, info.value.allowed) == ("reps", "exactly one of reps or hold_seconds")
    assert info.value.value == prescription.reps


def test_a_change_dated_with_a_time_of_day_is_refused() -> None:
    update = hiptx.advance_programme(
        _adduction_programme(), {}, today=MONDAY, red_flags={RF.SUSPECTED_INFECTION}
    )
    (change,) = update.changes
    with pytest.raises(hiptx.WrongTypeError) as info:
        attrs.evolve(
            change, effective=datetime.datetime(2025, 1, 8, 9, 0, tzinfo=datetime.timezone.utc)
        )
    assert info.value.field == "effective"


def test_weekdays_given_as_text_are_refused_with_the_text() -> None:
    plan = _weak(ADDUCTION)
    with pytest.raises(hiptx.WrongTypeError) as info:
        hiptx.build_programme(
            plan,
            start=MONDAY,
            weeks=1,
            sessions_per_week=2,
            weekdays="0,2",  # type: ignore[arg-type]
        )
    assert (info.value.field, info.value.value) == ("weekdays", "0,2")


def test_a_fused_hip_with_range_of_motion_is_refused_naming_the_value() -> None:
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.HipStatus(fused=True, range_of_motion_preserved=True)
    assert (info.value.field, info.value.value) == ("range_of_motion_preserved", True)


# --- the last edges of the input checks -------------------------------------------------


@pytest.mark.parametrize("score", [0, 10])
def test_assessment_pain_scores_at_either_end_of_the_scale_are_accepted(score: int) -> None:
    assessment = hiptx.Assessment(
        findings={ADDUCTION: hiptx.Finding.PAINFUL}, pain_scores={ADDUCTION: score}
    )
    assert assessment.pain_scores[ADDUCTION] == score


def test_a_pain_score_for_a_pattern_not_found_painful_carries_the_score() -> None:
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}, pain_scores={ADDUCTION: 4})
    assert (info.value.field, info.value.value) == ("/pain_scores/adduction", 4)


def test_a_slot_dated_with_a_time_of_day_is_refused_with_the_value() -> None:
    (slot,) = _adduction_programme().slots
    moment = datetime.datetime(2025, 1, 6, 9, 0, tzinfo=datetime.timezone.utc)
    with pytest.raises(hiptx.WrongTypeError) as info:
        attrs.evolve(slot, since=moment)
    assert (info.value.field, info.value.value, info.value.expected) == (
        "since",
        moment,
        "a datetime.date",
    )


def test_a_programme_past_the_calendar_names_its_start() -> None:
    plan = _weak(ADDUCTION)
    late = datetime.date(9999, 12, 1)
    with pytest.raises(hiptx.OutOfRangeError) as info:
        hiptx.build_programme(plan, start=late, weeks=52, sessions_per_week=1)
    assert (info.value.field, info.value.value) == ("start", late)


def test_text_weekdays_are_refused_saying_what_is_allowed() -> None:
    plan = _weak(ADDUCTION)
    with pytest.raises(hiptx.WrongTypeError) as info:
        hiptx.build_programme(
            plan,
            start=MONDAY,
            weeks=1,
            sessions_per_week=2,
            weekdays="0,2",  # type: ignore[arg-type]
        )
    assert info.value.expected == (
        "2 distinct weekday numbers from 0 (Monday) to 6 (Sunday), one per session a week"
    )


def test_nesting_too_deep_for_the_parser_is_a_problem_of_the_whole_file() -> None:
    from hiptx.catalog import _json

    document, (problem,) = _json.parse_document("x.json", _nested(100_000))
    assert document is _json.UNREADABLE
    assert (problem.file, problem.path) == ("x.json", "")
    assert problem.message == (
        f"not valid catalog JSON (nested more than {_json.MAX_DEPTH} levels deep)"
    )
