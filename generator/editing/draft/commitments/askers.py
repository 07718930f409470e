"""Who asks.

The country or body a request's subject names, a delegation, a speaker before quotes, a statement,
those asking together, a sum asked for before."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast, entry_start
from generator.editing.draft.commitments.meeting_parties import parties_met, two_countries
from generator.editing.draft.commitments.parties import force_named_by_adjective, party_of
from generator.editing.draft.commitments.receivers import body_called
from generator.editing.draft.commitments.record import Clause
from generator.editing.draft.commitments.spans import following, own_start
from generator.editing.draft.commitments.words import (
    ADJECTIVES,
    DEBT_RELIEF,
    ENLARGED,
    PAY_FOR,
    RELATIVE_ASIDE,
    TOGETHER,
    WITH_PARTNERS,
)
from generator.editing.draft.gazetteer import CAPITALS
from generator.editing.draft.items import items
from generator.editing.draft.model import LIKELY, Meeting
from generator.editing.draft.text import Article, Span

_SIDE = re.compile(r"\s+(?:side|delegation|government|authorities)\s+(?:(?:also|then|later|formally)\s+)?$")


_THINGS_LISTED = re.compile(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s[^;:.—–]*?"
                            r",?\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s")
"""'asked Canada to fund an additional air-defence system and a supply of missiles', 'urged Japan to finance two
ferries and a new jetty': things counted one by one are each a thing paid for, not one purpose."""


_GIVING_THINGS = re.compile(r"\bto\s+(?:supply|provide|deliver|fund|finance|deploy)\s+$")
"""The verbs after "an agreement to" whose object may be things given, not a purpose."""


def things_to_give(lead: str, rest: str) -> bool:
    """Whether an agreement "to fund" or "to supply" goes on to two things given or more ("to supply 20 ambulances
    and 300 hospital beds"), each its own; one object ("to finance cocoa cooperatives") stays the whole purpose."""
    return bool(_GIVING_THINGS.search(lead)) and len(items(rest, False)) > 1


def purpose_lead(lead: str, after: str = "") -> bool:
    """Whether a request goes on to a purpose, one thing however many its words: "help in sourcing and
    financing a scanner", "to help pay for a second phase of the sea wall"."""
    if re.fullmatch(r"\s*to\s+", lead) and re.match(DEBT_RELIEF, after):
        return True  # "asked Seoul to defer repayments on its port loans": the relief, one thing
    paying = bool(PAY_FOR.search(lead) or re.fullmatch(r"\s*(?:co-?)?(?:finance|fund)\s+", lead))
    if paying and _THINGS_LISTED.match(after):
        return False
    return bool(re.search(r"\bin\s+(?:[a-z]+ing\s+and\s+)?[a-z]+ing\s+$", lead) or paying
                or re.search(ENLARGED + r"\s+$", lead))


def asker_of(cast: Cast, who: Actor | None, index: int) -> str:
    """Who asks: the country or body of the one the request's subject names, "The Minister" included when
    that title fits one person the text has named with a country or body ("Ghana's Minister for Finance, Ama
    Owusu, ... The Minister also requested"): the side that asks is the side that would receive."""
    party = party_of(cast, who, index)
    if party and who is not None and re.match(r"\s+delegation\b", cast.article.masked[who.span.end:]):
        return _delegation_from(cast, index) or party
    if party or who is None:
        return party
    if who.kind == "pronoun":
        return _speaker_before_quotes(cast, who, index)
    if who.kind != "description":
        return party
    person, _ = cast.person_of(who, index)
    return cast.people[person].organisation if person and cast.people[person].organisation in cast.organisations else ""


_DELEGATION_FROM = re.compile(r"\bdelegation\s+from\s+(?:the\s+)?$")


