"""The words for one patient's situation: their work, which side, the surgeon's orders.

Part of :mod:`hiptx.vocab`, which re-exports every name; each enum is documented,
pickled and shown as ``hiptx.vocab.<Name>`` (where apps import it from), so its
``__module__`` says so.
"""

from __future__ import annotations

from hiptx._enum import ValueEnum

__all__ = ["Approach", "HipPosition", "JobDemand", "Side", "WeightBearing"]


class JobDemand(ValueEnum):
    """How physically demanding a patient's work is.

    Example:
        >>> import hiptx
        >>> hiptx.JobDemand("manual")
        <JobDemand.MANUAL: 'manual'>

    .. versionadded:: 0.1.0
    """

    __module__ = "hiptx.vocab"

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

    __module__ = "hiptx.vocab"

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

    __module__ = "hiptx.vocab"

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

    __module__ = "hiptx.vocab"

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

    __module__ = "hiptx.vocab"

    FLEXION_BEYOND_90 = "flexion_beyond_90"
    ADDUCTION_PAST_MIDLINE = "adduction_past_midline"
    INTERNAL_ROTATION = "internal_rotation"
