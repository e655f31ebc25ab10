"""Results built without validators equal those built with them, and pass them."""

from __future__ import annotations

import copy

import attrs
from hypothesis import given, strategies as st

import hiptx


def rebuilt(obj: object) -> object:
    """``obj`` built again through every class's ``__init__`` (validators included)."""
    if attrs.has(type(obj)) and not type(obj).__module__.startswith("hiptx.model"):
        values = {f.name: rebuilt(getattr(obj, f.name)) for f in attrs.fields(type(obj))}  # type: ignore[arg-type]
        return type(obj)(**values)
    if isinstance(obj, tuple):
        return tuple(rebuilt(x) for x in obj)
    return obj


@given(
    treatment=st.sampled_from(sorted(hiptx.load_catalog().treatments)),
    job=st.sampled_from([None, *hiptx.JobDemand]),
    protocol=st.sampled_from(list(hiptx.WeightBearing)),
)
def test_recovery_estimates_pass_their_own_validators(
    treatment: str, job: hiptx.JobDemand | None, protocol: hiptx.WeightBearing
) -> None:
    cat = hiptx.load_catalog()
    estimate = hiptx.estimate_recovery(cat.treatments[treatment], job=job, weight_bearing=protocol)
    again = rebuilt(estimate)
    assert again == estimate
    assert hash(again) == hash(estimate)


@given(
    pains=st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), max_size=3),
    sharp=st.booleans(),
    exercise=st.sampled_from(["side-lying-hip-adduction", "standing-banded-hip-adduction"]),
)
def test_progression_decisions_pass_their_own_validators(
    pains: list[tuple[int, int]], sharp: bool, exercise: str
) -> None:
    sessions = [
        hiptx.SessionRecord(sets=3, reps=10, pain_during=d, pain_after_24h=a, sharp_pain=sharp)
        for d, a in pains
    ]
    decision = hiptx.check_progression(exercise, sessions)
    assert rebuilt(decision) == decision
    # The same call twice (the second from what the catalog holds) gives an equal
    # decision, and so does a call on a fresh copy of the catalog, which holds nothing.
    assert hiptx.check_progression(exercise, sessions) == decision
    fresh = copy.deepcopy(hiptx.load_catalog())
    assert hiptx.check_progression(exercise, sessions, catalog=fresh) == decision


@given(
    during=st.integers(0, 10),
    after=st.integers(0, 10),
    ceiling=st.sampled_from([None, 0, 3, 7]),
)
def test_a_shared_pain_assessment_is_the_one_a_fresh_check_builds(
    during: int, after: int, ceiling: int | None
) -> None:
    # Without an overload sign an assessment depends on the two scores only, and is
    # shared; with an overload sign it is built each time. Either way it equals what
    # a check starting from empty caches builds, for the ceiling it was asked for.
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=during, pain_after_24h=after)
    first = hiptx.classify_pain(session, pain_ceiling=ceiling)
    again = hiptx.classify_pain(session, pain_ceiling=ceiling)
    fresh_catalog = copy.deepcopy(hiptx.load_catalog())
    fresh = hiptx.classify_pain(session, pain_ceiling=ceiling, catalog=fresh_catalog)
    assert first == again == fresh
    assert rebuilt(fresh) == fresh
    limit = 3 if ceiling is None else ceiling
    assert (first.response is hiptx.PainResponse.ACCEPTABLE) == (max(during, after) <= limit)


def test_reason_helpers_match_the_constructor() -> None:
    cat = hiptx.load_catalog()
    rule = cat.rules.hot_or_swollen_joint
    cited = hiptx.Reason.cited(
        hiptx.ReasonCode.HOT_OR_SWOLLEN_JOINT, "x", rule.citations, cat.sources
    )
    kinds = tuple(
        k for k in hiptx.SourceKind if k in {cat.sources[c.source_id].kind for c in rule.citations}
    )
    assert cited == hiptx.Reason(
        code=hiptx.ReasonCode.HOT_OR_SWOLLEN_JOINT,
        message="x",
        citations=rule.citations,
        evidence_kinds=kinds,
    )
    own = hiptx.Reason.hiptx_default(hiptx.ReasonCode.PAIN_RISING, "y")
    assert own == hiptx.Reason(
        code=hiptx.ReasonCode.PAIN_RISING, message="y", basis=hiptx.Basis.HIPTX_DEFAULT
    )
    # A plain dict of sources (which may change) is never cached.
    sources = dict(cat.sources)
    one = rule.citations[:1]
    first = hiptx.Reason.cited(hiptx.ReasonCode.SHARP_PAIN, "z", one, sources)
    del sources[one[0].source_id]
    second = hiptx.Reason.cited(hiptx.ReasonCode.SHARP_PAIN, "z", one, sources)
    assert len(first.evidence_kinds) == 1
    assert second.evidence_kinds == ()


def test_reason_helpers_build_a_subclass_through_its_constructor() -> None:
    # The fast path builds only Reason itself; a subclass gets its own type back,
    # built (and checked) by its own __init__, with the same fields.
    @attrs.frozen(kw_only=True)
    class ClinicReason(hiptx.Reason):
        pass

    cat = hiptx.load_catalog()
    rule = cat.rules.hot_or_swollen_joint
    code = hiptx.ReasonCode.HOT_OR_SWOLLEN_JOINT
    cited = ClinicReason.cited(code, "x", rule.citations, cat.sources)
    plain = hiptx.Reason.cited(code, "x", rule.citations, cat.sources)
    assert type(cited) is ClinicReason
    assert attrs.asdict(cited) == attrs.asdict(plain)
    assert cited.basis is hiptx.Basis.SOURCES
    own = ClinicReason.hiptx_default(hiptx.ReasonCode.PAIN_RISING, "y")
    assert type(own) is ClinicReason
    assert (own.basis, own.citations, own.message) == (hiptx.Basis.HIPTX_DEFAULT, (), "y")
