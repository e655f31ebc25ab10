"""The SVG pictures: drawn from the catalog, accessible, and changed by the data."""

from __future__ import annotations

import datetime
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from hiptx.catalog._catalog import checked_catalog
from hiptx.pictures._timeline import _axis, figure_kind
from tests.support.catalogs import clinic_catalog
from tests.support.programmes import programme_for

SVG = "{http://www.w3.org/2000/svg}"
DATA = Path(hiptx.__file__).parent / "data"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # noqa: S314 - our own output
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title") is not None
    desc = root.find(f"{SVG}desc")
    assert desc is not None and desc.text
    return root


def texts(svg: str) -> list[str]:
    return [t.text or "" for t in parse(svg).iter(f"{SVG}text")]


def programme(weeks: int = 3) -> hiptx.Programme:
    patterns = (hiptx.MovementPattern.ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    return programme_for(
        *patterns, start=datetime.date(2025, 3, 3), weeks=weeks, weekdays=[0, 2, 4]
    )


# -- the recovery timeline ---------------------------------------------------------


@pytest.mark.parametrize(
    ("treatment", "expected", "why"),
    [
        ("hip-arthroscopy", "mean 115 days", "the review's figure is a mean, drawn and said so"),
        ("hip-arthroscopy", "4-6 months", "a range keeps both ends"),
        ("corticosteroid-injection", "up to 12 weeks", "the review's 12 weeks is an upper bound"),
        ("total-hip-replacement", "up to 6 weeks", "'usually within 6 weeks' is an upper bound"),
        ("prolotherapy", "about 4 days", "'may be able to' is an approximate figure, said so"),
    ],
)
def test_each_figure_is_labelled_as_what_it_is(treatment: str, expected: str, why: str) -> None:
    assert expected in texts(hiptx.recovery_timeline_svg(treatment)), why


def test_words_stay_words_and_are_not_placed_on_the_axis() -> None:
    svg = hiptx.recovery_timeline_svg("hip-arthroscopy")
    assert "“several months”: no figure in the source" in texts(svg)


def test_job_and_weight_bearing_variants_are_labelled(cat: hiptx.Catalog) -> None:
    every = texts(hiptx.recovery_timeline_svg(cat.treatments["hip-arthroscopy"]))
    assert {"sedentary work", "manual work", "restricted weight-bearing"} <= set(every)
    sedentary = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.SEDENTARY)
    one = texts(hiptx.recovery_timeline_svg(sedentary))
    assert "sedentary work" in one
    assert "manual work" not in one  # only the figures that apply to this patient
    assert "restricted weight-bearing" not in one
    assert "standard weight-bearing" in one
    no_job = texts(hiptx.recovery_timeline_svg(hiptx.estimate_recovery("hip-arthroscopy")))
    assert "sedentary work" not in no_job


def test_the_timeline_names_its_sources() -> None:
    svg = hiptx.recovery_timeline_svg("corticosteroid-injection")
    assert "zhong-2020-intra-articular-injection-review" in svg


def test_a_treatment_without_milestones_says_so(cat: hiptx.Catalog) -> None:
    bare = next(t for t in cat.treatments.values() if not t.milestones)
    assert "The catalog holds no milestones for this treatment." in texts(
        hiptx.recovery_timeline_svg(bare)
    )


def test_changing_a_milestone_in_the_data_changes_the_timeline(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    path = tmp_path / "data" / "treatments.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    records = data if isinstance(data, list) else data[next(iter(data))]
    pht = next(t for t in records if t["id"] == "personalised-hip-therapy")
    (milestone,) = pht["milestones"]
    assert milestone["span"]["low"] == 4
    milestone["span"]["low"] = 2
    path.write_text(json.dumps(data), encoding="utf-8")
    changed = hiptx.load_catalog(tmp_path / "data")
    before = hiptx.recovery_timeline_svg("personalised-hip-therapy")
    after = hiptx.recovery_timeline_svg("personalised-hip-therapy", catalog=changed)
    assert "4-6 months" in texts(before)
    assert "2-6 months" in texts(after)
    assert "4-6 months" not in texts(after)


def test_an_open_ended_figure_runs_off_the_axis(cat: hiptx.Catalog) -> None:
    pht = cat.treatments["personalised-hip-therapy"]
    (m,) = pht.milestones
    open_ended = attrs.evolve(m, span=hiptx.Span(low=6, high=None, unit=hiptx.TimeUnit.WEEK))
    assert figure_kind(open_ended).value == "lower bound"
    treatment = attrs.evolve(pht, milestones=(open_ended,))
    assert "6 weeks or more" in texts(hiptx.recovery_timeline_svg(treatment))


@pytest.mark.parametrize(
    ("days", "unit"),
    [(4, hiptx.TimeUnit.DAY), (56, hiptx.TimeUnit.WEEK), (213, hiptx.TimeUnit.MONTH)],
)
def test_the_axis_unit_suits_the_longest_figure(days: float, unit: hiptx.TimeUnit) -> None:
    assert _axis(days)[0] is unit


@pytest.mark.property
@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=0.5, max_value=40_000))
def test_the_axis_always_reaches_past_the_longest_figure(days: float) -> None:
    unit, step, ticks = _axis(days)
    per_unit = {"day": 1, "week": 7, "month": 365.25 / 12, "year": 365.25}[unit.value]
    assert step * ticks * per_unit >= days
    assert 2 <= ticks <= 10


