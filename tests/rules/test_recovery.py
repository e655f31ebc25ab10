"""Recovery estimates, against seed 000's figures."""

from __future__ import annotations

import datetime

import pytest

import hiptx
from hiptx.rules._calendar import add_span_bound

W, M = hiptx.TimeUnit.WEEK, hiptx.TimeUnit.MONTH
K = hiptx.MilestoneKind
FK = hiptx.FigureKind
# Seed 000's words: "typically spend 2 weeks on crutches"; an office worker "may be
# able to return 2 weeks after surgery". The reviews' figures are means (7.0 SD 2.6).
CRUTCHES = hiptx.Span(2, 2, W, kind=FK.TYPICAL)
OFFICE = hiptx.Span(2, 2, W, kind=FK.APPROXIMATE)
MEAN_RTW = hiptx.Span(115, 115, hiptx.TimeUnit.DAY, kind=FK.MEAN)
MEAN_RTS = hiptx.Span(7, 7, M, kind=FK.MEAN, spread=2.6)


SEED_000 = "fashion-treatments-page"


def spans(est: hiptx.RecoveryEstimate, source: str = SEED_000) -> dict[hiptx.MilestoneKind, object]:
    """The chosen milestones that one source backs, by kind."""
    return {
        m.kind: m.span if m.span is not None else m.wording
        for m in est.milestones
        if any(c.source_id == source for c in m.citations)
    }


