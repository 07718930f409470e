"""Subjects told again in other words.

"the ministry", "the kingdom", "the Gulf state", a body a reported clause names by its kind, "it said",
"he" or "she" after a lead of time, one singled out "in particular", the one a sentence opens with
after a place."""
from __future__ import annotations

import re

from generator.editing.draft.actors import SUBJECT_GAP, Actor, Cast, entry_start
from generator.editing.draft.commitments.main_receiver import article_receiver
from generator.editing.draft.commitments.parties import named_by_kind, of_kind, party_of
from generator.editing.draft.commitments.spans import following, own_start
from generator.editing.draft.commitments.words import ADJECTIVES, PERSON_PRONOUN
from generator.editing.draft.items import MONEY
from generator.editing.draft.text import Article, fold

_SINGLED_OUT = re.compile(r"\s+(?:in\s+particular|especially|above\s+all|notably|most\s+of\s+all),\s+"
                          r"(?:(?:has|have|had|also|jointly|already|together)\s+)*")


def singled_out(article: Article, cast: Cast, index: int, subject: Actor, position: int) -> tuple[str, ...]:
    """"The European Union, and France in particular, have pledged 30 million euros": the one an aside singles out
    between the subject and its verb gives as well."""
    actor = next((a for a in cast.in_sentence(index) if subject.span.end < a.span.start < position), None)
    if actor is None or actor.kind != "organisation" or \
            not re.fullmatch(r",\s+and\s+(?:the\s+)?", article.masked[subject.span.end:actor.span.start]) or \
            not _SINGLED_OUT.fullmatch(article.masked, actor.span.end, position):
        return ()
    party = party_of(cast, actor, index)
    return (party,) if party else ()


_TIME_LEAD = re.compile(r"(?:By|On|At|Later|Earlier|Afterwards|Then|There|That|Last|Late|Early)(?:\s+[a-z0-9][\w-]*"
                        r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)){0,3}\s+")


def pronoun_after_time(article: Article, cast: Cast, index: int) -> Actor | None:
    """"By evening she had held talks with Ruto and had unveiled $45 million", "There he met Reyes and pledged 12
    boats": a "he" or "she" after a short phrase of time or place with no comma opens the sentence all the same."""
    actors = cast.in_sentence(index)
    first = actors[0] if actors else None
    if first is None or first.kind != "pronoun" or \
            not PERSON_PRONOUN.fullmatch(article.masked[first.span.start:first.span.end]):
        return None
    return first if _TIME_LEAD.fullmatch(article.masked, entry_start(article, article.sentences[index]),
                                         first.span.start) else None


_PLACE_LEAD = re.compile(r"(?:In|At|From|Inside|Outside|Near)\s+[^,;:.]{1,40},\s+(?:the|a|an|its)\s+[^,;:.]{1,40},\s+")
"""'In Nukus, the regional capital, ': a place and its apposition set off before the sentence's subject."""


def opener_after_place(article: Article, cast: Cast, index: int) -> Actor | None:
    """"In Nukus, the regional capital, Albrecht held talks with ... and then announced a package": the one the sentence
    opens with after a place and its apposition, each set off by commas."""
    sentence = article.sentences[index]
    lead = _PLACE_LEAD.match(article.masked, entry_start(article, sentence), sentence.end)
    first = next((a for a in cast.in_sentence(index) if a.span.start >= sentence.start), None)
    return first if lead is not None and first is not None and first.span.start == lead.end() else None
_ORGAN = re.compile(r"^(?:-led)?\s*(?P<organ>(?:(?:[’']s\s+)?(?:[\w-]+\s+){0,2}?(?i:government|ministry|cabinet|parliament|"
                    r"presidency|authorities|treasury|administration|agency|council|executive|initiative|minister|president|"
                    r"premier|chancellor|envoy|ambassador|(?:high\s+)?commissioner|consul(?:[\s-]general)?|charg[ée]\s+d[’']affaires|"
                    r"representative|delegation|side|officials|leader|leadership|board|(?:board\s+of\s+)?directors|"
                    r"embassy|high\s+commission|consulate|mission|department|office|arm)"
                    r"(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+)?)?(?:\s+|(?=,)))?"
                    r"(?:,[^,]{1,80},\s*)?(?:(?:on|in|last|this|earlier|next|late|early)\s+(?:Monday|Tuesday|Wednesday|"
                    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|\d{4}|week|month|year|weekend)\s+)?)" + SUBJECT_GAP.pattern[1:])
