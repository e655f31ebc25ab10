# mypy: disable-error-code="arg-type,list-item,dict-item,attr-defined"
# The rows call the rules with wrong types on purpose.
"""The argument contract of the rules: a wrong argument names itself and what it takes.

Issue 11 asks that every public function refuse a bad argument with a hiptx error
naming the field and the allowed values. Each row pins one refusal: the error type,
the field (as an attribute a program reads) and the allowed values (as people read
them), so a renamed field or a garbled description is caught.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

import hiptx
from hiptx.rules._calendar import add_span_bound
from hiptx.rules._programme_limits import MAX_WEEKS
from tests.support.sessions import session

MP = hiptx.MovementPattern
JAN_5 = datetime.date(2026, 1, 5)


def plan() -> hiptx.ExercisePlan:
    return hiptx.plan_exercises(hiptx.Assessment(findings={MP.ADDUCTION: hiptx.Finding.WEAK}))


def programme() -> hiptx.Programme:
    return hiptx.build_programme(plan(), start=JAN_5, weeks=1, sessions_per_week=1)


CASES: list[tuple[str, Callable[[], object], type[Exception], str, str]] = [
    # Each row: an id, the call, the error, the field it names, what it allows.
    (
        "pain-session",
        lambda: hiptx.classify_pain("s"),
        hiptx.WrongTypeError,
        "session",
        "a SessionRecord",
    ),
    (
        "pain-rules",
        lambda: hiptx.classify_pain(session(), rules=3),
        hiptx.WrongTypeError,
        "rules",
        "a RuleSet (catalog.rules)",
    ),
    (
        "pain-ceiling-type",
        lambda: hiptx.classify_pain(session(), pain_ceiling=2.5),
        hiptx.WrongTypeError,
        "pain_ceiling",
        "an integer from 0 to 10 or None",
    ),
    (
        "pain-ceiling-high",
        lambda: hiptx.classify_pain(session(), pain_ceiling=11),
        hiptx.OutOfRangeError,
        "pain_ceiling",
        "an integer from 0 to 10",
    ),
    (
        "pain-ceiling-low",
        lambda: hiptx.classify_pain(session(), pain_ceiling=-1),
        hiptx.OutOfRangeError,
        "pain_ceiling",
        "an integer from 0 to 10",
    ),
    (
        "progress-sessions",
        lambda: hiptx.check_progression("copenhagen-plank", "x"),
        hiptx.WrongTypeError,
        "sessions",
        "a sequence of SessionRecord, oldest first",
    ),
    (
        "progress-session-item",
        lambda: hiptx.check_progression("hip-hike", [session(), 1]),
        hiptx.WrongTypeError,
        "sessions[1]",
        "a SessionRecord",
    ),
    (
        "progress-flags",
        lambda: hiptx.check_progression("copenhagen-plank", [], red_flags="trauma"),
        hiptx.WrongTypeError,
        "red_flags",
        "a set of RedFlag",
    ),
    (
        "progress-flag-item",
        lambda: hiptx.check_progression("copenhagen-plank", [], red_flags={"trauma"}),
        hiptx.WrongTypeError,
        "red_flags item",
        "a RedFlag",
    ),
    (
        "red-flags-set",
        lambda: hiptx.check_red_flags(3),
        hiptx.WrongTypeError,
        "red_flags",
        "a set of RedFlag",
    ),
    (
        "screen-status",
        lambda: hiptx.screen_conservative_care("hip"),
        hiptx.WrongTypeError,
        "status",
        "a HipStatus",
    ),
    (
        "plan-assessment",
        lambda: hiptx.plan_exercises({}),
        hiptx.WrongTypeError,
        "assessment",
        "an Assessment",
    ),
    (
        "assessment-findings",
        lambda: hiptx.Assessment(findings=[]),
        hiptx.WrongTypeError,
        "findings",
        "a mapping of MovementPattern to Finding",
    ),
    (
        "assessment-key",
        lambda: hiptx.Assessment(findings={"flexion": hiptx.Finding.WEAK}),
        hiptx.WrongTypeError,
        "findings key",
        "a MovementPattern",
    ),
    (
        "assessment-finding",
        lambda: hiptx.Assessment(findings={MP.FLEXION: "weak"}),
        hiptx.WrongTypeError,
        "findings[FLEXION]",
        "a Finding",
    ),
    (
        "assessment-scores",
        lambda: hiptx.Assessment(findings={}, pain_scores=[]),
        hiptx.WrongTypeError,
        "pain_scores",
        "a mapping of MovementPattern to 0-10",
    ),
    (
        "assessment-score-type",
        lambda: hiptx.Assessment(
            findings={MP.FLEXION: hiptx.Finding.PAINFUL}, pain_scores={MP.FLEXION: 2.0}
        ),
        hiptx.WrongTypeError,
        "/pain_scores/flexion",
        "an integer from 0 to 10",
    ),
    (
        "assessment-score-range",
        lambda: hiptx.Assessment(
            findings={MP.FLEXION: hiptx.Finding.PAINFUL}, pain_scores={MP.FLEXION: 11}
        ),
        hiptx.OutOfRangeError,
        "/pain_scores/flexion",
        "an integer from 0 to 10",
    ),
    (
        "assessment-score-key",
        lambda: hiptx.Assessment(findings={}, pain_scores={"flexion": 2}),
        hiptx.WrongTypeError,
        "pain_scores key",
        "a MovementPattern",
    ),
    (
        "coverage-programme",
        lambda: hiptx.coverage(3),
        hiptx.WrongTypeError,
        "programme",
        "a Treatment or an iterable of exercises",
    ),
    (
        "coverage-item",
        lambda: hiptx.coverage([3]),
        hiptx.WrongTypeError,
        "programme[0]",
        "an Exercise or its id",
    ),
    (
        "activity-minutes",
        lambda: hiptx.meets_activity_guideline(aerobic_minutes="90", strength_sessions=2),
        hiptx.WrongTypeError,
        "aerobic_minutes",
        "a number of minutes",
    ),
    (
        "activity-minutes-range",
        lambda: hiptx.meets_activity_guideline(aerobic_minutes=10_081, strength_sessions=2),
        hiptx.OutOfRangeError,
        "aerobic_minutes",
        "a number of minutes from 0 to 10080",
    ),
    (
        "activity-sessions",
        lambda: hiptx.meets_activity_guideline(aerobic_minutes=90, strength_sessions=2.0),
        hiptx.WrongTypeError,
        "strength_sessions",
        "a whole number of sessions",
    ),
    (
        "activity-sessions-range",
        lambda: hiptx.meets_activity_guideline(aerobic_minutes=90, strength_sessions=169),
        hiptx.OutOfRangeError,
        "strength_sessions",
        "a whole number from 0 to 168",
    ),
    (
        "dates-start",
        lambda: hiptx.estimate_recovery("personalised-hip-therapy").dates("2026-01-05"),
        hiptx.WrongTypeError,
        "start",
        "a datetime.date",
    ),
    (
        "span-start",
        lambda: add_span_bound("2026-01-05", 1, hiptx.TimeUnit.WEEK),
        hiptx.WrongTypeError,
        "start",
        "a datetime.date",
    ),
    (
        "span-amount",
        lambda: add_span_bound(JAN_5, 1.0, hiptx.TimeUnit.WEEK),
        hiptx.WrongTypeError,
        "amount",
        "an integer",
    ),
    (
        "span-amount-negative",
        lambda: add_span_bound(JAN_5, -1, hiptx.TimeUnit.WEEK),
        hiptx.OutOfRangeError,
        "amount",
        "an integer >= 0",
    ),
    (
        "span-unit",
        lambda: add_span_bound(JAN_5, 1, "week"),
        hiptx.WrongTypeError,
        "unit",
        "a TimeUnit",
    ),
    (
        "compare-nothing",
        lambda: hiptx.compare_recovery([]),
        hiptx.InvalidValueError,
        "treatments",
        "at least one Treatment",
    ),
    (
        "recovery-job",
        lambda: hiptx.estimate_recovery("hip-arthroscopy", job="manual"),
        hiptx.WrongTypeError,
        "job",
        "a JobDemand or None",
    ),
    (
        "recovery-protocol",
        lambda: hiptx.estimate_recovery("hip-arthroscopy", weight_bearing="standard"),
        hiptx.WrongTypeError,
        "weight_bearing",
        "a WeightBearing",
    ),
    (
        "milestone-kind",
        lambda: hiptx.estimate_recovery("hip-arthroscopy").milestone("return_to_work"),
        hiptx.WrongTypeError,
        "kind",
        "a MilestoneKind",
    ),
    (
        "build-plan",
        lambda: hiptx.build_programme("plan", start=JAN_5, weeks=1, sessions_per_week=1),
        hiptx.WrongTypeError,
        "plan",
        "an ExercisePlan (from plan_exercises)",
    ),
    (
        "build-start",
        lambda: hiptx.build_programme(plan(), start="2026-01-05", weeks=1, sessions_per_week=1),
        hiptx.WrongTypeError,
        "start",
        "a datetime.date",
    ),
    (
        "build-weeks-type",
        lambda: hiptx.build_programme(plan(), start=JAN_5, weeks=1.0, sessions_per_week=1),
        hiptx.WrongTypeError,
        "weeks",
        f"an integer from 1 to {MAX_WEEKS} (weeks)",
    ),
    (
        "build-per-week-type",
        lambda: hiptx.build_programme(plan(), start=JAN_5, weeks=1, sessions_per_week="2"),
        hiptx.WrongTypeError,
        "sessions_per_week",
        "an integer from 1 to 7 (a week)",
    ),
    (
        "build-per-week-range",
        lambda: hiptx.build_programme(plan(), start=JAN_5, weeks=1, sessions_per_week=8),
        hiptx.OutOfRangeError,
        "sessions_per_week",
        "an integer from 1 to 7 (a week)",
    ),
    (
        "build-weekday-type",
        lambda: hiptx.build_programme(
            plan(), start=JAN_5, weeks=1, sessions_per_week=1, weekdays=["monday"]
        ),
        hiptx.WrongTypeError,
        "weekdays[0]",
        "an integer from 0 (Monday) to 6 (Sunday)",
    ),
    (
        "build-weekday-range",
        lambda: hiptx.build_programme(
            plan(), start=JAN_5, weeks=1, sessions_per_week=1, weekdays=[7]
        ),
        hiptx.OutOfRangeError,
        "weekdays[0]",
        "an integer from 0 (Monday) to 6 (Sunday)",
    ),
    (
        "build-weekdays-count",
        lambda: hiptx.build_programme(
            plan(), start=JAN_5, weeks=1, sessions_per_week=2, weekdays=[0]
        ),
        hiptx.InvalidValueError,
        "weekdays",
        "2 distinct weekday numbers from 0 (Monday) to 6 (Sunday), one per session a week",
    ),
    (
        "advance-programme",
        lambda: hiptx.advance_programme("programme", {}, today=JAN_5),
        hiptx.WrongTypeError,
        "programme",
        "a Programme (from build_programme)",
    ),
    (
        "advance-today",
        lambda: hiptx.advance_programme(programme(), {}, today="2026-01-05"),
        hiptx.WrongTypeError,
        "today",
        "a datetime.date",
    ),
    (
        "advance-log-key",
        lambda: hiptx.advance_programme(programme(), {1: []}, today=JAN_5),
        hiptx.WrongTypeError,
        "log key",
        "an exercise id",
    ),
    (
        "advance-log-not-current",
        lambda: hiptx.advance_programme(programme(), {"copenhagen-plank": []}, today=JAN_5),
        hiptx.InvalidValueError,
        "log",
        (
            "ids of the programme's current exercises: side-lying-hip-adduction "
            "(or of exercises it used before)"
        ),
    ),
    (
        "advance-log-sessions",
        lambda: hiptx.advance_programme(
            programme(), {"side-lying-hip-adduction": "3x10"}, today=JAN_5
        ),
        hiptx.WrongTypeError,
        "log['side-lying-hip-adduction']",
        "a sequence of dated SessionRecords",
    ),
    (
        "advance-log-session",
        lambda: hiptx.advance_programme(
            programme(), {"side-lying-hip-adduction": [(3, 10)]}, today=JAN_5
        ),
        hiptx.WrongTypeError,
        "log['side-lying-hip-adduction'][0]",
        "a SessionRecord",
    ),
    (
        "session-date",
        lambda: session(date="2026-11-03"),
        hiptx.WrongTypeError,
        "date",
        "a datetime.date or None",
    ),
]


@pytest.mark.parametrize(
    ("call", "error", "field", "allowed"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_bad_argument_names_itself_and_what_it_takes(
    call: Callable[[], object], error: type[Exception], field: str, allowed: str
) -> None:
    with pytest.raises(error) as info:
        call()
    assert info.value.field == field
    described = getattr(info.value, "allowed", None) or getattr(info.value, "expected", None)
    assert described == allowed
    # The error carries the value refused (every row refuses a value other than None).
    assert info.value.value is not None
    # The message starts with where: a lone argument name bare, a path inside an
    # argument as a JSON Pointer (``/sessions/1``), as ``path`` gives it.
    shown = field if info.value.path == f"/{field}" else info.value.path
    assert info.value.path == hiptx.json_pointer(field)
    assert str(info.value).startswith(f"{shown}: ")


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        # Zero is a length: the same day.
        (datetime.date(2026, 1, 5), 0, hiptx.TimeUnit.WEEK, datetime.date(2026, 1, 5)),
        # A year is twelve calendar months.
        (datetime.date(2026, 1, 5), 1, hiptx.TimeUnit.YEAR, datetime.date(2027, 1, 5)),
        # The calendar's last year is still in it.
        (datetime.date(9998, 6, 1), 1, hiptx.TimeUnit.YEAR, datetime.date(9999, 6, 1)),
    ],
)
def test_span_arithmetic_at_its_edges(
    start: datetime.date, amount: int, unit: hiptx.TimeUnit, expected: datetime.date
) -> None:
    assert add_span_bound(start, amount, unit) == expected


@pytest.mark.parametrize("ceiling", [0, 10])
def test_a_dose_ceiling_at_either_end_of_the_scale_is_accepted(ceiling: int) -> None:
    # 0 and 10 are on the 0-10 scale: refused only outside it.
    response = hiptx.classify_pain(session(pain_during=0, pain_after_24h=0), pain_ceiling=ceiling)
    assert response.response is hiptx.PainResponse.ACCEPTABLE


def test_pain_exactly_at_the_ceiling_with_lingering_pain_says_the_rules_disagree() -> None:
    # 3/10 is within the 24-hour rule's ceiling, so the stricter 2-hour rule is the
    # one that counted: the reason must say so.
    codes = [
        r.code
        for r in hiptx.classify_pain(
            session(pain_during=3, pain_after_24h=3, pain_lasted_hours=5)
        ).reasons
    ]
    assert hiptx.ReasonCode.SAFER_RULE_APPLIED in codes
    above = [
        r.code
        for r in hiptx.classify_pain(
            session(pain_during=4, pain_after_24h=3, pain_lasted_hours=5)
        ).reasons
    ]
    assert hiptx.ReasonCode.SAFER_RULE_APPLIED not in above


@pytest.mark.parametrize(
    ("hot", "swollen", "said"),
    [
        (True, False, "The joint was hot after"),
        (False, True, "The joint was swollen after"),
        (True, True, "The joint was hot and swollen after"),
    ],
)
def test_the_overload_reason_says_only_what_was_logged(hot: bool, swollen: bool, said: str) -> None:
    reason = hiptx.classify_pain(session(hot_joint=hot, swelling=swollen)).reasons[0]
    assert reason.message.startswith(said)


def test_the_ceiling_rule_is_quoted_in_the_not_settled_reason(cat: hiptx.Catalog) -> None:
    reason = hiptx.classify_pain(session(pain_after_24h=5), catalog=cat).reasons[0]
    assert cat.rules.pain_ceiling.text is not None
    assert cat.rules.pain_ceiling.text in reason.message
    assert cat.rules.pain_increased_over_a_day.text in reason.message


def test_a_session_dated_later_is_named_by_its_date() -> None:
    bad = session(sharp_pain=True, date=datetime.date(2026, 1, 2))
    d = hiptx.check_progression("standing-banded-hip-adduction", [bad, session()])
    assert any("(2026-01-02)" in r.message for r in d.reasons)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"code": "x", "message": "m"}, "code"),
        ({"code": hiptx.ReasonCode.NO_SESSIONS, "message": 3}, "message"),
        ({"code": hiptx.ReasonCode.NO_SESSIONS, "message": " padded"}, "message"),
        ({"code": hiptx.ReasonCode.NO_SESSIONS, "message": "m", "citations": ["c"]}, "citations"),
        ({"code": hiptx.ReasonCode.NO_SESSIONS, "message": "m", "basis": "input"}, "basis"),
        (
            {"code": hiptx.ReasonCode.NO_SESSIONS, "message": "m", "evidence_kinds": ("trial",)},
            "evidence_kinds[0]",
        ),
    ],
)
def test_a_reason_an_app_builds_is_checked(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(hiptx.HiptxError) as info:
        hiptx.Reason(**kwargs)
    assert info.value.field == field