class TestArthroscopy:
    @pytest.mark.parametrize(
        ("job", "protocol", "expected"),
        [
            # seed 000: 2 weeks on crutches; office work after 2 weeks; 4-6 months to improve
            (
                hiptx.JobDemand.SEDENTARY,
                hiptx.WeightBearing.STANDARD,
                {
                    K.OFF_CRUTCHES: CRUTCHES,
                    K.RETURN_TO_WORK: OFFICE,
                    K.SYMPTOM_IMPROVEMENT: hiptx.Span(4, 6, M),
                },
            ),
            # manual workers: "several months", kept as words
            (
                hiptx.JobDemand.MANUAL,
                hiptx.WeightBearing.STANDARD,
                {
                    K.OFF_CRUTCHES: CRUTCHES,
                    K.RETURN_TO_WORK: "several months",
                    K.SYMPTOM_IMPROVEMENT: hiptx.Span(4, 6, M),
                },
            ),
            # some surgeons: 6-8 weeks non-weight-bearing
            (
                hiptx.JobDemand.SEDENTARY,
                hiptx.WeightBearing.RESTRICTED,
                {
                    K.FULL_WEIGHT_BEARING: hiptx.Span(6, 8, W),
                    K.RETURN_TO_WORK: OFFICE,
                    K.SYMPTOM_IMPROVEMENT: hiptx.Span(4, 6, M),
                },
            ),
        ],
    )
    def test_seed_000_figures(
        self,
        cat: hiptx.Catalog,
        job: hiptx.JobDemand,
        protocol: hiptx.WeightBearing,
        expected: dict[hiptx.MilestoneKind, object],
    ) -> None:
        est = hiptx.estimate_recovery(
            cat.treatments["hip-arthroscopy"], job=job, weight_bearing=protocol
        )
        assert spans(est) == expected
        # The systematic reviews' means apply whatever the job and protocol.
        assert spans(est, "blaeser-2023-return-to-work") == {K.RETURN_TO_WORK: MEAN_RTW}
        assert spans(est, "reiman-2018-return-to-sport") == {K.RETURN_TO_SPORT: MEAN_RTS}

    def test_review_means_say_they_are_means(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"])
        means = [m for m in est.milestones if m.kind in (K.RETURN_TO_SPORT, K.RETURN_TO_WORK)]
        assert len(means) == 2
        assert all(m.note and m.note.startswith("A mean, not a range") for m in means)

    def test_without_a_job_no_job_specific_figure_is_picked_and_the_reason_says_so(
        self, cat: hiptx.Catalog
    ) -> None:
        est = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"])
        # seed 000's work figures depend on the job; only the all-jobs mean remains.
        assert K.RETURN_TO_WORK not in spans(est)
        assert [m.span for m in est.milestones if m.kind is K.RETURN_TO_WORK] == [MEAN_RTW]
        codes = [r.code for r in est.reasons]
        assert hiptx.ReasonCode.JOB_DEMAND_NEEDED in codes
        job_reason = next(r for r in est.reasons if r.code is hiptx.ReasonCode.JOB_DEMAND_NEEDED)
        assert "manual" in job_reason.message and "sedentary" in job_reason.message

    def test_vague_figure_is_explained(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"], job=hiptx.JobDemand.MANUAL)
        (work,) = [m for m in est.milestones if m.kind is K.RETURN_TO_WORK and m.span is None]
        assert work.wording == "several months"
        assert hiptx.ReasonCode.VAGUE_FIGURE in [r.code for r in work.reasons]
        # words-only milestones come after the dated ones
        assert est.milestones[-1] is work

    def test_milestones_are_ordered_by_time(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(
            cat.treatments["hip-arthroscopy"], job=hiptx.JobDemand.SEDENTARY
        )
        days = [m.span.approximate_days()[0] for m in est.milestones if m.span]
        assert days == sorted(days)

    def test_every_chosen_milestone_is_cited(self, cat: hiptx.Catalog) -> None:
        for treatment in cat.treatments.values():
            for job in (None, *hiptx.JobDemand):
                est = hiptx.estimate_recovery(treatment, job=job)
                assert all(m.citations for m in est.milestones), treatment.id


class TestDates:
    def test_calendar_months_clamp_to_month_end(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(cat.treatments["personalised-hip-therapy"])
        (improvement,) = est.dates(start=datetime.date(2026, 10, 31))
        # 4 months after 31 Oct is 28 Feb (2027 is not a leap year); 6 months is 30 Apr.
        assert improvement.earliest == datetime.date(2027, 2, 28)
        assert improvement.latest == datetime.date(2027, 4, 30)

    def test_weeks(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(
            cat.treatments["hip-arthroscopy"], job=hiptx.JobDemand.SEDENTARY
        )
        dated = {d.kind: d for d in est.dates(start=datetime.date(2026, 12, 1))}
        # "typically 2 weeks": one date, around which, not a one-day window
        crutches = dated[K.OFF_CRUTCHES]
        assert (crutches.earliest, crutches.latest) == (None, None)
        assert crutches.around == datetime.date(2026, 12, 15)
        assert crutches.window == "around 2026-12-15"

    def test_words_only_milestone_has_no_dates(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"], job=hiptx.JobDemand.MANUAL)
        work = [d for d in est.dates(start=datetime.date(2026, 1, 1)) if d.kind is K.RETURN_TO_WORK]
        # the review's mean (115 days) is dated around a day; seed 000's words are not
        assert [(d.around, d.figure, d.wording) for d in work] == [
            (datetime.date(2026, 4, 26), FK.MEAN, None),
            (None, FK.RANGE, "several months"),
        ]

    def test_a_datetime_is_refused(self, cat: hiptx.Catalog) -> None:
        est = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"])
        with pytest.raises(hiptx.WrongTypeError, match=r"start: expected a datetime\.date"):
            est.dates(start=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))


class TestBadInput:
    def test_an_id_is_looked_up_and_anything_else_refused(self, cat: hiptx.Catalog) -> None:
        by_id = hiptx.estimate_recovery("hip-arthroscopy", catalog=cat)
        assert by_id == hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"])
        with pytest.raises(hiptx.UnknownIdError, match="hip-arthroscopy"):
            hiptx.estimate_recovery("hip-arthroscpy")
        with pytest.raises(
            hiptx.WrongTypeError, match=r"treatment: expected a Treatment or its id"
        ):
            hiptx.estimate_recovery(3)  # type: ignore[arg-type]
        with pytest.raises(hiptx.WrongTypeError, match=r"/treatments/1: expected a Treatment"):
            hiptx.compare_recovery(["hip-arthroscopy", None])  # type: ignore[list-item]
        with pytest.raises(hiptx.WrongTypeError, match="catalog: expected a Catalog"):
            hiptx.estimate_recovery("hip-arthroscopy", catalog="bundled")  # type: ignore[arg-type]

    def test_a_job_string_is_refused(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="job: expected a JobDemand or None"):
            hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"], job="manual")  # type: ignore[arg-type]

    def test_compare_needs_treatments(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.InvalidValueError):
            hiptx.compare_recovery([])
        with pytest.raises(hiptx.WrongTypeError):
            hiptx.compare_recovery(cat.treatments["hip-arthroscopy"])  # type: ignore[arg-type]


def test_comparison_rows_follow_the_data(cat: hiptx.Catalog) -> None:
    cmp = hiptx.compare_recovery(
        [cat.treatments["personalised-hip-therapy"], cat.treatments["hip-arthroscopy"]],
        job=hiptx.JobDemand.MANUAL,
    )
    rows = dict(cmp.rows())
    assert rows[K.OFF_CRUTCHES] == (None, CRUTCHES)
    # with a job given, that job's figure is the headline: seed 000's words for
    # manual work, before the reviews' all-jobs mean (issue 22)
    assert rows[K.RETURN_TO_WORK] == (None, "several months")
    assert rows[K.SYMPTOM_IMPROVEMENT] == (hiptx.Span(4, 6, M), hiptx.Span(4, 6, M))


class TestCalendarLimits:
    """Dates past 31 December 9999 are an error that says so, never OverflowError."""

    @pytest.mark.parametrize(
        "start", [datetime.date(9999, 12, 1), datetime.date(9999, 9, 1), datetime.date.max]
    )
    def test_dates_near_the_end_of_the_calendar(self, start: datetime.date) -> None:
        cat = hiptx.load_catalog()
        estimate = hiptx.estimate_recovery(cat.treatments["personalised-hip-therapy"])
        with pytest.raises(hiptx.OutOfRangeError) as info:
            estimate.dates(start=start)
        assert "still in the calendar (on or before 9999-12-31)" in str(info.value)
        assert info.value.field == "start"

    @pytest.mark.parametrize(
        ("unit", "amount"),
        [
            (hiptx.TimeUnit.DAY, 31),
            (hiptx.TimeUnit.WEEK, 5),
            (hiptx.TimeUnit.MONTH, 1),
            (hiptx.TimeUnit.YEAR, 1),
        ],
    )
    def test_each_unit_past_the_end(self, unit: hiptx.TimeUnit, amount: int) -> None:
        with pytest.raises(hiptx.OutOfRangeError, match="still in the calendar"):
            add_span_bound(datetime.date(9999, 12, 1), amount, unit)

    def test_the_last_day_itself_is_reachable(self) -> None:
        last = add_span_bound(datetime.date(9999, 12, 1), 30, hiptx.TimeUnit.DAY)
        assert last == datetime.date(9999, 12, 31)

    @pytest.mark.parametrize(
        ("start", "amount", "unit", "field"),
        [
            ("2026-01-01", 1, hiptx.TimeUnit.DAY, "start"),
            (datetime.date(2026, 1, 1), 1.0, hiptx.TimeUnit.DAY, "amount"),
            (datetime.date(2026, 1, 1), True, hiptx.TimeUnit.DAY, "amount"),
            (datetime.date(2026, 1, 1), 1, "day", "unit"),
        ],
    )
    def test_add_span_bound_checks_types(
        self, start: object, amount: object, unit: object, field: str
    ) -> None:
        with pytest.raises(hiptx.WrongTypeError, match=f"^{field}: "):
            add_span_bound(start, amount, unit)  # type: ignore[arg-type]

    def test_add_span_bound_refuses_a_negative_amount(self) -> None:
        with pytest.raises(hiptx.OutOfRangeError, match="amount: -1"):
            add_span_bound(datetime.date(2026, 1, 1), -1, hiptx.TimeUnit.DAY)

    def test_the_longest_span_from_today_stays_in_the_calendar(self) -> None:
        from hiptx.ranges import SPAN_MAX

        for unit, limit in SPAN_MAX.items():
            assert add_span_bound(datetime.date(2026, 1, 1), limit, unit).year <= 2146


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (
            {"earliest": datetime.date(2027, 4, 1), "latest": datetime.date(2027, 6, 1)},
            "symptom improvement: 2027-04-01 to 2027-06-01",
        ),
        # "at least 6 weeks" has a first date and no last one.
        ({"earliest": datetime.date(2027, 4, 1)}, "symptom improvement: 2027-04-01 to open-ended"),
        # Words only: the source's words, never a made-up date.
        ({"wording": "several months"}, "symptom improvement: several months (no figure)"),
        ({}, "symptom improvement: no figure"),
    ],
)
def test_a_dated_milestone_reads_as_one_line(window: dict[str, object], expected: str) -> None:
    dated = hiptx.DatedMilestone(kind=hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT, **window)  # type: ignore[arg-type]
    assert str(dated) == expected
    # The CLI's dates column is the window alone; words only have no window.
    assert dated.window == (expected.split(": ", 1)[1] if "earliest" in window else None)


class TestResultTypes:
    def test_compare_recovery_refuses_a_non_iterable(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="treatments: expected an iterable"):
            hiptx.compare_recovery(3)  # type: ignore[arg-type]

    def test_results_check_their_fields(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="kind"):
            hiptx.MilestoneEstimate(kind="off_crutches")  # type: ignore[arg-type]
        with pytest.raises(hiptx.WrongTypeError, match="earliest"):
            hiptx.DatedMilestone(
                kind=hiptx.MilestoneKind.OFF_CRUTCHES,
                earliest="2026-01-01",  # type: ignore[arg-type]
            )
        with pytest.raises(hiptx.InvalidValueError, match="treatment_id"):
            hiptx.RecoveryEstimate(
                treatment_id="Hip Arthroscopy", weight_bearing=hiptx.WeightBearing.STANDARD
            )
        with pytest.raises(hiptx.WrongTypeError, match="estimates"):
            hiptx.RecoveryComparison(estimates=[])  # type: ignore[arg-type]
