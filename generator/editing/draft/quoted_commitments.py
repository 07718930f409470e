"""Commitments a speaker tells in the first person inside a quotation: "We will send 40 more generators before
the end of the month," said Latvia's energy minister. The rules of commitments.py read the text with quotations
blanked; these read the words of a quotation whose speaker the draft has named, with "we" standing for the
speaker's country or organisation, and propose only what a plain clause says: a promise ("we will send"), a gift
made ("we have delivered"), one being made ("we are sending"), or a request ("we have asked our Kenyan friends
for"). A wish ("we hope to receive"), a need ("we need tents"), a condition ("if donors pay, we will send") and a
quotation with no named speaker give nothing."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.editing.draft.actors import Cast
from generator.editing.draft.gazetteer import CAPITALS
from generator.editing.draft.items import AID, GOODS, HUMANITARIAN, MILITARY, Found, items
from generator.editing.draft.model import LIKELY, Commitment, Quote
from generator.editing.draft.quotes import channel
from generator.editing.draft.text import Article, Quotation, Span, fold

_GIVE = r"(?:send|provide|give|deliver|donate|supply|ship|bring|contribute|hand\s+over)"
_GIVING = r"(?:sending|providing|giving|delivering|donating|supplying|shipping|bringing|contributing|handing\s+over)"
_GIVEN = r"(?:sent|delivered|provided|given|donated|supplied|shipped|brought|contributed|handed\s+over)"
_GAVE = r"(?:sent|delivered|provided|gave|donated|supplied|shipped|brought|contributed|handed\s+over)"
_SOON = r"(?:(?:also|soon|now|immediately|quickly|already|just|this\s+week|today|tomorrow)\s+)?"

_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:—–])\s*|\b(?:and|but|so)\s+)(?:(?:[Tt]oday|[Tt]omorrow|[Yy]esterday|[Nn]ow|[Aa]nd|[Ss]o|[Aa]lready|"
    r"(?:[Ee]very|[Tt]his|[Ll]ast|[Ss]ince|[Oo]n|[Ii]n|[Bb]y|[Ff]or)(?:\s+(?!(?:what|which|that|who|whom|how|why|where|"
    r"when|if|we)\b)[\w-]+){1,3})\s*,?\s+)?"
    r"(?:[Ww]e|I|(?:[Oo]ur|[Mm]y)\s+(?:country|government|nation)|(?P<named>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))(?:\s+|(?=[’']))(?:"
    rf"(?P<pledged>(?:will|shall|[’']ll|(?:are|is|am)\s+going\s+to)\s+{_SOON}(?:(?:keep|continue)\s+(?:to\s+)?)?"
    rf"(?:{_GIVE}|{_GIVING})\b)|"
    rf"(?P<delivered>(?:(?:have|has|[’']ve)\s+{_SOON}{_GIVEN}|{_SOON}{_GAVE}|(?:are|is|am|[’']re|[’']m)\s+{_SOON}{_GIVING})\b)|"
    r"(?P<asked>(?:(?:have|has|[’']ve|had)\s+(?:also\s+|already\s+|formally\s+)?)?asked\b))")
""""We will send", "and we have delivered", "Today we are giving", "I have asked", "Our government has sent",
"Latvia will send" (said by Latvia's minister): a clause whose subject is the speaker's side, set at a sentence's
or a clause's start, never in a relative clause ("the tents we have sent")."""

_NOT_SURE = re.compile(r"\b(?i:if|unless|once|until|whether|should|provided\s+that|on\s+condition|hope|hoping|"
                       r"would|could|might|want|wish|plan|ready|willing|need|must|not|never|no|n[’']t)\b|\bmay\b")
"""What makes a sentence no commitment: a condition ("If donors pay, we will send"), a wish or a need, a
negation ("We have not sent a single shell")."""

_FRIENDS = r"(?:friends|partners|neighbou?rs|brothers|sisters|allies|colleagues)"
_ANYONE = re.compile(r"(?:the\s+)?(?:international\s+)?(?:donors|donor\s+community|community|world|everyone|"
                     r"all\s+(?:our\s+)?(?:partners|friends))")
"""Those asked whom no name picks out: "we have asked donors for tents" is asked of no one named."""
_ASKED_FOR = re.compile(r"\s+(?P<whom>[^,;:—–]{1,60}?)\s+for\s+|\s+for\s+")
_FIRST_OBJECT = re.compile(r"\s*(?:(?:you|them)\s+|(?P<whom>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
                           r"(?=(?:an?|the|some|more|another|\d|[A-Z]{0,3}[€$£¥]|(?:two|three|four|five|six|seven|eight|"
                           r"nine|ten|twelve|twenty|fifty|hundreds?|thousands?)\b)))?")
"""Who is given to, set before the thing: "give Haiti three field hospitals", "send you 40 pumps"."""
_WHEN = re.compile(r"\s+(?:until|till|before|after|by\s+the\s+end\s+of|within|(?:next|this|last)\s+(?:week|month|year|"
                   r"[A-Z][a-z]+day)|in\s+(?:the\s+)?(?:coming|next|following)\s)(?:[^,;:—–]*)(?=[,;:—–]|$)")
"""A time set after the thing ("transformers until spring", "tents before the end of the month"): no words of
it."""
_BACK = re.compile(r"(?:of|these|those|them|it|this|that|and|or|but)\b", re.IGNORECASE)
"""A thing named by what it points back to ("40 of these generators"): the quotation alone cannot say which."""
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but|so)\s+(?:they|it|he|she|this|that|these|those|you|I)\b.*$")
"""A clause of its own after the things: "four pumps and 20 kits, and they are being unloaded now"."""
_CONDITION = re.compile(r"\b(?:if|unless|provided\s+that|on\s+condition\s+that)\b", re.IGNORECASE)
_TO_WHOM = re.compile(rf"\s+(?:to|for)\s+(?P<whom>(?:the\s+)?(?:(?:[a-z]+\s+){{1,2}}(?:of|in)\s+(?:the\s+)?)?"
                      rf"(?:our\s+(?:[a-z]+\s+)?{_FRIENDS}\s+in\s+(?:the\s+)?)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){{0,3}}|"
                      rf"our\s+[A-Z][\w’'-]*\s+{_FRIENDS})")
