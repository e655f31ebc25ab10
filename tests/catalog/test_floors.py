"""Safety floors, local overrides and provenance: a catalog cannot weaken safety silently.

The floor is the bundled catalog's rules. The expected outcomes follow from the
floor's definition (hiptx.catalog._floors): a red flag keeps a pathway at least as
urgent as the bundled one (no override lowers it), no bundled combination goes, and
a safety threshold other than the sources' value loads only as a named
LocalOverride, whose reasons then say it is the catalog's own value.
"""

from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from hiptx.catalog import _catalog, _floors
from tests.support.catalogs import clinic_catalog, refusal_of
from tests.support.programmes import ADDUCTION, programme_for, weak

RF = hiptx.RedFlag
KEMP_QUOTE_3 = "should not exceed a 3/10"


def _rules() -> hiptx.RuleSet:
    return hiptx.load_catalog().rules


def _ceiling(value: float) -> hiptx.RuleSet:
    rules = _rules()
    return attrs.evolve(rules, pain_ceiling=attrs.evolve(rules.pain_ceiling, value=value))


def _override(threshold: hiptx.SafetyThreshold, value: float) -> hiptx.LocalOverride:
    return hiptx.LocalOverride(
        threshold=threshold, value=value, set_by="Hip clinic lead", reason="A made-up choice."
    )


def _overlay_rules(tmp_path: pathlib.Path, edit: Any) -> pathlib.Path:
    """An overlay directory holding only a rules.json: the bundled one, edited."""
    clinic = tmp_path / "clinic"
    clinic.mkdir()
    data = json.loads(hiptx.to_json(_rules()))
    edit(data)
    (clinic / "rules.json").write_text(json.dumps(data), encoding="utf-8")
    return clinic


# --- red flags: no override lowers them -----------------------------------------------


def _route(flag: hiptx.RedFlag, pathway: hiptx.Pathway) -> hiptx.RuleSet:
    rules = _rules()
    return attrs.evolve(
        rules,
        red_flags=tuple(
            attrs.evolve(r, pathway=pathway) if r.flag is flag else r for r in rules.red_flags
        ),
    )


def test_an_overlay_routing_fracture_to_a_lesser_pathway_is_refused(
    tmp_path: pathlib.Path, cat: hiptx.Catalog
) -> None:
    # The probe: suspected fracture (A&E in the bundled catalog) sent to an
    # urgent clinical assessment by a clinic overlay with replace=True.
    def lower(data: dict[str, Any]) -> None:
        for rule in data["red_flags"]:
            if rule["flag"] == "suspected_fracture":
                rule["pathway"] = "urgent_clinical_assessment"

    clinic = _overlay_rules(tmp_path, lower)
    (problem,) = refusal_of(clinic, extends=cat, replace=True)
    assert problem.path.endswith("/pathway")
    assert "suspected_fracture" in problem.message and "less urgent" in problem.message


@pytest.mark.parametrize(
    ("flag", "pathway", "refused"),
    [
        # Bundled A&E: anything else is less urgent.
        (RF.SUSPECTED_FRACTURE, hiptx.Pathway.URGENT_FRACTURE_CLINIC, True),
        (RF.SUSPECTED_INFECTION, hiptx.Pathway.TWO_WEEK_WAIT, True),
        # Bundled urgent clinical assessment: A&E raises it, another urgent route keeps it.
        (RF.NEUROVASCULAR_COMPROMISE, hiptx.Pathway.A_AND_E, False),
        (RF.NEUROVASCULAR_COMPROMISE, hiptx.Pathway.URGENT_SPECIALIST, False),
        # Bundled two-week wait: the same pathway is no change.
        (RF.SUSPECTED_MALIGNANCY, hiptx.Pathway.TWO_WEEK_WAIT, False),
    ],
)
def test_a_pathway_may_be_raised_but_not_lowered(
    flag: hiptx.RedFlag, pathway: hiptx.Pathway, refused: bool
) -> None:
    rules = _route(flag, pathway)
    if refused:
        with pytest.raises(hiptx.CatalogDataError, match=flag.value):
            clinic_catalog(rules=rules)
    else:
        referral = hiptx.check_red_flags({flag}, catalog=clinic_catalog(rules=rules))
        assert referral.pathways[0] is pathway


