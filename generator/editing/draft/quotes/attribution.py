"""The speaker a quote's own sentence gives it to."""
from __future__ import annotations

import re

from generator.editing.draft.actors import Actor, Cast
from generator.editing.draft.gazetteer import PRONOUNS
from generator.editing.draft.model import LIKELY, SURE, UNSURE
from generator.editing.draft.quotes.offices import described, title_end, titled_subject
from generator.editing.draft.quotes.said import VERB, Said, own, pronoun_after_setting, starts_sentence
from generator.editing.draft.quotes.speakers import resolve
from generator.editing.draft.text import Article, Quotation, Span

OWNER_WORDS = re.compile(r"(?:[A-Z][\w’'.&-]*\s+){1,3}")
"""Capitalised words right before a person's title after a quote: the body whose title it is ("Commission")."""


_QUOTED = re.compile(r"\bquoted\s+")
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|having\s+said)\b")
_QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+"
                             r"(?:by\s+[^,.;:]{1,60}?\s+)?as\s+(?:saying|telling|having\s+said)\b")


def _quoted_as(cast: Cast, index: int) -> Said | None:
    """The one a source is quoted as saying, the words being that one's: "the statement quoted him as
    saying", "state media quoted Finance Minister Ana Ruiz as saying", "Ruiz was quoted by the agency as
    saying". The one quoted is the speaker, never the source that quotes them."""
    article = cast.article
    sentence = own(article, index)
    masked = article.masked
    for match in _QUOTED.finditer(masked, sentence.start, sentence.end):
        him = re.match(r"(him|her)\b", masked[match.end():])
        who = Actor("pronoun", Span(match.end(), match.end() + him.end()), PRONOUNS[him.group(1)]) if him else \
            next((a for a in cast.in_sentence(index) if a.span.start >= match.end()), None)
        if who is not None and re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}", masked[match.end():who.span.start]) \
                and _AS_SAYING.match(masked, who.span.end):
            return resolve(cast, who, index, "whom the source quotes")
    passive = _QUOTED_PASSIVE.search(masked, sentence.start, sentence.end)
    who = cast.subject_before(passive.start(), index) if passive else None
    return resolve(cast, who, index, "the one quoted") if who is not None else None


_UTTERANCE = (r"(?:warning|claim|remark|statement|promise|pledge|words|call|assertion|assurance|suggestion|comment|"
              r"argument|insistence|description|vow|appeal|plea|threat|boast|admission)s?")
_WORDS_OF = re.compile(r"(?:[’']s?\s+(?:own\s+|earlier\s+|recent\s+)?" + _UTTERANCE + r"|\s*,\s*whose\s+" + _UTTERANCE +
                       r")\s+(?:that\s+|of\s+|on\s+|about\s+)?(?P<clause>[^;:\"“”]{0,100})$")
_BODY_WORDS = re.compile(r"\s+(?:own\s+|earlier\s+|recent\s+)?" + _UTTERANCE +
                         r"\s+(?:that\s+|of\s+|on\s+|about\s+)?(?P<clause>[^;:\"“”]{0,100})$")
"""A country's or a body's words named by its adjective: "Russian warnings that the bridge was 'a provocation'"."""
_UTTERANCE_BY = re.compile(r"\b" + _UTTERANCE + r"\s+(?:made\s+)?by\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}$")


