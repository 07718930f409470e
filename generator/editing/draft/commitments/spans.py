"""Where things are in a sentence.

The start of a clause, the item at a point, the clause after it, lists, and the forms of a country's name."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.words import ADJECTIVES, CLAUSE_END, FIGURE, LIST_LINE, NEW_CLAUSE
from generator.editing.draft.gazetteer import ENTRIES
from generator.editing.draft.items import Found, contents
from generator.editing.draft.model import Commitment
from generator.editing.draft.text import Article


def country_forms(cast: Cast, ident: str) -> set[str]:
    """Every way the gazetteer and the text write a country: "Vietnam", "Viet Nam", "Vietnamese"."""
    name = cast.organisations[ident].name
    entry = next((e for e in ENTRIES if e.name == name), None)
    return {name, *cast.organisations[ident].forms, *(entry.forms if entry else ())}


def rest_of_name(name: str, forms: set[str]) -> str:
    """What a body's name says after the country it opens with: "Coast Guard" of "Japan Coast Guard"; "" when
    it opens with none of the country's forms."""
    return next((name[len(form):].strip() for form in sorted(forms, key=len, reverse=True)
                 if name.startswith(form + " ")), "")

def listed_contents(found: list[Found], text: str) -> list[Found]:
    """"The package includes crew training, fuel for two years and maintenance at the base": what a package
    lists is aid by being listed, whatever its words, and each part is a thing of its own; read so when the
    reading of things by their kind found one thing at most and this finds more; so is what a grant covers.
    ("Among the pledges was" names one gift, not a list.)"""
    listed = contents(text)
    return listed if len(listed) > len(found) else found
_LIST_SEPARATOR = re.compile(r"(?:,|\band|,\s+and)\s+(?:the\s+)?$")


def after_first_figure(text: str, start: int, position: int, mentions: list[tuple[int, int]]) -> bool:
    """Whether a country at `position`, set off by a comma or "and", follows a chain of figures whose first
    stands right after its verb rather than after a country ("pledged 80 million euros, France 50 million")."""
    while True:
        separator = _LIST_SEPARATOR.search(text, start, position)
        if separator is None:
            return False
        figures = list(FIGURE.finditer(text, start, separator.start()))
        if not figures:
            return False
        figure = figures[-1].start()
        owner = next((m for m in mentions if m[1] < figure and not text[m[1]:figure].strip()), None)
        if owner is None:
            return True
        position = owner[0]


def list_heading(article: Article, index: int) -> int | None:
    """The sentence ending with a colon that a numbered or bulleted list, this line in it, follows."""
    for back in range(index - 1, max(-1, index - 16), -1):
        text = article.sentence_text(back)
        if text.endswith(":"):
            return back
        if not re.search(r"[;,]\s+(?:and|or)$|;$|^\d{1,2}[.)]$", text) and not LIST_LINE.match(text):
            return None
    return None
_JUST = re.compile(r"(?<=\s)(?:just|itself|themselves|today|yesterday)\s+$")


def before_just(article: Article, position: int) -> int:
    """Where a verb's subject gap ends, before the "just" of news as it happens or an "itself" that stresses
    the subject: "Chad has just announced a grant", "Chad itself took delivery of": the subject is read as
    without it."""
    just = _JUST.search(article.masked, max(0, position - 14), position)
    return just.start() if just else position


def following(cast: Cast, index: int, subject: Actor) -> list[Actor]:
    """The subject a sentence opens with and those joined to it by "and": "The World Bank and the ADB"."""
    actors = cast.in_sentence(index)
    chain = [subject]
    for actor in actors[actors.index(subject) + 1:]:
        if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", cast.article.masked[chain[-1].span.end:actor.span.start]):
            break
        chain.append(actor)
    return chain


def and_after(article: Article, cast: Cast, index: int, first: Actor) -> list[Actor]:
    """The countries and organisations joined to `first` by "and" after it: "from Norway and Denmark"."""
    joined: list[Actor] = []
    last = first
    ends = 0
    for actor in (a for a in cast.in_sentence(index) if a.span.start >= first.span.end):
        if actor.ref == last.ref and re.fullmatch(r"\s*\(", article.masked[last.span.end:actor.span.start]):
            last = actor  # "the World Health Organization (WHO) and UNICEF": the name's abbreviation after it
            continue
        gap = re.fullmatch(r"\s*\)?\s*(?:,|,?\s*(?P<and>and))\s*(?:the\s+)?", article.masked[last.span.end:actor.span.start])
        if actor.kind != "organisation" or not gap or NEW_CLAUSE.match(article.masked[actor.span.end:]) \
                or article.masked[actor.span.start:actor.span.end] in ADJECTIVES:
            break
        joined.append(actor)
        last = actor
        if gap.group("and"):
            ends = len(joined)  # a list is joined only up to its "and": "from Norway, Ukrainian officials said"
            break
    return joined[:ends]


