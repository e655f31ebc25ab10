"""Reasons (explain.py): every cited reason of every rule names its sources' kinds."""

from __future__ import annotations

import attrs

import hiptx


def _all_reasons(obj: object) -> list[hiptx.Reason]:
    if isinstance(obj, hiptx.Reason):
        return [obj]
    if isinstance(obj, (tuple, list)):
        return [r for item in obj for r in _all_reasons(item)]
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        return [r for f in fields for r in _all_reasons(getattr(obj, f.name))]
    return []


def test_every_cited_reason_of_every_rule_names_its_sources_kinds() -> None:
    # Apps filter opinions by evidence_kinds: a cited reason with no kinds would
    # slip through that filter.
    cat = hiptx.load_catalog()

    def overloaded(exercise: hiptx.Exercise) -> hiptx.SessionRecord:
        reps = exercise.dose is not None and exercise.dose.uses_reps
        return hiptx.SessionRecord(
            sets=3,
            pain_during=5,
            pain_after_24h=4,
            swelling=True,
            reps=10 if reps else None,
            hold_seconds=None if reps else 20,
        )

    results: list[object] = [
        hiptx.meets_activity_guideline(aerobic_minutes=10, strength_sessions=0),
        hiptx.check_red_flags({hiptx.RedFlag.SUSPECTED_INFECTION}),
        hiptx.screen_conservative_care(hiptx.HipStatus(fused=True)),
        hiptx.plan_exercises(
            hiptx.Assessment(findings=dict.fromkeys(hiptx.MovementPattern, hiptx.Finding.WEAK))
        ),
        *(hiptx.estimate_recovery(t, job=hiptx.JobDemand.MANUAL) for t in cat.treatments),
        *(hiptx.coverage(t) for t in cat.treatments.values()),
        *(hiptx.check_progression(e, [overloaded(e)]) for e in cat.exercises.values()),
    ]
    cited = [r for result in results for r in _all_reasons(result) if r.citations]
    assert len(cited) > 100
    for reason in cited:
        kinds = {cat.sources[c.source_id].kind for c in reason.citations}
        assert set(reason.evidence_kinds) == kinds, reason.code
