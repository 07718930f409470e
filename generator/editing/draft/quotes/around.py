"""The speaker the sentences around a quote give it to: a lead-in, the sentence before, a signature below."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.gazetteer import TITLE_HEADS
from generator.editing.draft.model import LIKELY, UNSURE
from generator.editing.draft.quotes.attribution import OWNER_WORDS, attribution, with_title
from generator.editing.draft.quotes.offices import HEAD_OF, other_office, title_end, title_noun
from generator.editing.draft.quotes.referents import INDEFINITE_PERSON, someone_unknown
from generator.editing.draft.quotes.said import VERB, Said, aside, own, starts_sentence
from generator.editing.draft.quotes.speakers import person_for, resolve
from generator.editing.draft.text import Article, Quotation, fold

_OWN_VERB = re.compile(r"[\s,;:—–-]*[^.;:!?\"“”]{0,100}?\b(?:" + VERB.pattern + r"|reads?|quoting)\b", re.IGNORECASE)
"""A verb of speech after the quote in its own sentence, or a document's: "..., the communique read"."""


def own_attribution(article: Article, quotation: Quotation, index: int) -> Said | None:
    """A quote its own sentence gives to someone the draft cannot name ("'We have had no parts since June,'
    said one of the technicians", "'Both sides agreed,' the statement said"): the words are that one's,
    never those of a speaker named in a sentence before, so nothing is guessed from around the quote."""
    sentence = own(article, index)
    tail = article.masked[quotation.span.end:sentence.end]
    if not _OWN_VERB.match(tail):
        return None
    if INDEFINITE_PERSON.search(tail):
        return Said(None, True, f"{LIKELY}: the attribution after the quote names nobody; anonymous", (index,))
    return Said(None, False, f"{UNSURE}: REVIEW: the attribution after the quote names no one the draft knows",
                 (index,))


def run_closed_by(article: Article, cast: Cast, quotation: Quotation) -> Said | None:
    """A quotation that runs on over paragraphs in one voice, given to its speaker only where it closes: "Engineers
    reached the dam. / "We will rebuild the school first. / "The clinic follows in May," Mayor Ida Holm said." Each
    paragraph is the words of the one the closing paragraph names."""
    if not quotation.runs_on:
        return None
    at = article.quotations.index(quotation)
    while at + 1 < len(article.quotations) and article.quotations[at].runs_on:
        at += 1
    last = article.quotations[at]
    index = article.sentence_index(last.span.start)
    said = attribution(article, cast, last, index) or own_attribution(article, last, index)
    if said is None or not (said.speaker or said.anonymous):
        return None
    why = said.why.split(": ", 1)[-1]
    return Said(said.speaker, said.anonymous, f"{LIKELY}: runs on to the paragraph that closes it ({why})",
                 (article.sentence_index(quotation.span.start), *said.sentences))


def lead_in(article: Article, cast: Cast, index: int) -> Said | None:
    """A quote standing alone right after a sentence about one person ("Albers was more guarded.
    'Money alone ...'"): a report lets the sentence before introduce the speaker. Only where that
    sentence's subject is the one person it names, and it quotes nobody itself."""
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    if any(q.within(previous) for q in article.quotation_spans) or someone_unknown(cast, index - 1):
        return None
    subject = cast.sentence_subject(index - 1) or _according_to(cast, index - 1)
    if subject is None or subject.kind not in ("person", "pronoun", "description") or \
            (subject.kind == "description" and not _one_of_title(cast, subject)):
        return None
    person, reason, back = person_for(cast, subject, index - 1)
    others = {a.ref for a in cast.in_sentence(index - 1) if a.kind == "person" and not aside(article, subject, a)}
    if person is None or (others - {person} and not _says(article, cast, subject, index - 1)):
        return None
    return Said(person, False, f"{LIKELY}: {reason}, the subject of the sentence that leads into the quote",
                 (*((back,) if back is not None else ()), index - 1, index))


_ACCORDING_TO = re.compile(r"(?:According\s+to|In\s+the\s+words\s+of)\s+")


