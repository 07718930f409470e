"""The titles and offices that name a party: whose minister, which country's, which portfolio."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.gazetteer import TITLE_HEADS
from generator.editing.draft.meetings.sentence import outermost
from generator.editing.draft.text import Article, Span

HEAD = r"(?i:" + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")s?"
_TITLE_TAIL = r"(?:\s+(?:of|for|to|in|at|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))\s+" \
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the|in))*)?"
"""The part of a title after its noun: "Ambassador [to Denmark]", "representative [in Ukraine]", "Special Envoy [on
Myanmar]" (never "the envoy on Monday")."""
_LOWER_PORTFOLIO = r"\s+(?:of|for)\s+(?-i:[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})"
_TITLE_AFTER_OWNER = re.compile(r"^(?:\s+(?-i:[a-z][\w-]*)){0,2}[’']s\s+(?:[\w-]+\s+){0,3}?" + HEAD + r"\b(?:" + _TITLE_TAIL +
                                r"|" + _LOWER_PORTFOLIO + r"),\s*$")
"""Between a country or organisation and the name its title is set off before: "Ukraine['s Ambassador to
Denmark, ]Olha Shevchuk", "UNHCR['s representative in Ukraine, ]Karolina Lindqvist", "the Taliban[
administration's acting minister for refugees, ]Ana Soto"."""
_OWNER_OF_TITLE = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,2}[’']s\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}")
"""Between a country or organisation and a title in lower case read with the name after it: "the Taliban[
administration's ]acting minister, Ana Soto", "Peru['s new ]ambassador, Luis Prado"."""
_TITLE_AFTER_NOUN = re.compile(r"^(?:" + _TITLE_TAIL + r"|" + _LOWER_PORTFOLIO + r"),\s*$")
"""Between a title and the name it is set off before: "the city's mayor[, ]Andriy Lysenko", "The Ambassador[
of Japan to Ukraine, ]Hiroshi Tanabe", "the junta's acting minister[ for refugees, ]Ana Soto" (the portfolio in
lower case)."""


def titles_merged(article: Article, actors: list[Actor]) -> list[Actor]:
    """The actors with each title set off before a name made one with the person it names: the country or
    organisation of the title ("Ukraine's Ambassador to Denmark, Olha Shevchuk") is no party of its own."""
    merged: list[Actor] = []
    number = 0
    actors = outermost(actors)
    while number < len(actors):
        actor = actors[number]
        person = None
        if actor.kind in ("organisation", "description"):
            for later in range(number + 1, min(number + 5, len(actors))):
                candidate = actors[later]
                if candidate.kind != "person":
                    if candidate.kind != "organisation":
                        break
                    continue
                gap = article.masked[actor.span.end:candidate.span.start]
                pattern = _TITLE_AFTER_OWNER if actor.kind == "organisation" else _TITLE_AFTER_NOUN
                # "the Taliban administration's acting minister for refugees, Ana Soto", the title read with the name
                owner = actor.kind == "organisation" and _OWNER_OF_TITLE.fullmatch(gap) and \
                    re.match(r"[a-z]", article.masked[candidate.span.start:candidate.span.end])
                if (owner or pattern.match(gap)) and \
                        not (actor.kind == "description" and actor.ref.split()[0].lower() != "the"):
                    person = later
                break
        if person is None:
            merged.append(actor)
            number += 1
            continue
        merged.append(Actor("person", Span(actor.span.start, actors[person].span.end), actors[person].ref))
        number = person + 1
    return merged


def own_country(cast: Cast, actor: Actor, later: list[Actor]) -> bool:
    """'received a Haitian delegation of mayors from the south': a delegation described with its country in it,
    and no country or organisation named after its "of" or "from", is of that country ("the leaders of the E5
    group" are of the group named after)."""
    article = cast.article
    inside = any(span.within(actor.span) for span, _ in cast.org_mentions) and \
        re.search(r"\b(?:delegations?|missions?)\s+of\s", actor.ref) is not None
    named_after = bool(later) and later[0].kind == "organisation" and \
        re.fullmatch(r"\s+(?:of|from)\s+(?:the\s+)?", article.masked[actor.span.end:later[0].span.start]) is not None
    return inside and not named_after



ONE_HEAD = r"(?:" + "|".join(sorted(TITLE_HEADS, key=len, reverse=True)) + r")"
_HEAD_OF_BODY = re.compile(r",\s*(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}?" + ONE_HEAD +
                           r"(?:[\s-]+general)?\s+(?:of|at|for)\s+(?:the\s+)?")
"""Between a person met and the body whose one official she is: "met Ana Soto[, head of the ]Chilean Red Cross",
"[, the director of ]Oxfam": her title in lower case, the body no party of its own (a plural, "the heads of", lists
others; a title in capitals, ", President of Peru, ", is read with the country)."""


def body_of_official(article: Article, found: list[Actor], gap: str, actor: Actor) -> int | None:
    """Where a body named in the title set off after the person just named ends, past its abbreviation in
    brackets; None when the organisation is no such body."""
    if actor.kind != "organisation" or not found or found[-1].kind != "person" or not _HEAD_OF_BODY.fullmatch(gap):
        return None
    abbreviation = re.match(r"\s*\([A-Z][\w.&-]{1,14}\)", article.masked[actor.span.end:])
    return actor.span.end + (abbreviation.end() if abbreviation else 0)


def same_office(cast: Cast, one: Actor, other: Actor) -> bool:
    """Two people read with one title of one organisation: the second, set off after the first, is that one's
    title read as a name of its own ("Ana Soto, IOM's Director for Peru, Chile and Bolivia")."""
    first, second = cast.people.get(one.ref), cast.people.get(other.ref)
    return first is not None and second is not None and first.id != second.id and bool(first.title) and \
        bool(first.organisation) and first.title == second.title and first.organisation == second.organisation


def surname_not_state(article: Article, cast: Cast, actor: Actor) -> Actor:
    """'Arista then met Montenegro and Ruiz' after "Bolivia's Finance Minister Marcelo Montenegro Gomez": a word of
    one full name the text gave before, written alone, is that person, whatever country the word also names."""
    if actor.kind != "organisation":
        return actor
    word = article.masked[actor.span.start:actor.span.end]
    owners = [p.id for p in cast.people.values() if word in p.name.split()[1:]]
    return Actor("person", actor.span, owners[0]) if len(owners) == 1 else actor


def short_name(article: Article, cast: Cast, position: int, actor: Actor) -> Actor | None:
    """The person a list names by one word of their full name, just before the next party ("Torres and Soto"), where
    that word belongs to the name of one person only and is not its first word ("Ana Lucía Torres Vega")."""
    if actor.kind not in ("person", "organisation"):
        return None
    gap = _SHORT_NAME.match(article.masked[position:actor.span.start])
    if gap is None:
        return None
    word = gap.group("word")
    owners = [p.id for p in cast.people.values() if word in p.name.split()[1:]]
    if len(owners) != 1 or any(a.span.start <= position + gap.start("word") < a.span.end for a in cast.actors):
        return None
    return Actor("person", Span(position + gap.start("word"), position + gap.end("word")), owners[0])


QUALIFIED_TITLE = re.compile(r"(?:\s+(?!(?:and|or|of|with|to|for)\b)(?-i:[a-z])[\w-]*){1,2}"
                             r"(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+" + HEAD + r"(?:\s+(?-i:[A-Z])[\w-]*){0,2},\s+(?-i:[A-Z])[^,]*")
"""'the Lebanese caretaker Prime Minister, Najib Mikati', 'the Malian transitional President, Assimi Goita': a
word that qualifies the office (caretaker, interim, acting) between the country and the title set off before the
name; the one named is met, never the country."""


_HOLDER_GAP = re.compile(r"\s+(?:of|for|at)\s+[^,;.()]{1,80}?,\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}")
_HOLDER_NAME = re.compile(r"\s+(?:of|for|at)\s+[^,;.()]{1,80}?,\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}"
                          r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)+\s*[,.;]")


def holder_set_off(article: Article, later: list[Actor], actor: Actor) -> Actor | None:
    """'met the head of the UN mission in Sudan, Volker Perthes': one office, its holder set off by name after the
    body (never "the leaders of the E5 group"); the body is only part of a title, no party. The one named, or the
    description itself where a name is set off that the draft did not read as a person; None where no name is."""
    if actor.ref.endswith("s"):
        return None
    holder = next((a for a in later if a.kind == "person"), None)
    if holder is not None and _HOLDER_GAP.fullmatch(article.masked[actor.span.end:holder.span.start]):
        return holder
    return actor if _HOLDER_NAME.match(article.masked, actor.span.end) else None


_TITLE_THEN_NAME = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}?\s+" + HEAD + r"\s+(?P<name>(?-i:[A-Z][a-z])[\w’'-]*)")
"""A title after a country or organisation, then a capitalised word: "Somali[ President Hassan] Sheikh"."""


AIDE_OF_OFFICE = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){1,2}[’']s\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}?"
                            r"(?P<name>(?-i:[A-Z])[\w’'-]*)")
"""After a country, the aide of one of its offices and the aide's name: "Moroccan[ King's envoy Youssef]",
"Russian[ President's aide Yuri]"."""


def unread_official(article: Article, actors: list[Actor], actor: Actor) -> bool:
    """'met Somali President Hassan Sheikh', the name not read as a person's: the party met is a person the draft
    does not know, never the country of the title, so the meeting is left for the editor to find."""
    title = _TITLE_THEN_NAME.match(article.masked, actor.span.end)
    if title is None or title.group("name").lower() in TITLE_HEADS:
        return False
    return not any(a.kind == "person" and a.span.start <= title.start("name") < a.span.end for a in actors)


_COUNTRY_TITLE = re.compile(r"(?:[’']s)?(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}?\s+" + HEAD + r"\b(?:\s+(?:(?-i:[A-Z])[\w’'-]*|of|for|"
                            r"and|the|on|to|in))*")
"""What follows a country or organisation set off after a name as the title of it: "Ana Soto, Chilean[ Foreign
Minister]", "Dan Hale, U.S.[ Deputy Assistant Secretary of State for African Affairs]", "Kenji Sato, Japan[’s
ambassador]"."""


def title_set_off(article: Article, actors: list[Actor], found: list[Actor], position: int, actor: Actor) -> int | None:
    """'met Ana Soto, Chilean Foreign Minister, on Monday': a country set off after the person just named, with a
    title after it and no one named in it, is the country of her title (never "met Soto, Chilean President Luis
    Arce": one more named): where the title ends, or None."""
    if actor.kind != "organisation" or not found or found[-1].kind != "person" or \
            not re.fullmatch(r",\s*(?:the\s+)?", article.masked[position:actor.span.start]):
        return None
    title = _COUNTRY_TITLE.match(article.masked, actor.span.end)
    if title is None or not OBJECT_END.match(article.masked, title.end()) or \
            any(a.kind == "person" and actor.span.end <= a.span.start < title.end() for a in actors):
        return None
    return title.end()


OBJECT_END = re.compile(r"\s*(?:[,.;:!?)—–]|$)|\s+(?:in|at|on|for|during|before|after|about|over|to|who|whose|which|"
                        r"where|and|as|by|when|while|later|earlier|yesterday|today|tonight|last|this|next)\b|"
                        r"\s+(?:a|one|two|three|four|several)\s+(?:days?|weeks?|hours?)\s+(?:later|earlier|after)\b")
"""What may follow the last party met: punctuation, or a phrase of when, where or why ("called on Ruiz a day
later"); never a verb."""
_SHORT_NAME = re.compile(r"\s*(?:(?:,\s*and|,|and)\s+)?(?P<word>(?-i:[A-Z])[\w’'-]+)\s*(?:,\s*and|,|and)\s+$")
"""A party of a list named by one word of a full name the text gave before: "sat down with Torres and Soto" after
"Ana Lucía Torres Vega", where the article says "Torres" only there."""
_CAPITAL_WORD = r"(?-i:[A-Z])[\w’'-]*"
_PORTFOLIOS = re.compile(r"(?:[’']s)?(?P<listed>(?:\s+" + _CAPITAL_WORD + r")+(?:,(?:\s+" + _CAPITAL_WORD + r")+)*)"
                         r"(?:,?\s+and\s+(?:" + _CAPITAL_WORD + r"\s+)*|,\s+)")


def has_portfolios(article: Article, country: Actor, person: Actor) -> bool:
    """'Kenyan[ Water, Sanitation and ]Irrigation Minister Rose Otieno', "Kenya's[ Lands, ]Housing and Urban
    Development Minister Rose Otieno": the portfolios of a title listed between its country and the rest of the
    title the name is read with, "and" closing the list before the name or within the title read with it."""
    gap = _PORTFOLIOS.fullmatch(article.masked, country.span.end, person.span.start)
    if gap is None:
        return False
    closed = re.search(r"\sand\s", gap.group()) or \
        re.match(r"(?:" + _CAPITAL_WORD + r"\s+)+and\s+", article.masked[person.span.start:person.span.end])
    return bool(closed)


def title_holder(cast: Cast, country: str, noun: str) -> str | None:
    """'Development ministers from Finland, Norway and Sweden met ... Norway's Minister of International Development,
    Sigrid Haugland, said': the one person of the country the text names by that title, who was there for it."""
    single = re.sub(r"s$", "", noun.lower())
    holders = [p.id for p in cast.people.values() if p.organisation == country and single in p.title.lower()]
    return holders[0] if len(holders) == 1 else None


def holder_by_words(cast: Cast, country: str, words: str) -> str | None:
    """'met the Japanese ambassador ... Japan's ambassador, Kenji Sato, said': the one person of the country whose
    title holds the words of the one met, before or after the meeting ("met the World Bank's country director ... The
    World Bank's country director, Hugh Riddell, said"); never the foreign minister for "the Japanese prime minister",
    as the last noun alone would take."""
    plain = [w for w in re.sub(r"[’']s\b", " ", words.lower()).split() if w not in ("the", "a", "an")]
    if not plain:
        return None
    phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, plain)) + r"\b")
    holders = [p.id for p in cast.people.values() if p.organisation == country and phrase.search(p.title.lower())]
    return holders[0] if len(holders) == 1 else None


