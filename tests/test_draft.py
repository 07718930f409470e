"""`factsheet draft`: what it proposes from the Hague article and a second one, every excerpt cut
from the text, quotes given to a speaker only where the text makes it clear."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.adapters.cli import cli
from generator.content import evidence as ev
from generator.editing.draft import MENTIONS, Draft, analyse, draft_files, draft_source, write_draft
from generator.errors import FactsheetError
from tests.conftest import REPO

HAGUE = "hague-summit-article"
HAGUE_PEOPLE = ["volodymyr-zelensky", "mark-rutte", "alexander-stubb", "mette-frederiksen", "ulf-kristersson",
                "jonas-gahr-store"]
FIXTURE = REPO / "tests" / "fixtures" / "draft" / "harbour-talks.txt"


def _content_copy(tmp_path: Path, without: tuple[str, ...] = ()) -> Path:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content, ignore=shutil.ignore_patterns(*without))
    return content


def assert_every_excerpt_in(draft: Draft, text: str) -> None:
    """Each excerpt is in the text, as the build's evidence matcher reads it, and is never one word."""
    source = ev.normalise(text)
    excerpts = [e for q in draft.quotes for e in q.excerpts] + [p.excerpt for p in draft.people] \
        + [o.excerpt for o in draft.organisations] + [e for m in draft.meetings for e in m.excerpts] \
        + [e for c in draft.commitments for e in c.excerpts] + ([draft.event.excerpt] if draft.event else [])
    for excerpt in excerpts:
        assert ev.find(excerpt, source) >= 0, excerpt
        assert len(excerpt.split()) >= 4, excerpt
    for quote in draft.quotes:
        assert any(ev.normalise(quote.text) in ev.normalise(e) for e in quote.excerpts)


def test_hague_quotes_with_the_right_speakers_and_the_ids_content_has() -> None:
    draft = draft_source(REPO / "content", HAGUE)
    assert [(q.speaker, q.existing) for q in draft.quotes] == [
        ("volodymyr-zelensky", "pressure-on-russia"), ("volodymyr-zelensky", "thanks-to-e5-and-rutte"),
        ("mark-rutte", "you-can-count-on-us"), ("volodymyr-zelensky", "our-priorities")]
    assert [p.id for p in draft.people] == HAGUE_PEOPLE and all(p.known for p in draft.people)
    assert [m.existing for m in draft.meetings] == ["zelensky-e5-leaders-and-rutte", "zelensky-nordic-leaders"]
    assert draft.event is not None and (draft.event.id, draft.event.known) == ("nato-summit-the-hague", True)
    assert_every_excerpt_in(draft, (REPO / "content" / "sources" / f"{HAGUE}.txt").read_text(encoding="utf-8"))


def test_hague_from_an_empty_content_folder_proposes_the_whole_briefing() -> None:
    text = (REPO / "content" / "sources" / f"{HAGUE}.txt").read_text(encoding="utf-8")
    draft = analyse(text, HAGUE)
    assert draft.event is not None and draft.event.location == "The Hague"
    assert [(p.id, p.title, p.organisation) for p in draft.people] == [
        ("volodymyr-zelensky", "President", "ukraine"), ("mark-rutte", "Secretary General", "nato"),
        ("alexander-stubb", "President", "finland"), ("mette-frederiksen", "Prime Minister", "denmark"),
        ("ulf-kristersson", "Prime Minister", "sweden"), ("jonas-gahr-store", "Prime Minister", "norway")]
    assert [sorted(p.party for p in m.participants) for m in draft.meetings] == [
        ["e5-group", "mark-rutte", "volodymyr-zelensky"],
        ["alexander-stubb", "jonas-gahr-store", "mette-frederiksen", "ulf-kristersson", "volodymyr-zelensky"]]
    stubb = next(p for m in draft.meetings for p in m.participants if p.person == "alexander-stubb")
    assert stubb.represents == ("finland",) and stubb.role == "President"
    e5 = next(o for o in draft.organisations if o.id == "e5-group")
    assert e5.members == ("germany", "france", "united-kingdom", "italy", "poland")
    assert {(c.givers, c.items[0].name, c.status) for c in draft.commitments} == {
        (("nato",), name, "delivered") for name in ("air defense systems", "tanks", "artillery", "drones", "ammunition")
    } | {(("nordic-countries",), "financial backing", "delivered")}
    assert all(c.receivers == ("ukraine",) for c in draft.commitments)
    assert [q.speaker for q in draft.quotes] == ["volodymyr-zelensky", "volodymyr-zelensky", "mark-rutte",
                                                 "volodymyr-zelensky"]
    assert {o.name for o in draft.organisations} >= {"NATO", "Ukraine", "Russia", "E5 group", "Iran", "Nordic countries",
                                                      "United Kingdom", "Finland", "Denmark", "Sweden", "Norway"}
    assert_every_excerpt_in(draft, text)


