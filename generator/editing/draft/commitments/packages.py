"""A package, its parts, shares and tranches told again after a commitment.

"The package covers tents and water pumps", "the first tranche", "it also includes"."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Cast, entry_start
from generator.editing.draft.commitments.parties import party_of
from generator.editing.draft.commitments.receivers import receiver_after
from generator.editing.draft.commitments.record import Clause, make_commitment
from generator.editing.draft.commitments.spans import country_forms, item_at, list_heading, listed_contents
from generator.editing.draft.commitments.words import LIST_LINE
from generator.editing.draft.items import MONEY, Found, contents, items, shares
from generator.editing.draft.model import LIKELY, Commitment, Meeting
from generator.editing.draft.text import Article, fold

_CARRIED = re.compile(r"(?:consignment|shipment)s?\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?(?:carried|brought|delivered|"
                      r"unloaded)\b")
_CARRIER_NAMED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:plane|planes|aircraft|airlifter|flight|flights|ship|ships|vessel|"
                            r"vessels|convoy|trucks|lorries)\b")
"""'a Chilean air force plane', 'two Colombian navy ships': a vehicle named by the country it comes from."""


def carried_cargo(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"The first Chilean air force plane has landed in Lima. The consignment it carried includes tents and
    blankets": what a vehicle the sentence before named by its country carried, given by that country, to the
    one named after "for" ("the shipment they brought for Peru") when named."""
    carried = _CARRIED.search(verb.group())
    if carried is None or index == 0:
        return None
    before = article.sentences[index - 1]
    owners = {a.ref for a in cast.in_sentence(index - 1) if a.kind == "organisation"
              and _CARRIER_NAMED.match(article.masked, a.span.end, before.end)}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    start = verb.start() + carried.end()
    to = next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and start < a.span.start < verb.end()
               and re.fullmatch(r"\s+for\s+(?:the\s+)?", article.masked[start:a.span.start])), None)
    return Clause((owner,), (to,) if to and to != owner else (), "delivered", verb.end(),
                   f"{LIKELY}: what the {cast.organisations[owner].name} vehicle just reported carried")


def pronoun_package(verb: re.Match[str]) -> bool:
    """Whether a package verb opens with the pronoun ("it covers", "it will include"), which owns nothing by the
    words before it: "The Red Cross said it covers 300 tents" tells a gift's contents, not the Red Cross's gift."""
    return verb.group()[:3].lower() == "it "


_SAID_THEN_IT = re.compile(r"\b(?:said|says|announced|added|confirmed)\s+(?:that\s+)?$")
_WOULD_COVER = re.compile(r"it\s+(?:would|will)\s+(?:also\s+)?cover$", re.IGNORECASE)


def said_it_would_cover(article: Article, cast: Cast, index: int, verb: re.Match[str]) -> Clause | None:
    """"Kuwait pledged $100 million, and Qatar said it would cover the salaries of nurses": "it" after "said" is
    the one who said, a country or an organisation that promises to pay, not a package ("it covers 40 boats");
    after "and said", the subject of the sentence ("Qatar pledged ..., and said it would also cover ...")."""
    said = _SAID_THEN_IT.search(article.masked, max(0, verb.start() - 30), verb.start())
    if said is None or not _WOULD_COVER.fullmatch(verb.group()):
        return None
    speaker = cast.subject_before(said.start(), index)
    start = article.sentences[index].start
    also = speaker is None and re.search(r",?\s+and\s+$", article.masked[start:said.start()]) is not None
    if also:
        speaker = cast.sentence_subject(index)  # "Qatar pledged to rebuild homes, and said it would ...": its subject
    giver = party_of(cast, speaker, index) if speaker is not None and speaker.kind == "organisation" else ""
    # "Qatar pledged to help Gaza's hospitals, and said it would also cover ...": the one the first clause helps
    others = {a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and a.span.start < said.start()
              and a.ref != giver} if also else set()
    return Clause((giver,), tuple(others) if len(others) == 1 else (), "pledged", verb.end(),
                   f"{LIKELY}: what {cast.organisations[giver].name} said it would cover") if giver else None


_WHOLE_TOLD = re.compile(r"\b(?:programmes?|programs?|projects?|packages?|agreements?|deals?|initiatives?|schemes?|"
                         r"facilit(?:y|ies)|funds?)\b[^.;:]{0,40}?\b(?:worth|valued\s+at|of)\s+(?:[A-Z]{0,3}[€$£¥]|\d)")
"""'signed an agreement with Ecuador on a reforestation programme worth 12 million dollars': a whole with its sum,
which "The package covers ..." in the next sentence goes on to list."""


_PICKS = frozenset({"first", "second", "third", "new", "grant", "loan", "financing", "two", "three"})
_DOCUMENT = re.compile(r"agreements?|accords?|memorand(?:um|a)|deals?|grants?|loans?")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "other", "latter", "former", "larger", "smaller"})
_TOLD_DOCUMENTS = ("agreement", "accord", "memorandum", "deal", "grant", "loan")