@settings(max_examples=40, deadline=None)
@given(flag=st.sampled_from(list(RF)), pathway=st.sampled_from(list(hiptx.Pathway)))
def test_any_reroute_loads_exactly_when_it_is_at_least_as_urgent(
    flag: hiptx.RedFlag, pathway: hiptx.Pathway
) -> None:
    (bundled,) = [r for r in _rules().red_flags if r.flag is flag]
    if pathway.urgency.rank > bundled.urgency.rank:
        with pytest.raises(hiptx.CatalogDataError, match="less urgent"):
            clinic_catalog(rules=_route(flag, pathway))
    else:
        assert hiptx.check_red_flags(
            {flag}, catalog=clinic_catalog(rules=_route(flag, pathway))
        ).urgent


def test_removing_every_red_flag_rule_and_combination_is_refused_naming_each() -> None:
    rules = attrs.evolve(_rules(), red_flags=(), red_flag_combinations=())
    with pytest.raises(hiptx.CatalogDataError) as info:
        clinic_catalog(rules=rules)
    messages = [p.message for p in info.value.details]
    assert sum("has no rule" in m for m in messages) == len(RF)
    assert sum("combination" in m for m in messages) == len(_rules().red_flag_combinations)


def test_a_combination_may_be_added_but_not_removed() -> None:
    rules = _rules()
    first, *rest = rules.red_flag_combinations
    with pytest.raises(hiptx.CatalogDataError, match="is missing"):
        clinic_catalog(rules=attrs.evolve(rules, red_flag_combinations=tuple(rest)))
    extra = hiptx.RedFlagCombination(
        flags=(RF.SEVERE_SPASM, RF.TRAUMA),
        implies=RF.SUSPECTED_FRACTURE,
        reading="A made-up clinic reading.",
        citations=first.citations,
    )
    more = clinic_catalog(
        rules=attrs.evolve(rules, red_flag_combinations=(*rules.red_flag_combinations, extra))
    )
    referral = hiptx.check_red_flags({RF.SEVERE_SPASM, RF.TRAUMA}, catalog=more)
    assert RF.SUSPECTED_FRACTURE in referral.implied


def test_merge_and_a_full_copy_are_held_to_the_same_floor(data_copy: pathlib.Path) -> None:
    with pytest.raises(hiptx.CatalogDataError, match="pain_ceiling"):
        clinic_catalog(rules=_ceiling(10))
    # A full user copy of the data directory, its ceiling raised and nothing named.
    path = data_copy / "rules.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pain_ceiling"]["value"] = 10
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError, match="named local override"):
        hiptx.load_catalog(data_copy)


# --- thresholds: a named local override ----------------------------------------------


def test_a_raised_ceiling_loads_only_with_its_override_and_every_reason_says_so(
    tmp_path: pathlib.Path, cat: hiptx.Catalog
) -> None:
    def raise_ceiling(data: dict[str, Any]) -> None:
        data["pain_ceiling"]["value"] = 5

    weakened = _overlay_rules(tmp_path, raise_ceiling)
    with pytest.raises(
        hiptx.CatalogDataError, match=r"pain_ceiling is 5 where the sources' value is 3"
    ):
        hiptx.load_catalog(weakened, extends=cat, replace=True)

    def raise_and_name(data: dict[str, Any]) -> None:
        raise_ceiling(data)
        data["overrides"] = [
            {"threshold": "pain_ceiling", "value": 5, "set_by": "Dr A", "reason": "Our protocol."}
        ]

    clinic_dir = tmp_path / "named"
    clinic_dir.mkdir()
    clinic = _overlay_rules(clinic_dir, raise_and_name)
    extended = hiptx.load_catalog(clinic, extends=cat, replace=True)
    (override,) = extended.provenance.overrides
    assert (override.threshold, override.value, override.set_by) == (
        hiptx.SafetyThreshold.PAIN_CEILING,
        5,
        "Dr A",
    )
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=4, pain_after_24h=4)
    decision = hiptx.check_progression("side-lying-hip-adduction", [session], catalog=extended)
    assert decision.provenance.overrides == (override,)
    ceiling_reasons = [
        r
        for p in decision.session_pain
        for r in p.reasons
        if r.code in (hiptx.ReasonCode.PAIN_WITHIN_CEILING, hiptx.ReasonCode.PAIN_ABOVE_CEILING)
    ]
    assert ceiling_reasons
    for reason in ceiling_reasons:
        assert reason.basis is hiptx.Basis.LOCAL_OVERRIDE
        assert "your catalog's ceiling, 5/10" in reason.message
        assert "the sources' is 3/10" in reason.message
        assert reason.citations == ()
    # Above the catalog's own ceiling: the overload reason says whose it is and
    # cites no quote that gives 3/10.
    bad = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=7)
    assessment = hiptx.classify_pain(bad, catalog=extended)
    (not_settled,) = [r for r in assessment.reasons if r.code is hiptx.ReasonCode.PAIN_NOT_SETTLED]
    assert "your catalog's ceiling, 5/10" in not_settled.message
    kemp = {c.quote for c in cat.rules.pain_ceiling.citations}
    assert not kemp & {c.quote for c in not_settled.citations}
    assert all(KEMP_QUOTE_3 not in (c.quote or "") for c in not_settled.citations)


