"""Titles and names the rest of the text lends a person: a counterpart's, the lede's, the headline's, an owner's."""
from __future__ import annotations

import re

from generator.editing.draft.actors import entry_start
from generator.editing.draft.gazetteer import NAME_PARTICLES, SPEECH_VERBS
from generator.editing.draft.model import Person
from generator.editing.draft.people.lexicon import COUNTERPART_AFTER, COUNTERPART_BEFORE, RANKING
from generator.editing.draft.people.names import Found, aliases
from generator.editing.draft.people.reader import Reader
from generator.editing.draft.people.titles import Title, is_title
from generator.editing.draft.text import Span, fold

_NOT_SHARED = re.compile(r"(?i)^(?:former|then|ex|outgoing|incoming|late|acting|interim)\b|\s(?:to|in|at)\s|\bsecretary\b")
"""A title the counterpart does not share: a past or passing one, one posted to a place ("ambassador to Peru"), or a
secretary's, a style of one country's government ("Foreign Secretary", "Cabinet Secretary", "Secretary of State")
whose counterpart elsewhere is a minister."""


def counterpart_titles(reader: Reader, people: dict[str, Found]) -> None:
    """A person the text names only as someone's counterpart holds the same office as the one titled person the sentence
    names before: in "Chile's Foreign Minister Ana Soto spoke with her Peruvian counterpart, Luis Vega", Vega is
    Foreign Minister; a counterpart that opens its sentence ("His Dutch counterpart, Anna de Vries, announced") is
    of the one titled person the sentence before names; with two titled people before, or none, whose counterpart is
    not sure, and the title stays empty."""
    masked = reader.article.masked
    for ident, data in people.items():
        start = reader.tokens[data.first].span.start
        if data.title is not None or not masked.startswith(data.name, start):
            continue
        before = COUNTERPART_BEFORE.search(masked, max(0, start - 60), start)
        after = COUNTERPART_AFTER.match(masked, start + len(data.name))
        if before is None and after is None:
            continue
        index = reader.article.sentence_index(start)
        sentence = reader.article.sentences[index]
        told = masked[sentence.start:before.start() if before else start]
        if before is not None and index > 0 and not told.strip():
            # "His Dutch counterpart, Anna de Vries, announced": the sentence opens on it, so "his" is of the sentence
            # before
            told = masked[reader.article.sentences[index - 1].start:sentence.start]
        titled = {other.title.words for key, other in people.items() if key != ident and other.title is not None
                  and _named_in(other.name, told)}
        if len(titled) == 1:
            words = titled.pop()
            if not _NOT_SHARED.search(words):
                at = before or after
                assert at is not None
                data.title = Title(words, "", Span(at.start(), at.end()))


def _named_in(name: str, text: str) -> bool:
    """Whether `text` names the person by full name or surname."""
    return any(re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text) for form in (name, name.split()[-1]))


_TITLE_ALONE = re.compile(r"\b(?:the|(?P<owner>[A-Z][\w-]+)[’']s)\s+(?P<title>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)"
                          r"(?=\s+(?:has|have|had|is|was|will|would|said|says|sought|signed|promised|pledged|announced|"
                          r"arrived|visited|met|told|urged|warned|agreed)\b)")
"""A title with no name after it, as the subject of a report's opening sentence: "Lithuania's defence minister has
promised Ukraine 5,000 drones", "..., as the Defence Secretary sought to quieten critics"."""


