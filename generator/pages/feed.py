"""The "What changed" page as an Atom 1.0 feed (changes/feed.xml), one entry per change to the facts.

Made from the same view as the page, its names linked by the page's own `url` helper: the feed sits
beside the page in changes/, so a link relative to the one holds from the other. The core does not
know the site's address, so every link is relative to the feed's own URL, as Atom allows (RFC 4287,
section 2: relative references are resolved against the document's URI).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from markupsafe import Markup, escape

from generator.content.model import Briefing, Entity
from generator.pages.changes import ChangesView, ChangeView, FactLine
from generator.pages.downloads import Download
from generator.pages.urls import linker, page_uri

FEED = "changes/feed.xml"
"""Where the feed is published in the site."""
GROUP = "feed"
"""Its group among the downloads: the footer lists only the data, so it leaves this one out."""
NO_DATE = "1970-01-01T00:00:00Z"
"""The feed's date when there is no history and the caller gave no build date."""
ATOM = "http://www.w3.org/2005/Atom"
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, even escaped: a commit message is not checked as content is."""


Url = Callable[[Entity | str], str]
"""The templates' `url` helper, as made for the "What changed" page."""


def changes_feed(view: ChangesView, briefing: Briefing, url: Url, *, directory_urls: bool = True,
                 build_date: str = "") -> Download:
    """The feed file; without history it has no entries and says why. `build_date` dates a feed
    without history; otherwise the newest change dates it."""
    link = linker(page_uri("changes"), directory_urls)  # the page's folder is the feed's: changes/
    page = link(page_uri("changes"), "")
    title = f"{briefing.info.title}: what changed"
    subtitle = ("The changes to the facts in this briefing, newest first." if view.available
                else f"There is no history to show: {view.reason}.")
    updated = view.changes[0].updated if view.changes else (build_date or NO_DATE)
    ident = f"urn:factsheet:changes:{view.first}" if view.first else "urn:factsheet:changes"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM}">',
        f"  <id>{xml_escape(ident)}</id>",
        f"  <title>{xml_escape(title)}</title>",
        f"  <subtitle>{xml_escape(subtitle)}</subtitle>",
        f"  <updated>{updated}</updated>",
        f"  <author><name>{xml_escape(briefing.info.title)}</name></author>",
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(link(FEED, ""))}/>',
        f'  <link rel="alternate" type="text/html" href={quoteattr(page)}/>',
    ]
    for change in view.changes:
        lines += [
            "  <entry>",
            f"    <id>urn:factsheet:commit:{change.commit}</id>",
            f"    <title>{xml_escape(f'{change.date}: {change.summary}')}</title>",
            f"    <updated>{change.updated}</updated>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(link(page_uri("changes"), change.anchor))}/>',
            f'    <content type="html">{xml_escape(_entry_html(change, url))}</content>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return Download(FEED, GROUP, "What changed, as an Atom feed", _XML_UNSAFE.sub("", "\n".join(lines) + "\n").encode("utf-8"))


def _entry_html(change: ChangeView, url: Url) -> str:
    """The entry's content: the correction notes, then a line for each fact, as on the page."""
    html = [f"<p><strong>Correction:</strong> {escape(note)}</p>" for note in change.corrections]
    html += ["<ul>", *(f"<li>{_line(fact, url)}</li>" for fact in change.facts), "</ul>"]
    return "\n".join(html)


def _line(fact: FactLine, url: Url) -> Markup:
    name = escape(fact.name)
    if fact.target is not None:
        name = Markup(f'<a href="{escape(url(fact.target))}">{name}</a>')
    if fact.old is not None and fact.new is not None:
        values = f" {escape(fact.old)} \u2192 {escape(fact.new)}"
    elif fact.old is not None or fact.new is not None:
        values = f" {escape(fact.new if fact.new is not None else fact.old)}"
    else:
        values = ""
    return Markup(f"{escape(fact.lead)}{name}{escape(fact.tail)}{values}")
