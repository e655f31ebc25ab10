"""The compact stored form: small, restored equal, only against the catalog it names.

A programme's full form repeats every prescription's reasons and the quotes of their
citations in every session; the compact form writes each distinct object once and
a catalog citation as a key. These tests check that what comes back is the object
that went in (for every kind of hiptx object the tests know and for generated
programmes and decisions), that the room it takes meets the issue's figure, and
that a stored form meets a different catalog or damaged data with a clear error,
never a half-built object.
"""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, reject, settings, strategies as st

import hiptx
from tests.rules.test_programme_properties import logs, programmes
from tests.support.strategies import json_values, rep_sessions
from tests.test_serialize import INSTANCES

CATALOG = hiptx.load_catalog()
START = datetime.date(2026, 1, 5)
P, F = hiptx.MovementPattern, hiptx.Finding


def _twelve_week_programme() -> hiptx.Programme:
    # The case: three weak patterns, three exercises, 12 weeks, 3 a week.
    findings = {P.ADDUCTION: F.WEAK, P.ABDUCTION: F.WEAK, P.EXTENSION: F.WEAK}
    plan = hiptx.plan_exercises(hiptx.Assessment(findings=findings))
    return hiptx.build_programme(plan, start=START, weeks=12, sessions_per_week=3)


PROGRAMME = _twelve_week_programme()


def _round_trip(obj: Any, catalog: hiptx.Catalog | None = None) -> Any:
    text = hiptx.to_json(obj, compact=True, catalog=catalog)
    return hiptx.from_dict(type(obj), json.loads(text), catalog=catalog)


def _compactable(obj: object) -> bool:
    # The compact form writes one object whose fields are values, hiptx objects
    # and tuples of them; an Assessment's enum-keyed mapping is not one of those.
    return attrs.has(type(obj)) and not isinstance(obj, hiptx.Assessment)


COMPACTABLE = [obj for obj in INSTANCES if _compactable(obj)]


def test_every_kind_of_object_comes_back_equal_with_its_value_types() -> None:
    assert len({type(obj) for obj in COMPACTABLE}) > 30
    for obj in COMPACTABLE:
        back = _round_trip(obj)
        assert back == obj, type(obj).__name__
        # Equal is not enough: 3 and 3.0 are equal; the full form keeps which it was.
        assert hiptx.to_dict(back) == hiptx.to_dict(obj)
        assert json.dumps(hiptx.to_dict(back)) == json.dumps(hiptx.to_dict(obj))


def test_the_twelve_week_programme_is_small_and_its_citations_are_keys() -> None:
    full = hiptx.to_json(PROGRAMME)
    compact = hiptx.to_json(PROGRAMME, compact=True)
    assert len(compact.encode("utf-8")) <= 25 * 1024  # the bound
    assert len(compact) * 10 < len(full)
    # Every quote of the full form is in the catalog, so none is written out.
    quote = PROGRAMME.schedule[0].sessions[0].prescriptions[0].reasons[1].citations[0].quote
    assert quote is not None
    assert quote in full
    assert quote not in compact
    assert _round_trip(PROGRAMME) == PROGRAMME


def test_an_update_and_its_decisions_round_trip() -> None:
    done = hiptx.SessionRecord(
        sets=3, reps=10, pain_during=1, pain_after_24h=1, date=START + datetime.timedelta(days=4)
    )
    update = hiptx.advance_programme(
        PROGRAMME, {"loaded-bridge": [done]}, today=START + datetime.timedelta(days=11)
    )
    assert update.changes  # a real swap, so the history and slots are not empty
    assert _round_trip(update) == update
    stopped = hiptx.advance_programme(
        update.programme,
        {},
        today=START + datetime.timedelta(days=20),
        red_flags={hiptx.RedFlag.NIGHT_OR_REST_PAIN},
    )
    assert stopped.referral is not None
    assert _round_trip(stopped) == stopped


def test_the_full_form_is_unchanged_and_still_read() -> None:
    data = hiptx.to_dict(PROGRAMME)
    assert "hiptx_compact" not in data
    assert data == hiptx.to_dict(PROGRAMME, compact=False)
    assert hiptx.from_dict(hiptx.Programme, data, catalog=CATALOG) == PROGRAMME


def test_a_citation_the_catalog_does_not_hold_is_written_whole() -> None:
    own = hiptx.Citation(source_id="my-clinic-leaflet", quote="Our own words.", locator="p. 2")
    reason = hiptx.Reason(code=hiptx.ReasonCode.TARGET_DOSE, message="Ours.", citations=(own,))
    stored = hiptx.to_dict(reason, compact=True)
    assert ["my-clinic-leaflet", "Our own words.", "p. 2"] in stored["objects"][0][3]
    assert hiptx.from_dict(hiptx.Reason, stored) == reason


