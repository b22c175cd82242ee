"""The page our PDF files are written on (fpdf2, Letter, DejaVu Sans embedded for accents and the
dollar sign) and its small helpers: the invoices and credit notes (checkout/invoice_pdf.py), the
packing slips (checkout/packing_slips.py) and the pick list (checkout/pick_lists.py)."""
from pathlib import Path

from django.conf import settings
from fpdf import FPDF

FONT_DIR = Path(getattr(settings, "INVOICE_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))


class Document(FPDF):
    def __init__(self):
        super().__init__(format="Letter")
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_font("DejaVu", size=10)
        self.set_auto_page_break(True, margin=18)
        self.add_page()

    def text_line(self, text, size=10, bold=False, height=5):
        self.set_font("DejaVu", "B" if bold else "", size)
        self.cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    def row(self, cells, widths, bold=False, aligns=None):
        self.set_font("DejaVu", "B" if bold else "", 10)
        aligns = aligns or ["L"] + ["R"] * (len(cells) - 1)
        for text, width, align in zip(cells, widths, aligns):
            self.cell(width, 6, text, align=align)
        self.ln(6)


def fit(text, length):
    """A long product name cut to its column, marked as cut."""
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"
