"""Checks on what one sentence says of a meeting: none held after its verb, said after talks, a reporter's, whose
talks, mediated, joined by one more, a body named by its kind."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.meetings.objects import JOINED, objects_met
from generator.editing.draft.meetings.phrases import CALLED_ON, GATHERING, NOUN_TRIGGER
from generator.editing.draft.meetings.sentence import first_word_at, own_span, same_pronoun_before
from generator.editing.draft.meetings.titles import OBJECT_END
from generator.editing.draft.text import Article, Span

_REPORTED = re.compile(r"\s+(?:said|says|told\s+(?:reporters|journalists)|described)\s+(?:that\s+)?$")
_SET_OFF_BETWEEN = r"(?:\s*,\s*(?:which\s+|that\s+)?(?:had\s+been\s+|was\s+|were\s+)?(?:(?-i:[a-z])[\w-]*)[^,.;]{0,50},)?"
"""'The meeting between Fathy and Bekele, scheduled for Monday, was cancelled': a clause set off between the
last party and what became of the meeting."""
_CALLED_OFF = re.compile(r"^" + _SET_OFF_BETWEEN + r",?\s+(?:(?:later|since|then|abruptly|eventually|again)\s+)?"
                         r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|had\s+to\s+be)\s+(?:(?:later|since|then|abruptly|"
                         r"eventually|again)\s+)?(?:postponed|cancell?ed|called\s+off|"
                         r"delayed|scrapped|put\s+off|shelved)|(?:fell|falls)\s+through|(?:did\s+not|didn[’']t|never|has\s+not|"
                         r"have\s+not|had\s+not|was\s+not|were\s+not)\s+(?:yet\s+)?(?:take\s+place|taken\s+place|happen(?:ed)?|"
                         r"go(?:ne)?\s+ahead|went\s+ahead|materiali[sz]e(?:d)?|held|been\s+held))\b")
"""'the meeting with Nowak was postponed', 'the talks with Nowak did not take place', 'never happened', 'the call
with Nowak, planned for Friday, was later called off': one that did not take place."""
_STILL_TO_COME = re.compile(r"^" + _SET_OFF_BETWEEN + r",?\s+(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set|planned)|"
                            r"would|will|could|might|"
                            r"should|must|can|may|are\s+to|is\s+to|was\s+to)\b")


_EXHORTED = re.compile(r"(?:\s*,[^,.;]*,)?[^,.;]{0,60}?\bto\s+(?-i:[a-z])|\s+and\s+(?-i:[a-z])")
"""'called on Pundari, the prime minister, to resign', 'called on Pundari and his government to act': an
appeal, no call paid."""


_PRESENT = re.compile(r"(?:meets|holds|hosts|receives|welcomes|(?:is|are)\s+(?:meeting|holding|hosting)|pays|paying|makes|"
                      r"making)\b",
                      re.IGNORECASE)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_AHEAD = re.compile(r"(?:\s+(?:in|at)\s+[^,.;]{1,40}?)?\s+(?:(?:on|next|this)\s+" + _WEEKDAY + r"|tomorrow|"
                        r"next\s+(?:week|month)|later\s+this\s+(?:week|month))\b")
"""'Berg meets Moreau on Friday', 'is meeting Moreau in Paris next week': the present tense with a day ahead is a
meeting on the schedule, not one reported (a headline's "Berg meets Moreau" names no day)."""


