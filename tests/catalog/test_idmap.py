"""The catalog's read-only id maps (catalog/_idmap.py): lookups, suggestions, pickling."""

from __future__ import annotations

import pickle

import attrs
import pytest

import hiptx


def test_id_maps_cannot_be_changed(cat: hiptx.Catalog) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cat.treatments._items = {}
    with pytest.raises(TypeError):
        del cat.treatments["hip-arthroscopy"]  # type: ignore[attr-defined]


def test_id_map_given_a_list() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="items: expected a mapping"):
        hiptx.IdMap("risk", ["a", "b"])  # type: ignore[arg-type]


def test_id_map_given_bad_keys_or_kind() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="id strings as keys"):
        hiptx.IdMap("risk", {3: "x"})  # type: ignore[dict-item]
    with pytest.raises(hiptx.WrongTypeError, match="kind"):
        hiptx.IdMap(None, {})  # type: ignore[arg-type]


def test_id_map_lookups_with_a_wrong_type(cat: hiptx.Catalog) -> None:
    with pytest.raises(hiptx.WrongTypeError, match="treatment id: expected an id string"):
        cat.treatments[3]  # type: ignore[index]
    values: tuple[object, ...] = (3, ["x"], None)
    for some in values:
        assert some not in cat.treatments
    assert cat.treatments.get(["x"]) is None  # type: ignore[arg-type]
    assert cat.treatments.suggest(3) == []  # type: ignore[arg-type]


def test_id_maps_pickle(cat: hiptx.Catalog) -> None:
    clone = pickle.loads(pickle.dumps(cat.risks))  # noqa: S301 - our own bytes
    assert dict(clone) == dict(cat.risks)
    assert repr(clone) == repr(cat.risks)
    with pytest.raises(hiptx.UnknownIdError, match="unknown risk id"):
        clone["nope"]


def test_an_id_map_refuses_deletion(cat: hiptx.Catalog) -> None:
    treatments = pickle.loads(pickle.dumps(cat.treatments))  # noqa: S301 - our own bytes
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del treatments._items
    assert "hip-arthroscopy" in treatments


def test_mappings_are_read_only(cat: hiptx.Catalog) -> None:
    with pytest.raises(TypeError):
        cat.treatments["x"] = cat.treatments["hip-arthroscopy"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        cat.treatments.clear()  # type: ignore[attr-defined]


def test_unknown_id_suggests_the_right_one(cat: hiptx.Catalog) -> None:
    with pytest.raises(KeyError) as info:
        cat.treatments["personalised-hip-therapie"]
    error = info.value
    assert isinstance(error, hiptx.UnknownIdError)
    assert isinstance(error, hiptx.HiptxError)
    assert error.suggestions[0] == "personalised-hip-therapy"
    assert "did you mean 'personalised-hip-therapy'" in str(error)


def test_get_never_raises(cat: hiptx.Catalog) -> None:
    assert cat.exercises.get("nope") is None
