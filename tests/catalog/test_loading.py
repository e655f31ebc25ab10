"""load_catalog (catalog/_loading.py): the bundled one, copies, broken copies refused
whole, a directory that changes while it loads, and overlays that hold nothing."""

from __future__ import annotations

import json
import pathlib
import threading
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.catalog import _loading as catalog_module
from tests.support.catalogs import problems_of, refusal_of
from tests.support.data_files import edit
from tests.support.processes import fresh_python


def treatment(doc: dict[str, Any], treatment_id: str) -> dict[str, Any]:
    return next(t for t in doc["treatments"] if t["id"] == treatment_id)


class TestBundled:
    def test_is_parsed_once_and_cached(self) -> None:
        assert hiptx.load_catalog() is hiptx.load_catalog()

    def test_cache_survives_concurrent_first_calls(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # The process's bundled catalog comes back afterwards, whatever runs next.
        monkeypatch.setattr(catalog_module, "_bundled", catalog_module._bundled)
        catalog_module._clear_cache()
        calls = []
        # The bundled catalog is built by one function, whichever path it takes.
        original = catalog_module._load_bundled

        def counting() -> hiptx.Catalog:
            calls.append(1)
            return original()

        monkeypatch.setattr(catalog_module, "_load_bundled", counting)
        results: list[hiptx.Catalog] = []
        threads = [
            threading.Thread(target=lambda: results.append(hiptx.load_catalog())) for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(calls) == 1
        assert all(r is results[0] for r in results)
        catalog_module._clear_cache()

    def test_a_catalog_loaded_while_waiting_for_the_lock_is_used(
        self, monkeypatch: pytest.MonkeyPatch, cat: hiptx.Catalog
    ) -> None:
        # The test above races real threads; this one makes the race's losing
        # side happen for certain: another thread finishes the load while this
        # one waits for the lock, and its catalog is returned, not built again.
        class LoadedWhileWaiting:
            def __enter__(self) -> None:
                monkeypatch.setattr(catalog_module, "_bundled", cat)

            def __exit__(self, *_exc: object) -> None:
                return None

        def must_not_load() -> hiptx.Catalog:
            raise AssertionError("the bundled catalog was built a second time")

        monkeypatch.setattr(catalog_module, "_bundled", None)
        monkeypatch.setattr(catalog_module, "_bundled_lock", LoadedWhileWaiting())
        monkeypatch.setattr(catalog_module, "_load_bundled", must_not_load)
        assert hiptx.load_catalog() is cat

    def test_objects_are_immutable(self, cat: hiptx.Catalog) -> None:

        pht = cat.treatments["personalised-hip-therapy"]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            pht.name = "changed"  # type: ignore[misc]
        assert isinstance(pht.features, tuple)

    def test_import_reads_no_data_and_leaves_cattrs_unimported(self) -> None:
        code = (
            "import sys, hiptx; "
            "print('cattrs' in sys.modules, 'hiptx.model' in sys.modules, 'json' in sys.modules)"
        )
        assert fresh_python(code).split() == ["False", "False", "False"]


class TestCopies:
    def test_a_copy_loads_with_the_same_content(
        self, data_copy: pathlib.Path, cat: hiptx.Catalog
    ) -> None:
        copy = hiptx.load_catalog(data_copy)
        assert copy is not cat
        assert copy.version == cat.version
        assert copy.treatments["hip-arthroscopy"] == cat.treatments["hip-arthroscopy"]
        assert list(copy.exercises) == list(cat.exercises)

    def test_a_str_path_loads_too(self, data_copy: pathlib.Path) -> None:
        assert "hip-arthroscopy" in hiptx.load_catalog(str(data_copy)).treatments

    def test_a_wrong_type_is_named_by_path(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "treatments.json",
            lambda d: treatment(d, "hip-arthroscopy").__setitem__("name", 42),
        )
        (problem,) = problems_of(data_copy)
        assert problem.startswith("treatments.json: /treatments/")
        assert problem.endswith("/name: expected a string, got integer 42")

    def test_a_string_is_not_split_into_a_tuple(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "treatments.json",
            lambda d: treatment(d, "hip-arthroscopy").__setitem__("delivered_by", "a surgeon"),
        )
        (problem,) = problems_of(data_copy)
        assert "/delivered_by: expected an array, got string" in problem

    def test_a_bool_is_not_a_count(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "treatments.json",
            lambda d: treatment(d, "personalised-hip-therapy")["schedules"][0][
                "sessions"
            ].__setitem__("low", True),
        )
        (problem,) = problems_of(data_copy)
        assert "/schedules/0/sessions/low: expected an integer, got boolean True" in problem

    def test_an_unknown_key_is_refused(self, data_copy: pathlib.Path) -> None:
        edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("severity", "high"))
        (problem,) = problems_of(data_copy)
        assert problem.startswith("risks.json: /risks/0: extra fields found (severity)")

    def test_a_missing_field_is_refused(self, data_copy: pathlib.Path) -> None:
        edit(data_copy, "sources.json", lambda d: d["sources"][0].pop("title"))
        (problem,) = problems_of(data_copy)
        assert problem == "sources.json: /sources/0/title: required field missing"

    def test_an_unknown_enum_value_lists_the_allowed_ones(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "exercises.json",
            lambda d: d["exercises"][0].__setitem__("position", "upside_down"),
        )
        (problem,) = problems_of(data_copy)
        assert (
            "/exercises/0/position: 'upside_down' is not allowed; expected one of 'supine'"
            in problem
        )

    def test_an_impossible_range_names_the_field(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "treatments.json",
            lambda d: treatment(d, "personalised-hip-therapy")["schedules"][0]["sessions"].update(
                low=10, high=6
            ),
        )
        (problem,) = problems_of(data_copy)
        assert "high: 6 is not allowed; expected an integer >= low (10)" in problem

    def test_a_dangling_risk_id_suggests_the_right_one(self, data_copy: pathlib.Path) -> None:
        def change(d: Any) -> None:
            treatment(d, "hip-arthroscopy")["risk_ids"][1] = "arthroscopy-infektion"

        edit(data_copy, "treatments.json", change)
        (problem,) = problems_of(data_copy)
        assert (
            "/risk_ids/1: unknown risk id 'arthroscopy-infektion' (did you mean 'arthroscopy-infection'"
            in problem
        )

    def test_a_dangling_source_id_is_refused(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "risks.json",
            lambda d: d["risks"][0]["citations"][0].__setitem__("source_id", "no-such-source"),
        )
        (problem,) = problems_of(data_copy)
        assert problem.startswith("risks.json: /risks/0/citations/0/source_id: unknown source id")

    def test_a_dangling_exercise_in_a_chain_is_refused(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy,
            "progressions.json",
            lambda d: d["progressions"][0]["exercise_ids"].append("moon-walk"),
        )
        problems = problems_of(data_copy)
        assert any("unknown exercise id 'moon-walk'" in p for p in problems)

    def test_a_cycle_in_a_chain_is_refused(self, data_copy: pathlib.Path) -> None:
        def change(d: Any) -> None:
            chain = d["progressions"][0]["exercise_ids"]
            chain.append(chain[0])

        edit(data_copy, "progressions.json", change)
        (problem,) = problems_of(data_copy)
        assert "/progressions/0/exercise_ids/3: " in problem
        assert "ids without repeats (same as item 0)" in problem

    def test_an_exercise_in_two_chains_is_refused(self, data_copy: pathlib.Path) -> None:
        def change(d: Any) -> None:
            d["progressions"][1]["exercise_ids"].append(d["progressions"][0]["exercise_ids"][0])

        edit(data_copy, "progressions.json", change)
        problems = problems_of(data_copy)
        assert any("an exercise belongs to one chain" in p for p in problems)

    def test_a_duplicate_id_is_refused(self, data_copy: pathlib.Path) -> None:
        edit(
            data_copy, "conditions.json", lambda d: d["conditions"].append(dict(d["conditions"][0]))
        )
        problems = problems_of(data_copy)
        assert any("duplicate condition id" in p for p in problems)

    def test_every_problem_is_listed_at_once(self, data_copy: pathlib.Path) -> None:
        edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("severity", "high"))
        edit(data_copy, "sources.json", lambda d: d["sources"][0].__setitem__("year", "2018"))
        edit(
            data_copy,
            "treatments.json",
            lambda d: treatment(d, "hip-arthroscopy")["risk_ids"].append("no-such-risk"),
        )
        problems = problems_of(data_copy)
        files = {p.split(":")[0] for p in problems}
        assert {"risks.json", "sources.json"} <= files

    def test_broken_json_and_a_missing_file(self, data_copy: pathlib.Path) -> None:
        (data_copy / "rules.json").write_text("{not json", encoding="utf-8")
        (data_copy / "conditions.json").unlink()
        problems = problems_of(data_copy)
        assert any(p.startswith("rules.json: not valid JSON") for p in problems)
        assert "conditions.json: missing from the catalog directory" in problems

    def test_a_top_level_array_is_refused(self, data_copy: pathlib.Path) -> None:
        (data_copy / "risks.json").write_text("[]", encoding="utf-8")
        assert problems_of(data_copy) == ("risks.json: expected an object, got an array",)

    def test_a_null_document_is_refused(self, data_copy: pathlib.Path) -> None:
        (data_copy / "sources.json").write_text("null", encoding="utf-8")
        assert problems_of(data_copy) == ("sources.json: expected an object, got null",)

    def test_a_missing_directory(self, tmp_path: pathlib.Path) -> None:
        (problem,) = problems_of(tmp_path / "nowhere")
        assert "nowhere' is not a directory: it holds none of index.json" in problem


