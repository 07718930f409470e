"""Quotes: every span in quotation marks that is words someone said or wrote, with its speaker
resolved across its sentence and the one before; a phrase quoted twice is one quote, and scare
quotes (a term in quotation marks that nobody is reported to have said) are none."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.content import evidence as ev
from generator.content.ids import slug, unique
from generator.editing.draft.actors import BULLET, SUBJECT_GAP, Actor, Cast, entry_start
from generator.editing.draft.gazetteer import PRONOUNS, SPEECH_VERBS, TITLE_HEADS
from generator.editing.draft.known import Known
from generator.editing.draft.model import LIKELY, SURE, UNSURE, Quote
from generator.editing.draft.text import Article, Quotation, Span, fold

MIN_WORDS = 4
"""A shorter quoted phrase is a quote only where the sentence gives it to someone."""
ID_WORDS = 5
_PRESENT = ("calls", "describes")
"""Verbs of speech in the present tense of a feature: "Brändli calls demining 'the precondition'"."""
_MANNER = ("joked", "quipped", "laughed", "shouted", "pleaded", "complained", "cautioned", "predicted", "observed",
           "commented", "responded", "answered", "retorted", "reiterated", "affirmed", "lamented", "recounted",
           "asserted", "assured", "promised", "pledged", "says", "recalls", "adds", "notes", "explains", "insists",
           "warns", "argues", "admits")
"""Other verbs that give words to their subject, in the past or the present of a feature: "'We can say thank you
and that's about it,' he joked", "'It will be there by May,' she promised", "he pledged the money would come
'in full coordination with Beirut'"."""
_VERB = re.compile(r"\b(?:" + "|".join(sorted({*SPEECH_VERBS, *_PRESENT, *_MANNER}, key=len, reverse=True)) +
                   r"|according to|in the words of|put it)\b", re.IGNORECASE)
_CHANNEL = re.compile(r"\b(?:on|in a post on)\s+(?P<platform>X|Telegram|Facebook|Twitter|Instagram)\b|"
                      r"\b(?:at|during|in)\s+(?P<event>(?:a|the)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing)"
                      r"|a\s+statement|a\s+video\s+address)\b")


def channel(sentence: str) -> str:
    """Where the sentence says words were said or written: "X", "a news conference"."""
    match = _CHANNEL.search(sentence)
    if not match:
        return ""
    return match.group("platform") or " ".join(match.group("event").split())


class _Said:
    """Who the text gives a quotation to: a person, someone unnamed, or nobody clear."""

    def __init__(self, speaker: str | None, anonymous: bool, why: str, sentences: tuple[int, ...]):
        self.speaker = speaker
        self.anonymous = anonymous
        self.why = why
        self.sentences = sentences


def _own(article: Article, index: int) -> Span:
    """A sentence from its own first word, past the bullet, number or time that opens a list's line or a live
    blog's entry: in "- 'We can lend,' she said" or "- During the call, the minister said: '...'" the words that
    give the quote to its speaker read as they would with no bullet."""
    sentence = article.sentences[index]
    return Span(entry_start(article, sentence), sentence.end)


_BULLET = re.compile(rf"\s*(?:{BULLET})")


def _past_bullet(article: Article, index: int) -> int:
    """Where a sentence starts past the bullet or number of a list's line ("- ", "2. "), but not past a live
    blog's time, which opens an entry of its own."""
    start = article.sentences[index].start
    bullet = _BULLET.match(article.masked, start)
    return bullet.end() if bullet else start


def find_quotes(article: Article, cast: Cast, known: Known, used: set[str]) -> list[Quote]:
    quotes: dict[str, Quote] = {}
    said_in: dict[int, _Said] = {}
    for quotation in article.quotations:
        index = article.sentence_index(quotation.span.start)
        said = _excellency(article, cast, quotation, index) or _attribution(article, cast, quotation, index) \
            or _after_exclamation(article, cast, quotation, index) \
            or _signed_below(article, cast, quotation, index) or _own_attribution(article, quotation, index) \
            or _that_was(cast, quotation, index) or _run_closed_by(article, cast, quotation)
        # a quote that opens a live blog's entry after its time goes on from nothing before the entry; one that
        # opens a list's line after its bullet goes on from the line before ("Ruiz said:\n- 'We will rebuild.'")
        starts = not article.masked[_past_bullet(article, index):quotation.span.start].strip()
        if said is None:
            previous = said_in.get(index - 1)
            if previous is not None and starts and (previous.speaker or previous.anonymous):
                said = _Said(previous.speaker, previous.anonymous,
                             f"{LIKELY}: goes on from the quote before, given to the same speaker",
                             (*previous.sentences, index))
        if said is None and starts and len(quotation.words.split()) >= MIN_WORDS:
            said = _said_before(article, cast, index) or _lead_in(article, cast, index)
        if said is None:
            if len(quotation.words.split()) < MIN_WORDS or _scare(article, quotation):
                continue
            said = _Said(None, False, f"{UNSURE}: REVIEW: no attribution next to the quote", (index,))
        elif len(quotation.words.split()) < MIN_WORDS and _scare(article, quotation) and \
                not (said.speaker and _termed(article, quotation)):
            continue
        said_in.setdefault(index, said)
        key = fold(quotation.words)
        if not key:
            continue
        excerpts = tuple(dict.fromkeys(article.sentence_text(i) for i in sorted({*said.sentences, index})))
        if key in quotes:
            old = quotes[key]
            merged = tuple(dict.fromkeys((*old.excerpts, *excerpts)))
            if old.speaker is None and said.speaker:
                old = Quote(old.id, old.text, said.speaker, False, said.why, merged, old.channel, old.existing,
                            old.sentence)
            quotes[key] = replace(old, excerpts=merged)
            continue
        ident = unique(slug(" ".join(quotation.words.split()[:ID_WORDS])) or "quote", used)
        used.add(ident)
        quotes[key] = Quote(ident, " ".join(quotation.words.split()), said.speaker, said.anonymous, said.why,
                            excerpts, channel(article.sentence_text(index)),
                            known.quotes.get(ev.normalise(quotation.words), ""), index)
    return list(quotes.values())


_PERSON_NOUNS = ("man|woman|men|women|boy|girl|mother|father|grandmother|grandfather|widow|farmer|fisherman|herder|"
                 "shepherd|trader|vendor|shopkeeper|merchant|driver|nurse|teacher|worker|labourer|laborer|volunteer|"
                 "student|survivor|refugee|villager|pensioner|passenger|mechanic|technician|medic|guard|doctor|"
                 "engineer|official|diplomat|source|aide|resident|witness|soldier|officer|member|person|employee|"
                 "owner|manager|activist|protester|parent|local|neighbour|neighbor|sergeant|corporal|cadet|pilot|"
                 "paramedic|firefighter|rescuer|miner|veteran|priest|imam|elder|businessman|businesswoman|journalist|"
                 "reporter|correspondent|lawyer|judge|lawmaker|politician|voter|citizen|patient|victim|hostage|"
                 "prisoner|detainee|migrant|evacuee|tourist|visitor|interpreter|expert|economist|researcher|scientist|"
                 "professor|child|son|daughter|wife|husband|brother|sister|friend|colleague|relative|uncle|aunt")
_INDEFINITE_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:of\s+the\s+|of\s+(?:his|her|their)\s+)?"
                                r"[\w’'-]+\s+){0,3}?(?:" + _PERSON_NOUNS + r")s?\b")
"""Someone the text does not name: "a fisherman mending nets", "one of the engineers", "another resident"."""
_LONE_NOUNS = "|".join(n for n in _PERSON_NOUNS.split("|") if n not in ("men", "women", "guard", "member", "source"))
_UNNAMED_PERSON = re.compile(r"\b(?:(?:[Aa]n?|[Aa]nother)\s+(?:(?!(?:where|who|which|that|and|or|but|as|when|while|with|"
                             r"for|to|in|on|at|of|from|by|the)\b)[\w’'-]+\s+){0,3}?(?:" + _LONE_NOUNS + r")|[Oo]ne\s+of\s+"
                             r"(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:(?:" + _LONE_NOUNS + r")s|men|women|"
                             r"children)|[Oo]ne\s+of\s+(?:them|those))"
                             r"(?![\w-])(?=\s*(?:[,;:.)—–]|$)|\s+(?:who|whom|whose|from|in|at|of|with|on|near|outside|"
                             r"inside|by|for|and)\b|\s+\w+(?:ed|ing)\b|\s+(?:" + _VERB.pattern + r")\b)")
