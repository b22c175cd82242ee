"""Article bodies: Markdown in, sanitized HTML out. The sanitizer (nh3, Rust's ammonia) keeps
headings, lists, links, images and quotes, and drops scripts, event handlers, styles and
``javascript:`` links, so not even a staff account can put script on a page."""
import markdown
import nh3

ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i",
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
    """Markdown to safe HTML. Also the editor's live preview (MARKDOWNX_MARKDOWNIFY_FUNCTION)."""
    return sanitize(markdown.markdown(text or "", extensions=["extra", "sane_lists"], output_format="html"))


def reading_minutes(text, words_per_minute=200):
    """Minutes to read, rounded up, at least 1."""
    words = len((text or "").split())
    return max(1, -(-words // words_per_minute))
