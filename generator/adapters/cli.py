"""The `factsheet` command: a thin click group over the core and the site build."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from generator.pages.build import load_briefing
from generator.errors import FactsheetError
from generator.errors import FORMATS

content_option = click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
                              default="content", show_default=True, help="The folder of YAML facts.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factsheet")
def cli() -> None:
    """Build a briefing site from YAML facts, each resting on a verbatim excerpt of a source."""


@cli.command()
@content_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people, github for pull-request annotations, json for other tools.")
def validate(content_dir: Path, fmt: str) -> None:
    """Check every content file and report every problem, sorted by file and line."""
    try:
        briefing = load_briefing(content_dir)
    except FactsheetError as exc:
        click.echo(exc.report(fmt), err=fmt == "text")
        sys.exit(1)
    if fmt == "json":
        click.echo("[]")
    elif fmt == "text":
        click.echo(f"{content_dir}: {briefing.size} entities, no problems.")


@cli.command()
@click.option("--config-file", "-f", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default="mkdocs.yml", show_default=True, help="The MkDocs configuration.")
@click.option("--site-dir", "-d", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to put the site; by default the site_dir of the configuration.")
@click.option("--verbose", "-v", is_flag=True, help="Show MkDocs' progress messages too.")
def build(config_file: Path, site_dir: Path | None, verbose: bool) -> None:
    """Build the site strictly; on any failure the previous site stays as it was."""
    from mkdocs.exceptions import MkDocsException

    from generator.adapters.site import build_site

    _log_to_terminal(verbose)
    started = time.perf_counter()
    try:
        result = build_site(config_file, site_dir)
    except MkDocsException as exc:
        click.echo(f"Error: {exc.format_message() if hasattr(exc, 'format_message') else exc}", err=True)
        click.echo("The build failed; the previous site was left as it was.", err=True)
        sys.exit(1)
    click.echo(f"Built {result.pages} pages into {result.site_dir} in {time.perf_counter() - started:.1f} s.")



def _fail(exc: FactsheetError) -> None:
    click.echo(exc.report(), err=True)
    sys.exit(1)


@cli.command("new")
@content_option
@click.argument("kind")
@click.argument("ident", metavar="ID")
def new(content_dir: Path, kind: str, ident: str) -> None:
    """Write a new content file of KIND (meeting, person, quote...) named ID, with every field explained."""
    from generator.editing.scaffold import new_file

    try:
        path = new_file(content_dir, kind, ident)
    except FactsheetError as exc:
        _fail(exc)
    click.echo(f"Wrote {path}. Fill it in, then run `factsheet validate`.")


@cli.group()
def source() -> None:
    """Manage source articles."""


@source.command("add")
@content_option
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--id", "ident", required=True, help="The source's id: lowercase words joined by '-'.")
@click.option("--title", help="The article's headline.")
@click.option("--outlet", help="Who published it.")
@click.option("--url", help="Where it was published.")
@click.option("--published", help="When: 2025, 2025-06 or 2025-06-24.")
def source_add(content_dir: Path, article: Path, ident: str, **metadata: str | None) -> None:
    """Store the plain-text ARTICLE as a source in content/sources/, with what is known of it."""
    from generator.editing.sources import add_source

    try:
        stored = add_source(content_dir, article, ident, **metadata)
    except FactsheetError as exc:
        _fail(exc)
    click.echo(f"Wrote {stored.text} and {stored.metadata}. Next: `factsheet draft {ident}`.")


@cli.command()
@content_option
@click.argument("source_id")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the draft's files into this folder instead of printing them.")
@click.option("--into-content", is_flag=True, help="Allow --out to be the content folder itself.")
def draft(content_dir: Path, source_id: str, out_dir: Path | None, into_content: bool) -> None:
    """Propose quotes, people and organisations from SOURCE_ID's text, for review."""
    from generator.editing.draft import draft_files, draft_source, render_draft, write_draft

    try:
        result = draft_source(content_dir, source_id)
        files = draft_files(result, content_dir)
        if out_dir is None:
            click.echo(render_draft(files), nl=False)
        else:
            write_draft(files, out_dir, content_dir, into_content=into_content)
    except FactsheetError as exc:
        _fail(exc)
    click.echo(f"{len(result.quotes)} quotes ({len(result.unresolved)} to review), {len(result.people)} people, "
               f"{len(result.organisations)} countries and organisations.", err=True)


@cli.command()
@content_option
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if anything is out of date.")
def schema(content_dir: Path, check: bool) -> None:
    """Regenerate content/.schema/*.json and put the schema line first in every content file."""
    from generator.editing import editor_schemas as editor

    stale = [*editor.stale_schemas(content_dir), *editor.missing_schema_lines(content_dir)]
    if check:
        for path in stale:
            click.echo(f"{path}: out of date; run `make schema`", err=True)
        sys.exit(1 if stale else 0)
    for path in editor.update(content_dir):
        click.echo(f"updated {path}")


def _log_to_terminal(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


def main() -> None:
    cli(prog_name="factsheet")
