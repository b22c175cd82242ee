"""A lesson's video: embedded only from YouTube (through its no-cookie host) or Vimeo (with
do-not-track); any other address is not embedded at all. The CSP's frame-src names the same two
hosts (bodybest/settings.py)."""
import re
from urllib.parse import parse_qs, urlsplit

EMBED_HOSTS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^[0-9]{1,12}$")


def embed_url(url):
    """The iframe address for a YouTube or Vimeo page address, else None."""
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    segments = [s for s in parts.path.split("/") if s]
    video_id = None
    if host in ("youtube.com", "www.youtube.com", "m.youtube.com", "www.youtube-nocookie.com"):
        if segments == ["watch"]:
            video_id = (parse_qs(parts.query).get("v") or [None])[0]
        elif len(segments) == 2 and segments[0] in ("embed", "shorts", "live"):
            video_id = segments[1]
    elif host == "youtu.be" and len(segments) == 1:
        video_id = segments[0]
    if video_id is not None:
        return f"{EMBED_HOSTS[0]}/embed/{video_id}" if _YOUTUBE_ID.match(video_id) else None
    if host in ("vimeo.com", "www.vimeo.com", "player.vimeo.com"):
        if host == "player.vimeo.com" and len(segments) == 2 and segments[0] == "video":
            video_id = segments[1]
        elif host != "player.vimeo.com" and len(segments) == 1:
            video_id = segments[0]
        if video_id and _VIMEO_ID.match(video_id):
            return f"{EMBED_HOSTS[1]}/video/{video_id}?dnt=1"
    return None
