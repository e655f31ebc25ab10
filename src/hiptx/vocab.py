"""Closed vocabularies: the words the catalog and the rules share.

Each is an :class:`~enum.Enum` whose values are the lower-case strings used in the
JSON data files, so ``MovementPattern("internal_rotation")`` reads a data value and
``pattern.value`` writes one.

Long because each vocabulary is a short enum with its own documented members;
they are one concept, the catalog's words, and are read together.
"""

from __future__ import annotations

from hiptx._enum import ValueEnum

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


class JobDemand(ValueEnum):
    """How physically demanding a patient's work is.

    Example:
        >>> import hiptx
        >>> hiptx.JobDemand("manual")
        <JobDemand.MANUAL: 'manual'>

    .. versionadded:: 0.1.0
    """

    SEDENTARY = "sedentary"
    MANUAL = "manual"


class WeightBearing(ValueEnum):
    """The weight-bearing protocol a surgeon sets after an operation.

    Example:
        >>> import hiptx
        >>> hiptx.WeightBearing.RESTRICTED.value
        'restricted'

    .. versionadded:: 0.1.0
    """

    STANDARD = "standard"
    RESTRICTED = "restricted"


class Side(ValueEnum):
    """Which hip: the left, the right, or both.

    A patient's assessment, a logged session and a programme slot say which side
    they are about, so a log for one hip never moves the other (seed 004's patients
    include people with both hips affected).

    Example:
        >>> import hiptx
        >>> hiptx.Side("both")
        <Side.BOTH: 'both'>

    .. versionadded:: 0.2.0
    """

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Approach(ValueEnum):
    """The surgical approach to the hip, where it decides the precautions.

    ``UNKNOWN`` when the operation note does not say; rules then assume the approach
    that carries precautions, and say so.

    Example:
        >>> import hiptx
        >>> hiptx.Approach("posterior")
        <Approach.POSTERIOR: 'posterior'>

    .. versionadded:: 0.2.0
    """

    POSTERIOR = "posterior"
    ANTERIOR = "anterior"
    LATERAL = "lateral"
    UNKNOWN = "unknown"


class HipPosition(ValueEnum):
    """A hip position that post-operative precautions may limit.

    Example:
        >>> import hiptx
        >>> hiptx.HipPosition("flexion_beyond_90")
        <HipPosition.FLEXION_BEYOND_90: 'flexion_beyond_90'>

    .. versionadded:: 0.2.0
    """

    FLEXION_BEYOND_90 = "flexion_beyond_90"
    ADDUCTION_PAST_MIDLINE = "adduction_past_midline"
    INTERNAL_ROTATION = "internal_rotation"


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


class RedFlag(ValueEnum):
    """A sign that hip pain may need urgent care (clinical-facts.md section 9).

    Example:
        >>> import hiptx
        >>> hiptx.RedFlag("suspected_infection")
        <RedFlag.SUSPECTED_INFECTION: 'suspected_infection'>

    .. versionadded:: 0.1.0
    """

    SUSPECTED_FRACTURE = "suspected_fracture"
    SUSPECTED_DISLOCATION = "suspected_dislocation"
    SUSPECTED_INFECTION = "suspected_infection"
    ONGOING_INFECTION = "ongoing_infection"
    TRAUMA_OR_STRESS_FRACTURE = "trauma_or_stress_fracture"
    SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS = "slipped_capital_femoral_epiphysis"
    APOPHYSEAL_INJURY = "apophyseal_injury"
    AVASCULAR_NECROSIS = "avascular_necrosis"
    RAPIDLY_WORSENING_SYMPTOMS = "rapidly_worsening_symptoms"
    CANCER_ON_IMAGING = "cancer_on_imaging"
    NIGHT_PAIN_WITH_CANCER = "night_pain_with_cancer"
    PROGRESSIVE_NEUROLOGICAL_LOSS = "progressive_neurological_loss"
    SUSPECTED_MALIGNANCY = "suspected_malignancy"
    HOT_SWOLLEN_JOINT_WITH_FEVER = "hot_swollen_joint_with_fever"
    SYSTEMICALLY_UNWELL = "systemically_unwell"
    RAPIDLY_WORSENING_DEFORMITY = "rapidly_worsening_deformity"
    NEUROVASCULAR_COMPROMISE = "neurovascular_compromise"
    UNEXPLAINED_WEIGHT_LOSS = "unexplained_weight_loss"
    NIGHT_OR_REST_PAIN = "night_or_rest_pain"
    UNABLE_TO_WALK_OR_MOVE_HIP = "unable_to_walk_or_move_hip"
    SUDDEN_DETERIORATION_OF_CHRONIC_PAIN = "sudden_deterioration_of_chronic_pain"
    SUDDEN_LEG_LENGTH_CHANGE = "sudden_leg_length_change"
    LEG_SHORTENED_AND_EXTERNALLY_ROTATED = "leg_shortened_and_externally_rotated"
    SEVERE_SPASM = "severe_spasm"
    RAISED_INFLAMMATORY_MARKERS = "raised_inflammatory_markers"
    KNOWN_CANCER = "known_cancer"
    #: The screening items the NHS pathways ask about beside the red flags
    #: (clinical-facts.md section 9: trauma, steroid use, immunosuppression, a
    #: recent joint injection or surgery). Like every flag they are urgent on their
    #: own, so report one when it is new to the clinician responsible for the
    #: patient, not when that team already knows of it (a post-operative patient in
    #: the surgical team's rehabilitation, say).
    TRAUMA = "trauma"
    STEROID_USE = "steroid_use"
    IMMUNOSUPPRESSION = "immunosuppression"
    RECENT_JOINT_INJECTION_OR_SURGERY = "recent_joint_injection_or_surgery"


