"""Closed vocabularies: the words the catalog and the rules share.

Each is an :class:`~enum.Enum` whose values are the lower-case strings used in the
JSON data files, so ``MovementPattern("internal_rotation")`` reads a data value and
``pattern.value`` writes one.

The catalog's own words are here; a patient's situation (``_vocab_patient``) and
the words of safety (``_vocab_safety``) are written beside it and imported from
here, where they are documented.
"""

from __future__ import annotations

from hiptx._enum import ValueEnum
from hiptx._vocab_patient import Approach, HipPosition, JobDemand, Side, WeightBearing
from hiptx._vocab_safety import Pathway, RedFlag, Urgency

__all__ = [
    "Approach",
    "Equipment",
    "EvidenceStrength",
    "ExerciseGoal",
    "Frequency",
    "HipPosition",
    "Invasiveness",
    "JobDemand",
    "MilestoneKind",
    "MovementPattern",
    "Muscle",
    "Pathway",
    "Position",
    "RedFlag",
    "Side",
    "SourceKind",
    "TreatmentKind",
    "Urgency",
    "WeightBearing",
]


def __dir__() -> list[str]:
    return __all__


class MovementPattern(ValueEnum):
    """A movement of the hip, or a whole-body pattern that loads it.

    The first eight are the basic hip movement patterns that Upright Health (a commercial programme) says every
    assessment should cover; the rest are what the catalog's exercises also train.

    Example:
        >>> import hiptx
        >>> hiptx.MovementPattern("internal_rotation")
        <MovementPattern.INTERNAL_ROTATION: 'internal_rotation'>
        >>> len(hiptx.MovementPattern.basic())
        8

    .. versionadded:: 0.1.0
    """

    FLEXION = "flexion"
    EXTENSION = "extension"
    ABDUCTION = "abduction"
    ADDUCTION = "adduction"
    INTERNAL_ROTATION = "internal_rotation"
    EXTERNAL_ROTATION = "external_rotation"
    HINGE = "hinge"
    SQUAT = "squat"
    SINGLE_LEG_STANCE = "single_leg_stance"
    HOP = "hop"
    TRUNK_STABILITY = "trunk_stability"
    GAIT = "gait"

    @classmethod
    def basic(cls) -> tuple[MovementPattern, ...]:
        """The basic hip movement patterns an assessment covers, as Upright Health (a commercial programme) lists them.

        Example:
            >>> import hiptx
            >>> [p.value for p in hiptx.MovementPattern.basic()][:4]
            ['flexion', 'extension', 'abduction', 'adduction']
        """
        return (
            cls.FLEXION,
            cls.EXTENSION,
            cls.ABDUCTION,
            cls.ADDUCTION,
            cls.INTERNAL_ROTATION,
            cls.EXTERNAL_ROTATION,
            cls.HINGE,
            cls.SQUAT,
        )


class Muscle(ValueEnum):
    """A muscle or muscle group around the hip and trunk.

    Example:
        >>> import hiptx
        >>> hiptx.Muscle.TENSOR_FASCIAE_LATAE.value
        'tensor_fasciae_latae'

    .. versionadded:: 0.1.0
    """

    GLUTEUS_MAXIMUS = "gluteus_maximus"
    GLUTEUS_MEDIUS = "gluteus_medius"
    GLUTEUS_MINIMUS = "gluteus_minimus"
    DEEP_HIP_ROTATORS = "deep_hip_rotators"
    ADDUCTORS = "adductors"
    ILIOPSOAS = "iliopsoas"
    TENSOR_FASCIAE_LATAE = "tensor_fasciae_latae"
    QUADRICEPS = "quadriceps"
    HAMSTRINGS = "hamstrings"
    CALF = "calf"
    ABDOMINALS = "abdominals"
    OBLIQUES = "obliques"
    BACK_EXTENSORS = "back_extensors"


class Position(ValueEnum):
    """The starting position of an exercise or technique.

    Example:
        >>> import hiptx
        >>> hiptx.Position("side_lying")
        <Position.SIDE_LYING: 'side_lying'>

    .. versionadded:: 0.1.0
    """

    SUPINE = "supine"
    PRONE = "prone"
    SIDE_LYING = "side_lying"
    SITTING = "sitting"
    KNEELING = "kneeling"
    STANDING = "standing"
    PLANK = "plank"


class Equipment(ValueEnum):
    """Equipment an exercise needs.

    Example:
        >>> import hiptx
        >>> hiptx.Equipment.RESISTANCE_BAND.value
        'resistance_band'

    .. versionadded:: 0.1.0
    """

    RESISTANCE_BAND = "resistance_band"
    EXTERNAL_LOAD = "external_load"
    CABLE_OR_BAND_ANCHOR = "cable_or_band_anchor"
    BENCH = "bench"
    STEP = "step"
    BELT_OR_STRAP = "belt_or_strap"
    WALL = "wall"


class ExerciseGoal(ValueEnum):
    """What an exercise is prescribed for; it decides which dose applies.

    Example:
        >>> import hiptx
        >>> hiptx.ExerciseGoal("endurance")
        <ExerciseGoal.ENDURANCE: 'endurance'>

    .. versionadded:: 0.1.0
    """

    STRENGTH = "strength"
    ENDURANCE = "endurance"
    POWER = "power"
    FLEXIBILITY = "flexibility"
    MANUAL_TECHNIQUE = "manual_technique"