"""One person the text does not name, where the noun is a person's and not a word before another noun ("a refugee
camp", "an official visit", "a guard of honour") nor what the subject is ("He is not a man for slogans"): "a
fisherman mending nets", "a farmer from the valley", "one of the engineers"."""
_PREDICATE = re.compile(r"\b(?:is|was|are|were|be|been|becomes|became|remains|as)\s+(?:not\s+|also\s+|still\s+)?$")
"""What someone is or was, not someone else: "He is not a man for slogans", "a decade as a fisherman"."""
_APPOSITION = re.compile(r"(?:,[^,;:.]{0,30})*,\s*")
_STYLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z]")
_STYLES = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}
"""The 'he' or 'she' a style shows: "Mr Rui Costa" is never the 'she' of a later quote."""
"""A name after a style that the draft may not know as a person: "met Ms Ana Duarte in Lisbon"."""
_OWN_VERB = re.compile(r"[\s,;:—–-]*[^.;:!?\"“”]{0,100}?\b(?:" + _VERB.pattern + r"|reads?|quoting)\b", re.IGNORECASE)
"""A verb of speech after the quote in its own sentence, or a document's: "..., the communique read"."""


def _own_attribution(article: Article, quotation: Quotation, index: int) -> _Said | None:
    """A quote its own sentence gives to someone the draft cannot name ("'We have had no parts since June,'
    said one of the technicians", "'Both sides agreed,' the statement said"): the words are that one's,
    never those of a speaker named in a sentence before, so nothing is guessed from around the quote."""
    sentence = _own(article, index)
    tail = article.masked[quotation.span.end:sentence.end]
    if not _OWN_VERB.match(tail):
        return None
    if _INDEFINITE_PERSON.search(tail):
        return _Said(None, True, f"{LIKELY}: the attribution after the quote names nobody; anonymous", (index,))
    return _Said(None, False, f"{UNSURE}: REVIEW: the attribution after the quote names no one the draft knows",
                 (index,))


def _run_closed_by(article: Article, cast: Cast, quotation: Quotation) -> _Said | None:
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
    said = _attribution(article, cast, last, index) or _own_attribution(article, last, index)
    if said is None or not (said.speaker or said.anonymous):
        return None
    why = said.why.split(": ", 1)[-1]
    return _Said(said.speaker, said.anonymous, f"{LIKELY}: runs on to the paragraph that closes it ({why})",
                 (article.sentence_index(quotation.span.start), *said.sentences))


def starts_sentence(article: Article, quotation: Quotation, index: int) -> bool:
    """Whether a quote opens its sentence, past the time that opens a live blog's entry: "18:40 – "We are not asking
    for charity." That was Mayor Ion Vasile" names its speaker in the sentence after, as it would without the time."""
    return not article.masked[entry_start(article, article.sentences[index]):quotation.span.start].strip()


def _lead_in(article: Article, cast: Cast, index: int) -> _Said | None:
    """A quote standing alone right after a sentence about one person ("Albers was more guarded.
    'Money alone ...'"): a report lets the sentence before introduce the speaker. Only where that
    sentence's subject is the one person it names, and it quotes nobody itself."""
    if index == 0:
        return None
    previous = article.sentences[index - 1]
    if any(q.within(previous) for q in article.quotation_spans) or _someone_unknown(cast, index - 1):
        return None
    subject = cast.sentence_subject(index - 1) or _according_to(cast, index - 1)
    if subject is None or subject.kind not in ("person", "pronoun", "description") or \
            (subject.kind == "description" and not _one_of_title(cast, subject)):
        return None
    person, reason, back = _person(cast, subject, index - 1)
    others = {a.ref for a in cast.in_sentence(index - 1) if a.kind == "person" and not _aside(article, subject, a)}
    if person is None or (others - {person} and not _says(article, cast, subject, index - 1)):
        return None
    return _Said(person, False, f"{LIKELY}: {reason}, the subject of the sentence that leads into the quote",
                 (*((back,) if back is not None else ()), index - 1, index))


_ACCORDING_TO = re.compile(r"(?:According\s+to|In\s+the\s+words\s+of)\s+")


def _according_to(cast: Cast, index: int) -> Actor | None:
    """The one whose account a sentence opens by giving ("According to Mayor Ion Vasile, the camp is full."): the
    source of what it says, and so of a quote standing alone right after it."""
    sentence = cast.article.sentences[index]
    lead = _ACCORDING_TO.match(cast.article.masked, entry_start(cast.article, sentence), sentence.end)
    actors = cast.in_sentence(index)
    if lead is None or not actors or actors[0].span.start != lead.end() or \
            not re.match(r"\s*,", cast.article.masked[_title_end(cast.article.masked, actors[0]):]):
        return None
    return actors[0]


_CLOSING_VERB = re.compile(r"\s+(?:also\s+)?(?:" + _VERB.pattern + r")\b[^,;:]{0,40}$", re.IGNORECASE)
_OPENING_VERB = re.compile(r",\s*(?:" + _VERB.pattern + r")\s+(?:the\s+)?$", re.IGNORECASE)


_OWNER_WORDS = re.compile(r"(?:[A-Z][\w’'.&-]*\s+){1,3}")
"""Capitalised words right before a person's title after a quote: the body whose title it is ("Commission")."""


def _one_of_title(cast: Cast, actor: Actor) -> bool:
    """Whether a description's title is one person's alone among those named before it, whatever words
    stand before its noun but those that make another office: after two ministers, "The Romanian minister" may
    be either, whatever country the draft knows each one's for, but after a Prime Minister and a Trade Minister
    "The minister" is the Trade Minister. "The Head of State" is the report's principal."""
    if _HEAD_OF.match(cast.article.masked, actor.span.end):
        return True
    # "The Minister of Planning": the title's noun stands before what it is "of"
    words = fold(re.split(r"\s+(?:of|for)\s+", actor.ref, maxsplit=1)[0]).split()
    return sum(1 for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start
               and any(_title_noun(part) == words[-1] and not _other_office(part, words)
                       for part in fold(p.title).split(" and "))) == 1


def _other_office(title: str, description: list[str]) -> bool:
    """Whether a folded title and a description differ in a word before the noun that makes another office: "prime
    minister" is not "the minister", nor "trade minister" "the prime minister"."""
    words = title.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return set(words[:max(0, cut - 1)]) & _OTHER_OFFICE != set(description[:-1]) & _OTHER_OFFICE


_SETTING_TAIL = re.compile(r"(?:\s+(?:in|on|at|during|via|late|earlier|later|after|before)\b[^,;:\"“”]{0,60})?")
"""Where or when words were said, closing an attribution that opens with its verb: ", said Vasile in a statement",
", said the mayor on Facebook late on Monday"."""


def _in_setting(cast: Cast, actor: Actor, index: int) -> bool:
    """Whether a country or body closes a sentence as where words were said, after a person's own attribution: the
    "Facebook" of ", said the mayor on Facebook"."""
    if actor.kind != "organisation":
        return False
    masked = cast.article.masked
    sentence = _own(cast.article, index)
    people = [a for a in cast.in_sentence(index) if a.kind != "organisation" and a.span.end <= actor.span.start]
    return bool(people) and bool(_SETTING_TAIL.fullmatch(masked[people[-1].span.end:sentence.end].rstrip(" \n."))) \
        and bool(_OPENING_VERB.search(masked, sentence.start, people[-1].span.start))


def _said_before(article: Article, cast: Cast, index: int) -> _Said | None:
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
        said = _resolve(cast, last, index - 1, "closing the sentence that leads into the quote")
        if said.speaker or said.anonymous:
            return _Said(said.speaker, said.anonymous, said.why, (index - 1, index))
    return None


