"""Rehabilitation phases after surgery: time gives the earliest, criteria decide.

The phases and their weeks are the MLTJ 2016 programme after hip arthroscopy
(clinical-facts.md section 11, Table I): weeks 1-4, 4-8, 8-12, then return to sport.
Expected days are counted here from those weeks.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from hiptx.errors import InvalidValueError, UnknownIdError, WrongTypeError
from tests.support.surgery import OP, weeks

CAT = hiptx.load_catalog()
ARTHROSCOPY = hiptx.Surgery(treatment_id="hip-arthroscopy", date=OP, side=hiptx.Side.RIGHT)
PHASES = CAT.treatments["hip-arthroscopy"].rehab_phases
PHASE_1 = [c.id for c in PHASES[0].criteria]
PHASE_2 = [c.id for c in PHASES[1].criteria]
PHASE_3 = [c.id for c in PHASES[2].criteria]
ALL = PHASE_1 + PHASE_2 + PHASE_3


# (name, day, criteria met, expected phase, expected earliest next, rationale)
SCENARIOS = [
    ("day of surgery", OP, [], 1, weeks(4), "every patient starts in phase 1"),
    ("3 weeks, all phase-1 criteria", weeks(3), PHASE_1, 1, weeks(4), "time not passed"),
    ("4 weeks, criteria unmet", weeks(4), PHASE_1[:-1], 1, weeks(4), "canes not removed"),
    ("4 weeks, phase-1 criteria met", weeks(4), PHASE_1, 2, weeks(8), "time and criteria"),
    ("10 weeks, only phase-1 criteria", weeks(10), PHASE_1, 2, weeks(8), "phase 2 unmet"),
    ("10 weeks, phases 1-2 met", weeks(10), PHASE_1 + PHASE_2, 3, weeks(12), "phase 3"),
    ("12 weeks, all met", weeks(12), ALL, 4, None, "the last phase has no next"),
    ("30 weeks, nothing met", weeks(30), [], 1, weeks(4), "criteria decide, not time"),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenario(
    scenario: tuple[str, datetime.date, list[str], int, datetime.date | None, str],
) -> None:
    _, day, met, phase, earliest, why = scenario
    status = hiptx.rehab_phase(ARTHROSCOPY, today=day, criteria_met=met)
    assert status.phase == phase, why
    assert status.earliest_next == earliest, why
    current = PHASES[phase - 1]
    assert set(status.unmet) == {c.id for c in current.criteria} - set(met)
    assert [c.id for c in status.unmet_criteria] == list(status.unmet)


def test_reasons_say_the_time_and_the_unmet_criteria() -> None:
    status = hiptx.rehab_phase(ARTHROSCOPY, today=weeks(2), criteria_met=PHASE_1[:1])
    codes = [r.code for r in status.reasons]
    assert codes[0] is hiptx.ReasonCode.REHAB_PHASE
    assert hiptx.ReasonCode.PHASE_TIME_NOT_PASSED in codes
    assert hiptx.ReasonCode.PHASE_CRITERIA_NOT_MET in codes
    assert "mltj-2016-arthroscopy-rehabilitation" in {
        c.source_id for c in status.reasons[0].citations
    }
    last = hiptx.rehab_phase(ARTHROSCOPY, today=weeks(20), criteria_met=ALL)
    assert last.unmet == () and "5th month" in last.reasons[-1].message


def test_an_operation_without_phases_in_the_sources_says_so() -> None:
    thr = hiptx.Surgery(treatment_id="total-hip-replacement", date=OP, side=hiptx.Side.LEFT)
    status = hiptx.rehab_phase(thr, today=weeks(2))
    assert status.phase is None and status.earliest_next is None
    assert status.reasons[0].code is hiptx.ReasonCode.NO_REHAB_PHASES


def test_bad_input() -> None:
    with pytest.raises(InvalidValueError, match="canes-removed"):
        hiptx.rehab_phase(ARTHROSCOPY, today=weeks(2), criteria_met=["walking"])
    with pytest.raises(WrongTypeError, match="criteria_met"):
        hiptx.rehab_phase(ARTHROSCOPY, today=weeks(2), criteria_met="canes-removed")
    with pytest.raises(WrongTypeError, match="today"):
        hiptx.rehab_phase(ARTHROSCOPY, today="2026-12-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="on or after the surgery"):
        hiptx.rehab_phase(ARTHROSCOPY, today=OP - datetime.timedelta(days=1))
    with pytest.raises(WrongTypeError, match="surgery"):
        hiptx.rehab_phase("hip-arthroscopy", today=weeks(2))  # type: ignore[arg-type]
    with pytest.raises(UnknownIdError):
        hiptx.rehab_phase(
            hiptx.Surgery(treatment_id="hip-arthroscpy", date=OP, side=hiptx.Side.LEFT),
            today=weeks(2),
        )
    pht = hiptx.Surgery(treatment_id="personalised-hip-therapy", date=OP, side=hiptx.Side.LEFT)
    with pytest.raises(InvalidValueError, match="a surgical treatment"):
        hiptx.rehab_phase(pht, today=weeks(2))
    thr = hiptx.Surgery(treatment_id="total-hip-replacement", date=OP, side=hiptx.Side.LEFT)
    with pytest.raises(InvalidValueError, match="no phases"):
        hiptx.rehab_phase(thr, today=weeks(2), criteria_met=["canes-removed"])


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 400), st.lists(st.sampled_from(ALL), unique=True))
def test_phases_move_only_when_time_has_passed_and_criteria_are_met(
    days: int, met: list[str]
) -> None:
    day = OP + datetime.timedelta(days=days)
    status = hiptx.rehab_phase(ARTHROSCOPY, today=day, criteria_met=met)
    assert status.phase is not None
    for earlier in PHASES[: status.phase - 1]:
        # Every phase passed: its window is over and its criteria are met.
        assert earlier.window.high is not None
        assert day >= OP + datetime.timedelta(weeks=earlier.window.high)
        assert all(c.id in met for c in earlier.criteria)
    # More criteria met never moves a patient back.
    more = hiptx.rehab_phase(ARTHROSCOPY, today=day, criteria_met=ALL)
    assert more.phase is not None and more.phase >= status.phase
    later = hiptx.rehab_phase(
        ARTHROSCOPY, today=day + datetime.timedelta(days=30), criteria_met=met
    )
    assert later.phase is not None and later.phase >= status.phase