_LINKING_ADVERB = r"(?:Separately|Additionally|Finally|Similarly|Likewise|Elsewhere|Subsequently|Previously|Initially|" \
                  r"Moreover|Furthermore|Besides)(?=,)"
"""An adverb that links a sentence to the one before, set off by a comma: "Separately, two water units were
handed over to the utility by Unicef": the clause, and its subject, start after it."""


def own_start(article: Article, index: int) -> int:
    """Where a sentence's own words start, past what opens a line of a list, a readout's outcomes or a live blog: "- The
    country will send", "(b) Norway and Chile said they would", "Third: The two sides signed", "14:05 - The Dutch
    government said it would" open with their subject as the same words without the opener do."""
    return entry_start(article, article.sentences[index])


def clause_start(article: Article, index: int, position: int) -> int | None:
    """Where the clause before `position` starts: the sentence's start, after any opening phrase set off
    by a comma ("On Monday, ..."), and past the bullet, number or time that opens a line of a list or a live blog
    ("- A first convoy of 40 trucks handed over by Chile": the convoy, not "- A first convoy"); None when the clause
    is longer than a subject can be."""
    begin = entry_start(article, article.sentences[index])
    text = article.masked[begin:position]
    that = list(re.finditer(r"\bthat\s+|\b(?:said|says|told\s+(?:reporters|journalists|\w+)|confirmed|announced)\s+(?!that\b)",
                            text))
    lead = re.match(r"(?:On|In|At|After|Before|During|Last|This|Earlier|Later|Meanwhile|Since|By|Over|Under|On\s+\w+|"
                    + _LINKING_ADVERB + r")\b[^,]{0,60},\s+(?=\S)", text)
    start = begin + (that[-1].end() if that else lead.end() if lead else 0)
    # "The interview came days after 30,000 doses arrived", "the ceremony in Osh, where 12 tractors financed by
    # Japan were handed over": the clause a conjunction or "where" opens inside the sentence
    opened = [m for m in re.finditer(r"(?<=[a-z,]\s)(?:after|when|where|since|before|while|once|until)\s+(?=(?:the|a|an|some|"
                                     r"\d|[A-Z]))", text) if begin + m.end() > start]
    if opened:
        start = begin + opened[-1].end()
    joined = list(re.finditer(r"(?:,|;)\s+(?:and|while|but|whereas)\s+|;\s+", article.masked[start:position]))
    if joined:
        start += joined[-1].end()  # "IOM has delivered roofing kits, and 200 generators donated by Japan arrived"
    # "The first consignment of relief material, including tents, blankets and medicines, was flown": the list set
    # off in the subject makes it no longer than a subject is
    subject = _LISTED_ASIDE.sub(" ", article.masked[start:position])
    return start if len(subject.split()) <= 18 else None


_LISTED_ASIDE = re.compile(r",\s+(?:including|comprising|such\s+as|consisting\s+of|made\s+up\s+of)\s+"
                           r"(?:[^;:.—–()]|\.\d){1,250},\s+$")


def called_by(name: str, words: list[str]) -> bool:
    """Whether a body's name ends with these words (any case), or opens with them, written with capitals, before
    an "of": "Liberia National Police" by "national police", "Ministry of Water" by "Ministry"."""
    parts = name.split()
    if len(parts) > len(words) and [p.lower() for p in parts[-len(words):]] == [w.lower() for w in words]:
        return True
    # "the National Demining Authority for Eastern Provinces" by "the authority": the words its head ends with
    head = parts[:next((i for i, p in enumerate(parts) if p in ("of", "for")), len(parts))]
    if len(parts) > len(head) > len(words) and [p.lower() for p in head[-len(words):]] == [w.lower() for w in words]:
        return True
    return len(parts) > len(words) + 1 and parts[:len(words)] == words and parts[len(words)] == "of" and \
        all(w[0].isupper() for w in words)


