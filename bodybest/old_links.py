"""The old Shopify store's addresses and the pages of ours they now answer with.

An importer (or anything else that creates a page for an old handle) calls ``record``; the
middleware in bodybest/old_link_redirects.py calls ``lookup`` for a Shopify-shaped path only.
Paths are compared normalised (``normalise``): lower-case, no query or fragment, no trailing
slash, a full URL reduced to its path, so ``/Products/Whey-Isolate/?variant=1`` and
``https://bodybest.ca/products/whey-isolate`` are one old link.
"""
from urllib.parse import unquote, urlsplit

from .models import OldLink

MAX_LENGTH = OldLink._meta.get_field("path").max_length
KINDS = {value for value, _label in OldLink.KIND_CHOICES}
SOURCES = {value for value, _label in OldLink.SOURCE_CHOICES}


def normalise(old_path):
    """``old_path`` (a path or a full URL of the old store) as it is stored: '/a/b', lower-case,
    percent-escapes decoded, without query, fragment or trailing slash ('/' stays '/')."""
    value = (old_path or "").strip()
    try:
        value = urlsplit(value).path
    except ValueError:  # an unbalanced IPv6 bracket in a pasted URL
        value = value.split("?", 1)[0].split("#", 1)[0]
    value = unquote(value).lower()
    if not value.startswith("/"):
        value = "/" + value
    return value.rstrip("/") or "/"


def is_local_target(target_url):
    """Whether ``target_url`` is a path on this site ('/...', never '//host' or '/\\host'), the
    only kind of address an old link may send a visitor to."""
    if not isinstance(target_url, str) or not target_url.startswith("/"):
        return False
    if target_url.startswith(("//", "/\\")) or len(target_url) > MAX_LENGTH:
        return False
    return not any(ord(character) < 32 or ord(character) == 127 for character in target_url)


def record(old_path, target_url, kind, source="import"):
    """Remember that the old store's ``old_path`` now lives at ``target_url``; returns the OldLink.

    - ``old_path``: the Shopify path or full URL (``/products/whey-isolate``); normalised, so
      case, a trailing slash and a query do not make a second record.
    - ``target_url``: a path on this site (``/catalogue/whey-isolate_12/``), English form; the
      French visitor is sent on by bodybest/language.py. Anything else (another host, ``//host``,
      a control character, an old Shopify address that would redirect again) raises ValueError:
      an old link never leaves the site and never loops.
    - ``kind``: 'product', 'collection', 'article', 'blog', 'page' or 'other' (ValueError else).
    - ``source``: 'import' (the default) or 'staff'.

    Idempotent: recording the same path again updates that row in place (target and kind), so
    re-running an import changes nothing and a later one follows a moved page. One exception: a
    link staff set by hand (source 'staff') is not overwritten by an import; it is returned as is.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {sorted(KINDS)}")
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}; one of {sorted(SOURCES)}")
    if not is_local_target(target_url):
        raise ValueError(f"an old link must lead to a path on this site, not {target_url!r}")
    from .old_link_redirects import is_old_address  # it reads this module's records

    if is_old_address(target_url):
        raise ValueError(f"{target_url!r} is an old address itself: it would redirect again")
    path = normalise(old_path)
    if len(path) > MAX_LENGTH:
        raise ValueError(f"old path longer than {MAX_LENGTH} characters")
    link = OldLink.objects.filter(path=path).first()
    if link is None:
        return OldLink.objects.create(path=path, target_url=target_url, kind=kind, source=source)
    if link.source == "staff" and source == "import":
        return link
    if (link.target_url, link.kind, link.source) != (target_url, kind, source):
        link.target_url, link.kind, link.source = target_url, kind, source
        link.save(update_fields=["target_url", "kind", "source", "updated_at"])
    return link


def lookup(path):
    """The target path recorded for the old ``path`` (normalised first), or None: one query on
    the unique index of ``OldLink.path``, whatever the number of old links."""
    key = normalise(path)
    if len(key) > MAX_LENGTH:
        return None
    return OldLink.objects.filter(path=key).values_list("target_url", flat=True).first()