def none_after(article: Article, trigger: re.Match[str], last: Actor) -> bool:
    """What follows the last party shows no meeting took place: "the talks with Moreau would take place in May",
    "Berg's talks with Moreau are expected on Tuesday", "Talks between Berg and Moreau are set for Friday", "Berg
    meets Moreau on Friday" (one still to come), "the meeting with Nowak was postponed", "Berg called Nowak a liar" (a
    name given)."""
    after = article.masked[last.span.end:]
    if re.match(r"(?:the|a|an|his|her|their|its|s|talks|meetings?|consultations|discussions)\s", trigger.group(),
                re.IGNORECASE) and _STILL_TO_COME.match(after):
        return True
    if _PRESENT.match(trigger.group()) and _DAY_AHEAD.match(after):
        return True
    if re.match(CALLED_ON, trigger.group(), re.IGNORECASE):
        return last.kind != "person" or bool(_EXHORTED.match(after)) or not OBJECT_END.match(after)
    if re.match(r"(?:called|rang)\s", trigger.group(), re.IGNORECASE) and not OBJECT_END.match(after):
        return True
    return bool(_CALLED_OFF.match(after))


_SAID_AFTER = re.compile(r",\s*(?P<who>[^,;:.“”\"]{2,90}?)\s+(?:said|says|announced|told\s+(?:reporters|journalists))"
                         r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                         r"late|earlier|later))*\s+$")
_AFTER_TALKS = re.compile(r"(?:after|following)\s", re.IGNORECASE)


_AND_THEN = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:also|later|then|afterwards|separately|briefly)\s+)?")


def same_doer(article: Article, trigger: re.Match[str], met_last: tuple[int, list[str]]) -> list[str]:
    """"Ruiz met Soto, the trade minister, and held talks with Vega": a verb of meeting right after "and" that
    closes the meeting before in the sentence has that meeting's subject ("Ruiz met Soto, and Vega held talks
    with" has its own)."""
    end, subject = met_last
    if end < 0 or not _AND_THEN.fullmatch(article.masked[end:trigger.start()]):
        return []
    return subject


def _named_later(cast: Cast, description: Actor, country: str) -> str | None:
    """The one person of `country` the text names after "a visiting Japanese minister" whose title has its noun."""
    noun = description.ref.lower().split()[-1]
    fits = [p.id for p in cast.people.values() if p.organisation == country and p.spans and
            p.spans[0].start > description.span.end and noun in p.title.lower().split()]
    return fits[0] if len(fits) == 1 else None


def said_after_talks(article: Article, cast: Cast, index: int, trigger: re.Match[str]) -> list[str] | None:
    """"Japan will give Pakistan $75 million, a visiting Japanese minister said after talks with Khokhar": who says
    the words set off before "after talks" held the talks, never the subject of the words reported. The one who
    says is a person named there, or the one person of the description's country the text names after it, or that
    country when the text names no one of it; None where the sentence is not so built, [] where who met is unsure."""
    if not _AFTER_TALKS.match(trigger.group()):
        return None
    said = _SAID_AFTER.search(article.masked, own_span(article, index).start, trigger.start())
    if said is None:
        return None
    within = [a for a in cast.in_sentence(index) if said.start("who") <= a.span.start and a.span.end <= said.end("who")]
    if len(within) != 1:
        return []
    actor = within[0]
    if actor.kind == "person":
        return [actor.ref]
    if actor.kind != "description":
        return []
    person = cast.described(actor)[0]
    country = next((ident for span, ident in cast.org_mentions if span.within(actor.span)), None)
    if person is None and country is not None:
        person = _named_later(cast, actor, country)
    if person is not None:
        return [person]
    if country is not None and re.match(r"(?i:the|an?)\s", actor.ref) and \
            not any(p.organisation == country for p in cast.people.values()):
        return [country]
    return []


def reporter(article: Article, cast: Cast, index: int, trigger: re.Match[str], last: Actor,
             subjects: dict[int, list[str]]) -> list[str]:
    """"He said the talks with Kerekes had been long": who reports their own meeting took part in it, when
    the meeting is one past ("his talks with" or "the talks with", never one that "would" come)."""
    if not NOUN_TRIGGER.search(trigger.group()) or _STILL_TO_COME.match(article.masked[last.span.end:]) or \
            not re.match(r"(?:the|his|her|their)\s", trigger.group(), re.IGNORECASE):
        return []
    actor = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= trigger.start()), None)
    if actor is None or not _REPORTED.match(article.masked[actor.span.end:trigger.start()]):
        return []
    person = cast.person_of(actor, index)[0] if actor.kind != "organisation" else None
    if person is None and actor.kind == "pronoun" and index and len(subjects.get(index - 1, [])) == 1:
        person = subjects[index - 1][0]
    if person is None and actor.kind == "pronoun":
        person = same_pronoun_before(cast, actor, index)
    return [person] if person else []