def _after_exclamation(article: Article, cast: Cast, quotation: Quotation, index: int) -> _Said | None:
    """A quote closed by "!" or "?" ends its sentence, and the attribution opens the next: "'Thank you,
    Oslo!' Lund wrote on X." Only where the next sentence opens with its speaker and a verb of speech."""
    sentence = _own(article, index)
    if not quotation.words.rstrip().endswith(("!", "?")) or article.masked[quotation.span.end:sentence.end].strip() \
            or index + 1 >= len(article.sentences):
        return None
    nxt = article.sentences[index + 1]
    actors = cast.in_sentence(index + 1)
    if not actors or article.masked[nxt.start:actors[0].span.start].strip() or \
            not re.match(r"\s*(?:also\s+)?(?:" + _VERB.pattern + r")\b", article.masked[actors[0].span.end:nxt.end],
                         re.IGNORECASE):
        return None
    said = _resolve(cast, actors[0], index + 1, "opening the sentence after the quote")
    return _Said(said.speaker, said.anonymous, said.why, (index, index + 1))


_THAT_WAS = re.compile(r"(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?:the\s+words\s+of\s+)?(?:the\s+)?")


def _that_was(cast: Cast, quotation: Quotation, index: int) -> _Said | None:
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
    title = article.masked[lead.end():_with_title(cast, actors[0])]
    if title and not _OWNER_WORDS.fullmatch(title):
        return None  # "That was the message from Ana Ruiz": the words before the name are no title
    said = _resolve(cast, actors[0], last + 1, "named by the sentence after the quote")
    return _Said(said.speaker, said.anonymous, said.why, (index, last + 1))


_SIGNATURE = re.compile(r"[ \t]*[-—–][ \t]*(?:The\s+)?(?:(?:Rt\.?\s+)?Hon(?:ou?rable|\.)?\s+)?")
"""The dash, and a style, that open the line naming who a release quotes: "- The Honourable Ana Ruiz, Minister"."""


def _signed_below(article: Article, cast: Cast, quotation: Quotation, index: int) -> _Said | None:
    """A quote standing alone, signed on the line below with a dash, the name, and the title after a comma
    alone, as a government release sets out its quotes:
    "'Nobody leaves home lightly.'
    - The Honourable Ana Ruiz, Minister of Development"."""
    sentence = _own(article, index)
    if not starts_sentence(article, quotation, index) or article.masked[quotation.span.end:sentence.end].strip(" .") \
            or index + 1 >= len(article.sentences) or "\n" not in article.masked[sentence.end:article.sentences[index + 1].start]:
        return None
    line = article.sentences[index + 1]
    lead = _SIGNATURE.match(article.masked, line.start)
    actors = cast.in_sentence(index + 1)
    if lead is None or not actors or actors[0].kind != "person" or actors[0].span.start > lead.end():
        return None
    tail = article.masked[actors[0].span.end:line.end]
    if not re.fullmatch(r"(?:,[^.;:]*)?\.?", tail) or _VERB.search(tail) or _tells_more(actors, tail):
        return None
    name = cast.people[actors[0].ref].name
    return _Said(actors[0].ref, False, f"{LIKELY}: {name} signs the line below the quote", (index, index + 1))


def _tells_more(actors: list[Actor], tail: str) -> bool:
    """Whether a line opened by a dash after a quote goes on past the name and title of one who signs it: a
    signature gives a name and then, after a comma, a title ("- Hon. Ana Ruiz, Minister of Water and Sanitation"),
    while a line of a list tells of others or of what was done ("- The mayor, Piet Vos, met Lind and Berg at the
    quay", "- Piet Vos, the mayor, inspected the quay")."""
    title = tail.strip(" ,.")
    return any(a.kind == "person" and a.ref != actors[0].ref for a in actors[1:]) or \
        (bool(title) and not set(re.findall(r"[^\W\d_]+", title.lower())) & TITLE_HEADS)


def _aside(article: Article, subject: Actor, other: Actor) -> bool:
    """Whether `other` is named inside a relative clause set off right after the subject ("Visser, who
    held talks with Hnatiuk, was blunt"): the clause is about the subject, who stays the one it speaks of."""
    clause = re.match(r",\s*(?:who|whom|whose)\b[^,;:]*,", article.masked[subject.span.end:])
    return clause is not None and other.span.end <= subject.span.end + clause.end()


def _says(article: Article, cast: Cast, subject: Actor, index: int) -> bool:
    """Whether the sentence's subject is the subject of its first verb of speech ("Edholm said he had
    discussed the deal with Boiko"): whoever else it names, the words that follow are the subject's."""
    sentence = _own(article, index)
    verb = _VERB.search(article.masked, subject.span.end, sentence.end)
    return verb is not None and cast.subject_before(verb.start(), index) == subject


def _scare(article: Article, quotation: Quotation) -> bool:
    """A term in quotation marks rather than words said: after "so-called", an article or a possessive."""
    before = article.masked[max(0, quotation.span.start - 20):quotation.span.start]
    return bool(re.search(r"(?:\bso-called|\b[Tt]he|\b[Aa]n?|\w[’']s)\s*$", before))


_QUOTED = re.compile(r"\bquoted\s+")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|having\s+said)\b")
_QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
                             r"(?:by\s+[^,.;:]{1,60}?\s+)?as\s+(?:saying|telling|having\s+said)\b")


def _quoted_as(cast: Cast, index: int) -> _Said | None:
    """The one a source is quoted as saying, the words being that one's: "the statement quoted him as
    saying", "state media quoted Finance Minister Ana Ruiz as saying", "Ruiz was quoted by the agency as
    saying". The one quoted is the speaker, never the source that quotes them."""
    article = cast.article
    sentence = _own(article, index)
    masked = article.masked
    for match in _QUOTED.finditer(masked, sentence.start, sentence.end):
        him = re.match(r"(him|her)\b", masked[match.end():])
        who = Actor("pronoun", Span(match.end(), match.end() + him.end()), PRONOUNS[him.group(1)]) if him else \
            next((a for a in cast.in_sentence(index) if a.span.start >= match.end()), None)
        if who is not None and re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}", masked[match.end():who.span.start]) \
                and _AS_SAYING.match(masked, who.span.end):
            return _resolve(cast, who, index, "whom the source quotes")
    passive = _QUOTED_PASSIVE.search(masked, sentence.start, sentence.end)
    who = cast.subject_before(passive.start(), index) if passive else None
    return _resolve(cast, who, index, "the one quoted") if who is not None else None


_UTTERANCE = (r"(?:warning|claim|remark|statement|promise|pledge|words|call|assertion|assurance|suggestion|comment|"
              r"argument|insistence|description|vow|appeal|plea|threat|boast|admission)s?")
_WORDS_OF = re.compile(r"(?:[’']s?\s+(?:own\s+|earlier\s+|recent\s+)?" + _UTTERANCE + r"|\s*,\s*whose\s+" + _UTTERANCE +
                       r")\s+(?:that\s+|of\s+|on\s+|about\s+)?(?P<clause>[^;:\"“”]{0,100})$")
_BODY_WORDS = re.compile(r"\s+(?:own\s+|earlier\s+|recent\s+)?" + _UTTERANCE +
                         r"\s+(?:that\s+|of\s+|on\s+|about\s+)?(?P<clause>[^;:\"“”]{0,100})$")
"""A country's or a body's words named by its adjective: "Russian warnings that the bridge was 'a provocation'"."""
_UTTERANCE_BY = re.compile(r"\b" + _UTTERANCE + r"\s+(?:made\s+)?by\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$")


def _words_of(cast: Cast, quotation: Quotation, index: int) -> _Said | None:
    """The person whose words the sentence names as what it quotes: "General Ole Dahl's warning that the brigade
    was 'not ready'", "claims by Ole Dahl that it was 'not ready'", or a body's ("Russian warnings that ...",
    which name no speaker). Whoever the sentence then says spoke ("Asked about Dahl's warning that ..., Berg said
    nothing") answers those words; they are not his."""
    masked = cast.article.masked
    start = _own(cast.article, index).start
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= quotation.span.start]):
        lead = _WORDS_OF.match(masked, actor.span.end, quotation.span.start) or \
            (_BODY_WORDS.match(masked, actor.span.end, quotation.span.start) if actor.kind == "organisation" else None)
        clause = lead.group("clause") if lead else ""
        if actor.kind == "organisation" and lead and not _VERB.search(clause):
            return _resolve(cast, actor, index, "whose words the sentence quotes")  # "Russian warnings that ..."
        if actor.kind == "person" and lead and not _VERB.search(clause) and \
                not any(a.span.start >= actor.span.end and a.kind == "person" for a in cast.in_sentence(index)
                        if a.span.end <= quotation.span.start):
            return _resolve(cast, actor, index, "whose words the sentence quotes")
        if actor.kind == "person" and _UTTERANCE_BY.search(masked, start, _with_title(cast, actor)):
            tail = masked[actor.span.end:quotation.span.start]
            if re.fullmatch(r"\s+(?:that\s+)?[^;:\"“”]{0,100}", tail) and not _VERB.search(tail):
                return _resolve(cast, actor, index, "whose words the sentence quotes")
    return None


