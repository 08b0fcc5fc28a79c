"""The in-process vocabulary: one-edit neighbours, weights, reload when the index changes."""

import pytest

from famkoop.directory.tests.factories import ServiceFactory
from famkoop.search import vocabulary as vocabulary_module
from famkoop.search.index import index_services
from famkoop.search.vocabulary import IndexVocabulary, current_vocabulary


def test_similar_finds_terms_one_edit_away():
    vocabulary = IndexVocabulary(
        {"babymassag": 3, "krabbelgrupp": 5, "kurs": 40, "kur": 1, "spielgrupp": 2}
    )

    assert vocabulary.similar("babymasag") == ["babymassag"]  # a letter missing
    assert vocabulary.similar("babymasssag") == ["babymassag"]  # a letter too many
    assert vocabulary.similar("krabbelgrub") == []  # two letters away ("grupp" ends in pp)
    assert vocabulary.similar("krabbelgrupo") == ["krabbelgrupp"]  # a wrong letter
    assert vocabulary.similar("krabbelgrpup") == ["krabbelgrupp"]  # two letters swapped
    assert vocabulary.similar("kurs") == ["kur"]  # never the term itself
    assert vocabulary.similar("zirkus") == []


def test_rare_terms_weigh_more_than_common_ones():
    vocabulary = IndexVocabulary({"kurs": 900, "babymassag": 3}, documents=1000)
    assert vocabulary.idf("babymassag") > vocabulary.idf("kurs") > 0
    assert vocabulary.idf("unbekannt") > vocabulary.idf("babymassag")


@pytest.mark.django_db
def test_web_worker_reloads_the_vocabulary_only_when_it_changed(django_assert_num_queries):
    service = ServiceFactory(title="Kinderyoga im Park")
    index_services([service.pk])
    first = current_vocabulary()

    with django_assert_num_queries(1):
        assert current_vocabulary() is first

    other = ServiceFactory(title="Zirkusschule für Familien")
    index_services([other.pk])
    with django_assert_num_queries(3):  # version, terms, number of documents
        second = current_vocabulary()
    assert second is not first
    assert len(second) > len(first)


@pytest.mark.django_db
def test_an_unchanged_vocabulary_keeps_its_version():
    service = ServiceFactory(title="Kinderyoga im Park")
    index_services([service.pk])
    version = current_vocabulary().version

    index_services([service.pk])  # the same terms again

    assert vocabulary_module.vocabulary_version() == version