class TestHardening:
    """Every way a file can be wrong is one problem in one CatalogDataError."""

    def test_problems_are_also_structured(self, data_copy: pathlib.Path) -> None:
        edit(data_copy, "sources.json", lambda d: d["sources"][0].__setitem__("year", "2018"))
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog(data_copy)
        (detail,) = info.value.details
        assert detail.file == "sources.json"
        assert detail.path == "/sources/0/year"
        assert detail.value == "'2018'"
        assert detail.expected == "an integer"
        assert info.value.problems == (str(detail),)

    def test_not_json_is_reported_once(self, data_copy: pathlib.Path) -> None:
        (data_copy / "rules.json").write_text("{not json", encoding="utf-8")
        problems = problems_of(data_copy)
        expected = (
            "rules.json: not valid JSON (Expecting property name enclosed in double quotes "
            "at line 1, column 2)"
        )
        assert [p for p in problems if p.startswith("rules.json")] == [expected]

    def test_an_unknown_key_and_a_dangling_id_are_both_reported(
        self, data_copy: pathlib.Path
    ) -> None:
        def change(d: Any) -> None:
            ha = treatment(d, "hip-arthroscopy")
            ha["colour"] = "red"
            ha["risk_ids"].append("no-such-risk")

        edit(data_copy, "treatments.json", change)
        problems = problems_of(data_copy)
        assert len(problems) == 2
        assert "extra fields found (colour)" in problems[0]
        assert "unknown risk id 'no-such-risk'" in problems[1]

    def test_reference_checks_run_when_another_file_is_broken(
        self, data_copy: pathlib.Path
    ) -> None:
        (data_copy / "rules.json").write_text("[", encoding="utf-8")
        edit(
            data_copy,
            "treatments.json",
            lambda d: treatment(d, "hip-arthroscopy")["risk_ids"].append("no-such-risk"),
        )
        problems = problems_of(data_copy)
        assert len(problems) == 2
        assert any("unknown risk id 'no-such-risk'" in p for p in problems)

    def test_a_refused_item_is_not_reported_again_as_dangling(
        self, data_copy: pathlib.Path
    ) -> None:
        # Source 0 is cited widely; refusing it must not add "unknown source" lines.
        edit(data_copy, "sources.json", lambda d: d["sources"][0].pop("title"))
        assert len(problems_of(data_copy)) == 1

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("\u200b", "a non-empty string"),
            (" Hip", "text without leading or trailing whitespace"),
            ("Hip\u202e", "bidirectional-override"),
            ("Hip\x00", "control"),
            ("Hip\nHip", "control"),
        ],
    )
    def test_bad_text_in_the_data_is_refused(
        self, data_copy: pathlib.Path, value: str, expected: str
    ) -> None:
        edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("name", value))
        (problem,) = problems_of(data_copy)
        assert problem.startswith("risks.json: /risks/0/name: ")
        assert expected in problem

    def test_a_lone_surrogate_is_refused(self, data_copy: pathlib.Path) -> None:
        path = data_copy / "risks.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        document["risks"][0]["name"] = "@@X@@"
        path.write_text(json.dumps(document).replace("@@X@@", "\\ud800"), encoding="utf-8")
        (problem,) = problems_of(data_copy)
        assert "U+D800" in problem

    def test_an_id_with_a_trailing_newline_is_refused(self, data_copy: pathlib.Path) -> None:
        edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("id", "infection\n"))
        problems = problems_of(data_copy)
        assert any("/risks/0/id: 'infection\\n' is not allowed" in p for p in problems)

    def test_an_exact_duplicate_milestone_is_refused(self, data_copy: pathlib.Path) -> None:
        def change(d: Any) -> None:
            milestones = treatment(d, "hip-arthroscopy")["milestones"]
            milestones.append(milestones[0])

        edit(data_copy, "treatments.json", change)
        (problem,) = problems_of(data_copy)
        assert "/milestones/" in problem
        assert "Milestone items without repeats (same as item 0)" in problem

    def test_a_20000_year_span_is_refused(self, data_copy: pathlib.Path) -> None:
        def change(d: Any) -> None:
            milestone = next(
                m for m in treatment(d, "hip-arthroscopy")["milestones"] if m.get("span")
            )
            milestone["span"] = {"low": 20_000, "high": None, "unit": "year"}

        edit(data_copy, "treatments.json", change)
        (problem,) = problems_of(data_copy)
        assert "low: 20000 is not allowed; expected an integer from 0 to 120 years" in problem

    def test_a_pain_ceiling_of_11_is_refused(self, data_copy: pathlib.Path) -> None:
        def change(d: Any) -> None:
            exercise = next(e for e in d["exercises"] if e.get("dose"))
            exercise["dose"]["pain_ceiling"] = 11

        edit(data_copy, "exercises.json", change)
        (problem,) = problems_of(data_copy)
        assert "pain_ceiling: 11 is not allowed; expected an integer from 0 to 10" in problem

    def test_an_infinite_threshold_cannot_be_built(self) -> None:
        citation = hiptx.Citation(source_id="x")
        with pytest.raises(hiptx.OutOfRangeError, match="value: inf is not allowed"):
            hiptx.Threshold(value=float("inf"), citations=(citation,))

    def test_load_catalog_refuses_a_number(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="path: expected a directory path"):
            hiptx.load_catalog(123)  # type: ignore[call-overload]


