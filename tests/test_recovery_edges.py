"""Recovery estimates for milestone shapes the bundled data does not have."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import hiptx

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
