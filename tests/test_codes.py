"""The code allow-list: in step with shared/codes.md, enforced on every Code."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

import hiptx
from hiptx.codes import LOINC, SNOMED_CT, allowed_codes, terminologies

ROOT = Path(__file__).resolve().parents[1]


def _codes_md() -> Path | None:
    shared = os.environ.get("HIPTX_SHARED")
    path = Path(shared) / "codes.md" if shared else ROOT.parent / "shared" / "codes.md"
    if path.is_file():
        return path
    if os.environ.get("CI"):
        pytest.fail(f"codes.md not found at {path}: CI must check the allow-list against it")
    return None


def _table(text: str) -> set[tuple[str, str]]:
    rows = set()
    for line in text.splitlines():
        match = re.match(r"^\| ([0-9][0-9-]*) \| (.+?) \|", line)
        if match:
            rows.add((match[1], match[2]))
    return rows


def test_allow_list_matches_codes_md() -> None:
    path = _codes_md()
    if path is None:
        pytest.skip("shared/codes.md is absent (set HIPTX_SHARED); CI fails instead")
    text = path.read_text(encoding="utf-8")
    snomed_part = text.split("## SNOMED CT")[1].split("## LOINC")[0]
    loinc_part = text.split("## LOINC")[1].split("## FHIR facts")[0]
    expected = {(SNOMED_CT, c, d) for c, d in _table(snomed_part)} | {
        (LOINC, c, d) for c, d in _table(loinc_part)
    }
    shipped = {(e.system, e.code, e.display) for e in allowed_codes().values()}
    assert shipped == expected
    # The codes codes.md names as outside the free set must never be on the list.
    barred = re.findall(r"(\d{6,}) \(", text.split("**not usable**")[1].split("\n\n")[0])
    assert barred == ["229065009", "445185007", "386294003"]
    assert not {c for _, c in allowed_codes()} & set(barred)


def test_every_catalog_code_is_on_the_list_with_its_display() -> None:
    cat = hiptx.load_catalog()
    objects: list[Any] = [*cat.treatments.values(), *cat.conditions.values(), *cat.risks.values()]
    objects += list(cat.exercises.values())
    used = [(o.id, c) for o in objects for c in o.codes]
    assert used, "the catalog should carry codes"
    for _, code in used:
        assert allowed_codes()[code.system, code.code].display == code.display


@pytest.mark.parametrize(
    ("kind", "object_id", "code"),
    [
        ("treatments", "total-hip-replacement", "52734007"),
        ("treatments", "hip-arthroscopy", "13714004"),
        ("treatments", "corticosteroid-injection", "297279009"),
        ("treatments", "personalised-hip-therapy", "91251008"),
        ("conditions", "hip-osteoarthritis", "239872002"),
        ("conditions", "gluteal-tendinopathy", "7674000"),
        ("risks", "thr-dislocation", "314201008"),
    ],
)
def test_codes_fit_by_meaning(kind: str, object_id: str, code: str) -> None:
    obj = getattr(hiptx.load_catalog(), kind)[object_id]
    assert [c.code for c in obj.codes] == [code]


def test_objects_with_no_fitting_code_have_none() -> None:
    cat = hiptx.load_catalog()
    # codes.md: no free-set code for FAI, labral tears or hip resurfacing.
    assert cat.conditions["fai-syndrome"].codes == ()
    assert cat.conditions["labral-tear"].codes == ()
    assert cat.treatments["hip-resurfacing"].codes == ()
    # Exercises are not "exercise education"; only hands-on techniques are coded.
    assert all(
        not e.codes or e.goal is hiptx.ExerciseGoal.MANUAL_TECHNIQUE for e in cat.exercises.values()
    )


def test_code_refuses_unknown_system_code_and_display() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="system"):
        hiptx.Code(system="http://example.org", code="52734007", display="x")
    with pytest.raises(hiptx.InvalidValueError, match="allow-list"):
        hiptx.Code(system=SNOMED_CT, code="445185007", display="Resurfacing of femoral head")
    with pytest.raises(hiptx.InvalidValueError, match="'Total replacement of hip'"):
        hiptx.Code(system=SNOMED_CT, code="52734007", display="Total knee replacement")
    with pytest.raises(hiptx.WrongTypeError):
        hiptx.Code(system=SNOMED_CT, code=52734007, display="Total replacement of hip")  # type: ignore[arg-type]


def test_a_catalog_file_with_an_unlisted_code_is_refused(tmp_path: Path) -> None:
    data = ROOT / "src" / "hiptx" / "data"
    for name in json.loads((data / "index.json").read_text("utf-8"))["files"] + ["index.json"]:
        (tmp_path / name).write_text((data / name).read_text("utf-8"), "utf-8")
    doc = json.loads((tmp_path / "conditions.json").read_text("utf-8"))
    doc["conditions"][0]["codes"] = [
        {"system": SNOMED_CT, "code": "229065009", "display": "Exercise therapy"}
    ]
    (tmp_path / "conditions.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(hiptx.CatalogDataError, match="229065009"):
        hiptx.load_catalog(tmp_path)


def test_each_terminology_is_a_catalog_source_with_its_notice() -> None:
    cat = hiptx.load_catalog()
    for system, terminology in terminologies().items():
        source = cat.sources[terminology.source_id]
        assert source.kind is hiptx.SourceKind.TERMINOLOGY
        assert system in (SNOMED_CT, LOINC)
    assert "Creative Commons Attribution 4.0" in terminologies()[SNOMED_CT].notice
    assert "Regenstrief Institute" in terminologies()[LOINC].notice