def lede_title(reader: Reader, people: dict[str, Found]) -> None:
    """The title a report's opening sentence gives with no name, for the person the next sentence opens with by full
    name and no title of its own: "Lithuania's defence minister has promised Ukraine drones ... | Ingrida Kalnė
    arrived in Kyiv on Tuesday"; wire reports name the subject of their lede so."""
    article = reader.article
    if len(article.sentences) < 2:
        return
    lede = article.sentences[0]
    titles = [m for m in _TITLE_ALONE.finditer(article.masked, lede.start, lede.end) if is_title(m.group("title"))]
    nxt = article.sentences[1]
    opens = entry_start(article, nxt)  # "- Ingrida Kalnė arrived": the name opens a list's line past its bullet
    first = next((i for i, t in enumerate(reader.tokens) if t.span.start >= opens), None)
    if len(titles) != 1 or first is None or reader.tokens[first].span.start != opens:
        return
    found = [p for p in people.values() if p.first == first and p.title is None and len(p.name.split()) > 1]
    if len(found) != 1 or any(p.first < first for p in people.values()):
        return
    match = titles[0]
    start = match.start("owner") if match.group("owner") else match.start("title")
    owner = reader.token_at(match.start("owner")) if match.group("owner") else None
    organisation = reader.org_at[owner][1] if owner is not None and owner in reader.org_at else ""
    found[0].title = Title(" ".join(match.group("title").split()), organisation, Span(start, match.end("title")))