def test_a_valid_catalog_directory_loads_without_cattrs(data_copy: pathlib.Path) -> None:
    # The generated strict builders load a valid directory; cattrs is imported only
    # to word the problems of one that is not.
    probe = "import sys, hiptx; hiptx.load_catalog(sys.argv[1]); print('cattrs' in sys.modules)"
    assert fresh_python(probe, str(data_copy)).strip() == "False"


def test_an_index_listing_the_wrong_files_names_the_files_expected(
    data_copy: pathlib.Path,
) -> None:
    edit(data_copy, "index.json", lambda d: d["files"].remove("risks.json"))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    from hiptx.catalog._documents import DOCUMENTS

    names = sorted(set(DOCUMENTS) - {"index.json"})
    assert "risks.json" in names
    (problem,) = info.value.details
    assert (problem.file, problem.path) == ("index.json", "/files")
    assert problem.expected == "exactly " + ", ".join(names)


def test_a_valid_directory_never_reaches_the_word_step(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptx.catalog import _wording

    def refuse(*_: object) -> object:
        raise AssertionError("the word step ran")

    # The pipeline imports the word step when it needs it, so this patch is what
    # it calls (a name bound at import time elsewhere would not be).
    monkeypatch.setattr(_wording, "word_problems", refuse)
    assert hiptx.load_catalog(data_copy) == hiptx.load_catalog()
    # The patch is in the path: a refused file does reach it.
    edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("name", 3))
    with pytest.raises(AssertionError, match="the word step ran"):
        hiptx.load_catalog(data_copy)


