"""The `factsheet` command: a thin click group over the core and the site build."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

import click

from generator.build import load_briefing
from generator.errors import FactsheetError
from generator.report import FORMATS

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

    from generator.site import build_site

    _log_to_terminal(verbose)
    started = time.perf_counter()
    try:
        result = build_site(config_file, site_dir)
    except MkDocsException as exc:
        click.echo(f"Error: {exc.format_message() if hasattr(exc, 'format_message') else exc}", err=True)
        click.echo("The build failed; the previous site was left as it was.", err=True)
        sys.exit(1)
    click.echo(f"Built {result.pages} pages into {result.site_dir} in {time.perf_counter() - started:.1f} s.")


def _log_to_terminal(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


def main() -> None:
    cli(prog_name="factsheet")
