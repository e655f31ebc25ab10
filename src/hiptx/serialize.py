"""Results apps can store and send: plain dicts, JSON text, and JSON Schemas.

:func:`to_dict` turns any public hiptx object (a catalog object, a rule's input or
result, a programme, the whole :class:`~hiptx.Catalog`) into plain JSON data:
dates as ISO strings (``"2026-01-05"``), enums as their values, tuples as lists,
mappings keyed by an enum (:class:`~hiptx.Assessment`'s) as objects keyed by its
values. :func:`from_dict` reads that data back, exactly: ``from_dict(type(x),
to_dict(x)) == x``, with the same value types. It is as strict as the catalog
loader: nothing is coerced (``"3"`` is not a number), unknown keys are refused, and
one :class:`~hiptx.InvalidDataError` lists every problem with its JSON path.
:func:`json_schema` gives the JSON Schema (draft 2020-12) of that data for any of
those classes, generated from the same field definitions that validate them.

This module imports cattrs when it is first used, not when ``hiptx`` is imported.
"""

from __future__ import annotations

import datetime
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import is_mapping, mapping_structure_factory, mapping_unstructure_factory

from hiptx._convert import converter, describe_problems
from hiptx._schema import DATE_PATTERN, schema_of
from hiptx.catalog import Catalog, _catalog_documents, _catalog_from_documents, _catalog_schema
from hiptx.errors import InvalidDataError, InvalidValueError, WrongTypeError

__all__ = ["from_dict", "json_schema", "to_dict", "to_json"]


def __dir__() -> list[str]:
    return __all__


T = TypeVar("T")

_DATE = re.compile(DATE_PATTERN)


def _structure_date(value: object, _: type) -> datetime.date:
    # Only the exact form to_dict writes: fromisoformat alone would also take
    # "20260105" and, from Python 3.11, week dates such as "2026-W02-1".
    if not isinstance(value, str):
        raise WrongTypeError("", value, "an ISO date string such as '2026-01-05'")
    try:
        if _DATE.fullmatch(value) is None:
            raise ValueError(value)  # noqa: TRY301 - one message for both failures
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InvalidValueError("", value, "an ISO date such as '2026-01-05'") from None


def _structure_number(value: object, _: type) -> float:
    # The loader makes every number a float; here an int stays an int, so that a
    # value built with 2 (which the field accepts) reads back as 2, not 2.0.
    if type(value) not in (int, float):
        raise WrongTypeError("", value, "a number")
    return value  # type: ignore[return-value]


def _strict_mapping_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[object, type], Mapping[Any, Any]]:
    structure_items = mapping_structure_factory(type_, converter)

    def structure(value: object, cl: type) -> Mapping[Any, Any]:
        if not isinstance(value, dict):
            raise WrongTypeError("", value, "an object")
        result: Mapping[Any, Any] = structure_items(value, cl)
        return result

    return structure


def _unstructure_tuple_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    args = typing.get_args(type_)
    item = converter.get_unstructure_hook(args[0]) if args else converter.unstructure

    def unstructure(value: tuple[Any, ...]) -> list[Any]:
        return [item(v) for v in value]

    return unstructure


def _is_tuple(type_: Any) -> bool:
    return type_ is tuple or typing.get_origin(type_) is tuple


def _is_abstract_mapping(type_: Any) -> bool:
    return typing.get_origin(type_) is Mapping and is_mapping(type_)


def _configure(converter: cattrs.Converter) -> None:
    """This module's hooks, on the loader's strict ones: dates and mappings."""
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook_factory(_is_abstract_mapping, _strict_mapping_factory)
    converter.register_unstructure_hook_factory(
        _is_abstract_mapping, lambda t, c: mapping_unstructure_factory(t, c, unstructure_to=dict)
    )
    converter.register_unstructure_hook_factory(_is_tuple, _unstructure_tuple_factory)
    # A tuple met with no type hint (in a list given to to_dict, say) is a list too.
    converter.register_unstructure_hook(tuple, lambda v: [converter.unstructure(i) for i in v])


def _serializer() -> cattrs.Converter:
    """The converter of this module: the loader's strict one, with dates and mappings."""
    return converter(configure=_configure)


def _is_public_class(cls: object) -> bool:
    return isinstance(cls, type) and (attrs.has(cls) or cls is Catalog)


