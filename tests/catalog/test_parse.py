"""The strict JSON parser (catalog/_parse.py): numbers, keys, nesting and text it refuses."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import hiptx
from hiptx.catalog import _parse
from tests.support.catalogs import problems_of, refusal_of
from tests.support.data_files import edit

# --- the strict parser's walk ---------------------------------------------------------------


def _nested(levels: int) -> bytes:
    return ("[" * levels + "]" * levels).encode()


def _objects(levels: int) -> str:
    return '{"a": ' * (levels - 1) + "{}" + "}" * (levels - 1)


def test_nesting_is_allowed_up_to_the_limit_and_refused_one_past_it() -> None:
    from hiptx.catalog import _parse

    document, at_limit = _parse.parse_document("x.json", _nested(_parse.MAX_DEPTH))
    assert at_limit == []
    assert json.dumps(document) == _nested(_parse.MAX_DEPTH).decode().replace("][", "], [")
    _, past = _parse.parse_document("x.json", _nested(_parse.MAX_DEPTH + 1))
    (problem,) = past
    assert problem.path == "/0" * _parse.MAX_DEPTH
    assert problem.expected == f"at most {_parse.MAX_DEPTH} levels of arrays and objects"


def test_every_bad_number_and_repeated_key_in_a_file_is_reported() -> None:
    from hiptx.catalog import _parse

    text = b'{"a": [NaN, 1, Infinity], "b c": 1, "b c": 2, "d": {"e": -Infinity}}'
    _, problems = _parse.parse_document("x.json", text)
    found = sorted((p.path, p.value, p.expected) for p in problems)
    assert found == [
        ("/a/0", "NaN", "a finite number"),
        ("/a/2", "Infinity", "a finite number"),
        ("/b c", "'b c'", "each key at most once"),
        ("/d/e", "-Infinity", "a finite number"),
    ]


def test_the_parser_takes_twenty_digits_and_refuses_twenty_one() -> None:
    from hiptx.catalog import _parse

    twenty = "9" * 20
    document, problems = _parse.parse_document("x.json", f'{{"x": {twenty}}}'.encode())
    assert (document, problems) == ({"x": int(twenty)}, [])
    _, refused = _parse.parse_document("x.json", f'{{"x": {twenty}1}}'.encode())
    assert [p.path for p in refused] == ["/x"]


def test_a_file_that_is_not_utf8_is_a_problem_of_the_whole_file() -> None:
    from hiptx.catalog import _parse

    document, (problem,) = _parse.parse_document("x.json", b'{"x": "\xff"}')
    assert document is _parse.UNREADABLE
    assert (problem.file, problem.path) == ("x.json", "")
    assert problem.message.startswith("is not UTF-8 text (byte 7:")


def test_the_walk_counts_object_nesting_and_goes_on_after_a_deep_branch() -> None:
    # A bad number makes the parser walk the whole document; the walk must count
    # nested objects as the fast check counts brackets, and report everything.
    from hiptx.catalog import _parse

    limit = _parse.MAX_DEPTH
    _, ok = _parse.parse_document("x.json", f'{{"n": NaN, "a": {_objects(limit - 1)}}}'.encode())
    assert [p.path for p in ok] == ["/n"]
    deep = f'{{"a": {_objects(limit)}, "n": NaN}}'.encode()
    _, problems = _parse.parse_document("x.json", deep)
    assert sorted(p.path for p in problems) == ["/a" * limit, "/n"]


def test_text_that_is_not_json_is_a_problem_of_the_whole_file() -> None:
    from hiptx.catalog import _parse

    document, (problem,) = _parse.parse_document("x.json", b'{"x": ')
    assert document is _parse.UNREADABLE
    assert problem.path == ""
    assert problem.message.startswith("not valid JSON (")


def test_nesting_too_deep_for_the_parser_is_a_problem_of_the_whole_file() -> None:
    from hiptx.catalog import _parse

    document, (problem,) = _parse.parse_document("x.json", _nested(100_000))
    assert document is _parse.UNREADABLE
    assert (problem.file, problem.path) == ("x.json", "")
    assert problem.message == (
        f"not valid catalog JSON (nested more than {_parse.MAX_DEPTH} levels deep)"
    )


class TestInALoad:
    """What the parse step refuses, as a whole directory's load reports it."""

    @pytest.mark.parametrize(
        ("token", "message"),
        [
            ("NaN", "NaN is not a number JSON allows"),
            ("Infinity", "Infinity is not a number JSON allows"),
            ("-Infinity", "-Infinity is not a number JSON allows"),
            ("1e400", "number too large (not a finite 64-bit float)"),
            ("1" + "0" * 5000, "integer of more than 20 digits"),
        ],
    )
    def test_non_finite_and_huge_numbers_are_refused_at_parse_time(
        self, data_copy: pathlib.Path, token: str, message: str
    ) -> None:
        path = data_copy / "rules.json"
        document = json.loads(path.read_text(encoding="utf-8"))
        document["pain_ceiling"]["value"] = "@@X@@"
        path.write_text(json.dumps(document).replace('"@@X@@"', token), encoding="utf-8")
        assert problems_of(data_copy) == (f"rules.json: /pain_ceiling/value: {message}",)
        if len(token) < 20:  # shown as written, with what is allowed
            (problem,) = refusal_of(data_copy)
            assert (problem.value, problem.expected) == (token, "a finite number")

    def test_a_repeated_key_is_refused_with_its_path(self, data_copy: pathlib.Path) -> None:
        # Last-one-wins would let a pain ceiling of 3 quietly become 10.
        path = data_copy / "rules.json"
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
        value = document["pain_ceiling"]["value"]
        text = json.dumps(document).replace(
            f'"pain_ceiling": {{"value": {value}', '"pain_ceiling": {"value": 3, "value": 10', 1
        )
        path.write_text(text, encoding="utf-8")
        assert problems_of(data_copy) == (
            "rules.json: /pain_ceiling/value: key 'value' appears more than once in the object",
        )

    def test_deep_nesting_is_refused_not_a_recursion_error(self, data_copy: pathlib.Path) -> None:
        (data_copy / "conditions.json").write_text(
            '{"conditions": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8"
        )
        (problem,) = [p for p in problems_of(data_copy) if p.startswith("conditions.json")]
        assert "nested more than 32 levels deep" in problem

    def test_moderate_nesting_is_refused_with_its_path(self, data_copy: pathlib.Path) -> None:
        nested: Any = 1
        for _ in range(40):
            nested = [nested]
        edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("name", nested))
        (problem,) = problems_of(data_copy)
        assert problem.startswith("risks.json: /risks/0/name/0")
        assert "nested more than 32 levels deep" in problem

    def test_a_file_that_is_not_utf8(self, data_copy: pathlib.Path) -> None:
        (data_copy / "risks.json").write_bytes(b'{"risks": "\xff"}')
        assert "risks.json: is not UTF-8 text (byte 11: invalid start byte)" in problems_of(
            data_copy
        )

    def test_brackets_inside_text_are_not_nesting(self, data_copy: pathlib.Path) -> None:
        # The quick nesting check skips strings; a name full of brackets is just text.
        document = json.loads((data_copy / "risks.json").read_text(encoding="utf-8"))
        risk_id = document["risks"][0]["id"]
        edit(data_copy, "risks.json", lambda d: d["risks"][0].__setitem__("name", "[{" * 40))
        assert hiptx.load_catalog(data_copy).risks[risk_id].name == "[{" * 40


@pytest.mark.parametrize(
    "text",
    [
        b'{"data_version": "1", "data_version": "2", "files": []}',
        b'{"data_version": NaN}',
        b'{"x": 1e400}',
        b'{"x": 123456789012345678901}',
        b'{"x": "\xff"}',
        b'{"x": ',
    ],
)
def test_the_plain_parse_gives_way_to_the_strict_one(text: bytes) -> None:
    document, problems = _parse.parse("index.json", text)
    assert document is _parse.UNREADABLE
    assert problems and problems[0].file == "index.json"


def test_repeated_key_in_a_copy_is_reported(data_copy: pathlib.Path) -> None:
    path = data_copy / "index.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{", '{"data_version": "x",', 1), encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    (problem,) = info.value.details
    assert (problem.file, problem.path) == ("index.json", "/data_version")
    assert "more than once" in problem.message