"""'Lithuania's government approved', 'Germany's defence ministry has sent', 'Germany on Monday delivered':
the organ of a state gives for the state, and a time between subject and verb leaves the subject as it is; so does a
state's mission abroad or a body's department ("China's embassy in Lilongwe donated", "The European Commission's
humanitarian aid department gave", "the EU's humanitarian arm released"), and its envoy of any rank ("Britain's High
Commissioner handed over", "Japan's chargé d'affaires signed")."""


_ORGAN_LEAD = re.compile(r"(?:[^,]{0,60},\s*){0,2}(?:[Tt]he\s+)?|.*\b(?:that|and)\s+"
                         r"(?:(?:by|on|in|last|this|later|earlier)\s+[A-Z]?[a-z]+\s+)?(?:the\s+)?")
"""What may open a sentence before the body whose organ gives: a time or a place set off by commas, one or two of
them ("In Manila, meanwhile, the ADB's board approved"), or a clause joined by "and" with a time of its own ("...,
and by Friday the World Bank board had approved")."""


def organ_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The country or organisation the clause before `position` opens with, when an organ of it or a
    time stands between it and the verb."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if not before or before[-1].kind != "organisation":
        return None
    actor = before[-1]
    organ = _ORGAN.match(article.masked[actor.span.end:position])
    if (organ is None or not organ.group("organ").strip()) and re.match(r",\s", article.masked[actor.span.end:position]):
        # "The United States government, through USAID, donated": the body in the aside is the organ's means
        actor = next((a for a in reversed(before[:-1]) if a.kind == "organisation"), actor)
        organ = _ORGAN.match(article.masked[actor.span.end:position])
    if organ is None or not organ.group("organ").strip():
        return None
    lead = article.masked[own_start(article, index):actor.span.start]
    return actor if _ORGAN_LEAD.fullmatch(lead) else None


_BEHALF = re.compile(r"\b[Oo]n\s+behalf\s+of\s+(?:the\s+)?$")


def behalf_of(article: Article, cast: Cast, index: int) -> str:
    """"Ambassador Hiro Sato handed over 40 boats on behalf of Japan", "On behalf of the Japanese people, the
    ambassador handed over": one who hands over for a state or a body gives as it; a country's adjective counts only
    with its people or its government after it ("on behalf of Japanese donors" names no giver)."""
    start = article.sentences[index].start
    for actor in cast.in_sentence(index):
        if actor.kind == "description" and re.fullmatch(r"(?:the\s+)?[A-Z][\w-]+\s+(?:people|government)",
                                                        article.masked[actor.span.start:actor.span.end]):
            party = party_of(cast, actor, index)  # "on behalf of the Japanese people"
        elif actor.kind == "organisation" and article.masked[actor.span.start:actor.span.end] not in ADJECTIVES:
            party = actor.ref
        else:
            continue
        if party and _BEHALF.search(article.masked, max(start, actor.span.start - 30), actor.span.start):
            return party
    return ""


_CREW = re.compile(r"\s+(?:volunteers|staff(?:\s+members)?|workers|aid\s+workers|teams?|crews?|personnel|engineers|medics|"
                   r"troops|soldiers|peacekeepers)" + SUBJECT_GAP.pattern[1:])
"""'Malawi Red Cross Society volunteers handed over', 'UNICEF staff delivered': the people of a body, named by their
work right after its name, hand over for it."""


_VEHICLES = re.compile(r"(?:[’']s)?\s+(?:(?i:air\s+force|navy|naval|army|military|coast\s+guard|aid|relief|cargo|"
                       r"transport|supply)\s+)*(?:helicopters?|planes?|aircraft|airlifters?|jets?|ships?|vessels?|boats?|"
                       r"trucks?|lorr(?:y|ies)|convoys?|C-130s?|Hercules)" + SUBJECT_GAP.pattern[1:])
