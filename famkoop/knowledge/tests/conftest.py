import pytest

from famkoop.knowledge.seed.load import load_knowledge


@pytest.fixture
def seeded(db):
    """The knowledge seed: 25 questions, glossary, demo examples and news, all published."""
    return load_knowledge()
