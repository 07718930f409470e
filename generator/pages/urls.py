"""Where each page lives and how one page links to another, as MkDocs lays pages out."""
from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable

HOME = "index.md"


def page_uri(kind: str, ident: str | None = None) -> str:
    """The source path of a page: `meetings/<id>.md` for an entity, `meetings/index.md` for a kind."""
    if kind == "home":
        return HOME
    return f"{kind}/{ident}.md" if ident else f"{kind}/index.md"


@functools.lru_cache(maxsize=65536)
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
    return linker(from_uri, directory_urls)(to_uri, fragment)


def linker(from_uri: str, directory_urls: bool = True) -> Callable[[str, str], str]:
    """relative() from one page, with the page's own place worked out once: a page links to
    hundreds of others."""
    here = page_url(from_uri, directory_urls)
    relpath = _relpath_from((here if directory_urls else posixpath.dirname(here)) or ".")

    def link(to_uri: str, fragment: str = "") -> str:
        target = page_url(to_uri, directory_urls) if to_uri.endswith(".md") else to_uri
        link = relpath(target or ".")
        if target.endswith("/") or target == "":
            link = link + "/" if link != "." else "./"
        return link + (f"#{fragment}" if fragment else "")

    return link


def _relpath_from(start: str) -> Callable[[str], str]:
    """posixpath.relpath(path, start) for the site's own relative paths, without its getcwd and
    abspath calls, which cost a system call a link, and with `start` split once."""
    if start.startswith("/") or ".." in start:
        return lambda path: posixpath.relpath(path, start)
    base = [part for part in start.split("/") if part and part != "."]

    def relpath(path: str) -> str:
        if path.startswith("/") or ".." in path:
            return posixpath.relpath(path, start)
        to = [part for part in path.split("/") if part and part != "."]
        common = 0
        while common < len(to) and common < len(base) and to[common] == base[common]:
            common += 1
        return "/".join([".."] * (len(base) - common) + to[common:]) or "."

    return relpath