def _delegation_from(cast: Cast, index: int) -> str:
    """"A delegation from the Lviv City Council visited Leeds ... The Ukrainian delegation asked the council for fire
    engines": the delegation the text has told of is that body's, which asks; a country's own delegation is told by
    its adjective alone."""
    start = cast.article.sentences[index].start
    bodies = {ident for span, ident in cast.org_mentions if span.start < start and cast.organisations[ident].type != "country"
              and _DELEGATION_FROM.search(cast.article.masked, max(0, span.start - 30), span.start)}
    return bodies.pop() if len(bodies) == 1 else ""


_OPENS_QUOTED = re.compile(r"\s*[“\"‘]")


def _quoted_sentence(cast: Cast, index: int, pronoun: str) -> bool:
    """Whether a sentence is a quotation, bare ("And still they come.") or closed by the pronoun's own attribution
    ("'We cannot pay them,' he said."): it names no one outside its marks but that pronoun."""
    article = cast.article
    return bool(_OPENS_QUOTED.match(article.sentence_text(index))) and all(
        article.in_quotation(a.span) or (a.kind == "pronoun" and a.ref == pronoun) for a in cast.in_sentence(index))


def _speaker_before_quotes(cast: Cast, who: Actor, index: int) -> str:
    """"Chad's minister, Ali Saleh, said pay had stopped. 'We cannot pay them,' he said. 'They still teach.' He
    appealed for help": a "he" or "she" after the sentences of a quotation goes on with the one named just before
    them, whom they quote; the country or body of that person asks."""
    first = index
    while first > 1 and _quoted_sentence(cast, first - 1, who.ref):
        first -= 1
    if first == index:
        return ""
    start = cast.article.sentences[first].start
    person, _ = cast.pronoun(Actor(who.kind, Span(start, start), who.ref), first)
    return cast.people[person].organisation if person and cast.people[person].organisation in cast.organisations else ""


_KIND_SUBJECT = re.compile(r"(?:^|^[^,]{0,60},\s+|.*\b(?:said|says|added|that)\s+)[Tt]he\s+(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,2}?"
                           r"[A-Za-z][\w-]*)\s+(?:(?:has|had|have|also|formally|already|then|later|now|again)\s+)*$")
"""'The committee asked for', 'she said the rescue service had appealed for': a body called by its kind."""
_AND_AGAIN = re.compile(r",\s+and\s+(?:has|have|had|is|was)\s+(?:also\s+|since\s+|now\s+)?$")
"""', and has appealed': a second verb of the sentence's subject, its auxiliary said again."""
_SIDE_HAS = re.compile(r"\s(?:side|delegation)\s(?P<aux>(?:(?:has|have|had)\s+)(?:(?:also|formally|now|already|since)\s+)*)$")
"""'The Moldovan side has asked', 'the Chadian delegation had also requested': a side named by its country's adjective,
its verb after an auxiliary."""
_OWN_COUNTRY = re.compile(r"\b(?:his|her)\s+(?:country|government)(?:,\s*(?:whose|which|where)\b(?:[^;:.]|\.\d){0,120}?,)?\s+"
                          r"(?:(?:has|had|have|also|formally|already)\s+)*$")
"""'his country, whose waters stretch far, had asked': the country of the person "his" stands for."""
_SAID_IT_ASKS = re.compile(r"\s+(?:said|says|announced|added|confirmed|stated)\s+(?:(?:on|in|at|last|this)\s+[\w-]+\s+)?"
                           r"(?:that\s+)?it\s+(?:(?:was|is|has|had|have|would|will|also|now|already)\s+)*$")
"""'The WFP said on Monday it was seeking': "it" is the body that said so."""
_IT_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?It\s+(?:(?:has|had|have|also|formally|already|then|later|now|again)\s+)*$")


_STATEMENT_FROM = re.compile(r"(?:[^,]{0,60},\s+)?(?:[Aa]n?|[Tt]he)\s+(?:(?:new|joint|written|brief|short|separate|formal)\s+)?"
                             r"(?:statement|letter|communiqu[eé]|message|appeal)\s+(?:from|by|issued\s+by)\s+(?:the\s+)?")
