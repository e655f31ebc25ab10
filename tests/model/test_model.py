"""Model validators refuse impossible values, naming the field and what is allowed."""

from __future__ import annotations

import attrs
import pytest

import hiptx
from hiptx.errors import InvalidValueError, WrongTypeError
from tests.support.programmes import (
    CHAIN,
)

CITE = (hiptx.Citation(source_id="a-source"),)
FK, K, W = hiptx.FigureKind, hiptx.MilestoneKind, hiptx.TimeUnit.WEEK


class TestRanges:
    @pytest.mark.parametrize(
        ("low", "high", "error", "message"),
        [
            (
                10,
                6,
                hiptx.OutOfRangeError,
                "high: 6 is not allowed; expected an integer >= low (10)",
            ),
            (-1, 3, hiptx.OutOfRangeError, "low: -1 is not allowed; expected an integer from 0 to"),
            ("6", 10, hiptx.WrongTypeError, "low: expected an integer, got str '6'"),
            (True, 10, hiptx.WrongTypeError, "low: expected an integer, got bool True"),
            (1.5, 2, hiptx.WrongTypeError, "low: expected an integer"),
        ],
    )
    def test_int_range_refuses(
        self, low: object, high: object, error: type[Exception], message: str
    ) -> None:
        with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
            hiptx.IntRange(low, high)  # type: ignore[arg-type]

    def test_errors_are_also_builtin_errors(self) -> None:
        with pytest.raises(ValueError):  # noqa: PT011 - the point is the builtin base
            hiptx.IntRange(3, 1)
        with pytest.raises(TypeError):
            hiptx.IntRange("3", 4)  # type: ignore[arg-type]

    def test_span_refuses_a_unit_string(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match=r"unit: expected one of TimeUnit\.DAY"):
            hiptx.Span(1, 2, "week")  # type: ignore[arg-type]

    def test_open_span(self) -> None:
        span = hiptx.Span(6, None, hiptx.TimeUnit.WEEK)
        assert span.is_open
        assert span.approximate_days() == (42, None)


class TestModel:
    def test_citations_are_required(self) -> None:
        with pytest.raises(
            hiptx.OutOfRangeError, match=r"citations: .* expected at least 1 Citation"
        ):
            hiptx.Statement(text="x", citations=())

    def test_ids_must_be_slugs(self) -> None:
        with pytest.raises(hiptx.OutOfRangeError, match="kebab-case"):
            hiptx.Citation(source_id="Not_A_Slug")

    def test_milestone_needs_a_span_or_wording(self) -> None:
        with pytest.raises(hiptx.InvalidValueError, match="span: None is not allowed"):
            hiptx.Milestone(kind=hiptx.MilestoneKind.RETURN_TO_WORK, citations=CITE)

    def test_rate_range_must_contain_the_estimate(self) -> None:
        with pytest.raises(hiptx.OutOfRangeError, match=r"estimate_percent: 5\.0 is not allowed"):
            hiptx.Rate(
                estimate_percent=5.0,
                low_percent=1.0,
                high_percent=2.0,
                population="p",
                strength=hiptx.EvidenceStrength.HIGH,
                citations=CITE,
            )

    def test_rate_needs_both_bounds(self) -> None:
        with pytest.raises(hiptx.InvalidValueError, match="low_percent and high_percent together"):
            hiptx.Rate(
                low_percent=1.0,
                population="p",
                strength=hiptx.EvidenceStrength.HIGH,
                citations=CITE,
            )

    def test_dose_needs_exactly_one_measure(self) -> None:
        both = {"reps": hiptx.IntRange(8, 10), "hold_seconds": hiptx.IntRange(20, 30)}
        with pytest.raises(hiptx.InvalidValueError, match="exactly one of reps or hold_seconds"):
            hiptx.Dose(sets=hiptx.IntRange(3, 3), pain_ceiling=3, citations=CITE, **both)

    def test_a_dose_words_its_target_at_its_top_sets(self) -> None:
        # The one wording the progression rule, the programme and the FHIR export share.
        reps = hiptx.Dose(sets=hiptx.IntRange(2, 3), reps=hiptx.IntRange(8, 10), citations=CITE)
        holds = hiptx.Dose(
            sets=hiptx.IntRange(4, None), hold_seconds=hiptx.IntRange(20, 30), citations=CITE
        )
        assert (reps.top_sets, reps.target) == (3, "3 sets of 8-10 reps")
        assert (holds.top_sets, holds.target) == (4, "4 sets of 20-30 s holds")

    def test_pain_ceiling_is_a_pain_score(self) -> None:
        with pytest.raises(hiptx.OutOfRangeError, match="pain_ceiling: 11"):
            hiptx.Dose(
                sets=hiptx.IntRange(3, 3),
                reps=hiptx.IntRange(8, 10),
                pain_ceiling=11,
                citations=CITE,
            )

    def test_a_list_is_not_a_tuple(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="citations: expected a tuple of Citation"):
            hiptx.Statement(text="x", citations=list(CITE))  # type: ignore[arg-type]

    def test_a_catalog_built_by_hand_checks_its_references(self, cat: hiptx.Catalog) -> None:
        import attrs

        rules = attrs.evolve(cat.rules, pain_ceiling=hiptx.Threshold(value=3, citations=CITE))
        with pytest.raises(hiptx.CatalogDataError, match="unknown source id 'a-source'"):
            hiptx.Catalog(
                version="x",
                sources=tuple(cat.sources.values()),
                conditions=(),
                risks=(),
                treatments=(),
                exercises=(),
                progressions=(),
                rules=rules,
            )