def _catalog_with_another_title() -> hiptx.Catalog:
    documents = hiptx.to_dict(CATALOG)
    documents["sources.json"]["sources"][0]["title"] += " (edited)"
    return hiptx.from_dict(hiptx.Catalog, documents)


def test_a_stored_form_names_its_catalog_and_is_refused_by_another() -> None:
    other = _catalog_with_another_title()
    assert other.version == CATALOG.version  # same version: only the digest tells them apart
    stored = hiptx.to_dict(PROGRAMME, compact=True)
    assert stored["catalog"]["data_version"] == CATALOG.version
    with pytest.raises(hiptx.InvalidDataError) as caught:
        hiptx.from_dict(hiptx.Programme, stored, catalog=other)
    (problem,) = caught.value.details
    assert problem.path == "/catalog"
    assert "another catalog" in problem.message
    assert stored["catalog"]["digest"] in problem.message
    # Written against that catalog, it is restored with it, and refused by the bundled one.
    own = hiptx.to_dict(PROGRAMME, compact=True, catalog=other)
    assert own["catalog"]["digest"] != stored["catalog"]["digest"]
    assert hiptx.from_dict(hiptx.Programme, own, catalog=other) == PROGRAMME
    with pytest.raises(hiptx.InvalidDataError, match=r"/catalog"):
        hiptx.from_dict(hiptx.Programme, own)


def test_a_stored_form_naming_no_catalog_is_refused() -> None:
    stored = hiptx.to_dict(PROGRAMME, compact=True)
    stored["catalog"] = "bundled"
    with pytest.raises(hiptx.InvalidDataError, match=r"/catalog: written against another"):
        hiptx.from_dict(hiptx.Programme, stored)


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return change


def _row(data: dict[str, Any], name: str) -> int:
    index = data["types"].index(name)
    return next(i for i, row in enumerate(data["objects"]) if row[0] == index)


STORED = hiptx.to_dict(PROGRAMME, compact=True)
RANGE_ROW = _row(STORED, "IntRange")
REASON_ROW = _row(STORED, "Reason")
PRESCRIPTION_ROW = _row(STORED, "Prescription")
SESSION_ROW = _row(STORED, "ProgrammeSession")

# (what is damaged, the damage, the path named, words of the message): each a way a
# stored form could be cut short, edited by hand or written by another program.
DAMAGED = [
    ("version", _set(("hiptx_compact",), 2), "/hiptx_compact", "unknown compact form version"),
    ("type", _set(("type",), "ProgrammeUpdate"), "/type", "not a Programme"),
    ("extra key", _set(("note",), "x"), "", "extra fields found (note)"),
    ("types", _set(("types",), "Programme"), "/types", "expected a list of class names"),
    ("class", _set(("types", 0), "Catalog"), "/types", "not a class a Programme holds"),
    ("rows", _set(("objects",), {}), "/objects", "expected a list of rows"),
    ("row", _set(("objects", 0), "x"), "/objects/0", "expected a row"),
    ("class index", _set(("objects", 0, 0), 99), "/objects/0/0", "no such class index"),
    ("row length", _set(("objects", RANGE_ROW), [0]), f"/objects/{RANGE_ROW}", "row has"),
    ("number", _set(("objects", RANGE_ROW, 1), "8"), f"/objects/{RANGE_ROW}/1", "an integer"),
    (
        "bound",
        _set(("objects", RANGE_ROW, 1), 11),
        f"/objects/{RANGE_ROW}",
        "low",
    ),
    ("enum", _set(("objects", REASON_ROW, 1), "x"), f"/objects/{REASON_ROW}/1", "ReasonCode"),
    (
        "citation key",
        _set(("objects", REASON_ROW + 1, 3, 0), "nowhere#1"),
        f"/objects/{REASON_ROW + 1}/3/0",
        "no citation with this key",
    ),
    (
        "citation",
        _set(("objects", REASON_ROW + 1, 3, 1), 5),
        f"/objects/{REASON_ROW + 1}/3/1",
        "expected a catalog citation key",
    ),
    (
        "list",
        _set(("objects", REASON_ROW, 3), "none"),
        f"/objects/{REASON_ROW}/3",
        "expected a list",
    ),
    (
        "later row",
        _set(("objects", PRESCRIPTION_ROW, 11, 0), 10_000),
        f"/objects/{PRESCRIPTION_ROW}/11/0",
        "earlier Reason",
    ),
    (
        "wrong class",
        _set(("objects", PRESCRIPTION_ROW, 11, 0), RANGE_ROW),
        f"/objects/{PRESCRIPTION_ROW}/11/0",
        "row of a Reason",
    ),
    (
        "repeat",
        _set(("objects", PRESCRIPTION_ROW, 11), [REASON_ROW, REASON_ROW]),
        f"/objects/{PRESCRIPTION_ROW}",
        "reasons",
    ),
    ("date", _set(("objects", SESSION_ROW, 1), "20260105"), f"/objects/{SESSION_ROW}/1", "ISO"),
    ("day", _set(("objects", SESSION_ROW, 1), "2026-02-30"), f"/objects/{SESSION_ROW}/1", "ISO"),
    ("root", _set(("root",), 0), "/root", "the row of the Programme"),
]


