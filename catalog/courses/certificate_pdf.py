"""A course certificate as a PDF (fpdf2, on checkout/pdf_document.py's page): who passed which
course, its hours and credits, the score, the date, the number and where anyone can check it."""
from django.utils import formats
from django.utils.translation import gettext as _

from checkout.pdf_document import Document


def certificate_pdf(certificate, verify_url):
    """The PDF's bytes. ``verify_url`` is the public page's full address with number and code."""
    doc = Document()
    doc.ln(20)
    doc.text_line("Body Best", size=14, bold=True, height=8)
    doc.text_line(_("Certificate of completion"), size=22, bold=True, height=14)
    doc.ln(6)
    doc.text_line(_("This certifies that"), size=11, height=7)
    doc.text_line(certificate.name, size=18, bold=True, height=11)
    doc.text_line(_("completed the online course"), size=11, height=7)
    doc.text_line(certificate.course_title, size=15, bold=True, height=10)
    doc.ln(6)
    doc.text_line(_("Hours of study: %(hours)s") % {"hours": formats.number_format(certificate.hours, 1)}, size=11, height=7)
    doc.text_line(_("Continuing education credits: %(credits)s") % {"credits": formats.number_format(certificate.credits, 1)},
                  size=11, height=7)
    doc.text_line(_("Quiz score: %(score)s%%") % {"score": certificate.score}, size=11, height=7)
    doc.text_line(_("Date: %(date)s") % {"date": certificate.issued.date().isoformat()}, size=11, height=7)
    doc.ln(8)
    doc.text_line(_("Certificate number: %(number)s") % {"number": certificate.number}, size=10, height=6)
    doc.text_line(_("Check code: %(code)s") % {"code": certificate.code}, size=10, height=6)
    doc.text_line(_("Check it at:"), size=10, height=6)
    doc.set_font("DejaVu", "", 9)
    doc.multi_cell(0, 5, verify_url, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())
