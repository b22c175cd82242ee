"""HTML that staff write (article bodies, product and category descriptions, store pages) made
safe to put on a page. The sanitizer (nh3, Rust's ammonia) keeps headings, lists, links, images,
tables and quotes, and drops scripts, event handlers, styles and ``javascript:`` links, so not
even a staff account can put script on a page. Rows are cleaned when rendered, so text saved
before this existed is covered too."""
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
    "blockquote", "strong", "em", "b", "i",
    "a", "img", "figure", "figcaption", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"scope"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_staff_html(html):
    """Staff-written HTML, with everything outside the allowed tags, attributes and link
    schemes removed, marked safe for templates."""
    return mark_safe(nh3.clean(  # noqa: S308 (the output of the sanitizer is what is safe)
        str(html or ""), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    ))