"""'Two Zambian air force helicopters dropped', 'Egypt's trucks delivered': vehicles named right after a state."""
_COUNTED = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|\d+)\s+)?")
"""What may open the sentence before the state whose vehicles give: "Two", "The", "Several", or nothing."""


def vehicle_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The state whose vehicles, named right after its name or adjective, are the subject of the verb at `position`:
    "Two Zambian air force helicopters dropped maize meal onto villages", "Egypt's trucks delivered 40 tonnes of
    flour"; a state's planes, ships and trucks carry its gifts, whether or not the clause says where to. Only a state,
    as a body's vehicles may be hired, and not the side the aid goes to, carrying its own."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if not before or before[-1].kind != "organisation":
        return None
    actor = before[-1]
    if cast.organisations[actor.ref].type != "country" or actor.ref == article_receiver([], cast) or \
            not _VEHICLES.fullmatch(article.masked, actor.span.end, position):
        return None
    lead = article.masked[own_start(article, index):actor.span.start]
    return actor if _COUNTED.fullmatch(lead) else None


def crew_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """The body whose volunteers, staff or crews, named right after it, are the subject of the verb at `position`;
    never a country's adjective ("Ukrainian volunteers handed out food" is no gift of Ukraine's)."""
    before = [a for a in cast.in_sentence(index) if a.span.end <= position]
    if not before or before[-1].kind != "organisation":
        return None
    actor = before[-1]
    if article.masked[actor.span.start:actor.span.end] in ADJECTIVES or \
            not _CREW.fullmatch(article.masked, actor.span.end, position):
        return None
    lead = article.masked[own_start(article, index):actor.span.start]
    return actor if _ORGAN_LEAD.fullmatch(lead) else None


_GOVERNMENT = re.compile(r"\s+(?:government|cabinet|(?:[a-z]+\s+)?ministry|authorities|presidency)\b")


def government(article: Article, cast: Cast, index: int) -> str:
    """"The Dutch government said it would send": a sentence opening with a state's government, its
    ministry or its authorities, named by the country's adjective."""
    start = own_start(article, index)
    for actor in cast.in_sentence(index):
        if actor.kind == "organisation" and re.fullmatch(r"(?:[^,]{0,60},\s+)?(?:[Tt]he\s+)?",
                                                           article.masked[start:actor.span.start]) \
                and cast.organisations[actor.ref].type == "country" and _GOVERNMENT.match(article.masked, actor.span.end):
            return actor.ref
        break
    return ""
_STATE_NOUNS = frozenset({"country", "government", "kingdom", "republic", "nation", "state", "emirate", "sultanate"})
_SAID_BODY = re.compile(r"\b(?:said|says|added|confirmed|announced|explained|that)\s+the\s+(?:[A-Z][\w-]*-based\s+|"
                        r"state-(?:owned|run)\s+|national\s+)?(?P<noun>company|utility|operator|firm|centre|center|agency|"
                        r"bank|lender|fund|charity|foundation)\s+(?:(?:had|has|have|would|will|is|was)\s+)?"
                        r"(?:(?:also|already|now|since|formally|separately)\s+)?$")
_FIRM_NOUNS = frozenset({"company", "utility", "operator", "firm"})
"""Kinds of body whose own name seldom says the kind: "Ukrenergo ... the company", "the NEA ... the utility"."""


def earlier_subject(cast: Cast, index: int, noun: str) -> str:
    """The country (for "the country", "the government") or organisation (for "the bloc", "the bank") that
    one of the two sentences before opened with, or whose minister or leader it opened with."""
    back = index - 1
    while back > 0 and not cast.in_sentence(back):
        back -= 1  # a sentence that names nobody ("The food was cold.") does not change whom the text is about
    subject = cast.sentence_subject(back) if back >= 0 else None
    if noun not in _STATE_NOUNS:
        # "... a vice-president of the African Development Bank. The bank last month approved": the one body of
        # that kind the sentence before names
        start = cast.article.sentences[max(0, index - 1)].start
        kind = {ident for span, ident in cast.org_mentions if start <= span.start < cast.article.sentences[index].start
                and noun in fold(cast.organisations[ident].name).split()}
        if len(kind) == 1:
            return kind.pop()
    party = party_of(cast, subject, back) if subject is not None and subject.kind != "pronoun" else ""
    if subject is not None and len(following(cast, back, subject)) > 1:
        return ""  # "The World Bank and the ADB met. The bank will lend": which bank, the text does not say
    if party not in cast.organisations or (cast.organisations[party].type == "country") != (noun in _STATE_NOUNS):
        return ""
    # the side the article's aid goes to is rarely the one "the government" gives for; a wrong giver costs more
    return party if party != article_receiver([], cast) else ""


