"""A found person, the shorter forms a text writes a name in, and one person's name written two ways."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.editing.draft.gazetteer import NAME_PARTICLES, TITLE_HEADS
from generator.editing.draft.people.titles import Title
from generator.editing.draft.text import fold


@dataclass
class Found:
    name: str
    known: bool
    title: Title | None
    first: int
    """The first token of the name where the text first gives it."""
    heads: str = ""
    """The organisation the person heads or represents, where the text says so beside a name given no title's."""
    variants: list[str] = field(default_factory=list)
    """Other full forms the text writes the name in: "Kwame Asante" for "Kwame Asante-Boateng"."""


def _name_parts(name: str) -> list[str]:
    """The words of a name, a family name joined by a hyphen taken apart, without its particles."""
    return [fold(w) for w in re.split(r"[\s-]+", name) if w and w not in NAME_PARTICLES]


def _variant_of(name: str, other: str) -> bool:
    """Whether two full names are one person's written two ways: one a shorter form of the other, the same given
    name first and the other words in the same order, a middle name, a particle or half of a joined family name left
    out ("Kwame Asante" for "Kwame Asante-Boateng", "Maria Santos" for "Maria dos Santos Silva", "Ana Soto" for "Ana
    Lucia Soto"); or two words in the other order, as reports write East Asian names either way ("Ji-won Park" for "Park
    Ji-won"). "Ana Ruiz" and "Ana Soto" share only the given name, and are two people."""
    words, others = name.split(), other.split()
    if len(words) == 2 and len(others) == 2 and fold(words[0]) == fold(others[1]) and fold(words[1]) == fold(others[0]):
        return True
    short, long = sorted((_name_parts(name), _name_parts(other)), key=len)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(part in rest for part in short[1:])


def aliases(name: str, family_first: bool = False) -> tuple[str, ...]:
    """The shorter names a text uses once it has given the full one: the surname, with its particle and the family
    name before it ("Rosa Lobato da Silva" is "Minister Lobato da Silva"); the first two of three names, as Indonesian
    and Spanish reports shorten them ("Sri Rahayu Widjaja" is "Sri Rahayu"); or,
    where the family name comes first ("SAKURAI Tomohiro", "Park Seung-hoon"), that name as the text then
    writes it ("Minister Sakurai", "Park said")."""
    words = name.split()
    found = {name}
    if len(words) > 1 and (family_first or FAMILY_CAPS.fullmatch(words[0]) or _KOREAN_GIVEN.fullmatch(words[-1])):
        found.update({words[0], words[0].capitalize()})
    elif len(words) > 1:
        found.add(words[-1])
        if words[-2] in NAME_PARTICLES or len(words) > 2:
            found.add(" ".join(words[-2:]))
        if len(words) > 3 and words[-2] in NAME_PARTICLES:
            found.add(" ".join(words[-3:]))  # "Adaljiza Magno da Costa" is "Minister Magno da Costa"
        if len(words) == 3 and words[1] not in NAME_PARTICLES:
            found.add(" ".join(words[:2]))  # "Sri Rahayu Widjaja" is "Sri Rahayu told reporters"
    return tuple(sorted(found, key=len, reverse=True))


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Korean given name of two syllables joined by a hyphen, the second lowercase, which comes after the family name:
"Choi Soo-hyun" is "Choi" alone; "Kamau-Odhiambo", a family name of two joined so, writes both capitalised."""
FAMILY_CAPS = re.compile(r"[A-Z][A-Z’'-]*[AEIOUY][A-Z’'-]*")
"""A family name written in capitals before the given name, as Japanese and some official readouts do."""


def title_of_surname(people: dict[str, Found], surname: str, title: Title | None) -> None:
    """A title given beside the surname alone ("Marchuk, Ukraine's deputy defense minister for
    procurement, said") is the title of the one person named before with that surname, when the full
    name came without one."""
    if title is None:
        return
    match = [p for p in people.values() if len(p.name.split()) > 1 and fold(surname) in map(fold, aliases(p.name))]
    if len(match) == 1 and (match[0].title is None or _fuller(title, match[0].title)):
        match[0].title = title


def _fuller(title: Title, before: Title) -> bool:
    """Whether `title` is the whole of the role `before` shortened: "Planning Minister Rania Haddad", later "Haddad,
    Jordan's minister of planning and international cooperation", holds every word of the first and more."""
    words, shorter = set(title.words.lower().split()), set(before.words.lower().split())
    return shorter < words and before.organisation in ("", title.organisation)


def variant_match(people: dict[str, Found], name: str, title: Title | None) -> str | None:
    """The one person found already whose name `name` writes another way, who takes it as a variant and keeps the
    longer of the two as the name: "Maria Santos said" after "Maria dos Santos Silva, the mayor," is the mayor; None
    where no one's or two people's names fit, or where both come with titles of other offices ("Kofi Mensah, the
    farmer" and "Kofi Mensah-Ansah, the district chief" are two people)."""
    fits = [i for i, p in people.items() if _variant_of(name, p.name) and _same_office(p.title, title)]
    if len(fits) != 1:
        return None
    found = people[fits[0]]
    if len(_name_parts(name)) > len(_name_parts(found.name)):
        found.variants.append(found.name)
        found.name = name
    elif fold(name) not in map(fold, found.variants):
        found.variants.append(name)
    return fits[0]


def _same_office(title: Title | None, other: Title | None) -> bool:
    """Whether two titles may be one person's: either is missing, or they share a title's noun ("health minister" and
    "Minister of Health")."""
    if title is None or other is None:
        return True
    heads = {w for w in fold(title.words).split() if w in TITLE_HEADS}
    return bool(heads & {w for w in fold(other.words).split() if w in TITLE_HEADS})


def with_variants(name: str, variants: list[str]) -> tuple[str, ...]:
    """The shorter names of a name and of the other forms the text writes it in, each once: "Kwame Asante-Boateng" is
    also "Kwame Asante" and "Asante"."""
    found = dict.fromkeys(aliases(name))
    for variant in variants:
        found.update(dict.fromkeys(a for a in aliases(variant) if fold(a) not in map(fold, found)))
    return tuple(found)
