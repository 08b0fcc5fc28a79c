# Admin tests change the same small directory around Köln as the search tests search in.
from famkoop.search.tests.conftest import offers, sites  # noqa: F401
