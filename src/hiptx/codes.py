"""Standard codes for catalog objects: SNOMED CT (IPS Free Set) and LOINC only.

A :class:`Code` is a (system, code, display) triple that an electronic health
record understands. hiptx may ship only the codes listed in its allow-list
(``hiptx/data/codes.json``): SNOMED CT codes from the SNOMED International IPS Free
Set, distributed under Creative Commons Attribution 4.0, and LOINC codes, free to
use with the LOINC notice. Any other SNOMED CT content needs an affiliate licence,
so a code not on the list is refused, and a display that differs from the list's
is refused too (a wrong label is how codes go wrong).

The allow-list is read on the first validation, not on ``import hiptx``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping

import attrs

from hiptx import _fields
from hiptx.errors import InvalidValueError

__all__ = [
    "LOINC",
    "SNOMED_CT",
    "AllowedCode",
    "Code",
    "Terminology",
    "allowed_codes",
    "terminologies",
]
#: What the root package re-exports (tools/generate_exports.py): the rest is used
#: as hiptx.codes.NAME.
__root__ = ("Code",)


def __dir__() -> list[str]:
    return __all__


#: The FHIR system URI of SNOMED CT.
SNOMED_CT = "http://snomed.info/sct"
#: The FHIR system URI of LOINC.
LOINC = "http://loinc.org"
_SYSTEMS = (SNOMED_CT, LOINC)


@attrs.frozen(kw_only=True)
class Terminology:
    """A code system hiptx uses, with its licence and the notice to ship with it.

    Args:
        system: The FHIR system URI.
        name: Its name, with the subset used.
        source_id: The catalog :class:`~hiptx.Source` that records where the codes
            were read.
        licence: The licence the codes are used under.
        notice: The attribution text the licence asks to be shipped.

    Example:
        >>> from hiptx.codes import SNOMED_CT, terminologies
        >>> terminologies()[SNOMED_CT].licence
        'Creative Commons Attribution 4.0 International (CC BY 4.0)'

    .. versionadded:: 0.2.0
    """

    system: str
    name: str
    source_id: str
    licence: str
    notice: str


@attrs.frozen(kw_only=True)
class AllowedCode:
    """One entry of the allow-list: a code, its display and what it fits.

    Args:
        system: The FHIR system URI.
        code: The code.
        display: The display, exactly as the code system's published subset gives it.
        fits: What in hiptx it fits, where the allow-list says (else ``None``).

    Example:
        >>> from hiptx.codes import SNOMED_CT, allowed_codes
        >>> allowed_codes()[SNOMED_CT, "52734007"].display
        'Total replacement of hip'

    .. versionadded:: 0.2.0
    """

    system: str
    code: str
    display: str
    fits: str | None = None


@functools.cache
def _allow_list() -> tuple[dict[str, Terminology], dict[tuple[str, str], AllowedCode]]:
    import importlib_resources

    raw = json.loads(
        importlib_resources.files("hiptx").joinpath("data", "codes.json").read_text("utf-8")
    )
    systems = {t["system"]: Terminology(**t) for t in raw["terminologies"]}
    codes = {(c["system"], c["code"]): AllowedCode(**c) for c in raw["codes"]}
    return systems, codes


def allowed_codes() -> Mapping[tuple[str, str], AllowedCode]:
    """Every code hiptx may use, by ``(system, code)``.

    Example:
        >>> from hiptx.codes import LOINC, allowed_codes
        >>> allowed_codes()[LOINC, "72514-3"].display
        'Pain severity - 0-10 verbal numeric rating [Score] - Reported'

    .. versionadded:: 0.2.0
    """
    return _allow_list()[1]


def terminologies() -> Mapping[str, Terminology]:
    """The code systems hiptx uses, by system URI, with their licence notices.

    Example:
        >>> from hiptx.codes import LOINC, terminologies
        >>> terminologies()[LOINC].source_id
        'loinc'

    .. versionadded:: 0.2.0
    """
    return _allow_list()[0]


def _system_is_known(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _SYSTEMS:
        raise InvalidValueError(attribute.name, value, f"one of {', '.join(_SYSTEMS)}")


def _code_is_allowed(instance: Code, _: attrs.Attribute[str], value: str) -> None:
    codes = allowed_codes()
    entry = codes.get((instance.system, value))
    if entry is None:
        listed = ", ".join(c for s, c in codes if s == instance.system)
        raise InvalidValueError(
            "code", value, f"a code on hiptx's allow-list for {instance.system}: {listed}"
        )


def _display_matches(instance: Code, _: attrs.Attribute[str], value: str) -> None:
    expected = allowed_codes()[instance.system, instance.code].display
    if value != expected:
        raise InvalidValueError("display", value, f"the display of {instance.code}, {expected!r}")


@attrs.frozen(kw_only=True)
class Code:
    """A standard code for a catalog object: a SNOMED CT (IPS Free Set) or LOINC code.

    Only codes on hiptx's allow-list are accepted, each with its published display.
    A code marks what an object *is* (e.g. "Total replacement of hip"); where the
    closest code is more general than the object (the SNOMED CT code for
    arthroscopy on hip arthroscopy), the object's name says the rest.

    Args:
        system: ``"http://snomed.info/sct"`` or ``"http://loinc.org"``.
        code: The code, on the allow-list.
        display: Its display, exactly as on the allow-list.

    Raises:
        InvalidValueError: an unknown system, a code not on the allow-list, or a
            display that differs from the list's.

    Example:
        >>> import hiptx
        >>> hiptx.Code(system="http://snomed.info/sct", code="52734007",
        ...            display="Total replacement of hip").code
        '52734007'
        >>> hiptx.Code(system="http://snomed.info/sct", code="229065009",
        ...            display="Exercise therapy")
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidValueError: code: '229065009' is not allowed; expected a code on hiptx's allow-list for http://snomed.info/sct: ...

    .. versionadded:: 0.2.0
    """

    system: str = attrs.field(**_fields.text(also=_system_is_known))
    code: str = attrs.field(**_fields.text(also=_code_is_allowed))
    display: str = attrs.field(**_fields.text(also=_display_matches))

    @property
    def terminology(self) -> Terminology:
        """The code system it comes from, with its licence and notice.

        Example:
            >>> import hiptx
            >>> hiptx.Code(system="http://loinc.org", code="72514-3",
            ...     display="Pain severity - 0-10 verbal numeric rating [Score] - Reported"
            ...     ).terminology.name
            'LOINC'
        """
        return terminologies()[self.system]