def test_second_article_resolves_only_clear_attributions() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    draft = analyse(text, "harbour-talks")
    speakers = {q.text: (q.speaker, q.anonymous) for q in draft.quotes}
    assert speakers["We will not let the shipping lanes close to anyone"] == ("kaja-lindqvist", False)
    assert speakers["Portugal stands ready to send two frigates before the winter"] == ("rui-almeida", False)
    assert speakers["The money must follow the ships, not the other way round"] == (None, False)  # 'she', 3 named
    assert speakers["Nothing has been decided yet"] == (None, True)  # 'an official'
    assert speakers["The Commission will publish its proposal in March"] == ("hanna-berg", False)
    assert [(p.id, p.title) for p in draft.people] == [("kaja-lindqvist", "Prime Minister"),
                                                       ("rui-almeida", "Foreign Minister"),
                                                       ("hanna-berg", "Commissioner")]
    assert_every_excerpt_in(draft, text)


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ("Finnish Transport Minister Petri Laaksonen, who also attended, said Finland was ready to join the arrangement "
     "\u201cwithin weeks, not months.\u201d", "petri-laaksonen", "Transport Minister"),
    ("European Commissioner for Energy Security Mirela Dragan opened the session. According to Dragan, the grid was "
     "weaker than feared. \u201cWe have lost a third of our capacity in a month,\u201d she said.", "mirela-dragan",
     "Commissioner for Energy Security"),
    ("U.K. Prime Minister Rishi Sunak met the leaders. \u201cWe will stand with Ukraine for as long as it takes,\u201d "
     "the prime minister said.", "rishi-sunak", "Prime Minister"),
])
def test_speakers_named_before_the_quote_and_across_sentences(text: str, speaker: str, title: str) -> None:
    draft = analyse(text, "s")
    assert [q.speaker for q in draft.quotes] == [speaker]
    assert draft.people[0].title == title


def test_he_said_with_two_people_before_stays_unresolved() -> None:
    text = ("President Ana Souza met Prime Minister Rui Almeida.\n"
            "\u201cThe harbour will stay open all winter,\u201d he said.\n"
            "\u201cWe have no plan for that yet at all,\u201d they said.\n")
    assert [q.speaker for q in analyse(text, "s").quotes] == [None, None]


def test_a_phrase_quoted_twice_is_one_quote_and_scare_quotes_are_none() -> None:
    text = ("Prime Minister Ana Souza said Europe had to be \u201ca shield, not a spectator\u201d for Ukraine.\n"
            "Russia's so-called \u201cpeace plan\u201d was dismissed, and Russia's \u201cshadow fleet\u201d was named.\n"
            "Souza later wrote that Europe must be \u201ca shield, not a spectator.\u201d\n")
    draft = analyse(text, "s")
    assert [(q.text, q.speaker) for q in draft.quotes] == [("a shield, not a spectator", "ana-souza")]
    assert len(draft.quotes[0].excerpts) == 2


def _source_in_tree(tmp_path: Path, tree: dict[str, object]) -> Path:
    from tests.conftest import write_tree

    tree = dict(tree)
    tree["sources/harbour-talks.yaml"] = {"title": "Harbour talks"}
    tree["sources/harbour-talks.txt"] = FIXTURE.read_text(encoding="utf-8")
    return write_tree(tmp_path / "content", tree)


