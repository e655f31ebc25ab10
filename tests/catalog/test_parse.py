"""The strict JSON parser (catalog/_parse.py): numbers, keys, nesting and text it refuses."""

from __future__ import annotations

import json

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