def same_package(article: Article, found: list[Commitment], index: int,
                  verb: re.Match[str]) -> tuple[Clause | None, bool]:
    """"The package comprises ...": a package the sentence does not own is the one the last sentences
    reported, whose contents it lists; and whether that gift was told as a package already."""
    words = [w.rstrip(",") for w in verb.group().lower().split()]
    # "The first agreement provides": the noun after the word that picks one of those told
    noun = words[1] if words[0] in _PICKS | _ORDINALS and len(words) > 1 and _DOCUMENT.fullmatch(words[1]) else words[0]
    # "15:10 – The package includes": a live blog's time is no part of the sentence's opening
    opening = article.masked[entry_start(article, article.sentences[index]):verb.start()]
    if not re.fullmatch(r"\s*|.*\b(?:said|says|that)\s+|\s*According\s+to\s[^,]{1,60},\s+" if noun == "it" else
                        r"\s*(?:[^,]{1,60},\s+|.*\b(?:said|says|added|that)\s+)?(?:The|This|That|Its|Their|Today's|the|its|their)\s+(?:[\w-]+\s+){0,3}",
                        opening):
        return None, True
    whole = _whole_subject(article, index - 1) if noun == "it" else None
    noun = whole or noun
    # "It comprises ...": the package just told of; a package is named as such in its item or in its
    # sentence ("put €310 million on the table in the form of an energy security package")
    # "The second, worth $12 million, covers": one of the documents told before, named by no noun of its own
    nouns = ("package", "tranche") if noun == "it" else _TOLD_DOCUMENTS if noun in _ORDINALS else (noun,)
    # "signed two agreements ... The first agreement provides": one of a plural told before is the same thing
    earlier = [c for c in found if (index - 1 if noun == "it" else index - 3) <= c.sentence < index and any(
        n.removesuffix("s") in {w.removesuffix("s") for w in fold(c.items[0].name).split()}
        or re.search(rf"\b{n.removesuffix('s')}s?\b", article.sentence_text(c.sentence), re.IGNORECASE)
        for n in nouns)]
    told = bool(earlier)
    if not earlier and noun == "it":
        earlier = _gift_just_told(article, found, index)
    if not earlier and noun in _WHOLE_WORDS | {"consignment", "shipment"}:
        # "Lithuania has promised Ukraine 5,000 drones. [...] The new package includes ...": the gift
        # just reported, when it is the only one of the sentences before
        recent = [c for c in found if index - 8 <= c.sentence < index and c.status in ("pledged", "delivered")]
        just_before = [c for c in recent if c.sentence == index - 1]
        if not just_before and _WHOLE_TOLD.search(article.sentence_text(index - 1)):
            return None, True  # the whole the sentence before tells, which no rule has read, not an older gift
        # the gift the sentence before told, or the only giver and receiver of those the last sentences told
        earlier = just_before or (recent if len({(c.givers, c.receivers) for c in recent}) == 1 else [])
    if not earlier:
        return None, True
    last = earlier[-1]
    # "The donation, which comprises 20 beds and ten scanners, was handed over": the list ends where the clause it
    # is set off in goes on with its own verb
    relative = _relative_end(article, verb, article.sentences[index].end) \
        if re.search(r",\s+(?:which|that)\s", verb.group()) else None
    return Clause(last.givers, last.receivers, last.status, verb.end(), f"{LIKELY}: what the "
                   f"{'package' if noun == 'it' else noun} reported just before includes",
                   relative.start() if relative else -1), told


_RELATIVE_ENDS = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would|can|could|arrived|reached)\s")
_LAST_JOINED = re.compile(r"\s(?:and|plus)\s")
_VERB_AFTER_LIST = re.compile(r",\s+(?:also\s+)?(?-i:[a-z]+(?:s|ed))\s+(?:the|a|an|its|their|his|her|that|how|to)\b")


def _relative_end(article: Article, verb: re.Match[str], end: int) -> re.Match[str] | None:
    """Where the clause set off on a gift ends, and its sentence goes on with its own verb: ", was handed over", or,
    past the last thing of the list ("... 1,500 blankets and 800 tents"), ", demonstrates the friendship"."""
    aux = _RELATIVE_ENDS.search(article.masked, verb.end(), end)
    last = _LAST_JOINED.search(article.masked, verb.end(), aux.start() if aux else end)
    own = _VERB_AFTER_LIST.search(article.masked, last.end(), aux.start() if aux else end) if last else None
    return own or aux


_WHOLE_SUBJECT = re.compile(
    r"\s*(?:[^,]{1,60},\s+)?(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?P<noun>package|tranche|grant|loan|pledge|"
    r"contribution|donation|aid|assistance|support|programme|program|funding|money|funds)\b")
"""'The package, unveiled by the commissioner, will be shared between Chad and Niger. It covers 40 boats': a
pronoun opening a sentence stands for the subject of the sentence before, here a whole that gives."""


