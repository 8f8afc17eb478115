import pytest

from tidings import Pipeline, Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline):
    """Code one sentence (given a title line, as an article) and return its events."""

    def _code(sentence: str):
        doc = pipeline.code_text(f"Headline\n\n{sentence}")
        assert doc.ok, doc.error
        return doc.events

    return _code
