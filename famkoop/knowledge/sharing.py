"""Share links that load nothing from social networks: plain addresses the visitor follows.

No buttons, scripts, images or counters of the networks are embedded, so a page view tells
them nothing. Mastodon has no central address: the visitor names an instance (a GET form on
the page itself, default mastodon.social) and gets a plain link to its share page.
"""

import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DEFAULT_MASTODON_INSTANCE = "mastodon.social"
# A host name, nothing else: no scheme, path, port, user or query can slip in.
INSTANCE_PATTERN = re.compile(
    r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"
)


@dataclass(frozen=True)
class ShareLink:
    label: str | Promise
    url: str


def mastodon_instance(value: str | None) -> str:
    """The instance the visitor typed ("https://social.example/" → "social.example"), or the
    default if it is not a plain host name."""
    host = (value or "").strip().lower()
    host = re.sub(r"^https?://", "", host).split("/")[0].lstrip("@")
    if "@" in host:  # an account name "@name@social.example"
        host = host.rsplit("@", 1)[1]
    return host if INSTANCE_PATTERN.match(host) else DEFAULT_MASTODON_INSTANCE


def share_links(title: str, url: str, instance: str = DEFAULT_MASTODON_INSTANCE) -> list[ShareLink]:
    text = f"{title} {url}"
    return [
        ShareLink(
            _("Per E-Mail"),
            "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
        ),
        ShareLink(
            _("Auf Mastodon (%(instance)s)") % {"instance": instance},
            f"https://{instance}/share?" + urlencode({"text": text}, quote_via=quote),
        ),
        ShareLink(
            _("Auf Bluesky"),
            "https://bsky.app/intent/compose?" + urlencode({"text": text}, quote_via=quote),
        ),
        ShareLink(
            _("Auf LinkedIn"),
            "https://www.linkedin.com/sharing/share-offsite/?"
            + urlencode({"url": url}, quote_via=quote),
        ),
        ShareLink(
            _("Auf Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}, quote_via=quote),
        ),
        ShareLink(
            _("Per WhatsApp"), "https://wa.me/?" + urlencode({"text": text}, quote_via=quote)
        ),
    ]
