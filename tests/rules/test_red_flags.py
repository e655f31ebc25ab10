"""check_red_flags (rules/red_flags.py): urgency, combinations, and the catalog's pathways."""

from __future__ import annotations

import attrs

import hiptx
from tests.support.catalogs import clinic_catalog, clinic_with_own_neurovascular_pathway
from tests.support.programmes import ADDUCTION, MONDAY, weak

# --- red flags ----------------------------------------------------------------------------

RF = hiptx.RedFlag


def test_screening_and_programmes_refer_by_the_catalog_given() -> None:
    clinic = clinic_with_own_neurovascular_pathway()
    flags = {hiptx.RedFlag.NEUROVASCULAR_COMPROMISE}
    expected = hiptx.check_red_flags(flags, catalog=clinic)
    assert expected.pathways == (hiptx.Pathway.A_AND_E,)
    screened = hiptx.screen_conservative_care(hiptx.HipStatus(), red_flags=flags, catalog=clinic)
    assert screened.referral == expected
    plan = weak(ADDUCTION, catalog=clinic)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=2, sessions_per_week=2, catalog=clinic)
    update = hiptx.advance_programme(prog, {}, today=MONDAY, red_flags=flags, catalog=clinic)
    assert update.referral == expected
    assert [d.referral for d in update.decisions] == [expected]


def test_no_flag_is_not_urgent_and_says_it_is_no_diagnosis() -> None:
    referral = hiptx.check_red_flags(set())
    assert referral.urgent is False
    (reason,) = referral.reasons
    assert reason.message == (
        "None of the listed red flags was reported. This is not a diagnosis; "
        "clinical judgement still applies."
    )


def test_a_combination_reason_names_its_flags_and_whose_reading_it_is() -> None:
    cat = hiptx.load_catalog()
    (night_loss,) = [
        c for c in cat.rules.red_flag_combinations if c.implies is RF.SUSPECTED_MALIGNANCY
    ]
    referral = hiptx.check_red_flags({RF.NIGHT_OR_REST_PAIN, RF.UNEXPLAINED_WEIGHT_LOSS})
    (combined,) = [r for r in referral.reasons if r.code is hiptx.ReasonCode.RED_FLAG_COMBINATION]
    assert combined.message == (
        "Night or rest pain and unexplained weight loss: treated as suspected malignancy. "
        + night_loss.reading
    )
    assert combined.citations == night_loss.citations
    # Each flag, given or implied, has its own reason naming it.
    flagged = [
        r.message.split(":")[0] for r in referral.reasons if r.code is hiptx.ReasonCode.RED_FLAG
    ]
    assert sorted(flagged) == [
        "Night or rest pain",
        "Suspected malignancy",
        "Unexplained weight loss",
    ]
    # hiptx's own reading of trauma with inability to walk cites nothing.
    trauma = hiptx.check_red_flags({RF.TRAUMA, RF.UNABLE_TO_WALK_OR_MOVE_HIP})
    (own,) = [r for r in trauma.reasons if r.code is hiptx.ReasonCode.RED_FLAG_COMBINATION]
    assert (own.basis, own.citations) == (hiptx.Basis.HIPTX_DEFAULT, ())


def test_combinations_chain_whatever_their_order_in_the_catalog() -> None:
    # A made-up catalog where one combination's result completes another listed
    # before it: the second must still apply.
    rules = hiptx.load_catalog().rules
    first = hiptx.RedFlagCombination(
        flags=(RF.SEVERE_SPASM, RF.SUSPECTED_INFECTION),
        implies=RF.NEUROVASCULAR_COMPROMISE,
        reading="Made up for the test.",
        citations=rules.red_flag_combinations[0].citations,
        hiptx_reading=True,
    )
    chained = clinic_catalog(
        rules=attrs.evolve(rules, red_flag_combinations=(first, *rules.red_flag_combinations))
    )
    referral = hiptx.check_red_flags(
        {RF.HOT_SWOLLEN_JOINT_WITH_FEVER, RF.SEVERE_SPASM}, catalog=chained
    )
    assert RF.SUSPECTED_INFECTION in referral.implied
    assert RF.NEUROVASCULAR_COMPROMISE in referral.implied


def test_every_flag_without_a_pathway_is_still_urgent() -> None:
    from hiptx.catalog._catalog import checked_catalog

    bundled = hiptx.load_catalog()._parts
    rules = bundled["rules"]
    missing = {RF.SEVERE_SPASM, RF.STEROID_USE}
    # A catalog without these rules is refused (a safety floor, pinned in
    # tests/catalog/test_floors.py); the rules' own fallback, for a flag a future hiptx adds
    # before its data does, is reached here by building the catalog as the
    # bundled one is built: it is its own floor.
    sparse = checked_catalog(
        "clinic",
        {k: v for k, v in bundled.items() if k not in ("version", "rules")},
        attrs.evolve(rules, red_flags=tuple(r for r in rules.red_flags if r.flag not in missing)),
        floor=None,
    )
    referral = hiptx.check_red_flags({*missing, RF.SUSPECTED_FRACTURE}, catalog=sparse)
    assert set(referral.flags) == {*missing, RF.SUSPECTED_FRACTURE}
    own = [r for r in referral.reasons if r.basis is hiptx.Basis.HIPTX_DEFAULT]
    assert [r.code for r in own] == [hiptx.ReasonCode.RED_FLAG] * 2
    assert hiptx.Pathway.URGENT_CLINICAL_ASSESSMENT in referral.pathways