def _whole_subject(article: Article, index: int) -> str:
    """The word for a whole that gives ("package", "grant") the sentence at `index` opens with, or ""."""
    if index < 0:
        return ""
    sentence = article.sentences[index]
    whole = _WHOLE_SUBJECT.match(article.masked, entry_start(article, sentence), sentence.end)
    return whole.group("noun").lower() if whole else ""


def _gift_just_told(article: Article, found: list[Commitment], index: int) -> list[Commitment]:
    """"Norway pledged $30 million to Malawi. It covers seed, fertiliser and canal repairs": "it" opening a sentence
    stands for the sum or whole the sentence before gave, when that sentence gave one, of one giver to one set of
    receivers; none when it told two donors' gifts ("Japan gave $5m and Britain £4m. It covers ...") or a request."""
    told = [c for c in found if c.sentence == index - 1 and c.givers and c.status != "asked"]
    sums = [c for c in told if c.value is not None or any(MONEY.search(w) for w in c.wordings)
            or _WHOLE_WORDS & set(fold(c.items[0].name).split())]
    return sums if sums and len({(c.givers, c.receivers) for c in told}) == 1 else []


_WHOLE_WORDS = frozenset({"package", "tranche", "grant", "loan", "aid", "assistance", "support", "programme", "program",
                          "funding", "contribution", "donation"})


_LED_WITH_PLEDGE = re.compile(r"\s*(?:led|leads|opened|opens|followed|follows|topped|tops|headed|heads|kicked\s+off|"
                              r"came\s+(?:first|second|third|next))\s+(?:(?:the\s+[\w-]+|off)\s+)?with\s+(?:a|an|its|their)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:pledge|contribution|offer|donation|commitment)\s+of\s+"
                              r"(?=(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+)?(?:" + MONEY.pattern + "))")
"""'Spain led with a pledge of €80 million', 'Japan followed with an initial contribution of $20m': the one who
leads a round of pledges gives the sum its pledge names."""

_AIM_IN = re.compile(r"[^,;:]{0,40}?\sfor\s+(?:[a-z][\w-]*\s+){1,5}?(?=in\s+(?:the\s+)?[A-Z])")
"""'a pledge of €40m for teacher training in Chad and Niger': the countries the aim is in receive; not 'a
pledge of €40m at the conference in Spain', where the sum was told."""


def _led_with_pledge(article: Article, cast: Cast, index: int) -> Clause | None:
    sentence = article.sentences[index]
    for match in re.finditer(r"\s(?=(?:led|leads|opened|opens|followed|follows|topped|tops|headed|heads|kicked|came)\s)",
                             article.masked[sentence.start:sentence.end]):
        position = sentence.start + match.start()
        lead = _LED_WITH_PLEDGE.match(article.masked, position, sentence.end)
        giver = party_of(cast, cast.subject_before(position, index), index) if lead else ""
        if lead and giver:
            aim = _AIM_IN.match(article.masked, lead.end(), article.sentences[index].end)
            receivers = tuple(r for r in receiver_after(article, cast, index, lead.end()) or (
                receiver_after(article, cast, index, aim.end(), "in") if aim else ()) if r != giver)
            return Clause((giver,), receivers, "pledged", lead.end(), f"{LIKELY}: the pledge the one who led gave")
    return None


_SOURCE_LEAD = r"According\s+to\s[^,;:]{1,100}?,\s*"
"""'According to a fact sheet the ministry released during the visit, the package will pay for ...': a source named
before a sentence, as long as it takes, which is no part of what the sentence tells."""
_SUM_TOLD_AGAIN = re.compile(
    r"(?:" + _SOURCE_LEAD + r"|[^,]{0,40},\s*|[^,;:]{0,60}?\b(?:said|says|added|announced|explained|confirmed)\s+"
    r"(?:that\s+)?)?"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|These|Those|[Ii]ts|[Tt]heir)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>money|funds|funding|sum|amount|tranche|package|grant|loan|contribution|pledge|donation|allocation)\s+"
    r"(?:(?:will|would|is\s+to|are\s+to)\s+(?:also\s+|mainly\s+|largely\s+|partly\s+|primarily\s+)?(?:pay\s+for|fund|"
    r"finance|cover|include|go\s+(?:towards?|to(?!\s+(?:the\s+)?[A-Z]))|be\s+(?:used|spent|earmarked|"
    r"set\s+aside|allocated|reserved)\s+(?:for|on))|(?:is|are|was|were)\s+(?:earmarked|intended|meant|destined|set\s+aside|"
    r"allocated|reserved)\s+for|pays\s+for|paid\s+for|funds|funded|finances|financed|covers|covered|includes|included|"
    r"goes\s+towards?|(?:(?:will|would|is\s+to|are\s+to)\s+be|(?:is|are|was|were|has\s+been|have\s+been))\s+"
    r"(?:allocated|distributed|divided|split|spent|used|broken\s+down)\s+as\s+follows|breaks?\s+down\s+as\s+follows)"
    r"(?P<colon>\s*:)?\s+")