_AFTER_STATED = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s*" + RELATIVE_ASIDE + r")?\s+(?:(?:has|have|had|also|formally|"
                           r"now|again|then|later)\s+)*")


def _statement_of(article: Article, cast: Cast, index: int, start: int, position: int) -> str:
    """"A statement from the Sudanese Red Crescent asked the WFP for flour", "A letter from Sudan's Sovereignty
    Council (SSC), which was not invited, has appealed to the AU to send flour": the body whose statement or letter
    opens the sentence asks, the last of a chain of names ("Sudan's ... Council"), when nothing but a short
    name in brackets, a relative clause and auxiliaries stands before the verb; not "A statement from the UN said
    Chad had asked", where another asks."""
    opening = _STATEMENT_FROM.match(article.masked, start, position)
    if opening is None:
        return ""
    named = [a for a in cast.in_sentence(index) if a.kind == "organisation" and opening.end() <= a.span.start < position]
    if not named or named[0].span.start != opening.end():
        return ""
    chain = [named[0]]
    for actor in named[1:]:
        if not re.fullmatch(r"[’']s\s+", article.masked[chain[-1].span.end:actor.span.start]):
            break
        chain.append(actor)
    last = chain[-1]
    if not _AFTER_STATED.fullmatch(article.masked, last.span.end, position) or \
            article.masked[last.span.start:last.span.end] in ADJECTIVES:
        return ""
    return party_of(cast, last, index)


_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_LIST_OPENS = re.compile(r"(?:[^,;:.]{0,60},\s+)?(?:[Tt]he\s+)?")


def asking_list(article: Article, cast: Cast, index: int, who: Actor) -> tuple[str, ...]:
    """"Tonga, Samoa and Vanuatu appealed for patrol boats", "In a joint letter, Laos and Cambodia asked Japan for a
    loan": a list of parties that opens the sentence asks as one, each of them, not only the last one named before
    the verb. Only names joined by commas and a closing "and", the first at the sentence's opening (past a phrase
    set off by a comma); not "Mali, which borders Niger and Chad, asked", where the list sits in a relative clause,
    nor a country's adjective ("Chadian and Nigerien officials")."""
    actors = [a for a in cast.in_sentence(index) if a.span.end <= who.span.start]
    chain = [who]
    for actor in reversed(actors):
        join = _LIST_JOIN.fullmatch(article.masked, actor.span.end, chain[0].span.start)
        if join is None or actor.kind != "organisation":
            break
        chain.insert(0, actor)
    if len(chain) < 2 or not re.search(r"\band\s+(?:the\s+)?$", article.masked[chain[-2].span.end:who.span.start]) or \
            not _LIST_OPENS.fullmatch(article.masked, entry_start(article, article.sentences[index]), chain[0].span.start) or \
            any(a.kind != "organisation" or article.masked[a.span.start:a.span.end] in ADJECTIVES for a in chain):
        return ()
    parties = tuple(dict.fromkeys(party_of(cast, a, index) for a in chain))
    return parties if all(parties) else ()


_GOVERNMENT_IN = re.compile(r"(?:[^,;:.]{0,60},\s+|(?:On|Earlier|Later|Last|This)\s+\w+\s+)?(?:[Tt]he\s+)"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?:government|authorities|administration|cabinet)\s+in\s+"
                            r"(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
                            r"(?:(?:has|have|had|also|formally|already|then|now|again|on\s+[A-Z]\w+)\s+)*")
"""'The government in Niamey has appealed', 'the military authorities in Bamako asked': a government named by the
capital it sits in."""


def _state_of_capital(cast: Cast, city: str) -> str:
    """The country the text names whose capital `city` is ("Niamey" for Niger); none where the text names no such
    country."""
    country = CAPITALS.get(city, "")
    return next((ident for ident, o in cast.organisations.items() if country and o.name == country), "")


