"""The one load pipeline: read -> parse -> build -> check -> word (``catalog/_pipeline``).

The reference is cattrs' structuring of the same parsed documents (the word step,
``_wording``), checked whole: every way the pipeline builds (the strict builders
for any directory, the trusted ones for the bundled files its record vouches
for) must give the same objects, of the same types.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.catalog import (
    _builders,
    _json,
    _loading,
    _parse,
    _pipeline,
    _wording,
)
from hiptx.catalog._catalog import checked_catalog
from hiptx.catalog._documents import DOCUMENTS, FILES, LIST_PARTS
from tests.support.data_files import edit


def by_cattrs(directory: Any) -> hiptx.Catalog:
    """The catalog in ``directory`` structured by cattrs, with every check."""
    parsed, problems = _json.read_files(directory, DOCUMENTS).parse()
    assert problems == []
    documents = _wording.word_problems(parsed, [])
    return checked_catalog(
        documents["index.json"].data_version,
        {part.keyword: getattr(documents[part.file], part.keyword) for part in LIST_PARTS},
        documents["rules.json"],
        floor=None,
    )


def assert_same(a: object, b: object, path: str = "") -> None:
    """Equal values of identical types, all the way down."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if attrs.has(type(a)):
        for field in attrs.fields(type(a)):  # type: ignore[arg-type]
            assert_same(getattr(a, field.name), getattr(b, field.name), f"{path}/{field.name}")
    elif isinstance(a, tuple):
        assert isinstance(b, tuple)
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{path}/{i}")
    else:
        assert a == b, path


def assert_same_catalog(a: hiptx.Catalog, b: hiptx.Catalog) -> None:
    assert a._parts.keys() == b._parts.keys()
    for key in a._parts:
        assert_same(a._parts[key], b._parts[key], key)
        assert a._parts[key] == b._parts[key]
    assert a._chain_of == b._chain_of