def names_blanked(article: Article, cast: Cast, index: int, start: int, end: int) -> str:
    """The text from `start` to `end` with the names of organisations blanked, so that the words inside a
    name do not end a clause: "a loan from the Bank for Reconstruction and Development to Naftogaz"."""
    text = list(article.masked[start:end])
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and start <= actor.span.start and actor.span.end <= end:
            text[actor.span.start - start:actor.span.end - start] = "N" * (actor.span.end - actor.span.start)
    return "".join(text)


def listed_after(article: Article, cast: Cast, index: int, first: Actor) -> tuple[str, ...]:
    """The countries or organisations listed after `first` with commas and a last "and"; none when the
    list does not close with "and" (a comma may end the clause instead)."""
    listed: list[str] = []
    last = first
    # "4 million euros to UNICEF and to the World Health Organization": the word that led to the first, said again
    # ("for Chad and for schools" may add a purpose, so only "to" is read again)
    led = re.search(r"\b(?P<prep>to)\s+(?:the\s+)?$", article.masked[max(0, first.span.start - 10):first.span.start])
    again = led.group("prep") if led else "(?!)"
    for actor in (a for a in cast.in_sentence(index) if a.span.start >= first.span.end):
        if actor.ref == last.ref and re.fullmatch(r"\s*\(", article.masked[last.span.end:actor.span.start]):
            last = actor  # "the World Health Organization (WHO) and UNICEF": the name's abbreviation after it
            continue
        gap = re.fullmatch(r"\s*\)?\s*(?:,|,?\s*(?P<and>and))\s*(?:" + again + r"\s+)?(?:the\s+)?",
                           article.masked[last.span.end:actor.span.start])
        if actor.kind != "organisation" or gap is None or article.masked[actor.span.start:actor.span.end] in ADJECTIVES \
                or cast.organisations[actor.ref].type != cast.organisations[first.ref].type \
                or NEW_CLAUSE.match(article.masked[actor.span.end:]):
            break  # "to Ukraine, and Spain will send": a clause of its own
        listed.append(actor.ref)
        last = actor
        if gap.group("and"):
            return tuple(dict.fromkeys(r for r in listed if r != first.ref))
    return _to_again_after_aside(article, cast, index, first) if led else ()


_ASIDE_THEN_TO = re.compile(r"(?:\s*\([A-Z][\w&-]{1,9}\))?,\s+(?:known\s+(?:by|as)\b|which\s|who\s|the\s|its\s|"
                            r"[A-Z][\w-]*[’']s\s)[^,;:()]{1,100}?(?:\s*\([A-Z][\w&-]{1,9}\))?,\s+and\s+to\s+(?:the\s+)?")


def _to_again_after_aside(article: Article, cast: Cast, index: int, first: Actor) -> tuple[str, ...]:
    """"$12 million to the Electoral Commission, known by its acronym CEC, and to the Voter Registry Office": a
    second body that "to" leads to again, after an aside set off by commas on the first ("known as", "which ...",
    "the country's disaster agency"), receives as well. Not "and to fight fires", which names a purpose."""
    aside = _ASIDE_THEN_TO.match(article.masked, first.span.end)
    if aside is None:
        return ()
    second = next((a for a in cast.in_sentence(index) if a.span.start == aside.end()), None)
    if second is None or second.kind != "organisation" or second.ref == first.ref or \
            cast.organisations[second.ref].type != cast.organisations[first.ref].type or \
            article.masked[second.span.start:second.span.end] in ADJECTIVES:
        return ()
    return (second.ref,)


def item_at(article: Article, commitment: Commitment) -> tuple[int, int] | None:
    """Where a commitment's item stands in its sentence, by its longest wording: the rules that read the words around
    the thing given start from there. None when the wording is not in the sentence as written."""
    sentence = article.sentences[commitment.sentence]
    wording = max(commitment.wordings, key=len)
    position = article.masked.find(wording, sentence.start, sentence.end)
    return (position, position + len(wording)) if position >= 0 else None


def clause_after(cast: Cast, commitment: Commitment) -> str:
    """The words of a commitment's clause after its item, up to where the clause ends: "training for 900 nurses
    in both countries, and Japan sent tents" gives " for 900 nurses in both countries"."""
    article = cast.article
    at = item_at(article, commitment)
    if at is None:
        return ""
    rest = article.masked[at[1]:article.sentences[commitment.sentence].end]
    end = CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest
