"""Figures that say what they are (issue 22): kinds, dates, headlines, age, the table.

Expected values come from the sources' own words (seed 000, clinical-facts.md
sections 3, 4 and 6): "typically spend 2 weeks on crutches"; "usually within 6
weeks"; "up to 12 weeks"; a mean of 7.0 (SD 2.6) months; OPAL: under 50 sooner,
over 65 later.
"""

from __future__ import annotations

import csv
import datetime
import io

import pytest

import hiptx
from hiptx.errors import InvalidValueError, WrongTypeError

FK, K, W = hiptx.FigureKind, hiptx.MilestoneKind, hiptx.TimeUnit.WEEK
START = datetime.date(2026, 12, 1)


def _dated(treatment: str, job: hiptx.JobDemand | None = None) -> list[hiptx.DatedMilestone]:
    return list(hiptx.estimate_recovery(treatment, job=job).dates(START))


# (treatment, job, milestone kind, the window text expected, rationale)
WINDOWS = [
    (
        "total-hip-replacement",
        hiptx.JobDemand.SEDENTARY,
        K.RETURN_TO_WORK,
        "by 2027-01-12",
        "'usually within 6 weeks' is an upper bound: 6 weeks after 1 December",
    ),
    (
        "corticosteroid-injection",
        None,
        K.SYMPTOM_RELIEF_ENDS,
        "by 2027-02-23",
        "'up to 12 weeks' is an upper bound",
    ),
    (
        "hip-arthroscopy",
        None,
        K.RETURN_TO_SPORT,
        "around 2027-07-01, ±2.6 months",
        "a mean of 7.0 months, SD 2.6",
    ),
    ("hip-arthroscopy", None, K.OFF_CRUTCHES, "around 2026-12-15", "typically 2 weeks"),
    (
        "personalised-hip-therapy",
        None,
        K.SYMPTOM_IMPROVEMENT,
        "2027-04-01 to 2027-06-01",
        "a range, 4-6 months",
    ),
]


@pytest.mark.parametrize("case", WINDOWS, ids=[f"{c[0]}-{c[2].value}" for c in WINDOWS])
def test_dates_say_what_the_figure_is(
    case: tuple[str, hiptx.JobDemand | None, hiptx.MilestoneKind, str, str],
) -> None:
    treatment, job, kind, expected, why = case
    windows = [d.window for d in _dated(treatment, job) if d.kind is kind]
    assert expected in windows, why


def test_no_one_day_window_from_a_figure_that_is_not_a_range() -> None:
    for treatment in hiptx.treatments_with_recovery_figures():
        for job in (None, *hiptx.JobDemand):
            for d in _dated(treatment, job):
                if d.figure is not FK.RANGE:
                    assert d.earliest is None
                    assert " to " not in (d.window or "")


def test_a_hand_built_window_with_missing_dates_has_no_text() -> None:
    assert hiptx.DatedMilestone(kind=K.RETURN_TO_WORK, figure=FK.UPPER_BOUND).window is None
    assert hiptx.DatedMilestone(kind=K.RETURN_TO_WORK, figure=FK.MEAN).window is None
    assert hiptx.DatedMilestone(kind=K.RETURN_TO_WORK).window is None
    one_day = hiptx.DatedMilestone(kind=K.RETURN_TO_WORK, earliest=START, latest=START)
    assert one_day.window == "2026-12-01"  # a day the source gives prints as one date


def test_span_kinds_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="equal to low"):
        hiptx.Span(2, 3, W, kind=FK.MEAN)
    with pytest.raises(InvalidValueError, match="unless the figure is a mean"):
        hiptx.Span(2, 2, W, kind=FK.TYPICAL, spread=1.0)
    with pytest.raises(WrongTypeError, match="kind"):
        hiptx.Span(2, 2, W, kind="mean")  # type: ignore[arg-type]
    assert str(hiptx.Span(4, 4, hiptx.TimeUnit.DAY, kind=FK.APPROXIMATE)) == "about 4 days"
    assert str(hiptx.Span(115, 115, hiptx.TimeUnit.DAY, kind=FK.MEAN)) == "mean 115 days"


