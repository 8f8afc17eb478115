from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"


def wire_report(pipeline):
    """A second source of the seeds' US expulsion of 60 Russian diplomats (the BBC's of 2 April 2018
    tells it 'last week'), published the day after it: the two are one event with two sources."""
    from tidings.records import TimeValue

    return pipeline.code_text("US expels Russian diplomats\n\nThe United States expelled 60 Russian diplomats on "
                              "Monday over the poisoning of a former spy in Britain.", doc_id="wire-1",
                              published=TimeValue("2018-03-27", "day", source="metadata"))
