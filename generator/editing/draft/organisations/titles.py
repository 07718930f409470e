"""A title and its holder around a body's name in a run of capitals: where the title ends and the body begins."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import CAPITALS, SPEECH_VERBS, TITLE_HEADS
from generator.editing.draft.organisations.lexicon import BODY_WORDS, MINOR_WORDS, Candidate, plain_word

PERSON_WORD = re.compile(r"[A-Z][a-zà-öø-ÿ’'-]+")
"""A word a person's name is made of: capitalised, then lower case."""


def title_last(words: list[str]) -> int | None:
    """The index of a title's noun that ends the run right after a body's word, with no "of" or "for" before it: in
    "The European Commission President, Ana Lenz, said" or "the African Union Commission Chairperson said", the body is
    the European Commission and the rest is its head's title; "the Office of the High Commissioner" and "the Health
    Service Executive" keep their last word."""
    last = len(words) - 1
    if last < 2 or words[last].split("-")[-1].lower() not in TITLE_HEADS or words[last - 1] not in BODY_WORDS or \
            words[last] in BODY_HEADS or \
            any(w in ("of", "for") for w in words):
        return None
    return last


BODY_HEADS = frozenset({"Executive"})
"""Title heads that also end a body's own name, where no title's holder comes after: "talks with the Health Service
Executive on Tuesday" name the Health Service Executive, as "the Regional Water Executive in Cork" names its body;
"the Health Service Executive Director Ana Ruiz" is a title and its holder after the body."""


_TITLE_UNITS = frozenset({"Office", "Sub-Office", "Mission", "Delegation", "Staff", "Station", "Programme", "Operations"})
"""The units a title heads that the title names with no "the" before them: "Head of Office", "Chief of Mission", "Head
of Delegation", "Chief of Staff"."""


def past_title_unit(words: list[str], of: int) -> int:
    """The "of" or "for" that opens the body's name after a title that heads a unit of it: "Head of Office of UNHCR"
    is UNHCR's head of office, not the head of an "Office of UNHCR"; "Chief of Mission for IOM" is IOM's; `of` where
    "the" or a portfolio comes after the title's "of": "Head of the Office of the President"."""
    unit = of + 1
    if unit + 2 < len(words) and words[unit] in _TITLE_UNITS and words[unit + 1] in ("of", "for"):
        return unit + 1
    return of


def without_holder(text: str, start: int, words: list[str]) -> list[str]:
    """The body's name after a title and its "of", without the name of the title's holder after it: "Director of the
    Ministry of Water Ana Ruiz said" names the Ministry of Water and Ana Ruiz, whom the text then calls "Ruiz" alone
    or makes speak right after the name; two words that read as a name, the body's name before them ending in a word
    of its own."""
    if len(words) < 4 or words[-3] in MINOR_WORDS:
        return words
    holder = words[-2:]
    if not all(PERSON_WORD.fullmatch(w) and not plain_word(w) and w not in CAPITALS for w in holder):
        return words
    alone = re.search(r"(?<![\w’'-])(?<!" + re.escape(holder[0]) + r" )" + re.escape(holder[1]) + r"(?![\w-])", text)
    return words[:-2] if alone is not None or _speaks_after(text, start, words) else words


_PORTFOLIO_WORD = re.compile(r"[a-z](?:ing|ion|ions|ies|ment|ments|ure|ity|ism|age|ics|ance|ence|ces|airs|"
                             r"orks)$")
"""How the words of what a body does end, which names seldom do: "Protection", "Resources", "Affairs", "Management"."""


def _speaks_after(text: str, start: int, words: list[str]) -> bool:
    """Whether a verb of speech follows the run, right after its last two words, which are then the holder's name as no
    body's words are: "Director of the Department of Civil Protection Ana Ruiz said"; "the Department of Water
    Resources said" ends in a word of what the body does."""
    end = text.find(words[-1], start + len(" ".join(words[:-1]))) + len(words[-1])
    spoken = re.match(r"\s+([a-z]+)\b", text[end:])
    return spoken is not None and spoken.group(1) in SPEECH_VERBS and \
        not any(_PORTFOLIO_WORD.search(w) for w in words[-2:])


_NAME_GOES_ON_IN = re.compile(r"[A-Z][\w’'-]*\s+in\s+$")


def aim_of_name(text: str, start: int, words: list[str]) -> int:
    """How many words open the run as the aim of a gathering's or campaign's name that goes on past "in": "the
    International Conference in Support of the Lebanese Armed Forces" names the Lebanese Armed Forces, not a body
    "Support of ..."; so does "a Campaign in Defence of the Ukrainian Navy". 0 when the run opens no such aim."""
    if not _NAME_GOES_ON_IN.search(text, max(0, start - 40), start):
        return 0
    joint = next((i for i, w in enumerate(words[:3]) if w in ("of", "for")), 0)
    if joint == 0 or joint + 1 >= len(words) or any(w in BODY_WORDS for w in words[:joint]):
        return 0
    return joint + 2 if words[joint + 1] == "the" and joint + 2 < len(words) else joint + 1


_TITLE_UNIT_WORDS = frozenset({"Programme", "Program", "Project"})


def programme_title(words: list[str], forms: dict[str, Candidate]) -> bool:
    """"WFP Programme Manager Lena Horvath", "USAID Program Director Tom Brandt": a body the draft knows by
    name, then "Programme" that opens the title after it ("Programme Manager"), is that body and no other;
    "UN Environment Programme Director" names a programme of its own with a word of its own."""
    return len(words) > 1 and words[-1] in _TITLE_UNIT_WORDS and " ".join(words[:-1]) in forms
