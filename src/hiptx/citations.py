"""Citations people can follow: formatted references, resolver links and CSL-JSON.

Everything here is built from what a :class:`~hiptx.Source` records, and nothing
else: no year, journal, DOI or id is looked up or guessed. A DOI, PubMed id or
PubMed Central id becomes a link to its standard resolver (doi.org, PubMed, PMC).
A descriptive title (hiptx's description, not the document's own) is shown in
square brackets, the usual mark of a supplied title.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hiptx import _cite
from hiptx.errors import WrongTypeError
from hiptx.model import Source

__all__ = ["STYLES", "cite", "links", "to_csl_json"]
#: What the root package re-exports (tools/generate_exports.py): the rest is used
#: as hiptx.citations.NAME.
__root__ = ("to_csl_json",)


def __dir__() -> list[str]:
    return __all__


#: The citation styles :func:`cite` knows.
#: The citation styles :func:`cite` knows.
STYLES = _cite.STYLES


def links(source: Source) -> dict[str, str]:
    """The resolver links of a source's identifiers, and its own URL, by kind.

    Keys are ``"url"``, ``"doi"``, ``"pmid"`` and ``"pmc"``, present only where the
    source records that identifier.

    Example:
        >>> import hiptx
        >>> from hiptx.citations import links
        >>> links(hiptx.load_catalog().sources["wall-2016-personalised-hip-therapy"])
        {'doi': 'https://doi.org/10.1136/bjsports-2016-096368', 'pmc': 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5036255/'}

    .. versionadded:: 0.2.0
    """
    _require_source(source)
    return _cite.resolver_links(source)


def _require_source(source: object) -> None:
    if not isinstance(source, Source):
        raise WrongTypeError("source", source, "a hiptx.Source")


def cite(source: Source, style: str = "vancouver") -> str:
    """A source as a formatted reference (see ``Source.cite``).

    Args:
        source: The source.
        style: ``"vancouver"`` (the default) or ``"apa"``.

    Raises:
        WrongTypeError: ``source`` is not a :class:`~hiptx.Source`.
        InvalidValueError: an unknown style.

    Example:
        >>> import hiptx
        >>> from hiptx.citations import cite
        >>> print(cite(hiptx.load_catalog().sources["bolia-2018-vte"], "apa"))
        Bolia, I. K., et al. (2018). [Systematic review and meta-analysis of venous thromboembolism after hip arthroscopy (4,577 hips)]. J Hip Preserv Surg 2018;5(3):190-201. https://doi.org/10.1093/jhps/hny029 https://pubmed.ncbi.nlm.nih.gov/30393545/
        >>> cite(hiptx.load_catalog().sources["bolia-2018-vte"], "harvard")
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidValueError: style: 'harvard' is not allowed; expected one of 'vancouver', 'apa'

    .. versionadded:: 0.2.0
    """
    _require_source(source)
    return _cite.format_reference(source, style)


def to_csl_json(sources: Iterable[Source]) -> list[dict[str, Any]]:
    """Sources as CSL-JSON items, for reference managers (Zotero, Mendeley, pandoc).

    Each item carries only what the source records. A journal reference such as
    ``"Lancet 2018;391(10136):2225-35"`` is split into container title, volume,
    issue and pages; any other ``published_in`` text is kept whole as the
    container title. A descriptive title is said to be one in the item's note.

    Args:
        sources: The sources, e.g. ``catalog.sources.values()``.

    Raises:
        WrongTypeError: an item that is not a :class:`~hiptx.Source`.

    Example:
        >>> import hiptx
        >>> item, = hiptx.to_csl_json([hiptx.load_catalog().sources["griffin-2018-fashion"]])
        >>> item["container-title"], item["volume"], item["issue"], item["page"], item["PMID"]
        ('Lancet', '391', '10136', '2225-35', '29893223')

    .. versionadded:: 0.2.0
    """
    items = []
    for source in sources:
        _require_source(source)
        items.append(_cite.csl_item(source))
    return items
