"""Screening for conservative care (seeds 003/004), red flags, activity guideline."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import hiptx

C = hiptx.Candidacy


class TestCandidacy:
    @pytest.mark.parametrize(
        ("status", "outcome", "refer"),
        [
            # seed 004: good ROM, cartilage, minimal spurring -> good candidate
            (
                hiptx.HipStatus(
                    range_of_motion_preserved=True, cartilage_present=True, bone_spurs_minimal=True
                ),
                C.GOOD,
                False,
            ),
            # seed 004: "totally fused with no range of motion" -> poor, replacement advised
            (hiptx.HipStatus(fused=True), C.POOR, True),
            # fused outranks the other signs
            (
                hiptx.HipStatus(
                    range_of_motion_preserved=False,
                    cartilage_present=True,
                    bone_spurs_minimal=True,
                    fused=True,
                ),
                C.POOR,
                True,
            ),
            # seed 004 + 003: a failed full course -> discuss surgery
            (
                hiptx.HipStatus(
                    range_of_motion_preserved=True,
                    cartilage_present=True,
                    bone_spurs_minimal=True,
                    failed_full_physiotherapy=True,
                ),
                C.UNCERTAIN,
                True,
            ),
            (
                hiptx.HipStatus(
                    range_of_motion_preserved=True, cartilage_present=False, bone_spurs_minimal=True
                ),
                C.UNCERTAIN,
                False,
            ),
            (hiptx.HipStatus(), C.UNCERTAIN, False),
        ],
    )
    def test_seed_rules(
        self, status: hiptx.HipStatus, outcome: hiptx.Candidacy, refer: bool
    ) -> None:
        d = hiptx.screen_conservative_care(status)
        assert (d.outcome, d.refer_to_surgeon) == (outcome, refer)

    def test_reasons_say_whose_criteria_they_are(self, cat: hiptx.Catalog) -> None:
        d = hiptx.screen_conservative_care(hiptx.HipStatus(fused=True))
        opinion = cat.sources[d.reasons[0].citations[0].source_id]
        assert opinion.kind.is_opinion
        assert "Caring Medical" in d.reasons[0].message
        assert d.reasons[-1].code is hiptx.ReasonCode.REFER_WHEN_APPROPRIATE

    def test_unknowns_are_named(self) -> None:
        d = hiptx.screen_conservative_care(hiptx.HipStatus(cartilage_present=True))
        unknown = next(r for r in d.reasons if r.code is hiptx.ReasonCode.UNKNOWN_SIGNS)
        assert (
            "range of motion preserved" in unknown.message
            and "minimal bone spurring" in unknown.message
        )

    @pytest.mark.parametrize(
        "field",
        [
            "range_of_motion_preserved",
            "cartilage_present",
            "bone_spurs_minimal",
            "fused",
            "failed_full_physiotherapy",
        ],
    )
    @pytest.mark.parametrize("value", ["yes", 1, 0])
    def test_refuses_non_bools(self, field: str, value: object) -> None:
        with pytest.raises(hiptx.WrongTypeError, match=field):
            hiptx.HipStatus(**{field: value})  # type: ignore[arg-type]

    def test_refuses_a_fused_hip_with_range_of_motion(self) -> None:
        with pytest.raises(hiptx.InvalidValueError, match="range_of_motion_preserved"):
            hiptx.HipStatus(fused=True, range_of_motion_preserved=True)
        # Not known (None) or lost (False) is consistent with a fused hip.
        assert hiptx.HipStatus(fused=True, range_of_motion_preserved=False).fused


class TestRedFlags:
    def test_every_red_flag_has_a_sourced_pathway(self, cat: hiptx.Catalog) -> None:
        rules = {r.flag: r for r in cat.rules.red_flags}
        assert set(rules) == set(hiptx.RedFlag)
        assert all(r.citations for r in rules.values())

    @pytest.mark.parametrize(
        ("flag", "urgency"),
        [
            # clinical-facts section 9: "Send to A&E"
            (hiptx.RedFlag.SUSPECTED_FRACTURE, hiptx.Urgency.EMERGENCY),
            (hiptx.RedFlag.SUSPECTED_DISLOCATION, hiptx.Urgency.EMERGENCY),
            (hiptx.RedFlag.SUSPECTED_INFECTION, hiptx.Urgency.EMERGENCY),
            # "Urgent fracture/trauma clinic"
            (hiptx.RedFlag.SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, hiptx.Urgency.URGENT),
            (hiptx.RedFlag.AVASCULAR_NECROSIS, hiptx.Urgency.URGENT),
            # "Urgent specialist"
            (hiptx.RedFlag.PROGRESSIVE_NEUROLOGICAL_LOSS, hiptx.Urgency.URGENT),
            # "suspected new malignancy -> 2-week-wait"
            (hiptx.RedFlag.SUSPECTED_MALIGNANCY, hiptx.Urgency.SUSPECTED_CANCER),
            # listed among the red flags for urgent referral with no single route
            # named: still urgent on its own (clinical-facts.md section 9).
            (hiptx.RedFlag.NIGHT_OR_REST_PAIN, hiptx.Urgency.URGENT),
            (hiptx.RedFlag.STEROID_USE, hiptx.Urgency.URGENT),
        ],
    )
    def test_urgency_from_the_pathways(self, flag: hiptx.RedFlag, urgency: hiptx.Urgency) -> None:
        referral = hiptx.check_red_flags({flag})
        assert referral.urgency is urgency
        assert referral.urgent is (
            urgency
            in (hiptx.Urgency.EMERGENCY, hiptx.Urgency.URGENT, hiptx.Urgency.SUSPECTED_CANCER)
        )

    def test_the_most_urgent_flag_wins_and_comes_first(self) -> None:
        r = hiptx.check_red_flags(
            {hiptx.RedFlag.NIGHT_OR_REST_PAIN, hiptx.RedFlag.SUSPECTED_INFECTION}
        )
        assert r.urgency is hiptx.Urgency.EMERGENCY
        assert r.reasons[0].message.startswith("Suspected infection")
        assert len(r.reasons) == 2
        assert r.pathways == (hiptx.Pathway.A_AND_E, hiptx.Pathway.URGENT_CLINICAL_ASSESSMENT)

    def test_no_flags_is_not_a_diagnosis(self) -> None:
        r = hiptx.check_red_flags(set())
        assert (r.urgent, r.urgency) == (False, hiptx.Urgency.NONE)
        assert "not a diagnosis" in r.reasons[0].message

    def test_a_catalog_without_a_flags_pathway_is_refused(self, data_copy: Path) -> None:
        # A user's catalog that drops a pathway would turn a red flag into "no
        # pathway": it is refused (a safety floor; the rules' own fallback for a
        # flag with no rule is pinned in tests/rules/test_red_flags.py).
        rules_file = data_copy / "rules.json"
        rules = json.loads(rules_file.read_text(encoding="utf-8"))
        rules["red_flags"] = [r for r in rules["red_flags"] if r["flag"] != "suspected_fracture"]
        rules_file.write_text(json.dumps(rules), encoding="utf-8")
        with pytest.raises(hiptx.CatalogDataError, match="'suspected_fracture' has no rule"):
            hiptx.load_catalog(data_copy)

    def test_two_rules_for_one_flag_are_refused(self, cat: hiptx.Catalog) -> None:
        rule = cat.rules.red_flags[0]
        with pytest.raises(hiptx.InvalidValueError, match=r"red_flags.*one rule per red flag"):
            attrs.evolve(cat.rules, red_flags=(rule, attrs.evolve(rule, action="Other.")))

    def test_refuses_strings(self) -> None:
        with pytest.raises(hiptx.WrongTypeError):
            hiptx.check_red_flags({"suspected_fracture"})  # type: ignore[arg-type]
        with pytest.raises(hiptx.WrongTypeError):
            hiptx.check_red_flags("suspected_fracture")  # type: ignore[arg-type]


class TestActivityGuideline:
    @pytest.mark.parametrize(
        ("minutes", "sessions", "met", "aerobic", "strength"),
        [
            (150, 2, True, True, True),  # WHO via seed 003: 150 minutes and 2 sessions
            (149.5, 2, False, False, True),
            (300, 1, False, True, False),
            (0, 0, False, False, False),
        ],
    )
    def test_thresholds(
        self, minutes: float, sessions: int, met: bool, aerobic: bool, strength: bool
    ) -> None:
        check = hiptx.meets_activity_guideline(aerobic_minutes=minutes, strength_sessions=sessions)
        assert (check.met, check.aerobic_met, check.strength_met) == (met, aerobic, strength)

    @pytest.mark.parametrize(
        ("minutes", "sessions", "error"),
        [
            (-1, 2, hiptx.OutOfRangeError),
            (150, -1, hiptx.OutOfRangeError),
            (float("nan"), 2, hiptx.OutOfRangeError),
            ("150", 2, hiptx.WrongTypeError),
            (150, 2.0, hiptx.WrongTypeError),
            (True, 2, hiptx.WrongTypeError),
        ],
    )
    def test_refuses_impossible_input(
        self, minutes: object, sessions: object, error: type[Exception]
    ) -> None:
        with pytest.raises(error):
            hiptx.meets_activity_guideline(aerobic_minutes=minutes, strength_sessions=sessions)  # type: ignore[arg-type]