def test_never_into_content_and_never_overwrites(tmp_path: Path, tree: dict[str, object]) -> None:
    content = _source_in_tree(tmp_path, tree)
    files = draft_files(draft_source(content, "harbour-talks"), content)
    with pytest.raises(FactsheetError, match="into the content folder"):
        write_draft(files, content / "quotes", content)
    out = tmp_path / "review"
    write_draft(files, out, content)
    assert (out / MENTIONS).is_file() and (out / "people" / "hanna-berg.yaml").is_file()
    before = (out / "people" / "hanna-berg.yaml").read_bytes()
    with pytest.raises(FactsheetError, match="never overwrites"):
        write_draft(files, out, content)
    assert (out / "people" / "hanna-berg.yaml").read_bytes() == before


def test_cli_draft_prints_or_writes(tmp_path: Path, tree: dict[str, object]) -> None:
    content = _source_in_tree(tmp_path, tree)
    runner = CliRunner()
    printed = runner.invoke(cli, ["draft", "harbour-talks", "--content", str(content)])
    assert printed.exit_code == 0, printed.output
    assert "# ==> quotes/we-will-not-let-the.yaml <==" in printed.output
    assert "2 meetings" in printed.output
    out = tmp_path / "review"
    assert runner.invoke(cli, ["draft", "harbour-talks", "--content", str(content), "--out", str(out)]).exit_code == 0
    assert (out / "quotes" / "we-will-not-let-the.yaml").is_file()
    missing = runner.invoke(cli, ["draft", "nope", "--content", str(content)])
    assert missing.exit_code == 1 and "known sources: forum-report, harbour-talks" in missing.output
    assert runner.invoke(cli, ["draft", "--content", str(content)]).exit_code == 2


def _facts(text: str) -> tuple[str | None, list[list[str]], list[tuple[tuple[str, ...], tuple[str, ...], str, str]]]:
    draft = analyse(text, "s")
    return (draft.event.location if draft.event else None, [[p.party for p in m.participants] for m in draft.meetings],
            [(c.givers, c.receivers, c.status, c.items[0].name) for c in draft.commitments])


@pytest.mark.parametrize(("text", "location"), [
    ("ANKARA (AP) \u2014 Ministers gathered for the Black Sea talks on Friday.\nThe talks ran late.\n", None),
    ("VILNIUS, July 11 (Reuters) - Leaders arrived for the Vilnius summit on Tuesday.\n", "Vilnius"),
    ("BRUSSELS, Feb 14 (Reuters) - Allies met at the Ramstein-format meeting at NATO headquarters in Brussels.\n",
     "Brussels"),
    ("ROME \u2014 Donors gathered at the Ukraine Recovery Conference in Rome on Thursday.\n", "Rome"),
    ("KYIV, March 3 (AFP) - Zelensky spoke by phone with Macron on Sunday.\n", None),
    ("LONDON \u2014 Ministers discussed the next summit in Vilnius later this year.\n", None),
])
def test_the_event_and_its_place(text: str, location: str | None) -> None:
    assert _facts(text)[0] == location


@pytest.mark.parametrize(("text", "meetings"), [
    ("Turkish Foreign Minister Hakan Demir met separately with Ukraine's Andrii Sybiha and Russia's Sergei Volkov. "
     "Sybiha said it went well. Volkov said nothing.\n",
     [["hakan-demir", "andrii-sybiha"], ["hakan-demir", "sergei-volkov"]]),
    ("Foreign Minister Dmytro Kuleba had a call with his Polish counterpart, Radoslaw Nowak, on grain.\n",
     [["dmytro-kuleba", "radoslaw-nowak"]]),
    ("Ukrainian Foreign Minister Andrii Sybiha was received by Romanian President Klaus Ionescu in Bucharest.\n",
     [["andrii-sybiha", "klaus-ionescu"]]),
    ("Ukrainian President Andriy Kovalenko is expected in Brussels next week for talks with NATO officials.\n", []),
    ("Polish Prime Minister Jan Nowak welcomed Germany's decision on Tuesday.\n", []),
])
def test_meetings_in_the_ways_reports_word_them(text: str, meetings: list[list[str]]) -> None:
    assert _facts(text)[1] == meetings