"""'Japan pledged $300 million to Peru. The money will pay for water pumps and field hospitals', 'Tokyo said the
money would cover ...': a sum told in one sentence and what it is for told in the next; each thing it pays for is
given by the same giver to the same receiver; 'The new funds will be allocated as follows:' tells it in the lines
of a list below. ('The meeting will cover trade' names no sum.)"""
_AID_NAMED = re.compile(r"(?:" + MONEY.pattern + r")\s+in\s+(?:[\w-]+\s+){0,3}?(?:aid|assistance|support|relief|funding)\b")
"""'$95 million in humanitarian assistance. The money will go mostly to food': a sum whose own words say what it
is for, which the next sentence only describes."""
_MONEY_NOUNS = frozenset({"money", "funds", "funding", "sum", "amount", "tranche", "allocation"})
_GIFT_OF_SUM = frozenset({"contribution", "donation", "grant", "loan", "aid", "assistance", "financing", "support"})
"""'Ireland pledged €8 million to Somalia. The contribution covers ...': a word for a gift of money names the sum
told in the sentence just before, whatever words that sum was told in."""
_CARGO_NOUNS = frozenset({"cargo", "goods", "consignment", "shipment", "load"})
"""'Kazakhstan sent 60 tonnes of aid to Kyrgyzstan. The cargo, which included flour and sugar, ...': a word for what
was carried names the thing just reported sent."""


def _referred_commitment(article: Article, cast: Cast, found: list[Commitment], index: int,
                         told: re.Match[str], listing: bool = False) -> Commitment | None:
    """The nearest commitment of the last sentences whose thing the subject names: a sum for "the money", a
    grant for "the grant", supplies for "the supplies"; for "the Japanese contribution", one Japan gives, and none
    if the nearest is another's. A sum whose own words say what it is for ("$9 million in aid") is only told again
    by "the money", unless the sentence lists the parts it holds (`listing`: "The aid, which includes tents and
    rice, ...")."""
    noun = told.group("noun").lower()
    named = [w for w in told.group("words").split() if w[0].isupper()]
    for commitment in reversed([c for c in found if index - 3 <= c.sentence < index and c.givers]):
        if noun in _MONEY_NOUNS:
            names = commitment.value is not None or any(MONEY.search(w) for w in commitment.wordings) or \
                noun in fold(" ".join(commitment.wordings)).split()
        else:
            names = noun.rstrip("s") in {w.rstrip("s") for w in fold(" ".join(commitment.wordings)).split()} or (
                commitment.value is not None and re.search(rf"\b{noun}", article.sentence_text(commitment.sentence),
                                                           re.IGNORECASE) is not None)
        if noun in _DOCUMENT_NOUNS:
            names = (commitment.value is not None or any(MONEY.search(w) for w in commitment.wordings)) and any(
                re.search(rf"\b{noun}\b", article.sentence_text(line), re.IGNORECASE)
                for line in (commitment.sentence, commitment.sentence + 1))
            if not names:
                return None  # the nearest gift alone: "Peru and Chile signed a fishing deal" tells another
        names = names or (noun in _GIFT_OF_SUM and commitment.sentence == index - 1 and (
            commitment.value is not None or any(MONEY.search(w) for w in commitment.wordings))) or (
            noun in _CARGO_NOUNS and commitment.status == "delivered")
        if names and not listing and _AID_NAMED.search(article.sentence_text(commitment.sentence)):
            return None
        if names and noun in _MONEY_NOUNS and not named and len({c.givers for c in found if c.sentence == commitment.sentence
                                                                 and c.givers and c.value is not None}) > 1:
            return None  # "Saudi Arabia pledged $300m, Germany €100m. ... the money will go to food": the whole of them
        if names:
            owners = {form for g in commitment.givers if g in cast.organisations for form in country_forms(cast, g)}
            return commitment if all(w in owners for w in named) else None
    return _only_gift_before(article, found, index) if noun in _GIFT_OF_SUM | {"package"} and not named else None


def _only_gift_before(article: Article, found: list[Commitment], index: int) -> Commitment | None:
    """"announced $500 million for Manila. [talks, quotes] ... the package will pay for ...": a word for a gift names
    the one gift the article told in the last paragraphs, when the sentences just before told none; none when they
    told gifts of more than one giver or receiver, or when the sentence before tells a whole no rule read ("signed
    an agreement on a programme worth $20 million. The package covers ...")."""
    if index == 0 or any(index - 3 <= c.sentence < index and c.givers for c in found) or \
            _WHOLE_TOLD.search(article.sentence_text(index - 1)):
        return None
    recent = [c for c in found if index - 8 <= c.sentence < index and c.givers and c.status in ("pledged", "delivered")]
    return recent[-1] if recent and len({(c.givers, c.receivers) for c in recent}) == 1 else None