class TestBounds:
    """Each bound fits what the number measures (see docs/data.md)."""

    CITATIONS = (hiptx.Citation(source_id="a-source"),)

    @pytest.mark.parametrize("value", [10_081, float("inf"), float("nan"), 10**400, -1])
    def test_a_threshold_is_at_most_a_week_of_minutes(self, value: float) -> None:
        with pytest.raises(hiptx.OutOfRangeError, match="from 0 to 10080"):
            hiptx.Threshold(value=value, citations=self.CITATIONS)
        assert hiptx.Threshold(value=10_080, citations=self.CITATIONS).value == 10_080

    def test_participants_are_at_most_ten_billion(self) -> None:
        def evidence(participants: int) -> hiptx.Evidence:
            return hiptx.Evidence(
                summary="A trial",
                strength=hiptx.EvidenceStrength.HIGH,
                citations=self.CITATIONS,
                participants=participants,
            )

        assert evidence(8_835).participants == 8_835
        with pytest.raises(hiptx.OutOfRangeError, match="participants"):
            evidence(10**10 + 1)

    @pytest.mark.parametrize(
        ("unit", "limit"),
        [
            (hiptx.TimeUnit.DAY, 43_830),
            (hiptx.TimeUnit.WEEK, 6_261),
            (hiptx.TimeUnit.MONTH, 1_440),
            (hiptx.TimeUnit.YEAR, 120),
        ],
    )
    def test_a_span_is_at_most_120_years_in_every_unit(
        self, unit: hiptx.TimeUnit, limit: int
    ) -> None:
        # 120 years of 365.25 days, in whole units.
        assert limit == int(
            120 * 365.25 / {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}[unit.value]
        )
        assert hiptx.Span(limit, limit, unit).high == limit
        with pytest.raises(hiptx.OutOfRangeError, match=f"from 0 to {limit}"):
            hiptx.Span(0, limit + 1, unit)

    @pytest.mark.parametrize("items", [("a", "a"), ("a", ""), ("a", " b")])
    def test_string_lists_refuse_repeats_and_bad_items(self, items: tuple[str, ...]) -> None:
        with pytest.raises(hiptx.InvalidValueError, match=r"/also_known_as/1"):
            hiptx.Condition(
                id="a-condition",
                name="A condition",
                summary="A summary.",
                citations=self.CITATIONS,
                also_known_as=items,
            )

    def test_repeated_citations_are_refused(self) -> None:
        with pytest.raises(hiptx.InvalidValueError, match="citations"):
            hiptx.Statement(text="A claim", citations=self.CITATIONS * 2)


