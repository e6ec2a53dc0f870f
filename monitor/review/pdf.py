"""A plain A4 document in pure Python (fpdf2): headings, paragraphs, key/value rows, tables and
bar charts. Used by the evidence pack and the governors' report.

Text from the internet is hostile here too: bidi controls are shown as tags (drafts.text.visible),
and nothing in it is ever read as markup. A Unicode font (DejaVu Sans) is used where the system
has one; without it the core Helvetica font shows what Latin-1 cannot as '?', and the pack's
evidence.json keeps the exact text.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from fpdf import FPDF

from monitor.drafts.text import visible

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts",
             "/usr/share/fonts/TTF", "/Library/Fonts")
INK, MUTED, BAR = (20, 20, 20), (100, 100, 100), (46, 94, 170)
PALETTE = ((46, 94, 170), (192, 57, 43), (230, 126, 34), (142, 68, 173), (22, 160, 133), (127, 140, 141),
           (212, 172, 13), (44, 62, 80), (39, 174, 96), (149, 165, 166))


def _font() -> tuple[Path, Path] | None:
    extra = os.environ.get("SCHOOLWATCH_PDF_FONT_DIR")
    for folder in ((extra,) if extra else ()) + FONT_DIRS:
        regular, bold = Path(folder) / "DejaVuSans.ttf", Path(folder) / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            return regular, bold
    return None


class Doc:
    def __init__(self, title: str):
        self.pdf = FPDF(format="A4")
        self.pdf.set_margins(18, 16, 18)
        self.pdf.set_auto_page_break(True, 16)
        self.pdf.set_title(visible(title)[:200])
        self.pdf.set_creator("schoolwatch")
        font = _font()
        self.unicode = font is not None
        if font:
            self.pdf.add_font("body", "", str(font[0]))
            self.pdf.add_font("body", "B", str(font[1]))
            self.family = "body"
        else:
            self.family = "helvetica"
        self.pdf.add_page()
        self.width = self.pdf.epw

    def _t(self, text: object) -> str:
        text = visible(str(text if text is not None else ""))
        if not self.unicode:
            text = text.encode("latin-1", "replace").decode("latin-1")
        return text

    def _style(self, size: float, bold: bool = False, colour=INK) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)
        self.pdf.set_text_color(*colour)

    def h1(self, text: str) -> None:
        self._style(16, True)
        self.pdf.multi_cell(self.width, 8, self._t(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def h2(self, text: str) -> None:
        self.pdf.ln(3)
        self._style(12.5, True)
        self.pdf.multi_cell(self.width, 6.5, self._t(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def para(self, text: str, *, size: float = 10, muted: bool = False, bold: bool = False) -> None:
        self._style(size, bold, MUTED if muted else INK)
        self.pdf.multi_cell(self.width, size * 0.5, self._t(text), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def quote(self, text: str) -> None:
        """A post's words, boxed, so they cannot pass for the school's own."""
        self._style(10)
        self.pdf.set_fill_color(243, 243, 243)
        self.pdf.multi_cell(self.width, 5, self._t(text), border=1, fill=True, padding=2,
                            new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def rows(self, pairs: Sequence[tuple[str, object]], key_width: float = 42) -> None:
        for key, value in pairs:
            self._style(9, True)
            y = self.pdf.get_y()
            if y > self.pdf.h - 30:
                self.pdf.add_page()
                y = self.pdf.get_y()
            self.pdf.multi_cell(key_width, 4.6, self._t(key), new_x="RIGHT", new_y="TOP")
            self._style(9)
            self.pdf.set_xy(self.pdf.l_margin + key_width, y)
            self.pdf.multi_cell(self.width - key_width, 4.6, self._t(value), new_x="LMARGIN", new_y="NEXT")
            self.pdf.ln(0.6)

    def table(self, header: Sequence[str], body: Sequence[Sequence[object]], widths: Sequence[float] | None = None,
              size: float = 8.5) -> None:
        widths = list(widths or [1] * len(header))
        scale = self.width / sum(widths)
        cols = [w * scale for w in widths]
        with self.pdf.table(col_widths=cols, text_align="LEFT", line_height=size * 0.5,
                            first_row_as_headings=True) as table:
            self._style(size, True)
            row = table.row()
            for h in header:
                row.cell(self._t(h))
            self._style(size)
            for values in body:
                row = table.row()
                for v in values:
                    row.cell(self._t(v))
        self.pdf.ln(2)

    def bars(self, title: str, data: Sequence[tuple[str, float]], unit: str = "") -> None:
        """A horizontal bar chart: one bar per (label, value)."""
        self._style(10, True)
        self.pdf.multi_cell(self.width, 5, self._t(title), new_x="LMARGIN", new_y="NEXT")
        if not data:
            self.para("Nothing to show.", size=9, muted=True)
            return
        top = max(v for _, v in data) or 1
        label_w, value_w = 48, 22
        room = self.width - label_w - value_w
        for label, value in data:
            if self.pdf.get_y() > self.pdf.h - 24:
                self.pdf.add_page()
            y = self.pdf.get_y()
            self._style(8.5)
            self.pdf.set_xy(self.pdf.l_margin, y)
            self.pdf.cell(label_w, 5, self._t(label)[:34])
            self.pdf.set_fill_color(*BAR)
            w = room * (value / top) if value > 0 else 0
            if w > 0:
                self.pdf.rect(self.pdf.l_margin + label_w, y + 0.8, max(w, 0.4), 3.4, style="F")
            self.pdf.set_xy(self.pdf.l_margin + label_w + w + 1.5, y)
            self.pdf.cell(value_w, 5, self._t(f"{value:g}{unit}"))
            self.pdf.set_xy(self.pdf.l_margin, y + 5.2)
        self.pdf.ln(2)

    def stacked(self, title: str, rows: Sequence[tuple[str, Sequence[tuple[str, float]]]],
                keys: Sequence[str], name=str) -> None:
        """One bar per row, stacked by key (a month's counts by category), with a legend."""
        self._style(10, True)
        self.pdf.multi_cell(self.width, 5, self._t(title), new_x="LMARGIN", new_y="NEXT")
        if not rows:
            self.para("Nothing to show.", size=9, muted=True)
            return
        colour = {k: PALETTE[n % len(PALETTE)] for n, k in enumerate(keys)}
        top = max(sum(v for _, v in parts) for _, parts in rows) or 1
        label_w, room = 30, self.width - 30 - 14
        for label, parts in rows:
            if self.pdf.get_y() > self.pdf.h - 24:
                self.pdf.add_page()
            y, x = self.pdf.get_y(), self.pdf.l_margin + label_w
            self._style(8.5)
            self.pdf.set_xy(self.pdf.l_margin, y)
            self.pdf.cell(label_w, 5, self._t(label))
            for key, v in parts:
                w = room * v / top
                self.pdf.set_fill_color(*colour[key])
                self.pdf.rect(x, y + 0.8, w, 3.4, style="F")
                x += w
            self.pdf.set_xy(x + 1.5, y)
            self.pdf.cell(12, 5, self._t(f"{sum(v for _, v in parts):g}"))
            self.pdf.set_xy(self.pdf.l_margin, y + 5.2)
        self._style(7.5)
        x = self.pdf.l_margin
        for key in keys:
            if x > self.pdf.l_margin + self.width - 40:
                x = self.pdf.l_margin
                self.pdf.ln(4.5)
            y = self.pdf.get_y()
            self.pdf.set_fill_color(*colour[key])
            self.pdf.rect(x, y + 1, 3, 3, style="F")
            self.pdf.set_xy(x + 4, y)
            self.pdf.cell(36, 5, self._t(name(key)))
            x += 42
        self.pdf.set_xy(self.pdf.l_margin, self.pdf.get_y() + 7)

    def image(self, path: Path, max_height: float = 120) -> bool:
        try:
            self.pdf.image(str(path), w=min(self.width, 120), h=0, keep_aspect_ratio=True)
        except Exception:  # noqa: BLE001 - a screenshot the PDF cannot show is still in the pack
            return False
        self.pdf.ln(2)
        return True

    def save(self, path: Path) -> Path:
        self.pdf.output(str(path))
        return path
