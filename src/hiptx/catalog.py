"""The catalog: every object by id, the relations between them, and the loader.

:func:`load_catalog` returns the bundled catalog, parsed on first use and cached for
the life of the process, or a catalog read from a directory of the same files.
"""

from __future__ import annotations

import functools
import os
import threading
import typing
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from hiptx.errors import CatalogDataError, DataProblem, UnknownIdError, WrongTypeError
from hiptx.model import (
    Citation,
    Condition,
    Exercise,
    Progression,
    Risk,
    RuleSet,
    Source,
    Treatment,
)
from hiptx.vocab import MovementPattern, Muscle

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable

__all__ = ["Catalog", "IdMap", "load_catalog"]


def __dir__() -> list[str]:
    return __all__


T = TypeVar("T")


class IdMap(Mapping[str, T], Generic[T]):
    """A read-only mapping from id to catalog object, in id order.

    Looking up an id that does not exist raises :class:`hiptx.UnknownIdError`
    (a ``KeyError``) that suggests the closest ids; :meth:`get` returns a default.
    It cannot be changed after it is built, and it pickles and deep-copies.

    Args:
        kind: What the ids name, e.g. ``"treatment"`` (used in error messages).
        items: A mapping of id strings to objects.

    Example:
        >>> import hiptx
        >>> treatments = hiptx.load_catalog().treatments
        >>> "hip-arthroscopy" in treatments, treatments.get("no-such-thing") is None
        (True, True)
        >>> treatments["hip-arthroscopy"] = None
        Traceback (most recent call last):
        ...
        TypeError: 'IdMap' object does not support item assignment
        >>> hiptx.IdMap("risk", ["a"])
        Traceback (most recent call last):
        ...
        hiptx.errors.WrongTypeError: items: expected a mapping of id strings to objects, got list ['a']

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Checks its arguments; refuses attribute assignment; pickles.
    """

    __slots__ = ("_items", "_kind")

    _items: dict[str, T]
    _kind: str

    def __init__(self, kind: str, items: Mapping[str, T]) -> None:
        given: object = kind  # checked at run time, whatever the annotations say
        if not isinstance(given, str) or not kind:
            raise WrongTypeError("kind", kind, "a non-empty string such as 'treatment'")
        if not isinstance(items, Mapping):
            raise WrongTypeError("items", items, "a mapping of id strings to objects")
        for key in items:
            if not isinstance(key, str):
                raise WrongTypeError("items", key, "id strings as keys")
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_items", dict(sorted(items.items())))

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __reduce__(self) -> tuple[object, ...]:
        return (IdMap, (self._kind, self._items))

    def __getitem__(self, key: str) -> T:
        if not isinstance(key, str):
            raise WrongTypeError(f"{self._kind} id", key, "an id string")
        try:
            return self._items[key]
        except KeyError:
            raise UnknownIdError(self._kind, key, self.suggest(key)) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._items

    def get(self, key: str, default: T | None = None) -> T | None:  # type: ignore[override]
        """The object with id ``key``, or ``default``; never raises."""
        given: object = key
        return self._items.get(key, default) if isinstance(given, str) else default

    def suggest(self, key: str) -> list[str]:
        """Ids that look like ``key``, best first.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().treatments.suggest("personal-hip-therapy")[0]
            'personalised-hip-therapy'
        """
        given: object = key
        if not isinstance(given, str):
            return []
        import difflib  # only needed on a miss; keeps catalog import light

        return difflib.get_close_matches(key, list(self._items), n=3, cutoff=0.6)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"<IdMap of {len(self)} {self._kind}s>"


def _index(
    kind: str, objects: tuple[T, ...], file: str, problems: list[DataProblem]
) -> dict[str, T]:
    by_id: dict[str, T] = {}
    for position, obj in enumerate(objects):
        if obj is None or isinstance(obj, str):  # refused by the loader (see _Indexed)
            continue
        obj_id: str = obj.id  # type: ignore[attr-defined]
        if obj_id in by_id:
            problems.append(
                DataProblem(
                    file,
                    f"$.{kind}s[{position}].id",
                    f"duplicate {kind} id {obj_id!r}",
                    repr(obj_id),
                    f"a {kind} id not used before",
                )
            )
        by_id[obj_id] = obj
    return by_id


