"""`factsheet draft <source>`: propose YAML facts from an article, for an editor to review.

The draft holds every direct quote with its speaker, and the people, countries and organisations
the text mentions, matched against the ids already in content/. Every excerpt is cut from the text
itself. A speaker is named only where the text makes it plain: a name in the attribution ("...,"
Zelensky said), or "he said" when exactly one person is named in the sentence before. Anything
else is left empty and marked for review: the draft never guesses.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.content import evidence as ev
from generator.content.ids import slug, unique
from generator.content.kinds import FOLDERS
from generator.content.load import load_content
from generator.editing.countries import COUNTRY_WORDS
from generator.editing.editor_schemas import schema_line
from generator.errors import FactsheetError, Problem

SPEECH_VERBS = ("said", "says", "told", "tells", "added", "adds", "stated", "asked", "declared", "noted",
                "wrote", "explained", "stressed", "emphasised", "emphasized", "insisted", "replied",
                "warned", "continued", "remarked", "announced", "urged", "underlined", "recalled")
"""Verbs that attribute a quote to the person next to them."""
TITLES = ("Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Finance Minister",
          "Minister", "President", "Vice President", "Chancellor", "Secretary General", "Secretary-General",
          "Secretary", "Commissioner", "Ambassador", "King", "Queen", "Prince", "Pope", "Senator", "Governor",
          "Mayor", "General", "Admiral", "Spokesperson", "Spokesman", "Spokeswoman", "Mr.", "Mrs.", "Ms.",
          "Dr.", "Mr", "Mrs", "Ms", "Dr")
"""Words that come before a person's name and mark it as one."""
ORGANISATION_WORDS = ("Union", "Council", "Commission", "Group", "Alliance", "Organisation", "Organization",
                      "Nations", "Ministry", "Parliament", "Bank", "Fund", "Agency", "Committee", "Court")
"""Last words of a capitalised phrase that names an organisation, such as "European Union"."""
PRONOUNS = ("he", "she")
"""Pronouns that point at one person; "they" never resolves."""
MIN_QUOTE_WORDS = 4
"""Shorter quoted phrases count as quotes only next to a speech verb: "a sensible start" is not one."""
QUOTE_ID_WORDS = 5

_QUOTE = re.compile(r"“(?P<curly>[^”]{1,5000}?)”|\"(?P<straight>[^\"\n]{1,5000}?)\"")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|[A-Z][A-Z0-9]+")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,5}(?![\w-])")
_TITLE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\s+")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Adm|Sen|Gov|No|vs|etc)|\b[A-Z])$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A person, country or organisation the text names, matched against content/ where possible."""

    kind: str
    """`people` or `organisations`."""
    id: str
    """The existing id when `known`, else a proposed one."""
    name: str
    """The name: as content/ has it when known, as the text writes it otherwise."""
    known: bool
    """True when a file in content/ already has this id."""
    excerpt: str
    """The words of the text that name it, verbatim."""
    type: str = ""
    """For organisations: country, organisation or group."""
    role: str = ""
    """For new people: the title the text gives them, such as "Prime Minister"."""
    spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class DraftQuote:
    """One direct quote, with its speaker where the text makes it clear."""

    id: str
    """A proposed id, from the quote's first words."""
    text: str
    """The quote's words, verbatim, without the trailing comma of the attribution."""
    excerpt: str
    """The whole sentence holding the quote and its attribution, verbatim."""
    speaker: str | None
    """The speaker's id, or None when the text does not make it clear."""
    reason: str
    """How the speaker was found, or why it was not: for the reviewer."""
    line: int
    """The line of the text where the quote starts."""
    context: str = ""
    """For "he said": the sentence before, verbatim, that names the speaker; it is evidence too."""
    existing: str = ""
    """The id of a quote in content/ with the same words, if there is one."""


@dataclass(frozen=True)
class Draft:
    """Everything proposed from one source."""

    source: str
    quotes: tuple[DraftQuote, ...]
    people: tuple[Mention, ...]
    organisations: tuple[Mention, ...]

    @property
    def unresolved(self) -> tuple[DraftQuote, ...]:
        return tuple(q for q in self.quotes if q.speaker is None)