_WHOLE_LISTED = re.compile(
    r"(?:[^,]{0,40},\s*|[^,;:]{0,60}?\b(?:said|says|added|explained|confirmed)\s+(?:that\s+)?)?"
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>money|funds|funding|sum|package|grant|loan|contribution|donation|programme|program|aid|assistance|"
    r"financing|support|supplies|equipment|goods|cargo|agreement|deal|accord)"
    r"(?:,\s+[^,;:]{1,60},)?"
    r"(?:\s+(?:is|are|was|were|will\s+be)\s+(?:meant|intended|earmarked|destined)\s+for\s+(?P<for>[^,;:]{1,80}?)\s+and)?"
    r"\s+(?:includes|included|comprises|contains|covers|provides|(?:consists|consisted)\s+of|(?:is|was)\s+made\s+up\s+of|"
    r"(?:will|would)\s+(?:also\s+)?(?:include|cover|provide|supply|comprise|consist\s+of))\s+"
    r"(?:(?:two|three|four|five|six|\d)\s+(?:[a-z]+\s+)?(?:areas|components|parts|elements|pillars|strands|priorities|"
    r"items|things)\s*:\s*)?")
"""'The new money, about $30 million, is meant for the national police and includes patrol cars, radios and
training', 'The package will provide food, tents and medicines', 'The agreement, worth $40 million, covers three
areas: ...': a whole told just before, then what it holds."""
_DOCUMENT_NOUNS = frozenset({"agreement", "deal", "accord"})
"""'Japan will provide $50 million to Laos. The agreement was signed on Friday. [...] The agreement covers ...': a
document whose own words name no sum, spoken of just after a sum is given, is the document of that gift."""


_WHOLE_NOUN = r"(?:the|this|that|its|their)\s+(?P<words>(?:[\w-]+\s+){0,3}?)(?P<noun>package|grant|loan|programme|program|" \
    r"contribution|donation|funding|money|funds)\b"
_PARTS_BEFORE = re.compile(r"(?!(?i:the|this|that|these|those|it|they|which|all|most|some)\s)(?P<list>[^;:]{3,300}?)"
                           r"\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?(?:all\s+)?"
                           r"(?:(?:a\s+)?part\s+of|included\s+in|covered\s+by|paid\s+for\s+by|funded\s+by)\s+" + _WHOLE_NOUN +
                           r"(?=\s*(?:[,.]|$))")
"""'Solar panels, water pumps and seed are part of the package', 'Ten ambulances are also included in the grant':
the parts of a whole just told, named before it."""
_PARTS_AFTER = re.compile(r"(?:[Ii]ncluded\s+in|[Cc]overed\s+by|[Aa]mong\s+the\s+(?:items|things|goods|measures)\s+"
                          r"(?:in|of|under)|[Pp]art\s+of)\s+" + _WHOLE_NOUN + r"\s+(?:are|is|were|was|will\s+be)\s+(?P<list>.+)$")
"""'Included in the package are 40 water pumps, tents and blankets': the same, the parts after the whole."""


def _parts_named(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                 index: int) -> list[Commitment]:
    """A sentence that says things are part of a whole the last sentences told ("Radios and patrol cars are
    also part of the grant"): each a commitment of that whole's giver to its receiver. A list that names a
    country or an organisation is of those who take part, not of things ("Chad and Niger are part of the
    programme"); a thing alone is a part too, when the whole is plainly named before it."""
    if any(c.sentence == index for c in found):
        return []
    sentence = article.sentences[index]
    start = entry_start(article, sentence)
    text = article.masked[start:sentence.end].rstrip(" .")
    told = _PARTS_BEFORE.match(text) or _PARTS_AFTER.match(text)
    referent = _referred_commitment(article, cast, found, index, told) if told else None
    if told is None or referent is None or referent.status == "asked" or any(
            a.kind == "organisation" and start + told.start("list") <= a.span.start < start + told.end("list")
            for a in cast.in_sentence(index)):
        return []
    listed = items(told.group("list"), False)
    clause = Clause(referent.givers, referent.receivers, referent.status, start + told.start("list"),
                     f"{LIKELY}: part of the {told.group('noun')} reported just before")
    return [make_commitment(article, cast, index, clause, item, meetings) for item in listed]


_WHOLE_WHICH = re.compile(
    r"(?:[^,]{0,40},\s*|[^,;:]{0,60}?\b(?:said|says|added|explained|confirmed)\s+(?:that\s+)?)?(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>package|grant|loan|contribution|donation|aid|assistance|equipment|supplies|goods|cargo|consignment|"
    r"shipment|delivery)"
    r",\s+which\s+(?:includes?|included|comprises?|comprised|contains?|contained|consists?\s+of|consisted\s+of|"
    r"(?:is|are|was|were)\s+made\s+up\s+of)\s+(?P<list>[^;:]{3,300}?),\s+(?=(?:(?:has|have|had|will|would|is|are|was|"
    r"were)\s+(?:also\s+|already\s+|now\s+)?(?:been\s+)?[a-z]+|arrived|landed|reached|left)\b)")
"""'The equipment, which includes two scanners, 30 ventilators and hospital beds, was handed over to the ministry':
a whole told just before, whose parts a clause set off after it lists before the verb of the sentence."""


