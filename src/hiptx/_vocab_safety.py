"""The words of safety: red flags, how urgent each is, and where it sends the patient.

Part of :mod:`hiptx.vocab`, which re-exports every name; each enum is documented,
pickled and shown as ``hiptx.vocab.<Name>`` (where apps import it from), so its
``__module__`` says so.
"""

from __future__ import annotations

from hiptx._enum import ValueEnum

__all__ = ["Pathway", "RedFlag", "Urgency"]


class RedFlag(ValueEnum):
    """A sign that hip pain may need urgent care (clinical-facts.md section 9).

    Example:
        >>> import hiptx
        >>> hiptx.RedFlag("suspected_infection")
        <RedFlag.SUSPECTED_INFECTION: 'suspected_infection'>

    .. versionadded:: 0.1.0
    """

    __module__ = "hiptx.vocab"

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

    __module__ = "hiptx.vocab"

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

    __module__ = "hiptx.vocab"

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