def holds_title(cast: Cast, country: str, noun: str) -> bool:
    """Whether the text names one of the country's people by the title the envoys are named by ("Foreign
    Minister Ana Rusu" of Moldova, for "the foreign ministers of ... Moldova"): the meeting is then theirs, read
    where they are named, never one of the countries."""
    single = re.sub(r"s$", "", noun.lower())
    return any(p.organisation == country and single in p.title.lower() for p in cast.people.values())


def by_description(cast: Cast, actor: Actor) -> Actor:
    """'Mr. Wongsa, Ambassador of Thailand, handed over rice to Mr. Karki, Minister of Health. The Ambassador and
    the Minister then held a meeting': a description whose title fits one person named before it stands for that
    person; one that fits nobody, or more than one, stays a description."""
    if actor.kind != "description":
        return actor
    person, _ = cast.described(actor)
    return actor if person is None else Actor("person", actor.span, person)


def holder_of(cast: Cast, actor: Actor) -> Actor:
    """'The Lithuanian president and the Latvian prime minister met': a title of a country whose holder the text
    never names is a person, who stands for the country as a party."""
    country = unnamed_country(cast, actor) if actor.kind == "description" else None
    return actor if country is None else Actor("person", actor.span, country)


_NAME_SET_OFF = re.compile(_TITLE_TAIL + r",\s*(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)+,")
"""After a title, the name of its holder set off between commas: "[ on Libya, Priya Natarajan,]"."""


