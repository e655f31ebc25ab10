"""Provenance: the sources behind every figure, citations to them, statements and study findings."""

from __future__ import annotations

import re

import attrs

from hiptx import _fields
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.vocab import (
    EvidenceStrength,
    SourceKind,
)

#: A PubMed id: digits only.
PMID_PATTERN = "^[1-9][0-9]{0,8}$"
#: A PubMed Central id: "PMC" and digits.
PMC_PATTERN = "^PMC[1-9][0-9]{0,8}$"

#: The most participants a study can report: more people than live on Earth
#: (about 8.2 billion) is an error, however large the registry.
MAX_PARTICIPANTS = 10_000_000_000


@attrs.frozen(kw_only=True)
class Citation:
    """A pointer from a figure or claim to the source that backs it.

    Args:
        source_id: The id of a :class:`Source` in the same catalog.
        quote: The source's own words for what it backs (verbatim; whitespace may
            differ).
        locator: Where in the source, e.g. ``"Table 2"`` or ``"Risks"``.

    Example:
        >>> import hiptx
        >>> hiptx.Citation(source_id="fashion-treatments-page", locator="Risks")
        Citation(source_id='fashion-treatments-page', quote=None, locator='Risks')

    .. versionadded:: 0.1.0
    """

    source_id: str = attrs.field(**_fields.slug())
    quote: str | None = attrs.field(default=None, **_fields.text(optional=True))
    locator: str | None = attrs.field(default=None, **_fields.text(optional=True))


def _id_format(pattern: str, allowed: str) -> _fields.FieldSpec:
    """An optional identifier string of a fixed form (a PMID, a PMC id)."""

    def check(_: object, attribute: attrs.Attribute[object], value: object) -> None:
        if not isinstance(value, str):
            raise WrongTypeError(attribute.name, value, "a string")
        # re's own cache compiles the pattern on first use, not at import.
        if not re.match(pattern, value):
            raise InvalidValueError(attribute.name, value, allowed)

    return {
        "validator": _fields.or_none(check),
        "metadata": {_fields.SCHEMA_KEY: {"pattern": pattern}},
    }


@attrs.frozen(kw_only=True)
class Source:
    """A document the catalog cites, with how much weight it can carry.

    Args:
        id: Stable catalog id.
        title: The document's own title.
        authors: Personal authors, as the source names them (may be empty).
        publisher: The organisation that published it, if any.
        year: Year of publication, if known.
        kind: What kind of document it is (trial, guideline, opinion, ...).
        published_in: Journal and volume/pages, for papers.
        url: A web address, if known.
        doi: A DOI, only as given in the project's reference files.
        note: Anything a reader should know when weighing it.
        pmid: Its PubMed id (digits), only as given in the project's reference files.
        pmc: Its PubMed Central id (``"PMC"`` and digits), likewise.
        title_is_descriptive: True where ``title`` is hiptx's description of the
            document rather than its own title (which the reference files do not
            give); citations show such a title in square brackets.

    Example:
        >>> import hiptx
        >>> src = hiptx.load_catalog().sources["fashion-treatments-page"]
        >>> src.kind
        <SourceKind.PATIENT_INFORMATION: 'patient_information'>
        >>> hiptx.load_catalog().sources["griffin-2018-fashion"].pmid
        '29893223'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``pmid``, ``pmc``, ``title_is_descriptive`` and ``cite()``.
    """

    id: str = attrs.field(**_fields.slug())
    title: str = attrs.field(**_fields.text())
    kind: SourceKind = attrs.field(**_fields.choice(SourceKind))
    authors: tuple[str, ...] = attrs.field(default=(), **_fields.items(str))
    publisher: str | None = attrs.field(default=None, **_fields.text(optional=True))
    year: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1900, maximum=2100, optional=True)
    )
    published_in: str | None = attrs.field(default=None, **_fields.text(optional=True))
    url: str | None = attrs.field(default=None, **_fields.text(optional=True))
    doi: str | None = attrs.field(default=None, **_fields.text(optional=True))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))
    pmid: str | None = attrs.field(
        default=None, **_id_format(PMID_PATTERN, "a PubMed id: digits only, e.g. '29893223'")
    )
    pmc: str | None = attrs.field(
        default=None,
        **_id_format(PMC_PATTERN, "a PubMed Central id: 'PMC' and digits, e.g. 'PMC5036255'"),
    )
    title_is_descriptive: bool = attrs.field(default=False, **_fields.flag())

    def cite(self, style: str = "vancouver") -> str:
        """This source as a formatted reference, with its DOI, PMID and PMC id as links.

        A descriptive title (hiptx's description, not the document's own) is shown
        in square brackets. Nothing is added that the source does not record.

        Args:
            style: ``"vancouver"`` (the default) or ``"apa"``.

        Raises:
            InvalidValueError: an unknown style.

        Example:
            >>> import hiptx
            >>> print(hiptx.load_catalog().sources["mellor-2018-leap"].cite())
            Mellor R, et al. [LEAP randomised trial of education plus exercise, corticosteroid injection, or wait and see for gluteal tendinopathy]. BMJ 2018;361:k1662. doi: 10.1136/bmj.k1662. Available from: https://doi.org/10.1136/bmj.k1662. PMID: 29720374. Available from: https://pubmed.ncbi.nlm.nih.gov/29720374/.

        .. versionadded:: 0.2.0
        """
        from hiptx import _cite  # the formatter; hiptx.citations adds the public checks

        return _cite.format_reference(self, style)


@attrs.frozen(kw_only=True)
class Statement:
    """A sentence the catalog states, with the citations behind it.

    Used for features, benefits, diagnostic criteria and claims. Whose claim it is
    follows from its citations' sources and their :class:`SourceKind`.

    Example:
        >>> import hiptx
        >>> s = hiptx.Statement(text="Includes help with pain relief",
        ...                     citations=(hiptx.Citation(source_id="fashion-treatments-page"),))
        >>> s.text
        'Includes help with pain relief'

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))


@attrs.frozen(kw_only=True)
class Evidence:
    """A study finding about a treatment: which study, how many people, what it found.

    Args:
        summary: What the study found, in plain words.
        participants: How many people were studied, where the source says.
        strength: How the figure was read (see :class:`EvidenceStrength`).
        citations: The study and any secondary source it was read in.

    Example:
        >>> import hiptx
        >>> e = hiptx.Evidence(summary="348 randomised", participants=348,
        ...                    strength=hiptx.EvidenceStrength.HIGH,
        ...                    citations=(hiptx.Citation(source_id="griffin-2018-fashion"),))
        >>> e.participants
        348

    .. versionadded:: 0.1.0
    """

    summary: str = attrs.field(**_fields.text())
    strength: EvidenceStrength = attrs.field(**_fields.choice(EvidenceStrength))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    participants: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_PARTICIPANTS, optional=True)
    )