def test_a_lingering_pain_override_is_named_in_its_reason() -> None:
    rules = _rules()
    hours = attrs.evolve(
        rules,
        lingering_pain_hours=attrs.evolve(rules.lingering_pain_hours, value=4),
        overrides=(_override(hiptx.SafetyThreshold.LINGERING_PAIN_HOURS, 4),),
    )
    clinic = clinic_catalog(rules=hours)
    session = hiptx.SessionRecord(
        sets=3, reps=10, pain_during=1, pain_after_24h=1, pain_lasted_hours=5
    )
    (lingered, *_) = hiptx.classify_pain(session, catalog=clinic).reasons
    assert lingered.code is hiptx.ReasonCode.PAIN_LINGERED
    assert lingered.basis is hiptx.Basis.LOCAL_OVERRIDE and lingered.citations == ()
    assert "your catalog's limit, 4 h" in lingered.message
    assert "the sources' is 2 h" in lingered.message
    # Within the catalog's 4 h: no overload at all.
    three = attrs.evolve(session, pain_lasted_hours=3)
    assert hiptx.classify_pain(three, catalog=clinic).response is hiptx.PainResponse.ACCEPTABLE


def _severe(value: float | None) -> hiptx.RuleSet:
    rules = _rules()
    assert rules.severe_pain_during is not None
    changed = None if value is None else attrs.evolve(rules.severe_pain_during, value=value)
    return attrs.evolve(rules, severe_pain_during=changed)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (9, "raised: severe pain reduces the load only at 9/10"),
        (None, "dropped: severe pain never reduces the load"),
    ],
)
def test_the_severe_pain_threshold_changes_only_by_name(value: float | None, why: str) -> None:
    # hiptx's own default, not a source's, but it protects the patient the same way.
    with pytest.raises(hiptx.CatalogDataError) as refused:
        clinic_catalog(rules=_severe(value))
    (problem,) = refused.value.details
    assert problem.path.startswith("/severe_pain_during"), why
    assert "hiptx's default value is 7" in problem.message, why


def test_a_severe_pain_override_is_the_catalogs_own_in_its_reason() -> None:
    override = _override(hiptx.SafetyThreshold.SEVERE_PAIN_DURING, 9)
    clinic = clinic_catalog(rules=attrs.evolve(_severe(9), overrides=(override,)))
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=9, pain_after_24h=2)
    (severe,) = [
        r
        for r in hiptx.classify_pain(session, catalog=clinic).reasons
        if r.code is hiptx.ReasonCode.SEVERE_PAIN
    ]
    assert severe.basis is hiptx.Basis.LOCAL_OVERRIDE
    assert "your catalog's severe-pain threshold, 9/10" in severe.message
    assert "hiptx's default is 7/10" in severe.message
    # Below the clinic's threshold, 8/10 (above the ceiling) is not called severe.
    lower = hiptx.SessionRecord(sets=3, reps=10, pain_during=8, pain_after_24h=2)
    codes = {r.code for r in hiptx.classify_pain(lower, catalog=clinic).reasons}
    assert hiptx.ReasonCode.SEVERE_PAIN not in codes