def _according_to(cast: Cast, index: int) -> Actor | None:
    """The one whose account a sentence opens by giving ("According to Mayor Ion Vasile, the camp is full."): the
    source of what it says, and so of a quote standing alone right after it."""
    sentence = cast.article.sentences[index]
    lead = _ACCORDING_TO.match(cast.article.masked, entry_start(cast.article, sentence), sentence.end)
    actors = cast.in_sentence(index)
    if lead is None or not actors or actors[0].span.start != lead.end() or \
            not re.match(r"\s*,", cast.article.masked[title_end(cast.article.masked, actors[0]):]):
        return None
    return actors[0]


_CLOSING_VERB = re.compile(r"\s+(?:also\s+)?(?:" + VERB.pattern + r")\b[^,;:]{0,40}$", re.IGNORECASE)
_OPENING_VERB = re.compile(r",\s*(?:" + VERB.pattern + r")\s+(?:the\s+)?$", re.IGNORECASE)


def _one_of_title(cast: Cast, actor: Actor) -> bool:
    """Whether a description's title is one person's alone among those named before it, whatever words
    stand before its noun but those that make another office: after two ministers, "The Romanian minister" may
    be either, whatever country the draft knows each one's for, but after a Prime Minister and a Trade Minister
    "The minister" is the Trade Minister. "The Head of State" is the report's principal."""
    if HEAD_OF.match(cast.article.masked, actor.span.end):
        return True
    # "The Minister of Planning": the title's noun stands before what it is "of"
    words = fold(re.split(r"\s+(?:of|for)\s+", actor.ref, maxsplit=1)[0]).split()
    return sum(1 for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start
               and any(title_noun(part) == words[-1] and not other_office(part, words)
                       for part in fold(p.title).split(" and "))) == 1


_SETTING_TAIL = re.compile(r"(?:\s+(?:in|on|at|during|via|late|earlier|later|after|before)\b[^,;:\"“”]{0,60})?")
"""Where or when words were said, closing an attribution that opens with its verb: ", said Vasile in a statement",
", said the mayor on Facebook late on Monday"."""


def _in_setting(cast: Cast, actor: Actor, index: int) -> bool:
    """Whether a country or body closes a sentence as where words were said, after a person's own attribution: the
    "Facebook" of ", said the mayor on Facebook"."""
    if actor.kind != "organisation":
        return False
    masked = cast.article.masked
    sentence = own(cast.article, index)
    people = [a for a in cast.in_sentence(index) if a.kind != "organisation" and a.span.end <= actor.span.start]
    return bool(people) and bool(_SETTING_TAIL.fullmatch(masked[people[-1].span.end:sentence.end].rstrip(" \n."))) \
        and bool(_OPENING_VERB.search(masked, sentence.start, people[-1].span.start))


def said_before(article: Article, cast: Cast, index: int) -> Said | None:
    """A quote standing alone right after a sentence that closes on its attribution ("The pumps run
    again, she said. 'We were lucky.'"): the words go on in the same voice. Only where that sentence
    quotes nobody itself."""
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    if any(q.within(previous) for q in article.quotation_spans):
        return None
    actors = [a for a in cast.in_sentence(index - 1) if not _in_setting(cast, a, index - 1)]
    if not actors:
        return None
    last = actors[-1]
    masked = article.masked
    lead, tail = masked[previous.start:last.span.start], masked[last.span.end:previous.end].rstrip(" \n.")
    if (re.search(r",\s*$", lead) and _CLOSING_VERB.fullmatch(tail)) or \
            (_OPENING_VERB.search(lead) and _SETTING_TAIL.fullmatch(tail)):
        said = resolve(cast, last, index - 1, "closing the sentence that leads into the quote")
        if said.speaker or said.anonymous:
            return Said(said.speaker, said.anonymous, said.why, (index - 1, index))
    return None


def after_exclamation(article: Article, cast: Cast, quotation: Quotation, index: int) -> Said | None:
    """A quote closed by "!" or "?" ends its sentence, and the attribution opens the next: "'Thank you,
    Oslo!' Lund wrote on X." Only where the next sentence opens with its speaker and a verb of speech."""
    sentence = own(article, index)
    if not quotation.words.rstrip().endswith(("!", "?")) or article.masked[quotation.span.end:sentence.end].strip() \
            or index + 1 >= len(article.sentences):
        return None
    nxt = article.sentences[index + 1]
    actors = cast.in_sentence(index + 1)
    if not actors or article.masked[nxt.start:actors[0].span.start].strip() or \
            not re.match(r"\s*(?:also\s+)?(?:" + VERB.pattern + r")\b", article.masked[actors[0].span.end:nxt.end],
                         re.IGNORECASE):
        return None
    said = resolve(cast, actors[0], index + 1, "opening the sentence after the quote")
    return Said(said.speaker, said.anonymous, said.why, (index, index + 1))