def _whole_which(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                 index: int) -> list[Commitment]:
    """The parts a "which includes" clause lists of a whole the last sentences told: each given as the whole
    is; only a list of two things or more, and none that names a country or an organisation."""
    sentence = article.sentences[index]
    told = _WHOLE_WHICH.match(article.masked, entry_start(article, sentence), sentence.end)
    referent = _referred_commitment(article, cast, found, index, told, True) if told else None
    if told is None or referent is None or referent.status == "asked" or any(
            a.kind == "organisation" and told.start("list") <= a.span.start < told.end("list")
            for a in cast.in_sentence(index)):
        return []
    clause = Clause(referent.givers, referent.receivers, referent.status, told.start("list"),
                     f"{LIKELY}: what the {told.group('noun')} reported just before holds")
    return [make_commitment(article, cast, index, clause, item, meetings) for item in contents(told.group("list"))]


_TEACHING = re.compile(r"\b(?:training|courses?|workshops?|seminars?|curriculum|curricula|classes|lessons)\b", re.IGNORECASE)


def _taught(told: re.Match[str], referent: Commitment) -> bool:
    """"KOICA will fund a training programme for rice farmers. The programme will cover drying, storage and milling":
    what a programme of teaching covers are its subjects, not things given."""
    return told.group("noun").lower() in ("programme", "program") and \
        _TEACHING.search(" ".join(referent.wordings)) is not None


def whole_listed(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                  index: int) -> list[Commitment]:
    """A sentence no rule of giving read that lists what a sum, package or programme just reported holds, with an
    aside on its sum or the one it is meant for between: each thing a commitment of the giver of that whole, to
    the one the sentence says it is meant for, or else to the whole's receiver. Only a list of two things or more
    ("The grant, worth $5 million, covers the cost of the conference" lists none)."""
    if any(c.sentence == index for c in found):
        return []
    sentence = article.sentences[index]
    told = _WHOLE_LISTED.match(article.masked, entry_start(article, sentence), sentence.end)
    referent = _referred_commitment(article, cast, found, index, told, True) if told else None
    listed = contents(article.masked[told.end():sentence.end]) if told and referent and referent.status != "asked" \
        and not _taught(told, referent) else []
    if not told or not referent or not listed:
        return _parts_named(article, cast, meetings, found, index) or _whole_which(article, cast, meetings, found, index)
    meant = next((a.ref for a in cast.in_sentence(index) if a.kind == "organisation" and told.start("for") <= a.span.start
                  < told.end("for") and a.ref not in referent.givers), None) if told.group("for") else None
    clause = Clause(referent.givers, (meant,) if meant else referent.receivers, referent.status, told.end(),
                     f"{LIKELY}: what the {told.group('noun')} reported just before holds")
    return [make_commitment(article, cast, index, clause, item, meetings) for item in listed]


def _told_parts(article: Article, index: int, start: int, whole: bool) -> list[Found]:
    """What a sum told again pays for: the rest of its sentence, or after a colon the lines of the list below;
    a list is read as a package's is, each thing listed a thing given ("drinking water, shelter and soap")."""
    sentence = article.sentences[index]
    if start < sentence.end:
        found = items(article.masked[start:sentence.end], False, whole)
        return found if whole else listed_contents(found, article.masked[start:sentence.end])
    listed: list[Found] = []
    for line in range(index + 1, len(article.sentences)):
        text = article.sentence_text(line)
        bullet = LIST_LINE.match(text)
        if bullet is None:
            break
        end = article.sentences[line].end
        listed += items(article.masked[end - len(text) + bullet.end():end], False)
    return listed


def _share_line(article: Article, found: list[Commitment], index: int) -> Clause | None:
    """"The EU and Chile signed three agreements worth €165 million:" and a list whose lines open on a sum ("- €90
    million in budget support;"): each line a share of the sum its heading told, between the same parties."""
    text = article.sentence_text(index)
    bullet = LIST_LINE.match(text)
    heading = list_heading(article, index) if bullet and MONEY.match(text, bullet.end()) else None
    told = [c for c in found if c.sentence == heading and c.givers] \
        if heading is not None and MONEY.search(article.sentence_text(heading)) else []
    if not bullet or not told:
        return None
    return Clause(told[-1].givers, told[-1].receivers, told[-1].status,
                   article.sentences[index].end - len(text) + bullet.end(), f"{LIKELY}: a share of the sum its heading told")


_ORDINAL_SHARE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:first|second|third|fourth|last|other|latter|former|larger|"
                            r"smaller|biggest|largest)(?:\s+one)?,\s+(?P<phrase>(?:a|an)\s+(?:[\w-]+\s+)?(?:" + MONEY.pattern +
                            r")[^;:]{0,120}?),\s+(?:will|would|is|are|was|were|has|have|goes|went|covers|pays|funds|finances)\b")
"""'approved two grants totalling $150 million. The first, an $85 million grant for a water project, will ...':
each of the sums a sum told before splits into, told one by one in apposition to an ordinal."""


def _ordinal_share(article: Article, index: int) -> list[Found]:
    text = article.sentence_text(index)
    share = _ORDINAL_SHARE.match(text)
    return items(share.group("phrase"), False) if share else []


