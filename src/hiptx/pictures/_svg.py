"""A few lines of hand-written SVG: shapes, text that wraps, and the accessible frame.

No plotting library: every picture is a list of SVG elements written here, so the
pictures need nothing beyond the standard library and render the same everywhere.
Text widths are estimated from the character count (the pictures use one
sans-serif font at a few sizes), generously, so a label never overflows its box.
"""

from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape

#: Colours of the four outcomes and of the figure kinds; each also has a word or a
#: shape beside it, so no meaning rests on colour alone.
INK = "#1f2933"
MUTED = "#52606d"
GRID = "#d9e2ec"
BLUE = "#2f6fb0"
LIGHT_BLUE = "#cfe0f3"
GREEN = "#2e7d32"
AMBER = "#9a6700"
ORANGE = "#c2410c"
RED = "#b91c1c"
PAPER = "#ffffff"
PANEL = "#f5f7fa"

#: Average glyph width of the sans-serif font, as a share of the font size (rounded
#: up: a wrapped line a little short is fine, one that overflows is not).
_GLYPH = 0.56

_STYLE = (
    "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',"
    f"Arial,sans-serif;fill:{INK}}}"
    f".muted{{fill:{MUTED}}}.small{{font-size:12px}}.body{{font-size:13px}}"
    ".head{font-size:15px;font-weight:600}.bold{font-weight:600}.italic{font-style:italic}"
)


def wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` wrapped to lines no wider than ``width`` pixels at font ``size``."""
    columns = max(8, int(width / (size * _GLYPH)))
    return textwrap.wrap(text, columns, break_on_hyphens=False) or [""]


class Drawing:
    """The elements of one picture, written top to bottom."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.parts: list[str] = []

    def _add(
        self, tag: str, *attributes: dict[str, float | str], content: str | None = None
    ) -> None:
        """One element, its attributes in order (numbers as ``%g``), ``content`` escaped."""
        shown = "".join(
            f' {name}="{value:g}"' if isinstance(value, (int, float)) else f' {name}="{value}"'
            for group in attributes
            for name, value in group.items()
        )
        if content is None:
            self.parts.append(f"<{tag}{shown}/>")
        else:
            self.parts.append(f"<{tag}{shown}>{escape(content)}</{tag}>")

    def rect(  # noqa: PLR0913 - an SVG rectangle has this many attributes
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        *,
        fill: str = PANEL,
        stroke: str = "none",
        radius: float = 0,
        dash: bool = False,
    ) -> None:
        """A rectangle; ``dash`` draws its outline dashed."""
        self._add(
            "rect",
            {"x": x, "y": y, "width": max(width, 0), "height": height, "rx": radius},
            {"fill": fill, "stroke": stroke, "stroke-width": 1.5},
            {"stroke-dasharray": "5 4"} if dash else {},
        )

    def line(  # noqa: PLR0913 - a line has two ends and a look
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        stroke: str = GRID,
        width: float = 1,
        arrow: bool = False,
    ) -> None:
        """A straight line; ``arrow`` puts an arrow head at its second end."""
        self._add(
            "line",
            {"x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": stroke, "stroke-width": width},
            {"marker-end": "url(#arrow)"} if arrow else {},
        )

    def circle(self, x: float, y: float, radius: float, *, fill: str = BLUE) -> None:
        """A filled circle."""
        self._add("circle", {"cx": x, "cy": y, "r": radius, "fill": fill})

    def diamond(self, x: float, y: float, radius: float, *, fill: str = BLUE) -> None:
        """A filled diamond centred on ``(x, y)``."""
        r = radius
        points = f"{x:g},{y - r:g} {x + r:g},{y:g} {x:g},{y + r:g} {x - r:g},{y:g}"
        self._add("polygon", {"points": points, "fill": fill})

    def text(  # noqa: PLR0913 - a label has a place, a look and an anchor
        self,
        x: float,
        y: float,
        content: str,
        *,
        css: str = "body",
        anchor: str = "start",
        fill: str | None = None,
    ) -> None:
        """One line of text with its baseline at ``y``."""
        self._add(
            "text",
            {"x": x, "y": y, "class": css, "text-anchor": anchor},
            {"style": f"fill:{fill}"} if fill else {},
            content=content,
        )

    def lines(  # noqa: PLR0913 - wrapped text: a box, a size and a look
        self,
        x: float,
        y: float,
        content: str,
        width: float,
        *,
        size: float = 13,
        css: str = "body",
        fill: str | None = None,
    ) -> float:
        """``content`` wrapped to ``width``; returns the ``y`` below its last line."""
        step = size * 1.35
        for row in wrap(content, width, size):
            self.text(x, y + size, row, css=css, fill=fill)
            y += step
        return y

    def render(self, height: float, title: str, description: str) -> str:
        """The whole picture: ``<svg role="img">`` with its ``<title>`` and ``<desc>``."""
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'width="{self.width}" height="{height:g}" viewBox="0 0 {self.width} {height:g}" '
            f'aria-labelledby="hiptx-title hiptx-desc">'
            f'<title id="hiptx-title">{escape(title)}</title>'
            f'<desc id="hiptx-desc">{escape(description)}</desc>'
            f"<style>{_STYLE}</style>"
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            f'<path d="M0,0 L10,5 L0,10 z" fill="{MUTED}"/></marker></defs>'
            f'<rect width="100%" height="100%" fill="{PAPER}"/>' + "".join(self.parts) + "</svg>\n"
        )