_SAID_THAT_THE = re.compile(r"\b(?:said|says|added|adding|announced|confirmed|explained)\b[^.;:]*?\bthat\s+the\s+"
                            r"(?P<noun>[a-z]+)\s+(?:(?:had|has|have|would|will|is|was)\s+)?(?:[a-z]+ly\s+|also\s+)?$")


def speakers_body(article: Article, cast: Cast, index: int, position: int) -> str:
    """"Marzac, president of Iasi County Council, said, adding that the county would send": a body called by a word of
    its name in a clause reported by one who speaks for it; the body of the person who said so, when its name has
    that word."""
    sentence = article.sentences[index]
    said = _SAID_THAT_THE.search(article.masked, sentence.start, position)
    if said is None:
        return ""
    speaker = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= said.start() and a.kind == "person"),
                   None)
    body = cast.people[speaker.ref].organisation if speaker is not None else ""
    if body not in cast.organisations or cast.organisations[body].type == "country":
        return ""
    return body if said.group("noun") in fold(cast.organisations[body].name).split() else ""


_THROUGH_ITS = re.compile(r"(?:\s+(?:[Gg]overnment|[Aa]uthorities|[Pp]eople))?\s*,\s+(?:(?:acting|working)\s+)?"
                          r"(?:through|via)\s+(?:[^;:.()—–]|\([^()]{1,15}\)){1,160}?,\s+"
                          r"(?:(?:has|have|had|is|are|was|were|will|would|"
                          r"also|now|already|since)\s+)*$")


def through_channel_subject(article: Article, cast: Cast, index: int, position: int) -> str:
    """"The European Union, through its humanitarian aid department, ECHO, is funding cash assistance", "Japan, via
    JICA, has delivered 40 generators", "the Japanese government, through JICA, has handed over": the one the
    sentence opens with gives, through the channel set off after it."""
    opener = cast.sentence_subject(index) or _state_opening(article, cast, index)
    if opener is None or opener.kind != "organisation" or opener.span.end > position or \
            not _THROUGH_ITS.fullmatch(article.masked, opener.span.end, position):
        return ""
    return party_of(cast, opener, index)


_STATE_TITLE = re.compile(r"\s*(?:[Tt]he\s+)?(?:State|Kingdom|Republic|Sultanate|Emirate|Principality|Grand\s+Duchy|"
                          r"Government|[Pp]eople)\s+of\s+(?:the\s+)?")


def _state_opening(article: Article, cast: Cast, index: int) -> Actor | None:
    """The country a sentence opens with by its formal title: "The State of Qatar, through its fund, has provided",
    "The Sultanate of Oman, via its relief agency, sent": the title is the country's, and the country opens the
    sentence."""
    actors = cast.in_sentence(index)
    first = actors[0] if actors else None
    start = entry_start(article, article.sentences[index])
    if first is None or first.kind != "organisation" or cast.organisations[first.ref].type != "country":
        return None
    return first if _STATE_TITLE.fullmatch(article.masked, start, first.span.start) else None


_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:said|says|told(?:\s+[\w-]+){1,3}?|added|adding|announced|confirmed|explained|stressed|"
    r"noted|insisted|that|and|but|while|where)\s+)the\s+(?P<noun>bloc|union|bank|lender|fund|agency|organi[sz]ation|"
    r"commission|alliance|kingdom|country|government|nation|emirate|sultanate|republic)\s+"
    r"(?:(?:had|has|have|would|will|is|was|were|are|could|should|may|might|intends|plans|expects)\s+)?"
    r"(?:(?:also|already|now|since|formally|separately|jointly|soon|still|then|further)\s+)?"
    r"(?:(?:ready|prepared|willing|set|expected|due|planning|going|about)\s+to\s+)?$")