_SHARES_AFTER_SUM = re.compile(r"(?:\s+(?:in|of)\s+[^,;:.]{1,60}?)?(?:\s+(?:to|for)\s+[^,;:.]{1,60}?)?"
                               r"(?:\s+(?:on|this|last|next)\s+[^,;:.]{1,30}?)?,\s+(?:(?P<of_which>of\s+which|including|with)\s+"
                               r"(?=" + MONEY.pattern + r")|(?:to\s+be\s+)?split\s+(?:equally\s+)?(?:among|across)\s+)"
                               r"(?P<rest>[^;:—–()]+)")
"""'pledged $60 million to Kabul, to be split among health, education and food security', 'gave C$40 million,
including C$25 million for food aid and C$15 million for policing': a sum and, after a comma of its own sentence,
the parts it splits into, each with its own sum or told as a split. Not 'most of it for schools and clinics', which
only says what the whole sum is for."""


def _shares_in_sentence(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                        index: int) -> list[Commitment]:
    """The parts a sum told alone in its sentence splits into, told after it in the same sentence; each given as
    the sum is. None when a part goes to someone named ("with €25 million for Yemen and €15 million for Syria"):
    such a part has a receiver of its own."""
    told = [c for c in found if c.sentence == index]
    whole = told[0] if len(told) == 1 and told[0].status != "asked" and told[0].givers else None
    at = item_at(article, whole) if whole and (whole.value or any(MONEY.search(w) for w in whole.wordings)) else None
    sentence = article.sentences[index]
    tail = _SHARES_AFTER_SUM.match(article.masked, at[1], sentence.end) if whole and at else None
    if whole is None or tail is None or any(a.kind == "organisation" and a.span.start >= tail.start("rest")
                                            for a in cast.in_sentence(index)):
        return []
    rest = re.sub(r"[\s.]+$", "", tail.group("rest"))
    # the shares' grammar is that of a sentence which opens on "Of that,"
    parts = shares("Of that, " + rest) if tail.group("of_which") else contents(rest)
    if any(re.match(r"be\s", part[0].name) for part in parts):
        return []  # "with $20 million to be disbursed this year": when it is paid, not what it pays for
    if any(re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+", name) for name in (part[0].name for part in parts)):
        return []  # "split among Tigray, Afar and Amhara": places the money goes to, no things it pays for
    clause = Clause(whole.givers, whole.receivers, whole.status, tail.start("rest"),
                     f"{LIKELY}: a share of the sum its sentence told")
    return [make_commitment(article, cast, index, clause, item, meetings) for item in parts]


_LATER_TRANCHE = re.compile(r"(?:[^,]{0,40},\s*)?(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?P<ordinal>first|second|third|fourth|fifth|"
                            r"next|final|last|remaining)\s+(?P<noun>tranche|instalment|installment|disbursement)s?"
                            r"(?:\s*,\s*(?:also\s+|of\s+|worth\s+)?|\s+(?:of|worth|totalling|totaling)\s+)"
                            r"(?:(?:up\s+to|about|around|some|nearly|another)\s+)?(?P<sum>" +
                            re.sub(r"\(\?P<\w+>", "(?:", MONEY.pattern) + ")")
"""'The second tranche, also $200 million, is expected in June', 'A final instalment of €40 million will follow':
one of the parts a sum told just before comes in, told in a sentence of its own by its order and its own sum."""
_PAID_NOW = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:already\s+)?(?:released|disbursed|paid|"
                       r"transferred|handed\s+over)\b")


def _later_tranche(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                   index: int) -> list[Commitment]:
    """A sentence that opens on a tranche of a sum and its own sum, after a gift of the last sentences told in
    tranches ("approved the first tranche", "in two instalments"): a part of that gift, from its giver to its
    receiver; paid out when the sentence says it was. None when no gift before speaks of its tranches."""
    sentence = article.sentences[index]
    text = article.sentence_text(index)
    told = _LATER_TRANCHE.match(text)
    noun = told.group("noun") if told else ""
    whole = next((c for c in reversed(found) if index - 3 <= c.sentence < index and c.givers and c.status != "asked"
                  and re.search(rf"\b{noun[:8]}", article.sentence_text(c.sentence), re.IGNORECASE)), None) if told else None
    if told is None or whole is None:
        return []
    status = "delivered" if _PAID_NOW.search(text, told.end()) else "pledged" if whole.status == "delivered" else whole.status
    found_items = items(f"{told.group('ordinal')} {noun} of {told.group('sum')}", False, True)
    clause = Clause(whole.givers, whole.receivers, status, sentence.end - len(text) + told.start("ordinal"),
                     f"{LIKELY}: a tranche of the gift reported just before")
    return [make_commitment(article, cast, index, clause, item, meetings) for item in found_items[:1]]


_IT_ALSO = re.compile(r"(?:[^,]{0,40},\s*)?It\s+(?:(?:will|would)\s+)?also\s+(?:pays?\s+for|funds?|finances?|covers?|"
                      r"includes?|provides?)\s+")
