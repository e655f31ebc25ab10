"""Pain monitoring and progression, table-driven from the sources' rules.

The Physio Network practical (Kemp): 3 x 8-10 at <= 3/10 during and in the 24 hours
after to progress. Caring Medical (a clinic's opinion): more than 2 h of joint pain,
sharp pain, a hot or swollen joint = too much. "My Hip Exercise": do not progress if
pain stays up for more than a day.
"""

from __future__ import annotations

import pytest

import hiptx
from tests.support.sessions import session

OUT = hiptx.Outcome


def rec(**kw: object) -> hiptx.SessionRecord:
    return session(pain=2, **kw)


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