def asker_referred(article: Article, cast: Cast, index: int, position: int) -> str:
    """Who asks, where the subject names no one but refers back: a body called by its kind ("The Refugee
    Council ... The council asked for"), or "It" opening a sentence after one that opened with a body
    ("The Red Cross wants more. It appealed for ...")."""
    start = entry_start(article, article.sentences[index])
    before = article.masked[start:position]
    stated = _statement_of(article, cast, index, start, position)
    if stated:
        return stated
    with_partners = WITH_PARTNERS.fullmatch(before)
    if with_partners is not None:
        # "The United Nations and its humanitarian partners have appealed for": the body its partners join
        body = next((a for a in cast.in_sentence(index) if a.kind == "organisation"
                     and a.span.start == start + with_partners.start("body")), None)
        return party_of(cast, body, index) if body is not None and cast.organisations[body.ref].type != "country" else ""
    said = _SAID_IT_ASKS.search(before)
    if said is not None:
        # "The WFP said on Monday it was seeking $20 million": the body that said so
        speaker = cast.subject_before(start + said.start(), index)
        return party_of(cast, speaker, index) if speaker is not None and speaker.kind == "organisation" else ""
    side = _SIDE_HAS.search(before)
    if side is not None:
        # "The Sri Lankan side has requested pumps from India": the country the adjective names asks
        found = side_of(article, cast, index, start + side.start("aux"))
        return party_of(cast, found, index) if found is not None else ""
    seat = _GOVERNMENT_IN.fullmatch(before)
    if seat is not None:
        # "The government in Niamey has appealed to donors": the state whose capital it sits in
        return _state_of_capital(cast, seat.group("city"))
    force = _force_asking(article, cast, index, start, position) or (
        _state_before(cast, index) if _STATE_ASKS.fullmatch(before) else "")
    if force:
        return force
    kind = _KIND_SUBJECT.match(before)
    if kind is not None:
        return _body_by_kind(article, cast, index, start + kind.start("phrase"), kind.group("phrase").split()) or \
            _body_headed(cast, index, start + kind.start("phrase"), kind.group("phrase"))
    if _AND_AGAIN.search(before):
        # "The WFP says it has begun distributing rations, and has appealed to donors for $6 million"
        subject = cast.sentence_subject(index)
        return party_of(cast, subject, index) if subject is not None and subject.kind == "organisation" else ""
    own = _OWN_COUNTRY.search(before)
    if own is not None:
        # "Kiribati's minister said his country, whose waters are vast, had asked partners for a patrol vessel"
        people = [a for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= start + own.start()]
        state = cast.people[people[-1].ref].organisation if people else ""
        return state if state in cast.organisations and cast.organisations[state].type == "country" else ""
    if not _IT_SUBJECT.fullmatch(before) or index == 0:
        return ""
    previous = entry_start(article, article.sentences[index - 1])
    subject = cast.sentence_subject(index - 1)
    if subject is not None and subject.kind == "organisation":
        return party_of(cast, subject, index - 1)
    opening = re.match(r"(?:[^,]{0,60},\s+)?[Tt]he\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:has\s+|had\s+|also\s+)*"
                       r"(?:wants|needs|said|says|is|was|has|had)\b", article.masked[previous:article.sentences[index - 1].end])
    return _body_by_kind(article, cast, index - 1, previous + opening.start("phrase"), opening.group("phrase").split()) \
        if opening else ""


_FORCE_ASKS = re.compile(r"\s+(?:army|military|navy|police|armed\s+forces|coast\s+guard|air\s+force)\s+"
                         r"(?:(?:has|have|had|also|formally|already|then|now|again)\s+)*$")


def _force_asking(article: Article, cast: Cast, index: int, start: int, position: int) -> str:
    """"The Nigerian army asked the United States for helicopters", "the Ukrainian military has asked for shells":
    a state's force named by the state's adjective asks, as the force the text names in full where it does, else as
    the state; not "the army of Chad" nor a force of no state the text names."""
    adjective = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.end <= position
                      and _FORCE_ASKS.fullmatch(article.masked, a.span.end, position)), None)
    if adjective is None or article.masked[adjective.span.start:adjective.span.end] not in ADJECTIVES or \
            cast.organisations[adjective.ref].type != "country" or \
            not re.fullmatch(r"(?:[^,]{0,60},\s+)?[Tt]he\s+", article.masked[start:adjective.span.start]):
        return ""
    body = force_named_by_adjective(article, cast, adjective)
    return body.ref if body is not None else adjective.ref


