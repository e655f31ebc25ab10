"""Integrity checks over a catalog's parts: unique ids, references that resolve, sound chains.

The loader runs them on whatever parts could be read, so one error lists every
reference problem; :class:`~hiptx.Catalog` runs them on construction.
"""

from __future__ import annotations

import builtins
import functools
import operator
import re
import sys
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from hiptx.catalog._documents import LIST_PARTS
from hiptx.catalog._idmap import IdMap
from hiptx.errors import DataProblem
from hiptx.model import Citation, Exercise, Progression, RuleSet, Source, Treatment
from hiptx.vocab import MovementPattern

T = TypeVar("T")


def _index(
    kind: str, objects: tuple[T, ...], file: str, problems: list[DataProblem]
) -> dict[str, T]:
    by_id: dict[str, T] = {}
    for position, obj in enumerate(objects):
        if obj is None or isinstance(obj, str):  # refused by the loader (see Indexed)
            continue
        obj_id: str = obj.id  # type: ignore[attr-defined]
        if obj_id in by_id:
            problems.append(
                DataProblem(
                    file,
                    f"/{kind}s/{position}/id",
                    f"duplicate {kind} id {obj_id!r}",
                    repr(obj_id),
                    f"a {kind} id not used before",
                )
            )
        by_id[obj_id] = obj
    return by_id


def citations_in(obj: object, path: str) -> Iterator[tuple[Citation, str]]:
    """Every citation inside ``obj``, with its JSON Pointer below ``path``."""
    if isinstance(obj, Citation):
        yield obj, path
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from citations_in(item, f"{path}/{i}")
    else:
        for name in _fields_with_citations(type(obj)):  # type: ignore[arg-type]
            yield from citations_in(getattr(obj, name), f"{path}/{name}")


@functools.cache
def _fields_with_citations(cls: type) -> tuple[str, ...]:
    """The fields of an attrs class that can hold a Citation, directly or nested.

    Checking every string and enum field of every object made the reference check
    a third of the load time; a plan per class, computed once, skips them.
    """
    if not attrs.has(cls):
        return ()
    hints: dict[str, Any] | None = None
    found = []
    for field in attrs.fields(cls):
        nested = _named_types(cls, field.type)
        if nested is None:  # a name it cannot resolve alone: let typing do it all
            hints = hints or typing.get_type_hints(cls)
            nested = list(_flatten(hints[field.name]))
        types = [t for t in nested if isinstance(t, type)]
        if any(t is Citation or (attrs.has(t) and _fields_with_citations(t)) for t in types):
            found.append(field.name)
    return tuple(found)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_MISSING = object()


def _named_types(cls: type, annotation: object) -> list[object] | None:
    """Every object a field's annotation names, or ``None`` if one cannot be found.

    The model's annotations are strings (``from __future__ import annotations``);
    looking each name up in the class's module costs a fraction of
    :func:`typing.get_type_hints`, which a fresh process would otherwise pay for
    every class on its first load.
    """
    if not isinstance(annotation, str):
        return list(_flatten(annotation))
    namespace = vars(sys.modules[cls.__module__])
    named: list[object] = []
    for name in _NAME.findall(annotation):
        head, *rest = name.split(".")
        value = None if head == "None" else namespace.get(head, getattr(builtins, head, _MISSING))
        for part in rest:
            value = getattr(value, part, _MISSING)
        if value is _MISSING:
            return None
        named.append(value)
    return named


def _flatten(type_: object) -> Iterator[object]:
    yield type_
    for arg in typing.get_args(type_):
        yield from _flatten(arg)


def _unknown(file: str, path: str, kind: str, ref: str, known: Mapping[str, Any]) -> DataProblem:
    import difflib  # only on a problem; the same suggestions IdMap.suggest gives

    hint = difflib.get_close_matches(ref, list(known), n=3, cutoff=0.6)
    suffix = f" (did you mean {' or '.join(map(repr, hint))}?)" if hint else ""
    return DataProblem(
        file, path, f"unknown {kind} id {ref!r}{suffix}", repr(ref), f"a {kind} id in the catalog"
    )


def cited_source_ids(objects: tuple[object, ...]) -> list[str]:
    """The source id of every citation inside ``objects`` (no paths: the fast check)."""
    ids: list[str] = []
    stack = list(objects)
    pop, push, found = stack.pop, stack.extend, ids.append
    while stack:
        obj = pop()
        kind = type(obj)
        if kind is Citation:
            found(obj.source_id)  # type: ignore[attr-defined]
        elif kind is tuple:
            push(obj)  # type: ignore[arg-type]
        elif obj is not None and kind is not str:
            getter = _CITING_FIELDS.get(kind) or _citing_fields(kind)
            push(getter(obj))
    return ids


def _citing_fields(cls: type) -> Callable[[object], tuple[object, ...]]:
    """A function giving an object's fields that can hold citations, as a tuple."""
    names = _fields_with_citations(cls)
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        getter: Callable[[object], tuple[object, ...]] = lambda obj: (one(obj),)  # noqa: E731
    elif names:
        getter = operator.attrgetter(*names)
    else:
        getter = lambda _: ()  # noqa: E731
    _CITING_FIELDS[cls] = getter
    return getter


_CITING_FIELDS: dict[type, Callable[[object], tuple[object, ...]]] = {}