@pytest.mark.parametrize(
    ("value", "overrides", "expected"),
    [
        # A stricter ceiling is still a change: named, it loads.
        (2, (2,), None),
        # The sources' own value named as an override overrides nothing.
        (3, (3,), "overrides nothing"),
        # An override whose value is not the threshold's records a choice not made.
        (5, (4,), "the value pain_ceiling sets"),
        # Two overrides of one threshold.
        (5, (5, 5), "at most one override per threshold"),
    ],
)
def test_overrides_must_name_the_change_made(
    value: float, overrides: tuple[float, ...], expected: str | None
) -> None:
    def build() -> hiptx.Catalog:
        rules = attrs.evolve(
            _ceiling(value),
            overrides=tuple(
                attrs.evolve(_override(hiptx.SafetyThreshold.PAIN_CEILING, v), set_by=f"Lead {i}")
                for i, v in enumerate(overrides)
            ),
        )
        return clinic_catalog(rules=rules)

    if expected is None:
        assert build().rules.pain_ceiling.value == value
    else:
        with pytest.raises((hiptx.CatalogDataError, hiptx.InvalidValueError), match=expected):
            build()


def test_an_override_names_a_known_threshold() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="SafetyThreshold"):
        hiptx.LocalOverride(
            threshold="pain_ceiling",  # type: ignore[arg-type]
            value=5,
            set_by="x",
            reason="y",
        )


def test_a_catalog_built_before_any_floor_is_known_is_not_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The loader registers the floor when hiptx.catalog is imported; without one
    # (only inside hiptx's own import) nothing can be compared.
    monkeypatch.setattr(_floors, "_floor_rules", None)
    assert clinic_catalog(rules=_ceiling(10)).rules.pain_ceiling.value == 10


# --- identity: digest and provenance ----------------------------------------------------


def test_the_digest_changes_with_any_content_and_not_with_order(cat: hiptx.Catalog) -> None:
    assert len(cat.digest) == 64 and cat.digest == cat.digest.lower()
    parts = cat._parts
    reordered = hiptx.Catalog(**{**parts, "sources": tuple(reversed(parts["sources"]))})
    assert reordered == cat and reordered.digest == cat.digest
    renamed = hiptx.Catalog(**{**parts, "version": "other"})
    first = parts["risks"][0]
    edited = hiptx.Catalog(
        **{
            **parts,
            "risks": (attrs.evolve(first, name=first.name + " (edited)"), *parts["risks"][1:]),
        }
    )
    digests = {cat.digest, renamed.digest, edited.digest}
    assert len(digests) == 3


@settings(max_examples=15, deadline=None)
@given(position=st.integers(min_value=0, max_value=200), suffix=st.text(min_size=1, max_size=3))
def test_any_changed_name_changes_the_digest(position: int, suffix: str) -> None:
    cat = hiptx.load_catalog()
    treatments = cat._parts["treatments"]
    index = position % len(treatments)
    name = (
        treatments[index].name + "-" + suffix.strip()
        if suffix.strip()
        else treatments[index].name + "!"
    )
    try:
        changed = attrs.evolve(treatments[index], name=name)
    except hiptx.HiptxError:
        return  # text hiptx refuses anyway
    other = hiptx.Catalog(
        **{**cat._parts, "treatments": (*treatments[:index], changed, *treatments[index + 1 :])}
    )
    assert other.digest != cat.digest


