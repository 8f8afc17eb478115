"""A doer that strikes from afar ('Warplanes', 'Jets', 'Drones', 'Artillery') is not of the
place it strikes, where its victims are: it is of the country the story names beside that
place, else of no country told (data/actors/remote_forces.tsv)."""

from tidings import ingest


def events(pipeline, text):
    doc = pipeline.code_batch([ingest.from_text("t", text)])[0]
    assert doc.ok, doc.error
    return [((e.source.country if e.source else None), (e.target.country if e.target else None), e.cameo.code[:2])
            for e in doc.events]


def test_jets_in_a_headline_are_of_the_side_the_story_names(pipeline):
    # AG World, 2004: 'Jets hit rebel city in payback for hotel raid / BAGHDAD: US fighter jets bombed
    # the rebel-held city of Fallujah yesterday, killing at least 10 people'
    found = events(pipeline, "Jets hit rebel city in payback for hotel raid\n\nBAGHDAD: US fighter jets bombed the "
                             "rebel-held city of Fallujah yesterday, killing at least 10 people, hours after rockets "
                             "slammed into a Baghdad hotel used by foreign journalists and contractors.")
    assert ("USA", "IRQ", "19") in found
    assert ("IRQ", "IRQ", "19") not in found


def test_warplanes_are_not_of_the_city_they_bomb(pipeline):
    # 'Warplanes bomb sites in Gaza City' after the story names the Israeli side
    found = events(pipeline, "Warplanes bomb sites in Gaza City\n\nIsraeli troops raided a refugee camp overnight. "
                             "Warplanes bombed sites in Gaza City on Sunday, witnesses said.")
    assert ("PSE", "PSE", "19") not in found
    assert ("ISR", "PSE", "19") in found