def _citations(obj: object, path: str) -> Iterator[tuple[Citation, str]]:
    """Every citation inside ``obj``, with its JSON path."""
    if isinstance(obj, Citation):
        yield obj, path
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from _citations(item, f"{path}[{i}]")
    else:
        for name in _fields_with_citations(type(obj)):  # type: ignore[arg-type]
            yield from _citations(getattr(obj, name), f"{path}.{name}")


@functools.cache
def _fields_with_citations(cls: type) -> tuple[str, ...]:
    """The fields of an attrs class that can hold a Citation, directly or nested.

    Checking every string and enum field of every object made the reference check
    a third of the load time; a plan per class, computed once, skips them.
    """
    if not attrs.has(cls):
        return ()
    hints = typing.get_type_hints(cls)
    found = []
    for field in attrs.fields(cls):
        nested = [t for t in _flatten(hints[field.name]) if isinstance(t, type)]
        if any(t is Citation or (attrs.has(t) and _fields_with_citations(t)) for t in nested):
            found.append(field.name)
    return tuple(found)


def _flatten(type_: object) -> Iterator[object]:
    yield type_
    for arg in typing.get_args(type_):
        yield from _flatten(arg)


def _unknown(file: str, path: str, kind: str, ref: str, known: IdMap[Any]) -> DataProblem:
    hint = known.suggest(ref)
    suffix = f" (did you mean {' or '.join(map(repr, hint))}?)" if hint else ""
    return DataProblem(
        file, path, f"unknown {kind} id {ref!r}{suffix}", repr(ref), f"a {kind} id in the catalog"
    )


def _citation_problems(
    file: str, key: str, objects: tuple[object, ...], sources: IdMap[Source], refused: set[str]
) -> Iterator[DataProblem]:
    # rules.json is one object, not a list: its paths start at the root.
    for i, obj in enumerate(objects):
        if obj is None or isinstance(obj, str):
            continue
        root = "$" if key == "rules" else f"$.{key}[{i}]"
        for citation, path in _citations(obj, root):
            if citation.source_id not in sources and citation.source_id not in refused:
                yield _unknown(file, f"{path}.source_id", "source", citation.source_id, sources)


def _id_problems(
    field: str, treatments: tuple[Treatment, ...], kind: str, known: IdMap[Any], refused: set[str]
) -> Iterator[DataProblem]:
    for i, treatment in enumerate(treatments):
        if not isinstance(treatment, Treatment):
            continue
        for j, ref in enumerate(getattr(treatment, field)):
            if ref not in known and ref not in refused:
                yield _unknown(
                    "treatments.json", f"$.treatments[{i}].{field}[{j}]", kind, ref, known
                )


def _chain_problems(
    chains: tuple[Progression, ...],
    exercises: IdMap[Exercise],
    chain_of: dict[str, Progression],
    refused: set[str],
) -> Iterator[DataProblem]:
    """Dangling steps, an exercise in two chains, and patterns no step trains.

    Fills ``chain_of`` (exercise id -> its chain) as it goes. A repeated step
    within one chain (a cycle) is refused earlier, by Progression's validator.
    """
    file = "progressions.json"
    for i, chain in enumerate(chains):
        if not isinstance(chain, Progression):
            continue
        trained: set[MovementPattern] = set()
        resolved = True
        for j, exercise_id in enumerate(chain.exercise_ids):
            where = f"$.progressions[{i}].exercise_ids[{j}]"
            exercise = exercises.get(exercise_id)
            if exercise is None:
                resolved = False
                if exercise_id not in refused:
                    yield _unknown(file, where, "exercise", exercise_id, exercises)
                continue
            trained.update(exercise.patterns)
            other = chain_of.setdefault(exercise_id, chain)
            if other is not chain:
                yield DataProblem(
                    file,
                    where,
                    f"exercise {exercise_id!r} is already in progression "
                    f"{other.id!r}; an exercise belongs to one chain",
                    repr(exercise_id),
                    "an exercise in no other chain",
                )
        untrained = [p.value for p in chain.patterns if p not in trained]
        if untrained and resolved:
            yield DataProblem(
                file,
                f"$.progressions[{i}].patterns",
                f"no exercise in the chain trains {', '.join(untrained)}",
                None,
                "patterns that some exercise of the chain trains",
            )


