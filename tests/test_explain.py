"""Reasons (explain.py): one documented way to build each basis, and every cited
reason of every rule names its sources' kinds."""

from __future__ import annotations

import attrs
import pytest

import hiptx
from hiptx.explain import reason_maker


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


UNCITED = [
    (hiptx.Reason.hiptx_default, hiptx.Basis.HIPTX_DEFAULT),
    (hiptx.Reason.from_input, hiptx.Basis.INPUT),
    (hiptx.Reason.clinician, hiptx.Basis.CLINICIAN),
    (hiptx.Reason.surgeon, hiptx.Basis.SURGEON),
    (hiptx.Reason.local_override, hiptx.Basis.LOCAL_OVERRIDE),
]


@pytest.mark.parametrize(("make", "basis"), UNCITED)
def test_each_basis_has_its_classmethod(make: object, basis: hiptx.Basis) -> None:
    reason = make(hiptx.ReasonCode.CLINICIAN_CHOICE, "Chosen by Dr A: tired.")  # type: ignore[operator]
    assert type(reason) is hiptx.Reason
    assert reason == hiptx.Reason(
        code=hiptx.ReasonCode.CLINICIAN_CHOICE, message="Chosen by Dr A: tired.", basis=basis
    )
    assert hash(reason) == hash(
        hiptx.Reason(
            code=hiptx.ReasonCode.CLINICIAN_CHOICE, message="Chosen by Dr A: tired.", basis=basis
        )
    )
    assert (reason.basis, reason.citations, reason.evidence_kinds) == (basis, (), ())


@pytest.mark.parametrize(("make", "basis"), UNCITED)
@pytest.mark.parametrize("message", ["", " padded", "two\nlines", 3])
def test_a_bad_sentence_is_refused_as_the_constructor_refuses_it(
    make: object, basis: hiptx.Basis, message: object
) -> None:
    # The sentence may carry a clinician's words: the fast path checks it too.
    with pytest.raises(hiptx.HiptxError) as fast:
        make(hiptx.ReasonCode.CLINICIAN_CHOICE, message)  # type: ignore[operator]
    with pytest.raises(hiptx.HiptxError) as checked:
        hiptx.Reason(code=hiptx.ReasonCode.CLINICIAN_CHOICE, message=message, basis=basis)  # type: ignore[arg-type]
    assert type(fast.value) is type(checked.value)
    assert str(fast.value) == str(checked.value)


@pytest.mark.parametrize("make", [make for make, _ in UNCITED])
def test_a_code_that_is_not_a_reason_code_is_refused(make: object) -> None:
    with pytest.raises(hiptx.HiptxError):
        make("clinician-choice", "Chosen.")  # type: ignore[operator]


@pytest.mark.parametrize(("name", "basis"), [(m.__name__, b) for m, b in UNCITED])
def test_a_subclass_gets_its_own_type(name: str, basis: hiptx.Basis) -> None:
    @attrs.frozen(kw_only=True)
    class ClinicReason(hiptx.Reason):
        pass

    reason = getattr(ClinicReason, name)(hiptx.ReasonCode.SURGEON_ORDER, "As ordered.")
    assert type(reason) is ClinicReason
    assert reason.basis is basis


def test_a_rule_gives_a_reason_about_its_input_on_the_input_basis() -> None:
    # No sessions logged: the reason rests on what the caller gave, cites nothing.
    cat = hiptx.load_catalog()
    decision = hiptx.check_progression("side-lying-hip-adduction", [], catalog=cat)
    (no_sessions,) = decision.reasons
    assert (no_sessions.code, no_sessions.basis, no_sessions.citations) == (
        hiptx.ReasonCode.NO_SESSIONS,
        hiptx.Basis.INPUT,
        (),
    )


def _cited_fast(code: hiptx.ReasonCode, message: object) -> hiptx.Reason:
    cat = hiptx.load_catalog()
    rule = cat.rules.hot_or_swollen_joint
    return hiptx.Reason.cited(code, message, rule.citations, cat.sources)  # type: ignore[arg-type]


def _made(code: hiptx.ReasonCode, message: object) -> hiptx.Reason:
    cat = hiptx.load_catalog()
    rule = cat.rules.hot_or_swollen_joint
    return reason_maker(code, rule.citations, cat.sources)(message)  # type: ignore[arg-type]


@pytest.mark.parametrize("make", [_cited_fast, _made])
@pytest.mark.parametrize("message", ["", " padded", "two\nlines", "a\u202eb", "a\x00b", 3])
def test_a_cited_reason_refuses_a_bad_sentence_as_the_constructor_does(
    make: object, message: object
) -> None:
    # Reason.cited and its fast form are ways an app builds a Reason too (HZ-036).
    code = hiptx.ReasonCode.HOT_OR_SWOLLEN_JOINT
    with pytest.raises(hiptx.HiptxError) as fast:
        make(code, message)  # type: ignore[operator]
    with pytest.raises(hiptx.HiptxError) as checked:
        hiptx.Reason(code=code, message=message)  # type: ignore[arg-type]
    assert type(fast.value) is type(checked.value)
    assert str(fast.value) == str(checked.value)


@pytest.mark.parametrize("citations", [("not-a-citation",), (None,), ["list"]])
@pytest.mark.parametrize("code", [hiptx.ReasonCode.SHARP_PAIN, "sharp-pain"])
def test_cited_refuses_what_is_not_a_citation_by_its_type(citations: object, code: object) -> None:
    cat = hiptx.load_catalog()
    with pytest.raises(hiptx.WrongTypeError, match="citations"):
        hiptx.Reason.cited(code, "Sharp pain.", citations, cat.sources)  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="citations"):
        reason_maker(code, citations, cat.sources)  # type: ignore[arg-type]


def test_reason_maker_gives_what_cited_gives() -> None:
    cat = hiptx.load_catalog()
    rule = cat.rules.sharp_joint_pain
    code = hiptx.ReasonCode.SHARP_PAIN
    made = reason_maker(code, rule.citations, cat.sources)("Sharp pain.")
    cited = hiptx.Reason.cited(code, "Sharp pain.", rule.citations, cat.sources)
    assert type(made) is hiptx.Reason
    assert attrs.asdict(made) == attrs.asdict(cited)
