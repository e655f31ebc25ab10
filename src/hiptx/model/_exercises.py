"""Exercises with their doses, and the chains that order them from easiest to hardest."""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx.codes import Code
from hiptx.errors import InvalidValueError
from hiptx.model._provenance import Citation, Statement
from hiptx.ranges import IntRange
from hiptx.vocab import (
    Equipment,
    ExerciseGoal,
    HipPosition,
    MovementPattern,
    Muscle,
    Position,
)

#: What an exercise nobody has classified is assumed to ask of the hip: every
#: limited position, so a post-operative precaution withholds it rather than lets
#: it through (the safer reading).
UNCLASSIFIED_HIP_POSITIONS = tuple(HipPosition)


def _dose_measure_is_clear(instance: Dose, _: attrs.Attribute[object], __: object) -> None:
    _fields.check_dose_measure(instance.reps, instance.hold_seconds, instance.rep_hold_seconds)


@attrs.frozen(kw_only=True)
class Dose:
    """The target dose of an exercise: sets of reps, or sets of timed holds.

    Args:
        sets: How many sets to work up to.
        reps: Repetitions per set (for rep-based work); or
        hold_seconds: Seconds per hold (for endurance holds such as planks).
        rep_hold_seconds: A pause held in each repetition, where the source gives one.
        pain_ceiling: This exercise's own pain ceiling (0-10), only where a source
            sets one for it. ``None`` (the usual case) means the catalog's rule
            (:attr:`RuleSet.pain_ceiling`) applies, so the ceiling has one home.
        citations: Where the dose comes from.

    Example:
        >>> import hiptx
        >>> d = hiptx.Dose(sets=hiptx.IntRange(2, 3), reps=hiptx.IntRange(8, 10),
        ...                citations=(hiptx.Citation(source_id="physio-network-kemp"),))
        >>> d.uses_reps, str(d)
        (True, '2-3 sets x 8-10 reps')
        >>> hiptx.Dose(sets=hiptx.IntRange(3, 3),
        ...            citations=(hiptx.Citation(source_id="physio-network-kemp"),))
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidValueError: reps: None is not allowed; expected exactly one of reps or hold_seconds

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``pain_ceiling`` is optional: the catalog's rule is the one source of truth,
       and a dose overrides it only explicitly. ``str()`` shows a rep hold.

    .. versionchanged:: 0.3.0
       Added :attr:`top_sets` and :attr:`target`.
    """

    sets: IntRange = attrs.field(**_fields.instance(IntRange))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    pain_ceiling: int | None = attrs.field(
        default=None, **_fields.integer(maximum=10, optional=True)
    )
    reps: IntRange | None = attrs.field(default=None, **_fields.instance(IntRange, optional=True))
    hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True)
    )
    rep_hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True, also=_dose_measure_is_clear)
    )

    @property
    def uses_reps(self) -> bool:
        """True for rep-based work, False for timed holds."""
        return self.reps is not None

    @property
    def top_sets(self) -> int:
        """The top of the sets range (its only value, for a single figure).

        hiptx's build-up adds a set at a time up to it; the progression target and
        a clinician's choice of sets read it too.

        Example:
            >>> import hiptx
            >>> dose = hiptx.load_catalog().exercises["side-lying-hip-adduction"].dose
            >>> str(dose.sets), dose.top_sets
            ('2-3', 3)

        .. versionadded:: 0.3.0
        """
        return self.sets.high if self.sets.high is not None else self.sets.low

    @property
    def target(self) -> str:
        """What to work up to before progressing, in words (the top sets of the amount).

        The one wording of the target, for the progression rule, a programme's
        prescriptions, the pictures and the FHIR export.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().exercises["side-lying-hip-adduction"].dose.target
            '3 sets of 8-10 reps'

        .. versionadded:: 0.3.0
        """
        return f"{self.top_sets} sets of {self._amount}"

    @property
    def _amount(self) -> str:
        # Exactly one of reps and hold_seconds is set (the validator above).
        return f"{self.reps} reps" if self.reps is not None else f"{self.hold_seconds} s holds"

    def __str__(self) -> str:
        text = f"{self.sets} sets x {self._amount}"
        if self.rep_hold_seconds is not None:
            text += f", {self.rep_hold_seconds} s hold per rep"
        if self.pain_ceiling is not None:
            text += f", pain <= {self.pain_ceiling}/10"
        return text