class _Indexed:
    """The id maps and reference problems of whatever parts of a catalog exist.

    A part is ``None`` when its file could not be read. Within a part, the loader
    puts the id string of an item it refused (or ``None`` if it had no id) in
    the item's place: references to a refused item are not reported again as
    dangling, since its own problems are listed already.
    """

    def __init__(self, parts: Mapping[str, tuple[Any, ...] | None], rules: RuleSet | None) -> None:
        self.problems: list[DataProblem] = []
        self.maps: dict[str, IdMap[Any]] = {}
        self.refused: dict[str, set[str]] = {key: set() for key in _KINDS}
        for key, kind in _KINDS.items():
            objects = parts.get(key)
            if objects is not None:
                file = f"{key}.json"
                self.maps[key] = IdMap(kind, _index(kind, objects, file, self.problems))
                self.refused[key].update(o for o in objects if isinstance(o, str))
        self.chain_of: dict[str, Progression] = {}
        sources = self.maps.get("sources")
        if sources is not None:
            groups = [(k, parts.get(k)) for k in _KINDS] + [
                ("rules", None if rules is None else (rules,))
            ]
            for key, objects in groups:
                if objects is not None:
                    self.problems.extend(
                        _citation_problems(
                            f"{key}.json", key, objects, sources, self.refused["sources"]
                        )
                    )
        treatments = parts.get("treatments")
        if treatments is not None:
            for field, key in (("risk_ids", "risks"), ("indication_ids", "conditions")):
                known = self.maps.get(key)
                if known is not None:
                    self.problems.extend(
                        _id_problems(field, treatments, _KINDS[key], known, self.refused[key])
                    )
        progressions, exercises = parts.get("progressions"), self.maps.get("exercises")
        if progressions is not None and exercises is not None:
            self.problems.extend(
                _chain_problems(progressions, exercises, self.chain_of, self.refused["exercises"])
            )


#: Catalog part (and file stem) -> the kind of object it holds.
_KINDS = {
    "sources": "source",
    "conditions": "condition",
    "risks": "risk",
    "treatments": "treatment",
    "exercises": "exercise",
    "progressions": "progression",
}
_CLASSES: dict[str, type] = {
    "sources": Source,
    "conditions": Condition,
    "risks": Risk,
    "treatments": Treatment,
    "exercises": Exercise,
    "progressions": Progression,
}


def reference_problems(
    parts: Mapping[str, tuple[Any, ...] | None], rules: RuleSet | None
) -> list[DataProblem]:
    """Dangling and repeated ids among whatever catalog parts exist (``None``: missing).

    The loader calls this even when some files could not be read, so that one
    error lists the reference problems of the files that did parse. A part may
    hold ``None`` or the item's id string where the loader refused an item;
    positions stay those of the file, so paths name the right item.
    """
    return _Indexed(parts, rules).problems


def _check_part(name: str, value: object, cls: type) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, cls) for v in value):
        raise WrongTypeError(name, value, f"a tuple of {cls.__name__} objects")


