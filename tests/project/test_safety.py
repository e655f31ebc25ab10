"""The safety case: the hazard log's own integrity, and the mitigations it names.

docs/safety.md lists every known hazard with the tests that pin it; the first test
here fails when a named test does not exist, so the log cannot drift from the suite.
"""

from __future__ import annotations

import json
import pathlib
import re

import attrs
import pytest

import hiptx

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAFETY = ROOT / "docs" / "safety.md"


def _test_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "tests").rglob("*.py"):
        names.update(
            re.findall(r"^\s*def (test_\w+)", path.read_text(encoding="utf-8"), re.MULTILINE)
        )
    return names


def _hazard_rows() -> list[tuple[str, str]]:
    rows = []
    for line in SAFETY.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*(HZ-\d{3})\s*\|", line)
        if match:
            rows.append((match.group(1), line))
    return rows


def test_every_hazard_is_pinned_by_tests_that_exist() -> None:
    rows = _hazard_rows()
    assert len(rows) >= 20
    ids = [hz for hz, _ in rows]
    # Unique and ascending; each piece of work numbers its rows in its own block
    # (HZ-060 onwards, say), so a block may start after a gap.
    numbers = [int(hz[3:]) for hz in ids]
    assert numbers == sorted(set(numbers)), "ids ascend, each once"
    assert numbers[0] == 1
    existing = _test_names()
    for hz, line in rows:
        named = re.findall(r"`(test_\w+)`", line)
        assert named, f"{hz} names no test"
        missing = [name for name in named if name not in existing]
        assert not missing, f"{hz} names tests that do not exist: {missing}"


def test_the_log_says_what_hiptx_does_not_screen_for() -> None:
    text = SAFETY.read_text(encoding="utf-8")
    assert "cauda equina" in text
    assert "does not replace clinical judgement" in text


def _set_ceiling(data_copy: pathlib.Path, value: int) -> hiptx.Catalog:
    path = data_copy / "rules.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    rules["pain_ceiling"]["value"] = value
    # A ceiling other than the sources' loads only as a named local override.
    rules["overrides"] = [
        {"threshold": "pain_ceiling", "value": value, "set_by": "Test clinic", "reason": "A test."}
    ]
    path.write_text(json.dumps(rules), encoding="utf-8")
    return hiptx.load_catalog(data_copy)


def test_the_pain_ceiling_has_one_home(data_copy: pathlib.Path, cat: hiptx.Catalog) -> None:
    # 4/10 during and the next day: above the bundled 3/10, within a ceiling of 5.
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=4, pain_after_24h=4)
    exercise = "standing-banded-hip-adduction"
    assert hiptx.classify_pain(session, catalog=cat).response is hiptx.PainResponse.OVERLOAD
    assert hiptx.check_progression(exercise, [session], catalog=cat).outcome is (
        hiptx.Outcome.REGRESS
    )
    five = _set_ceiling(data_copy, 5)
    assert hiptx.classify_pain(session, catalog=five).response is hiptx.PainResponse.ACCEPTABLE
    assert hiptx.check_progression(exercise, [session], catalog=five).outcome is (
        hiptx.Outcome.PROGRESS
    )
    # The plan's withholding rule reads the same ceiling.
    assessment = hiptx.Assessment(
        findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL},
        pain_scores={hiptx.MovementPattern.ADDUCTION: 4},
    )
    assert hiptx.plan_exercises(assessment, catalog=cat).withheld
    assert not hiptx.plan_exercises(assessment, catalog=five).withheld
    # No bundled dose copies the ceiling.
    assert all(e.dose is None or e.dose.pain_ceiling is None for e in cat.exercises.values())


def test_a_pain_ceiling_off_the_scale_is_refused(data_copy: pathlib.Path) -> None:
    with pytest.raises(hiptx.CatalogDataError, match="pain_ceiling"):
        _set_ceiling(data_copy, 11)


def test_a_catalog_cannot_make_a_red_flag_non_urgent(data_copy: pathlib.Path) -> None:
    path = data_copy / "rules.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    rules["red_flags"][0]["pathway"] = "clinical_review"
    path.write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError, match="pathway"):
        hiptx.load_catalog(data_copy)


