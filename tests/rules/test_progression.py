"""check_progression (rules/progression.py): progression, table-driven from the sources'
rules, the chain's ends, and no step into a level restricted after surgery.

The Physio Network practical (Kemp): 3 x 8-10 at <= 3/10 during and in the 24 hours
after to progress. Caring Medical (a clinic's opinion): more than 2 h of joint pain,
sharp pain, a hot or swollen joint = too much. "My Hip Exercise": do not progress if
pain stays up for more than a day.
"""

from __future__ import annotations

import attrs
import pytest

import hiptx
from hiptx.rules import progression
from tests.support.catalogs import clinic_with_own_neurovascular_pathway
from tests.support.programmes import (
    CHAIN,
    good,
    on,
)
from tests.support.sessions import session
from tests.support.surgery import surgery, weeks

OUT = hiptx.Outcome


def rec(**kw: object) -> hiptx.SessionRecord:
    return session(pain=2, **kw)


# --- red flags ----------------------------------------------------------------------------

RF = hiptx.RedFlag
GOOD = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
SHARP = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, sharp_pain=True)
END = hiptx.ChainEnd


# --- HZ-048: pain the next day above the baseline blocks progress --------------------

NEXT_DAY_VECTORS = [
    # (pain_before, during, next day, progresses, rationale)
    (None, 0, 3, False, "the issue's case: 0/10 during, 3/10 the next day"),
    (None, 2, 3, False, "up from during, still within the ceiling"),
    (None, 3, 3, True, "no higher than during"),
    (None, 3, 2, True, "lower the next day"),
    (1, 2, 2, False, "above the resting pain before the session"),
    (3, 1, 3, True, "back to the resting pain before the session"),
    (2, 3, 2, True, "at the resting pain before, below during"),
    (0, 0, 1, False, "any rise over the baseline"),
]

CAT = hiptx.load_catalog()
MP, F, HP, A = hiptx.MovementPattern, hiptx.Finding, hiptx.HipPosition, hiptx.Approach


class TestSessionRecord:
    @pytest.mark.parametrize(
        ("kw", "error", "field"),
        [
            ({"pain_during": 11}, hiptx.OutOfRangeError, "pain_during"),
            ({"pain_after_24h": -1}, hiptx.OutOfRangeError, "pain_after_24h"),
            ({"pain_during": 2.5}, hiptx.WrongTypeError, "pain_during"),
            ({"reps": -3}, hiptx.OutOfRangeError, "reps"),
            ({"sets": True}, hiptx.WrongTypeError, "sets"),
            ({"pain_lasted_hours": -0.5}, hiptx.OutOfRangeError, "pain_lasted_hours"),
            ({"pain_lasted_hours": float("nan")}, hiptx.OutOfRangeError, "pain_lasted_hours"),
            ({"sharp_pain": 1}, hiptx.WrongTypeError, "sharp_pain"),
            ({"hold_seconds": 20}, hiptx.InvalidValueError, "reps"),  # both measures given
            ({"reps": None}, hiptx.InvalidValueError, "reps"),  # neither given
        ],
    )
    def test_refuses_with_the_field_named(
        self, kw: dict[str, object], error: type[Exception], field: str
    ) -> None:
        with pytest.raises(error) as info:
            rec(**kw)
        assert info.value.field == field  # type: ignore[attr-defined]


