"""A body named again by less than its name: a one-word short name, the abbreviation or initials the text gives
it, its last word after "the", a union's own body."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import CAPITALS, NOT_NAMES, TITLE_HEADS, TITLE_MODIFIERS
from generator.editing.draft.organisations.lexicon import MINOR_WORDS, SHORT_WORDS, Candidate, whole_word
from generator.editing.draft.text import Article, Span

_NAME_OPENERS = {"Commonwealth": "Commonwealth of Nations"}
"""A body's one-word short name that opens other names as well: "the Commonwealth" is the Commonwealth of Nations,
"the Commonwealth of Dominica", "Commonwealth Bank" and "the Foreign and Commonwealth Office" are not. Kept out of
the gazetteer's forms, where the word would split "Foreign and Commonwealth Office" in two."""
_NEXT_NAME_WORD = re.compile(r"\s+(?:of\s+(?!Nations\b)[A-Z]|(?P<word>[A-Z][\w-]*))")


def _opens_another_name(text: str, end: int) -> bool:
    """Whether a name word follows the short name at `end`: "Commonwealth Games", "Commonwealth of Australia";
    a title after it is the body's own ("Commonwealth Secretary-General Marcus Obi", "Commonwealth Heads of
    Government")."""
    after = _NEXT_NAME_WORD.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    if word is None:
        return True
    lower = word.lower().split("-")[0]
    return not ({lower, lower.removesuffix("s")} & (TITLE_HEADS | TITLE_MODIFIERS) and lower not in MINOR_WORDS)