def unnamed_country(cast: Cast, actor: Actor) -> str | None:
    """'The Lithuanian president met the Latvian prime minister': a title of a country whose holder the text never
    names stands for that country, as the party of a meeting."""
    country = next((ident for span, ident in cast.org_mentions if span.within(actor.span)), None)
    if country is None or not re.match(r"(?i:the|an?)\s", actor.ref) or not cast.described(actor)[1].endswith("names nobody"):
        return None
    index = cast.article.sentence_index(actor.span.start)
    if any(a.kind == "person" and re.fullmatch(r",?\s*", cast.article.masked[actor.span.end:a.span.start])
           for a in cast.in_sentence(index) if a.span.start >= actor.span.end):
        return None  # "the Emir of Qatar, Tamim Khalifa": the title of the one named after it
    if _NAME_SET_OFF.match(cast.article.masked, actor.span.end):
        return None  # "The UN Special Envoy on Libya, Priya Natarajan, met": a holder named, read or not
    return country


def official_of(cast: Cast, actor: Actor) -> str | None:
    """'NRC's Secretary General used the day to meet al-Hamwi': a country's or organisation's official named by
    the title alone is the one person of it the text has given that title before ("Ingvild Sæther, NRC's
    Secretary General"), when there is one; never one whose name follows ("NRC's Secretary General Ana Ruiz")."""
    possessive = re.match(r"[’']s\s+", cast.article.masked[actor.span.end:actor.span.end + 4])
    if possessive is None:
        return None
    rest = cast.article.masked[actor.span.end + possessive.end():actor.span.end + possessive.end() + 120]
    fits = [p.id for p in cast.people.values() if p.organisation == actor.ref and p.title and p.spans and
            p.spans[0].start < actor.span.start and
            re.match(r"\s+".join(map(re.escape, p.title.split())) + r"\b(?![’'])(?!\s+(?-i:[A-Z]))", rest, re.IGNORECASE)]
    return fits[0] if len(fits) == 1 else None


def principal(cast: Cast, actor: Actor, principals: dict[str, str]) -> str:
    """A readout keeps calling the one whose day it reports by the same words: "The Minister met Sow. Minister
    Moyo held talks with her Zambian counterpart, Minister Banda. The Minister then met Ito": where the words
    fit several people named, the one they stood for the first time they said who met."""
    person = str(cast.described(actor)[0])
    return principals.setdefault(principal_key(actor), person)


def principal_key(actor: Actor) -> str:
    return " ".join(re.findall(r"[\w’'-]+", actor.ref.lower())[1:])