class SourceKind(ValueEnum):
    """What kind of document a source is: how much weight it can carry.

    Example:
        >>> import hiptx
        >>> hiptx.SourceKind.COMMERCIAL_OPINION.is_opinion
        True
        >>> hiptx.SourceKind.TRIAL.is_opinion
        False
        >>> hiptx.SourceKind("terminology")
        <SourceKind.TERMINOLOGY: 'terminology'>

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``TERMINOLOGY``: a code system whose codes the catalog uses (SNOMED CT,
       LOINC), cited for its codes and its licence, not for clinical figures.
       Added ``INSTRUMENT_MANUAL`` (a questionnaire owner's scoring instructions or
       web page) and ``PEER_SOFTWARE`` (another project's code, read for how it
       scores an instrument; weaker than the owner's own words).
    """

    TRIAL = "trial"
    SYSTEMATIC_REVIEW = "systematic_review"
    GUIDELINE = "guideline"
    COHORT = "cohort"
    CASE_SERIES = "case_series"
    NARRATIVE_REVIEW = "narrative_review"
    CONSENSUS = "consensus"
    PATIENT_INFORMATION = "patient_information"
    CLINICAL_EDUCATION = "clinical_education"
    CLINIC_OPINION = "clinic_opinion"
    COMMERCIAL_OPINION = "commercial_opinion"
    TERMINOLOGY = "terminology"
    INSTRUMENT_MANUAL = "instrument_manual"
    PEER_SOFTWARE = "peer_software"

    @property
    def is_opinion(self) -> bool:
        """True for sources that argue a clinic's or a business's position."""
        return self in (SourceKind.CLINIC_OPINION, SourceKind.COMMERCIAL_OPINION)


class TreatmentKind(ValueEnum):
    """The broad kind of a treatment.

    Example:
        >>> import hiptx
        >>> hiptx.TreatmentKind("surgery")
        <TreatmentKind.SURGERY: 'surgery'>

    .. versionadded:: 0.1.0
    """

    PHYSIOTHERAPY = "physiotherapy"
    EXERCISE = "exercise"
    MANUAL_THERAPY = "manual_therapy"
    EDUCATION = "education"
    ACTIVITY_MODIFICATION = "activity_modification"
    MEDICATION = "medication"
    INJECTION = "injection"
    SURGERY = "surgery"
    DEVICE = "device"
    ELECTROTHERAPY = "electrotherapy"


class Invasiveness(ValueEnum):
    """How invasive a treatment is, from none to open surgery.

    Example:
        >>> import hiptx
        >>> hiptx.Invasiveness.ARTHROSCOPIC.rank > hiptx.Invasiveness.PERCUTANEOUS.rank
        True

    .. versionadded:: 0.1.0
    """

    NON_INVASIVE = "non_invasive"
    PERCUTANEOUS = "percutaneous"
    ARTHROSCOPIC = "arthroscopic"
    OPEN_SURGERY = "open_surgery"

    @property
    def rank(self) -> int:
        """0 for non-invasive up to 3 for open surgery, for sorting."""
        return list(Invasiveness).index(self)


class Frequency(ValueEnum):
    """How often a risk occurs, in the source's own words.

    ``UNKNOWN`` unless a source words it: hiptx never turns a rate into a class the
    source did not use. Rates with their populations live in :class:`hiptx.Rate`.

    Example:
        >>> import hiptx
        >>> hiptx.Frequency("very_rare")
        <Frequency.VERY_RARE: 'very_rare'>

    .. versionadded:: 0.1.0
    """

    UNKNOWN = "unknown"
    COMMON = "common"
    UNCOMMON = "uncommon"
    RARE = "rare"
    VERY_RARE = "very_rare"


class MilestoneKind(ValueEnum):
    """A point in recovery that patients ask about.

    Example:
        >>> import hiptx
        >>> hiptx.MilestoneKind.OFF_CRUTCHES.value
        'off_crutches'

    .. versionadded:: 0.1.0
    """

    HOSPITAL_DISCHARGE = "hospital_discharge"
    RESUME_EXERCISE = "resume_exercise"
    FULL_WEIGHT_BEARING = "full_weight_bearing"
    OFF_CRUTCHES = "off_crutches"
    RETURN_TO_DRIVING = "return_to_driving"
    RETURN_TO_WORK = "return_to_work"
    SYMPTOM_IMPROVEMENT = "symptom_improvement"
    RETURN_TO_SPORT = "return_to_sport"
    FULL_RECOVERY = "full_recovery"
    SYMPTOM_RELIEF_ENDS = "symptom_relief_ends"


class EvidenceStrength(ValueEnum):
    """How a piece of evidence was read (mirrors clinical-facts.md's confidence).

    ``HIGH``: read in the source's own abstract or text; ``MEDIUM``: quoted by a
    secondary source; ``LOW``: vague, or from a clinic or blog page.

    Example:
        >>> import hiptx
        >>> hiptx.EvidenceStrength("medium")
        <EvidenceStrength.MEDIUM: 'medium'>

    .. versionadded:: 0.1.0
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