"""'EU envoy Karin Holm told reporters the bloc would provide', 'Saudi minister Al-Otaibi said the kingdom would
provide', 'officials said the bank would also finance': a subject that names its kind, not itself, opening a clause
of its own after a verb of saying, a conjunction or a comma."""
_KIND_WORD = {"lender": "bank", "organization": "organisation"}


def kind_subject(article: Article, cast: Cast, index: int, position: int) -> str:
    """The body or state a clause's subject names by its kind ("the bloc", "the lender", "the kingdom"): the
    body or country of the one who speaks in the sentence, when it is of that kind; else the one body of that
    kind the sentence or the two before name. "Finance Minister Rai of Nepal said the government would provide
    seed" in an article on aid to Nepal names no giver, nor does "the bank" where two banks were named."""
    sentence = article.sentences[index]
    described = _DESCRIBED_SUBJECT.search(article.masked, sentence.start, position)
    if described is None or described.end() != position:
        return ""
    noun = described.group("noun")
    speaker = next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= described.start() + 1
                    and a.kind == "person"), None)
    own = party_of(cast, speaker, index) if speaker is not None else ""
    main = article_receiver([], cast)
    if noun in _STATE_NOUNS or noun in ("sultanate",):
        state = own if own in cast.organisations and cast.organisations[own].type == "country" else ""
        return state if state != main else ""
    kind = re.match(r"\s*(?P<words>)(?P<noun>\w+)", _KIND_WORD.get(noun, noun))
    if kind is None:
        return ""
    if own in cast.organisations and of_kind(cast, own, kind):
        return own if own != main else ""
    body = named_by_kind(cast, index, described.start(), kind)
    return body if body != main else ""


_SUM_IN_OWN_AID = re.compile(r"\s+(?:(?:an?|another)\s+(?:further\s+|additional\s+|extra\s+)?)?(?:" + MONEY.pattern +
                             r")\s+(?:in|of)\s+(?:(?:new|fresh|further|additional|extra)\s+)?$")
_OWN_AID_AFTER = re.compile(r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,2}?(?:aid|assistance|funding|support|money|grants?|loans?|"
                            r"financing)\b")


def aid_owner_named(article: Article, cast: Cast, index: int, position: int) -> str:
    """The one whose aid a sum is said to be, named in the words after the verb: "the Commissioner announced
    €20 million in new EU humanitarian funding", "she pledged £15m of British aid": the aid's owner gives, whatever
    body the speaker belongs to."""
    for actor in cast.in_sentence(index):
        if actor.kind != "organisation" or actor.span.start <= position:
            continue
        if not _SUM_IN_OWN_AID.fullmatch(article.masked, position, actor.span.start):
            return ""
        return actor.ref if _OWN_AID_AFTER.match(article.masked, actor.span.end) else ""
    return ""


def state_opened_before(cast: Cast, index: int, noun: str) -> str:
    """"Prime Minister Solvang said Norway will provide NOK 1.5 billion. The funds will go through the EBRD. In
    addition, the Government has earmarked NOK 800 million": past a sentence that opens with no one (on the
    funds, not on who gives them), the country of the one the sentence before it opened with."""
    if noun not in _STATE_NOUNS or index < 2:
        return ""
    if cast.sentence_subject(index - 1) is not None:
        return ""  # the sentence just before opens with someone: earlier_subject has read it
    opener = cast.sentence_subject(index - 2)
    party = party_of(cast, opener, index - 2) if opener is not None and opener.kind != "pronoun" else ""
    if party not in cast.organisations or cast.organisations[party].type != "country":
        return ""
    return party if party != article_receiver([], cast) else ""