def _with_title(cast: Cast, actor: Actor) -> int:
    """Where a person's name starts, past a title the draft takes as part of the person."""
    name = cast.article.masked.rfind(cast.people[actor.ref].name, actor.span.start, actor.span.end)
    return name if name >= 0 else actor.span.start


_TERMED = re.compile(r"\b(?:(?:called|calls|termed|terms)(?!\s+(?:for|on|off|in|up|out)\b)(?:\s+[\w’'-]+){0,4}?|"
                     r"describ(?:ed|es|ing)(?:\s+[\w’'-]+){0,4}?\s+as)\s+(?:[\w’'-]+[’']s|the|an?)\s*$",
                     re.IGNORECASE)


def _termed(article: Article, quotation: Quotation) -> bool:
    """Whether a short phrase after an article or a possessive is what a speaker called something: "what he called
    Denmark's 'quiet courage'", "she described it as a 'lifeline'". Given to a person, it is their words, not a
    term the text puts in quotation marks."""
    return bool(_TERMED.search(article.masked, max(0, quotation.span.start - 80), quotation.span.start))


def _attribution(article: Article, cast: Cast, quotation: Quotation, index: int) -> _Said | None:
    sentence = _own(article, index)
    masked = article.masked
    quoted = _quoted_as(cast, index) or _words_of(cast, quotation, index)
    if quoted is not None:
        return quoted
    after = masked[quotation.span.end:sentence.end]
    rest_at = quotation.span.end + len(after) - len(after.lstrip(" ,;:—–-"))
    as_ = re.compile(r"as\s+").match(masked, rest_at)
    rest_at = as_.end() if as_ else rest_at  # ..." as Dahl put it
    rest = masked[rest_at:sentence.end]
    actors = cast.in_sentence(index)
    verb = re.match(r"(?:also\s+)?(" + _VERB.pattern + r")", rest, re.IGNORECASE)
    if verb:  # ..." said Whitcomb. / ..." according to Moroz.
        nxt = next((a for a in actors if a.span.start >= rest_at + verb.end()), None)
        if nxt is not None and re.fullmatch(r"\s*(?:the\s+)?", masked[rest_at + verb.end():nxt.span.start]):
            return _resolve(cast, nxt, index, "after the quote")
    first = next((a for a in actors if a.span.start >= rest_at), None)
    if first is not None and first.kind == "person" and _OWNER_WORDS.fullmatch(masked[rest_at:first.span.start]):
        rest_at = first.span.start  # ..." Commission spokesperson Ida Berg told: an owner the draft does not know
    if first is not None and first.kind == "person" and re.fullmatch(r"the\s+", masked[rest_at:first.span.start]):
        rest_at = first.span.start  # ..." the Turkish ambassador, Mehmet Yildirim, wrote
    if first is not None and first.span.start == rest_at:  # ..." Zelensky told / he said / an official said
        tail = masked[_title_end(masked, first):sentence.end]
        if first.kind == "person" and "," in masked[first.span.start:first.span.end]:
            tail = re.sub(r"^,", "", tail)  # ..." Norway's trade minister, Siri Dahl, said: the title set off before
        if re.match(r"(?:,[^,]{0,80},)?\s*(?:also\s+|later\s+|then\s+)?(?:" + _VERB.pattern + r")", tail,
                    re.IGNORECASE):
            return _resolve(cast, first, index, "after the quote")
    before = masked[sentence.start:quotation.span.start]
    if re.search(r":\s*$", before) and not _VERB.search(before):
        # "He put it plainly over an espresso: '...'", "The Moldovan leader was blunt: '...'": a colon hands the
        # words to the sentence's subject, a person or a title that stands for one
        subject = cast.sentence_subject(index)
        if subject is not None and (subject.kind in ("person", "pronoun") or
                                    (subject.kind == "description" and _described(cast, subject, index)[0])):
            return _resolve(cast, subject, index, "the subject before a colon")
    verbs = list(_VERB.finditer(before))
    if verbs:
        last = verbs[-1]
        position = sentence.start + last.start()
        if last.group().lower() in ("according to", "in the words of"):
            nxt = next((a for a in actors if a.span.start >= sentence.start + last.end()), None)
            if nxt is not None and nxt.span.end <= quotation.span.start:
                return _resolve(cast, nxt, index, "before the quote")
        subject = _not_an_object(cast, cast.subject_before(position, index), position, index) or \
            _set_off_subject(cast, position, index) or _titled_subject(cast, position, index)
        if subject is None and _goes_on(masked[sentence.start:position]):
            subject = _main_subject(cast, index)
            opened = _opening_quote(article, cast, quotation, index) if subject is None else None
            if opened is not None:
                return opened
        if subject is not None:
            return _resolve(cast, subject, index, f"subject of {last.group()!r} before the quote")
        reporter = _reporter(cast, verbs, index)
        if reporter is not None:
            return reporter
        return _Said(None, False, f"{UNSURE}: REVIEW: {last.group()!r} before the quote, but no clear subject",
                     (index,))
    return None


_EXCELLENCY_SAID = re.compile(r"[\s,;:—–-]*(?P<style>His|Her)\s+Excellency\s+(?:also\s+|later\s+|then\s+)?(?:"
                              + _VERB.pattern + r")\b")
"""A release's attribution by the style alone, after the quote: '"We will not abandon them," His Excellency said'."""
_EXCELLENCY_LEADS = re.compile(r"(?:[^\"“”]{0,80},\s*)?(?P<style>His|Her)\s+Excellency\s+(?:also\s+|later\s+|then\s+)?"
                               r"(?:" + _VERB.pattern + r")\b[^\"“”.;]{0,40}[:,]?\s*$")
"""The same before the quote: 'Her Excellency added: "The clinic opens in May."'."""
_STYLED_EXCELLENCY = re.compile(r"(?:(?P<style>His|Her)\s+Excellency|H\.\s?E\.)\s+(?!and\b)"
                                r"(?:(?:[A-Z][\w’'.-]*|of|at|for|the|and|on)\s+){0,12}$")
"""The style before a name, with the title a release writes between them: "His Excellency Minister of State for
Trade Dr. Omar Haddad"; "in the presence of His Excellency and Governor Ana Lobo" gives the style to someone named
before, not to Ana Lobo."""


def _excellency(article: Article, cast: Cast, quotation: Quotation, index: int) -> _Said | None:
    """The speaker a government's release names by the style "His Excellency" or "Her Excellency" alone: the one person
    the text gives that style (or "H.E."), of the same 'he' or 'she' ("Her Excellency Noura Al Hamli, Minister of
    State, ... 'We stand ready,' Her Excellency said" is Noura Al Hamli). Where the text gives the style to two people,
    the quote is left for review."""
    sentence = _own(article, index)
    masked = article.masked
    said = _EXCELLENCY_SAID.match(masked, quotation.span.end, sentence.end) or \
        _EXCELLENCY_LEADS.fullmatch(masked, sentence.start, quotation.span.start)
    if said is None:
        return None
    styled = {p.id for p in cast.people.values() for span in p.spans
              for m in [_STYLED_EXCELLENCY.search(masked, max(0, span.start - 160), span.start)]
              if m and m.group("style") in (None, said.group("style"))}
    if len(styled) != 1:
        return _Said(None, False, f"{UNSURE}: REVIEW: {said.group('style')} Excellency, but the text gives the style "
                     f"to {'nobody' if not styled else 'several people'}", (index,))
    speaker = styled.pop()
    return _Said(speaker, False, f"{LIKELY}: {said.group('style')} Excellency, the style the text gives "
                 f"{cast.people[speaker].name}", (index,))


_REPORTS = re.compile(r"said|says|told|tells|added|adds|noted|stressed|insisted|argued|warned|wrote|explained|"
                      r"acknowledged|admitted|conceded|confirmed|stated|declared|emphasi[sz]ed|underlined", re.IGNORECASE)
