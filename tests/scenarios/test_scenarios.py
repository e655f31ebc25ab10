"""Clinical scenario vectors: published-style test vectors for every rule.

The tables are one file per rule beside this one (progression.py, red_flags.py,
..., surgery.py), written with keyword fields (tests/support/scenarios.py); this
file runs them all.

Each row is one patient situation: the input, the outcome a clinician reading the
sources would expect, the reason codes that must be present (and, where it matters,
absent), and the rationale with its source. The expected values come from the
sources and the hazard log (docs/safety.md), never from running the code.

Sources, by short name:
  KEMP   the Physio Network practical (after Jo Kemp): 3 x 8-10 reps at <= 3/10 pain
         during and in the 24 h after; 3 x 20-30 s for trunk holds.
  CM     Caring Medical (a prolotherapy clinic, an opinion): joint pain > 2 h, sharp
         joint pain, or a hot or swollen joint = too much load.
  MHE    "My Hip Exercise" (University of Melbourne): do not progress if hip pain
         increased for more than a day.
  NHS    the NHS red-flag pathways (clinical-facts.md section 9).
  WHO    150 aerobic minutes and 2 strength sessions a week, as KEMP quotes it.
  HIPTX  hiptx's own safety default (docs/defaults.md).
"""

from __future__ import annotations

import hiptx
from tests.scenarios import (
    activity,
    candidacy,
    coverage,
    pain,
    plans,
    programme,
    progression,
    recovery,
    red_flags,
    surgery,
)
from tests.support.scenarios import Scenario, check, check_reasons, check_table, each

CLINICAL = (
    *progression.SCENARIOS,
    *pain.SCENARIOS,
    *red_flags.SCENARIOS,
    *plans.SCENARIOS,
    *candidacy.SCENARIOS,
    *activity.SCENARIOS,
    *recovery.SCENARIOS,
    *coverage.SCENARIOS,
    *programme.SCENARIOS,
)
"""The tables before surgery (issues up to 21)."""

SURGERY = surgery.SCENARIOS
"""The table after surgery (issue 22): its sources are listed in surgery.py."""


@each((*CLINICAL, *SURGERY))
def test_scenario(cat: hiptx.Catalog, scenario: Scenario) -> None:
    check(cat, scenario)


def test_there_are_enough_scenarios_with_rationale() -> None:
    check_table(CLINICAL, at_least=40)


def test_there_are_at_least_25_vectors_with_rationale() -> None:
    check_table(SURGERY, at_least=25)


def test_the_reason_checks_below_meet_both_kinds_of_reason(cat: hiptx.Catalog) -> None:
    # Several scenarios give no reasons; the table as a whole must reach both
    # branches of the check below, or that check could pass having checked nothing.
    bases = {r.basis for sc in SURGERY for r in sc.reasons(sc.given(cat))}
    assert {hiptx.Basis.HIPTX_DEFAULT, hiptx.Basis.SURGEON} <= bases


@each(CLINICAL)
def test_every_reason_says_whose_opinion_and_hiptx_defaults_cite_nothing(
    cat: hiptx.Catalog, scenario: Scenario
) -> None:
    check_reasons(cat, scenario)


@each(SURGERY)
def test_hiptx_defaults_cite_nothing_and_say_they_are_hiptxs(
    cat: hiptx.Catalog, scenario: Scenario
) -> None:
    check_reasons(cat, scenario)