def test_an_implied_flag_without_a_pathway_is_still_urgent(data_copy: pathlib.Path) -> None:
    path = data_copy / "rules.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    rules["red_flags"] = [r for r in rules["red_flags"] if r["flag"] != "suspected_infection"]
    path.write_text(json.dumps(rules), encoding="utf-8")
    # Such a catalog is refused (a safety floor: tests/catalog/test_floors.py); the rules' own
    # fallback, for a flag a future hiptx adds before its data does, is reached by
    # loading it as the bundled catalog is loaded, unchecked against itself.
    from hiptx.catalog._pipeline import checked_load

    partial = checked_load(data_copy)
    r = hiptx.check_red_flags({hiptx.RedFlag.HOT_SWOLLEN_JOINT_WITH_FEVER}, catalog=partial)
    assert r.urgent and hiptx.RedFlag.SUSPECTED_INFECTION in r.implied


def test_hiptx_defaults_can_never_carry_a_borrowed_citation() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="hiptx's own default"):
        hiptx.Reason(
            code=hiptx.ReasonCode.TOP_OF_CHAIN,
            message="x",
            citations=(hiptx.Citation(source_id="physio-network-kemp"),),
            basis=hiptx.Basis.HIPTX_DEFAULT,
        )


def test_opinion_thresholds_say_whose_they_are(cat: hiptx.Catalog) -> None:
    rules = cat.rules
    for name in ("lingering_pain_hours", "sharp_joint_pain", "hot_or_swollen_joint"):
        rule = getattr(rules, name)
        for citation in rule.citations:
            source = cat.sources[citation.source_id]
            if source.kind.is_opinion:
                assert rule.text and source.publisher and source.publisher in rule.text, name


def test_a_reason_never_says_settled_when_pain_was_still_high(cat: hiptx.Catalog) -> None:
    for during in range(11):
        for after in range(11):
            session = hiptx.SessionRecord(sets=3, reps=10, pain_during=during, pain_after_24h=after)
            for reason in hiptx.classify_pain(session, catalog=cat).reasons:
                if "settled" in reason.message and "not settled" not in reason.message:
                    assert after <= cat.rules.pain_ceiling.value, reason.message


def test_the_overload_reason_names_the_session_and_its_date(cat: hiptx.Catalog) -> None:
    import datetime

    ok = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    bad = attrs.evolve(ok, swelling=True, date=datetime.date(2026, 11, 3))
    d = hiptx.check_progression("standing-banded-hip-adduction", [ok, bad, ok], catalog=cat)
    history = [r for r in d.reasons if r.code is hiptx.ReasonCode.OVERLOAD_IN_HISTORY]
    assert len(history) == 1
    assert "session 2 of 3 (2026-11-03)" in history[0].message
    assert d.outcome is hiptx.Outcome.HOLD


def test_session_dates_are_calendar_dates() -> None:
    import datetime

    with pytest.raises(hiptx.WrongTypeError, match="date"):
        hiptx.SessionRecord(
            sets=3,
            reps=10,
            pain_during=1,
            pain_after_24h=1,
            date=datetime.datetime(2026, 11, 3, 9, 0),  # noqa: DTZ001 - the point: refused
        )


@pytest.mark.parametrize(
    "flag",
    [
        hiptx.RedFlag.TRAUMA,
        hiptx.RedFlag.STEROID_USE,
        hiptx.RedFlag.IMMUNOSUPPRESSION,
        hiptx.RedFlag.RECENT_JOINT_INJECTION_OR_SURGERY,
    ],
)
def test_screening_items_say_what_they_are(cat: hiptx.Catalog, flag: hiptx.RedFlag) -> None:
    referral = hiptx.check_red_flags({flag}, catalog=cat)
    assert referral.urgent
    assert referral.pathways == (hiptx.Pathway.URGENT_CLINICAL_ASSESSMENT,)
    assert "ask about this beside the red flags" in referral.reasons[0].message