"""Verbs that report a clause, all of which is the words of their subject."""


def _reporter(cast: Cast, verbs: list[re.Match[str]], index: int) -> _Said | None:
    """The speaker of a clause-reporting verb whose clause holds the quote's own verb with no subject the draft
    knows: "Marek Nowak said the government had announced the shells 'three times over'" is Nowak's wording of
    what was announced. Only a person or a 'he' or 'she', and only where no relative clause or semicolon stands
    between the two verbs, which would give the later verb a subject of its own ("..., which described ...")."""
    article = cast.article
    start = _own(article, index).start
    for verb in reversed(verbs[:-1]):
        between = article.masked[start + verb.end():start + verbs[-1].start()]
        if re.search(r"[;:]|,\s*(?:who|which|whose|whom)\b|\bquot", between) or \
                any(q.span.start >= start + verb.end() and q.span.end <= start + verbs[-1].start()
                    for q in article.quotations):
            return None
        if not _REPORTS.fullmatch(verb.group()):
            continue
        position = start + verb.start()
        subject = _not_an_object(cast, cast.subject_before(position, index), position, index) or \
            _set_off_subject(cast, position, index)
        if subject is None or subject.kind not in ("person", "pronoun"):
            return None
        said = _resolve(cast, subject, index, f"subject of {verb.group()!r}, whose clause holds the quote")
        return _Said(said.speaker, said.anonymous, said.why.replace(SURE + ":", LIKELY + ":", 1), said.sentences)
    return None


def _not_an_object(cast: Cast, subject: Actor | None, position: int, index: int) -> Actor | None:
    """The subject of a verb, where the nearest actor before it is no object of a preposition: in "An
    official travelling with the minister, who was not authorised to speak, said", the one who said is
    the official the sentence opens with, not the minister."""
    sentence = _own(cast.article, index)
    if subject is None or not re.search(r"\b(?:with|to|by|for|of|from|alongside|accompanying)\s+(?:the\s+)?$",
                                        cast.article.masked[sentence.start:subject.span.start]) or \
            re.match(r",\s*who\s+(?:\w+\s+){0,2}$", cast.article.masked[subject.span.end:position]):
        return subject  # "a call with Minister Khamphet Sivongsa, who said": the relative clause is on him
    opening = cast.sentence_subject(index)
    return opening if opening is not None and opening.span.end <= subject.span.start else None


def _opening_quote(article: Article, cast: Cast, quotation: Quotation, index: int) -> _Said | None:
    """The speaker of the quote that opens the sentence, given by the verb that follows it, for a later
    quote in it after a verb that goes on: "'We will not let Moscow decide,' he told reporters, adding
    that the members would judge it 'on its reforms'"."""
    first = next((q for q in article.quotations if q.span.within(article.sentences[index])), None)
    if first is None or first.span.start >= quotation.span.start or not starts_sentence(article, first, index):
        return None
    said = _attribution(article, cast, first, index)
    if said is None or said.speaker is None:
        return None
    return _Said(said.speaker, False, f"{LIKELY}: goes on from the quote that opens the sentence ({said.why})",
                 said.sentences)


def _set_off_subject(cast: Cast, position: int, index: int) -> Actor | None:
    """A person named after a title set off by commas, whose verb follows the closing comma: "Norway's
    trade minister, Siri Dahl, said the ports were "ready to load"."""
    actor = cast.subject_before(position, index, set_off=True)
    return actor if actor is not None and actor.kind == "person" else None


_GOES_ON = re.compile(r"(?:,|\b(?:and|but))\s+(?:(?:also|later|afterwards|then|only)\s+)?$")
"""A verb that goes on from the sentence's main clause: "... thanked Oslo and said", "..., saying"."""


def _goes_on(before_verb: str) -> bool:
    return bool(_GOES_ON.search(before_verb))


def _main_subject(cast: Cast, index: int) -> Actor | None:
    """The person the sentence opens with, who is the subject of a verb that goes on from its main
    clause: "Lund thanked the donors and said the money was "a lifeline"", "Lund signed the deal,
    calling it "a first step"", or a title standing for one person named before ("The Minister of Health
    also welcomed the clinics, describing them as ..."). A country or organisation that opens it is left
    for review."""
    subject = cast.sentence_subject(index) or _pronoun_after_setting(cast, index)
    if subject is not None and subject.kind == "description" and _described(cast, subject, index)[0]:
        return subject
    return subject if subject is not None and subject.kind in ("person", "pronoun") else None


_SETTING = re.compile(r"(?:In|At|On|During|Over|Throughout|Later|Earlier|Separately|Afterwards|Afterward|Then|"
                      r"Meanwhile|Today|Yesterday|Tonight)\s[^,;:]{0,80}")
"""A phrase of time or place, or an adverb of time, that opens a sentence without a comma: "In a round of interviews
he urged", "Afterwards she announced"."""


def _pronoun_after_setting(cast: Cast, index: int) -> Actor | None:
    """A 'he' or 'she' that opens the sentence's main clause after a phrase of time or place set off by no
    comma: "In a round of interviews he urged London to send more, saying ...". Only 'he' or 'she', which
    is always a subject, and only where no verb and no other clause stands in the phrase."""
    sentence = _own(cast.article, index)
    actors = cast.in_sentence(index)
    if not actors or actors[0].kind != "pronoun":
        return None
    lead = cast.article.masked[sentence.start:actors[0].span.start]
    if not _SETTING.fullmatch(lead.rstrip() + " ") or _VERB.search(lead) or \
            re.search(r"\b(?:when|after|as|because|while|if|although|since|before|until|that|who|which)\b", lead):
        return None
    return actors[0]


_FOR_SOMEONE = re.compile(r"\b(?:spokes(?:man|woman|person)|spokespeople|aides?|advisers?|advisors?|lawyers?|"
                          r"attorneys?|office|staff|campaign|family|wife|husband|son|daughter|relatives?)\s+"
                          r"(?:for|of|to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$", re.IGNORECASE)
"""Someone who speaks for a person, and is not that person: "a spokesman for Defence Minister Ana Ruiz said",
"the office of Ana Ruiz said", "a lawyer for Ruiz told"."""


def _for_someone(cast: Cast, actor: Actor) -> bool:
    """Whether the words before a person's name, their title included, say that someone speaks for them."""
    if actor.kind != "person":
        return False
    masked = cast.article.masked
    sentence = cast.article.sentences[cast.article.sentence_index(actor.span.start)]
    name = masked.rfind(cast.people[actor.ref].name, actor.span.start, actor.span.end)
    return bool(_FOR_SOMEONE.search(masked, sentence.start, name if name > 0 else actor.span.start))


_JOINED = re.compile(r"\s*,?\s+and\s+(?:(?:his|her|their|the)\s+[\w\s’'-]{0,40}?,\s*)?(?:the\s+)?"
                     r"(?:[A-Z][\w’'.-]*\s+){0,5}")
"""What joins two who speak together: "Ana Ruiz and Foreign Minister Ida Berg said", "Ana Ruiz and her
counterpart, Ida Berg, said"."""


def _joint(cast: Cast, actor: Actor, index: int) -> bool:
    """Whether an actor speaks together with another joined to it by "and": "Ruiz and Berg said in a joint
    statement that ...", "..., said Ruiz and Berg". The words are no one of them alone."""
    actors = cast.in_sentence(index)
    at = actors.index(actor) if actor in actors else -1
    masked = cast.article.masked
    before = actors[at - 1] if at > 0 else None
    after = actors[at + 1] if 0 <= at < len(actors) - 1 else None
    return (before is not None and bool(_JOINED.fullmatch(masked, before.span.end, actor.span.start))) or \
        (after is not None and bool(_JOINED.fullmatch(masked, actor.span.end, after.span.start)))


