"""The page `mkdocs serve` shows while the content has problems: each problem as `validate` reports it.

Built from the theme's preview-error.html with autoescaping, and the theme's stylesheet inlined, so
that one page reads well at any address the editor has open.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from generator.errors import Problem

TEMPLATE = "preview-error.html"
STYLESHEET = "css/factsheet.css"


def error_page(problems: Iterable[Problem], theme_dirs: Iterable[str], site_name: str) -> str:
    """The error page listing `problems`, sorted as `factsheet validate` sorts them."""
    folders = [str(folder) for folder in theme_dirs]
    env = Environment(loader=FileSystemLoader(folders), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined)
    css = next((Path(folder, STYLESHEET).read_text(encoding="utf-8") for folder in folders
                if Path(folder, STYLESHEET).is_file()), "")
    # The stylesheet is the theme's own file; "</" cannot close the element early in it.
    css = css.replace("</", "<\\/")
    return env.get_template(TEMPLATE).render(problems=sorted(problems), css=Markup(css), site_name=site_name)
