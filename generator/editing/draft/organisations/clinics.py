"""Clinics and hospitals named as parties, not only as places."""
from __future__ import annotations

import re

from generator.editing.draft.gazetteer import NOT_NAMES, TITLE_HEADS
from generator.editing.draft.organisations.lexicon import COUNTRY_FORMS, Candidate
from generator.editing.draft.text import Span

_CLINIC = re.compile(r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]*\s+){1,4}(?:Clinic|Hospital))(?![\w-])")
_GENERIC_CLINIC = frozenset({"The", "General", "Central", "Regional", "District", "Provincial", "County", "Field", "Main",
                             "Referral", "Teaching", "University", "Military", "Children’s", "Children's", "Maternity",
                             "Mobile", "State", "City", "Municipal", "Rural", "National", "Public", "Private"})
_NAMED_FOR = frozenset({"King", "Queen", "Prince", "Princess"})
"""Titles a hospital's name may open on, as it is named for a royal: "Queen Elizabeth Central Hospital", "Princess Marina
Hospital", with the royal's name after the title; any other title before the name is someone's."""
_AT_A_PLACE = re.compile(r"\b(?:at|in|of|near|outside|from|around|inside|behind|opposite)\s+(?:the\s+)?$", re.IGNORECASE)


_HEAD_OF = re.compile(r"\b(?P<title>[a-z]+)\s+of\s+(?:the\s+)?$")


def _headed(text: str, start: int) -> bool:
    """Whether a title's noun comes just before the name's "of": "Dr. Ana Ruiz, director of Kandy Teaching Hospital,
    said" names the hospital as the body she heads, not as a place."""
    head = _HEAD_OF.search(text, max(0, start - 30), start)
    return head is not None and head.group("title") in TITLE_HEADS


def clinics(text: str, forms: dict[str, Candidate]) -> list[tuple[Span, Candidate, str]]:
    """A clinic or hospital named as a party wherever the text names it so once: one that acts or receives ("handed
    the kits to the Mae Sot Clinic", "the Santa Rosa Hospital said"), not one named only as where something happens
    ("a new ward at Vaiola Hospital"), nor one whose name only says what kind it is ("the District Hospital")."""
    spots: dict[str, list[tuple[Span, bool]]] = {}
    for match in _CLINIC.finditer(text):
        words = list(re.finditer(r"\S+", match.group("name")))
        while words and (words[0].group() in NOT_NAMES | {"The"} or
                         re.sub(r"[’']s$", "", words[0].group()) in COUNTRY_FORMS - {words[0].group()}):
            words.pop(0)  # "to Ghana's Korle Bu Teaching Hospital": the country's possessive is no part of the name
        if len(words) < 2 or all(w.group() in _GENERIC_CLINIC for w in words[:-1]) or \
                words[0].group() in COUNTRY_FORMS or (words[0].group().lower() in TITLE_HEADS
                                                      and not (words[0].group() in _NAMED_FOR and len(words) > 2)):
            continue
        name = " ".join(w.group() for w in words)
        start = match.start("name") + words[0].start()
        place = _AT_A_PLACE.search(text, max(0, start - 30), start) is not None and not _headed(text, start) and \
            not _WORKS_AT.search(text, max(0, start - 120), start)
        spots.setdefault(name, []).append((Span(start, match.end("name")), place))
    found: list[tuple[Span, Candidate, str]] = []
    for name, where in spots.items():
        again = _clinic_again(text, name, spots, where[-1][0].end)
        if (all(place for _, place in where) and not again) or \
                (name in forms and not forms[name].key.startswith("new:")):
            continue
        candidate = forms.setdefault(name, Candidate("new:" + name, name, "organisation"))
        found += [(span, candidate, name) for span, _ in where] + [(span, candidate, name) for span in again]
    return found


_WORKS_AT = re.compile(r"\b(?i:construction|building|refurbishment|renovation|rehabilitation|expansion|extension|"
                       r"upgrading|equipping|fitting[ -]out|build|refurbish|renovate|rehabilitate|expand|extend|"
                       r"upgrade|equip)\s+(?:of\s+)?(?:(?:the|an?|its|two|three|\d+)\s+)?(?:[\w’'-]+\s+){0,5}?"
                       r"at\s+(?:the\s+)?$")
"""Works done at a hospital that the text names as where they are done: "will fund the construction of a new
intensive care unit at Mbale Regional Hospital", "to refurbish the maternity ward at Kenema General Hospital": the
hospital gains them, so it is a party, not only a place. Not "a new ward opened at Vaiola Hospital"."""
_CLINIC_AGAIN = re.compile(r"(?:\b(?:handed\s+(?:over\s+)?|delivered|donated|given|sent|supplied|provided|"
                           r"transferred|distributed)\s+to\s+the\s+(?P<to>hospital|clinic)\b|"
                           r"\b[Tt]he\s+(?P<by>hospital|clinic)\s+(?:said|says|received|receives|has\s+received|"
                           r"took\s+delivery|welcomed|thanked)\b)")


def _clinic_again(text: str, name: str, spots: dict[str, list[tuple[Span, bool]]], after: int) -> list[Span]:
    """"... the outpatient wing at Lae General Hospital. Ten ambulances were handed over to the hospital on Monday":
    "the hospital", after the only hospital the text names, is that hospital receiving or speaking, which makes it a
    party though its name stood only as a place. None where the text names another hospital or clinic, or where an
    unnamed one comes between ("a field hospital ... the hospital")."""
    kind = name.split()[-1].lower()
    if any(other.split()[-1].lower() == kind for other in spots if other != name):
        return []
    found: list[Span] = []
    for match in _CLINIC_AGAIN.finditer(text, after):
        group = "to" if match.group("to") else "by"
        if match.group(group) == kind and not re.search(rf"\b(?:an?|another|one|second)\s+(?:[\w-]+\s+){{0,2}}{kind}\b",
                                                        text[after:match.start()], re.IGNORECASE):
            found.append(Span(match.start(group), match.end(group)))
    return found