def body_said(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """A body a reported clause names by its kind: "A spokesperson said the Riyadh-based centre had promised
    5,000 tents", "Its chief executive said the company had asked the EBRD for ...". The body is the one of
    that kind named just before (in the sentence or the one before it); for a company or utility, whose
    name seldom says so, the body the sentence names before, else the one the sentence before opened with."""
    sentence = article.sentences[index]
    said = _SAID_BODY.search(article.masked[sentence.start:position])
    if said is None:
        return None
    noun = {"center": "centre"}.get(said.group("noun"), said.group("noun"))
    start = sentence.start + said.start()
    # the names themselves, also those inside a person's description ("The NEA's managing director")
    bodies = [Actor("organisation", span, ident) for span, ident in cast.org_mentions
              if article.sentences[max(0, index - 1)].start <= span.start and span.end <= start
              and cast.organisations[ident].type != "country"]
    kinds = {noun, "center"} if noun == "centre" else {noun}
    named = [a for a in bodies if kinds & set(fold(cast.organisations[a.ref].name).split())]
    if len({a.ref for a in named}) > 1:
        return None  # "The World Bank and the ADB met officials. A spokesman said the bank would lend": which bank?
    if named:
        return named[-1]
    if noun not in _FIRM_NOUNS:
        return None
    here = [a for a in bodies if a.span.start >= sentence.start]
    opener = cast.sentence_subject(index - 1) if index else None
    return here[-1] if here else next((a for a in bodies if opener is not None and a.span == opener.span), None)


def which_said(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"the U.S. International Development Finance Corporation (DFC), which said it would provide": the
    organisation a "which said it" clause follows."""
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= position and a.kind == "organisation"]):
        if re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?\)?,\s*which\s+(?:also\s+)?(?:said|says|announced|confirmed)\s+"
                        r"(?:that\s+)?it\s+(?:had\s+|has\s+)?", article.masked[actor.span.end:position]):
            return actor
    return None


_BODY_SAID_IT = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:also|then|later)\s+)?(?:said|says|announced|announces|added|"
                           r"adds|confirmed|confirms|stated|promised|pledged)"
                           r"(?:\s+(?:only\s+|just\s+)?(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+|in\s+[A-Z]\w+))?"
                           r"\s+(?:that\s+)?(?:it|its\s+government)\s+(?:had\s+|has\s+)?")


_JOINED_SUBJECT = re.compile(r"(?:,|;|\band|\bbut|\bwhile|\bwhereas)\s+(?:the\s+)?$")


def said_it(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"Several donors froze their aid, and the World Bank announced last month that it would resume lending": the
    body named right before "said that it", where it opens a clause of its own after "and", "but", "while" or a comma
    ("The EU pledged €50m, while Norway said it would send seed"); not the sentence's first subject."""
    return next((a for a in reversed(cast.in_sentence(index)) if a.span.end <= position and a.kind == "organisation"
                 and _BODY_SAID_IT.fullmatch(article.masked, a.span.end, position)
                 and _JOINED_SUBJECT.search(article.masked, max(0, a.span.start - 16), a.span.start)), None)


def adding_that(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"..., the European Union said on Wednesday, adding that it would contribute": the one who said so,
    not the clause's subject before it."""
    sentence = article.sentences[index]
    adding = re.search(r"\b(?:said|says|announced|confirmed)\b[^.;]*?,\s*adding\s+that\s+it\s+(?:had\s+|has\s+)?$",
                       article.masked[sentence.start:position])
    if adding is None:
        return None
    said = sentence.start + adding.start()
    return next((a for a in reversed(cast.in_sentence(index)) if a.kind == "organisation" and a.span.end <= said
                 and re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?", article.masked[a.span.end:said])), None)


def and_subject(article: Article, cast: Cast, index: int, position: int) -> Actor | None:
    """"Horbach set out Ukraine's priorities and asked the UK for ...": the second verb of a sentence
    joined by "and" has the sentence's subject."""
    if not re.search(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$", article.masked[max(0, position - 20):position]):
        return None
    # "... Amra Hadžić, Bosnia's prime minister, who welcomed the package but asked the EU for ...": the one
    # the relative clause is on
    who = [a for a in cast.in_sentence(index) if a.span.end <= position and re.match(
        r"(?:,[^,;.]{1,60})?,\s*who\s+[^,;.]*$", article.masked[a.span.end:position])]
    return who[-1] if who else cast.sentence_subject(index)