def _words_of(cast: Cast, quotation: Quotation, index: int) -> Said | None:
    """The person whose words the sentence names as what it quotes: "General Ole Dahl's warning that the brigade
    was 'not ready'", "claims by Ole Dahl that it was 'not ready'", or a body's ("Russian warnings that ...",
    which name no speaker). Whoever the sentence then says spoke ("Asked about Dahl's warning that ..., Berg said
    nothing") answers those words; they are not his."""
    masked = cast.article.masked
    start = own(cast.article, index).start
    for actor in reversed([a for a in cast.in_sentence(index) if a.span.end <= quotation.span.start]):
        lead = _WORDS_OF.match(masked, actor.span.end, quotation.span.start) or \
            (_BODY_WORDS.match(masked, actor.span.end, quotation.span.start) if actor.kind == "organisation" else None)
        clause = lead.group("clause") if lead else ""
        if actor.kind == "organisation" and lead and not VERB.search(clause):
            return resolve(cast, actor, index, "whose words the sentence quotes")  # "Russian warnings that ..."
        if actor.kind == "person" and lead and not VERB.search(clause) and \
                not any(a.span.start >= actor.span.end and a.kind == "person" for a in cast.in_sentence(index)
                        if a.span.end <= quotation.span.start):
            return resolve(cast, actor, index, "whose words the sentence quotes")
        if actor.kind == "person" and _UTTERANCE_BY.search(masked, start, with_title(cast, actor)):
            tail = masked[actor.span.end:quotation.span.start]
            if re.fullmatch(r"\s+(?:that\s+)?[^;:\"“”]{0,100}", tail) and not VERB.search(tail):
                return resolve(cast, actor, index, "whose words the sentence quotes")
    return None


def with_title(cast: Cast, actor: Actor) -> int:
    """Where a person's name starts, past a title the draft takes as part of the person."""
    name = cast.article.masked.rfind(cast.people[actor.ref].name, actor.span.start, actor.span.end)
    return name if name >= 0 else actor.span.start


_TERMED = re.compile(r"\b(?:(?:called|calls|termed|terms)(?!\s+(?:for|on|off|in|up|out)\b)(?:\s+[\w’'-]+){0,4}?|"
                     r"describ(?:ed|es|ing)(?:\s+[\w’'-]+){0,4}?\s+as)\s+(?:[\w’'-]+[’']s|the|an?)\s*$",
                     re.IGNORECASE)


def termed(article: Article, quotation: Quotation) -> bool:
    """Whether a short phrase after an article or a possessive is what a speaker called something: "what he called
    Denmark's 'quiet courage'", "she described it as a 'lifeline'". Given to a person, it is their words, not a
    term the text puts in quotation marks."""
    return bool(_TERMED.search(article.masked, max(0, quotation.span.start - 80), quotation.span.start))


def attribution(article: Article, cast: Cast, quotation: Quotation, index: int) -> Said | None:
    sentence = own(article, index)
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
    verb = re.match(r"(?:also\s+)?(" + VERB.pattern + r")", rest, re.IGNORECASE)
    if verb:  # ..." said Whitcomb. / ..." according to Moroz.
        nxt = next((a for a in actors if a.span.start >= rest_at + verb.end()), None)
        if nxt is not None and re.fullmatch(r"\s*(?:the\s+)?", masked[rest_at + verb.end():nxt.span.start]):
            return resolve(cast, nxt, index, "after the quote")
    first = next((a for a in actors if a.span.start >= rest_at), None)
    if first is not None and first.kind == "person" and OWNER_WORDS.fullmatch(masked[rest_at:first.span.start]):
        rest_at = first.span.start  # ..." Commission spokesperson Ida Berg told: an owner the draft does not know
    if first is not None and first.kind == "person" and re.fullmatch(r"the\s+", masked[rest_at:first.span.start]):
        rest_at = first.span.start  # ..." the Turkish ambassador, Mehmet Yildirim, wrote
    if first is not None and first.span.start == rest_at:  # ..." Zelensky told / he said / an official said
        tail = masked[title_end(masked, first):sentence.end]
        if first.kind == "person" and "," in masked[first.span.start:first.span.end]:
            tail = re.sub(r"^,", "", tail)  # ..." Norway's trade minister, Siri Dahl, said: the title set off before
        if re.match(r"(?:,[^,]{0,80},)?\s*(?:also\s+|later\s+|then\s+)?(?:" + VERB.pattern + r")", tail,
                    re.IGNORECASE):
            return resolve(cast, first, index, "after the quote")
    before = masked[sentence.start:quotation.span.start]
    if re.search(r":\s*$", before) and not VERB.search(before):
        # "He put it plainly over an espresso: '...'", "The Moldovan leader was blunt: '...'": a colon hands the
        # words to the sentence's subject, a person or a title that stands for one
        subject = cast.sentence_subject(index)
        if subject is not None and (subject.kind in ("person", "pronoun") or
                                    (subject.kind == "description" and described(cast, subject, index)[0])):
            return resolve(cast, subject, index, "the subject before a colon")
    verbs = list(VERB.finditer(before))
    if verbs:
        last = verbs[-1]
        position = sentence.start + last.start()
        if last.group().lower() in ("according to", "in the words of"):
            nxt = next((a for a in actors if a.span.start >= sentence.start + last.end()), None)
            if nxt is not None and nxt.span.end <= quotation.span.start:
                return resolve(cast, nxt, index, "before the quote")
        subject = _not_an_object(cast, cast.subject_before(position, index), position, index) or \
            _set_off_subject(cast, position, index) or titled_subject(cast, position, index)
        if subject is None and _goes_on(masked[sentence.start:position]):
            subject = _main_subject(cast, index) or _reporter_before(cast, verbs, sentence.start, index)
            opened = _opening_quote(article, cast, quotation, index) if subject is None else None
            if opened is not None:
                return opened
        if subject is not None:
            return resolve(cast, subject, index, f"subject of {last.group()!r} before the quote")
        reporter = _reporter(cast, verbs, index)
        if reporter is not None:
            return reporter
        return Said(None, False, f"{UNSURE}: REVIEW: {last.group()!r} before the quote, but no clear subject",
                     (index,))
    return None