def _resolve(cast: Cast, actor: Actor, index: int, where: str) -> _Said:
    if actor.kind != "organisation" and _joint(cast, actor, index):
        return _Said(None, False, f"{UNSURE}: REVIEW: {actor.ref!r} ({where}) speaks together with another",
                     (index,))
    if _for_someone(cast, actor):
        name = cast.people[actor.ref].name
        return _Said(None, True, f"{LIKELY}: someone who speaks for {name} ({where}), not {name}", (index,))
    if actor.kind == "organisation":
        name = cast.organisations[actor.ref].name
        return _Said(None, True, f"{LIKELY}: given to {name} ({where}), not to a named person", (index,))
    if actor.kind == "description" and cast.anonymous(actor):
        return _Said(None, True, f"{SURE}: {actor.ref!r} ({where}) names nobody; anonymous", (index,))
    speaker, reason, back = _person(cast, actor, index)
    if speaker is None:
        return _Said(None, False, f"{UNSURE}: REVIEW: {reason} ({where})", (index,))
    sure = SURE if actor.kind == "person" else LIKELY
    sentences = (back, index) if back is not None else (index,)
    return _Said(speaker, False, f"{sure}: {reason} ({where})", sentences)


def _person(cast: Cast, actor: Actor, index: int) -> tuple[str | None, str, int | None]:
    """The person an actor stands for, the reason, and the sentence before that names them, if any. A 'he'
    or 'she' with nobody named before it in its own sentence is read back sentence by sentence."""
    if actor.kind == "description":
        return (*_described(cast, actor, index), None)
    if actor.kind != "pronoun" or _people_before(cast, actor, index):
        speaker, reason = cast.person_of(actor, index)
        if speaker is None and actor.kind == "pronoun":
            subject = _subject_past_aside(cast, actor, index)
            if subject is not None:
                return subject, f"{actor.ref!r}: {cast.people[subject].name}, the subject of its clause", None
        return speaker, reason, None
    return _pronoun_back(cast, actor, index)


def _subject_past_aside(cast: Cast, pronoun: Actor, index: int) -> str | None:
    """The person subject of the sentence for a 'he' or 'she' in its main clause, where everyone else named before
    the pronoun stands in a relative clause on that subject: "Ida Berg, who met Omar Saleh on Monday, praised what
    she called "a fair deal"" speaks of Berg; the clause, of whom she met. Not where Berg is known as the other
    gender."""
    subject = cast.sentence_subject(index)
    if subject is None or subject.kind != "person" or subject.span.end > pronoun.span.start or \
            _genders(cast).get(subject.ref, pronoun.ref) != pronoun.ref:
        return None
    others = [a for a in cast.in_sentence(index) if subject.span.end <= a.span.start < pronoun.span.start and
              a.kind in ("person", "pronoun", "description")]
    if not others or not all(_aside(cast.article, subject, a) for a in others):
        return None
    return subject.ref


def _people_before(cast: Cast, actor: Actor, index: int) -> bool:
    return any(a.kind == "person" or (a.kind == "description" and _described(cast, a, index)[0])
               for a in cast.in_sentence(index) if a.span.end <= actor.span.start)


def _named(cast: Cast, actor: Actor, index: int) -> str | None:
    """The person a named person or a description stands for."""
    if actor.kind == "description":
        return _described(cast, actor, index)[0]
    return actor.ref if actor.kind == "person" else None


def _described(cast: Cast, actor: Actor, index: int) -> tuple[str | None, str]:
    """The person a description stands for: as the cast reads it, else the one person named before whose
    title holds its noun, accents and a second title joined by "and" aside ("the Tánaiste" for the
    "Tánaiste and Minister for Foreign Affairs"), else, for "the Head of State" or "the Head of
    Government", the head of that kind the report opens with, a readout's own principal."""
    person, reason = cast.person_of(actor, index)
    if person is not None:
        return person, reason
    words = actor.ref.lower().split()
    head = _HEAD_OF.match(cast.article.masked, actor.span.end)
    if words[-1:] == ["head"] and head:
        return _principal(cast, head.group(1).lower(), actor)
    if words[0] != "the":
        return None, reason
    compound = _COMPOUND.match(cast.article.masked, actor.span.end)
    if compound and len(words) == 2:
        return _compound_title(cast, actor, compound.group())
    # a title with a word of another office is not the one "the minister" names: after "Prime Minister Ana Ruiz"
    # alone, "the minister said" is some minister the text has not named, and left for review
    fits = [p for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start
            and any(_title_noun(part) == fold(words[1]) and not _other_office(part, words[1:])
                    for part in fold(p.title).split(" and "))]
    if len(fits) == 1 and len(words) == 2:
        return fits[0].id, f"{actor.ref!r} is the title of {fits[0].name} alone"
    office = _same_office(cast, actor)
    if office is not None and not compound:
        return office, f"{actor.ref!r} is the office of {cast.people[office].name} alone"
    return None, reason


_OTHER_OFFICE = {"prime", "deputy", "vice", "acting", "assistant", "junior", "former", "high", "chief", "first"}
"""Words before a title's noun that make it another office than the noun alone names: "the minister" is never the
Prime Minister, nor "the commissioner" the High Commissioner."""


def _same_office(cast: Cast, actor: Actor) -> str | None:
    """The one person named before whose office a description names, where its other words are the title's own or
    the country's of that person ("the Chilean minister" for "Chile's Trade Minister Ana Ruiz"), and no word before
    the title's noun makes it another office: after "Prime Minister Ana Ruiz received Trade Minister Jorge Salas",
    "the minister" is Salas."""
    words = fold(actor.ref).split()
    if not words or any(w in ("of", "for") for w in words):
        return None
    noun, modifiers = words[-1], set(words[:-1])
    fits = [p.id for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start and
            any(_holds_office(cast, p.organisation, part, noun, modifiers) for part in fold(p.title).split(" and "))]
    return fits[0] if len(fits) == 1 else None


_LEADERS = {"president", "chancellor", "premier", "king", "queen", "emir", "sultan", "taoiseach", "prime minister"}
"""The offices whose holder a report calls its country's leader: "the Moldovan leader" for President Lidia Moraru."""


def _holds_office(cast: Cast, organisation: str, title: str, noun: str, modifiers: set[str]) -> bool:
    """Whether a folded title is the office a description's noun and words name; "leader" names a head of state or
    government."""
    words = title.split()
    office = words[:next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    if not office:
        return False
    if noun == "leader":
        if " ".join(office) not in _LEADERS:
            return False
    elif office[-1] != noun or (set(office[:-1]) & _OTHER_OFFICE) - modifiers:
        return False
    owner = cast.organisations.get(organisation)
    allowed = set(words) | ({w for f in (*owner.forms, owner.name) for w in fold(f).split()} if owner else set())
    return modifiers <= allowed


_COMPOUND = re.compile(r"(?:-[A-Z][\w]*)+")
"""The rest of a title written with hyphens, which a description stops short of: "the Secretary-General"."""


def _compound_title(cast: Cast, actor: Actor, rest: str) -> tuple[str | None, str]:
    """The one person named before whose title is a hyphenated one in full ("the Secretary-General" after "UN
    Secretary-General Amara Nkemelu"); none where the title only starts the same ("the Secretary" is not the
    "Secretary-General", nor the "Under-Secretary-General" the "Secretary-General")."""
    title = fold(actor.ref + rest)
    fits = [p for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start
            and any(re.sub(r"\s+(?:of|for)\s.*", "", part) == title for part in fold(p.title).split(" and "))]
    if len(fits) == 1:
        return fits[0].id, f"'{actor.ref}{rest}' is the title of {fits[0].name} alone"
    return None, f"'{actor.ref}{rest}' fits {len(fits)} people named before"


def _title_end(masked: str, actor: Actor) -> int:
    """Where a description's title ends: after "of State" or the hyphens the description stops short of."""
    if actor.kind != "description":
        return actor.span.end
    head = _HEAD_OF.match(masked, actor.span.end) or _COMPOUND.match(masked, actor.span.end)
    return head.end() if head else actor.span.end


def _titled_subject(cast: Cast, position: int, index: int) -> Actor | None:
    """A title that stands for one person, as the subject of the verb at `position`, where its words go on past
    the description: "The Head of State said", "Opening the session, the Secretary-General said"."""
    masked = cast.article.masked
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= position]):
        end = _title_end(masked, actor)
        if end == actor.span.end or end > position:
            continue
        if SUBJECT_GAP.match(masked[end:position]) and _described(cast, actor, index)[0]:
            return actor
        return None
    return None


_HEAD_OF = re.compile(r"\s+of\s+(State|Government)\b")
_HEADS_OF = {"state": ("president", "king", "queen", "emir", "monarch"),
             "government": ("prime minister", "premier", "chancellor")}
"""The titles a readout calls "the Head of State" or "the Head of Government"."""