_ITS = re.compile(r"(?<![\w-])[Ii]ts\s+$")
_SAYS = re.compile(r",\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def owner_by_its(reader: Reader, first: int, last: int, title: Title | None) -> str:
    """The country or organisation "its" stands for before a title set off before the name with no owner of its own:
    where "Its" opens the sentence, the one the sentence before opens with, or else the only one it names ("The largest
    loan came from the Nordic Investment Bank. Its president, Eva Lund, signed it"); where ", its" sets off the title
    and the name of who says so after a clause, the one the sentence opens with ("Chile will send 40 pumps, its interior
    minister, Ana Soto, said"). A title after the name ("Ana Soto, its minister") is left alone: "its" may then
    stand for anything the clause named."""
    if title is None or title.organisation or title.span.end > reader.tokens[first].span.start:
        return ""
    article = reader.article
    index = article.sentence_index(title.span.start)
    its = _ITS.search(article.masked, article.sentences[index].start, title.span.start)
    if its is None or not re.fullmatch(r",\s+", article.masked[title.span.end:reader.tokens[first].span.start]):
        return ""
    opening = entry_start(article, article.sentences[index])
    if its.start() == opening:
        return reader.opening_body(index - 1) or reader.only_body(index - 1) if index >= 1 else ""
    if re.search(r",\s+$", article.masked[opening:its.start()]) and _SAYS.match(article.masked, reader.tokens[last].span.end):
        return reader.opening_body(index)
    return ""


_KIND_OWNER = re.compile(r"(?<![\w-])[Tt]he\s+(?P<kind>bank|lender|fund|agency|programme|program|commission|council|"
                         r"union|alliance|organi[sz]ation|institute|foundation|federation|association|authority|ministry|"
                         r"service|corporation|centre|center|committee|facility|bloc)[’']s\s+$")
"""The owner of a title named by its kind alone: "the bank's regional vice-president"."""
_KIND_WORDS = {"lender": ("Bank", "Fund"), "program": ("Program", "Programme"), "programme": ("Programme", "Program"),
               "organisation": ("Organisation", "Organization"), "organization": ("Organization", "Organisation"),
               "centre": ("Centre", "Center"), "center": ("Center", "Centre"), "bloc": ("Union",)}
"""The words of a body's name that a kind other than its own capitalised word stands for."""


def owner_by_kind(reader: Reader, title: Title | None) -> str:
    """The organisation "the bank's", "the agency's" or "the fund's" before a title stands for: the one named last
    before it with that word in its name ("The Andean Bank approved the loan. Rosa Vidal, the bank's vice-president,
    signed it"), unless its sentence names another; a country is never one."""
    if title is None or title.organisation:
        return ""
    owner = _KIND_OWNER.search(reader.article.masked, max(0, title.span.start - 40), title.span.start)
    if owner is None:
        return ""
    kind = owner.group("kind").lower()
    words = _KIND_WORDS.get(kind, (kind.capitalize(),))
    before = [(span, ident) for span, ident in reader.org_at.values() if span.end <= owner.start()
              and reader.org_types.get(ident) != "country"
              and any(w in reader.org_names.get(ident, "").split() for w in words)]
    if not before:
        return ""
    last_span, last = max(before, key=lambda m: m[0].start)
    # "The World Bank and the African Development Bank spoke. Lars Berg, the bank's vice president": either
    sentence = reader.article.sentence_index(last_span.start)
    rivals = {ident for span, ident in before if reader.article.sentence_index(span.start) == sentence}
    return last if rivals == {last} else ""


_HEADLINE_TITLE = re.compile(r"(?<![\w-])(?P<owner>[A-Z][\w.-]*[\w.])(?:[’']s)?\s+(?P<title>(?i:top\s+diplomat|"
                             r"(?:[a-z-]+\s+){0,2}?(?:minister|secretary|president|premier|chancellor)))\b")
"""A headline's title owned by a country with no name after it: "Canada's top diplomat brings money to Kyiv", "Chilean
Foreign Minister Visits Lima"."""
_HEADLINE_KEYS = {"diplomat": ("foreign",), "premier": ("prime", "minister"), "defense": ("defence",)}
"""The words a title in the body holds for a word of a headline's title: "top diplomat" is a foreign minister."""


def headline_country(reader: Reader, people: dict[str, Found]) -> None:
    """The country of the one person the body names with the title its headline gives that country's holder with no
    name, where the body gives no country for it: "Chile's top diplomat brings money ..." then "Foreign Affairs
    Minister Inés Larraín arrived", the only foreign minister the body leaves without a country. None where the
    body gives that title to someone of that country already, or to two people without a country."""
    article = reader.article
    headline = article.text[:article.body_start].split("\n", 1)[0] if article.body_start else ""
    for match in _HEADLINE_TITLE.finditer(headline):
        country = reader.countries.get(re.sub(r"[’']s$", "", match.group("owner")))
        keys = [k for w in fold(match.group("title")).split() if w not in RANKING | {"top"}
                for k in _HEADLINE_KEYS.get(w, (w,))]
        if country is None:
            continue
        fits = [(p, p.title.organisation or p.heads) for p in people.values()
                if p.title is not None and _holds(p.title.words, keys)]
        free = [p for p, owner in fits if not owner]
        if len(free) == 1 and not any(owner == country for _, owner in fits):
            free[0].heads = country


_GIFT_OF = re.compile(r"(?:,[^,.;:]{1,80},)?\s+(?:(?:has|had|also|then|later|today|on\s+[A-Z][a-z]+day)\s+)*"
                      r"(?:announced|pledged|unveiled|promised|offered|confirmed)\s+(?:(?:a|an|the)\s+)?(?:(?:new|additional|further|fresh|extra)\s+)?"
                      r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:support|aid|assistance|funding|package|help|"
                      r"contribution|grant|loan)\b")


def announcer_country(reader: Reader, people: dict[str, Found]) -> None:
    """The country of one who announces that country's support, where the text gives the person none: "Minister for
    Europe Caroline Ashdown announced new UK support to help Moldova" speaks for the UK, as a press release of the
    government it comes from names its minister. Never where the person announces two countries' support."""
    text = reader.article.masked
    for person in people.values():
        if (person.title is not None and person.title.organisation) or person.heads:
            continue
        owners = {reader.countries.get(m.group("owner"))
                  for name in re.finditer(re.escape(person.name), text)
                  for m in [_GIFT_OF.match(text, name.end())] if m is not None}
        if len(owners) == 1 and None not in owners:
            person.heads = str(owners.pop())


def _holds(title: str, keys: list[str]) -> bool:
    """Whether a title holds each of the words a headline's title stands for, and no word of a lesser office: "Foreign
    Affairs Minister" holds "foreign"; "Deputy Foreign Minister" is no "foreign minister"."""
    words = [_HEADLINE_KEYS.get(w, (w,))[0] if w == "defense" else w for w in fold(title).split()]
    if any(w in ("deputy", "vice", "assistant", "acting", "former", "junior", "state") for w in words) or \
            not words or (words[-1] not in ("minister", "secretary", "president", "premier", "chancellor") and
                          "of" not in words and "for" not in words):
        return False
    return all(k in words for k in keys) and (keys[-1:] != ["president"] or words == ["president"])


_ACTS_AS_PERSON = re.compile(r",\s+(?:for\s+(?:his|her)\s+part|speaking\s+[^,.;:]{1,80}?),|"
                             r"\s+(?:(?:also|later|then|separately|again|earlier)\s+)?(?:met|meets|held\s+talks|"
                             r"holds\s+talks|spoke\s+(?:to|with|by)|called\s+on|visited|hosted)\b")
"""What a person alone does after the one word of a name: "Gao, for his part, ...", "Gao, speaking through an
interpreter, said", "Azlan met Myanmar's envoy", "Gao also held talks with": a body or a place does not speak for
its part, meet or hold talks under one word of a person's name."""


def given_alone(reader: Reader, runs: list[tuple[int, int]], names: list[str]) -> dict[str, list[str]]:
    """The word of a full name, other than its last, that the text then uses alone for the person: the
    family name written first ("Park Seung-hoon" ... "Park told reporters"), the first of two family
    names ("Rosa Quispe Huamán" ... "Quispe described"), or the given name by which some are called
    ("Tesfaye Gebremariam" ... "Tesfaye said"). Only a word of one name, no one's surname, which the
    text once marks as a person's alone: a verb of speech after it, a title or a style before it, a title set off
    after it ("Quispe, the health minister, said"); so that
    "Grant" opening "Grant money arrived" is no "Grant Ellis"."""
    shortened = {fold(a) for name in names for a in aliases(name)}
    owners: dict[str, list[str]] = {}
    for name in names:
        for word in {w for w in name.split()[:-1] if len(w) > 1 and "." not in w and w not in NAME_PARTICLES}:
            owners.setdefault(fold(word), []).append(name)
    found: dict[str, list[str]] = {}
    for first, last in runs:
        word = reader.name(first, last)
        key = fold(word)
        if first != last or key in shortened or len(owners.get(key, [])) != 1:
            continue
        if reader.spoken_of(first, last) or reader.past_style(first) < first or reader.title_before(first) or \
                reader.title_after(last) or _ACTS_AS_PERSON.match(reader.article.masked, reader.tokens[last].span.end):
            found.setdefault(owners[key][0], []).append(word)
    return {owner: list(dict.fromkeys(words)) for owner, words in found.items()}


def with_mentions(reader: Reader, people: list[Person]) -> list[Person]:
    """Each person with every place the text names them, the title before the name included."""
    counts: dict[str, int] = {}
    for person in people:
        for alias in person.aliases:
            counts[alias] = counts.get(alias, 0) + 1
    claimed: list[tuple[Span, str]] = []
    for alias, person in sorted(((a, p) for p in people for a in p.aliases), key=lambda x: -len(x[0])):
        if counts[alias] > 1:
            continue  # a surname two people share names neither
        # a name's lowercase particle is capitalised where the name opens a sentence: "al-Shami" is "Al-Shami said"
        first_letter = f"[{alias[0]}{alias[0].upper()}]" if alias[:1].islower() else re.escape(alias[:1])
        for match in re.finditer(r"(?<![\w-])" + first_letter + re.escape(alias[1:]) + r"(?![\w-])",
                                 reader.article.masked):
            span = Span(match.start(), match.end())
            if span.start < reader.article.body_start or any(span.overlaps(c[0]) for c in claimed):
                continue
            claimed.append((span, person.id))
    by_start = {t.span.start: i for i, t in enumerate(reader.tokens)}
    spans: dict[str, list[Span]] = {}
    for span, ident in sorted(claimed):
        first = by_start.get(span.start)
        first = reader.past_style(first) if first is not None else None
        title = (reader.title_before(first) or reader.title_set_before(first)) if first is not None else None
        spans.setdefault(ident, []).append(Span(title.span.start, span.end) if title else span)
    return [Person(p.id, p.name, p.known, p.excerpt, p.title, p.organisation, p.why, tuple(spans.get(p.id, ())),
                   p.aliases) for p in people]
