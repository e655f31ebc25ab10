"""The fast load paths give exactly the strict path's catalog, and give way to it.

The strict path is cattrs' structuring (``_reader.parse_documents``). The fast
paths are the generated builders: ``load_checked`` for any directory (every check
runs) and ``load_validated`` for bundled files whose size and SHA-256 match.
"""

from __future__ import annotations

import pathlib
import sys
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.catalog import (
    _fast,
    _loading,
    _reader,
    _strict_builders,
    _strict_support,
    _trusted_builders,
)
from tests.support.catalogs import refusal_of
from tests.support.data_files import edit
from tests.support.processes import fresh_python


def strict(directory: pathlib.Path | Any) -> hiptx.Catalog:
    return _fast.catalog_from(_reader.parse_documents(directory))


def assert_same(a: object, b: object, path: str = "$") -> None:
    """Equal values of identical types, all the way down."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if attrs.has(type(a)):
        for field in attrs.fields(type(a)):  # type: ignore[arg-type]
            assert_same(getattr(a, field.name), getattr(b, field.name), f"{path}.{field.name}")
    elif isinstance(a, tuple):
        assert isinstance(b, tuple)
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


def assert_same_catalog(a: hiptx.Catalog, b: hiptx.Catalog) -> None:
    assert a._parts.keys() == b._parts.keys()
    for key in a._parts:
        assert_same(a._parts[key], b._parts[key], key)
        assert a._parts[key] == b._parts[key]
    assert a._chain_of == b._chain_of


class TestEquality:
    def test_validated_bundled_equals_strict(self) -> None:
        fast = _fast.load_validated()
        assert fast is not None, "bundled files differ from the recorded digests"
        assert_same_catalog(fast, strict(_reader.bundled_directory()))

    def test_checked_equals_strict(self, data_copy: pathlib.Path) -> None:
        fast = _fast.load_checked(data_copy)
        assert fast is not None
        assert_same_catalog(fast, strict(data_copy))

    def test_floats_stay_floats(self, data_copy: pathlib.Path) -> None:
        # An integer in the JSON of a float field becomes a float on every path.
        fast = _fast.load_validated()
        assert fast is not None
        assert type(fast.rules.pain_ceiling.value) is float
        checked = _fast.load_checked(data_copy)
        assert checked is not None
        assert type(checked.rules.lingering_pain_hours.value) is float

    def test_load_catalog_uses_the_fast_path_without_cattrs(self) -> None:
        code = (
            "import sys, hiptx; c = hiptx.load_catalog(); "
            "print('cattrs' in sys.modules, len(c.treatments))"
        )
        out = fresh_python(code).split()
        assert out[0] == "False"
        assert int(out[1]) == len(hiptx.load_catalog().treatments)


class TestFallback:
    def test_changed_digest_falls_back_to_strict(self, data_copy: pathlib.Path) -> None:
        edit(data_copy, "sources.json", lambda d: d["sources"][0].update(title="Changed"))
        assert _fast.load_validated(str(data_copy)) is None
        catalog = hiptx.load_catalog(data_copy)  # still valid: loads strictly
        assert catalog.sources["fashion-treatments-page"].title is not None

    def test_same_size_different_bytes_falls_back(self, data_copy: pathlib.Path) -> None:
        path = data_copy / "conditions.json"
        data = bytearray(path.read_bytes())
        position = data.index(b'"name": "') + len(b'"name": "')
        data[position] = ord("X") if data[position] != ord("X") else ord("Y")
        path.write_bytes(bytes(data))
        assert len(data) == _trusted_builders.BUNDLED_FILES["conditions.json"][0]
        assert _fast.load_validated(str(data_copy)) is None

    def test_missing_file_falls_back(self, data_copy: pathlib.Path) -> None:
        (data_copy / "risks.json").unlink()
        assert _fast.load_validated(str(data_copy)) is None
        assert _fast.load_checked(data_copy) is None

    def test_stale_table_falls_back(self) -> None:
        table = dict(_trusted_builders.BUNDLED_FILES)
        del table["rules.json"]
        assert _fast.load_validated(expected=table) is None

    def test_modified_bundled_data_reports_every_problem(
        self, data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # The bundled directory replaced by an edited copy: the fast path must see
        # the difference and the strict path must report both problems.
        edit(data_copy, "sources.json", lambda d: d["sources"][0].update(kind="rumour"))
        edit(data_copy, "risks.json", lambda d: d["risks"][0].update(extra=1))
        monkeypatch.setattr(_fast, "BUNDLED_PATH", str(data_copy))
        monkeypatch.setattr(_reader, "bundled_directory", lambda: data_copy)
        monkeypatch.setattr(_fast.load_validated, "__defaults__", (str(data_copy), None))
        # The process's bundled catalog comes back afterwards, whatever runs next.
        monkeypatch.setattr(_loading, "_bundled", _loading._bundled)
        _loading._clear_cache()
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog()
        text = str(info.value)
        assert "sources.json" in text and "rumour" in text
        assert "risks.json" in text and "extra" in text

    @pytest.mark.parametrize(
        ("name", "change", "expected"),
        [
            ("sources.json", lambda d: d["sources"][0].update(year="2020"), "year"),
            ("sources.json", lambda d: d["sources"][0].update(unknown="x"), "unknown"),
            (
                "exercises.json",
                lambda d: d["exercises"][0].update(patterns="abduction"),
                "patterns",
            ),
            ("rules.json", lambda d: d["pain_ceiling"].update(value=True), "value"),
            ("risks.json", lambda d: d["risks"][0].pop("name"), "name"),
            ("conditions.json", lambda d: d["conditions"][0].update(name=" padded"), "name"),
        ],
    )
    def test_checked_refuses_and_strict_words_it(
        self, data_copy: pathlib.Path, name: str, change: Any, expected: str
    ) -> None:
        edit(data_copy, name, change)
        assert _fast.load_checked(data_copy) is None
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog(data_copy)
        assert any(
            p.file == name and (expected in p.path or expected in p.message)
            for p in info.value.details
        )

    @pytest.mark.parametrize(
        "text",
        [
            b'{"data_version": "1", "data_version": "2", "files": []}',
            b'{"data_version": NaN}',
            b'{"x": 1e400}',
            b'{"x": 123456789012345678901}',
            b'{"x": "\xff"}',
        ],
    )
    def test_plain_parse_refuses_what_the_strict_parser_reports(self, text: bytes) -> None:
        with pytest.raises(_fast._NotPlainError):
            _fast.plain_document(text)

    def test_repeated_key_in_a_copy_is_reported(self, data_copy: pathlib.Path) -> None:
        path = data_copy / "index.json"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("{", '{"data_version": "x",', 1), encoding="utf-8")
        assert _fast.load_checked(data_copy) is None
        with pytest.raises(hiptx.CatalogDataError) as info:
            hiptx.load_catalog(data_copy)
        assert "more than once" in str(info.value)


@pytest.mark.parametrize("module", [_strict_builders, _trusted_builders])
def test_generated_builders_are_up_to_date(module: object) -> None:
    import generate_builders

    path = pathlib.Path(module.__file__)  # type: ignore[attr-defined]
    render = generate_builders.OUTPUTS[path.resolve()]
    assert path.read_text(encoding="utf-8") == render(), "run tools/generate_builders.py"


def test_generated_files_are_marked_as_generated() -> None:
    for module in (_strict_builders, _trusted_builders):
        assert "GENERATED FILE" in pathlib.Path(str(module.__file__)).read_text(encoding="utf-8")


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


def test_fast_paths_change_no_process_wide_state(data_copy: pathlib.Path) -> None:
    # Validators are skipped by building objects directly, never by switching
    # attrs' global flag, which would silence every other attrs class too.
    assert attrs.validators.get_disabled() is False
    assert _fast.load_validated() is not None
    assert _fast.load_checked(data_copy) is not None
    assert attrs.validators.get_disabled() is False
    with pytest.raises(hiptx.OutOfRangeError):
        hiptx.SessionRecord(sets=3, reps=10, pain_during=11, pain_after_24h=0)


STRICT_BUILDERS = sorted(
    (name, builder)
    for name, builder in vars(_strict_builders).items()
    if name.startswith("strict_") and callable(builder)
)


@pytest.mark.parametrize(
    "build", [b for _, b in STRICT_BUILDERS], ids=[n for n, _ in STRICT_BUILDERS]
)
def test_every_strict_builder_refuses_a_non_object_and_an_unknown_key(build: Any) -> None:
    # Refusing (rather than ignoring the key or reading the list) is what sends
    # the load to the strict path, which names the problem.
    assert len(STRICT_BUILDERS) >= 25
    with pytest.raises(_strict_support.NotStrict):
        build([])
    with pytest.raises(_strict_support.NotStrict):
        build({"no_such_field": 1})


def _has_scalar_field(name: str) -> bool:
    import typing

    cls = getattr(_strict_builders, name.removeprefix("strict_"))
    hints = typing.get_type_hints(cls)
    scalars = {str, int, bool, str | None, int | None, bool | None}
    return any(hints[f.name] in scalars for f in attrs.fields(cls))


@pytest.mark.parametrize("name", [n for n, _ in STRICT_BUILDERS if _has_scalar_field(n)])
def test_every_strict_builder_refuses_a_wrongly_typed_scalar(name: str) -> None:
    # Every field given a list: a string, integer or boolean field refuses it at
    # once (before any nested object is built), so the load goes the strict way.
    build = getattr(_strict_builders, name)
    cls = getattr(_strict_builders, name.removeprefix("strict_"))
    with pytest.raises(_strict_support.NotStrict):
        build({f.name: [] for f in attrs.fields(cls)})


def test_an_unknown_key_in_a_nested_object_is_named_by_the_public_loader(
    data_copy: pathlib.Path,
) -> None:
    edit(data_copy, "rules.json", lambda d: d["screening"].update(colour="red"))
    assert _fast.load_checked(data_copy) is None
    (problem,) = refusal_of(data_copy)
    assert (problem.file, problem.path) == ("rules.json", "/screening")
    assert "colour" in problem.message


def test_a_read_that_fails_after_the_open_gives_way_to_the_strict_path(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    path = tmp_path / "index.json"
    path.write_bytes(b"{}")
    closed: list[int] = []
    real_close = os.close

    def failing_fdopen(*_args: object, **_kwargs: object) -> Any:
        raise OSError(5, "Input/output error")

    def recording_close(fd: int) -> None:
        closed.append(fd)
        real_close(fd)

    assert _fast._read_exactly(str(path), 2) == b"{}"
    monkeypatch.setattr(os, "fdopen", failing_fdopen)
    monkeypatch.setattr(os, "close", recording_close)
    assert _fast._read_exactly(str(path), 2) is None
    assert len(closed) == 1  # the descriptor is not leaked


def test_the_digest_falls_back_to_hashlib_where_blake2_is_not_built_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hashlib

    def hashlib_blake2b(data: bytes = b"") -> Any:
        return hashlib.new("blake2b", data)

    # CPython's hashlib.blake2b is _blake2's own, so a stand-in tells them apart.
    monkeypatch.setattr(hashlib, "blake2b", hashlib_blake2b)
    assert _fast._blake2b() is not hashlib_blake2b
    monkeypatch.setitem(sys.modules, "_blake2", None)  # its import now raises ImportError
    assert _fast._blake2b() is hashlib_blake2b


class TestCitationRecord:
    """The builders' record of cited source ids stands in for the reference walk."""

    def test_the_record_holds_exactly_the_cited_source_ids(self) -> None:
        from hiptx.catalog._integrity import cited_source_ids as walk

        catalog = hiptx.load_catalog()
        directory = _reader.bundled_directory()
        try:
            for name, build in _strict_builders.STRICT.items():
                build(_fast.plain_document(directory.joinpath(name).read_bytes()))
            recorded = _strict_builders.cited_source_ids()
        finally:
            _strict_builders.forget_shared()
        parts = [*catalog._parts.values()]
        walked = set(walk(tuple(p for p in parts if isinstance(p, (tuple, hiptx.RuleSet)))))
        assert recorded == walked
        assert _strict_builders.cited_source_ids() == frozenset()  # nothing kept

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
        documents = _reader.parse_documents(data_copy)
        with pytest.raises(hiptx.CatalogDataError) as info:
            _fast.catalog_from(documents, frozenset({"no-such-source"}))
        assert [p.path for p in info.value.details] == ["/risks/0/citations/0/source_id"]

    def test_equal_citations_are_one_object_within_a_load(self, data_copy: pathlib.Path) -> None:
        catalog = _fast.load_checked(data_copy)
        assert catalog is not None
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
        expected = strict(data_copy)
        for catalog in catalogs:
            assert_same_catalog(catalog, expected)