"""Whom a thing is sent to, by a name: "to Moldova", "for Tonga", "to our friends in the Philippines", "to the
hospitals of Chad", "to our Kenyan friends"; a name that is no country or organisation the text knows is a place."""


@dataclass(frozen=True)
class _Said:
    """A quotation, who said it, and for whom the speaker says "we"."""

    quotation: Quotation
    speaker: str
    side: str
    index: int
    receives: bool
    """Whether the text reports the speaker's side receiving aid."""


def quoted_commitments(article: Article, cast: Cast, quotes: list[Quote], told: list[Commitment]) -> list[Commitment]:
    """Every commitment a named speaker tells in the first person inside a quotation; `told`, those the text
    tells outside quotations."""
    receivers = {r for c in told for r in c.receivers}
    found: list[Commitment] = []
    for said in _spoken(article, cast, quotes, receivers):
        for start, end in _sentences(article, said.quotation):
            found += _told(article, cast, said, start, end)
    return found


def _spoken(article: Article, cast: Cast, quotes: list[Quote], receivers: set[str]) -> list[_Said]:
    """Each quotation whose speaker is named and holds a role of a country or organisation the text names."""
    by_words = {fold(q.text): q for q in quotes}
    result = []
    for quotation in article.quotations:
        quote = by_words.get(fold(quotation.words))
        if quote is None or quote.speaker is None or quote.anonymous:
            continue
        person = cast.people.get(quote.speaker)
        if person is None or person.organisation not in cast.organisations:
            continue
        result.append(_Said(quotation, person.id, person.organisation, article.sentence_index(quotation.span.start),
                            person.organisation in receivers))
    return result


def _sentences(article: Article, quotation: Quotation) -> list[tuple[int, int]]:
    """Where each sentence of a quotation's words starts and ends in the text."""
    start, end = quotation.span.start + 1, quotation.span.end
    text = article.text
    result, at = [], start
    for stop in re.finditer(r"[.!?](?=\s+[A-Z“\"‘'])", text[start:end]):
        result.append((at, start + stop.start()))
        at = start + stop.end()
    result.append((at, end))
    return [(s, e) for s, e in result if e > s]


def _told(article: Article, cast: Cast, said: _Said, start: int, end: int) -> list[Commitment]:
    """The commitments one sentence of a quotation tells, each clause that tells one plainly."""
    text = article.text[start:end].rstrip(" ”\"’'.,;:!?")
    clauses = list(_CLAUSE.finditer(text))
    if not clauses:
        return []
    found: list[Commitment] = []
    ends = [c.start() for c in clauses[1:]] + [len(text)]
    for clause, clause_end in zip(clauses, ends, strict=True):
        if _NOT_SURE.search(text, 0, clause.start()) or _CONDITION.search(text, clause.end()):
            break
        if clause.group("named") and not _own_name(cast, said, start + clause.start("named"), start + clause.end("named")):
            continue
        rest = _NEXT_CLAUSE.sub("", text[clause.end():clause_end])
        found += _clause(article, cast, said, clause.lastgroup or "", rest, start + clause.end())
    return found