def test_the_timeline_refuses_what_it_cannot_draw() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="subject"):
        hiptx.recovery_timeline_svg(3)  # type: ignore[arg-type]
    with pytest.raises(hiptx.UnknownIdError):
        hiptx.recovery_timeline_svg("hip-arthroscopi")


# -- chains, the decision, red flags ------------------------------------------------


def test_every_chain_shows_every_level_and_its_dose(cat: hiptx.Catalog) -> None:
    for chain in cat.progressions.values():
        svg = hiptx.chain_svg(chain)
        shown = texts(svg)
        for number, exercise_id in enumerate(chain.exercise_ids, start=1):
            assert cat.exercises[exercise_id].name in " ".join(shown)
            assert f"Level {number}" in shown
        assert "back down after an overload (previous-step)" in shown


def test_a_chain_says_where_the_rule_holds_for_want_of_a_dose() -> None:
    svg = hiptx.chain_svg("hop-progression")
    assert "No dose recorded in the catalog." in texts(svg)
    assert "(no-dose)" in svg


def test_the_chain_refuses_a_non_chain() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="progression"):
        hiptx.chain_svg(1.5)  # type: ignore[arg-type]


def test_the_flowchart_follows_the_catalogs_thresholds(cat: hiptx.Catalog) -> None:
    svg = hiptx.decision_flowchart_svg()
    assert "above 3/10" in svg and "over 2 h" in svg
    for code in ("red-flag", "no-sessions", "overload-in-history", "target-dose-not-met"):
        assert code in svg
    override = hiptx.LocalOverride(
        threshold=hiptx.SafetyThreshold.PAIN_CEILING,
        value=2.0,
        set_by="A test clinic",
        reason="To see the flowchart follow the catalog.",
    )
    lower = attrs.evolve(
        cat.rules,
        pain_ceiling=attrs.evolve(cat.rules.pain_ceiling, value=2.0),
        overrides=(override,),
    )
    changed = hiptx.decision_flowchart_svg(catalog=clinic_catalog(rules=lower))
    assert "above 2/10" in changed and "above 3/10" not in changed


def test_red_flags_are_grouped_by_pathway_most_urgent_first(cat: hiptx.Catalog) -> None:
    shown = texts(hiptx.red_flags_svg())
    heads = [t for t in shown if "(urgency:" in t]
    assert heads[0] == "A&E (urgency: emergency)"
    assert len(heads) == len({r.pathway for r in cat.rules.red_flags})
    assert "• Suspected fracture" in shown


def test_a_pathway_with_no_flags_gets_no_panel(cat: hiptx.Catalog) -> None:
    kept = tuple(r for r in cat.rules.red_flags if r.pathway is not hiptx.Pathway.TWO_WEEK_WAIT)
    rules = attrs.evolve(cat.rules, red_flags=kept, red_flag_combinations=())
    # No catalog may drop a red flag (a safety floor); the drawing is tested on a
    # catalog built as the floor itself is.
    parts = {k: v for k, v in cat._parts.items() if k not in ("version", "rules")}
    fewer = checked_catalog(cat.version, parts, rules, floor=None)
    svg = hiptx.red_flags_svg(catalog=fewer)
    assert "Two-week wait" not in svg
    assert "A&amp;E" in svg


# -- the programme calendar -----------------------------------------------------------