_POSSESSIVE = re.compile(r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?" + GATHERING + r"s?\b")


_VISIT_INCLUDED = re.compile(r"\s*(?P<pronoun>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|programme|program|"
                             r"schedule|itinerary|stay)\s+(?:(?:also|had|has)\s+)*")
"""'Her visit included meetings with Otieno': whose visit it was met."""


def possessor(cast: Cast, index: int, trigger: re.Match[str]) -> list[str]:
    """"Kelly arrived in Nairobi. Her talks with Wambui lasted two hours", "It was his first meeting with Wambui",
    "Her visit included meetings with Otieno": whose meeting or visit it was, by "his" or "her", when no one is its
    subject; the one the pronoun stands for, as "he" or "she" would."""
    possessive = _POSSESSIVE.search(trigger.group())
    sentence = own_span(cast.article, index)
    visit = _VISIT_INCLUDED.fullmatch(cast.article.masked, sentence.start, trigger.start()) \
        if re.match(r"included\s", trigger.group(), re.IGNORECASE) else None  # "includes" may list what is ahead
    if possessive is None and visit is None:
        return []
    start = trigger.start() + possessive.start("pronoun") if possessive else visit.start("pronoun") if visit else 0
    word = cast.article.masked[start:start + 3].lower()
    pronoun = Actor("pronoun", Span(start, start + len(word)), "he" if word == "his" else "she")
    person = cast.pronoun(pronoun, index)[0]
    return [person] if person else []


BARE_TALKS = re.compile(r"(?:Talks|Discussions)\s+with\s+")
_OPENING_TALKS = re.compile(r"(?:the\s+)?(?:(?!(?:next|planned|proposed|upcoming|future|last|previous)\b)[\w-]+\s+){0,2}?"
                            r"(?:talks|meeting|call|conversation|discussions)\s+with\s+", re.IGNORECASE)
"""'The morning talks with Kovacs ran long', 'Talks with Kovacs focused on trade': a meeting that opens the sentence,
whose other party the sentence does not name."""


def talks_opening(article: Article, cast: Cast, index: int, trigger: re.Match[str], objects: list[Actor],
                  subjects: dict[int, list[str]]) -> list[str]:
    """"Kelly arrived in Nairobi on Monday. The talks with Wambui ran long": a sentence that opens with a meeting
    held by no one it names was held by the one person the sentence before speaks of, who is none of those met
    (never one still to come: "Talks with Wambui are expected on Friday")."""
    if index == 0 or trigger.start() != first_word_at(article, index) or not _OPENING_TALKS.fullmatch(trigger.group()) or \
            _STILL_TO_COME.match(article.masked[objects[-1].span.end:]) or any(a.kind != "person" for a in objects):
        return []  # "Talks with Kenya stalled": negotiations between countries, no meeting told
    met = {a.ref for a in objects}
    for before in range(index - 1, max(-1, index - 3), -1):
        # the sentence before, or the one before it when that names no one and nothing ("Officials had squeezed in
        # four meetings.")
        named = [p for a in cast.in_sentence(before) if a.kind != "organisation"
                 for p in [cast.person_of(a, before)[0]] if p and p not in met]
        named = list(dict.fromkeys(named)) or [p for p in subjects.get(before, []) if p not in met]
        if named or cast.in_sentence(before):
            return named if len(named) == 1 else []
    return []


_MEDIATED = re.compile(r"\b(?:in|at|during)\s+(?:(?:the|a|an)\s+)?(?:(?!earlier|previous|past|prior|last|failed|next|"
                       r"future|planned)[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|discussions)\s+"
                       r"(?:mediated|brokered|facilitated|chaired)\s+by\s+")
"""'in talks mediated by Martin and Michel', 'at a meeting chaired by Michel': who mediated or chaired the talks the
sentence places the meeting in took part (never "earlier talks brokered by Russia had failed")."""


def with_mediators(article: Article, cast: Cast, index: int,
                   meeting: tuple[list[str], str]) -> tuple[list[str], str]:
    """"Sargsyan and Guliyev met in Prague, in talks mediated by French President Martin and European Council
    President Michel": the one meeting the sentence reports had those who mediated or chaired it too, and those in
    whose presence it was held."""
    sentence = own_span(article, index)
    for marker, who in ((_MEDIATED, "who mediated"), (_PRESENT_TOO, "who was present")):
        found = marker.search(article.masked, sentence.start, sentence.end)
        more = [a.ref for a in objects_met(article, cast, index, found.end()) if a.ref not in meeting[0]] if found else []
        if more:
            meeting = ([*meeting[0], *dict.fromkeys(more)], f"{meeting[1]}, with {who}")
    return meeting


_PRESENT_TOO = re.compile(r"\b(?:in\s+the\s+presence\s+of|(?:also\s+)?attended\s+by)\s+|"
                          r",\s+with\s+(?=(?:[\w.’'-]+\s+){1,8}?(?:in\s+attendance|also\s+present)\b)")
"""'received Özdemir at the Government Palace, in the presence of Minister al-Jubouri', 'met Sato on Monday, with
Finance Minister Peter Phiri in attendance': who was there took part."""


def joined_by(article: Article, cast: Cast, index: int) -> list[str]:
    """Those "accompanied by", "joined by" or "flanked by" names, each of a list: "Otieno, accompanied by Foreign
    Minister Grace Wanjiru and Energy Minister Peter Mwangi, met Yamada" brings both ministers, not the first alone."""
    joined: list[str] = []
    last: Actor | None = None
    for actor in (a for a in cast.in_sentence(index) if a.kind == "person"):
        if JOINED.search(article.masked[max(0, actor.span.start - 60):actor.span.start]) or (
                last is not None and _JOINED_TOO.fullmatch(article.masked, last.span.end, actor.span.start)):
            joined.append(actor.ref)
            last = actor
        else:
            last = None
    return joined


_JOINED_TOO = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|,\s*)(?:[A-Z][\w’'-]*\s+){0,5}")
"""'accompanied by Grace Wanjiru[ and Energy Minister ]Peter Mwangi': the next of a list of those who came along, with
its title; a lowercase word ends the list (", met Toyota chairman Ichiro Yamada")."""


_BY_KIND = re.compile(r"(?:^\s*|\b(?:said|says|added|noted|confirmed)\s+(?:that\s+)?)[Tt]he\s+(?P<kind>agency|bank|fund|"
                      r"organi[sz]ation|programme|committee|council|commission|company|centre|authority|institute|society)"
                      r"\s+(?:(?:had|has|have|also|later|then|earlier)\s+)*$")
"""'The agency had also met', 'she said the bank met': a body named again by the kind of body it is."""


def body_by_kind(article: Article, cast: Cast, index: int, position: int) -> list[str]:
    """"The Pacific Fisheries Agency hosted the talks. ... She said the agency had also met a US delegation": the
    body the text named last before, among those whose name ends with that kind."""
    sentence = own_span(article, index)
    kind = _BY_KIND.search(article.masked[sentence.start:position])
    if kind is None:
        return []
    noun = kind.group("kind").lower().replace("z", "s")
    named = [ident for span, ident in cast.org_mentions if span.end <= sentence.start and ident in cast.organisations
             and cast.organisations[ident].name.lower().replace("z", "s").split()[-1:] == [noun]]
    return named[-1:]