def _clause(article: Article, cast: Cast, said: _Said, status: str, rest: str, at: int) -> list[Commitment]:
    """The things one clause gives or asks for, and the other side it names."""
    other: tuple[str, ...] = ()
    if status == "asked":
        asked = _ASKED_FOR.match(rest)
        if asked is None:
            return []
        if asked.group("whom") and not _ANYONE.fullmatch(asked.group("whom")):
            side = _side_named(cast, said, at + asked.start("whom"), asked.group("whom"))
            if side is None:
                return []
            other = side
        rest = rest[asked.end():]
    else:
        first = _FIRST_OBJECT.match(rest)
        if first and first.group("whom"):
            # "we are giving Haiti three field hospitals": the one given to, then the thing
            other = _side_named(cast, said, at + first.start("whom"), first.group("whom")) or ()
            if not other:
                return []
        skip = first.end() if first else 0
        to = _TO_WHOM.search(rest, skip)
        side = _side_named(cast, said, at + to.start("whom"), to.group("whom")) if to else None
        if to and side is None:
            return []  # "we are sending 30 doctors to Beira": a place of the speaker's own, or one unknown
        if to and side:
            other, rest = side, rest[:to.start()] + rest[to.end():]
        if not other and said.receives:
            return []  # one that receives aid and sends, to no one named, sends at home
        rest = rest[skip:]
    # a list with one thing of aid makes each of its things a thing given: "water pumps and antivenom"
    rest = _WHEN.sub("", rest)
    things = [f for f in items(rest, False) if not _BACK.match(f[0].name)]
    things = things if any(_of_aid(f) for f in things) else []
    givers, receivers = (other, (said.side,)) if status == "asked" else ((said.side,), other)
    if not things or set(givers) & set(receivers):
        return []
    return [_commitment(article, cast, said, status, givers, receivers, found) for found in things]


def _own_name(cast: Cast, said: _Said, begin: int, end: int) -> bool:
    """Whether a name set as a clause's subject is the speaker's own side: "Latvia will send", said by Latvia's
    minister; a name of another is the speaker's report of what another gives, which the text tells itself."""
    named = {ident for span, ident in cast.org_mentions if span.within(Span(begin, end))}
    return named == {said.side}


def _side_named(cast: Cast, said: _Said, at: int, words: str) -> tuple[str, ...] | None:
    """The country or organisation a clause names as the other side: by its name ("Kenya", "our friends in
    Kenya"), its adjective ("our Kenyan friends") or its capital standing for its government ("asked Nairobi
    for"); "you", or a name that is no country or organisation the text knows, is no one sure."""
    named = {ident for span, ident in cast.org_mentions
             if span.within(Span(at, at + len(words))) and ident != said.side}
    country = CAPITALS.get(re.sub(r"^the\s+", "", words.strip()))
    named |= {ident for ident, o in cast.organisations.items() if country and o.name == country and ident != said.side}
    return (named.pop(),) if len(named) == 1 else None


def _of_aid(found: Found) -> bool:
    """Whether a thing is aid as donors give it: a thing of aid or goods, a counted thing or a sum; "the tools to
    keep the lights on" or "partnership" is said of no gift."""
    item, wordings, value = found
    wording = " ".join(wordings)
    return bool(value or item.quantity or AID.search(wording) or GOODS.search(wording))


def _commitment(article: Article, cast: Cast, said: _Said, status: str, givers: tuple[str, ...],
                receivers: tuple[str, ...], found: Found) -> Commitment:
    item, wordings, value = found
    wording = " ".join(wordings)
    sentence = article.sentence_text(said.index)
    kind = "humanitarian" if HUMANITARIAN.search(wording) else "military" if MILITARY.search(wording) else \
        "financial" if value else ""
    person = cast.people[said.speaker]
    role = f"{person.title.lower() or 'speaking for'} of {cast.organisations[said.side].name}"
    why = f"{LIKELY}: told in a quotation by {person.name}, {role}: \"we\" is {cast.organisations[said.side].name}"
    return Commitment("", "", givers, receivers, status, (item,), tuple(dict.fromkeys([*wordings, item.name])),
                      (sentence,), why, kind, value, said.speaker, channel(sentence), sentence=said.index)


def told_outside(found: list[Commitment], quoted: Commitment) -> list[Commitment] | None:
    """The commitments found, with one a quotation tells again: a quotation often says in the speaker's words
    what the sentence next to it reports ("We have sent 20 pumps," said Ruiz. Chile delivered the pumps on
    Monday). The report keeps its own status and gains the quotation's wordings; one that shares no word with
    it is the same commitment when the same parties stand in the next sentence or the one before. None when
    the text tells it nowhere else."""
    same = next((c for c in found if _same_parties(c, quoted) and (
        _head(c) == _head(quoted) or (c.status == quoted.status and abs(c.sentence - quoted.sentence) <= 1))), None)
    if same is None:
        return None
    if same.status != quoted.status:
        return found
    merged = replace(same, wordings=tuple(dict.fromkeys((*same.wordings, *quoted.wordings))),
                     excerpts=tuple(dict.fromkeys((*same.excerpts, *quoted.excerpts))))
    return [merged if c is same else c for c in found]


def _same_parties(one: Commitment, other: Commitment) -> bool:
    """Whether two commitments are between the same parties, one of them leaving a side unsaid."""
    return (one.givers == other.givers or not one.givers or not other.givers) and \
        (one.receivers == other.receivers or not one.receivers or not other.receivers) and \
        bool(set(one.givers + one.receivers) & set(other.givers + other.receivers))


def _head(commitment: Commitment) -> str:
    words = fold(commitment.items[0].name).split()
    return words[-1].rstrip("s") if words else ""