def _title_noun(title: str) -> str:
    """The noun a folded title ends with before its "of" or "for": "minister" of "minister for trade"."""
    words = title.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[cut - 1] if cut else ""


def _principal(cast: Cast, kind: str, actor: Actor) -> tuple[str | None, str]:
    """The person the report names first, where their title is one the head of a state or government
    holds: a readout says "the Head of State" of its own principal ("President Mykola Dorosh held a
    meeting ... The Head of State thanked ...")."""
    named = sorted((p for p in cast.people.values() if p.spans and p.spans[0].start < actor.span.start),
                   key=lambda p: p.spans[0].start)
    if named and fold(named[0].title) in _HEADS_OF[kind]:
        return named[0].id, f"'the Head of {kind.title()}' is {named[0].name}, whom the report opens with"
    return None, f"'the Head of {kind.title()}' names nobody the report opens with"


BACK = 6
"""How many sentences on nobody a 'he' or 'she' may reach back over for its person."""
CHAIN = 20
"""How many sentences back it may reach in all, where the sentences between go on with the same 'he' or 'she':
an interview speaks of its one guest as 'she' paragraph after paragraph."""
_ENTRY_TIME = re.compile(r"\d{1,2}[.:]\d{2}\b")
"""A live blog's entry opens with its time ("17.32 CET"): a 'he' after it never reaches into the entry before."""
_GOES_BACK = "goes back"


def _pronoun_back(cast: Cast, pronoun: Actor, index: int) -> tuple[str | None, str, int | None]:
    """'He' or 'she' standing for the one person of that gender the nearest sentence before names: each
    sentence between may speak only of the same 'he' or 'she', or of nobody ("Albers toured the port. Then
    she walked the quay. 'It is worse than I thought,' she said"). Where someone the text does not name
    speaks or is spoken of ("The owner of a bakery, who asked not to be named, said ..."), or two people
    either of whom may be meant, the quote is left for review."""
    genders = _genders(cast)
    left = BACK
    others = _after_pronoun(cast, pronoun, index)
    for back in range(index - 1, max(-1, index - 1 - CHAIN), -1):
        found = _referent(cast, back, pronoun.ref, genders, others)
        if found != _GOES_BACK:
            if found is None:
                return None, f"{pronoun.ref!r}, but the sentences before name nobody it plainly stands for", None
            return found, f"{pronoun.ref!r}: {cast.people[found].name}, named in the sentences before", back
        if _ENTRY_TIME.match(cast.article.sentence_text(back)):
            break
        left -= not any(a.kind == "pronoun" and a.ref == pronoun.ref for a in cast.in_sentence(back))
        if not left:
            break
    return None, f"{pronoun.ref!r} with nobody named before it", None


def _after_pronoun(cast: Cast, pronoun: Actor, index: int) -> frozenset[str]:
    """The people a 'he' or 'she' cannot be: those its own sentence names after it, whom it tells, thanks or
    speaks of ("'The brigade can move,' he told Berg", "'A rock,' she said of Vagi")."""
    masked = cast.article.masked
    return frozenset(person for a in cast.in_sentence(index) if a.span.start > pronoun.span.end and
                     _OBJECT.fullmatch(masked, pronoun.span.end, a.span.start) and not re.match(r"[’']s\b", masked[a.span.end:])
                     for person in [_named(cast, a, index)] if person)


_OBJECT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:told|tells|thanked|thanks|of|to|with|praised|urged|asked|reminded|warned|"
                     r"assured|met|called)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}")
"""A person a 'he' or 'she' speaks to or of in its own clause: "he told Berg", "she said of Vagi"."""


def _referent(cast: Cast, index: int, pronoun: str, genders: dict[str, str], others: frozenset[str] = frozenset()
              ) -> str | None:
    """The person sentence `index` names whom a later 'he' or 'she' stands for; None where it is unclear;
    _GOES_BACK where the sentence names no one else, so that the sentences before it must tell."""
    if _unnamed(cast, index, pronoun):
        return None
    actors = cast.in_sentence(index)
    same = next((a.span.start for a in actors if a.kind == "pronoun" and a.ref == pronoun), None)
    named: list[str] = []
    for actor in actors:
        person = _named(cast, actor, index)
        if person and (same is None or actor.span.start < same) and person not in named and not _audience(cast, person):
            named.append(person)
    if not named:
        return _GOES_BACK
    fits = [p for p in named if genders.get(p, pronoun) == pronoun and p not in others]
    if len(fits) == 1:
        return fits[0]
    subject = cast.sentence_subject(index)
    if fits and subject is not None and subject.kind == "person" and subject.ref in fits and \
            (genders.get(subject.ref) == pronoun or _others_aside(cast, subject, fits)):
        return subject.ref  # "Fifita met Arjun Mehra ... She said": the subject the text showed is 'she'
    return cast.salient_subject(pronoun, index, fits) or _after_opening(cast, index, fits)


_OPENING = re.compile(r"(?:During|In|At|After|Following|Before|Ahead\s+of|On|Speaking|Opening|Closing|Addressing|"
                      r"Welcoming|Receiving|Meeting)\s")
"""A phrase that opens a sentence before its subject: "During a call with Luc Marchal, ..., the president"."""
_MAIN_VERB = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|said|told|met|spoke|held|gave|made|took|sent|"
                        r"" + _VERB.pattern + r")\b")


_TOLD = re.compile(r"\b(?:told|tells|telling|wrote\s+in|writing\s+in|quoted\s+by|appearing\s+on|appeared\s+on)\s+"
                   r"(?:the\s+)?$")
"""Words before whom something is said or written for: "told Le Monde", "wrote in Politico". Not "spoke to", whose
object is as often the one a reporter interviews ("Our reporter spoke to Ana Ruiz, 64")."""


def _audience(cast: Cast, person: str) -> bool:
    """Whether a name the draft reads as a person is only ever told or written for, with no title: a newspaper or a
    channel ("Mayor Ion Vasile told Le Monde ... "We need tents," he said"), never the 'he' or 'she' of a later
    quote."""
    found = cast.people[person]
    masked = cast.article.masked
    return not found.title and bool(found.spans) and \
        all(_TOLD.search(masked, max(0, span.start - 40), span.start) for span in found.spans)


def _after_opening(cast: Cast, index: int, fits: list[str]) -> str | None:
    """The subject of a sentence that opens with a phrase naming someone else ("During a phone call with Luc
    Marchal, President of France, the Head of State thanked Paris. 'These jets will shield us,' he noted"): the
    one named in the phrase is in its background, and the 'he' or 'she' goes on with the subject after it."""
    sentence = _own(cast.article, index)
    masked = cast.article.masked
    if not _OPENING.match(masked, sentence.start):
        return None
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" or not re.search(r",\s*(?:the\s+)?$", masked[sentence.start:actor.span.start]):
            continue
        if not _MAIN_VERB.match(masked, _title_end(masked, actor)):
            continue
        person = _named(cast, actor, index)
        later = [a for a in cast.in_sentence(index) if a.span.start > actor.span.start and _named(cast, a, index)]
        return person if person in fits and not later else None
    return None


def _others_aside(cast: Cast, subject: Actor, fits: list[str]) -> bool:
    """Whether everyone else a 'he' or 'she' may stand for is named only in a relative clause on the sentence's
    subject: "Ida Berg, who held talks with Omar Saleh over lunch, was cautious. 'Nothing is signed,' she said"
    speaks of Berg; the clause, of whom she met, is in the background of the sentence."""
    others = [a for a in cast.in_sentence(cast.article.sentence_index(subject.span.start))
              if a.kind == "person" and a.ref != subject.ref and a.ref in fits]
    return bool(others) and all(_aside(cast.article, subject, a) for a in others)


def _unnamed(cast: Cast, index: int, pronoun: str = "") -> bool:
    """Whether sentence `index` speaks of someone the text does not name: its subject a description that
    names nobody ("A Canadian official travelling with her", "The Head of State"), a verb of speech given
    to one ("..., said a diplomat"), or to no one named, described or referred to ("The owner of a
    bakery, who asked not to be named, said")."""
    subject = cast.sentence_subject(index)
    if subject is not None and subject.kind == "description" and not _described(cast, subject, index)[0] and \
            not _plural(subject):
        return True
    sentence = _own(cast.article, index)
    actors = cast.in_sentence(index)
    return _someone_unknown(cast, index, pronoun) or _several(cast, index) or \
        any(_unnamed_title(cast, a, index) for a in actors) or \
        any(_unnamed_speaker(cast, verb, index) for verb in _SAYS.finditer(cast.article.masked, sentence.start,
                                                                            sentence.end))