class TestRule:
    """Seed 003: 3 x 8-10 at <= 3/10 to progress. Seed 004: > 2 h, sharp, hot or swollen = too much."""

    @pytest.mark.parametrize(
        ("session", "outcome", "next_id"),
        [
            (rec(), OUT.PROGRESS, "copenhagen-plank"),
            (rec(reps=8, pain_during=3, pain_after_24h=3), OUT.PROGRESS, "copenhagen-plank"),
            (rec(sets=2), OUT.HOLD, "standing-banded-hip-adduction"),
            (rec(reps=7), OUT.HOLD, "standing-banded-hip-adduction"),
            (rec(pain_during=4), OUT.HOLD, "standing-banded-hip-adduction"),
            # Pain still above the ceiling the next day did not settle: reduce load.
            (rec(pain_after_24h=5), OUT.REGRESS, "side-lying-hip-adduction-loaded"),
            (rec(pain_lasted_hours=2.0), OUT.PROGRESS, "copenhagen-plank"),
            (rec(pain_lasted_hours=2.5), OUT.REGRESS, "side-lying-hip-adduction-loaded"),
            (rec(sharp_pain=True), OUT.REGRESS, "side-lying-hip-adduction-loaded"),
            (rec(swelling=True), OUT.REGRESS, "side-lying-hip-adduction-loaded"),
            (rec(hot_joint=True), OUT.REGRESS, "side-lying-hip-adduction-loaded"),
        ],
    )
    def test_middle_of_the_adductor_chain(
        self, cat: hiptx.Catalog, session: hiptx.SessionRecord, outcome: hiptx.Outcome, next_id: str
    ) -> None:
        exercise = cat.exercises["standing-banded-hip-adduction"]
        decision = hiptx.check_progression(exercise, [session], catalog=cat)
        assert (decision.outcome, decision.next_exercise_id) == (outcome, next_id)

    def test_top_of_chain_progress_says_add_load(self, cat: hiptx.Catalog) -> None:
        d = hiptx.check_progression(cat.exercises["hip-hike"], [rec()], catalog=cat)
        # Keep the same exercise and make it harder: hiptx's own suggestion, uncited.
        assert d.outcome is OUT.PROGRESS and d.next_exercise_id == "hip-hike"
        assert d.reasons[-1].code is hiptx.ReasonCode.TOP_OF_CHAIN
        assert "external load" in d.reasons[-1].message
        assert d.reasons[-1].basis is hiptx.Basis.HIPTX_DEFAULT and d.reasons[-1].citations == ()

    def test_bottom_of_chain_overload_stops_for_review(self, cat: hiptx.Catalog) -> None:
        d = hiptx.check_progression(
            cat.exercises["side-lying-hip-adduction"], [rec(sharp_pain=True)], catalog=cat
        )
        assert d.outcome is OUT.STOP and d.next_exercise_id is None
        assert d.reasons[-1].code is hiptx.ReasonCode.BOTTOM_OF_CHAIN
        assert "clinician has reviewed" in d.reasons[-1].message
        assert d.reasons[-1].basis is hiptx.Basis.HIPTX_DEFAULT and d.reasons[-1].citations == ()

    def test_endurance_holds_use_seconds(self, cat: hiptx.Catalog) -> None:
        plank = cat.exercises["side-plank"]
        ok = hiptx.SessionRecord(sets=3, hold_seconds=20, pain_during=1, pain_after_24h=1)
        short = hiptx.SessionRecord(sets=3, hold_seconds=19, pain_during=1, pain_after_24h=1)
        assert hiptx.check_progression(plank, [ok]).outcome is OUT.PROGRESS
        assert hiptx.check_progression(plank, [short]).outcome is OUT.HOLD

    def test_the_wrong_measure_is_an_error_not_a_guess(self, cat: hiptx.Catalog) -> None:
        holds = hiptx.SessionRecord(sets=3, hold_seconds=30, pain_during=1, pain_after_24h=1)
        with pytest.raises(
            hiptx.InvalidValueError,
            match=r"/sessions/0/hold_seconds: 30 is not allowed; expected reps",
        ):
            hiptx.check_progression(cat.exercises["hip-hike"], [holds])

    def test_no_sessions_is_a_hold(self, cat: hiptx.Catalog) -> None:
        d = hiptx.check_progression(cat.exercises["copenhagen-plank"], [])
        assert d.outcome is OUT.HOLD
        assert [r.code for r in d.reasons] == [hiptx.ReasonCode.NO_SESSIONS]

    def test_an_exercise_without_a_dose_is_a_hold_with_a_reason(self, cat: hiptx.Catalog) -> None:
        stretch = next(e for e in cat.exercises.values() if e.dose is None)
        d = hiptx.check_progression(stretch, [rec()])
        codes = [r.code for r in d.reasons]
        assert d.outcome is OUT.HOLD and hiptx.ReasonCode.NO_DOSE in codes
        # Pain is still monitored: an overload with no dose is not a plain hold.
        hurt = hiptx.check_progression(stretch, [rec(hot_joint=True)])
        assert hurt.outcome is OUT.STOP

    def test_the_latest_session_decides_and_rising_pain_is_noted(self, cat: hiptx.Catalog) -> None:
        sessions = [
            rec(pain_during=0, pain_after_24h=0),
            rec(pain_during=1, pain_after_24h=1),
            rec(),
        ]
        d = hiptx.check_progression(cat.exercises["side-lying-hip-adduction"], sessions)
        assert d.outcome is OUT.PROGRESS
        assert hiptx.ReasonCode.PAIN_RISING in [r.code for r in d.reasons]
        steady = hiptx.check_progression(
            cat.exercises["side-lying-hip-adduction"], [rec(), rec(), rec()]
        )
        assert hiptx.ReasonCode.PAIN_RISING not in [r.code for r in steady.reasons]

    def test_reasons_cite_the_seed_rules(self, cat: hiptx.Catalog) -> None:
        d = hiptx.check_progression(
            cat.exercises["side-lying-hip-adduction"], [rec(pain_lasted_hours=3.0)]
        )
        lingering = next(r for r in d.reasons if r.code is hiptx.ReasonCode.PAIN_LINGERED)
        assert lingering.citations[0].source_id == "caring-medical-exercise-hip"

    def test_bad_arguments(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="exercise: expected an Exercise"):
            hiptx.check_progression(3, [rec()])  # type: ignore[arg-type]
        with pytest.raises(hiptx.UnknownIdError, match="copenhagen-plank"):
            hiptx.check_progression("copenhagen-plnk", [rec()])
        with pytest.raises(hiptx.WrongTypeError, match="sessions: expected a sequence"):
            hiptx.check_progression(cat.exercises["copenhagen-plank"], rec())  # type: ignore[arg-type]
        with pytest.raises(hiptx.WrongTypeError, match=r"/sessions/0"):
            hiptx.check_progression(cat.exercises["copenhagen-plank"], [{"sets": 3}])  # type: ignore[list-item]


