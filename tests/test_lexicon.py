"""The event lexicon: its breadth, one news sentence per CAMEO code it has an entry for, and
the non-political senses in which its words code nothing (data/lexicon/, docs/data.md)."""

from pathlib import Path

import pytest

from tidings import lexicon
from tidings.codebook import load as load_codebook

TABLE = Path(__file__).parent / "data" / "lexicon_sentences.tsv"

# Sentences whose trigger word is used in a sense that is no political event.
NOT_EVENTS = {
    "disaster": ["China Mine Blast Kills 56",
                 "A coal mine blast killed 56 miners in northern China.",
                 "A storm killed 12 people in Bangladesh on Sunday.",
                 "An earthquake destroyed hundreds of homes in Nepal.",
                 "Floods submerged two-thirds of Bangladesh, destroying crops and killing more than 700 people."],
    "market": ["Shares fell sharply in Tokyo on Monday.",
               "Stocks rallied in New York after the jobs report.",
               "The dollar weakened against the euro."],
    "sport": ["Spain beat France in the final.",
              "Spain beat France.",
              "Brazil crushed Argentina in the World Cup qualifier.",
              "Germany was defeated by Italy in the semi-final.",
              "Top-seeded Ivan Ljubicic of Croatia beat Victor Hanescu of Romania 6-4, 6-4 on Tuesday."],
    "poll": ["A majority of Australians oppose the Iraq war, a survey found."],
    "crime": ["A drunk driver killed three people in Texas."],
    "reporting": ["An Israeli driver who witnessed the explosion told Army Radio the bus was completely charred.",
                  "On Tuesday night, the State Department told reporters there had been no protest."],
    "asking-what": ["President Barack Obama asked if the code could damage computers outside the plant."],
    "modifier": ["Pakistani riot policemen hold back lawyers shouting anti-U.S. slogans as they attempt to reach "
                 "the U.S. Embassy in Islamabad on Wednesday."],
    "verbal-attack": ["Governor Romney would choose to launch a political attack.",
                      "Republicans have been attacking U.N. Ambassador Susan Rice since her appearance on Sunday."],
    "figurative-seize": ["Obama said the United States must seize this moment."],
    "figurative-withdraw": ["Susan Rice, the U.S. ambassador to the United Nations, withdrew her name from "
                            "consideration for secretary of state."],
    "seize-power": ["Hamas seized power in Gaza in 2007."],
    "engage-in": ["The Pentagon said the two officers had engaged in misconduct."],
    "things-hit": ["A demonstrator kicks a tear gas shell in Karachi, Pakistan, on Friday."],
    "ceremony": ["President Obama and Secretary of State Hillary Clinton bow during the transfer-of-remains "
                 "ceremony at Andrews Air Force Base."],
}


def rows() -> list[tuple[str, str]]:
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("code\t"):
            continue
        code, sentence = line.split("\t")
        out.append((code, sentence))
    return out


@pytest.fixture(scope="session")
def coded(pipeline):
    """Every sentence of this file coded once, in one batch: text -> its events."""
    texts = [s for _, s in rows()] + [s for group in NOT_EVENTS.values() for s in group] + SENSES
    docs = pipeline.code_texts((str(i), f"Headline\n\n{t}") for i, t in enumerate(texts))
    return {t: d.events for t, d in zip(texts, docs)}


def test_the_lexicon_has_the_breadth_of_news():
    lex = lexicon.load()
    verbs = {lemma if particle is None else f"{lemma} {particle}" for e in lex.entries for lemma, particle in e.verbs}
    nouns = {" ".join(words) for e in lex.entries for words in e.nouns}
    assert len(verbs) >= 1500
    assert len(nouns) >= 500


def test_every_code_with_an_entry_has_a_news_sentence():
    codes = {e.cameo for e in lexicon.load().entries}
    assert codes == {code for code, _ in rows()}


@pytest.mark.parametrize("code,sentence", rows(), ids=[f"{c}-{s[:30]}" for c, s in rows()])
def test_a_news_sentence_codes_to_its_cameo_code(coded, code, sentence):
    assert code in [e.cameo.code for e in coded[sentence]], coded[sentence]


@pytest.mark.parametrize("sense,sentence", [(k, s) for k, group in NOT_EVENTS.items() for s in group])
def test_a_word_in_a_non_political_sense_codes_nothing(coded, sense, sentence):
    assert coded[sentence] == [], (sense, [(e.cameo.code, e.pattern) for e in coded[sentence]])


def test_engaging_in_talks_is_the_talks_not_fighting(pipeline):
    doc = pipeline.code_text("Israel and the United States engaged in indirect negotiations with Hamas.")
    # negotiating is mutual (docs/data.md): Hamas negotiates with each of them too
    assert {(e.cameo.root, e.source.country) for e in doc.events} == {("04", "ISR"), ("04", "USA"), ("04", "PSE")}


def test_a_scathing_attack_is_no_assault_but_still_an_accusation(pipeline):
    doc = pipeline.code_text("Britain's opposition leader launched a scathing attack on the French government.")
    assert [e.cameo.root for e in doc.events] == ["11"]


SENSES = [
    "Iraqi insurgents continued to strike against coalition targets.",
    "Nigerian workers struck against the government.",
    "French workers protested against the government.",
    "Russia protested to Britain over the expulsions.",
    "Kenyan opposition supporters staged rallies against the government.",
    "Russian protesters rallied in Moscow.",
    "A Taliban land mine blast killed three Afghan soldiers.",
]


def codes_of(coded, sentence):
    return {e.cameo.code for e in coded[sentence]}


def test_a_strike_by_insurgents_is_an_attack_and_by_workers_a_protest(coded):
    assert {c[:2] for c in codes_of(coded, SENSES[0])} == {"19"}
    assert codes_of(coded, SENSES[1]) == {"143"}


def test_people_protest_where_a_government_complains(coded):
    assert codes_of(coded, SENSES[2]) == {"141"}
    assert codes_of(coded, SENSES[3]) == {"114"}


def test_staged_rallies_are_demonstrations(coded):
    assert "141" in codes_of(coded, SENSES[4])
    assert "141" in codes_of(coded, SENSES[5])


def test_a_land_mine_blast_is_no_mining_disaster(coded):
    assert codes_of(coded, SENSES[6]) & {"1833", "1823"}


def test_word_classes_expand_in_any_word_list():
    raw = [{"id": "free-hostages", "verbs": ["free"], "object": ["@prisoners"], "cameo": "0841"}]
    lex = lexicon.build(raw, load_codebook(), {"classes": {"prisoners": ["hostage", "detainee"]}})
    assert lex.entries[0].object == {"hostage", "detainee"}


def test_a_class_both_class_files_name_takes_both_lists():
    raw = [{"id": "free-hostages", "verbs": ["free"], "object": ["@prisoners"], "cameo": "0841"}]
    lex = lexicon.build(raw, load_codebook(), {"classes": {"prisoners": ["hostage"]}}, {"prisoners": ["sergeant"]})
    assert lex.entries[0].object == {"hostage", "sergeant"}


def test_an_unknown_key_or_class_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown key"):
        lexicon.build([{"id": "x", "verbs": ["free"], "objects": ["hostage"], "cameo": "0841"}], load_codebook())
    with pytest.raises(ValueError, match="unknown word class"):
        lexicon.build([{"id": "x", "verbs": ["free"], "object": ["@captives"], "cameo": "0841"}], load_codebook(),
                      {"classes": {}})


def test_senses_are_data():
    names = {s.name for s in lexicon.load().senses}
    assert {"disaster", "market", "sport", "crime"} <= names
