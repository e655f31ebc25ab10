"""Coverage: which muscles and movement patterns a programme trains, and which it leaves out.

For a treatment, coverage comes from its recorded targets, one result per reading
the catalog holds (a trial team's description, a critic's reading), each labelled;
a reading that does not list everything reports nothing missing. For a set of
exercises, coverage is the union of what its strength, endurance and power
exercises train.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Exercise, Targets, Treatment
from hiptx.vocab import ExerciseGoal, MovementPattern, Muscle

__all__ = ["Coverage", "coverage"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class Coverage:
    """Which muscles and movement patterns a programme trains, and which it leaves out.

    Attributes:
        muscles: Muscles trained, in :class:`Muscle` order.
        patterns: Patterns trained, in :class:`MovementPattern` order.
        missing_muscles: Every other :class:`Muscle`, where the reading is complete
            (else empty: see ``unnamed_muscles``).
        missing_patterns: Every other :class:`MovementPattern`, likewise.
        reasons: Where the figures come from, and what was not counted.
        reading: Whose reading of a treatment this is, where the data says.
        complete: ``False`` where the reading names targets only in general terms
            or not at all: then nothing is reported missing, because what the
            reading does not name is not shown to be left out.
        unnamed_muscles: For an incomplete reading, the muscles it does not name.
        unnamed_patterns: For an incomplete reading, the patterns it does not name.
        readings: For a treatment, every reading the catalog holds (this one
            first), each labelled, so no single source's view stands alone.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> cov = hiptx.coverage(hiptx.load_catalog().treatments["personalised-hip-therapy"])
        >>> [(r.reading, r.complete) for r in cov.readings]  # doctest: +NORMALIZE_WHITESPACE
        [("Upright Health's critique (a commercial opinion)", False),
         ("The trial team's description (Wall 2016; Kemp 2020)", False)]
        >>> cov.missing_basic_patterns, "adduction" in [p.value for p in cov.unnamed_patterns]
        ((), True)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``reading``, ``complete`` and ``readings``.
    """

    muscles: tuple[Muscle, ...] = ()
    patterns: tuple[MovementPattern, ...] = ()
    missing_muscles: tuple[Muscle, ...] = ()
    missing_patterns: tuple[MovementPattern, ...] = ()
    reasons: tuple[Reason, ...] = ()
    reading: str | None = None
    complete: bool = True
    readings: tuple[Coverage, ...] = ()
    unnamed_muscles: tuple[Muscle, ...] = ()
    unnamed_patterns: tuple[MovementPattern, ...] = ()
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    @property
    def missing_basic_patterns(self) -> tuple[MovementPattern, ...]:
        """The basic hip patterns (as Upright Health, a commercial programme, lists them) the programme leaves out."""
        return tuple(p for p in MovementPattern.basic() if p in self.missing_patterns)


def _build_coverage(  # noqa: PLR0913 - keyword-only after the parts of one result
    catalog: Catalog,
    muscles: set[Muscle],
    patterns: set[MovementPattern],
    reasons: list[Reason],
    *,
    reading: str | None = None,
    complete: bool = True,
) -> Coverage:
    other_muscles = tuple(m for m in Muscle if m not in muscles)
    other_patterns = tuple(p for p in MovementPattern if p not in patterns)
    return Coverage(
        muscles=tuple(m for m in Muscle if m in muscles),
        patterns=tuple(p for p in MovementPattern if p in patterns),
        # Only a complete reading shows what a programme leaves out.
        missing_muscles=other_muscles if complete else (),
        missing_patterns=other_patterns if complete else (),
        reasons=tuple(reasons),
        reading=reading,
        complete=complete,
        unnamed_muscles=() if complete else other_muscles,
        unnamed_patterns=() if complete else other_patterns,
        provenance=catalog.provenance,
    )


def _reading_coverage(treatment: Treatment, targets: Targets, catalog: Catalog) -> Coverage:
    label = f"{targets.reading}: " if targets.reading else ""
    message = f"{label}targets as the sources describe them."
    if targets.note:
        message = f"{label}{targets.note}"
    reasons = [
        Reason.cited(ReasonCode.TARGETS_FROM_SOURCE, message, targets.citations, catalog.sources)
    ]
    if not targets.complete:
        reasons.append(
            Reason.from_input(
                ReasonCode.READING_INCOMPLETE,
                f"This reading of {treatment.name} does not list what it trains in full: "
                "what it does not name is not shown to be left out.",
            )
        )
    return _build_coverage(
        catalog,
        set(targets.muscles),
        set(targets.patterns),
        reasons,
        reading=targets.reading,
        complete=targets.complete,
    )


def _treatment_coverage(treatment: Treatment, catalog: Catalog) -> Coverage:
    if treatment.targets is None:
        return _build_coverage(
            catalog,
            set(),
            set(),
            [
                Reason.cited(
                    ReasonCode.NO_TARGETS_RECORDED,
                    f"The catalog records no muscles or patterns for {treatment.name}.",
                    treatment.citations,
                    catalog.sources,
                )
            ],
            complete=False,
        )
    readings = tuple(
        _reading_coverage(treatment, targets, catalog)
        for targets in (treatment.targets, *treatment.target_readings)
    )
    return attrs.evolve(readings[0], readings=readings)


def coverage(
    programme: Treatment | str | Iterable[Exercise | str], *, catalog: Catalog | None = None
) -> Coverage:
    """Muscles and movement patterns a treatment or a set of exercises trains.

    A treatment's coverage comes from its recorded targets, one per reading the
    catalog holds (``readings``), each labelled with whose reading it is; where a
    reading does not list everything, the result says that what it does not name is
    not shown to be left out. A set of exercises covers the union of what its
    strength, endurance and power exercises train; stretches and manual techniques
    are not counted as training and are named in the reasons.

    Args:
        programme: A :class:`~hiptx.Treatment` or its id, or exercises (objects or
            ids).
        catalog: The catalog to resolve ids in; the bundled one if omitted.

    Raises:
        UnknownIdError: for an id not in the catalog.
        WrongTypeError: for anything else.

    Example:
        >>> import hiptx
        >>> cov = hiptx.coverage(["side-lying-hip-adduction", "copenhagen-plank"])
        >>> [m.value for m in cov.muscles]
        ['adductors', 'obliques']

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Every reading of a treatment, labelled; accepts a treatment id; ``catalog``
       is optional.
    """
    catalog = given_or_bundled(catalog)
    if isinstance(programme, Treatment):
        return _treatment_coverage(programme, catalog)
    if isinstance(programme, str):
        treatment = _args.object_or_id(
            "programme", programme, Treatment, catalog.treatments, "a Treatment or its id"
        )
        return _treatment_coverage(treatment, catalog)
    given: object = programme  # checked at runtime; callers may pass anything
    if isinstance(given, bytes) or not isinstance(given, Iterable):
        raise WrongTypeError("programme", programme, "a Treatment or an iterable of exercises")
    muscles: set[Muscle] = set()
    patterns: set[MovementPattern] = set()
    not_training: list[str] = []
    for i, item in enumerate(programme):
        exercise = _args.object_or_id(
            f"programme[{i}]", item, Exercise, catalog.exercises, "an Exercise or its id"
        )
        if exercise.goal in (ExerciseGoal.FLEXIBILITY, ExerciseGoal.MANUAL_TECHNIQUE):
            not_training.append(exercise.id)
            continue
        muscles.update(exercise.muscles)
        patterns.update(exercise.patterns)
    reasons = []
    if not_training:
        reasons.append(
            Reason.from_input(
                ReasonCode.NOT_TRAINING,
                (
                    "Stretches and manual techniques are not counted as training: "
                    + ", ".join(not_training)
                    + "."
                ),
            )
        )
    return _build_coverage(catalog, muscles, patterns, reasons)