class TestCrossFieldRules:
    """Each rule that spans fields refuses its own case, naming the field it blames."""

    def test_a_rate_range_cannot_run_backwards(self) -> None:
        with pytest.raises(hiptx.OutOfRangeError) as info:
            hiptx.Rate(
                low_percent=5.0,
                high_percent=2.0,
                population="p",
                strength=hiptx.EvidenceStrength.HIGH,
                citations=CITE,
            )
        assert info.value.field == "high_percent"
        assert info.value.allowed == "a number >= low_percent (5)"

    def test_a_schedule_needs_a_figure(self) -> None:
        with pytest.raises(hiptx.InvalidValueError) as info:
            hiptx.Schedule(citations=CITE)
        assert info.value.field == "sessions"
        assert "course length" in info.value.allowed
        # Either figure alone is enough.
        assert hiptx.Schedule(citations=CITE, sessions=hiptx.IntRange(6, 10)).over is None

    def test_a_rep_hold_needs_reps(self) -> None:
        with pytest.raises(hiptx.InvalidValueError) as info:
            hiptx.Dose(
                sets=hiptx.IntRange(3, 3),
                hold_seconds=hiptx.IntRange(20, 30),
                rep_hold_seconds=hiptx.IntRange(2, 3),
                citations=CITE,
            )
        assert info.value.field == "rep_hold_seconds"
        assert info.value.allowed == "only together with reps"

    def test_a_dose_shows_its_own_pain_ceiling(self) -> None:
        dose = hiptx.Dose(
            sets=hiptx.IntRange(2, 3),
            hold_seconds=hiptx.IntRange(20, 30),
            pain_ceiling=4,
            citations=CITE,
        )
        assert str(dose) == "2-3 sets x 20-30 s holds, pain <= 4/10"

    def test_a_flag_combination_cannot_imply_one_of_its_own_flags(self) -> None:
        flag = hiptx.RedFlag.SYSTEMICALLY_UNWELL
        with pytest.raises(hiptx.InvalidValueError) as info:
            hiptx.RedFlagCombination(
                flags=(flag, hiptx.RedFlag.HOT_SWOLLEN_JOINT_WITH_FEVER),
                implies=flag,
                reading="r",
                citations=CITE,
            )
        assert info.value.field == "implies"
        assert info.value.value == "systemically_unwell"


class TestIntRangeProtocol:
    def test_only_whole_numbers_are_members(self) -> None:
        sessions = hiptx.IntRange(6, 10)
        assert 6 in sessions
        # Not equal-valued floats, bools or strings: a range of counts holds counts.
        assert 6.0 not in sessions
        assert "6" not in sessions
        assert True not in hiptx.IntRange(0, 1)

    def test_an_open_range_reads_as_at_least(self) -> None:
        open_ended = hiptx.IntRange(6, None)
        assert str(open_ended) == "6+"
        assert 10**3 in open_ended
        assert 5 not in open_ended


def test_a_log_entry_needs_its_date() -> None:
    with pytest.raises(hiptx.InvalidValueError, match=r"/session/date"):
        hiptx.LoggedSession(
            exercise_id=CHAIN[0],
            session=hiptx.SessionRecord(sets=1, reps=1, pain_during=0, pain_after_24h=0),
        )


def test_pain_before_is_checked_like_the_other_scores() -> None:
    with pytest.raises(hiptx.OutOfRangeError, match="pain_before"):
        hiptx.SessionRecord(sets=1, reps=1, pain_during=0, pain_after_24h=0, pain_before=11)


def test_only_the_last_steps_of_a_chain_can_be_for_athletes() -> None:
    chain = hiptx.load_catalog().progressions["hip-flexor-strengthening"]
    with pytest.raises(hiptx.InvalidValueError, match="athlete_only_ids"):
        attrs.evolve(chain, athlete_only_ids=("supine-hip-flexion",))


def test_a_rate_without_any_figure_is_refused() -> None:
    # Pinned here so the coverage gate does not rest on what the catalog fuzzer draws.
    cite = (hiptx.Citation(source_id="physio-network-kemp", locator="x"),)
    with pytest.raises(hiptx.InvalidValueError, match="an estimate, a low-high range, or both"):
        hiptx.Rate(population="p", strength=hiptx.EvidenceStrength.HIGH, citations=cite)


def test_span_kinds_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="equal to low"):
        hiptx.Span(2, 3, W, kind=FK.MEAN)
    with pytest.raises(InvalidValueError, match="unless the figure is a mean"):
        hiptx.Span(2, 2, W, kind=FK.TYPICAL, spread=1.0)
    with pytest.raises(WrongTypeError, match="kind"):
        hiptx.Span(2, 2, W, kind="mean")  # type: ignore[arg-type]
    assert str(hiptx.Span(4, 4, hiptx.TimeUnit.DAY, kind=FK.APPROXIMATE)) == "about 4 days"
    assert str(hiptx.Span(115, 115, hiptx.TimeUnit.DAY, kind=FK.MEAN)) == "mean 115 days"


def test_an_age_effect_names_one_bound() -> None:
    cite = (hiptx.Citation(source_id="opal-return-to-work-thr"),)
    with pytest.raises(InvalidValueError, match="exactly one of under or over"):
        hiptx.AgeEffect(citations=cite, sooner=True)
    with pytest.raises(InvalidValueError, match="exactly one of under or over"):
        hiptx.AgeEffect(citations=cite, sooner=True, under=50, over=65)
    effect = hiptx.AgeEffect(citations=cite, sooner=False, over=65)
    assert effect.applies_to(66) and not effect.applies_to(65)