def _every_rule_result(catalog: hiptx.Catalog) -> list[Any]:
    import datetime

    plan = weak(ADDUCTION, catalog=catalog)
    monday = datetime.date(2026, 1, 5)
    programme = hiptx.build_programme(
        plan, start=monday, weeks=2, sessions_per_week=2, catalog=catalog
    )
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    answers = {f"oxford-hip-score-{i}": 3 for i in range(1, 13)}
    score = hiptx.score_questionnaire("oxford-hip-score", answers, catalog=catalog)
    return [
        hiptx.estimate_recovery("hip-arthroscopy", catalog=catalog),
        hiptx.compare_recovery(["hip-arthroscopy"], catalog=catalog),
        hiptx.check_progression("side-lying-hip-adduction", [session], catalog=catalog),
        hiptx.check_progression("side-lying-hip-adduction", [], catalog=catalog),
        hiptx.check_progression(
            "side-lying-hip-adduction", [], red_flags={RF.TRAUMA}, catalog=catalog
        ),
        hiptx.classify_pain(session, catalog=catalog),
        hiptx.check_red_flags(set(), catalog=catalog),
        hiptx.check_red_flags({RF.TRAUMA}, catalog=catalog),
        hiptx.meets_activity_guideline(aerobic_minutes=10, strength_sessions=1, catalog=catalog),
        hiptx.coverage("personalised-hip-therapy", catalog=catalog),
        hiptx.coverage(["side-lying-hip-adduction"], catalog=catalog),
        plan,
        hiptx.plan_exercises(hiptx.Assessment(findings={}), red_flags={RF.TRAUMA}, catalog=catalog),
        programme,
        hiptx.advance_programme(programme, {}, today=monday, catalog=catalog),
        hiptx.advance_programme(
            programme, {}, today=monday, red_flags={RF.TRAUMA}, catalog=catalog
        ),
        hiptx.screen_conservative_care(hiptx.HipStatus(), catalog=catalog),
        hiptx.screen_conservative_care(hiptx.HipStatus(), red_flags={RF.TRAUMA}, catalog=catalog),
        hiptx.rehab_phase(
            hiptx.Surgery(treatment_id="hip-arthroscopy", date=monday, side=hiptx.Side.LEFT),
            today=monday,
            catalog=catalog,
        ),
        hiptx.rehab_phase(
            hiptx.Surgery(treatment_id="total-hip-replacement", date=monday, side=hiptx.Side.LEFT),
            today=monday,
            catalog=catalog,
        ),
        score,
        hiptx.interpret_scores(score, score, population="hip-replacement", catalog=catalog),
    ]


def test_every_rule_result_says_which_catalog_produced_it(cat: hiptx.Catalog) -> None:
    clinic = clinic_catalog(
        rules=attrs.evolve(
            _ceiling(5), overrides=(_override(hiptx.SafetyThreshold.PAIN_CEILING, 5),)
        )
    )
    assert clinic.digest != cat.digest
    for catalog in (cat, clinic):
        for result in _every_rule_result(catalog):
            assert result.provenance == catalog.provenance, type(result).__name__
    assert cat.provenance.overrides == ()
    assert clinic.provenance.overrides == clinic.rules.overrides != ()


def test_a_result_built_by_hand_says_it_is_the_bundled_catalogs(cat: hiptx.Catalog) -> None:
    built = hiptx.PainAssessment(response=hiptx.PainResponse.ACCEPTABLE, reasons=())
    assert built.provenance == cat.provenance
    with pytest.raises(hiptx.WrongTypeError, match="provenance"):
        hiptx.PainAssessment(
            response=hiptx.PainResponse.ACCEPTABLE,
            reasons=(),
            provenance="x",  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("digest", ["", "0" * 63, "G" * 64, "A" * 64, 7])
def test_a_provenance_needs_a_real_digest(digest: object) -> None:
    with pytest.raises((hiptx.InvalidValueError, hiptx.WrongTypeError), match="digest"):
        hiptx.Provenance(data_version="1", digest=digest)  # type: ignore[arg-type]


def test_provenance_round_trips_through_json(cat: hiptx.Catalog) -> None:
    decision = hiptx.check_red_flags({RF.TRAUMA})
    back = hiptx.from_dict(hiptx.Referral, json.loads(hiptx.to_json(decision)))
    assert back == decision and back.provenance.digest == cat.digest


def test_the_generated_builders_read_overrides_as_the_strict_path_does() -> None:
    # The bundled catalog has no override, so its fast load never builds one: the
    # trusted and strict builders are checked on a rules document that has one.
    from hiptx.catalog import _builders

    rules = attrs.evolve(_ceiling(5), overrides=(_override(hiptx.SafetyThreshold.PAIN_CEILING, 5),))
    data = hiptx.to_dict(rules)
    assert _builders.trusted_RuleSet(data) == rules
    assert _builders.strict_RuleSet(data) == rules


CEILING_CODES = {
    hiptx.ReasonCode.PAIN_WITHIN_CEILING,
    hiptx.ReasonCode.PAIN_ABOVE_CEILING,
    hiptx.ReasonCode.PAIN_NOT_SETTLED,
    hiptx.ReasonCode.PAIN_CEILING,
    hiptx.ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING,
    hiptx.ReasonCode.ASSESSMENT_PAIN_WITHIN_CEILING,
    hiptx.ReasonCode.PAIN_SCORE_NOT_RECORDED,
}


def _reasons_in(obj: object) -> list[hiptx.Reason]:
    found: list[hiptx.Reason] = []
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, hiptx.Reason):
            found.append(item)
        elif isinstance(item, (tuple, list)):
            stack.extend(item)
        elif attrs.has(type(item)) and not isinstance(item, hiptx.Provenance):
            stack.extend(getattr(item, f.name) for f in attrs.fields(type(item)))  # type: ignore[arg-type]
    return found


