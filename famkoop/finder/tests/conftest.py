# The finder searches the same small directory around Köln as the search engine's tests.
from famkoop.search.tests.conftest import offers, sites  # noqa: F401