class TestPainClassifier:
    @pytest.mark.parametrize(
        ("session", "response"),
        [
            (rec(pain_during=3, pain_after_24h=3), hiptx.PainResponse.ACCEPTABLE),
            (rec(pain_during=4), hiptx.PainResponse.ABOVE_CEILING),
            (rec(pain_during=6, pain_after_24h=3), hiptx.PainResponse.ABOVE_CEILING),
            # Severe pain during (at or above hiptx's own 7/10 default) reduces load.
            (rec(pain_during=9, pain_after_24h=3), hiptx.PainResponse.OVERLOAD),
            (rec(pain_during=9, pain_after_24h=9), hiptx.PainResponse.OVERLOAD),
            (rec(pain_during=2, pain_after_24h=4), hiptx.PainResponse.OVERLOAD),
            (rec(pain_during=0, pain_after_24h=0, sharp_pain=True), hiptx.PainResponse.OVERLOAD),
            (rec(pain_lasted_hours=2.01), hiptx.PainResponse.OVERLOAD),
        ],
    )
    def test_classify(
        self, cat: hiptx.Catalog, session: hiptx.SessionRecord, response: hiptx.PainResponse
    ) -> None:
        assert hiptx.classify_pain(session, rules=cat.rules).response is response

    def test_an_exercise_ceiling_overrides_the_default(self, cat: hiptx.Catalog) -> None:
        # A dose's own ceiling applies only when given explicitly.
        assert hiptx.classify_pain(
            rec(pain_during=2, pain_after_24h=1), rules=cat.rules, pain_ceiling=1
        ).response is (hiptx.PainResponse.ABOVE_CEILING)
        assert hiptx.classify_pain(
            rec(pain_during=2, pain_after_24h=1), rules=cat.rules
        ).response is (hiptx.PainResponse.ACCEPTABLE)

    @pytest.mark.parametrize(
        ("sign", "quoted"),
        [
            ({"hot_joint": True}, "hot or swollen"),
            ({"swelling": True}, "hot or swollen"),
            ({"sharp_pain": True}, "sharp joint pain"),
            ({"pain_lasted_hours": 3.0}, "longer than two hours"),
        ],
    )
    def test_each_overload_sign_quotes_the_sentence_behind_it(
        self, cat: hiptx.Catalog, sign: dict[str, object], quoted: str
    ) -> None:
        reason = hiptx.classify_pain(rec(**sign), rules=cat.rules).reasons[0]
        quotes = [c.quote or "" for c in reason.citations]
        assert any(quoted in q for q in quotes), quotes


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


def test_a_progression_stopped_by_a_red_flag_refers_by_the_catalog_given() -> None:
    clinic = clinic_with_own_neurovascular_pathway()
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


# --- rule inputs: a documented limit ----------------------------------------------------