class Catalog:
    """Every treatment, exercise, risk, condition and source, by id.

    Build one with :func:`load_catalog`. Constructing it directly checks its
    arguments' types, that every reference resolves, that no id repeats and that no
    exercise sits in two chains; a reference problem raises
    :class:`hiptx.CatalogDataError` listing all of them. A catalog is immutable (it
    is shared by the whole process), and it pickles and deep-copies.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> pht = cat.treatments["personalised-hip-therapy"]
        >>> [r.name for r in cat.risks_of(pht)]
        ['Pain may increase at first', 'Pain may return']
        >>> cat.version = "changed"
        Traceback (most recent call last):
        ...
        attr.exceptions.FrozenInstanceError: can't set attribute

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Frozen; checks its arguments' types; pickles and deep-copies.
    """

    __slots__ = (
        "_chain_of",
        "_parts",
        "conditions",
        "exercises",
        "progressions",
        "risks",
        "rules",
        "sources",
        "treatments",
        "version",
    )

    version: str
    sources: IdMap[Source]
    conditions: IdMap[Condition]
    risks: IdMap[Risk]
    treatments: IdMap[Treatment]
    exercises: IdMap[Exercise]
    progressions: IdMap[Progression]
    rules: RuleSet
    _chain_of: dict[str, Progression]
    _parts: dict[str, Any]

    def __init__(  # noqa: PLR0913 - keyword-only; one argument per data file
        self,
        *,
        version: str,
        sources: tuple[Source, ...],
        conditions: tuple[Condition, ...],
        risks: tuple[Risk, ...],
        treatments: tuple[Treatment, ...],
        exercises: tuple[Exercise, ...],
        progressions: tuple[Progression, ...],
        rules: RuleSet,
    ) -> None:
        given: object = version  # checked at run time, whatever the annotations say
        if not isinstance(given, str) or not version.strip():
            raise WrongTypeError("version", version, "a non-empty string")
        parts: dict[str, tuple[Any, ...]] = {
            "sources": sources,
            "conditions": conditions,
            "risks": risks,
            "treatments": treatments,
            "exercises": exercises,
            "progressions": progressions,
        }
        for key, value in parts.items():
            _check_part(key, value, _CLASSES[key])
        given = rules
        if not isinstance(given, RuleSet):
            raise WrongTypeError("rules", rules, "a RuleSet")
        indexed = _Indexed(parts, rules)
        if indexed.problems:
            raise CatalogDataError(indexed.problems)
        set_ = functools.partial(object.__setattr__, self)
        set_("version", version)
        for key, id_map in indexed.maps.items():
            set_(key, id_map)
        set_("rules", rules)
        set_("_chain_of", indexed.chain_of)
        set_("_parts", {"version": version, **parts, "rules": rules})

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self._parts,))

    # -- relations -------------------------------------------------------------

    def _treatment(self, treatment: Treatment | str) -> Treatment:
        if isinstance(treatment, str):
            return self.treatments[treatment]
        if not isinstance(treatment, Treatment):
            raise WrongTypeError("treatment", treatment, "a Treatment or a treatment id")
        return treatment

    def _exercise(self, exercise: Exercise | str) -> Exercise:
        if isinstance(exercise, str):
            return self.exercises[exercise]
        if not isinstance(exercise, Exercise):
            raise WrongTypeError("exercise", exercise, "an Exercise or an exercise id")
        return exercise

    def risks_of(self, treatment: Treatment | str) -> tuple[Risk, ...]:
        """The risks of a treatment (object or id), in the order the data lists them.

        Example:
            >>> import hiptx
            >>> [r.id for r in hiptx.load_catalog().risks_of("hip-arthroscopy")][:2]
            ['arthroscopy-temporary-leg-numbness', 'arthroscopy-infection']
        """
        return tuple(self.risks[r] for r in self._treatment(treatment).risk_ids)

    def conditions_of(self, treatment: Treatment | str) -> tuple[Condition, ...]:
        """The conditions a treatment is indicated for.

        Example:
            >>> import hiptx
            >>> [c.id for c in hiptx.load_catalog().conditions_of("hip-arthroscopy")][:1]
            ['fai-syndrome']
        """
        return tuple(self.conditions[c] for c in self._treatment(treatment).indication_ids)

    def treatments_for(self, condition: Condition | str) -> tuple[Treatment, ...]:
        """Treatments indicated for a condition (object or id), by id.

        Example:
            >>> import hiptx
            >>> ids = [t.id for t in hiptx.load_catalog().treatments_for("fai-syndrome")]
            >>> "hip-arthroscopy" in ids, "personalised-hip-therapy" in ids
            (True, True)
        """
        if not isinstance(condition, (str, Condition)):
            raise WrongTypeError("condition", condition, "a Condition or a condition id")
        condition_id = condition if isinstance(condition, str) else condition.id
        self.conditions[condition_id]  # raises UnknownIdError with suggestions
        return tuple(t for t in self.treatments.values() if condition_id in t.indication_ids)

    def sources_of(self, obj: object) -> tuple[Source, ...]:
        """The sources cited anywhere inside ``obj``, in order of first citation.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> [s.id for s in cat.sources_of(cat.treatments["hip-arthroscopy"])][:1]
            ['fashion-treatments-page']
        """
        seen: dict[str, Source] = {}
        for citation, _ in _citations(obj, "$"):
            if citation.source_id not in seen:
                seen[citation.source_id] = self.sources[citation.source_id]
        return tuple(seen.values())

    def progression_of(self, exercise: Exercise | str) -> Progression | None:
        """The chain an exercise belongs to, or ``None`` for a standalone exercise.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> cat.progression_of(cat.exercises["side-lying-hip-adduction"]).id
            'hip-adductor-strengthening'
        """
        return self._chain_of.get(self._exercise(exercise).id)

    def exercises_for(
        self, *, pattern: MovementPattern | None = None, muscle: Muscle | None = None
    ) -> tuple[Exercise, ...]:
        """Exercises that train a movement pattern and/or a muscle, by id.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> ids = [e.id for e in cat.exercises_for(pattern=hiptx.MovementPattern.ADDUCTION)]
            >>> "side-lying-hip-adduction" in ids
            True
        """
        if pattern is not None and not isinstance(pattern, MovementPattern):
            raise WrongTypeError("pattern", pattern, "a MovementPattern or None")
        if muscle is not None and not isinstance(muscle, Muscle):
            raise WrongTypeError("muscle", muscle, "a Muscle or None")
        return tuple(
            e
            for e in self.exercises.values()
            if (pattern is None or pattern in e.patterns)
            and (muscle is None or muscle in e.muscles)
        )

    def __repr__(self) -> str:
        return (
            f"<Catalog {self.version}: {len(self.treatments)} treatments, "
            f"{len(self.exercises)} exercises, {len(self.progressions)} progressions, "
            f"{len(self.risks)} risks, {len(self.conditions)} conditions, "
            f"{len(self.sources)} sources>"
        )