def test_manual_work_gets_its_own_figure_as_the_headline() -> None:
    for treatment, words in (
        ("hip-arthroscopy", "several months"),
        ("total-hip-replacement", "several more weeks"),
    ):
        est = hiptx.estimate_recovery(treatment, job=hiptx.JobDemand.MANUAL)
        headline = est.milestone(K.RETURN_TO_WORK)
        assert headline is not None
        assert headline.wording == words
        assert headline.job is hiptx.JobDemand.MANUAL
        row = dict(hiptx.compare_recovery([treatment], job=hiptx.JobDemand.MANUAL).rows())
        assert row[K.RETURN_TO_WORK] == (words,)
    # Without a job the first figure in time order stays the headline.
    plain = hiptx.estimate_recovery("hip-arthroscopy").milestone(K.RETURN_TO_WORK)
    assert plain is not None and plain.job is None


@pytest.mark.parametrize(
    ("age", "expected"),
    [(45, "sooner"), (50, None), (65, None), (66, "later")],
)
def test_age_says_its_direction_where_the_source_gives_one(age: int, expected: str | None) -> None:
    plain = hiptx.estimate_recovery("total-hip-replacement")
    est = hiptx.estimate_recovery("total-hip-replacement", age=age)
    # No date moves: the source gives no number.
    assert [m.span for m in est.milestones] == [m.span for m in plain.milestones]
    said = [r for m in est.milestones for r in m.reasons if r.code is hiptx.ReasonCode.AGE_EFFECT]
    if expected is None:
        assert said == []
    else:
        (reason,) = said
        assert expected in reason.message
        assert reason.citations[0].source_id == "opal-return-to-work-thr"


def test_age_without_a_source_says_so_and_bad_ages_are_refused() -> None:
    est = hiptx.estimate_recovery("hip-arthroscopy", age=30)
    assert est.reasons[-1].code is hiptx.ReasonCode.AGE_NOT_IN_SOURCES
    with pytest.raises(WrongTypeError, match="age"):
        hiptx.estimate_recovery("hip-arthroscopy", age="30")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="age"):
        hiptx.estimate_recovery("hip-arthroscopy", age=200)


def test_an_age_effect_names_one_bound() -> None:
    cite = (hiptx.Citation(source_id="opal-return-to-work-thr"),)
    with pytest.raises(InvalidValueError, match="exactly one of under or over"):
        hiptx.AgeEffect(citations=cite, sooner=True)
    with pytest.raises(InvalidValueError, match="exactly one of under or over"):
        hiptx.AgeEffect(citations=cite, sooner=True, under=50, over=65)
    effect = hiptx.AgeEffect(citations=cite, sooner=False, over=65)
    assert effect.applies_to(66) and not effect.applies_to(65)


def test_the_recovery_table_lists_every_figure_ready_for_csv() -> None:
    cat = hiptx.load_catalog()
    rows = hiptx.recovery_table()
    assert len(rows) == sum(len(t.milestones) for t in cat.treatments.values())
    assert {r["treatment"] for r in rows} == set(hiptx.treatments_with_recovery_figures())
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    header = out.getvalue().splitlines()[0]
    assert (
        header == "treatment,milestone,job,weight_bearing,low,high,unit,kind,spread,wording,sources"
    )
    words = next(r for r in rows if r["wording"] == "several months")
    assert (words["low"], words["kind"], words["job"]) == (None, None, "manual")
    thr = [r for r in rows if r["treatment"] == "total-hip-replacement" and r["job"] == "sedentary"]
    assert [(r["low"], r["high"], r["unit"], r["kind"]) for r in thr] == [
        (6, 6, "week", "upper_bound")
    ]
    assert len(hiptx.treatments_with_recovery_figures()) < len(cat.treatments)