def _someone_unknown(cast: Cast, index: int, pronoun: str = "") -> bool:
    """Whether sentence `index` speaks of a person the draft cannot name, who may be the 'he' or 'she' of a
    later quote: someone it describes but does not name ("a fisherman mending nets shook his head", "toured the
    market with a farmer"), or a styled name the draft does not know ("met Ms Ana Duarte"), unless its style
    shows it is not the one sought ("Mr Rui Costa" for a 'she'). A description set off after a name ("Ana Ruiz,
    a nurse,", "Ana Ruiz, 52, one of the drivers,") is that person's."""
    sentence = _own(cast.article, index)
    masked = cast.article.masked
    people = [a for a in cast.in_sentence(index) if a.kind == "person"]
    for match in _UNNAMED_PERSON.finditer(masked, sentence.start, sentence.end):
        if re.match(r"one\s+of\s+(?:them|those)\b", match.group(), re.IGNORECASE) and \
                masked[sentence.start:match.start()].strip() and not re.search(r",\s*$", masked[:match.start()]):
            continue  # "She left with one of them" is of things; "One of them, a sergeant, ..." is someone
        if not _PREDICATE.search(masked, sentence.start, match.start()) and \
                not any(_APPOSITION.fullmatch(masked, a.span.end, match.start()) for a in people):
            return True
    return any(not any(a.span.start <= m.start() < a.span.end for a in people) and
               (not pronoun or _STYLES.get(m.group(1), pronoun) == pronoun)
               for m in _STYLED.finditer(masked, sentence.start, sentence.end))


def _unnamed_speaker(cast: Cast, verb: re.Match[str], index: int) -> bool:
    """Whether a verb of speech in sentence `index` is given to no one the text names: a description that
    names nobody before it, or no one at all ("The owner, who asked not to be named, said")."""
    actors = cast.in_sentence(index)
    after = next((a for a in actors if a.span.start >= verb.end() and re.fullmatch(
        r"\s+(?:only\s+)?(?:the\s+)?", cast.article.masked[verb.end():a.span.start])), None)
    if after is not None and after.kind == "person" and verb.group() not in ("told", "tells"):
        return False  # "..., said Gladys Ramos, the nurse"; but "told Reuters" names whom it was said to
    speaker = cast.subject_before(verb.start(), index)
    if speaker is not None:
        return speaker.kind == "description" and not _described(cast, speaker, index)[0]
    subject = cast.sentence_subject(index) or _pronoun_after_setting(cast, index)
    return (subject is None or subject.kind not in ("person", "pronoun")) and \
        not any(a.kind == "person" and a.span.end <= verb.start() for a in actors)


_SAYS = re.compile(r"\b(?:said|says|say|told|tells|added|adds)\b")
"""The verbs that report words, whose subject a later 'he' or 'she' may go on with."""


_ON_WHOSE_WORD = re.compile(r"\b(?:directives?|instructions?|orders|guidance|patronage|auspices|behalf|vision)\s+of\s+"
                            r"(?:[^.;:,\"“”]{0,60}?\s+and\s+)?(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+)?$")
"""Words on whose authority something is done, before a title or two joined by "and": "in line with the directives of
the King and His Royal Highness the Crown Prince", "under the patronage of the Emir". The title holder is the authority
in the background, not someone who acts or speaks in the sentence, so a later 'he' is not left in doubt by him."""


def _unnamed_title(cast: Cast, actor: Actor, index: int) -> bool:
    """Whether an actor is one person the text speaks of by a title it ties to no name: "During a call
    with Luc Marchal, the Head of State thanked France" speaks of two people, one of them unnamed. A
    title set off after a name ("Arjun Mehra, the WHO Representative") or before it ("the minister, Ida
    Berg,") is that person's."""
    if actor.kind != "description" or not actor.ref.lower().startswith("the ") or _plural(actor) or \
            _described(cast, actor, index)[0]:
        return False
    before = cast.article.masked[:actor.span.start]
    masked = cast.article.masked
    if _ON_WHOSE_WORD.search(masked, max(0, actor.span.start - 80), actor.span.start):
        return False
    return not any(a.kind == "person" and (re.fullmatch(r",\s*", before[a.span.end:]) or
                                           re.fullmatch(r"[^.;:]{0,60},\s*", masked[actor.span.end:a.span.start]))
                   for a in cast.in_sentence(index))


_SEVERAL = re.compile(r"\b(?:[Tt]he\s+(?:two|three|four)|[Bb]oth)\s+(?:[\w-]+\s+)?(?:leaders|ministers|presidents|"
                      r"heads|premiers|envoys|men|women|chiefs|commanders|counterparts)\b")
"""Several people at once, any of whom a later 'he' or 'she' may be: "The two leaders discussed the jets"."""


def _several(cast: Cast, index: int) -> bool:
    """Whether a clause of sentence `index` has several people for its subject ("During the call, the two
    leaders discussed the jets", "Both ministers then spoke"); not where they stand in a clause on someone else
    ("Han, who welcomed Lee before the two leaders held talks, called ...")."""
    sentence = _own(cast.article, index)
    masked = cast.article.masked
    return any(re.search(r"(?:^|,\s*|\band\s+)$", masked[sentence.start:m.start()]) and
               not re.search(r",\s*(?:who|whom|whose|which)\b[^,]*,?\s*$", masked[sentence.start:m.start()])
               for m in _SEVERAL.finditer(masked, sentence.start, sentence.end))


def _plural(actor: Actor) -> bool:
    """"the two leaders", "officials": a description of several, which no 'he' or 'she' stands for."""
    words = actor.ref.lower().split()
    return words[0] in ("two", "three", "several", "some") or words[-1].endswith("s")


_COUNTERPART = re.compile(r"\b(his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:counterparts?|hosts?)\b")
"""Whose counterpart or host: the subject's, whose 'he' or 'she' the possessive shows ("Ana Ruiz met her Peruvian
counterpart, Jorge Salas")."""


def _counterpart_of(cast: Cast, index: int) -> list[tuple[str, str]]:
    """The person subject of sentence `index` with the gender its "his counterpart" or "her hosts" shows, where that
    person is the only one named before it: "Ana Ruiz met her counterpart" makes Ruiz a 'she', where "Ruiz thanked
    Jorge Salas and his hosts" says nothing of Ruiz."""
    subject = cast.sentence_subject(index)
    if subject is None or subject.kind != "person":
        return []
    sentence = _own(cast.article, index)
    found = []
    for match in _COUNTERPART.finditer(cast.article.masked, subject.span.end, sentence.end):
        if any(a.kind in ("person", "pronoun") and subject.span.end <= a.span.start < match.start()
               for a in cast.in_sentence(index)):
            break
        found.append((subject.ref, "he" if match.group(1) == "his" else "she"))
    return found


def _genders(cast: Cast) -> dict[str, str]:
    """'he' or 'she' of each person an honorific gives one ("Ms Vargas"), or a pronoun stands for as the
    only person named before it in its own sentence ("Lund said she would go"), a person given both being
    given neither; else as the cast has read the pronouns."""
    seen: dict[str, set[str]] = {}
    article = cast.article
    for person in cast.people.values():
        for span in person.spans:
            honorific = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", article.masked[max(0, span.start - 6):span.start])
            if honorific:
                seen.setdefault(person.id, set()).add("he" if honorific.group(1) == "Mr" else "she")
    for index in range(len(article.sentences)):
        actors = cast.in_sentence(index)
        for pronoun in (a for a in actors if a.kind == "pronoun"):
            before = {a.ref for a in actors if a.kind == "person" and a.span.end <= pronoun.span.start}
            if len(before) == 1:
                seen.setdefault(before.pop(), set()).add(pronoun.ref)
        for ident, gender in _counterpart_of(cast, index):
            seen.setdefault(ident, set()).add(gender)
    plain = {person: next(iter(found)) for person, found in seen.items() if len(found) == 1}
    return {**{p: g for p, g in cast.gender.items() if p not in seen}, **plain}