@pytest.fixture
def bundled_is(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Make the bundled directory ``directory`` (an edited copy) for one load."""

    def use(directory: pathlib.Path) -> None:
        monkeypatch.setattr(_loading, "bundled_directory", lambda: directory)
        # Forgotten for this test only: monkeypatch puts the process's catalog back,
        # so a later test's session `cat` is still the one load_catalog returns.
        monkeypatch.setattr(_loading, "_bundled", _loading._bundled)
        _loading._clear_cache()

    return use


class TestEquality:
    def test_the_bundled_catalog_equals_cattrs_structuring(self) -> None:
        bundled = _loading._load_bundled()
        assert_same_catalog(bundled, by_cattrs(_loading.bundled_directory()))
        assert bundled.digest == by_cattrs(_loading.bundled_directory()).digest

    def test_a_directory_equals_cattrs_structuring(self, data_copy: pathlib.Path) -> None:
        assert_same_catalog(hiptx.load_catalog(data_copy), by_cattrs(data_copy))

    def test_floats_stay_floats(self, data_copy: pathlib.Path) -> None:
        # An integer in the JSON of a float field becomes a float either way.
        assert type(_loading._load_bundled().rules.pain_ceiling.value) is float
        assert type(hiptx.load_catalog(data_copy).rules.lingering_pain_hours.value) is float

    def test_the_bundled_load_imports_no_cattrs(self) -> None:
        code = (
            "import sys, hiptx; c = hiptx.load_catalog(); "
            "print('cattrs' in sys.modules, len(c.treatments))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
        assert out[0] == "False"
        assert int(out[1]) == len(hiptx.load_catalog().treatments)

    def test_the_pipeline_changes_no_process_wide_state(self, data_copy: pathlib.Path) -> None:
        # Validators are skipped by building objects directly, never by switching
        # attrs' global flag, which would silence every other attrs class too.
        assert attrs.validators.get_disabled() is False
        _loading._load_bundled()
        hiptx.load_catalog(data_copy)
        assert attrs.validators.get_disabled() is False
        with pytest.raises(hiptx.OutOfRangeError):
            hiptx.SessionRecord(sets=3, reps=10, pain_during=11, pain_after_24h=0)


class TestRecord:
    """``hiptx/data/validated.json`` vouches for the bundled bytes, and only for them."""

    def test_the_record_vouches_for_the_bundled_files(self) -> None:
        directory = _loading.bundled_directory()
        record = _pipeline.bundled_record(directory)
        assert record is not None
        files = _json.read_files(directory, DOCUMENTS)
        assert files.matches(record.files)
        # Vouched bytes parse plainly, to the documents the checked parse gives.
        validated, problems = files.parse(validated=True)
        assert problems == []
        assert len(validated) == len(DOCUMENTS)
        assert dict(validated) == files.parse()[0]

    def test_vouched_bundled_bytes_take_the_trusted_builders_and_the_recorded_digest(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # What the record buys: no validator, no semantic check and no digest to
        # work out for the bundled files. Any slip to the checked path shows here.
        def refuse(*_: object) -> Any:
            raise AssertionError("a checked step ran for bytes the record vouches for")

        from hiptx.catalog import _semantics

        monkeypatch.setattr(_builders, "STRICT", dict.fromkeys(_builders.STRICT, refuse))
        monkeypatch.setattr(_semantics, "semantic_problems", refuse)
        monkeypatch.setattr(_wording, "word_problems", refuse)
        catalog = _loading._load_bundled()
        record = _pipeline.bundled_record(_loading.bundled_directory())
        assert record is not None
        assert catalog._digest == record.catalog_digest
        assert catalog == hiptx.load_catalog()

    def test_the_record_and_the_builders_are_current(self) -> None:
        import generate_builders

        for path, render in generate_builders.OUTPUTS.items():
            assert path.read_text(encoding="utf-8") == render(), (
                f"run tools/generate_builders.py ({path.name})"
            )

    def test_the_builders_are_marked_as_generated(self) -> None:
        text = pathlib.Path(str(_builders.__file__)).read_text(encoding="utf-8")
        assert "GENERATED FILE" in text

    def test_changed_bytes_are_not_vouched_for(self, data_copy: pathlib.Path) -> None:
        record = _pipeline.bundled_record(data_copy)
        assert record is not None
        edit(data_copy, "sources.json", lambda d: d["sources"][0].update(title="Changed"))
        assert not _json.read_files(data_copy, DOCUMENTS).matches(record.files)

    def test_same_size_different_bytes_are_not_vouched_for(self, data_copy: pathlib.Path) -> None:
        record = _pipeline.bundled_record(data_copy)
        assert record is not None
        path = data_copy / "conditions.json"
        data = bytearray(path.read_bytes())
        position = data.index(b'"name": "') + len(b'"name": "')
        data[position] = ord("X") if data[position] != ord("X") else ord("Y")
        path.write_bytes(bytes(data))
        assert len(data) == record.files["conditions.json"][0]
        assert not _json.read_files(data_copy, DOCUMENTS).matches(record.files)

    def test_a_missing_file_or_entry_is_not_vouched_for(self, data_copy: pathlib.Path) -> None:
        record = _pipeline.bundled_record(data_copy)
        assert record is not None
        files = _json.read_files(data_copy, DOCUMENTS)
        assert files.matches(record.files)
        del record.files["rules.json"]
        assert not files.matches(record.files)
        (data_copy / "risks.json").unlink()
        record = _pipeline.bundled_record(data_copy)
        assert record is not None
        assert not _json.read_files(data_copy, DOCUMENTS).matches(record.files)

    def test_an_unreadable_record_vouches_for_nothing(self, data_copy: pathlib.Path) -> None:
        (data_copy / "validated.json").write_text("{}", encoding="utf-8")
        assert _pipeline.bundled_record(data_copy) is None
        (data_copy / "validated.json").unlink()
        assert _pipeline.bundled_record(data_copy) is None

    def test_an_edited_bundled_file_takes_every_semantic_check(
        self, data_copy: pathlib.Path, bundled_is: Any
    ) -> None:
        # A link that is not http(s): only the semantic check refuses it. With the
        # record of the original files, the edited copy must still be refused.
        edit(
            data_copy,
            "sources.json",
            lambda d: d["sources"][0].update(url="javascript:alert(1)"),
        )
        bundled_is(data_copy)
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog()
        assert [(p.file, p.path) for p in info.value.details] == [
            ("sources.json", "/sources/0/url")
        ]

    def test_an_edited_valid_bundled_file_loads_with_its_digest_worked_out(
        self, data_copy: pathlib.Path, bundled_is: Any
    ) -> None:
        edit(data_copy, "sources.json", lambda d: d["sources"][0].update(title="Changed"))
        bundled_is(data_copy)
        catalog = hiptx.load_catalog()
        assert catalog._digest is None  # not the record's: worked out from the content
        assert catalog.digest != _pipeline.bundled_record(data_copy).catalog_digest  # type: ignore[union-attr]
        assert_same_catalog(catalog, by_cattrs(data_copy))

    def test_modified_bundled_data_reports_every_problem(
        self, data_copy: pathlib.Path, bundled_is: Any
    ) -> None:
        edit(data_copy, "sources.json", lambda d: d["sources"][0].update(kind="rumour"))
        edit(data_copy, "risks.json", lambda d: d["risks"][0].update(extra=1))
        bundled_is(data_copy)
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog()
        text = str(info.value)
        assert "sources.json" in text and "rumour" in text
        assert "risks.json" in text and "extra" in text


class TestOnePass:
    """Each file is read once and parsed once, whatever the outcome."""

    @pytest.fixture
    def counted(self, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
        hiptx.load_catalog()  # the floor, loaded before counting
        calls: dict[str, list[str]] = {"read": [], "parse": [], "strict": []}
        read, parse, strict = _json.read_bytes, _parse.parse, _parse.parse_document

        def counting_read(directory: Any, name: str) -> bytes:
            calls["read"].append(name)
            return read(directory, name)

        def counting_parse(name: str, data: bytes) -> Any:
            calls["parse"].append(name)
            return parse(name, data)

        def counting_strict(name: str, data: bytes) -> Any:
            calls["strict"].append(name)
            return strict(name, data)

        monkeypatch.setattr(_json, "read_bytes", counting_read)
        monkeypatch.setattr(_json, "parse", counting_parse)
        monkeypatch.setattr(_parse, "parse_document", counting_strict)
        return calls

    def test_a_directory_is_read_and_parsed_once(
        self, data_copy: pathlib.Path, counted: dict[str, list[str]]
    ) -> None:
        hiptx.load_catalog(data_copy)
        assert sorted(counted["read"]) == sorted(DOCUMENTS)
        assert sorted(counted["parse"]) == sorted(DOCUMENTS)
        assert counted["strict"] == []

    def test_problems_are_worded_from_the_one_parse(
        self, data_copy: pathlib.Path, counted: dict[str, list[str]]
    ) -> None:
        edit(data_copy, "risks.json", lambda d: d["risks"][0].update(extra=1))
        path = data_copy / "index.json"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("{", '{"data_version": "x",', 1), encoding="utf-8")
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog(data_copy)
        assert sorted(counted["read"]) == sorted(DOCUMENTS)
        assert sorted(counted["parse"]) == sorted(DOCUMENTS)
        # Only the file the plain parse refused is parsed strictly, from its bytes.
        assert counted["strict"] == ["index.json"]
        text = str(info.value)
        assert "more than once" in text and "extra" in text

    def test_an_overlay_is_read_and_parsed_once(
        self, tmp_path: pathlib.Path, counted: dict[str, list[str]]
    ) -> None:
        (tmp_path / "risks.json").write_text('{"risks": []}', encoding="utf-8")
        catalog = hiptx.load_catalog(tmp_path, extends=hiptx.load_catalog())
        assert catalog == hiptx.load_catalog()
        assert counted["parse"] == ["risks.json"]
        # Every catalog file is looked for once; the absent ones are not parsed.
        assert sorted(counted["read"]) == sorted(DOCUMENTS)


def test_the_one_table_names_every_file_once() -> None:
    assert [part.file for part in FILES] == list(DOCUMENTS)
    assert len({part.keyword for part in FILES}) == len(FILES)
    assert set(_builders.STRICT) == set(_builders.TRUSTED) == set(DOCUMENTS)
    for part in LIST_PARTS:
        assert attrs.fields_dict(part.document).keys() == {part.keyword}
        assert part.kind == part.keyword.removesuffix("s")


def test_citation_plan_matches_typing_for_every_model_class() -> None:
    # The reference check finds citations by reading annotations itself (cheaper
    # than typing.get_type_hints in a fresh process); it must agree with typing.
    import typing

    import hiptx.model
    from hiptx.catalog import _integrity

    def by_typing(cls: type) -> tuple[str, ...]:
        if not attrs.has(cls):
            return ()
        hints = typing.get_type_hints(cls)
        found = []
        for field in attrs.fields(cls):
            nested = [t for t in _integrity._flatten(hints[field.name]) if isinstance(t, type)]
            if any(t is hiptx.Citation or by_typing(t) for t in nested):
                found.append(field.name)
        return tuple(found)

    classes = [c for c in vars(hiptx.model).values() if isinstance(c, type) and attrs.has(c)]
    assert len(classes) >= 15
    for cls in classes:
        assert _integrity._fields_with_citations(cls) == by_typing(cls), cls.__name__
    assert "citations" in _integrity._fields_with_citations(hiptx.Treatment)


class TestCitationRecord:
    """The builders' record of cited source ids stands in for the reference walk."""

    def test_a_record_naming_an_unknown_source_words_the_dangling_citation(
        self, data_copy: pathlib.Path
    ) -> None:
        # The record says a citation names an unknown source: the walk then runs
        # and words the problem with its path, as the constructor would.
        edit(
            data_copy,
            "risks.json",
            lambda d: d["risks"][0]["citations"][0].update(source_id="no-such-source"),
        )
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog(data_copy)
        assert [p.path for p in info.value.details] == ["/risks/0/citations/0/source_id"]

    def test_equal_citations_are_one_object_within_a_load(self, data_copy: pathlib.Path) -> None:
        catalog = hiptx.load_catalog(data_copy)
        from hiptx.catalog._integrity import citations_in

        seen: dict[hiptx.Citation, hiptx.Citation] = {}
        for treatment in catalog.treatments.values():
            for citation, _ in citations_in(treatment, "$"):
                assert seen.setdefault(citation, citation) is citation
        assert len(seen) > 1

    def test_loads_in_threads_give_equal_catalogs(self, data_copy: pathlib.Path) -> None:
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            catalogs = list(pool.map(lambda _: hiptx.load_catalog(data_copy), range(8)))
        expected = by_cattrs(data_copy)
        for catalog in catalogs:
            assert_same_catalog(catalog, expected)


def test_the_bundled_directory_is_read_as_a_resource_where_it_is_not_on_disk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    # Installed in a zip, hiptx/data is no directory on disk: importlib-resources
    # reads it, and its record still vouches for its files.
    monkeypatch.setattr(_json, "BUNDLED_PATH", tmp_path / "absent")
    import importlib_resources

    directory = _loading.bundled_directory()
    assert directory == importlib_resources.files("hiptx").joinpath("data")
    assert directory.joinpath("index.json").is_file()
    record = _pipeline.bundled_record(directory)
    assert record is not None
    assert _json.read_files(directory, DOCUMENTS).matches(record.files)


def test_a_refused_overlay_with_an_index_words_every_problem(tmp_path: pathlib.Path) -> None:
    (tmp_path / "index.json").write_text(
        '{"data_version": "clinic", "files": ["risks.json", "rules.json"]}', encoding="utf-8"
    )
    (tmp_path / "risks.json").write_text('{"risks": [{"id": 3}]}', encoding="utf-8")
    rules = _json.read_bytes(_loading.bundled_directory(), "rules.json")
    (tmp_path / "rules.json").write_bytes(rules)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(tmp_path, extends=hiptx.load_catalog())
    assert [p.file for p in info.value.details] == ["risks.json"] * len(info.value.details)
    assert any(p.path == "/risks/0/id" for p in info.value.details)
