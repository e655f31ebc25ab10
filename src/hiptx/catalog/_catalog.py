"""The catalog: every object by id, and the relations between them.

Long because :class:`Catalog` is one class: its checks (references and safety
floors, by the modules it calls), its identity (digest and provenance), merging
and the relations apps ask about.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs

from hiptx.catalog._floors import bundled_floor, floor_problems
from hiptx.catalog._identity import Provenance, content_digest
from hiptx.catalog._idmap import IdMap
from hiptx.catalog._integrity import CLASSES, Indexed, citations_in
from hiptx.catalog._merge import Labels, merge_parts
from hiptx.errors import CatalogDataError, WrongTypeError
from hiptx.model import (
    Condition,
    Exercise,
    Instrument,
    Progression,
    Risk,
    RuleSet,
    Source,
    Treatment,
)
from hiptx.vocab import MovementPattern, Muscle


def _check_part(name: str, value: object, cls: type) -> None:
    if isinstance(value, Mapping):  # an IdMap, say: the objects are its values
        raise WrongTypeError(
            name, value, f"a tuple of {cls.__name__} objects (for a mapping, tuple(m.values()))"
        )
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
       Frozen; checks its arguments' types; pickles and deep-copies; compares equal
       to a catalog with the same content; :meth:`merge`; :attr:`digest` and
       :attr:`provenance`; checked against the bundled catalog's safety floors; ``instruments``
       (outcome questionnaires, from ``instruments.json``).
    """

    __slots__ = (
        "_chain_of",
        "_derived",  # what the rules derive from this catalog (see hiptx._derived)
        "_digest",
        "_parts",
        "_provenance",
        "conditions",
        "exercises",
        "instruments",
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
    instruments: IdMap[Instrument]
    rules: RuleSet
    _chain_of: dict[str, Progression]
    _derived: dict[Any, object]  # made on first use, by hiptx._derived
    _parts: dict[str, Any]
    _digest: str | None
    _provenance: Provenance | None

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
        instruments: tuple[Instrument, ...] = (),
    ) -> None:
        parts: dict[str, tuple[Any, ...]] = {
            "sources": sources,
            "conditions": conditions,
            "risks": risks,
            "treatments": treatments,
            "exercises": exercises,
            "progressions": progressions,
            "instruments": instruments,
        }
        self._set_up(version, parts, rules, floor=bundled_floor())

    def _set_up(  # noqa: PLR0913 - keyword-only; what the pipeline knows
        self,
        version: str,
        parts: dict[str, tuple[Any, ...]],
        rules: RuleSet,
        *,
        floor: RuleSet | None,
        cited: frozenset[str] | None = None,
        semantics: bool = True,
        digest: str | None = None,
    ) -> None:
        """Check and hold the parts; what the pipeline knows is passed in.

        * ``floor``: the safety floor's rules, ``None`` for the bundled catalog,
          which is the floor itself;
        * ``cited``: the source id of every citation in ``parts`` and ``rules``,
          when the builders recorded them; the reference check of citations then
          compares them with the sources instead of walking every object (it
          walks only to word a problem). More ids only make the check stricter;
        * ``semantics``: ``False`` only for bundled files byte for byte those
          recorded as passing every check (``hiptx/data/validated.json``);
        * ``digest``: the content digest recorded with those files.
        """
        given: object = version  # checked at run time, whatever the annotations say
        if not isinstance(given, str) or not version.strip():
            raise WrongTypeError("version", version, "a non-empty string")
        for key, value in parts.items():
            _check_part(key, value, CLASSES[key])
        given = rules
        if not isinstance(given, RuleSet):
            raise WrongTypeError("rules", rules, "a RuleSet")
        indexed = Indexed(parts, rules, cited=cited)
        problems = list(indexed.problems)
        if semantics:
            # Imported here: the validated bundled load skips these checks, and their module.
            from hiptx.catalog._semantics import semantic_problems

            problems.extend(semantic_problems(parts, rules))
        if floor is not None:
            problems.extend(floor_problems(rules, floor))
        if problems:
            raise CatalogDataError(problems)
        set_ = functools.partial(object.__setattr__, self)
        set_("version", version)
        for key, id_map in indexed.maps.items():
            set_(key, id_map)
        set_("rules", rules)
        set_("_chain_of", indexed.chain_of)
        set_("_parts", {"version": version, **parts, "rules": rules})
        # Worked out on first use unless known: most processes never ask (see digest).
        set_("_digest", digest)
        set_("_provenance", None)

    @property
    def digest(self) -> str:
        """A SHA-256 of this catalog's content, as 64 hexadecimal digits.

        Two catalogs with any difference of content (an object, a threshold, the
        version) have different digests; equal catalogs share one, whatever the
        order of the lists they were built from. Worked out on first use.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> len(cat.digest), cat.digest == cat.merge(cat, replace=True).digest
            (64, True)

        .. versionadded:: 0.2.0
        """
        digest = self._digest
        if digest is None:
            digest = content_digest(self._parts)
            object.__setattr__(self, "_digest", digest)
        return digest

    def _known_digest(self, digest: str) -> None:
        """Record a digest already worked out from this content (the bundled files')."""
        object.__setattr__(self, "_digest", digest)

    @property
    def provenance(self) -> Provenance:
        """This catalog's identity, as every rule result built from it carries it.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> p = cat.provenance
            >>> p.data_version == cat.version, p.digest == cat.digest, p.overrides
            (True, True, ())

        .. versionadded:: 0.2.0
        """
        provenance = self._provenance
        if provenance is None:
            provenance = Provenance(
                data_version=self.version, digest=self.digest, overrides=self.rules.overrides
            )
            object.__setattr__(self, "_provenance", provenance)
        return provenance

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __reduce__(self) -> tuple[object, ...]:
        # The digest travels with the parts: a worker process need not work it out
        # again (cattrs and SHA-256 over the whole content).
        return (_rebuild, (self._parts, self._digest))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalog):
            return NotImplemented
        if self is other:
            return True
        # By content, whatever the order of the lists the two were built from.
        return (
            self.version == other.version
            and self.rules == other.rules
            and all(getattr(self, key) == getattr(other, key) for key in CLASSES)
        )

    def __hash__(self) -> int:
        # Consistent with __eq__ (equal catalogs share a version) and cheap.
        return hash(self.version)

    def merge(self, other: Catalog, *, replace: bool = False) -> Catalog:
        """A new catalog: this one with ``other``'s objects added.

        The result is checked whole, as a load is: every reference must resolve
        and no exercise may sit in two chains, and one
        :class:`~hiptx.CatalogDataError` lists every problem, naming the file of
        the catalog each one comes from. Neither catalog is changed (the bundled
        one is shared by the whole process).

        Args:
            other: The catalog whose objects are added; they may cite this
                catalog's sources and use its exercises.
            replace: Whether an object of ``other`` may replace one of this
                catalog with the same id (and ``other``'s rules replace these). If
                false, any such clash is an error.

        Returns:
            The merged catalog. Its version is this catalog's, followed by
            ``"+"`` and ``other``'s when they differ.

        Raises:
            CatalogDataError: an id in both catalogs (without ``replace``), or a
                reference that does not resolve in the merged catalog.
            WrongTypeError: ``other`` is not a Catalog.

        Example:
            >>> import hiptx
            >>> cat = hiptx.load_catalog()
            >>> cat.merge(cat, replace=True) == cat
            True
            >>> cat.merge(cat)
            Traceback (most recent call last):
            ...
            hiptx.errors.CatalogDataError: the catalog data is invalid (... problems):
              sources.json (other): /sources/0/id: source id ... is already in the catalog this one extends (pass replace=True to replace it)
            ...

        .. versionadded:: 0.2.0
        """
        given: object = other
        if not isinstance(given, Catalog):
            raise WrongTypeError("other", other, "a Catalog (load one with hiptx.load_catalog)")
        given = replace
        if not isinstance(given, bool):
            raise WrongTypeError("replace", replace, "True or False")
        merged, problems = merge_parts(
            self._parts, other._parts, replace=replace, labels=Labels(" (self)", " (other)")
        )
        if problems:
            raise CatalogDataError(problems)
        version = self.version
        if other.version != version:
            version = f"{version}+{other.version}"
        return Catalog(**{**merged, "version": version})

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
        for citation, _ in citations_in(obj, ""):
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


def _rebuild(parts: dict[str, Any], digest: str | None = None) -> Catalog:
    """Unpickle a :class:`Catalog`: build it again, with every check, from its parts."""
    catalog = Catalog(**parts)
    if digest is not None:
        catalog._known_digest(digest)  # noqa: SLF001 - the class's own record of it
    return catalog


def checked_catalog(
    version: str, parts: dict[str, tuple[Any, ...]], rules: RuleSet, **checks: Any
) -> Catalog:
    """A :class:`Catalog` built by the load pipeline's check step (``_pipeline.run``).

    Every check of ``Catalog(...)`` runs, with what the pipeline knows passed in
    as ``checks`` (``floor``, ``cited``, ``semantics``, ``digest``: see
    :meth:`Catalog._set_up`).
    """
    catalog = Catalog.__new__(Catalog)
    catalog._set_up(version, parts, rules, **checks)  # noqa: SLF001 - the class's own set-up
    return catalog
