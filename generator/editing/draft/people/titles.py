"""A word of the text, a title found next to a name, and what a title keeps or drops."""
from __future__ import annotations

import re
from dataclasses import dataclass

from generator.editing.draft.gazetteer import TITLE_HEADS, TITLE_MODIFIERS
from generator.editing.draft.people.lexicon import (
    CLERICS,
    JOINING_WORDS,
    NAMED_RANKS,
    POSSESSIVE,
    RANK_AFTER_ROLE,
    RANKS,
    STYLE_TITLES,
)
from generator.editing.draft.text import Span


def joined_title(parts: list[str]) -> bool:
    """Whether the parts of a hyphenated word are a title's nouns joined by "in", "at" or "of", which name one office:
    "NATO's Commander-in-Chief, General Ana Ruiz" holds the office, the rank being her style, and so does
    "Ambassador-at-large Taro Sato"; "commander-in" or "state-of-the-art" holds none."""
    return len(parts) == 3 and parts[1] in JOINING_WORDS and parts[0] in TITLE_HEADS and \
        (parts[2] in TITLE_HEADS or parts[2] in TITLE_MODIFIERS or parts[1:] == ["at", "large"])


def singular(plural: str) -> str:
    """The singular of a title's plural noun: "ministers" is "minister", "secretaries" "secretary"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def is_rank(words: str) -> bool:
    """Whether a title before a name is a rank alone; one of two words or more yields to the role a comma sets after
    the name: "Lt. Gen. Samuel Okello, commander of the regional force, said" is the force's commander, where a rank
    of one word reads as the name's style and stays unless the role names its body: "Colonel Ines Varga, the
    battalion's commander", but "Admiral Ana Lind, the Chilean Navy's commandant"."""
    return all(w.rstrip(".").lower() in RANKS for w in words.split()) and words.split()[-1].rstrip(".").lower() not in \
        ("vice", "rear", "air", "field", "senior", "junior")


def without_rank(title: Title) -> Title:
    """The title without a rank after its role: "Deputy Minister of Defence Lieutenant General" is a Deputy
    Minister of Defence; a rank alone ("Colonel") stays the title."""
    role = RANK_AFTER_ROLE.sub("", title.words)
    is_role = role.split()[-1].lower() in TITLE_HEADS or re.search(r"\b(?:of|for)\b", role) is not None
    # "Lieutenant Colonel Petra Hale" is a Lieutenant Colonel: a rank's first word is no role before the rank
    return Title(role, title.organisation, title.span) if role != title.words and is_role and not is_rank(role) \
        else title


def without_style(title: Title) -> Title:
    """The title without the style "Sheikh" between it and the name, where another title's noun comes before the style:
    "Foreign Minister Sheikh Hamad Al Thani" is the Foreign Minister, "Grand Mufti Sheikh Omar Idris" the Grand Mufti;
    "Sheikh" alone stays the title ("Sheikh Omar Idris")."""
    words = title.words.split()
    if len(words) < 2 or words[-1] not in STYLE_TITLES or \
            (words[-2].lower() not in TITLE_HEADS and words[-2] not in CLERICS | NAMED_RANKS):
        return title
    return Title(" ".join(words[:-1]), title.organisation, title.span)


_OF_INSTITUTION = re.compile(r"(?P<head>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) of (?:the )?(?:[A-Z][\w’'.-]* ){1,4}"
                             r"(?:Hospital|Clinic|University|College|School|Institute|Authority|Board|Trust|Company|"
                             r"Corporation|Bank|Agency|Centre|Center|Foundation|Society)")
"""A plain title's noun held of an institution whose name the draft does not know as an organisation's."""
_OF_FIRM = re.compile(r"(?P<head>(?:[a-z][\w-]* ){0,2}(?:chief executive(?: officer)?|managing director|executive director|"
                      r"general manager|chairman|chairwoman|chairperson|co-founder|founder|owner)) of (?:the )?"
                      r"(?:[A-Z][\w’'.&-]*(?: (?:&|and|de|du|des|la|le|of) (?=[A-Z]))?(?: |$)){1,4}")
"""A head that runs a firm or a charity and never a place or a portfolio, held of a capitalised name: the name is the
body's, whatever its last word, and no word of the title."""


def without_unknown_body(title: Title) -> Title:
    """The title without the name of the institution it is held of, which is the role's organisation and no word of
    its title, as "director of the National Meteorological Service" is the Service's director: "Chaminda Perera,
    director of Kandy General Hospital," is a director, "Ola Berg, chief executive of Nordfrakt," a chief executive
    (a firm's name may end in any word); a portfolio ("Minister of Public Service") and a place ("mayor
    of Santa Cruz") stay whole."""
    whole = _OF_INSTITUTION.fullmatch(title.words) or _OF_FIRM.fullmatch(title.words + " ")
    if whole is None or title.organisation or whole.group("head").split()[-1] not in TITLE_HEADS | {"founder", "owner"}:
        return title
    return Title(whole.group("head"), title.organisation, title.span)


_UNION_WORD = re.compile(r"^European\s+(?=[Cc]ommissioner\b)")


def without_union_word(words: str) -> str:
    """The title without the word of the union that `organisation` holds, as "British" goes from "British Prime
    Minister": "European Commissioner for Energy" is the European Commission's Commissioner for Energy; in "European
    Council President" the word is the body's name, and no title of this kind."""
    return _UNION_WORD.sub("", words)


@dataclass(frozen=True)
class Token:
    text: str
    span: Span

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Ukraine’s" is "Ukraine"."""
        return POSSESSIVE.sub("", self.text) if re.search(r"[’']s?$", self.text) and len(self.text) > 2 else self.text

    @property
    def possessive(self) -> bool:
        return self.bare != self.text


@dataclass(frozen=True)
class Title:
    """A title found next to a name."""

    words: str
    organisation: str
    span: Span
    """From the title's first word (or its country or organisation word) to its last."""


def is_title(words: str) -> bool:
    """Whether the words are a title alone: "defence minister", "Defence Secretary"."""
    lower = words.lower().split()
    return lower[-1] in TITLE_HEADS and all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in lower)