_EXCELLENCY_SAID = re.compile(r"[\s,;:—–-]*(?P<style>His|Her)\s+Excellency\s+(?:also\s+|later\s+|then\s+)?(?:"
                              + VERB.pattern + r")\b")
"""A release's attribution by the style alone, after the quote: '"We will not abandon them," His Excellency said'."""
_EXCELLENCY_LEADS = re.compile(r"(?:[^\"“”]{0,80},\s*)?(?P<style>His|Her)\s+Excellency\s+(?:also\s+|later\s+|then\s+)?"
                               r"(?:" + VERB.pattern + r")\b[^\"“”.;]{0,40}[:,]?\s*$")
"""The same before the quote: 'Her Excellency added: "The clinic opens in May."'."""
_STYLED_EXCELLENCY = re.compile(r"(?:(?P<style>His|Her)\s+Excellency|H\.\s?E\.)\s+(?!and\b)"
                                r"(?:(?:[A-Z][\w’'.-]*|of|at|for|the|and|on)\s+){0,12}$")
"""The style before a name, with the title a release writes between them: "His Excellency Minister of State for
Trade Dr. Omar Haddad"; "in the presence of His Excellency and Governor Ana Lobo" gives the style to someone named
before, not to Ana Lobo."""


def excellency(article: Article, cast: Cast, quotation: Quotation, index: int) -> Said | None:
    """The speaker a government's release names by the style "His Excellency" or "Her Excellency" alone: the one person
    the text gives that style (or "H.E."), of the same 'he' or 'she' ("Her Excellency Noura Al Hamli, Minister of
    State, ... 'We stand ready,' Her Excellency said" is Noura Al Hamli). Where the text gives the style to two people,
    the quote is left for review."""
    sentence = own(article, index)
    masked = article.masked
    said = _EXCELLENCY_SAID.match(masked, quotation.span.end, sentence.end) or \
        _EXCELLENCY_LEADS.fullmatch(masked, sentence.start, quotation.span.start)
    if said is None:
        return None
    styled = {p.id for p in cast.people.values() for span in p.spans
              for m in [_STYLED_EXCELLENCY.search(masked, max(0, span.start - 160), span.start)]
              if m and m.group("style") in (None, said.group("style"))}
    if len(styled) != 1:
        return Said(None, False, f"{UNSURE}: REVIEW: {said.group('style')} Excellency, but the text gives the style "
                     f"to {'nobody' if not styled else 'several people'}", (index,))
    speaker = styled.pop()
    return Said(speaker, False, f"{LIKELY}: {said.group('style')} Excellency, the style the text gives "
                 f"{cast.people[speaker].name}", (index,))