@attrs.frozen(kw_only=True)
class Exercise:
    """An exercise or hands-on technique, with what it trains and its dose.

    Args:
        id: Stable catalog id.
        name: Its usual name.
        summary: How it is done, in a sentence or two.
        goal: Strength, endurance, power, flexibility or a manual technique.
        position: Starting position.
        patterns: Movement patterns it trains.
        muscles: Muscles it trains (or, for stretches and techniques, treats).
        equipment: What it needs.
        dose: Target dose, where a source gives one.
        cues: Coaching cues from the sources.
        citations: Where it comes from.
        codes: A standard code for it (SNOMED CT IPS Free Set), where one fits.
        weight_bearing: Whether a leg carries part of the body's weight during it
            (standing, kneeling, bridging, planks, hops). ``True`` unless classified
            otherwise: an unclassified exercise is kept from a patient told not to
            bear weight.
        hip_positions: Which post-operative limited positions it reaches (beyond
            90 degrees of flexion, adduction past the midline, internal rotation);
            read as :attr:`positions`. Unless classified, all of them.
        hip_demands_citations: The sources that say what it asks of the hip; empty
            when ``weight_bearing`` and ``hip_positions`` are hiptx's own reading of
            its description (:attr:`hip_demands_are_hiptx_classification`).

    Example:
        >>> import hiptx
        >>> ex = hiptx.load_catalog().exercises["side-lying-hip-adduction"]
        >>> ex.position, str(ex.dose)
        (<Position.SIDE_LYING: 'side_lying'>, '2-3 sets x 8-10 reps, 2-3 s hold per rep')
        >>> ex.weight_bearing, sorted(p.value for p in ex.positions)
        (False, ['adduction_past_midline'])
        >>> ex.hip_demands_are_hiptx_classification
        True

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``codes``, ``weight_bearing``, ``hip_positions`` (:attr:`positions`)
       and ``hip_demands_citations``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    summary: str = attrs.field(**_fields.text())
    goal: ExerciseGoal = attrs.field(**_fields.choice(ExerciseGoal))
    position: Position = attrs.field(**_fields.choice(Position))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    patterns: tuple[MovementPattern, ...] = attrs.field(
        default=(), **_fields.items(MovementPattern, unique=True)
    )
    muscles: tuple[Muscle, ...] = attrs.field(default=(), **_fields.items(Muscle, unique=True))
    equipment: tuple[Equipment, ...] = attrs.field(
        default=(), **_fields.items(Equipment, unique=True)
    )
    dose: Dose | None = attrs.field(default=None, **_fields.instance(Dose, optional=True))
    cues: tuple[Statement, ...] = attrs.field(default=(), **_fields.items(Statement))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))
    weight_bearing: bool = attrs.field(default=True, **_fields.flag())
    hip_positions: tuple[HipPosition, ...] = attrs.field(
        default=UNCLASSIFIED_HIP_POSITIONS, **_fields.items(HipPosition, unique=True)
    )
    hip_demands_citations: tuple[Citation, ...] = attrs.field(default=(), **_fields.items(Citation))

    @property
    def positions(self) -> frozenset[HipPosition]:
        """The limited hip positions it reaches, as a set.

        .. versionadded:: 0.2.0
        """
        return frozenset(self.hip_positions)

    @property
    def hip_demands_are_hiptx_classification(self) -> bool:
        """Whether ``weight_bearing`` and ``positions`` are hiptx's reading of the description.

        True when no source says what the exercise asks of the hip.

        .. versionadded:: 0.2.0
        """
        return not self.hip_demands_citations


def _athlete_steps_end_the_chain(
    instance: Progression, _: attrs.Attribute[object], value: tuple[str, ...]
) -> None:
    # Steps for athletes are the hardest ones: the chain's last, so a patient who is
    # not an athlete simply stops one step earlier.
    if value and instance.exercise_ids[-len(value) :] != value:
        raise InvalidValueError(
            "athlete_only_ids", value, "the last steps of exercise_ids, in their order"
        )


@attrs.frozen(kw_only=True)
class Progression:
    """An ordered chain of exercises, easiest first.

    Args:
        id: Stable catalog id.
        name: What the chain trains, e.g. ``"Hip adductor strengthening"``.
        patterns: The movement patterns the chain is built to train.
        exercise_ids: Exercise ids, easiest first; no id twice.
        citations: Where the order comes from.
        note: A remark on the chain, in words.
        athlete_only_ids: The steps the sources reserve for athletes (a subset
            of ``exercise_ids``, at its end): offered only to an athlete.

    Example:
        >>> import hiptx
        >>> chain = hiptx.load_catalog().progressions["hip-adductor-strengthening"]
        >>> chain.exercise_ids[0]
        'side-lying-hip-adduction'
        >>> hiptx.load_catalog().progressions["hip-flexor-strengthening"].athlete_only_ids
        ('plank-with-hip-extension',)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``athlete_only_ids``.
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    exercise_ids: tuple[str, ...] = attrs.field(**_fields.slugs(min_items=1))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
    athlete_only_ids: tuple[str, ...] = attrs.field(default=(), **_fields.slugs())

    @athlete_only_ids.validator
    def _athlete_steps(self, attribute: attrs.Attribute[object], value: tuple[str, ...]) -> None:
        _athlete_steps_end_the_chain(self, attribute, value)

    def step_of(self, exercise_id: str) -> int:
        """The 0-based position of an exercise in this chain.

        Raises:
            ValueError: if the exercise is not in the chain.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().progressions["hip-adductor-strengthening"].step_of(
            ...     "side-lying-hip-adduction")
            0
        """
        return self.exercise_ids.index(exercise_id)