@pytest.mark.parametrize(("what", "damage", "path", "words"), DAMAGED, ids=[d[0] for d in DAMAGED])
def test_damaged_stored_forms_are_refused_naming_where(
    what: str, damage: Any, path: str, words: str
) -> None:
    stored = copy.deepcopy(STORED)
    damage(stored)
    with pytest.raises(hiptx.InvalidDataError) as caught:
        hiptx.from_dict(hiptx.Programme, stored)
    (problem,) = caught.value.details
    assert problem.path == path, what
    assert words in problem.message, what


def test_a_stored_form_missing_a_part_lists_what_is_missing() -> None:
    stored = copy.deepcopy(STORED)
    del stored["root"], stored["types"]
    with pytest.raises(hiptx.InvalidDataError, match=r"required fields missing \(root, types\)"):
        hiptx.from_dict(hiptx.Programme, stored)


def test_wrong_arguments_are_refused_by_name() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="compact"):
        hiptx.to_dict(PROGRAMME, compact="yes")  # type: ignore[arg-type]
    assert hiptx.to_dict(PROGRAMME, catalog=CATALOG) == hiptx.to_dict(PROGRAMME)
    with pytest.raises(hiptx.WrongTypeError, match="catalog"):
        hiptx.to_dict(PROGRAMME, catalog="bundled")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="catalog"):
        hiptx.to_dict(PROGRAMME, compact=True, catalog="bundled")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="catalog"):
        hiptx.from_dict(hiptx.Programme, STORED, catalog="bundled")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="one object"):
        hiptx.to_dict([PROGRAMME], compact=True)
    assessment = hiptx.Assessment(findings={P.ADDUCTION: F.WEAK})
    with pytest.raises(hiptx.WrongTypeError, match="fields the compact form can write"):
        hiptx.to_dict(assessment, compact=True)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_generated_programmes_and_updates_round_trip(data: st.DataObject) -> None:
    programme = data.draw(programmes())
    assert _round_trip(programme) == programme
    offset = data.draw(st.integers(min_value=0, max_value=7 * programme.weeks))
    today = programme.start + datetime.timedelta(days=offset)
    log = data.draw(logs(programme, today))  # dated sessions the programme accepts
    update = hiptx.advance_programme(programme, log, today=today, catalog=CATALOG)
    assert _round_trip(update) == update


@settings(max_examples=25, deadline=None)
@given(
    exercise=st.sampled_from(sorted(CATALOG.exercises)),
    sessions=st.lists(rep_sessions(), max_size=4),
)
def test_generated_decisions_round_trip(exercise: str, sessions: list[hiptx.SessionRecord]) -> None:
    try:
        decision = hiptx.check_progression(exercise, sessions, catalog=CATALOG)
    except hiptx.InvalidValueError:  # sessions measured another way than this exercise's dose
        reject()  # counted by hypothesis's health check, not passed silently
    assert _round_trip(decision) == decision


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [path] + [p for key, value in node.items() for p in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [path] + [p for i, value in enumerate(node) for p in _leaves(value, (*path, i))]
    return [path]


SMALL = hiptx.to_dict(
    hiptx.advance_programme(
        hiptx.build_programme(
            hiptx.plan_exercises(hiptx.Assessment(findings={P.ADDUCTION: F.WEAK})),
            start=START,
            weeks=2,
            sessions_per_week=2,
        ),
        {},
        today=START,
    ),
    compact=True,
)
SMALL_PATHS = [path for path in _leaves(SMALL) if path]


@settings(max_examples=60, deadline=None)
@given(path=st.sampled_from(SMALL_PATHS), value=json_values)
def test_any_damage_is_restored_whole_or_refused_with_one_error(
    path: tuple[Any, ...], value: Any
) -> None:
    stored = copy.deepcopy(SMALL)
    _set(path, value)(stored)
    outcome = _restore(stored)
    if isinstance(outcome, hiptx.InvalidDataError):
        assert outcome.details  # names where, never a bare KeyError or TypeError
        assert all(
            problem.path == "" or problem.path.startswith("/") for problem in outcome.details
        )
    else:
        # What the compact reader accepts (it skips __init__ for speed) the full
        # reader, which runs every check through __init__, accepts too, unchanged.
        full = hiptx.from_dict(hiptx.ProgrammeUpdate, hiptx.to_dict(outcome))
        assert full == outcome


def _restore(stored: object) -> hiptx.ProgrammeUpdate | hiptx.InvalidDataError:
    try:
        return hiptx.from_dict(hiptx.ProgrammeUpdate, stored)
    except hiptx.InvalidDataError as error:
        return error