def test_check_progression_reads_at_most_max_sessions() -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    limit = progression.MAX_SESSIONS
    decision = hiptx.check_progression("side-lying-hip-adduction", [session] * limit)
    assert decision.outcome is hiptx.Outcome.PROGRESS
    with pytest.raises(hiptx.OutOfRangeError) as info:
        hiptx.check_progression("side-lying-hip-adduction", [session] * (limit + 1))
    assert info.value.field == "sessions"
    assert f"at most {limit} sessions" in info.value.allowed


@pytest.mark.parametrize(
    ("exercise", "sessions", "outcome", "end"),
    [
        ("side-lying-hip-adduction", [SHARP], hiptx.Outcome.STOP, END.BOTTOM),
        ("side-lying-hip-adduction", [], hiptx.Outcome.HOLD, END.BOTTOM),
        ("side-lying-hip-adduction-loaded", [GOOD], hiptx.Outcome.PROGRESS, None),
        ("standing-banded-hip-adduction", [SHARP], hiptx.Outcome.REGRESS, None),
    ],
)
def test_chain_end_names_the_end_only_at_an_end(
    exercise: str, sessions: list[hiptx.SessionRecord], outcome: hiptx.Outcome, end: object
) -> None:
    decision = hiptx.check_progression(exercise, sessions)
    assert (decision.outcome, decision.chain_end) == (outcome, end)


def test_at_the_top_a_progress_keeps_the_exercise_and_says_top() -> None:
    # Its first form is isometric, 3 sets of 20-30 s holds: 3 x 30 s meets it.
    held = attrs.evolve(GOOD, reps=None, hold_seconds=30)
    decision = hiptx.check_progression("copenhagen-plank", [held])
    assert decision.outcome is hiptx.Outcome.PROGRESS
    assert decision.next_exercise_id == "copenhagen-plank"
    assert decision.chain_end is END.TOP
    assert str(decision.chain_end) == "top"


def test_a_red_flag_stop_is_at_no_end() -> None:
    decision = hiptx.check_progression(
        "side-lying-hip-adduction", [], red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE}
    )
    assert decision.outcome is hiptx.Outcome.STOP
    assert decision.chain_end is None


@pytest.mark.parametrize(("before", "during", "after", "progresses", "why"), NEXT_DAY_VECTORS)
def test_next_day_pain_above_the_baseline_holds(
    before: int | None, during: int, after: int, progresses: bool, why: str
) -> None:
    session = hiptx.SessionRecord(
        sets=3, reps=10, pain_during=during, pain_after_24h=after, pain_before=before
    )
    d = hiptx.check_progression("standing-banded-hip-adduction", [session])
    assert (d.outcome is hiptx.Outcome.PROGRESS) is progresses, why
    increased = [r for r in d.reasons if r.code is hiptx.ReasonCode.PAIN_INCREASED_NEXT_DAY]
    assert bool(increased) is not progresses, why
    for reason in increased:
        assert {c.source_id for c in reason.citations} == {"my-hip-exercise-melbourne"}
        assert "My Hip Exercise" in reason.message


# --- HZ-049: every HOLD after pain says whose advice it is -----------------------------


@pytest.mark.parametrize("during", [4, 5, 6])
def test_a_hold_after_pain_above_the_ceiling_says_whose_advice_each_reason_is(
    during: int,
) -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=during, pain_after_24h=1)
    d = hiptx.check_progression("standing-banded-hip-adduction", [session])
    assert d.outcome is hiptx.Outcome.HOLD
    why = [
        r
        for r in d.reasons
        if r.code in {hiptx.ReasonCode.PAIN_ABOVE_CEILING, hiptx.ReasonCode.NEXT_STEP}
    ]
    assert len(why) == 2
    for reason in why:
        # Cited reasons name their source in the sentence; the rest are hiptx's own.
        if reason.basis is hiptx.Basis.HIPTX_DEFAULT:
            assert "hiptx's own" in reason.message
        else:
            assert reason.basis is hiptx.Basis.SOURCES, reason
            assert any(name in reason.message for name in ("Physio Network", "My Hip Exercise")), (
                reason.message
            )


# --- HZ-057: sessions are read in date order -------------------------------------------


