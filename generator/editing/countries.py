"""Country names and the adjectives that stand for them, so that `draft` can spot countries an
article mentions even before the briefing has a file for them ("Finnish President ..." mentions Finland).
"""
from __future__ import annotations

# Name:Adjective, or just the name where the adjective is rarely used for the country. A short
# list of the usual forms; `draft` proposes, and an editor reviews.
_TABLE = """
Afghanistan:Afghan Albania:Albanian Algeria:Algerian Argentina:Argentine Armenia:Armenian
Australia:Australian Austria:Austrian Azerbaijan:Azerbaijani Belarus:Belarusian Belgium:Belgian
Bosnia_and_Herzegovina:Bosnian Brazil:Brazilian Bulgaria:Bulgarian Canada:Canadian Chile:Chilean
China:Chinese Colombia:Colombian Croatia:Croatian Cuba:Cuban Cyprus:Cypriot Czechia:Czech
Denmark:Danish Egypt:Egyptian Estonia:Estonian Ethiopia:Ethiopian Finland:Finnish France:French
Georgia:Georgian Germany:German Greece:Greek Hungary:Hungarian Iceland:Icelandic India:Indian
Indonesia:Indonesian Iran:Iranian Iraq:Iraqi Ireland:Irish Israel:Israeli Italy:Italian Japan:Japanese
Jordan:Jordanian Kazakhstan:Kazakh Kenya:Kenyan Kosovo Latvia:Latvian Lebanon:Lebanese
Lithuania:Lithuanian Luxembourg Malta:Maltese Mexico:Mexican Moldova:Moldovan Montenegro:Montenegrin
Morocco:Moroccan Netherlands:Dutch New_Zealand North_Korea:North_Korean North_Macedonia Nigeria:Nigerian
Norway:Norwegian Pakistan:Pakistani Poland:Polish Portugal:Portuguese Qatar:Qatari Romania:Romanian
Russia:Russian Saudi_Arabia:Saudi Serbia:Serbian Slovakia:Slovak Slovenia:Slovenian
South_Africa:South_African South_Korea:South_Korean Spain:Spanish Sweden:Swedish Switzerland:Swiss
Syria:Syrian Taiwan:Taiwanese Turkey:Turkish Ukraine:Ukrainian United_Kingdom:British
United_States:American Vietnam:Vietnamese
"""


def _parse(table: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in table.split():
        name, _, adjective = entry.partition(":")
        name = name.replace("_", " ")
        names[name] = name
        if adjective:
            names[adjective.replace("_", " ")] = name
    names["UK"] = names["Britain"] = "United Kingdom"
    names["US"] = names["USA"] = "United States"
    return names


COUNTRY_WORDS: dict[str, str] = _parse(_TABLE)
"""Each way of writing a country (its name, or its adjective) to the country's name."""
