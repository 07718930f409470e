"""The `factsheet` command: a thin click group over the core and the site build."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import IO, Any

import click

from generator.content.kinds import FOLDERS, named, singular
from generator.errors import FORMATS, FactsheetError


class ContentProblems(click.ClickException):
    """Problems in the content (or in what an editor asked a command to write): every one, located,
    then exit 1. The one way a command reports a user's mistake in files; usage mistakes are click's."""

    exit_code = 1

    def __init__(self, error: FactsheetError, fmt: str = "text"):
        super().__init__(error.report(fmt))
        self.fmt = fmt

    def show(self, file: IO[Any] | None = None) -> None:
        # Text goes to stderr for people; annotations and JSON go to stdout, where tools read them.
        click.echo(self.message, file=file, err=self.fmt == "text")


class KindName(click.ParamType[str, Any]):
    """A kind of content as an editor types it: `meeting` or `meetings`."""

    name = "kind"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        kind = named(str(value))
        if kind is None:
            self.fail(f"unknown kind {value!r}; one of: {', '.join(singular(k) for k in FOLDERS)}", param, ctx)
        return kind.folder


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
    from generator.pages.build import load_briefing

    try:
        briefing = load_briefing(content_dir)
    except FactsheetError as exc:
        raise ContentProblems(exc, fmt) from None
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
        raise click.ClickException(f"{exc.format_message()}\nThe build failed; the previous site was left as it was."
                                   ) from None
    click.echo(f"Built {result.pages} pages into {result.site_dir} in {time.perf_counter() - started:.1f} s.")


@cli.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", required=True, help="The briefing's title: readers see it as the site's name.")
def init(folder: Path, title: str) -> None:
    """Start a new briefing: write a project into FOLDER (new or empty) that builds at once."""
    from generator.editing.init import new_project

    try:
        written = new_project(folder, title)
    except FactsheetError as exc:
        raise click.UsageError(exc.report().rsplit("\n", 1)[0]) from None
    click.echo(f"Wrote {len(written)} files into {folder}. Next: cd {folder} && make site")


@cli.command("new")
@content_option
@click.argument("kind", type=KindName())
@click.argument("ident", metavar="ID")
def new(content_dir: Path, kind: str, ident: str) -> None:
    """Write a new content file of KIND (meeting, person, quote...) named ID, with every field explained."""
    from generator.editing.scaffold import new_file

    try:
        path = new_file(content_dir, kind, ident)
    except FactsheetError as exc:
        raise ContentProblems(exc) from None
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
        raise ContentProblems(exc) from None
    click.echo(f"Wrote {stored.text} and {stored.metadata}. Next: `factsheet draft {ident}`.")


@cli.command()
@content_option
@click.argument("source_id", required=False)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write the proposals into this folder (such as drafts/SOURCE_ID) instead of printing them.")
@click.option("--accept", "accepted", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Move a reviewed proposal (a file, or a whole folder of them) into the content folder.")
def draft(content_dir: Path, source_id: str | None, out_dir: Path | None, accepted: tuple[Path, ...]) -> None:
    """Propose the whole briefing from SOURCE_ID's text for review, or --accept reviewed proposals."""
    from generator.editing import draft as drafting

    if bool(source_id) == bool(accepted):
        raise click.UsageError("give a SOURCE_ID to draft, or --accept with the reviewed files")
    try:
        if accepted:
            for path in drafting.accept(content_dir, list(accepted)):
                click.echo(f"accepted {path}")
            return
        assert source_id is not None
        result, printed = drafting.run(content_dir, source_id, out_dir)
    except FactsheetError as exc:
        raise ContentProblems(exc) from None
    click.echo(printed, nl=False)
    click.echo(drafting.summary_line(result), err=True)


@cli.command()
@content_option
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if anything is out of date.")
def schema(content_dir: Path, check: bool) -> None:
    """Regenerate content/.schema/*.json and put the schema line first in every content file."""
    from generator.editing import editor_schemas

    try:
        stale = [*editor_schemas.stale_schemas(content_dir), *editor_schemas.missing_schema_lines(content_dir)]
        if check:
            for path in stale:
                click.echo(f"{path}: out of date; run `make schema`", err=True)
            sys.exit(1 if stale else 0)
        for path in editor_schemas.update(content_dir):
            click.echo(f"updated {path}")
    except FactsheetError as exc:
        raise ContentProblems(exc) from None


def _log_to_terminal(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


def main() -> None:
    cli(prog_name="factsheet")