@dataclass(frozen=True)
class _Known:
    kind: str
    id: str
    name: str
    aliases: tuple[str, ...]
    type: str = ""


def draft_source(content_dir: Path, source: str) -> Draft:
    """Read source `source` from content/ and propose its facts."""
    raw = load_content(content_dir)
    known: list[_Known] = []
    quotes: dict[str, str] = {}
    text_file = f"{source}.txt"
    found = False
    for doc in raw.documents:
        data = doc.data if isinstance(doc.data, dict) else {}
        if doc.kind == "sources" and doc.id == source:
            found = True
            text_file = str(data.get("text_file") or text_file)
        elif doc.kind == "quotes" and isinstance(data.get("text"), str):
            quotes[ev.normalise(data["text"])] = doc.id
        elif doc.kind == "people" and isinstance(data.get("name"), str):
            known.append(_Known("people", doc.id, data["name"], _person_aliases(data["name"])))
        elif doc.kind == "organisations" and isinstance(data.get("name"), str):
            names = [data["name"], *([data["full_name"]] if isinstance(data.get("full_name"), str) else [])]
            known.append(_Known("organisations", doc.id, data["name"], _organisation_aliases(names),
                                str(data.get("type") or "")))
    path = content_dir / "sources" / text_file
    if not found or not path.is_file():
        sources = sorted(d.id for d in raw.documents if d.kind == "sources")
        raise FactsheetError([Problem(str(content_dir / "sources" / f"{source}.yaml"),
                                      message=f"no source {source!r} with a text in {content_dir / 'sources'}",
                                      hint=("known sources: " + ", ".join(sources)) if sources
                                      else "add one with `factsheet source add <file> --id <id>`")])
    taken = {d.id for d in raw.documents}
    return analyse(path.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), source, known, taken, quotes)


def analyse(text: str, source: str, known: list[_Known], taken: set[str],
            existing_quotes: dict[str, str] | None = None) -> Draft:
    """The draft of one text, given the people and organisations already known."""
    quotes = _find_quotes(text)
    masked = _mask(text, quotes)
    sentences = _sentences(masked)
    people = _find_people(text, masked, known, taken)
    organisations = _find_organisations(text, known, taken, people)
    drafted: list[DraftQuote] = []
    used_ids = set(taken) | {m.id for m in (*people, *organisations)}
    for span, words in quotes:
        sentence = _sentence_at(sentences, span.start)
        last = _sentence_at(sentences, span.end - 1)
        before = text[sentence.start:span.start]
        after = text[span.end:last.end]
        attribution = _attribution(before, after)
        if attribution is None and len(words.split()) < MIN_QUOTE_WORDS:
            continue  # a quoted phrase, not a quote
        index = sentences.index(sentence)
        previous = sentences[index - 1] if index else None
        speaker, reason = _speaker(attribution, previous, people, text)
        ident = unique(slug(" ".join(words.split()[:QUOTE_ID_WORDS])) or "quote", used_ids)
        used_ids.add(ident)
        excerpt = text[sentence.start:last.end].strip()
        context = ""
        if speaker and attribution and attribution.who.lower() in PRONOUNS and previous is not None:
            context = " ".join(text[previous.start:previous.end].split())
        words = words.rstrip(",; ").strip()
        drafted.append(DraftQuote(ident, words, " ".join(excerpt.split()), speaker, reason,
                                  text.count("\n", 0, span.start) + 1, context,
                                  (existing_quotes or {}).get(ev.normalise(words), "")))
    return Draft(source, tuple(drafted), tuple(people), tuple(organisations))


# --- quotes and sentences ----------------------------------------------------------------------

def _find_quotes(text: str) -> list[tuple[Span, str]]:
    found = []
    for match in _QUOTE.finditer(text):
        words = match.group("curly") if match.group("curly") is not None else match.group("straight")
        if "\n\n" in words or not words.strip():
            continue
        found.append((Span(match.start(), match.end()), words.strip()))
    return found


def _mask(text: str, quotes: list[tuple[Span, str]]) -> str:
    """The text with each quote's inside blanked, so that its full stops do not end sentences."""
    chars = list(text)
    for span, _ in quotes:
        for i in range(span.start + 1, span.end - 1):
            if chars[i] != "\n":
                chars[i] = "x"
    return "".join(chars)


