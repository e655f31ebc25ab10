"""What still loaded silently (issue 21): data wrong by the catalog's own terms is refused.

Each scenario edits one field of a copy of the bundled data the way the issue's
probe did; the expected refusal names the file and path of that field. The
bundled catalog itself passes every check (its load skips them, as it skips the
floors it defines, so this test is what keeps it honest).
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from typing import Any

import pytest

import hiptx
from hiptx.catalog._semantics import semantic_problems

Edit = Callable[[dict[str, Any]], None]


def _first(
    kind: str, want: Callable[[dict[str, Any]], object]
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def get(document: dict[str, Any]) -> dict[str, Any]:
        return next(item for item in document[kind] if want(item))

    return get


def _surgery_non_invasive(d: dict[str, Any]) -> None:
    _first("treatments", lambda t: t["kind"] == "surgery")(d)["invasiveness"] = "non_invasive"


def _exercise_surgical(d: dict[str, Any]) -> None:
    _first("treatments", lambda t: t["kind"] == "exercise")(d)["invasiveness"] = "open_surgery"


def _long_span(d: dict[str, Any]) -> None:
    treatment = _first("treatments", lambda t: any(m.get("span") for m in t.get("milestones", [])))(
        d
    )
    milestone = next(m for m in treatment["milestones"] if m.get("span"))
    milestone["span"] = {"low": 120, "high": 120, "unit": "year"}


def _zero_sets(d: dict[str, Any]) -> None:
    _first("exercises", lambda e: e.get("dose"))(d)["dose"]["sets"]["low"] = 0


def _zero_reps(d: dict[str, Any]) -> None:
    _first("exercises", lambda e: (e.get("dose") or {}).get("reps"))(d)["dose"]["reps"]["low"] = 0


def _url(value: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        _first("sources", lambda s: s.get("url"))(d)["url"] = value

    return edit


def _doi(value: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        _first("sources", lambda s: s.get("doi"))(d)["doi"] = value

    return edit


def _action(value: str) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        _first("red_flags", lambda r: r["flag"] == "suspected_fracture")(d)["action"] = value

    return edit


SCENARIOS: list[tuple[str, str, Edit, str, str]] = [
    # (why, file, edit, path fragment, words of the refusal)
    (
        "surgery marked non-invasive",
        "treatments.json",
        _surgery_non_invasive,
        "/invasiveness",
        "cannot be non_invasive",
    ),
    (
        "exercise marked surgical",
        "treatments.json",
        _exercise_surgical,
        "/invasiveness",
        "cannot be open_surgery",
    ),
    ("a 120-year recovery span", "treatments.json", _long_span, "/span", "longer than any"),
    ("a dose of zero sets", "exercises.json", _zero_sets, "/dose/sets/low", "is no dose"),
    ("a dose of zero reps", "exercises.json", _zero_reps, "/dose/reps/low", "is no dose"),
    (
        "a javascript: link, carried into exports",
        "sources.json",
        _url("javascript:alert(1)"),
        "/url",
        "https or http",
    ),
    ("a file: link", "sources.json", _url("file:///etc/passwd"), "/url", "https or http"),
    ("a link without a host", "sources.json", _url("https://"), "/url", "https or http"),
    (
        "a DOI given as a URL",
        "sources.json",
        _doi("https://doi.org/10.1000/x"),
        "/doi",
        "not a DOI",
    ),
    (
        "a red-flag action that does not refer",
        "rules.json",
        _action("No referral needed."),
        "/action",
        "does not refer",
    ),
    (
        "an action saying the flag is routine",
        "rules.json",
        _action("Book a routine review."),
        "/action",
        "does not refer",
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_data_wrong_by_its_own_terms_is_refused(
    data_copy: pathlib.Path, scenario: tuple[str, str, Edit, str, str]
) -> None:
    why, file, edit, path, words = scenario
    target = data_copy / file
    document = json.loads(target.read_text(encoding="utf-8"))
    edit(document)
    target.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    found = [p for p in info.value.details if p.file == file and path in p.path]
    assert found, (why, info.value.problems)
    assert any(words in p.message for p in found), (why, [p.message for p in found])


def test_an_id_used_by_two_kinds_is_refused(data_copy: pathlib.Path, cat: hiptx.Catalog) -> None:
    path = data_copy / "exercises.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    clash = next(iter(cat.treatments))
    # An exercise nothing refers to, renamed to a treatment's id.
    used = {e for chain in cat.progressions.values() for e in chain.exercise_ids}
    free = next(e for e in document["exercises"] if e["id"] not in used)
    free["id"] = clash
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError, match=f"id '{clash}' is already used in"):
        hiptx.load_catalog(data_copy)


def test_the_bundled_catalog_passes_every_semantic_check(cat: hiptx.Catalog) -> None:
    parts = {k: v for k, v in cat._parts.items() if k not in ("version", "rules")}
    assert semantic_problems(parts, cat.rules) == []


def test_a_plain_http_link_and_a_real_doi_load(data_copy: pathlib.Path) -> None:
    path = data_copy / "sources.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    source = next(s for s in document["sources"] if s.get("url"))
    source["url"] = "http://example.org/page?x=1"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert hiptx.load_catalog(data_copy).sources[source["id"]].url == "http://example.org/page?x=1"