_STATE_ASKS = re.compile(r"(?:[^,]{0,60},\s+)?[Tt]he\s+(?:[A-Za-z][a-z]*(?:-[a-z]+)?\s+){0,2}?(?:country|kingdom|nation|"
                         r"republic|emirate|sultanate)\s+"
                         r"(?:(?:has|have|had|also|formally|already|then|now|again)\s+)*")


def _state_before(cast: Cast, index: int) -> str:
    """"Jordan hosts 1.3 million refugees. The kingdom has appealed to donors for $2.2 billion", "Chad's roads are
    cut. The landlocked country asked France for trucks": the state the sentence before opened with asks, as the one that
    would receive; none where that sentence opened with two or with no state."""
    back = index - 1
    while back > 0 and not cast.in_sentence(back):
        back -= 1  # a sentence that names nobody does not change whom the text is about
    subject = cast.sentence_subject(back) if back >= 0 else None
    if subject is None or subject.kind == "pronoun" or len(following(cast, back, subject)) > 1:
        return ""
    party = party_of(cast, subject, back)
    return party if party in cast.organisations and cast.organisations[party].type == "country" else ""


_HEAD_OF = frozenset({"department", "office", "agency", "directorate", "authority", "commission", "bureau", "service",
                      "council", "secretariat", "administration", "institute"})
"""Head nouns that open the name of a body before its "of": "the Department of Social Welfare", "the Office of Civil
Defence"; not "ministry", which a text uses for the government as a whole."""


def _body_headed(cast: Cast, index: int, position: int, word: str) -> str:
    """"Ama Owusu, head of the Department of Social Welfare, said stocks were low. The department has asked the WFP
    for rice": the one body whose name opens with the head noun before "of", named in this sentence or the two
    before; none where two fit."""
    if word.lower() not in _HEAD_OF:
        return ""
    start = cast.article.sentences[max(0, index - 2)].start
    fits = {ident for span, ident in cast.org_mentions if start <= span.start < position
            and re.match(rf"{word.capitalize()}\s+(?:for|of)\s", cast.organisations[ident].name)}
    return fits.pop() if len(fits) == 1 else ""


_ON_BEHALF = re.compile(r"\b(?:[Oo]n\s+behalf\s+of|[Ss]peaking\s+for)\s+(?:the\s+)?$")


def on_behalf(article: Article, cast: Cast, index: int, position: int) -> str:
    """"On behalf of the African Union, its envoy, Amina Sall, asked G20 members for $1.2 billion", "Speaking for
    Chad, the envoy appealed for tents": the one a request is made on behalf of asks, where the words before the
    verb name it; not one named after the verb ("asked Spain, on behalf of the donors, for")."""
    start = article.sentences[index].start
    return next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < position
                 and _ON_BEHALF.search(article.masked, start, a.span.start)
                 and article.masked[a.span.start:a.span.end] not in ADJECTIVES), "")


_OFFICIALS = re.compile(r"\s+(?:officials|authorities|diplomats|negotiators|envoys)\s+(?:(?:have|had|has|also|then|later|"
                        r"formally|again)\s+)*$")


def officials_of(article: Article, cast: Cast, index: int, position: int) -> str:
    """"Lao officials asked Seoul for help in clearing unexploded ordnance", "Chadian authorities have asked Spain for
    tents": the country whose adjective the subject opens with asks, as its government."""
    start = entry_start(article, article.sentences[index])
    return next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start <= a.span.start < position
                 and article.masked[a.span.start:a.span.end] in ADJECTIVES
                 and cast.organisations[a.ref].type == "country"
                 and _OFFICIALS.fullmatch(article.masked, a.span.end, position)
                 and re.fullmatch(r"(?:[Tt]he\s+|[^,]{0,60},\s+(?:the\s+)?)?", article.masked[start:a.span.start])), "")