@pytest.mark.parametrize(("text", "commitment"), [
    ("Ukraine will receive 20 demining machines from Japan, officials said.\n",
     (("japan",), ("ukraine",), "pledged", "demining machines")),
    ("Germany's new package for Ukraine includes four IRIS-T systems and two dozen Leopard 1 tanks.\n",
     (("germany",), ("ukraine",), "pledged", "new package")),
    ("Japan said it backed Ukraine. Tokyo will send 20 demining machines to Ukraine.\n",
     (("japan",), ("ukraine",), "pledged", "demining machines")),
    ("The European Investment Bank signed an agreement with Ukraine on a 400 million euro loan.\n",
     (("european-investment-bank",), ("ukraine",), "signed", "400 million euro loan")),
])
def test_commitments_in_the_ways_reports_word_them(text: str, commitment: tuple[object, ...]) -> None:
    assert _facts(text)[2][:1] == [commitment]


def test_norway_pledged_two_dozen_is_twenty_four() -> None:
    draft = analyse("Norway pledged Ukraine two dozen armoured mine-clearing vehicles.\n", "s")
    assert [(c.items[0].name, c.items[0].quantity) for c in draft.commitments] == \
        [("armoured mine-clearing vehicles", 24)]


def test_a_pronoun_follows_the_person_it_has_stood_for() -> None:
    text = ("Prime Minister Ana Souza spoke first. \u201cWe will stay the course,\u201d she said.\n"
            "Defence Minister Rui Almeida then spoke. \u201cWe will send more shells soon,\u201d he said.\n"
            "Almeida thanked Souza for her support. \u201cThe harbour will stay open all winter,\u201d she said.\n")
    assert [q.speaker for q in analyse(text, "s").quotes] == ["ana-souza", "rui-almeida", "ana-souza"]


@pytest.mark.parametrize(("text", "meetings"), [
    ("German Chancellor Olaf Berger, joined by French President Emmanuel Moreau, met Ukrainian President Viktor "
     "Hrytsenko in Kyiv.\n", [["olaf-berger", "viktor-hrytsenko", "emmanuel-moreau"]]),
    ("A Ukrainian delegation led by Defence Minister Rustem Umarov held talks with a U.S. delegation led by Defense "
     "Secretary Lloyd Austen.\n", [["rustem-umarov", "lloyd-austen"]]),
    ("Ukrainian President Viktor Hrytsenko met with the prime ministers of Estonia, Latvia and Lithuania.\n",
     [["viktor-hrytsenko", "estonia", "latvia", "lithuania"]]),
    ("Ukrainian Energy Minister Taras Bondar met separately with two Norwegian ministers: Trade Minister Silje Aasen "
     "and Development Minister Kjetil Brekke.\n", [["taras-bondar", "silje-aasen"], ["taras-bondar", "kjetil-brekke"]]),
    ("Ukrainian President Viktor Hrytsenko held a video conference with Japanese Prime Minister Fumio Kato.\n",
     [["viktor-hrytsenko", "fumio-kato"]]),
    ("Ukrainian President Viktor Hrytsenko and Polish President Andrzej Malek held a joint press conference.\n", []),
])
def test_meetings_joined_led_and_listed(text: str, meetings: list[list[str]]) -> None:
    assert _facts(text)[1] == meetings