def test_the_calendar_marks_every_session_and_every_week() -> None:
    prog = programme(weeks=3)
    shown = texts(hiptx.programme_calendar_svg(prog))
    assert len(prog.sessions) == 9
    assert "Week 3" in shown and "Week 4" not in shown
    assert shown.count("2 exercises") == 9
    assert "Mon" in shown and "Sun" in shown


def test_the_calendar_marks_a_change_of_level_on_its_day() -> None:
    prog = programme(weeks=4)
    week = [
        hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=day)
        for day in (datetime.date(2025, 3, 3), datetime.date(2025, 3, 5), datetime.date(2025, 3, 7))
    ]
    update = hiptx.advance_programme(
        prog,
        {"banded-bridge-hip-abduction": week, "side-lying-hip-adduction": week},
        today=datetime.date(2025, 3, 9),
    )
    assert update.changes
    svg = hiptx.programme_calendar_svg(update.programme)
    assert "up a level (2)" in texts(svg)
    assert "2025-03-10: up a level (2)" in svg  # the desc says when, and how many
    assert "side-lying-hip-adduction → side-lying-hip-adduction-loaded (progress)" in svg


def test_a_stopped_programme_says_so() -> None:
    update = hiptx.advance_programme(
        programme(weeks=2),
        {},
        today=datetime.date(2025, 3, 4),
        red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE},
    )
    svg = hiptx.programme_calendar_svg(update.programme)
    assert "Stopped by a red flag: no exercise advice until the referral." in texts(svg)
    # No session is drawn after the day the red flag stopped the programme.
    desc = parse(svg).findtext(f"{SVG}desc") or ""
    session_days = [part.split(":")[0] for part in desc.split("; ") if "exercise" in part]
    assert session_days == ["2025-03-03"]


def test_the_calendar_refuses_a_non_programme() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="programme"):
        hiptx.programme_calendar_svg("programme")  # type: ignore[arg-type]


def test_text_is_escaped() -> None:
    svg = hiptx.red_flags_svg()
    assert "A&E" not in svg.replace("A&amp;E", "")
    parse(svg)


def test_a_programme_stopped_before_it_began_has_no_sessions_to_mark() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}),
        red_flags={hiptx.RedFlag.TRAUMA},
    )
    prog = hiptx.build_programme(
        plan, start=datetime.date(2025, 3, 3), weeks=2, sessions_per_week=2
    )
    svg = hiptx.programme_calendar_svg(prog)
    assert not [t for t in texts(svg) if t.endswith("exercises")]
    assert "Each exercise of the first session:" not in svg
    assert "No sessions scheduled." in svg


spans = st.builds(
    lambda unit, low, extra: hiptx.Span(
        low=low, high=None if extra < 0 else low + extra, unit=unit
    ),
    st.sampled_from(list(hiptx.TimeUnit)),
    st.integers(min_value=0, max_value=60),  # within a lifetime in any unit (120 years)
    st.integers(min_value=-1, max_value=50),
)


@pytest.mark.property
@settings(max_examples=40, deadline=None)
@given(span=spans, note=st.sampled_from([None, "A mean, not a range.", "An upper bound."]))
def test_any_milestone_figure_is_drawn_and_said(
    cat: hiptx.Catalog, span: hiptx.Span, note: str | None
) -> None:
    pht = cat.treatments["personalised-hip-therapy"]
    milestone = attrs.evolve(pht.milestones[0], span=span, note=note)
    svg = hiptx.recovery_timeline_svg(attrs.evolve(pht, milestones=(milestone,)))
    shown = " ".join(texts(svg))
    assert str(span) in shown  # the figure, never rounded or invented
    kind = figure_kind(milestone).value
    assert ("mean " + str(span) in shown) is (kind == "mean")
    assert ("up to " + str(span) in shown) is (kind == "upper bound")


def test_the_timeline_takes_a_treatment_or_its_id_as_the_rules_do() -> None:
    cat = hiptx.load_catalog()
    by_id = hiptx.recovery_timeline_svg("hip-arthroscopy", catalog=cat)
    assert by_id == hiptx.recovery_timeline_svg(cat.treatments["hip-arthroscopy"], catalog=cat)
    with pytest.raises(hiptx.UnknownIdError):
        hiptx.recovery_timeline_svg("hip-arthroscopi", catalog=cat)
    with pytest.raises(hiptx.WrongTypeError, match="a RecoveryEstimate, a Treatment or its id"):
        hiptx.recovery_timeline_svg(3)  # type: ignore[arg-type]