def test_check_progression_reads_dated_sessions_in_date_order() -> None:
    sharp = attrs.evolve(good(3, on(1, 4)), sharp_pain=True)
    d = hiptx.check_progression(CHAIN[1], [sharp, good(3, on(1, 0)), good(3, on(1, 2))])
    # The sharp session is the latest: a step back, not a hold after an earlier one.
    assert d.outcome is hiptx.Outcome.REGRESS
    assert d.reasons[-1].code is hiptx.ReasonCode.SESSIONS_SORTED
    in_order = hiptx.check_progression(CHAIN[1], [good(3, on(1, 0)), good(3, on(1, 2)), sharp])
    assert in_order.outcome is hiptx.Outcome.REGRESS
    assert hiptx.ReasonCode.SESSIONS_SORTED not in {r.code for r in in_order.reasons}


# --- HZ-058: steps the sources reserve for athletes ----------------------------------


def test_the_athletes_step_is_offered_only_to_an_athlete() -> None:
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    usual = hiptx.check_progression("standing-hip-flexion", [done])
    assert (usual.outcome, usual.next_exercise_id) == (
        hiptx.Outcome.PROGRESS,
        "standing-hip-flexion",
    )
    (top,) = [r for r in usual.reasons if r.code is hiptx.ReasonCode.TOP_OF_CHAIN]
    assert "for athletes" in top.message
    assert any("For athletes" in (c.quote or "") for c in top.citations)
    athlete = hiptx.check_progression("standing-hip-flexion", [done], athlete=True)
    assert athlete.next_exercise_id == "plank-with-hip-extension"
    with pytest.raises(hiptx.WrongTypeError, match="athlete"):
        hiptx.check_progression("standing-hip-flexion", [done], athlete="yes")  # type: ignore[arg-type]


# --- HZ-059: severe pain during a session reduces the load -------------------------------


@pytest.mark.parametrize(("during", "outcome"), [(6, "hold"), (7, "regress"), (10, "regress")])
def test_severe_pain_during_reduces_the_load(during: int, outcome: str) -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=during, pain_after_24h=1)
    d = hiptx.check_progression("standing-banded-hip-adduction", [session])
    assert str(d.outcome) == outcome
    severe = [r for r in d.reasons if r.code is hiptx.ReasonCode.SEVERE_PAIN]
    assert bool(severe) is (outcome == "regress")
    for reason in severe:
        assert reason.basis is hiptx.Basis.HIPTX_DEFAULT
        assert "hiptx's own default" in reason.message


@pytest.mark.parametrize(
    ("exercise_id", "quote"),
    [
        ("copenhagen-plank", "initially using isometrics with a shorter lever arm"),
        ("plank-with-hip-extension", "high load isometric"),
    ],
)
def test_the_isometric_planks_are_dosed_in_holds_with_the_quote(
    exercise_id: str, quote: str
) -> None:
    dose = hiptx.load_catalog().exercises[exercise_id].dose
    assert dose is not None
    assert (dose.reps, dose.hold_seconds) == (None, hiptx.IntRange(20, 30))
    assert any(quote in (c.quote or "") for c in dose.citations)
    held = hiptx.SessionRecord(sets=3, hold_seconds=30, pain_during=1, pain_after_24h=1)
    assert hiptx.check_progression(exercise_id, [held]).outcome is hiptx.Outcome.PROGRESS


# --- after surgery: no step into a restricted level ----------------------------------------


def test_no_progression_into_a_restricted_level() -> None:
    # side-lying adduction -> loaded: both reach past the midline; the first level
    # itself is restricted after a posterior THR, so the rule stops it.
    op = surgery(approach=A.POSTERIOR)
    decision = hiptx.check_progression(
        "side-lying-hip-adduction", [GOOD], surgery=op, today=weeks(2), catalog=CAT
    )
    assert decision.outcome is hiptx.Outcome.STOP
    assert decision.next_exercise_id is None


def test_an_apps_own_exercise_is_judged_after_surgery_by_what_it_asks_of_the_hip() -> None:
    # An exercise the app built (its own id, no deep positions) is not looked up
    # in the catalog: the catalog's restricted namesake must not decide for it.
    own = attrs.evolve(
        CAT.exercises["side-lying-hip-adduction"], id="my-own-raise", hip_positions=()
    )
    op = surgery(approach=A.POSTERIOR)
    decision = hiptx.check_progression(own, [GOOD], surgery=op, today=weeks(2), catalog=CAT)
    assert decision.exercise_id == "my-own-raise"
    assert decision.outcome is not hiptx.Outcome.STOP