@pytest.mark.parametrize(("text", "commitments"), [
    ("The first batch of Leopard 2 tanks from Spain arrived in Ukraine on Monday.\n",
     [(("spain",), ("ukraine",), "delivered", "first batch of Leopard 2 tanks")]),
    ("Two more Patriot systems will be sent to Ukraine by Germany.\n",
     [(("germany",), ("ukraine",), "pledged", "Patriot systems")]),
    ("Ukrainian President Viktor Hrytsenko requested additional Patriot batteries from the United States.\n",
     [(("united-states",), ("ukraine",), "asked", "Patriot batteries")]),
    ("Italy will send a SAMP/T system to Ukraine, and Spain will send Hawk missiles to Ukraine.\n",
     [(("italy",), ("ukraine",), "pledged", "SAMP/T system"), (("spain",), ("ukraine",), "pledged", "Hawk missiles")]),
    ("Japan handed over 120 generators, 20 mine-clearing machines and six autotransformers to Ukraine.\n",
     [(("japan",), ("ukraine",), "delivered", name) for name in ("generators", "mine-clearing machines",
                                                                  "autotransformers")]),
    ("Ukraine's ally Poland will buy 96 Apache helicopters from the United States.\n", []),
    ("France approved a new defence budget of 413 billion euros.\n", []),
    ("Germany announced new sanctions against Russia on Monday.\n", []),
])
def test_commitments_in_more_wordings(text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _facts(text)[2] == commitments


def test_a_package_listed_line_by_line_is_one_commitment_a_line() -> None:
    text = ("UK Defence Secretary Alistair Pemberton today announced a new £310 million package of military support "
            "for Ukraine.\n\nThe package comprises:\n\n- 150 armoured and protected vehicles;\n"
            "- 25,000 rounds of 155mm artillery ammunition;\n\nPemberton said it would help.\n")
    draft = analyse(text, "s")
    assert [(c.givers, c.receivers, c.items[0].name, c.items[0].quantity) for c in draft.commitments] == [
        (("united-kingdom",), ("ukraine",), "£310 million package of military support", None),
        (("united-kingdom",), ("ukraine",), "armoured and protected vehicles", 150),
        (("united-kingdom",), ("ukraine",), "rounds of 155mm artillery ammunition", 25000)]
    assert draft.commitments[0].value == ("310000000", "GBP")


@pytest.mark.parametrize(("sum_", "value"), [
    ("NOK 10 billion", ("10000000000", "NOK")), ("C$400 million", ("400000000", "CAD")),
    ("4.1 billion euros", ("4100000000", "EUR")), ("€500m", ("500000000", "EUR")), ("$1.5bn", ("1500000000", "USD"))])
def test_sums_in_several_notations(sum_: str, value: tuple[str, str]) -> None:
    draft = analyse(f"Norway will provide {sum_} for Ukraine's energy grid.\n", "s")
    assert [c.value for c in draft.commitments] == [value]


@pytest.mark.parametrize(("text", "person"), [
    ("Prime Minister Solvang had a call with the Prime Minister of Moldova, Andrei Ciobanu.\n",
     ("Andrei Ciobanu", "Prime Minister", "moldova")),
    ("Bondar met Minister of Trade and Industry Silje Aasen in Oslo.\n",
     ("Silje Aasen", "Minister of Trade and Industry", "")),
    ("Olena Marchuk said she keeps the invoice. \u201cIt is real,\u201d Marchuk, Ukraine's deputy defense minister for "
     "procurement, said.\n", ("Olena Marchuk", "deputy defense minister for procurement", "ukraine")),
])
def test_titles_of_a_country_with_and_or_given_beside_the_surname(text: str, person: tuple[str, str, str]) -> None:
    assert person in [(p.name, p.title, p.organisation) for p in analyse(text, "s").people]


def test_a_programme_with_its_abbreviation_is_no_person() -> None:
    text = "Kyiv relies on the G7's Extraordinary Revenue Acceleration (ERA) loans, Andrii Voloshyn said.\n"
    assert [p.name for p in analyse(text, "s").people] == ["Andrii Voloshyn"]


@pytest.mark.parametrize(("text", "location"), [
    ("Japan has offered to host the next conference in Tokyo in autumn.\n", None),
    ("It was their first meeting since the Ukraine Recovery Conference in Rome last summer.\n", None),
    ("Prime Minister Helen Marlowe met the Prime Minister of Ukraine, Denys Horbach, in London today.\n", "London"),
])
def test_the_event_is_the_one_reported_now(text: str, location: str | None) -> None:
    assert _facts(text)[0] == location


@pytest.mark.parametrize(("text", "commitments"), [
    ("Ukraine's foreign minister thanked Romania for transferring a Patriot air defence system last year.\n",
     [(("romania",), ("ukraine",), "delivered", "Patriot air defence system")]),
    ("Switzerland committed CHF 90 million to Ukraine, the Netherlands \u20ac45 million and Japan "
     "$40 million.\n",
     [(("switzerland",), ("ukraine",), "pledged", "CHF 90 million"),
      (("netherlands",), ("ukraine",), "pledged", "\u20ac45 million"),
      (("japan",), ("ukraine",), "pledged", "$40 million")]),
    ("Ukraine is rebuilding, and Ukraine needs help. Italy and Ukraine signed a memorandum on restoring the centre "
     "of Odesa. Under the memorandum, Italy will pay "
     "for the restoration of the cathedral.\n",
     [(("italy",), ("ukraine",), "signed", "restoring the centre of Odesa")]),
    ("Romania's Supreme Council of National Defence approved the transfer of a Patriot system to Ukraine.\n",
     [(("romania",), ("ukraine",), "pledged", "transfer of a Patriot system")]),
])
def test_commitments_thanked_gapped_restated_and_of_a_state_body(text: str,
                                                                  commitments: list[tuple[object, ...]]) -> None:
    assert _facts(text)[2] == commitments


@pytest.mark.parametrize(("text", "meetings"), [
    ("Ukrainian President Oleh Marchenko phoned Italian Prime Minister Gina Rossi on Monday.\n",
     [["oleh-marchenko", "gina-rossi"]]),
    ("Following talks with Polish President Jan Kowal, Ukrainian President Oleh Marchenko said the border would stay "
     "open.\n", [["oleh-marchenko", "jan-kowal"]]),
    ("A phone call between Ukrainian President Oleh Marchenko and French President Luc Ferrand lasted an hour.\n",
     [["oleh-marchenko", "luc-ferrand"]]),
    ("Ukrainian Defence Minister Vitalii Romanchuk raised the request with his Norwegian counterpart, Eirik Solberg, "
     "during talks in Oslo.\n", [["vitalii-romanchuk", "eirik-solberg"]]),
    ("President of Ukraine Mykhailo Dorosh held a meeting with Prime Minister of the Kingdom of the Netherlands "
     "Pieter van Aalst.\n", [["mykhailo-dorosh", "pieter-van-aalst"]]),
    ("Ukrainian President Oleh Marchenko held separate calls with the prime ministers of Italy and Denmark.\n",
     [["oleh-marchenko", "italy"], ["oleh-marchenko", "denmark"]]),
    ("Canadian Foreign Minister Claire Dufresne met representatives of Ukrainian civil society.\n", []),
    ("Live: Marchenko meets Irish Taoiseach\n\nUkrainian President Oleh Marchenko has met the Irish Taoiseach, "
     "Ciaran Mulrooney, in Brussels.\n", [["oleh-marchenko", "ciaran-mulrooney"]]),
])
def test_meetings_by_any_verb_or_noun_of_meeting(text: str, meetings: list[list[str]]) -> None:
    assert _facts(text)[1] == meetings


@pytest.mark.parametrize(("text", "commitments"), [
    ("Canada added $15-million for demining farmland in Ukraine.\n",
     [(("canada",), ("ukraine",), "pledged", "$15-million")]),
    ("Spain has backed Ukraine since 2022. It has sent Ukraine 20 Leopard 2A4 tanks, M113 armored personnel carriers "
     "and a Hawk battery.\n",
     [(("spain",), ("ukraine",), "delivered", name) for name in ("Leopard 2A4 tanks", "M113 armored personnel carriers",
                                                                 "Hawk battery")]),
    # "it" after a phrase of time set off by a comma: the one the sentence before opened with
    ("Spain has backed Ukraine since 2022. In 2024 alone, it has allocated €46 million to Ukraine.\n",
     [(("spain",), ("ukraine",), "pledged", "€46 million")]),
    ("Ukraine asked Spain for a second Hawk battery and for more artillery shells.\n",
     [(("spain",), ("ukraine",), "asked", "second Hawk battery"), (("spain",), ("ukraine",), "asked", "artillery shells")]),
    ("Ukraine and Spain are close. Spain backs Ukraine. In May, the two countries signed a 10-year bilateral security "
     "agreement.\n", [(("spain",), ("ukraine",), "signed", "10-year bilateral security agreement")]),
    ("Poland gave little cash but offered 40 power transformers to Ukraine.\n",
     [(("poland",), ("ukraine",), "pledged", "power transformers")]),
    ("Denmark vowed to send 19 F-16 jets to Ukraine.\n", [(("denmark",), ("ukraine",), "pledged", "F-16 jets")]),
    ("Japan has so far provided $12 billion to Ukraine.\n", [(("japan",), ("ukraine",), "delivered", "$12 billion")]),
    ("Britain will not send troops to Ukraine.\n", []),
    ("If Congress approves, the United States would send 20 HIMARS to Ukraine.\n", []),
    ("France said it would consider sending Mirage jets to Ukraine.\n", []),
    ("Italy refused to send SAMP/T batteries to Ukraine.\n", []),
])
def test_commitments_by_any_verb_of_giving_and_never_negated_or_hypothetical(
        text: str, commitments: list[tuple[object, ...]]) -> None:
    assert _facts(text)[2] == commitments