def to_dict(obj: object, *, compact: bool = False, catalog: Catalog | None = None) -> Any:
    """Any hiptx object as plain JSON data (dicts, lists, strings, numbers, booleans).

    Dates become ISO strings, enums their values, tuples lists; a mapping keyed by
    an enum becomes an object keyed by its values. A :class:`~hiptx.Catalog`
    becomes its data files' content, ``{"index.json": {...}, "sources.json":
    {...}, ...}``, which :func:`from_dict` and :func:`~hiptx.load_catalog` read
    back. A list, tuple or string-keyed dict of hiptx objects is converted item by
    item.

    With ``compact=True``, one object (a programme, an update, a decision, any
    rule result) is written in the compact stored form: each distinct part once,
    and the citations the catalog holds as keys into it instead of their quotes.
    A 12-week programme takes about a tenth of the room and reloads several times
    faster. The form names the catalog it refers to (its data version and a
    digest of its content); :func:`from_dict` restores it, equal to ``obj``,
    only against that catalog.

    Args:
        obj: A hiptx object, or a list, tuple or dict of them (with ``compact``:
            one hiptx object).
        compact: Write the compact stored form.
        catalog: With ``compact``, the catalog ``obj`` was built from; the bundled
            one if omitted. The full form does not need it.

    Returns:
        The data; ``json.dumps`` takes it as it is.

    Raises:
        WrongTypeError: ``obj`` holds something that is not hiptx data (with
            ``compact``: ``obj`` is not one hiptx object), holds itself (a
            cycle), or nests lists, tuples and dicts more than 64 deep.

    Example:
        >>> import datetime, hiptx
        >>> record = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=1,
        ...                              date=datetime.date(2026, 1, 5))
        >>> data = hiptx.to_dict(record)
        >>> data["date"], data["sets"]
        ('2026-01-05', 3)
        >>> hiptx.from_dict(hiptx.SessionRecord, data) == record
        True
        >>> hiptx.to_dict(hiptx.Outcome.PROGRESS)
        'progress'

        The compact form of a decision, restored against the same catalog:

        >>> decision = hiptx.check_progression("side-lying-hip-adduction", [record])
        >>> stored = hiptx.to_dict(decision, compact=True)
        >>> stored["type"], sorted(stored["catalog"])
        ('ProgressionDecision', ['data_version', 'digest'])
        >>> hiptx.from_dict(hiptx.ProgressionDecision, stored) == decision
        True

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0
       Added ``compact`` and ``catalog``; refuses cycles and excess depth with
       :class:`~hiptx.WrongTypeError`.
    """
    if compact is not False or catalog is not None:
        return _compact_dict(obj, compact=compact, catalog=catalog)
    return _to_plain(obj, set(), 0)


#: The deepest nesting of lists, tuples and dicts :func:`to_dict` converts: far
#: beyond any hiptx data (the catalog nests 7 levels), far below Python's
#: recursion limit.
MAX_TO_DICT_DEPTH = 64


def _to_plain(obj: object, open_containers: set[int], depth: int) -> Any:
    if isinstance(obj, Catalog):
        documents = _catalog_documents(obj)
        return {name: to_dict(document) for name, document in documents.items()}
    if not isinstance(obj, (list, tuple, dict)):
        _check_plain(obj)
        return _serializer().unstructure(obj)
    if depth >= MAX_TO_DICT_DEPTH:
        raise WrongTypeError(
            "obj", obj, f"data nested at most {MAX_TO_DICT_DEPTH} lists, tuples or dicts deep"
        )
    if id(obj) in open_containers:
        raise WrongTypeError("obj", obj, "data without cycles (a list or dict inside itself)")
    open_containers.add(id(obj))
    try:
        if isinstance(obj, dict):
            if not all(isinstance(key, str) for key in obj):
                raise WrongTypeError("obj", obj, "a dict with string keys")
            return {key: _to_plain(value, open_containers, depth + 1) for key, value in obj.items()}
        return [_to_plain(item, open_containers, depth + 1) for item in obj]
    finally:
        open_containers.discard(id(obj))


def _compact_dict(obj: object, *, compact: object, catalog: Catalog | None) -> Any:
    from hiptx import _compact
    from hiptx._catalog_arg import given_or_bundled

    if type(compact) is not bool:
        raise WrongTypeError("compact", compact, "True or False")
    used = given_or_bundled(catalog)
    if not compact:  # the full form refers to no catalog: one given is only checked
        return to_dict(obj)
    return _compact.dump(obj, used, _catalog_id(used))


def _catalog_id(catalog: Catalog) -> dict[str, str]:
    """What a compact stored form names as the catalog it needs."""
    return {"data_version": catalog.version, "digest": catalog.digest}


def _check_plain(obj: object) -> None:
    from enum import Enum

    if obj is None or isinstance(obj, (str, int, float, bool, datetime.date, Enum)):
        return
    if not attrs.has(type(obj)):
        raise WrongTypeError(
            "obj", obj, "a hiptx object (or a list, tuple or dict of them) to turn into data"
        )