"""'The grant covers schools and roads. It also pays for training for 300 engineers': one more thing of the whole
whose parts the sentence before listed."""


def _it_also(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
             index: int) -> list[Commitment]:
    """A sentence that opens on "It also pays for" after one that listed the parts of one gift: each thing it
    names is one more part, from the same giver to the same receiver. None when the sentence before told several
    gifts or one thing alone ("Peru sent tents. It also covers ..." names no whole)."""
    sentence = article.sentences[index]
    told = _IT_ALSO.match(article.masked, entry_start(article, sentence), sentence.end)
    before = [c for c in found if c.sentence == index - 1]
    if told is None or len(before) < 2 or len({(c.givers, c.receivers, c.status) for c in before}) != 1 \
            or not before[0].givers or before[0].status == "asked":
        return []
    clause = Clause(before[0].givers, before[0].receivers, before[0].status, told.end(),
                     f"{LIKELY}: one more part of the gift whose parts the sentence before listed")
    return [make_commitment(article, cast, index, clause, item, meetings)
            for item in _told_parts(article, index, told.end(), False)]


_IT_PAYS = re.compile(r"(?:" + _SOURCE_LEAD + r"|[^,]{0,40},\s*)?It\s+(?:(?:will|would|is\s+to)\s+(?:also\s+|mainly\s+|"
                     r"largely\s+|partly\s+|primarily\s+)?(?:pay\s+for|fund|finance|go\s+towards?|go\s+to(?!\s+(?:the\s+)?[A-Z])|"
                     r"be\s+(?:used|spent)\s+(?:for|on|to)|help\s+(?:to\s+)?(?:pay\s+for|fund|finance))|"
                     r"(?:is|was)\s+(?:earmarked|intended|meant|destined|set\s+aside|to\s+be\s+(?:used|spent))\s+(?:for|on)|"
                     r"pays\s+for|funds|finances|goes\s+towards?)\s+")
"""'Ireland pledged 8 million euros to Somalia. It will pay for wells and school meals', 'It will go towards flood
defences': "it" opening a sentence stands for the sum or whole the sentence before gave, and what follows is what it
pays for, from the same giver to the same receiver. Not 'It will go to Laos' (a receiver, not a purpose)."""


def sum_told_again(article: Article, cast: Cast, meetings: list[Meeting], found: list[Commitment],
                    index: int) -> list[Commitment]:
    """A sentence no rule of giving read that tells again of a sum just reported: what it pays for, the shares
    it splits into ('Of that, $5m will go to schools', or a list of sums under it), or the pledge of one who led
    a round of pledges; each a commitment of the giver and receiver of the sum it tells of, and none when no such
    sum was reported."""
    if any(c.sentence == index for c in found):
        return _shares_in_sentence(article, cast, meetings, found, index)
    tranche = _later_tranche(article, cast, meetings, found, index) or _it_also(article, cast, meetings, found, index)
    if tranche:
        return tranche
    led = _led_with_pledge(article, cast, index) or _share_line(article, found, index)
    if led is not None:
        return [make_commitment(article, cast, index, led, item, meetings)
                for item in items(article.masked[led.start:article.sentences[index].end], False)]
    start = article.sentences[index].end - len(article.sentence_text(index))
    it_pays = _IT_PAYS.match(article.masked, start)
    gifts = _gift_just_told(article, found, index) if it_pays else []
    if it_pays and gifts:
        clause = Clause(gifts[-1].givers, gifts[-1].receivers, gifts[-1].status, it_pays.end(),
                         f"{LIKELY}: what the gift reported just before pays for")
        gerund = re.match(r"[a-z]+ing\s(?![^,;]*,[^;]*\band\s)", article.masked[it_pays.end():article.sentences[index].end])
        return [make_commitment(article, cast, index, clause, item, meetings)
                for item in _told_parts(article, index, it_pays.end(), gerund is not None)]
    told = _SUM_TOLD_AGAIN.match(article.masked, start)
    split = (shares(article.sentence_text(index)) or _ordinal_share(article, index)) if told is None else []
    # "The money will be allocated as follows:" lists the parts of the sum below, whatever its own words said it was for
    referent = _referred_commitment(article, cast, found, index, told, told.group("colon") is not None) if told else next(
        (c for c in reversed(found) if index - 3 <= c.sentence < index and c.givers
         and (c.value or any(MONEY.search(w) for w in c.wordings))), None) if split else None
    if referent is None:
        return []
    clause = Clause(referent.givers, referent.receivers, referent.status, told.end() if told else start,
                     f"{LIKELY}: what the sum reported just before pays for")
    if told:
        # "will go towards rebuilding bridges and roads": one purpose; "will pay for drinking water, shelter and
        # soap": a list, whatever its first word
        gerund = re.match(r"[a-z]+ing\s(?![^,;]*,[^;]*\band\s)", article.masked[told.end():article.sentences[index].end])
        split = _told_parts(article, index, min(told.end(), article.sentences[index].end),
                            gerund is not None)
    return [make_commitment(article, cast, index, clause, item, meetings) for item in split]
