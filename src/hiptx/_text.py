"""What counts as one line of visible text, and what an id looks like.

The character rules every text field follows (no control, separator,
bidirectional-override, tag or surrogate character; nothing invisible at either
end), the id slug, each as a Python pattern and as the JSON-Schema pattern that says
the same, and :func:`text_problem`, which words a refusal. ``_fields`` builds the
field validators from them.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["GOOD_TEXT", "SLUG", "SLUG_PATTERN", "TEXT_PATTERN", "text_problem"]


class _CompiledOnUse:
    """A module-level regex compiled on first use, which then takes its own place.

    The bundled catalog loads without running a validator, so ``import hiptx`` and
    ``hiptx show`` need none of these patterns; compiling them all at import cost
    a fresh process about 2 ms. On first use the compiled pattern replaces this
    object in the module's globals, so later calls go straight to it.
    """

    __slots__ = ("_name", "_pattern")

    def __init__(self, name: str, pattern: str) -> None:
        self._name, self._pattern = name, pattern

    def __getattr__(self, attribute: str) -> Any:
        compiled = re.compile(self._pattern)
        globals()[self._name] = compiled
        return getattr(compiled, attribute)


def _pattern(name: str, pattern: str) -> re.Pattern[str]:
    return _CompiledOnUse(name, pattern)  # type: ignore[return-value]


#: Ids are lower-case kebab-case slugs: letters and digits joined by single hyphens.
#: ``(?!\n)`` after ``$``: a schema validator using Python's ``re.search`` would
#: otherwise accept a trailing newline, which ``$`` matches before (ECMA-262's ``$``
#: matches only at the end, where the lookahead holds trivially).
SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$(?!\n)"
SLUG = _pattern("SLUG", SLUG_PATTERN)


# Characters no text field may hold: C0 and C1 control characters (newline and tab
# included: no field is multi-line), lone surrogates (they cannot be encoded, so
# every renderer would crash) and the bidirectional embedding, override and
# isolate controls (they can make text display in an order other than stored).
# The line and paragraph separators (U+2028, U+2029) too: a renderer breaks the
# line there, so a one-line field could show a second line of its own. And the
# tag characters (U+E0000-U+E007F), invisible text that can carry hidden words.
_FORBIDDEN_BMP = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_FORBIDDEN_CHARS = f"{_FORBIDDEN_BMP}\ud800-\udfff\U000e0000-\U000e007f"
_FORBIDDEN = _pattern("_FORBIDDEN", f"[{_FORBIDDEN_CHARS}]")
# Characters that show nothing: zero-width spaces and joiners, the left-to-right,
# right-to-left and Arabic letter marks, word joiners and invisible operators, the
# soft hyphen, fillers (Hangul, braille blank, halfwidth) and variation selectors.
# None may stand at either end of a value (where it is invisible and changes how
# the text joins or reads), and a value made only of these and spaces is blank.
_INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f"
    "\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
_INVISIBLE = _pattern("_INVISIBLE", f"[\\s{_INVISIBLE_CHARS}]*")

# Valid text in one match: a visible first and last character (not whitespace,
# not invisible, not forbidden) and no forbidden character between them.
_EDGE = f"[^\\s{_INVISIBLE_CHARS}{_FORBIDDEN_CHARS}]"
GOOD_TEXT = _pattern("GOOD_TEXT", f"{_EDGE}(?:[^{_FORBIDDEN_CHARS}]*{_EDGE})?")


def _ecma(chars: str) -> str:
    """A character-class body with every non-ASCII or control character escaped for ECMA-262."""
    return "".join(c if c.isascii() and c.isprintable() else f"\\u{ord(c):04x}" for c in chars)


#: The JSON-Schema pattern of every text field (ECMA-262 syntax, read the same by
#: Python's ``re``): no forbidden character, no whitespace or invisible character
#: at either end, and no trailing newline for ``$`` to match before. (The tag
#: characters lie outside the Basic Multilingual Plane, which a ``\\u`` escape
#: cannot name in both dialects: the schema leaves them to the loader.)
TEXT_PATTERN = (
    f"^(?![\\s{_ecma(_INVISIBLE_CHARS)}])"
    f"(?![\\s\\S]*[\\s{_ecma(_INVISIBLE_CHARS)}]$)"
    f"[^{_ecma(_FORBIDDEN_BMP)}]+$(?!\\n)"
)


def text_problem(value: str) -> str | None:
    """What is wrong with ``value`` as text, or ``None`` if nothing is."""
    if _INVISIBLE.fullmatch(value):
        return "a non-empty string"
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        return (
            f"text without control, line-separator, bidirectional-override, tag or "
            "surrogate characters "
            f"(found U+{ord(bad.group()):04X} at index {bad.start()})"
        )
    if value != value.strip():
        return "text without leading or trailing whitespace"
    for position in (0, len(value) - 1):
        if _INVISIBLE.fullmatch(value[position]):
            return (
                "text without an invisible character (zero-width, direction mark, soft "
                f"hyphen, filler) at either end (found U+{ord(value[position]):04X} at "
                f"index {position})"
            )
    return None