_OWN_APPEAL = re.compile(r"\b(?:his|her|the\s+government[’']s|the\s+country[’']s)\s+(?:[\w-]+\s+)*appeal\s+for$")


def asking_together(article: Article, cast: Cast, meetings: list[Meeting], index: int, position: int) -> tuple[str, ...]:
    """"The two governments have asked the World Bank to ...", "Both countries asked Japan for ...": the parties of
    the meeting the text has just reported, else the two countries it names most."""
    before = re.sub(r"(?:(?:has|have|had|also|jointly|formally)\s+)+$", "",
                    article.masked[entry_start(article, article.sentences[index]):position])
    if not TOGETHER.search(before) or re.search(r"\b[Tt]hey\s+$", before):
        return ()
    return parties_met(meetings, index, 3) or two_countries(cast, before)


def appeal_owner(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> str:
    """"That was Peru's defence minister, Ana Ruiz, renewing the government's appeal for helicopters", "Ruiz
    repeated her appeal for tents": the country of the one named before, whose own or whose government's
    appeal it is."""
    if not _OWN_APPEAL.search(verb.group()):
        return ""
    people = [a for a in cast.in_sentence(index) if a.kind == "person" and a.span.end <= verb.start()]
    state = cast.people[people[-1].ref].organisation if people else ""
    return state if state in cast.organisations and cast.organisations[state].type == "country" else ""


_SUM_BEFORE = re.compile(r"\b[Tt]he\s+(?P<sum>(?:US|A|C|NZ)?[$€£¥]\d[\d.,]*(?:\s*(?:billion|million|bn|m)\b)?)\s+"
                         r"(?:that\s+|which\s+)?(?P<who>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:(?:has|had|have)\s+)?$")
_AFTER_ASKED_FOR = re.compile(r"(?:\s+for)?\s*(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|in\s+\d{4}|on\s+[A-Z]\w+)?"
                              r"(?:\s*[,;.]|\s+to\s+[a-z]+\b|\s+(?:never|was|were|has|had|is|have)\b|$)")


def sum_asked_before(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"fell short of the $1.6 billion that the organisers had appealed for to fund recovery", "a third of the $900
    million the UN had asked for": a sum asked for, told before the verb as the object of a relative clause; the
    body that asked receives, and where the text names none, the side that receives is inferred later. None where
    the verb goes on to what it asks for itself."""
    said = " ".join(verb.group().split())
    if not re.fullmatch(r"(?:appealed|asked|pleaded)(?:\s+for)?", said) or \
            not _AFTER_ASKED_FOR.match(article.masked[verb.end():article.sentences[index].end]) or \
            (said == "asked" and not re.match(r"\s+for\b", article.masked[verb.end():])):
        return None
    asked = _SUM_BEFORE.search(article.masked, article.sentences[index].start, verb.start())
    if asked is None:
        return None
    body = next((a for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start >= asked.start("who")
                 and a.span.end <= asked.end("who") and article.masked[a.span.start:a.span.end] not in ADJECTIVES), None)
    if body is None and re.search(r"[A-Z]", asked.group("who")):
        return None  # one the text names, but no body
    return Clause((), (body.ref,) if body else (), "asked", asked.start("sum"), f"{LIKELY}: {verb.group()!r}: a sum "
                   "asked for, told before the verb", end=asked.end("sum"))


def _body_by_kind(article: Article, cast: Cast, index: int, position: int, words: list[str]) -> str:
    """The body a text calls by its kind at `position`: the one whose name ends with those words ("the committee"
    for the Karen Refugee Committee), else the one it set them after as an apposition ("the Syrian Civil
    Defence, the rescue service"); none where two fit."""
    body = body_called(cast, index, position, words)
    if body:
        return body
    phrase = r"\s+".join(map(re.escape, words))
    described = {ident for span, ident in cast.org_mentions if span.end <= position and re.match(
        rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,2}}?{phrase}\b", article.masked[span.end:span.end + 80])
        and cast.organisations[ident].type != "country"}
    if len(described) == 1:
        return described.pop()
    # "The Kenya Red Cross said roads were cut. The charity appealed for blankets": a word for any body, the one
    # the sentence before opened with
    subject = cast.sentence_subject(index - 1) if index and words[-1].lower() in _ANY_BODY else None
    return subject.ref if subject is not None and subject.kind == "organisation" and \
        cast.organisations[subject.ref].type != "country" else ""


_ANY_BODY = frozenset({"charity", "agency", "organisation", "organization", "group", "body", "society", "institution",
                       "company", "utility", "operator", "firm", "ngo"})
"""Words a text calls any body by, once named: "the charity", "the agency", "the group"."""


def side_of(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"The Moldovan side asked Romania for ...": the country an adjective before "side" or "delegation" names."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if before and before[-1].kind == "organisation" and _SIDE.fullmatch(article.masked[before[-1].span.end:position]) \
            and re.search(r"(?:^|\b[Tt]he\s+)$", article.masked[own_start(article, index):before[-1].span.start]):
        return before[-1]
    return None


_OFFICIAL_WORDS = r"(?:ambassador|minister|envoy|president|premier|chancellor|commissioner|secretary|representative|" \
    r"counterpart|high\s+commissioner|chargé\s+d['’]affaires|consul(?:\s+general)?)"
_OFFICIAL_ASKED = re.compile(r"(?:[’']s)?\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?" + _OFFICIAL_WORDS +
                             r"(?:\s*,\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}\s*,)?(?=\s+(?:for|to)\b)", re.IGNORECASE)
"""'(asked the Japanese) ambassador for', '(asked Japan)'s foreign minister, Hiro Ito, for': an official of the state
named before, asked."""
_BEFORE_PERSON = re.compile(r"\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,5}?")
_PERSON_ASKED = re.compile(r",?\s+(?:for|to)\b")


def official_asked(article: Article, cast: Cast, after: list[Actor], index: int, position: int) -> tuple[tuple[str, ...], int]:
    """The state or body a request is made of when the text names one of its officials right after the verb: "asked
    the Japanese ambassador for", "asked Japan's foreign minister for", "asked Sato for" or "asked Japanese Foreign
    Minister Kenji Sato for" (the person's own country or body, as the text gives it); ((), position) when none."""
    first = next((a for a in after if a.span.start >= position), None)
    if first is None:
        return (), position
    if first.kind == "organisation" and re.fullmatch(r"\s+(?:the\s+)?", article.masked[position:first.span.start]):
        official = _OFFICIAL_ASKED.match(article.masked, first.span.end)
        person = next((a for a in after if a.kind == "person" and a.span.start > first.span.end), None)
        if official is not None:
            return (first.ref,), official.end()
        if person is None or not re.fullmatch(r"\s+(?:[A-Za-z-]+\s+){1,3}", article.masked[first.span.end:person.span.start]):
            return (), position
        first = person  # "asked Japanese Foreign Minister Kenji Sato for": the person the title is of
    if first.kind not in ("person", "description") or not _BEFORE_PERSON.fullmatch(article.masked, position, first.span.start) \
            or not _PERSON_ASKED.match(article.masked, first.span.end):
        return (), position
    # "the Japanese ambassador": the one state or body the words of an official's description name; "the
    # Commonwealth's wealthier members" are none of its officials
    named = {ident for span, ident in cast.org_mentions if span.within(first.span)} if first.kind == "person" or \
        re.search(_OFFICIAL_WORDS + r"$", article.masked[first.span.start:first.span.end], re.IGNORECASE) else set()
    party = party_of(cast, first, index) if first.kind == "person" else named.pop() if len(named) == 1 else ""
    end = first.span.end + (1 if article.masked.startswith(",", first.span.end) else 0)  # "Hiro Ito, for"
    return ((party,), end) if party else ((), position)