class Urgency(ValueEnum):
    """How soon a red flag needs care, most urgent first.

    ``EMERGENCY``: send to A&E. ``URGENT``: urgent fracture/trauma clinic, urgent
    specialist referral, or an urgent clinical assessment where the sources name no
    single route. ``SUSPECTED_CANCER``: the two-week-wait pathway. All three are
    urgent: every red flag is urgent on its own. ``CLINICAL_REVIEW`` is kept for
    compatibility and no red flag maps to it any more. ``NONE``: no red flag given.

    Example:
        >>> import hiptx
        >>> hiptx.Urgency.EMERGENCY.rank < hiptx.Urgency.URGENT.rank
        True

    .. versionadded:: 0.1.0
    """

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SUSPECTED_CANCER = "suspected_cancer"
    CLINICAL_REVIEW = "clinical_review"
    NONE = "none"

    @property
    def rank(self) -> int:
        """0 for the most urgent; for sorting."""
        return list(Urgency).index(self)

    @property
    def is_urgent(self) -> bool:
        """Whether this level needs urgent care, as every red flag does.

        Example:
            >>> import hiptx
            >>> hiptx.Urgency.SUSPECTED_CANCER.is_urgent, hiptx.Urgency.NONE.is_urgent
            (True, False)

        .. versionadded:: 0.2.0
        """
        return self in (Urgency.EMERGENCY, Urgency.URGENT, Urgency.SUSPECTED_CANCER)


class Pathway(ValueEnum):
    """Where a red flag sends the patient (clinical-facts.md section 9).

    Every pathway is urgent. ``URGENT_CLINICAL_ASSESSMENT`` is for the flags the
    NHS pathways list under urgent referral without naming a single route: a
    clinician must see the patient before any exercise.

    Example:
        >>> import hiptx
        >>> hiptx.Pathway.A_AND_E.urgency
        <Urgency.EMERGENCY: 'emergency'>
        >>> hiptx.Pathway.TWO_WEEK_WAIT.urgency
        <Urgency.SUSPECTED_CANCER: 'suspected_cancer'>

    .. versionadded:: 0.2.0
    """

    A_AND_E = "a_and_e"
    URGENT_FRACTURE_CLINIC = "urgent_fracture_clinic"
    URGENT_SPECIALIST = "urgent_specialist"
    TWO_WEEK_WAIT = "two_week_wait"
    URGENT_CLINICAL_ASSESSMENT = "urgent_clinical_assessment"

    @property
    def label(self) -> str:
        """The pathway as the NHS pages write it, for a person to read.

        Example:
            >>> import hiptx
            >>> [p.label for p in hiptx.Pathway]  # doctest: +NORMALIZE_WHITESPACE
            ['A&E', 'urgent fracture clinic', 'urgent specialist', 'two-week wait',
             'urgent clinical assessment']
        """
        if self is Pathway.A_AND_E:
            return "A&E"
        if self is Pathway.TWO_WEEK_WAIT:
            return "two-week wait"
        return str(self.value).replace("_", " ")

    @property
    def urgency(self) -> Urgency:
        """How soon this pathway acts."""
        if self is Pathway.A_AND_E:
            return Urgency.EMERGENCY
        if self is Pathway.TWO_WEEK_WAIT:
            return Urgency.SUSPECTED_CANCER
        return Urgency.URGENT
