"""Where each page lives and how one page links to another, as MkDocs lays pages out."""
from __future__ import annotations

import posixpath

HOME = "index.md"


def page_uri(kind: str, ident: str | None = None) -> str:
    """The source path of a page: `meetings/<id>.md` for an entity, `meetings/index.md` for a kind."""
    if kind == "home":
        return HOME
    return f"{kind}/{ident}.md" if ident else f"{kind}/index.md"


def page_url(uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page, relative to the site root ('' for the home page)."""
    stem = uri.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    return stem.removesuffix("/index").removesuffix("index") + "/"


def relative(from_uri: str, to_uri: str, directory_urls: bool = True, fragment: str = "") -> str:
    """A link from one page to another (or to a file in the site), relative, as MkDocs writes it."""
    here = page_url(from_uri, directory_urls)
    base = here if directory_urls else posixpath.dirname(here)
    target = page_url(to_uri, directory_urls) if to_uri.endswith(".md") else to_uri
    link = _relpath(target or ".", base or ".")
    if target.endswith("/") or target == "":
        link = link + "/" if link != "." else "./"
    return link + (f"#{fragment}" if fragment else "")


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for the site's own relative paths, without its getcwd and abspath calls:
    a page links to hundreds of others, and relpath was a fifth of the rendering time."""
    if path.startswith("/") or start.startswith("/") or ".." in path or ".." in start:
        return posixpath.relpath(path, start)
    to = [part for part in path.split("/") if part and part != "."]
    base = [part for part in start.split("/") if part and part != "."]
    common = 0
    while common < len(to) and common < len(base) and to[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + to[common:]) or "."