def short_names(text: str, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"Commonwealth leaders agreed", "Commonwealth Secretary-General Marcus Obi": the short name alone, where no
    name word follows it; a longer name over the same words ("Commonwealth Bank") wins as any longer name does."""
    found: list[tuple[Span, Candidate, str]] = []
    for short, full in _NAME_OPENERS.items():
        candidate = forms.get(full)
        if candidate is None or short not in text:
            continue
        found += [(Span(m.start(), m.end()), candidate, short) for m in whole_word(short).finditer(text)
                  if not _opens_another_name(text, m.end())]
    return found


_ABBREVIATION_AFTER = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&.-]{1,9})\)|,\s+the\s+(?P<set_off>[A-Z][A-Z&-]{1,8})(?=[,.;])")
"""'the Pacific Islands Forum Fisheries Agency (FFA)', '..., the FFA,': the short name the text gives it."""


def _or_led_by(initials: str) -> str:
    """Initials that lead what follows them, joined by a hyphen: "for AU-led operations", "SADC-led deployments" name
    the body that leads them (other hyphened words, "AU$" or "AI-based", name no body)."""
    return r"|(?<![\w-])" + re.escape(initials) + r"(?=-led\b)"


def abbreviated(text: str, body_start: int, claimed: list[tuple[Span, Candidate, str]],
                 forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"the Pacific Islands Forum Fisheries Agency (FFA)": the abbreviation the text gives an organisation in
    brackets names it wherever the text uses it after."""
    found = list(claimed)
    for span, candidate, _ in claimed:
        after = _ABBREVIATION_AFTER.match(text, span.end)
        abbr = (after.group("abbr") or after.group("set_off")) if after else ""
        if abbr in forms and candidate.key.startswith("new:") and not forms[abbr].key.startswith("new:"):
            # "the United Nations World Food Programme (WFP)": a longer name of one the gazetteer knows
            known = forms[abbr]
            found = [(s, known if c == candidate else c, f) for s, c, f in found]
            continue
        if not abbr or abbr in forms or abbr in NOT_NAMES or abbr in CAPITALS or candidate.type == "country":
            # "the Kenya Red Cross (Nairobi)": a place in brackets is no short name; "the Joint Mission in Mali
            # (JMM)": the gazetteer knows a country's own short names, one in brackets after it is a longer name's
            continue
        forms[abbr] = candidate
        for match in re.finditer(r"(?<![\w-])" + re.escape(abbr) + r"(?![\w-])" + _or_led_by(abbr), text):
            where = Span(match.start(), match.end())
            if where.start >= body_start and not any(where.overlaps(c[0]) for c in found):
                found.append((where, candidate, abbr))
    return found


_AS_A_BODY = r"(?=[,.;:)]|\s+(?:[a-z]+ed|[a-z]+[^s\W]s|said|told|will|would|has|had|is|was|can|could|must|should|may|also|" \
             r"and|or|to|in|on|at|for|with|from|by)\b)"
"""What follows initials that stand for a body, not for a thing named by them: "the AU said", "the AU's mission", "with
the AU."; not "the AI model"."""


def by_initials(text: str, body_start: int, claimed: list[tuple[Span, Candidate, str]],
              forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"the Lebanese Armed Forces ... a package for the LAF": the initials of a body's name of three words or more,
    written in capitals with no brackets to introduce them, name that body, as do those of a body the draft knows
    of two words or more after "the"; initials the draft knows as another's, or that name no body the text gives in
    full, are left alone."""
    found = list(claimed)
    for _, candidate, form in claimed:
        words = [w for w in form.split() if w not in MINOR_WORDS]
        initials = "".join(w[0] for w in words)
        known = not candidate.key.startswith(("new:", "known:")) and candidate.type != "country"
        if not (candidate.key.startswith("new:") or known) or len(words) < (2 if known else 3) or \
                not all(w[:1].isupper() for w in words) or initials in forms or initials in NOT_NAMES or \
                initials in CAPITALS:
            continue
        # "the African Union ... The AU renewed its request": a body the draft knows, by initials it does not, only
        # where "the" or a possessive makes them a body's ("AU$" is a currency, "an AI model" no body)
        around = r"(?<=[Tt]he )" + initials + _AS_A_BODY + r"|(?<![\w-])" + initials + r"(?=[’']s\b)" + \
            _or_led_by(initials) if known else r"(?<![\w-])" + initials + r"(?![\w-])" + _or_led_by(initials)
        spots = [Span(m.start(), m.end()) for m in re.finditer(around, text)]
        if not spots:
            continue
        forms[initials] = candidate
        found += [(where, candidate, initials) for where in spots
                  if where.start >= body_start and not any(where.overlaps(c[0]) for c in found)]
    return found


def short_references(text: str, body_start: int,
                      claimed: list[tuple[Span, Candidate, str]]) -> list[tuple[Span, Candidate, str]]:
    """"The Commission put €310 million on the table": the last word of an organisation's name, with
    "the", names it again when only one organisation that ends so is named before it. "The Andean Development
    Bank met Peru. The Bank will lend $50 million. Later the Caribbean Development Bank ..." is the Andean bank
    until the second bank is named, and no bank after. "the Bank-financed roads project" names the bank that
    pays for the project all the same."""
    first: dict[str, tuple[int, Candidate]] = {}
    for span, candidate, _ in claimed:
        if candidate.type != "country" and candidate.name.split()[-1] in SHORT_WORDS:
            first[candidate.key] = min((span.start, candidate), first.get(candidate.key, (span.start, candidate)),
                                       key=lambda f: f[0])
    found: list[tuple[Span, Candidate, str]] = []
    for word in {c.name.split()[-1] for _, c in first.values()}:
        ending = [(start, c) for start, c in first.values() if c.name.split()[-1] == word]
        for match in re.finditer(rf"\b[Tt]he\s+(?P<word>{word})\b(?!\s+(?:of|for|on)\b|[ ]+[A-Z]|{_NOT_PAID_BY})", text):
            span = Span(match.start("word"), match.end("word"))
            before = [c for start, c in ending if start < span.start]
            if len(before) == 1 and span.start >= body_start and not any(span.overlaps(c[0]) for c in claimed):
                found.append((span, before[0], word))
    return found


_KIND = re.compile(r"\b[Tt]he\s+(?:(?:UN|U\.N\.|United\s+Nations|aid|relief|humanitarian|medical|development|"
                   r"international|non-governmental)\s+)?(?P<word>agency|charity|organi[sz]ation|NGO|(?<=aid\s)group|"
                   r"(?<=relief\s)group|(?<=humanitarian\s)group|(?<=medical\s)group|cent(?:re|er)|society|foundation)\b"
                   r"(?!\s+(?:of|for|on|in|to)\b|[ ]+[A-Z]|-)")
"""'The agency has appealed for tents', 'the UN agency said', 'the charity delivered', 'The centre also delivered': a
body called by its kind."""


_NAMED_KINDS = {"centre": ("centre", "center"), "center": ("centre", "center"), "society": ("society",),
                "foundation": ("foundation",)}
"""Kinds a body is called by only when its name says so: "the centre" is the Relief Centre, never the World Bank."""


def _of_its_kind(word: str, name: str) -> bool:
    """Whether a body of that name may be called by the kind's word ("the agency" may be any body)."""
    words = _NAMED_KINDS.get(word.lower())
    return words is None or any(w in name.lower().split() for w in words)


_SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|reported|reports|stated|states|announced|announces|"
                   r"confirmed|confirms)\b")


def kind_references(article: Article, claimed: list[tuple[Span, Candidate, str]]) -> list[tuple[Span, Candidate, str]]:
    """"... according to the National Institute for Disaster Risk Management (INGD). The agency has appealed for
    50,000 tents": a body called again by its kind, "the agency", "the UN agency", "the charity", "the aid group",
    is the one body the text names in that sentence before it or in the sentence before; none where it names two,
    or none, and never the name its own sentence opens with ("The EU pledged €5 million to the agency's work") but
    in what that one is reported to say ("WFP said the agency had delivered maize").
    "the UN agency" is then the body, and no longer the United Nations as well."""
    text = article.masked
    kept = list(claimed)
    for match in _KIND.finditer(text, article.body_start):
        span = Span(match.start("word"), match.end("word"))
        if any(span.overlaps(c[0]) for c in kept):
            continue
        index = article.sentence_index(span.start)
        start, own = article.sentences[max(0, index - 1)].start, article.sentences[index].start
        # the name that opens the kind's own sentence is its subject, which calls itself "its", not "the agency";
        # but in what it is reported to have said it is "the agency": "WFP said the agency had delivered maize"
        opening = min((where.start for where, _, _ in kept if own <= where.start < match.start()), default=-1)
        if opening >= 0 and _SAID.search(text, opening, match.start()):
            opening = -1
        # each body with the form the text last gave it: the kind's word is no name of the body
        bodies = {c.key: (c, form) for where, c, form in sorted(kept, key=lambda k: k[0].start)
                  if start <= where.start < match.start() and where.start != opening and c.type != "country"
                  and _of_its_kind(match.group("word"), c.name)}
        if len(bodies) == 1:
            whole = Span(match.start() + 4, match.end())  # after "the "
            kept = [c for c in kept if not c[0].overlaps(whole)]
            kept.append((whole, *next(iter(bodies.values()))))
    return kept


_NOT_PAID_BY = r"-(?!(?:co-?)?(?:financed|funded|supported|sponsored)\b)"
"""A hyphen after the word joins another word to it ("the Fund-run camp"), except a participle of paying:
"the Bank-financed project" names the bank."""


_UNION_BODIES = {"European Union": (("Commission", "European Commission"),)}
"""A union and its own bodies, by the word the text calls each alone: the EU's Commission."""


def union_bodies(text: str, body_start: int, claimed: list[tuple[Span, Candidate, str]],
                  forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """"The Commission will examine the request" in a text that names the European Union and no commission in full:
    the union's own body, called by its last word alone though the text never writes its whole name."""
    names = {c.name for _, c, _ in claimed}
    found: list[tuple[Span, Candidate, str]] = []
    for union, bodies in _UNION_BODIES.items():
        for word, body in bodies:
            if union not in names or body not in forms or any(n.split()[-1] == word for n in names):
                continue
            for match in re.finditer(rf"\b[Tt]he\s+(?P<word>{word})\b(?!\s+(?:of|for|on)\b|[ ]+[A-Z]|-)", text):
                span = Span(match.start("word"), match.end("word"))
                if span.start >= body_start and not any(span.overlaps(c[0]) for c in claimed):
                    found.append((span, forms[body], word))
    return found