def _citation_problems(
    file: str,
    key: str,
    objects: tuple[object, ...],
    sources: Mapping[str, Source],
    refused: set[str],
) -> Iterator[DataProblem]:
    # Every citation resolves in a sound catalog: check that first, without the
    # JSON paths, which are built only to report a problem.
    if set(cited_source_ids(objects)).issubset(sources):
        return
    # rules.json is one object, not a list: its paths start at the root.
    for i, obj in enumerate(objects):
        if obj is None or isinstance(obj, str):
            continue
        root = "" if key == "rules" else f"/{key}/{i}"
        for citation, path in citations_in(obj, root):
            if citation.source_id not in sources and citation.source_id not in refused:
                yield _unknown(file, f"{path}/source_id", "source", citation.source_id, sources)


def _id_problems(
    field: str,
    treatments: tuple[Treatment, ...],
    kind: str,
    known: Mapping[str, Any],
    refused: set[str],
) -> Iterator[DataProblem]:
    for i, treatment in enumerate(treatments):
        if not isinstance(treatment, Treatment):
            continue
        for j, ref in enumerate(getattr(treatment, field)):
            if ref not in known and ref not in refused:
                yield _unknown("treatments.json", f"/treatments/{i}/{field}/{j}", kind, ref, known)


def _precaution_problems(
    treatments: tuple[Treatment, ...], known: Mapping[str, Any], refused: set[str]
) -> Iterator[DataProblem]:
    """A precaution's ``also_after`` names operations that exist (issue 22)."""
    for i, treatment in enumerate(treatments):
        if not isinstance(treatment, Treatment):
            continue
        for j, precaution in enumerate(treatment.precautions):
            for k, ref in enumerate(precaution.also_after):
                if ref not in known and ref not in refused:
                    path = f"/treatments/{i}/precautions/{j}/also_after/{k}"
                    yield _unknown("treatments.json", path, "treatment", ref, known)


def _chain_problems(
    chains: tuple[Progression, ...],
    exercises: Mapping[str, Exercise],
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
            where = f"/progressions/{i}/exercise_ids/{j}"
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
                f"/progressions/{i}/patterns",
                f"no exercise in the chain trains {', '.join(untrained)}",
                None,
                "patterns that some exercise of the chain trains",
            )


class Indexed:
    """The id maps and reference problems of whatever parts of a catalog exist.

    A part is ``None`` when its file could not be read. Within a part, the loader
    puts the id string of an item it refused (or ``None`` if it had no id) in
    the item's place: references to a refused item are not reported again as
    dangling, since its own problems are listed already.

    ``cited``, when given, holds the source id of every citation in the parts (the
    loader records them as it builds); if all resolve, no part is walked.
    """

    def __init__(
        self,
        parts: Mapping[str, tuple[Any, ...] | None],
        rules: RuleSet | None,
        *,
        cited: frozenset[str] | None = None,
    ) -> None:
        self.problems: list[DataProblem] = []
        self.maps: dict[str, IdMap[Any]]
        by_id: dict[str, dict[str, Any]] = {}
        self.refused: dict[str, set[str]] = {key: set() for key in KINDS}
        for key, kind in KINDS.items():
            objects = parts.get(key)
            if objects is not None:
                file = f"{key}.json"
                by_id[key] = _index(kind, objects, file, self.problems)
                self.refused[key].update(o for o in objects if isinstance(o, str))
        self.chain_of: dict[str, Progression] = {}
        sources = by_id.get("sources")
        # The builder's record of every cited source id, when it has one: if they
        # all resolve, no part needs walking to find its citations.
        if sources is not None and not (cited is not None and cited.issubset(sources)):
            groups = [(k, parts.get(k)) for k in KINDS] + [
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
            self._treatment_references(treatments, by_id)
        progressions, exercises = parts.get("progressions"), by_id.get("exercises")
        if progressions is not None and exercises is not None:
            self.problems.extend(
                _chain_problems(progressions, exercises, self.chain_of, self.refused["exercises"])
            )
        # The id maps last: every check above reads plain dicts.
        self.maps = {key: IdMap(KINDS[key], items) for key, items in by_id.items()}

    def _treatment_references(
        self, treatments: tuple[Any, ...], by_id: dict[str, dict[str, Any]]
    ) -> None:
        """Check the ids treatments name: risks, conditions, precautions' operations.

        The treatments' own map exists whenever treatments were given.
        """
        for field, key in (("risk_ids", "risks"), ("indication_ids", "conditions")):
            known = by_id.get(key)
            if known is not None:
                self.problems.extend(
                    _id_problems(field, treatments, KINDS[key], known, self.refused[key])
                )
        self.problems.extend(
            _precaution_problems(treatments, by_id["treatments"], self.refused["treatments"])
        )


#: Catalog part (and file stem) -> the kind of object it holds, and its class.
KINDS = {part.keyword: part.kind for part in LIST_PARTS}
CLASSES: dict[str, type] = {part.keyword: part.element for part in LIST_PARTS if part.element}


def reference_problems(
    parts: Mapping[str, tuple[Any, ...] | None], rules: RuleSet | None
) -> list[DataProblem]:
    """Dangling and repeated ids among whatever catalog parts exist (``None``: missing).

    The loader calls this even when some files could not be read, so that one
    error lists the reference problems of the files that did parse. A part may
    hold ``None`` or the item's id string where the loader refused an item;
    positions stay those of the file, so paths name the right item.
    """
    return Indexed(parts, rules).problems
