"""One harness for the clinical scenario tables (tests/scenarios/, one file per rule).

A row is a :class:`Scenario` written with keyword fields: what is ``given`` (a call
of a rule on a catalog), how its result is ``read``, what a clinician reading the
sources would ``expect``, the reason codes that must be present (``codes``) and
absent (``absent``), ``why``, and the ``source`` it rests on. The expected values
come from the sources and the hazard log (docs/safety.md), never from running the
code.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pytest

import hiptx
from tests.support.sessions import session


@dataclass(frozen=True, kw_only=True)
class Scenario:
    name: str
    given: Callable[[hiptx.Catalog], object]
    read: Callable[[object], object]
    expect: object
    codes: frozenset[hiptx.ReasonCode] = frozenset()
    absent: frozenset[hiptx.ReasonCode] = frozenset()
    why: str
    source: str
    reasons: Callable[[object], tuple[hiptx.Reason, ...]] = field(
        default=operator.attrgetter("reasons")
    )


def each(table: Sequence[Scenario]) -> pytest.MarkDecorator:
    """Run a test once per row, named by the row."""
    return pytest.mark.parametrize("scenario", table, ids=[sc.name for sc in table])


def check(cat: hiptx.Catalog, scenario: Scenario) -> None:
    """The row's result reads as expected, with the codes it needs and none it must not have."""
    result = scenario.given(cat)
    assert scenario.read(result) == scenario.expect, scenario.why
    codes = {r.code for r in scenario.reasons(result)}
    assert scenario.codes <= codes, (scenario.codes - codes, scenario.why)
    assert not (scenario.absent & codes), (scenario.absent & codes, scenario.why)


def check_reasons(cat: hiptx.Catalog, scenario: Scenario) -> None:
    """Every reason says whose it is: hiptx's defaults and the surgeon's orders cite
    nothing and say so; a reason resting on an opinion names its publisher."""
    for reason in scenario.reasons(scenario.given(cat)):
        if reason.basis is hiptx.Basis.HIPTX_DEFAULT:
            assert reason.citations == ()
            assert "hiptx" in reason.message
        if reason.basis is hiptx.Basis.SURGEON:
            assert reason.citations == ()
            assert "surgeon" in reason.message
        for citation in reason.citations:
            source = cat.sources[citation.source_id]
            if source.kind.is_opinion:
                # Whose advice it is, in the sentence itself.
                assert source.publisher is not None and source.publisher in reason.message, (
                    reason.message
                )
                assert reason.rests_on_opinion


def check_table(table: Sequence[Scenario], *, at_least: int) -> None:
    """A table has enough rows, each named once, each with its reason and source."""
    assert len(table) >= at_least
    assert len({sc.name for sc in table}) == len(table)
    assert all(sc.why and sc.source for sc in table)


def s(**changes: object) -> hiptx.SessionRecord:
    """A session at the target dose within the ceiling, changed by ``changes``."""
    return session(pain=2, **changes)


def decision(result: object) -> tuple[object, object]:
    """A progression decision, read as its outcome and the exercise it names next."""
    assert isinstance(result, hiptx.ProgressionDecision)
    return result.outcome, result.next_exercise_id


def no_reasons(_: object) -> tuple[hiptx.Reason, ...]:
    """For scenarios whose result is a plain value: no reason codes to check."""
    return ()


def plan(
    findings: dict[hiptx.MovementPattern, hiptx.Finding],
    scores: dict[hiptx.MovementPattern, int] | None = None,
    **kw: object,
) -> Callable[[hiptx.Catalog], object]:
    """The plan for an assessment of ``findings`` (and pain ``scores``), with ``kw``."""

    def run(cat: hiptx.Catalog) -> object:
        a = hiptx.Assessment(findings=findings, pain_scores=scores or {})
        return hiptx.plan_exercises(a, catalog=cat, **kw)  # type: ignore[arg-type]

    return run
