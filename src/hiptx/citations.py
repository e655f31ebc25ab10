"""Citations people can follow: formatted references, resolver links and CSL-JSON.

Everything here is built from what a :class:`~hiptx.Source` records, and nothing
else: no year, journal, DOI or id is looked up or guessed. A DOI, PubMed id or
PubMed Central id becomes a link to its standard resolver (doi.org, PubMed, PMC).
A descriptive title (hiptx's description, not the document's own) is shown in
square brackets, the usual mark of a supplied title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.model import Source
from hiptx.vocab import SourceKind

__all__ = ["STYLES", "cite", "links", "to_csl_json"]


def __dir__() -> list[str]:
    return __all__


#: The citation styles :func:`cite` knows.
STYLES = ("vancouver", "apa")

# A personal author as the catalog writes them in the Vancouver form: "Griffin DR".
_VANCOUVER_NAME = re.compile(r"^(?P<family>[^,]+?) (?P<initials>[A-Z]{1,4})$")
# "Lancet 2018;391(10136):2225-35": journal, year, volume, issue, pages.
_JOURNAL_REFERENCE = re.compile(
    r"^(?P<journal>[^;]+?)\.? (?P<year>\d{4});(?P<volume>[0-9A-Za-z-]+)"
    r"(?:\((?P<issue>[^)]+)\))?(?::(?P<page>[0-9A-Za-z-]+))?$"
)
_JOURNAL_KINDS = frozenset(
    {
        SourceKind.TRIAL,
        SourceKind.SYSTEMATIC_REVIEW,
        SourceKind.COHORT,
        SourceKind.CASE_SERIES,
        SourceKind.NARRATIVE_REVIEW,
        SourceKind.CONSENSUS,
    }
)


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
    found: dict[str, str] = {}
    if source.url is not None:
        found["url"] = source.url
    if source.doi is not None:
        found["doi"] = f"https://doi.org/{source.doi}"
    if source.pmid is not None:
        found["pmid"] = f"https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/"
    if source.pmc is not None:
        found["pmc"] = f"https://www.ncbi.nlm.nih.gov/pmc/articles/{source.pmc}/"
    return found


def _require_source(source: object) -> None:
    if not isinstance(source, Source):
        raise WrongTypeError("source", source, "a hiptx.Source")


def _authors_truncated(source: Source) -> bool:
    # The catalog records "et al." at the start of a note when it lists only the
    # first author (the reference files give no more).
    return bool(source.note and source.note.startswith("et al."))


def _title(source: Source) -> str:
    title = source.title.rstrip(".")
    return f"[{title}]" if source.title_is_descriptive else title


def _identifiers(source: Source, *, vancouver: bool) -> list[str]:
    parts = []
    found = links(source)
    if source.doi is not None:
        parts.append(
            f"doi: {source.doi}. Available from: {found['doi']}" if vancouver else found["doi"]
        )
    if source.pmid is not None:
        parts.append(f"PMID: {source.pmid}. Available from: {found['pmid']}")
    if source.pmc is not None:
        parts.append(f"PMCID: {source.pmc}. Available from: {found['pmc']}")
    if source.url is not None:
        parts.append(f"Available from: {source.url}")
    return parts


def _vancouver(source: Source) -> str:
    parts = []
    if source.authors:
        names = ", ".join(source.authors)
        parts.append(f"{names}, et al" if _authors_truncated(source) else names)
    elif source.publisher is not None:
        parts.append(source.publisher)
    parts.append(_title(source))
    if source.published_in is not None:
        parts.append(source.published_in)
        if source.year is not None and str(source.year) not in source.published_in:
            parts.append(str(source.year))
    elif source.year is not None:
        parts.append(str(source.year))
    parts.extend(_identifiers(source, vancouver=True))
    return " ".join(p if p.endswith(".") else f"{p}." for p in parts)


def _apa_name(name: str) -> str:
    match = _VANCOUVER_NAME.match(name)
    if match is None:
        return name
    initials = " ".join(f"{letter}." for letter in match["initials"])
    return f"{match['family']}, {initials}"


def _apa(source: Source) -> str:
    names = [_apa_name(a) for a in source.authors]
    if names and _authors_truncated(source):
        names.append("et al.")
    who = ", ".join(names) if names else (source.publisher or "")
    year = f"({source.year})" if source.year is not None else "(n.d.)"
    head = f"{who} {year}." if who else f"{_title(source)}. {year}."
    parts = [head]
    if who:
        parts.append(f"{_title(source)}.")
    if source.published_in is not None:
        parts.append(f"{source.published_in.rstrip('.')}.")
    if source.publisher is not None and names:
        parts.append(f"{source.publisher}.")
    found = links(source)
    parts.extend(found[key] for key in ("doi", "pmid", "pmc", "url") if key in found)
    return " ".join(parts)


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
    if style == "vancouver":
        return _vancouver(source)
    if style == "apa":
        return _apa(source)
    raise InvalidValueError("style", style, "one of " + ", ".join(map(repr, STYLES)))


def _csl_type(source: Source) -> str:
    if source.kind is SourceKind.TERMINOLOGY:
        return "dataset"
    if source.kind is SourceKind.GUIDELINE:
        return "report"
    if source.kind in _JOURNAL_KINDS:
        return "article-journal" if source.published_in is not None else "article"
    return "webpage"


def _csl_author(name: str) -> dict[str, str]:
    match = _VANCOUVER_NAME.match(name)
    if match is None:
        return {"literal": name}
    return {"family": match["family"], "given": match["initials"]}


def _csl_container(published_in: str) -> dict[str, str]:
    """A journal reference split into its parts, or the text whole as the container."""
    match = _JOURNAL_REFERENCE.match(published_in)
    if match is None:
        return {"container-title": published_in}
    parts = {"container-title": match["journal"]}
    parts.update({key: match[key] for key in ("volume", "issue", "page") if match[key]})
    return parts


def _csl_item(source: Source) -> dict[str, Any]:
    item: dict[str, Any] = {"id": source.id, "type": _csl_type(source), "title": source.title}
    if source.authors:
        item["author"] = [_csl_author(a) for a in source.authors]
    if source.year is not None:
        item["issued"] = {"date-parts": [[source.year]]}
    if source.published_in is not None:
        item.update(_csl_container(source.published_in))
    if source.publisher is not None:
        item["publisher"] = source.publisher
    identifiers = (
        ("DOI", source.doi),
        ("PMID", source.pmid),
        ("PMCID", source.pmc),
        ("URL", source.url),
    )
    item.update({key: value for key, value in identifiers if value is not None})
    notes = [source.note] if source.note else []
    if source.title_is_descriptive:
        notes.insert(0, "Descriptive title supplied by hiptx, not the document's own.")
    if notes:
        item["note"] = " ".join(notes)
    return item


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
        items.append(_csl_item(source))
    return items