def test_today_must_be_a_date_with_or_without_a_surgery() -> None:
    for op in (None, surgery()):
        with pytest.raises(hiptx.WrongTypeError, match="today"):
            hiptx.check_progression(
                "side-lying-hip-adduction",
                [GOOD],
                surgery=op,
                today="nonsense",  # type: ignore[arg-type]
                catalog=CAT,
            )


def test_progress_becomes_hold_when_the_next_level_bears_weight() -> None:
    chain = next(
        p
        for p in CAT.progressions.values()
        if len(p.exercise_ids) > 1
        and not any(CAT.exercises[e].weight_bearing for e in p.exercise_ids[:1])
        and CAT.exercises[p.exercise_ids[1]].weight_bearing
    )
    first = CAT.exercises[chain.exercise_ids[0]]
    assert first.dose is not None
    ok = hiptx.SessionRecord(
        sets=first.dose.sets.high or first.dose.sets.low,
        reps=(first.dose.reps.high or first.dose.reps.low) if first.dose.reps else None,
        hold_seconds=(first.dose.hold_seconds.high or first.dose.hold_seconds.low)
        if first.dose.hold_seconds
        else None,
        pain_during=0,
        pain_after_24h=0,
    )
    plain = hiptx.check_progression(first, [ok], catalog=CAT)
    assert plain.outcome is hiptx.Outcome.PROGRESS
    op = surgery("hip-arthroscopy", weight_bearing_until=weeks(6))
    held = hiptx.check_progression(first, [ok], surgery=op, today=weeks(3), catalog=CAT)
    assert held.outcome is hiptx.Outcome.HOLD
    assert held.next_exercise_id == first.id
    later = hiptx.check_progression(first, [ok], surgery=op, today=weeks(6), catalog=CAT)
    assert later.outcome is hiptx.Outcome.PROGRESS


def test_regress_into_a_restricted_level_stops() -> None:
    # standing adduction regresses to loaded side-lying adduction; under a surgeon's
    # adduction precaution the lower level is restricted too, and the current one.
    op = surgery(approach=A.ANTERIOR, weight_bearing_until=weeks(4))
    sharp = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=1, sharp_pain=True)
    decision = hiptx.check_progression(
        "standing-banded-hip-adduction", [sharp], surgery=op, today=weeks(2), catalog=CAT
    )
    assert decision.outcome is hiptx.Outcome.STOP  # the current level bears weight
    op = surgery(
        approach=A.ANTERIOR, precautions=(HP.ADDUCTION_PAST_MIDLINE,), precautions_until=weeks(6)
    )
    decision = hiptx.check_progression(
        "standing-banded-hip-adduction", [sharp], surgery=op, today=weeks(7), catalog=CAT
    )
    assert decision.outcome is hiptx.Outcome.REGRESS  # after the window, as without surgery


def test_regress_into_a_restricted_lower_level_stops() -> None:
    # Standing hip flexion regresses to supine hip flexion, which a flexion
    # precaution restricts while standing flexion (to 90 degrees) is allowed.
    op = surgery(approach=A.ANTERIOR, precautions=(HP.FLEXION_BEYOND_90,))
    sharp = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=1, sharp_pain=True)
    plain = hiptx.check_progression("standing-hip-flexion", [sharp], catalog=CAT)
    assert plain.outcome is hiptx.Outcome.REGRESS
    assert plain.next_exercise_id == "supine-hip-flexion"
    decision = hiptx.check_progression(
        "standing-hip-flexion", [sharp], surgery=op, today=weeks(2), catalog=CAT
    )
    assert decision.outcome is hiptx.Outcome.STOP
    assert decision.next_exercise_id is None
    assert decision.reasons[-1].code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY


def test_progression_uses_the_latest_session_date_by_default() -> None:
    op = surgery(approach=A.POSTERIOR)
    dated = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=weeks(13))
    decision = hiptx.check_progression("side-lying-hip-adduction", [dated], surgery=op, catalog=CAT)
    assert decision.outcome is not hiptx.Outcome.STOP


def test_red_flag_decision_is_left_as_it_is() -> None:
    op = surgery(approach=A.POSTERIOR)
    decision = hiptx.check_progression(
        "pelvic-bridge", [GOOD], surgery=op, red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE}
    )
    assert decision.outcome is hiptx.Outcome.STOP and decision.referral is not None
