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

from hiptx.errors import CatalogDataError, UnknownIdError, WrongTypeError
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

    Example:
        >>> import hiptx
        >>> treatments = hiptx.load_catalog().treatments
        >>> "hip-arthroscopy" in treatments, treatments.get("no-such-thing") is None
        (True, True)
        >>> treatments["hip-arthroscopy"] = None
        Traceback (most recent call last):
        ...
        TypeError: 'IdMap' object does not support item assignment

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_items", "_kind")

    def __init__(self, kind: str, items: Mapping[str, T]) -> None:
        self._kind = kind
        self._items = dict(sorted(items.items()))

    def __getitem__(self, key: str) -> T:
        try:
            return self._items[key]
        except KeyError:
            raise UnknownIdError(self._kind, key, self.suggest(key)) from None

    def get(self, key: str, default: T | None = None) -> T | None:  # type: ignore[override]
        """The object with id ``key``, or ``default``; never raises."""
        return self._items.get(key, default)

    def suggest(self, key: str) -> list[str]:
        """Ids that look like ``key``, best first.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().treatments.suggest("personal-hip-therapy")[0]
            'personalised-hip-therapy'
        """
        import difflib  # only needed on a miss; keeps catalog import light

        return difflib.get_close_matches(str(key), list(self._items), n=3, cutoff=0.6)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"<IdMap of {len(self)} {self._kind}s>"


def _index(kind: str, objects: tuple[T, ...], file: str, problems: list[str]) -> dict[str, T]:
    by_id: dict[str, T] = {}
    for position, obj in enumerate(objects):
        obj_id: str = obj.id  # type: ignore[attr-defined]
        if obj_id in by_id:
            problems.append(f"{file}: $.{kind}s[{position}].id: duplicate {kind} id {obj_id!r}")
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


def _unknown(kind: str, ref: str, known: IdMap[Any]) -> str:
    hint = known.suggest(ref)
    suffix = f" (did you mean {' or '.join(map(repr, hint))}?)" if hint else ""
    return f"unknown {kind} id {ref!r}{suffix}"


def _citation_problems(
    file: str, key: str, objects: tuple[object, ...], sources: IdMap[Source]
) -> Iterator[str]:
    # rules.json is one object, not a list: its paths start at the root.
    for i, obj in enumerate(objects):
        root = "$" if key == "rules" else f"$.{key}[{i}]"
        for citation, path in _citations(obj, root):
            if citation.source_id not in sources:
                yield f"{file}: {path}.source_id: " + _unknown(
                    "source", citation.source_id, sources
                )


def _id_problems(
    field: str, treatments: tuple[Treatment, ...], kind: str, known: IdMap[Any]
) -> Iterator[str]:
    for i, treatment in enumerate(treatments):
        for j, ref in enumerate(getattr(treatment, field)):
            if ref not in known:
                yield f"treatments.json: $.treatments[{i}].{field}[{j}]: " + _unknown(
                    kind, ref, known
                )


def _chain_problems(
    chains: tuple[Progression, ...], exercises: IdMap[Exercise], chain_of: dict[str, Progression]
) -> Iterator[str]:
    """Dangling steps, an exercise in two chains, and patterns no step trains.

    Fills ``chain_of`` (exercise id -> its chain) as it goes. A repeated step
    within one chain (a cycle) is refused earlier, by Progression's validator.
    """
    for i, chain in enumerate(chains):
        trained: set[MovementPattern] = set()
        resolved = True
        for j, exercise_id in enumerate(chain.exercise_ids):
            where = f"progressions.json: $.progressions[{i}].exercise_ids[{j}]"
            exercise = exercises.get(exercise_id)
            if exercise is None:
                resolved = False
                yield f"{where}: " + _unknown("exercise", exercise_id, exercises)
                continue
            trained.update(exercise.patterns)
            other = chain_of.setdefault(exercise_id, chain)
            if other is not chain:
                yield (
                    f"{where}: exercise {exercise_id!r} is already in progression "
                    f"{other.id!r}; an exercise belongs to one chain"
                )
        untrained = [p.value for p in chain.patterns if p not in trained]
        if untrained and resolved:
            yield (
                f"progressions.json: $.progressions[{i}].patterns: no exercise in the "
                f"chain trains {', '.join(untrained)}"
            )


class Catalog:
    """Every treatment, exercise, risk, condition and source, by id.

    Build one with :func:`load_catalog`. Constructing it directly checks that every
    reference resolves, that no id repeats and that no exercise sits in two chains;
    a problem raises :class:`hiptx.CatalogDataError` listing all of them.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> pht = cat.treatments["personalised-hip-therapy"]
        >>> [r.name for r in cat.risks_of(pht)]
        ['Pain may increase at first', 'Pain may return']

    .. versionadded:: 0.1.0
    """

    __slots__ = (
        "_chain_of",
        "conditions",
        "exercises",
        "progressions",
        "risks",
        "rules",
        "sources",
        "treatments",
        "version",
    )

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
        problems: list[str] = []
        self.version = version
        self.sources = IdMap("source", _index("source", sources, "sources.json", problems))
        self.conditions = IdMap(
            "condition", _index("condition", conditions, "conditions.json", problems)
        )
        self.risks = IdMap("risk", _index("risk", risks, "risks.json", problems))
        self.treatments = IdMap(
            "treatment", _index("treatment", treatments, "treatments.json", problems)
        )
        self.exercises = IdMap(
            "exercise", _index("exercise", exercises, "exercises.json", problems)
        )
        self.progressions = IdMap(
            "progression", _index("progression", progressions, "progressions.json", problems)
        )
        self.rules = rules
        self._chain_of: dict[str, Progression] = {}
        groups: tuple[tuple[str, str, tuple[object, ...]], ...] = (
            ("sources.json", "sources", sources),
            ("conditions.json", "conditions", conditions),
            ("risks.json", "risks", risks),
            ("treatments.json", "treatments", treatments),
            ("exercises.json", "exercises", exercises),
            ("progressions.json", "progressions", progressions),
            ("rules.json", "rules", (rules,)),
        )
        for file, key, objects in groups:
            problems.extend(_citation_problems(file, key, objects, self.sources))
        problems.extend(_id_problems("risk_ids", treatments, "risk", self.risks))
        problems.extend(_id_problems("indication_ids", treatments, "condition", self.conditions))
        problems.extend(_chain_problems(progressions, self.exercises, self._chain_of))
        if problems:
            raise CatalogDataError(problems)

    # -- relations -------------------------------------------------------------

    def _treatment(self, treatment: Treatment | str) -> Treatment:
        return self.treatments[treatment] if isinstance(treatment, str) else treatment

    def _exercise(self, exercise: Exercise | str) -> Exercise:
        return self.exercises[exercise] if isinstance(exercise, str) else exercise

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
        CatalogDataError: if any file is missing, malformed, or refers to an id
            that does not exist. Every problem is listed; nothing is half-loaded.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> cat is hiptx.load_catalog()
        True
        >>> cat.treatments["hip-arthroscopy"].name
        'Hip arthroscopy'

    .. versionadded:: 0.1.0
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