def _rebuild(parts: dict[str, Any]) -> Catalog:
    """Unpickle a :class:`Catalog`: build it again, with every check, from its parts."""
    return Catalog(**parts)


_bundled: Catalog | None = None
_bundled_lock = threading.Lock()


@overload
def load_catalog() -> Catalog: ...
@overload
def load_catalog(path: str | os.PathLike[str] | Traversable) -> Catalog: ...


def load_catalog(path: str | os.PathLike[str] | Traversable | None = None) -> Catalog:
    """Load the bundled catalog (cached), or a catalog directory of your own.

    The bundled catalog is parsed on the first call and the same object is returned
    on every later call, from any thread. A directory is read afresh on every call;
    it must hold the same files as the bundled ``hiptx/data`` directory.

    Args:
        path: A directory (path or :class:`~importlib.resources.abc.Traversable`)
            holding ``index.json`` and the catalog files; omit it for the bundled
            catalog.

    Raises:
        CatalogDataError: if any file is missing, malformed, not a regular file,
            larger than 1 MiB, or refers to an id that does not exist. Every
            problem is listed once (see ``details`` for them as fields); nothing
            is half-loaded.
        WrongTypeError: if ``path`` is not a path, a Traversable or ``None``.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> cat is hiptx.load_catalog()
        True
        >>> cat.treatments["hip-arthroscopy"].name
        'Hip arthroscopy'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Refuses non-regular and oversized files, duplicate keys and non-finite
       numbers; checks the type of ``path``.
    """
    global _bundled  # noqa: PLW0603 - the process-wide cache is the point
    from hiptx import _load

    if path is not None:
        return _load.load_directory(path)
    if _bundled is None:
        with _bundled_lock:
            # Checked again under the lock: another thread may have loaded it.
            if _bundled is None:
                _bundled = _load.load_directory(_load.bundled_directory())
    return _bundled


def given_or_bundled(catalog: object) -> Catalog:
    """The ``catalog`` argument of a rule: the catalog given, or the bundled one.

    Raises:
        WrongTypeError: if ``catalog`` is neither a :class:`Catalog` nor ``None``.
    """
    if catalog is None:
        return load_catalog()
    if not isinstance(catalog, Catalog):
        raise WrongTypeError("catalog", catalog, "a Catalog or None")
    return catalog


def _clear_cache() -> None:
    """Forget the cached bundled catalog (for tests)."""
    global _bundled  # noqa: PLW0603
    with _bundled_lock:
        _bundled = None