def _sentences(masked: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in re.finditer(r"[.!?]+[”’\")]*(?=\s+[^\s\da-z])|\n", masked):
        if match.group() != "\n" and _ABBREVIATION.search(masked[start:match.start()]):
            continue
        if masked[start:match.end()].strip():
            spans.append(Span(start, match.end()))
        start = match.end()
    if masked[start:].strip():
        spans.append(Span(start, len(masked)))
    return [Span(s.start + (len(masked[s.start:s.end]) - len(masked[s.start:s.end].lstrip())), s.end) for s in spans]


def _sentence_at(sentences: list[Span], position: int) -> Span:
    for sentence in sentences:
        if sentence.start <= position < sentence.end:
            return sentence
    return min(sentences, key=lambda s: abs(s.start - position))


# --- attribution -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Attribution:
    who: str
    """A name as written, a pronoun, or a description such as "an official"."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _strip_titles(name: str) -> str:
    return _TITLE.sub("", name + " ").strip()


def _attribution(before: str, after: str) -> _Attribution | None:
    """Who the sentence says spoke: from the words right after the quote, else right before it."""
    words = _words(after.lstrip(" ,;:—–-"))
    if words:
        if words[0].lower() in SPEECH_VERBS:  # ..." said Rui Almeida.
            name = []
            for word in words[1:]:
                if not _capitalised(word):
                    break
                name.append(word)
            if name:
                return _Attribution(" ".join(name))
            if len(words) > 2 and words[1].lower() in ("the", "a", "an"):
                return _Attribution(" ".join(words[1:3]))
        for size in range(1, 6):  # ..." Zelensky told / he said / an official told
            if len(words) > size and words[size].lower() in SPEECH_VERBS:
                subject = words[:size]
                if all(_capitalised(w) for w in subject) or (size == 1 and subject[0].lower() in (*PRONOUNS, "they")) \
                        or subject[0].lower() in ("a", "an", "the", "one", "another"):
                    return _Attribution(" ".join(subject))
                break
    before_words = _words(before)
    tail = before.rstrip()
    according = re.search(r"\baccording to\s+([^,]+),?$", tail, flags=re.IGNORECASE)
    if according:
        return _Attribution(according.group(1).strip())
    for index in range(len(before_words) - 1, -1, -1):  # Berg told reporters: "...
        if before_words[index].lower() in SPEECH_VERBS:
            subject = []
            for word in reversed(before_words[:index]):
                if not _capitalised(word) and not (not subject and word.lower() in (*PRONOUNS, "they")):
                    break
                subject.insert(0, word)
                if word.lower() in (*PRONOUNS, "they"):
                    break
            if subject:
                return _Attribution(" ".join(subject))
            break
    return None


def _speaker(attribution: _Attribution | None, previous: Span | None, people: list[Mention],
             text: str) -> tuple[str | None, str]:
    if attribution is None:
        return None, "REVIEW: no attribution next to the quote; fill in the speaker's id"
    who = attribution.who
    if who.lower() in PRONOUNS:
        if previous is None:
            return None, f"REVIEW: {who!r} with no sentence before it; fill in the speaker's id"
        named = sorted({m.id for m in people for s in m.spans if previous.start <= s.start < previous.end})
        if len(named) == 1:
            person = next(m for m in people if m.id == named[0])
            return person.id, f"{who!r}: {person.name} is the only person named in the sentence before"
        listed = ", ".join(named) if named else "nobody"
        return None, (f"REVIEW: {who!r}, but the sentence before names {len(named)} people ({listed}); "
                      "fill in the speaker's id")
    if who.lower() == "they":
        return None, "REVIEW: 'they' names no one person; fill in the speaker's id"
    name = _strip_titles(who)
    matches = [m for m in people if _name_matches(name, m)]
    if len(matches) == 1:
        return matches[0].id, f"{who!r} in the attribution"
    if matches:
        listed = ", ".join(m.id for m in matches)
        return None, f"REVIEW: {who!r} could be any of {listed}; fill in the speaker's id"
    return None, f"REVIEW: attributed to {who!r}, who is not a named person; fill in the speaker's id"


def _name_matches(name: str, person: Mention) -> bool:
    wanted = name.split()
    have = person.name.split()
    if not wanted:
        return False
    # "Zelensky" or "Gahr Støre" names "Jonas Gahr Støre": the words must end the full name.
    return have[-len(wanted):] == wanted if len(wanted) <= len(have) else False


# --- people ------------------------------------------------------------------------------------

def _person_aliases(name: str) -> tuple[str, ...]:
    words = name.split()
    aliases = {name}
    if len(words) > 1:
        aliases.add(words[-1])
        if len(words) > 2:
            aliases.add(" ".join(words[-2:]))
    return tuple(sorted(aliases, key=len, reverse=True))


def _find_people(text: str, masked: str, known: list[_Known], taken: set[str]) -> list[Mention]:
    """People named outside quotes: the known ones by name or surname, new ones after a title."""
    by_id: dict[str, dict[str, Any]] = {}
    order: list[str] = []

    def note(ident: str, name: str, known_: bool, excerpt: str, role: str, span: Span) -> None:
        if ident not in by_id:
            by_id[ident] = {"name": name, "known": known_, "excerpt": excerpt, "role": role, "spans": []}
            order.append(ident)
        elif not by_id[ident]["role"] and role and by_id[ident]["excerpt"] == name:
            by_id[ident].update(excerpt=excerpt, role=role)
        by_id[ident]["spans"].append(span)

    people = [k for k in known if k.kind == "people"]
    new: list[_Known] = []
    used = set(taken)
    for match in _TITLE.finditer(masked):
        name_words = []
        for word in re.finditer(r"\S+", masked[match.end():match.end() + 120]):
            token = word.group().rstrip(",.;:!?)”’\"")
            token = re.sub(r"[’']s$", "", token)
            if not token or not _capitalised(token) or not re.fullmatch(r"[^\W\d_][\w’'-]*", token) \
                    or token in TITLES or token in COUNTRY_WORDS:
                break
            name_words.append(token)
            if len(name_words) == 4 or word.group() != token:
                break
        if len(name_words) < 2 or any(_name_matches(" ".join(name_words), Mention("people", k.id, k.name, True, ""))
                                      for k in people):
            continue
        name = " ".join(name_words)
        if any(n.name == name for n in new):
            continue
        ident = unique(slug(name), used)
        used.add(ident)
        new.append(_Known("people", ident, name, _person_aliases(name)))
    candidates = [*people, *new]
    spans = _alias_spans(masked, candidates)
    for candidate, span in spans:
        role, start = _title_before(text, span.start)
        excerpt = text[start:span.end]
        note(candidate.id, candidate.name, candidate in people, excerpt, role, span)
    return [Mention("people", i, by_id[i]["name"], by_id[i]["known"], by_id[i]["excerpt"], role=by_id[i]["role"],
                    spans=tuple(by_id[i]["spans"])) for i in order]


def _title_before(text: str, position: int) -> tuple[str, int]:
    """The title right before a name, and where it starts (with a country or acronym before it)."""
    head = text[max(0, position - 80):position]
    match = re.search(r"(?:(?P<lead>[A-Z][\w-]*)\s+)?(?P<title>" + _TITLE.pattern[len(r"(?<!\w)"):] + r")$", head)
    if not match:
        return "", position
    start = position - len(head) + match.start("title")
    lead = match.group("lead")
    if lead and (lead in COUNTRY_WORDS or lead.isupper()):
        start = position - len(head) + match.start("lead")
    return match.group("title").strip(), start


def _alias_spans(masked: str, candidates: list[_Known]) -> list[tuple[_Known, Span]]:
    """Every place a candidate's name or alias stands, longest alias first, never overlapping."""
    aliases = sorted(((alias, c) for c in candidates for alias in c.aliases), key=lambda p: -len(p[0]))
    taken: list[Span] = []
    found: list[tuple[_Known, Span]] = []
    for alias, candidate in aliases:
        ambiguous = sum(alias in c.aliases for c in candidates) > 1
        if ambiguous:
            continue  # a surname two people share names neither
        for match in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", masked):
            span = Span(match.start(), match.end())
            if any(s.start < span.end and span.start < s.end for s in taken):
                continue
            taken.append(span)
            found.append((candidate, span))
    return sorted(found, key=lambda p: p[1].start)


# --- countries and organisations ---------------------------------------------------------------

def _organisation_aliases(names: list[str]) -> tuple[str, ...]:
    aliases = set(names)
    for name in names:
        first = name.split()[0]
        if len(name.split()) > 1 and _ACRONYM.fullmatch(first):
            aliases.add(first)  # "E5" for "E5 group"
    return tuple(sorted(aliases, key=len, reverse=True))


def _find_organisations(text: str, known: list[_Known], taken: set[str], people: list[Mention]) -> list[Mention]:
    organisations = [k for k in known if k.kind == "organisations"]
    by_name = {k.name: k for k in organisations}
    used = set(taken) | {p.id for p in people}
    new: dict[str, _Known] = {}

    def candidate(name: str, kind: str) -> _Known:
        if name in by_name:
            return by_name[name]
        for k in organisations:
            if name in k.aliases:
                return k
        if name not in new:
            ident = unique(slug(name), used)
            used.add(ident)
            new[name] = _Known("organisations", ident, name, (name,), kind)
        return new[name]

    person_spans = [s for p in people for s in p.spans]
    hits: list[tuple[_Known, Span, str]] = []
    for known_org, span in _alias_spans(text, organisations):
        hits.append((known_org, span, text[span.start:span.end]))
    claimed = [h[1] for h in hits]

    def free(span: Span) -> bool:
        return not any(s.start < span.end and span.start < s.end for s in [*claimed, *person_spans])

    for word in sorted(COUNTRY_WORDS, key=len, reverse=True):
        for match in re.finditer(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text):
            span = Span(match.start(), match.end())
            if free(span):
                claimed.append(span)
                excerpt = word if COUNTRY_WORDS[word] == word else _phrase_after(text, span)
                hits.append((candidate(COUNTRY_WORDS[word], "country"), span, excerpt))
    phrase = r"(?:[A-Z][\w’'-]*\s+){1,4}(?:" + "|".join(ORGANISATION_WORDS) + r")(?![\w])"
    for match in re.finditer(phrase, text):
        words = match.group().split()
        while words and (words[0] in ("The", "A", "An") or words[0] in TITLES):
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        span = Span(start, match.end())
        if free(span):
            claimed.append(span)
            hits.append((candidate(name, "group" if words[-1] == "Group" else "organisation"), span, name))
    for match in _ACRONYM.finditer(text):
        span = Span(match.start(), match.end())
        if free(span) and match.group() not in COUNTRY_WORDS:
            claimed.append(span)
            hits.append((candidate(match.group(), "organisation"), span, match.group()))
    first: dict[str, tuple[_Known, str, int]] = {}
    for org, span, excerpt in sorted(hits, key=lambda h: h[1].start):
        # prefer an excerpt that gives the name itself over one that gives only an adjective
        if org.id not in first or (org.name in excerpt and org.name not in first[org.id][1]):
            first[org.id] = (org, excerpt, first.get(org.id, (org, excerpt, span.start))[2])
    result = sorted(first.values(), key=lambda f: f[2])
    return [Mention("organisations", org.id, org.name, org in organisations, excerpt, type=org.type or "organisation")
            for org, excerpt, _ in result]


def _phrase_after(text: str, span: Span) -> str:
    """An adjective with the capitalised words that follow it: "Finnish President Alexander Stubb"."""
    end = span.end
    for match in re.finditer(r"\s+([A-Z][\w’'-]*)", text[span.end:span.end + 80]):
        if match.start() != end - span.end:
            break
        end = span.end + match.end()
    return text[span.start:end]


# --- output ------------------------------------------------------------------------------------

def _q(value: str) -> str:
    """A YAML scalar for any text: JSON strings are valid double-quoted YAML."""
    return json.dumps(value, ensure_ascii=False)


def draft_files(draft: Draft, content_dir: Path) -> dict[str, str]:
    """The draft as files, by path relative to a content folder; mentions.yaml indexes every mention."""
    files: dict[str, str] = {}
    review = f"# Drafted by `factsheet draft {draft.source}`: check every line against the source before use."

    def header(kind: str, ident: str) -> list[str]:
        return [schema_line(content_dir, kind, content_dir / kind / f"{ident}.yaml"), review]

    def evidence(*excerpts: str, indent: str = "") -> list[str]:
        lines = [f"{indent}evidence:"]
        for excerpt in excerpts:
            lines += [f"{indent}  - source: {draft.source}", f"{indent}    excerpt: {_q(excerpt)}"]
        return lines

    for quote in draft.quotes:
        lines = [*header("quotes", quote.id), f"# Speaker: {quote.reason}"]
        if quote.existing:
            lines.append(f"# Already in content/ as quotes/{quote.existing}.yaml: compare, then keep one.")
        lines += [f"text: {_q(quote.text)}", f"speaker:{' ' + quote.speaker if quote.speaker else ''}",
                  *evidence(quote.excerpt, *([quote.context] if quote.context else []))]
        files[f"quotes/{quote.id}.yaml"] = "\n".join(lines) + "\n"
    for person in draft.people:
        if person.known:
            continue
        lines = [*header("people", person.id), f"name: {_q(person.name)}"]
        if person.role:
            lines += ["roles:", f"  - title: {_q(person.role)}", *evidence(person.excerpt, indent="    ")]
        files[f"people/{person.id}.yaml"] = "\n".join([*lines, *evidence(person.excerpt)]) + "\n"
    for org in draft.organisations:
        if org.known:
            continue
        lines = [*header("organisations", org.id), f"name: {_q(org.name)}", f"type: {org.type}",
                 *evidence(org.excerpt)]
        files[f"organisations/{org.id}.yaml"] = "\n".join(lines) + "\n"
    files[MENTIONS] = mentions_yaml(draft)
    return files


MENTIONS = "mentions.yaml"
"""The index of every mention, known or new; it is for the reviewer and never goes into content/."""


def mentions_yaml(draft: Draft) -> str:
    lines = [f"# What source {draft.source!r} mentions. known: true means content/ has that id already;",
             "# the others are proposed in people/ and organisations/ beside this file.",
             f"source: {draft.source}",
             f"quotes: {len(draft.quotes)}",
             f"quotes_to_review: {len(draft.unresolved)}",
             f"quotes_already_in_content: {sum(1 for q in draft.quotes if q.existing)}"]
    for kind, items in (("people", draft.people), ("organisations", draft.organisations)):
        lines.append(f"{kind}:" if items else f"{kind}: []")
        for m in items:
            lines += [f"  - id: {m.id}", f"    name: {_q(m.name)}", f"    known: {'true' if m.known else 'false'}"]
            if m.type:
                lines.append(f"    type: {m.type}")
            lines.append(f"    excerpt: {_q(m.excerpt)}")
    return "\n".join(lines) + "\n"


def render_draft(files: dict[str, str]) -> str:
    """Every file of the draft, one after another, each under a line naming it."""
    return "\n".join(f"# ==> {path} <==\n{text}" for path, text in files.items())


def write_draft(files: dict[str, str], out_dir: Path, content_dir: Path, *, into_content: bool = False) -> list[Path]:
    """Write the draft's files under `out_dir`, refusing content/ unless asked and any existing file."""
    inside = out_dir.resolve().is_relative_to(content_dir.resolve())
    if inside and not into_content:
        raise FactsheetError([Problem(str(out_dir), message="the draft would be written into the content folder",
                                      hint="review it elsewhere first, or pass --into-content")])
    if inside:
        files = {p: t for p, t in files.items() if p != MENTIONS}  # the loader allows no other files
        existing_ids = {p.stem for kind in FOLDERS if (content_dir / kind).is_dir() for p in (content_dir / kind).iterdir()}
        clashes = [p for p in files if Path(p).stem in existing_ids]
    else:
        clashes = [p for p in files if (out_dir / p).exists()]
    if clashes:
        raise FactsheetError([Problem(str(out_dir / p), message="exists already; the draft never overwrites a file",
                                      hint="choose an empty folder") for p in clashes])
    written = []
    for relative, text in files.items():
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
        written.append(path)
    return written
