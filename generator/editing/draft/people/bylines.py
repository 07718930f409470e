"""People named outside the running text: a byline's, a signature's, a transcript's speakers."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.content.ids import slug, unique
from generator.editing.draft.gazetteer import NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS
from generator.editing.draft.model import LIKELY, Person
from generator.editing.draft.people.names import aliases
from generator.editing.draft.people.titles import is_title
from generator.editing.draft.text import Article, fold

_BYLINE = re.compile(r"(?:^[ \t(]*By|\b(?:Reporting|Editing|Writing|[Aa]dditional reporting) by|"
                     r"^[ \t]*An?[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:summary|briefing|analysis|note|commentary|update)"
                     r"(?:[ \t]+for[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?[ \t]+by)[ \t]+(?P<names>[^\n;)]+)", re.MULTILINE)
"""Who wrote or edited the report: "By Elin Strand, Special to ...", "(Reporting by ...; Editing by ...)", a brief's "A
summary for subscribers by Elin Strand, senior fellow"."""


_SHIFT_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})[ \t]+\((?:now|earlier|later)\)")
_SHIFTS = re.compile(r"^[ \t]*" + _SHIFT_NAME.pattern.replace("?P<name>", "?:") + r"(?:(?:,|,?[ \t]+and)[ \t]+" +
                     _SHIFT_NAME.pattern.replace("?P<name>", "?:") + r")*[ \t]*$", re.MULTILINE)
"""A live blog's line of who writes it, each with their shift in brackets: "Helen Whitcombe (now) and Tom Aldous
(earlier)"."""


def _byline_names(names: str) -> list[tuple[str, str]]:
    """The full names a byline gives, two to four capitalised words each, joined by "and" or commas and
    followed by nothing but a place or a description after a comma: "By Elin Strand in Lviv"; each with
    the title a comma sets after it: "By Helena Marsh, Senior Fellow"."""
    found: list[tuple[str, str]] = []
    for part in re.split(r",| and | & ", names)[:3]:
        words = part.split()
        if found and not found[-1][1] and _byline_title(words):
            found[-1] = (found[-1][0], " ".join(words))
            continue
        size = next((i for i, w in enumerate(words) if not _byline_word(w)), len(words))
        if not 2 <= size <= 4 or (size < len(words) and words[size] != "in"):
            break  # "By New Year the grid should hold": no byline
        found.append((" ".join(words[:size]), ""))
    return found


def _byline_title(words: list[str]) -> bool:
    """Whether the words after a byline's name and its comma are a title alone: "Senior Fellow", "chief
    economist"; "Kyiv bureau" or a second name is none."""
    lower = [w.lower() for w in words]
    return bool(lower) and lower[-1] in TITLE_HEADS and all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in lower)


def _byline_word(word: str) -> bool:
    return word[:1].isupper() and word not in NOT_NAMES and word.lower() not in TITLE_HEADS and not word.isupper()


def bylined(article: Article, people: list[Person], known_forms: dict[str, tuple[str, str]],
             used: set[str]) -> list[Person]:
    """The reporters and editors a byline names, with the title it gives them, unless the text names them
    otherwise."""
    taken = {fold(a) for p in people for a in p.aliases}
    found = []
    bylines = [(m.group(), _byline_names(m.group("names"))) for m in _BYLINE.finditer(article.text)]
    bylines += [(m.group(), [(n, "") for n in _SHIFT_NAME.findall(m.group())]) for m in _SHIFTS.finditer(article.text)]
    for excerpt, names in bylines:
        for name, title in names:
            if fold(name) in taken:
                continue
            taken.add(fold(name))
            found.append(_outside_the_text(name, excerpt, title, f"{LIKELY}: named in the byline", known_forms, used))
    return found


def _outside_the_text(name: str, excerpt: str, title: str, why: str, known_forms: dict[str, tuple[str, str]],
                      used: set[str]) -> Person:
    """A person a byline or a signature names, by the id content/ has for that name or a new one."""
    hit = known_forms.get(fold(name), ("", ""))
    ident = hit[0] or unique(slug(name) or "person", used)
    used.add(ident)
    return Person(ident, hit[1] or name, bool(hit[0]), " ".join(excerpt.split()), title, "", why,
                  aliases=aliases(hit[1] or name))


_SIGNATURE = re.compile(r"^[ \t]*(?:Issued|Signed|Released|Approved)(?:[ \t]+by)?[ \t]*:?[ \t]*\n"
                        r"[ \t]*(?:(?:Dr|Hon|Mr|Mrs|Ms|Prof)\.?[ \t]+)?(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})"
                        r"[ \t]*,?[ \t]*\n[ \t]*(?P<title>[A-Z][\w -]{2,60}?)[ \t]*,?[ \t]*$", re.MULTILINE)
"""A release's signature: "Issued by:" on a line, the name on the next and the title on the one after ("Issued by:
/ Ruth Banda / Secretary for Health")."""


def signed(article: Article, people: list[Person], known_forms: dict[str, tuple[str, str]],
            used: set[str]) -> list[Person]:
    """The people with the one who signs the release, with the title the signature gives, unless the text gave them
    another."""
    result = list(people)
    for match in _SIGNATURE.finditer(article.text, article.body_start):
        name, title = " ".join(match.group("name").split()), " ".join(match.group("title").split())
        if not is_title(re.split(r"\s+(?:of|for)\s+", title, maxsplit=1)[0]):
            continue
        _titled(result, name, title, match.group(), f"{LIKELY}: the title {title!r} signs the release", known_forms, used)
    return result


def _titled(result: list[Person], name: str, title: str, excerpt: str, why: str,
            known_forms: dict[str, tuple[str, str]], used: set[str]) -> None:
    """The person a signature or a label names, with its title: given to the one the text named already, unless the
    text gave them another title, or added as one named outside the text."""
    at = next((i for i, p in enumerate(result) if fold(name) in map(fold, p.aliases or aliases(p.name))), None)
    if at is None:
        result.append(_outside_the_text(name, excerpt, title, why, known_forms, used))
    elif not result[at].title:
        result[at] = replace(result[at], title=title, why=why)


_SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){1,3}),[ \t]*"
                            r"(?P<title>[A-Z][A-Z -]{2,40}?)[ \t]*:", re.MULTILINE)
"""A transcript's label of who speaks, in capitals, with the title after a comma: "SARAH WHITFORD, ANCHOR: Good
evening."."""


_UNNAMED_LABELS = frozenset({"UNIDENTIFIED", "UNKNOWN", "MALE", "FEMALE", "VOICE", "CROWD", "ANNOUNCER", "INTERPRETER",
                             "TRANSLATOR", "NARRATOR"})
"""Words of a transcript's label for a speaker it does not name."""


def transcript_speakers(article: Article, people: list[Person], known_forms: dict[str, tuple[str, str]],
                         used: set[str]) -> list[Person]:
    """The people with those a transcript's labels name, with the title the label gives, unless the text gave them
    another: a broadcast transcript names its anchor and reporters so, and perhaps nowhere else."""
    result = list(people)
    for match in _SPEAKER_LABEL.finditer(article.text):
        name = " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                        for w in match.group("name").split())
        title = " ".join(match.group("title").split()).lower()
        if not is_title(title) or set(match.group("name").split()) & _UNNAMED_LABELS:
            continue  # "UNIDENTIFIED MALE, SPOKESMAN:" names no one
        _titled(result, name, title, match.group(), f"{LIKELY}: the title {title!r} labels the speaker", known_forms,
                used)
    return result