_REPORTS = re.compile(r"said|says|told|tells|added|adds|noted|stressed|insisted|argued|warned|wrote|explained|"
                      r"acknowledged|admitted|conceded|confirmed|stated|declared|emphasi[sz]ed|underlined", re.IGNORECASE)
"""Verbs that report a clause, all of which is the words of their subject."""


def _reporter(cast: Cast, verbs: list[re.Match[str]], index: int) -> Said | None:
    """The speaker of a clause-reporting verb whose clause holds the quote's own verb with no subject the draft
    knows: "Marek Nowak said the government had announced the shells 'three times over'" is Nowak's wording of
    what was announced. Only a person or a 'he' or 'she', and only where no relative clause or semicolon stands
    between the two verbs, which would give the later verb a subject of its own ("..., which described ...")."""
    article = cast.article
    start = own(article, index).start
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
        said = resolve(cast, subject, index, f"subject of {verb.group()!r}, whose clause holds the quote")
        return Said(said.speaker, said.anonymous, said.why.replace(SURE + ":", LIKELY + ":", 1), said.sentences)
    return None


def _not_an_object(cast: Cast, subject: Actor | None, position: int, index: int) -> Actor | None:
    """The subject of a verb, where the nearest actor before it is no object of a preposition: in "An
    official travelling with the minister, who was not authorised to speak, said", the one who said is
    the official the sentence opens with, not the minister."""
    sentence = own(cast.article, index)
    if subject is None or not re.search(r"\b(?:with|to|by|for|of|from|alongside|accompanying)\s+(?:the\s+)?$",
                                        cast.article.masked[sentence.start:subject.span.start]) or \
            re.match(r",\s*who\s+(?:\w+\s+){0,2}$", cast.article.masked[subject.span.end:position]):
        return subject  # "a call with Minister Khamphet Sivongsa, who said": the relative clause is on him
    opening = cast.sentence_subject(index)
    return opening if opening is not None and opening.span.end <= subject.span.start else None


def _opening_quote(article: Article, cast: Cast, quotation: Quotation, index: int) -> Said | None:
    """The speaker of the quote that opens the sentence, given by the verb that follows it, for a later
    quote in it after a verb that goes on: "'We will not let Moscow decide,' he told reporters, adding
    that the members would judge it 'on its reforms'"."""
    first = next((q for q in article.quotations if q.span.within(article.sentences[index])), None)
    if first is None or first.span.start >= quotation.span.start or not starts_sentence(article, first, index):
        return None
    said = attribution(article, cast, first, index)
    if said is None or said.speaker is None:
        return None
    return Said(said.speaker, False, f"{LIKELY}: goes on from the quote that opens the sentence ({said.why})",
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


def _reporter_before(cast: Cast, verbs: list[re.Match[str]], start: int, index: int) -> Actor | None:
    """The person who reports the sentence's news after it, when the quote follows a participle that goes on from
    that report: "The EU will give Moldova 1.8 billion euros, Commission President Ursula Brandt announced on Monday,
    calling the country "a frontline"" gives the words to Brandt."""
    if len(verbs) < 2 or not re.fullmatch(r"[^,;:.]{0,60},\s*", cast.article.masked[start + verbs[-2].end():
                                                                                     start + verbs[-1].start()]):
        return None
    subject = cast.subject_before(start + verbs[-2].start(), index)
    return subject if subject is not None and subject.kind == "person" else None


def _main_subject(cast: Cast, index: int) -> Actor | None:
    """The person the sentence opens with, who is the subject of a verb that goes on from its main
    clause: "Lund thanked the donors and said the money was "a lifeline"", "Lund signed the deal,
    calling it "a first step"", or a title standing for one person named before ("The Minister of Health
    also welcomed the clinics, describing them as ..."). A country or organisation that opens it is left
    for review."""
    subject = cast.sentence_subject(index) or pronoun_after_setting(cast, index)
    if subject is not None and subject.kind == "description" and described(cast, subject, index)[0]:
        return subject
    return subject if subject is not None and subject.kind in ("person", "pronoun") else None
