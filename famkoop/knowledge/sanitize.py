"""Rich text of answers and news: what editors may write, and nothing else.

nh3 (the Rust `ammonia` sanitiser) parses the HTML like a browser and keeps only the listed
tags and attributes, so scripts, event handlers (`onclick` …), styles and `javascript:` links
never reach a page.
"""

import nh3

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "em",
        "b",
        "i",
        "ul",
        "ol",
        "li",
        "a",
        "blockquote",
        "abbr",
        "cite",
        "q",
        "code",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


def sanitize_html(html: str) -> str:
    """The HTML with only the allowed tags, attributes and link schemes; links get
    rel="noopener noreferrer"."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def plain_text(html: str) -> str:
    """The text of sanitised HTML without any tags (for search terms and feeds)."""
    return nh3.clean(html, tags=set()).strip()