def to_json(
    obj: object,
    *,
    indent: int | None = None,
    compact: bool = False,
    catalog: Catalog | None = None,
) -> str:
    """Any hiptx object as JSON text: :func:`to_dict`, then ``json.dumps``.

    Non-ASCII characters are written as they are (the text is Unicode); dump it
    with an explicit UTF-8 encoding.

    Args:
        obj: As for :func:`to_dict`.
        indent: Spaces per level of indentation; ``None`` for one line.
        compact: Write the compact stored form (see :func:`to_dict`).
        catalog: With ``compact``, the catalog ``obj`` was built from.

    Example:
        >>> import json, hiptx
        >>> print(hiptx.to_json(hiptx.IntRange(6, 10)))
        {"low": 6, "high": 10}
        >>> decision = hiptx.check_progression("side-lying-hip-adduction",
        ...     [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)])
        >>> text = hiptx.to_json(decision, indent=2)
        >>> hiptx.from_dict(hiptx.ProgressionDecision, json.loads(text)) == decision
        True
        >>> small = hiptx.to_json(decision, compact=True)
        >>> len(small) < len(hiptx.to_json(decision))
        True

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0
       Added ``compact`` and ``catalog``.
    """
    given: object = indent
    if given is not None and (type(given) is not int or indent < 0):  # type: ignore[operator]
        raise WrongTypeError("indent", indent, "a non-negative integer or None")
    data = to_dict(obj, compact=compact, catalog=catalog)
    return json.dumps(data, indent=indent, ensure_ascii=False)


def from_dict(cls: type[T], data: object, catalog: Catalog | None = None) -> T:
    """Read data written by :func:`to_dict` back into an object of class ``cls``.

    As strict as the catalog loader: every field is checked against the class's
    own rules, nothing is coerced, and an unknown key is an error. ``cls`` is any
    public hiptx class (an enum too); for :class:`~hiptx.Catalog`, ``data`` is the
    files' content and the catalog is checked whole, as a load is.

    Both forms are read: the full one, and the compact one (``to_dict(obj,
    compact=True)``), which is restored against ``catalog`` and refused, with an
    :class:`~hiptx.InvalidDataError` at ``$.catalog``, when ``catalog`` is not the
    one the form names.

    Args:
        cls: The class to build, e.g. ``hiptx.ProgrammeUpdate``.
        data: Plain data, for example from ``json.loads``.
        catalog: For the compact form, the catalog it was written against; the
            bundled one if omitted. The full form does not need it.

    Returns:
        The object; ``from_dict(type(x), to_dict(x)) == x``.

    Raises:
        InvalidDataError: the data does not describe a ``cls``; every problem is
            listed with its JSON path (see ``details``).
        CatalogDataError: for a Catalog, as :func:`~hiptx.load_catalog` raises it.
        WrongTypeError: ``cls`` is not a hiptx class.

    Example:
        >>> import hiptx
        >>> hiptx.from_dict(hiptx.IntRange, {"low": 6, "high": 10})
        IntRange(low=6, high=10)
        >>> hiptx.from_dict(hiptx.IntRange, {"low": 6, "high": "10", "step": 1})
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidDataError: the IntRange data is invalid (2 problems):
          /high: expected an integer, got string '10'
          extra fields found (step)

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0
       Reads the compact form too; added ``catalog``.
    """
    from enum import Enum

    if cls is Catalog:
        whole: T = _catalog_from_documents(data)  # type: ignore[assignment]
        return whole
    given: object = cls
    if not (_is_public_class(given) or (isinstance(given, type) and issubclass(given, Enum))):
        raise WrongTypeError("cls", cls, "a hiptx class such as hiptx.SessionRecord")
    if catalog is not None and not isinstance(catalog, Catalog):
        raise WrongTypeError("catalog", catalog, "a hiptx.Catalog or None")
    from hiptx import _compact

    if _compact.is_compact(data):
        from hiptx import _compact_read
        from hiptx._catalog_arg import given_or_bundled

        used = given_or_bundled(catalog)
        restored: T = _compact_read.load(cls, data, used, _catalog_id(used))  # type: ignore[arg-type]
        return restored
    try:
        result: T = _serializer().structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - every structuring failure is a data problem
        raise InvalidDataError(describe_problems(exc, "", "", cls, data), cls.__name__) from None
    return result


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`to_dict`'s data for class ``cls``.

    Generated from the same field definitions that check the objects (and the
    catalog's data files), so an object's data always validates against its
    class's schema. For :class:`~hiptx.Catalog`, the schema of its files' content.

    Args:
        cls: A public hiptx class, e.g. ``hiptx.ProgrammeUpdate``.

    Raises:
        WrongTypeError: ``cls`` is not a hiptx class.

    Example:
        >>> import hiptx
        >>> schema = hiptx.json_schema(hiptx.SessionRecord)
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> schema["properties"]["date"]["anyOf"][0]["format"]
        'date'
        >>> sorted(schema["required"])
        ['pain_after_24h', 'pain_during', 'sets']

    .. versionadded:: 0.2.0
    """
    if cls is Catalog:
        return _catalog_schema()
    if not _is_public_class(cls):
        raise WrongTypeError("cls", cls, "a hiptx class such as hiptx.SessionRecord")
    return schema_of(cls)