# --- paths hiptx cannot use -------------------------------------------------------------


# --- overlays that hold nothing hiptx reads ----------------------------------------------


def test_an_empty_overlay_is_an_error_naming_the_files_expected(
    tmp_path: pathlib.Path, cat: hiptx.Catalog
) -> None:
    (problem,) = refusal_of(tmp_path, extends=cat)
    assert "holds no catalog file" in problem.message
    for name in ("index.json", "exercises.json", "rules.json"):
        assert name in (problem.expected or "")


def test_a_file_named_in_the_wrong_case_is_named_not_ignored(
    tmp_path: pathlib.Path, cat: hiptx.Catalog
) -> None:
    (tmp_path / "Exercises.json").write_text('{"exercises": []}', encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(tmp_path, extends=cat)
    messages = [str(p) for p in info.value.details]
    assert any("Exercises.json" in m and "did you mean exercises.json" in m for m in messages)
    assert any("holds no catalog file" in m for m in messages)
    # Beside a file that is read, the mis-named one is still reported.
    (tmp_path / "index.json").write_text(
        json.dumps({"data_version": "clinic", "files": ["exercises.json"]}), encoding="utf-8"
    )
    with pytest.raises(hiptx.CatalogDataError, match="case-sensitive"):
        hiptx.load_catalog(tmp_path, extends=cat)
