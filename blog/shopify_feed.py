"""Reading the old Shopify blog's Atom feed (``/blogs/<blog>.atom``, saved to a file) into plain
``EntryPlan`` values (no database), each entry numbered as it stands in the feed.

Shopify writes one ``<entry>`` per article: ``<id>`` ``https://shop/blogs/news/<number>`` (kept
to find the article again), ``<link rel="alternate">`` to ``/blogs/<blog>/<handle>``, ``<title>``,
``<author><name>``, ``<published>`` and ``<updated>``, ``<content type="html">`` with the article's
HTML escaped inside, ``<summary type="html">``, a ``<category term>`` per tag, and sometimes a
``<media:thumbnail>``/``<media:content>`` picture.

The XML is read by the standard library's ElementTree through defusedxml, which refuses DTDs,
entity declarations and external references (an XML bomb or a file on this machine named in the
feed) instead of expanding them. Anything that is not well-formed Atom raises ``ValueError``
with the line and column, which the command shows as its error.
"""
import html
import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

import defusedxml
import nh3
from defusedxml.ElementTree import parse
from django.utils import timezone
from django.utils.text import Truncator

ATOM = "{http://www.w3.org/2005/Atom}"
MEDIA = "{http://search.yahoo.com/mrss/}"
EXCERPT_LENGTH = 300  # Article.excerpt's max_length
DEFAULT_BLOG = "news"  # Shopify's first blog


class Refused(ValueError):
    """The message says why the entry was refused, for the report."""


@dataclass
class EntryPlan:
    number: int  # the entry's place in the feed, from 1
    entry_id: str
    blog: str
    handle: str
    title: str
    author: str
    published: datetime
    content: str  # Shopify's HTML, not yet sanitised
    summary: str  # plain text
    tags: list = field(default_factory=list)
    media_image: str = ""  # a media element's picture URL, if any

    @property
    def old_path(self):
        return f"/blogs/{self.blog}/{self.handle}"


@dataclass
class Feed:
    entries: list  # EntryPlan
    refusals: list  # (number, handle or id, reason)


def read_feed(path, *, blog=None):
    """The feed's entries as plans and the entries refused; ``blog`` names the old blog when
    the entries' links do not (default: the links' own, else 'news'). Raises ``ValueError``
    when the file is not a well-formed Atom feed and ``OSError`` when it cannot be read."""
    try:
        root = parse(path, forbid_dtd=True).getroot()  # bytes: the XML declaration (or a BOM) says the encoding
    except ParseError as error:
        line, column = error.position
        raise ValueError(f"{path} is not well-formed XML (line {line}, column {column + 1}): "
                         f"{str(error).split(':')[0]}. Save the feed again from the old store.") from None
    except defusedxml.DefusedXmlException as error:
        raise ValueError(f"{path} declares a DTD or entities ({type(error).__name__}), which a "
                         "Shopify feed never does; it was not read.") from None
    if root.tag != f"{ATOM}feed":
        raise ValueError(f"{path} is not an Atom feed (its root element is {_local(root.tag)!r}, "
                         "not 'feed'). Save /blogs/<blog>.atom from the old store.")
    feed_blog = blog or _blog_and_handle(_alternate(root))[0] or _blog_of_feed_id(root)
    feed_author = _text(root.find(f"{ATOM}author/{ATOM}name"))
    entries, refusals = [], []
    for number, entry in enumerate(root.iter(f"{ATOM}entry"), start=1):
        try:
            entries.append(plan_entry(entry, number, blog=blog, feed_blog=feed_blog, feed_author=feed_author))
        except Refused as refusal:
            name = _blog_and_handle(_alternate(entry))[1] or _text(entry.find(f"{ATOM}id"))
            refusals.append((number, name, str(refusal)))
    return Feed(entries, refusals)


def plan_entry(entry, number, *, blog=None, feed_blog="", feed_author=""):
    """One ``<entry>`` as an ``EntryPlan``; raises ``Refused`` with the reason."""
    title = _plain(_text(entry.find(f"{ATOM}title")))
    if not title:
        raise Refused("The entry has no title.")
    link_blog, handle = _blog_and_handle(_alternate(entry))
    entry_id = _text(entry.find(f"{ATOM}id")) or _alternate(entry)
    if not entry_id:
        raise Refused("The entry has neither an id nor a link, so it could not be found again.")
    content = _text(entry.find(f"{ATOM}content"))
    if not _has_body(content):
        raise Refused("The entry's content is empty.")
    published_text = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
    summary = _plain(_text(entry.find(f"{ATOM}summary"))) or _plain(content)
    return EntryPlan(
        number=number, entry_id=entry_id[:500],
        blog=(blog or link_blog or feed_blog or DEFAULT_BLOG).lower(),
        handle=handle, title=title[:200],
        author=(_text(entry.find(f"{ATOM}author/{ATOM}name")) or feed_author or "Body Best")[:120],
        published=parse_date(published_text),
        content=content,
        summary=Truncator(summary).chars(EXCERPT_LENGTH),
        tags=list(dict.fromkeys(t for t in (c.get("term", "").strip() for c in entry.iter(f"{ATOM}category")) if t)),
        media_image=_media_image(entry),
    )


def parse_date(text):
    """An Atom date (RFC 3339, ``2024-03-05T09:30:00-05:00``) as an aware datetime; one without
    an offset is taken in the store's time zone. Raises ``Refused``."""
    if not text:
        raise Refused("The entry has no published date.")
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Refused(f"The published date {text!r} is not a date.") from None
    return value if timezone.is_aware(value) else timezone.make_aware(value)


def _text(element):
    return (element.text or "").strip() if element is not None else ""


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def _plain(fragment):
    """HTML (a title or summary of type html, or the content) as one line of plain text."""
    text = html.unescape(nh3.clean(fragment or "", tags=set()))
    return re.sub(r"\s+", " ", text).strip()


def _has_body(content):
    return bool(_plain(content)) or "<img" in (content or "").lower()


def _alternate(element):
    for link in element.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return ""


def _blog_and_handle(url):
    """``https://shop/blogs/news/oil-care`` → ('news', 'oil-care'); ('news', '') for the blog's
    own page; ('', '') for anything else."""
    parts = [unquote(p) for p in urlsplit(url or "").path.strip("/").split("/")]
    if len(parts) >= 2 and parts[0] == "blogs" and parts[1]:
        return parts[1].removesuffix(".atom").lower(), (parts[2] if len(parts) >= 3 else "")
    return "", ""


def _blog_of_feed_id(root):
    return _blog_and_handle(_text(root.find(f"{ATOM}id")))[0]


def _media_image(entry):
    for tag in (f"{MEDIA}thumbnail", f"{MEDIA}content"):
        found = entry.find(tag)
        if found is not None and found.get("url"):
            return found.get("url").strip()
    return ""