_THAT_WAS = re.compile(r"(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+words\s+of\s+)?(?:the\s+)?")


def that_was(cast: Cast, quotation: Quotation, index: int) -> Said | None:
    """A quote standing alone, named by the sentence after it, as a live blog or a broadcast does: "'We are
    not asking for charity.' That was Defence Minister Ana Ruiz a short while ago", "Those were the words of
    ...". Only where the quote makes up its sentences and the next one opens so, on a person."""
    article = cast.article
    last = article.sentence_index(max(quotation.span.start, quotation.span.end - 1))
    if not starts_sentence(article, quotation, index) or last + 1 >= len(article.sentences) or \
            article.masked[quotation.span.end:article.sentences[last].end].strip(" .,"):
        return None
    nxt = article.sentences[last + 1]
    lead = _THAT_WAS.match(article.masked, nxt.start)
    actors = cast.in_sentence(last + 1)
    if lead is None or not actors or actors[0].kind != "person":
        return None
    title = article.masked[lead.end():with_title(cast, actors[0])]
    if title and not OWNER_WORDS.fullmatch(title):
        return None  # "That was the message from Ana Ruiz": the words before the name are no title
    said = resolve(cast, actors[0], last + 1, "named by the sentence after the quote")
    return Said(said.speaker, said.anonymous, said.why, (index, last + 1))


_SIGNATURE = re.compile(r"[ \t]*[-—–][ \t]*(?:The\s+)?(?:(?:Rt\.?\s+)?Hon(?:ou?rable|\.)?\s+)?")
"""The dash, and a style, that open the line naming who a release quotes: "- The Honourable Ana Ruiz, Minister"."""


def signed_below(article: Article, cast: Cast, quotation: Quotation, index: int) -> Said | None:
    """A quote standing alone, signed on the line below with a dash, the name, and the title after a comma
    alone, as a government release sets out its quotes:
    "'Nobody leaves home lightly.'
    - The Honourable Ana Ruiz, Minister of Development"."""
    sentence = own(article, index)
    if not starts_sentence(article, quotation, index) or article.masked[quotation.span.end:sentence.end].strip(" .") \
            or index + 1 >= len(article.sentences) or "\n" not in article.masked[sentence.end:article.sentences[index + 1].start]:
        return None
    line = article.sentences[index + 1]
    lead = _SIGNATURE.match(article.masked, line.start)
    actors = cast.in_sentence(index + 1)
    if lead is None or not actors or actors[0].kind != "person" or actors[0].span.start > lead.end():
        return None
    tail = article.masked[actors[0].span.end:line.end]
    if not re.fullmatch(r"(?:,[^.;:]*)?\.?", tail) or VERB.search(tail) or _tells_more(actors, tail):
        return None
    name = cast.people[actors[0].ref].name
    return Said(actors[0].ref, False, f"{LIKELY}: {name} signs the line below the quote", (index, index + 1))


def _tells_more(actors: list[Actor], tail: str) -> bool:
    """Whether a line opened by a dash after a quote goes on past the name and title of one who signs it: a
    signature gives a name and then, after a comma, a title ("- Hon. Ana Ruiz, Minister of Water and Sanitation"),
    while a line of a list tells of others or of what was done ("- The mayor, Piet Vos, met Lind and Berg at the
    quay", "- Piet Vos, the mayor, inspected the quay")."""
    title = tail.strip(" ,.")
    return any(a.kind == "person" and a.ref != actors[0].ref for a in actors[1:]) or \
        (bool(title) and not set(re.findall(r"[^\W\d_]+", title.lower())) & TITLE_HEADS)


def _says(article: Article, cast: Cast, subject: Actor, index: int) -> bool:
    """Whether the sentence's subject is the subject of its first verb of speech ("Edholm said he had
    discussed the deal with Boiko"): whoever else it names, the words that follow are the subject's."""
    sentence = own(article, index)
    verb = VERB.search(article.masked, subject.span.end, sentence.end)
    return verb is not None and cast.subject_before(verb.start(), index) == subject
