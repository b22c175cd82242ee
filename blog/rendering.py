"""Article bodies: Markdown in, sanitized HTML out. The sanitizer (nh3, Rust's ammonia) keeps
headings, lists, links, images and quotes, and drops scripts, event handlers, styles and
``javascript:`` links, so not even a staff account can put script on a page."""
import re

import markdown
import nh3
from django.core.exceptions import ValidationError

from blog.markdown_limits import check_nesting

_H1 = re.compile(r"<(/?)h1(\s[^>]*)?>")

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
URL_SCHEMES = {"http", "https", "mailto"}


def sanitize(html):
    return nh3.clean(
        html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_markdown(text):
    """Markdown to safe HTML. Also the editor's live preview (MARKDOWNX_MARKDOWNIFY_FUNCTION).
    The page's title is its only h1, so a ``# Heading`` in the body becomes an h2. Text nested
    past blog/markdown_limits.py's limits raises ValidationError before Markdown runs."""
    check_nesting(text)
    try:
        html = markdown.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html")
    except RecursionError:  # a structure the limits do not foresee: refused all the same
        raise ValidationError("This text is nested too deeply to show. Please simplify it.",
                              code="too_deep") from None
    return sanitize(_H1.sub(r"<\1h2\2>", html))


def reading_minutes(text, words_per_minute=200):
    """Minutes to read, rounded up, at least 1."""
    words = len((text or "").split())
    return max(1, -(-words // words_per_minute))
