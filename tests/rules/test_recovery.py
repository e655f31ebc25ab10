"""estimate_recovery and compare_recovery (rules/recovery.py): recovery estimates
against seed 000's figures, what each figure is, and milestone shapes the bundled
data does not have."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.rules._calendar import add_span_bound
from tests.support.catalogs import clinic_catalog

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

ASKED_ABOUT = (
    hiptx.MilestoneKind.RETURN_TO_WORK,
    hiptx.MilestoneKind.RETURN_TO_DRIVING,
    hiptx.MilestoneKind.RETURN_TO_SPORT,
    hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT,
    hiptx.MilestoneKind.FULL_RECOVERY,
)


@pytest.fixture
def arthroscopy(cat: hiptx.Catalog) -> hiptx.Treatment:
    return cat.treatments["hip-arthroscopy"]


def _milestone(kind: hiptx.MilestoneKind, cite: hiptx.Citation, **figure: object) -> Any:
    return hiptx.Milestone(kind=kind, citations=(cite,), **figure)  # type: ignore[arg-type]


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
    clinic = clinic_catalog(sources=sources, treatments=(*cat.treatments.values(), own))
    (estimate,) = hiptx.compare_recovery(
        ["clinic-arthroscopy"], weight_bearing=hiptx.WeightBearing.RESTRICTED, catalog=clinic
    ).estimates
    assert estimate.weight_bearing is hiptx.WeightBearing.RESTRICTED
    kinds = {k for m in estimate.milestones for r in m.reasons for k in r.evidence_kinds}
    assert hiptx.SourceKind.CLINIC_OPINION in kinds
    assert estimate == hiptx.estimate_recovery(
        own, weight_bearing=hiptx.WeightBearing.RESTRICTED, catalog=clinic
    )


def test_every_dated_milestone_carries_the_estimate_it_was_computed_from() -> None:
    estimate = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.MANUAL)
    start = datetime.date(2026, 1, 31)
    dated = estimate.dates(start)
    assert [d.milestone for d in dated] == list(estimate.milestones)
    for window in dated:
        assert window.milestone is not None
        assert window.kind is window.milestone.kind
        if window.milestone.span is None:
            assert (window.earliest, window.wording) == (None, window.milestone.wording)
        else:
            # a range has its first date; a mean or typical value one date around
            # which; an upper bound only its last date (issue 22)
            first = window.earliest or window.around or window.latest
            assert first is not None
            assert first >= start
            assert window.figure is window.milestone.span.kind
    # Built by hand, the old way, it still works.
    assert hiptx.DatedMilestone(kind=hiptx.MilestoneKind.OFF_CRUTCHES).milestone is None


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


def test_an_open_ended_figure_is_marked_as_a_lower_bound(arthroscopy: hiptx.Treatment) -> None:
    cite = arthroscopy.milestones[0].citations[0]
    at_least = hiptx.Span(6, None, hiptx.TimeUnit.MONTH)
    changed = attrs.evolve(
        arthroscopy,
        milestones=(_milestone(hiptx.MilestoneKind.FULL_RECOVERY, cite, span=at_least),),
    )
    (estimate,) = hiptx.estimate_recovery(changed).milestones
    assert estimate.span == at_least
    codes = [r.code for r in estimate.reasons]
    assert hiptx.ReasonCode.OPEN_ENDED in codes
    assert hiptx.ReasonCode.VAGUE_FIGURE not in codes


def test_no_figure_is_reported_missing_when_every_asked_one_is_recorded(
    arthroscopy: hiptx.Treatment,
) -> None:
    cite = arthroscopy.milestones[0].citations[0]
    weeks = hiptx.Span(6, 12, hiptx.TimeUnit.WEEK)
    every = tuple(_milestone(kind, cite, span=weeks) for kind in ASKED_ABOUT)
    estimate = hiptx.estimate_recovery(attrs.evolve(arthroscopy, milestones=every))
    assert {m.kind for m in estimate.milestones} == set(ASKED_ABOUT)
    assert hiptx.ReasonCode.NO_FIGURE not in [r.code for r in estimate.reasons]
    # Drop one, and it is named as having no figure.
    fewer = hiptx.estimate_recovery(attrs.evolve(arthroscopy, milestones=every[1:]))
    (missing,) = [r for r in fewer.reasons if r.code is hiptx.ReasonCode.NO_FIGURE]
    assert "work" in missing.message


def test_a_citation_to_a_source_not_in_the_catalog_adds_no_evidence_kind(
    cat: hiptx.Catalog,
) -> None:
    known = hiptx.Citation(source_id="griffin-2018-fashion")
    stray = hiptx.Citation(source_id="not-in-this-catalog")
    reason = hiptx.Reason.cited(hiptx.ReasonCode.RED_FLAG, "m", (stray, known), cat.sources)
    assert reason.citations == (stray, known)  # kept as given
    assert reason.evidence_kinds == (cat.sources["griffin-2018-fashion"].kind,)
    alone = hiptx.Reason.cited(hiptx.ReasonCode.RED_FLAG, "m", (stray,), cat.sources)
    assert alone.evidence_kinds == ()