def test_every_reason_applying_a_local_ceiling_says_so_and_cites_no_quote(
    cat: hiptx.Catalog,
) -> None:
    clinic = clinic_catalog(
        rules=attrs.evolve(
            _ceiling(5), overrides=(_override(hiptx.SafetyThreshold.PAIN_CEILING, 5),)
        )
    )
    painful = {hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL}
    results = [
        *_every_rule_result(clinic),
        hiptx.plan_exercises(hiptx.Assessment(findings=painful), catalog=clinic),
        hiptx.plan_exercises(
            hiptx.Assessment(findings=painful, pain_scores={hiptx.MovementPattern.ADDUCTION: 4}),
            catalog=clinic,
        ),
        hiptx.plan_exercises(
            hiptx.Assessment(findings=painful, pain_scores={hiptx.MovementPattern.ADDUCTION: 7}),
            catalog=clinic,
        ),
        # Above the clinic's ceiling (5) and below hiptx's severe-pain default (7).
        hiptx.classify_pain(
            hiptx.SessionRecord(sets=3, reps=10, pain_during=6, pain_after_24h=2), catalog=clinic
        ),
    ]
    sources_ceiling = set(cat.rules.pain_ceiling.citations)
    applied = [
        r
        for result in results
        for r in _reasons_in(result)
        if r.code in CEILING_CODES and r.basis is not hiptx.Basis.HIPTX_DEFAULT
    ]
    assert {r.code for r in applied} == CEILING_CODES - {hiptx.ReasonCode.PAIN_NOT_SETTLED}
    for reason in applied:
        assert not sources_ceiling & set(reason.citations), reason
        assert "your catalog's ceiling, 5/10" in reason.message, reason
        assert reason.basis is hiptx.Basis.LOCAL_OVERRIDE, reason


def test_the_recorded_bundled_digest_is_the_content_digest() -> None:
    # The bundled load takes the digest tools/generate_builders.py recorded in
    # hiptx/data/validated.json; it must be the one the content gives
    # (tests/catalog/test_pipeline.py keeps the record current).
    from hiptx.catalog._identity import content_digest

    fast = hiptx.load_catalog()
    assert fast._digest is not None  # taken from the record, not worked out
    assert fast.digest == content_digest(fast._parts)


def test_a_clinicians_adjustment_says_which_catalog_produced_it(cat: hiptx.Catalog) -> None:
    # adjust_programme ends as advance_programme does: both name the catalog used.
    clinic = clinic_catalog(
        rules=attrs.evolve(
            _ceiling(5), overrides=(_override(hiptx.SafetyThreshold.PAIN_CEILING, 5),)
        )
    )
    monday = datetime.date(2026, 1, 5)
    programme = programme_for(ADDUCTION, catalog=clinic, start=monday, weeks=4, sessions_per_week=2)
    update = hiptx.adjust_programme(
        programme,
        today=monday,
        by="A. Clinician",
        reason="to pause while away",
        exercise_id=programme.slots[0].exercise_id,
        paused=True,
        catalog=clinic,
    )
    assert update.provenance == clinic.provenance != cat.provenance
    assert update.programme.provenance == clinic.provenance


def test_a_pickled_catalog_keeps_its_digest_without_working_it_out(
    cat: hiptx.Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    digest = cat.digest
    copy = pickle.loads(pickle.dumps(cat))  # noqa: S301 - our own bytes, just made

    def never(_parts: object) -> str:
        raise AssertionError("the digest was worked out again")

    monkeypatch.setattr(_catalog, "content_digest", never)
    assert copy.digest == digest
