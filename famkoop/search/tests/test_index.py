"""Search documents: what the index holds for an offer, and how it stays current."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from famkoop.directory.models import Service
from famkoop.directory.schedules import next_dates
from famkoop.directory.tests.factories import (
    ScheduleExceptionFactory,
    ScheduleFactory,
    ServiceFactory,
)
from famkoop.geo.lookup import haversine_km
from famkoop.geo.models import Municipality
from famkoop.search import tokens
from famkoop.search.analysis import analyze_document
from famkoop.search.engine import SearchParams, search
from famkoop.search.index import (
    index_services,
    index_services_on_commit,
    refresh_past_dates,
    remove_services,
    services_at_locations,
    services_of_organizations,
)
from famkoop.search.models import SearchDocument, SearchTerm
from famkoop.search.rebuild import rebuild_index
from famkoop.search.vocabulary import current_vocabulary

pytestmark = pytest.mark.django_db


def document(service: Service) -> SearchDocument:
    return SearchDocument.objects.get(service=service)


def term(word: str) -> str:
    """The index term of a word, as the analysis makes it."""
    return analyze_document(word)[0]


def found(**params) -> list[int]:
    return [hit.service_id for hit in search(SearchParams(**params)).hits]


def test_every_offer_has_a_document_after_indexing_also_inactive_ones(offers):
    services = vars(offers).values()
    assert SearchDocument.objects.count() == len(services)
    assert document(offers.paused).status == Service.Status.TEMPORARILY_CLOSED
    assert "s_temporarily-closed" in document(offers.paused).tags.split()


def test_document_holds_analysed_terms_of_title_and_text(offers):
    doc = document(offers.babymassage)
    assert term("Babymassage") in doc.title_terms.split()
    # The text has the summary, the provider, the topic and the site's name and town.
    body = doc.body_terms.split()
    assert {term("Berührungen"), term("Rheinland"), term("Ehrenfeld"), term("Köln")} <= set(body)


def test_document_holds_a_token_for_every_filter_value(offers):
    tags = set(document(offers.elternkurs).tags.split())
    assert {
        "s_active",
        "f_fmt_course",
        "f_topic_elternkurse",
        "f_topic_autonomiephase",
        # the areas above the topics count too
        "f_topic_erziehung-und-elternkompetenz",
        "f_age_1-3",
        "f_age_3-6",
        "f_lang_de",
        "f_lang_tr",
        "f_day_we",
        "f_tod_evening",
        "f_childcare",
        "f_barrierfree",
    } <= tags
    assert "f_free" not in tags
    assert "f_age_0-1" not in tags
    assert tokens.cell_token(50.7374, 7.0982) in tags


def test_offer_without_language_is_held_in_german(offers):
    assert "f_lang_de" in document(offers.krabbelgruppe).tags.split()


def test_offer_without_age_range_is_in_every_age_band(offers):
    tags = document(offers.geburt).tags.split()
    assert all(f"f_age_{band}" in tags for band in tokens.AGE_BANDS)


def test_capacity_counts_as_free_places_and_referrals_are_tagged(offers):
    tags = document(offers.geburt).tags.split()
    assert "f_places" in tags
    assert "f_referrals" in tags
    assert "f_places" not in document(offers.babymassage).tags.split()


def test_online_offer_without_site_on_the_map_gets_the_online_tag(offers):
    doc = document(offers.online_cafe)
    assert doc.latitude is None
    assert tokens.ONLINE_TAG in doc.tags.split()


def test_confidential_site_is_placed_at_the_town_centre_not_at_its_address(offers, sites):
    doc = document(offers.frauenhaus)
    koeln = Municipality.objects.get(key="05315000")
    assert (doc.latitude, doc.longitude) == (koeln.latitude, koeln.longitude)
    assert haversine_km(doc.latitude, doc.longitude, 50.8750, 7.0100) > 3
    assert doc.location_id == sites.shelter.pk
    # Neither the street nor the site's name reach the index.
    assert "geheim" not in doc.body_terms
    assert "frauenhaus" not in doc.body_terms.split()


def test_offer_at_two_sites_keeps_both_points(offers, sites):
    from famkoop.directory.tests.factories import ServiceAtLocationFactory

    ServiceAtLocationFactory(service=offers.vaeter, location=sites.bonn)
    index_services([offers.vaeter.pk])

    doc = document(offers.vaeter)
    assert doc.location_id == sites.leverkusen.pk
    assert doc.other_points.endswith(f",{sites.bonn.pk}")
    assert tokens.cell_token(50.7374, 7.0982) in doc.tags.split()


def test_weekday_and_time_of_day_come_from_schedules_and_upcoming_sessions(offers):
    assert {"f_day_mo", "f_tod_morning"} <= set(document(offers.krabbelgruppe).tags.split())
    geburt_tags = set(document(offers.geburt).tags.split())
    session = offers.geburt.sessions.get()
    weekday = tokens.WEEKDAYS[session.starts_at.astimezone(tokens_berlin()).weekday()]
    assert f"f_day_{weekday}" in geburt_tags


def tokens_berlin():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    "schedule",
    [
        dict(byday="TU"),
        dict(byday="MO,TH", count=6),
        dict(byday="FR", interval=2),
        dict(freq="MONTHLY", byday="2MO"),
        dict(freq="MONTHLY", byday="-1FR"),
        dict(freq="DAILY", byday=""),
        dict(freq="WEEKLY", byday=""),
        dict(byday="WE", until=datetime.date.today() + datetime.timedelta(days=20)),
        dict(byday="SA", valid_to=datetime.date.today() - datetime.timedelta(days=1)),
        dict(byday="SU", count=3, valid_from=datetime.date.today() - datetime.timedelta(days=30)),
    ],
)
def test_next_date_is_the_one_the_schedule_module_computes(schedule):
    values = {"valid_from": datetime.date.today() - datetime.timedelta(days=10), **schedule}
    rule = ScheduleFactory(**values)
    today = datetime.date.today()
    for days in (0, 7, 14):
        ScheduleExceptionFactory(schedule=rule, date=today + datetime.timedelta(days=days))

    index_services([rule.service_id])

    expected = next_dates(rule.service, limit=1)
    stored = document(rule.service).next_date
    assert stored == (expected[0].starts_at.date() if expected else None)


def test_vocabulary_counts_documents_per_term(offers):
    vocabulary = current_vocabulary()
    assert term("Babymassage") in vocabulary
    assert SearchTerm.objects.get(term=term("Krabbelgruppe")).document_count == 1

    ServiceFactory.create_batch(2, title="Krabbelgruppe am Nachmittag")
    index_services(
        Service.objects.filter(title__startswith="Krabbelgruppe am").values_list("pk", flat=True)
    )

    assert SearchTerm.objects.get(term=term("Krabbelgruppe")).document_count == 3


def test_vocabulary_of_the_web_worker_learns_new_terms(offers):
    assert term("Zirkusprojekt") not in current_vocabulary()

    service = ServiceFactory(title="Zirkusprojekt für Familien")
    index_services([service.pk])

    assert term("Zirkusprojekt") in current_vocabulary()


def test_index_follows_a_changed_offer(offers):
    circus = ServiceFactory(title="Zirkusprojekt für Familien", summary="")
    index_services([circus.pk])
    assert found(text="Zirkusprojekt") == [circus.pk]

    circus.title = "Theaterprojekt für Familien"
    circus.save()
    index_services([circus.pk])

    assert found(text="Zirkusprojekt") == []
    assert found(text="Theaterprojekt") == [circus.pk]
    assert SearchTerm.objects.get(term=term("Zirkusprojekt")).document_count == 0
    assert term("Zirkusprojekt") not in current_vocabulary()


def test_deactivated_offer_disappears_from_the_search(offers):
    assert offers.babymassage.pk in found(text="Babymassage")

    offers.babymassage.status = Service.Status.INACTIVE
    offers.babymassage.save()
    index_services([offers.babymassage.pk])

    assert found(text="Babymassage") == []


def test_removed_offer_loses_its_document_and_its_terms(offers):
    remove_services([offers.babymassage.pk])

    assert not SearchDocument.objects.filter(service=offers.babymassage).exists()
    assert SearchTerm.objects.get(term=term("Babymassage")).document_count == 0


def test_deleting_an_offer_deletes_its_document_and_full_text_entry(offers):
    offers.babymassage.delete()

    assert found(text="Babymassage") == []
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s", [term("Babymassage")]
            )
            assert cursor.fetchone()[0] == 0


def test_index_changes_roll_back_with_the_offer(offers):
    with pytest.raises(RuntimeError), transaction.atomic():
        offers.krabbelgruppe.title = "Spielgruppe Regenbogen"
        offers.krabbelgruppe.save()
        index_services([offers.krabbelgruppe.pk])
        raise RuntimeError("the action failed after indexing")

    assert offers.krabbelgruppe.pk in found(text="Krabbelgruppe")


def test_on_commit_indexing_waits_for_the_commit(offers, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        offers.krabbelgruppe.title = "Spielgruppe Regenbogen"
        offers.krabbelgruppe.save()
        index_services_on_commit([offers.krabbelgruppe.pk])
        assert offers.krabbelgruppe.pk in found(text="Krabbelgruppe")

    assert len(callbacks) == 1
    assert offers.krabbelgruppe.pk in found(text="Spielgruppe")


def test_offers_to_reindex_after_a_site_or_provider_changed(offers, sites):
    assert services_at_locations([sites.ehrenfeld.pk]) == sorted(
        [offers.babymassage.pk, offers.krabbelgruppe.pk, offers.paused.pk]
    )
    assert offers.tuerkisch.pk in services_of_organizations([sites.berlin.organization_id])


def test_refresh_past_dates_reindexes_offers_whose_next_date_has_passed(offers):
    SearchDocument.objects.filter(service=offers.krabbelgruppe).update(
        next_date=datetime.date(2020, 1, 6)
    )

    assert refresh_past_dates() == 1
    assert document(offers.krabbelgruppe).next_date >= datetime.date.today()


def test_rebuild_recreates_every_document_and_the_vocabulary(offers):
    SearchDocument.objects.filter(service=offers.vaeter).delete()
    SearchTerm.objects.all().delete()

    result = rebuild_index(batch_size=3)

    assert result.documents == len(vars(offers))
    assert result.workers == 1  # inside the test's transaction: no worker processes
    assert SearchDocument.objects.count() == len(vars(offers))
    assert SearchTerm.objects.get(term=term("Babymassage")).document_count == 1
    assert found(text="Väterfrühstück") == [offers.vaeter.pk]
    assert offers.babymassage.pk in found(text="Babymassage")


def test_rebuild_command_reports_progress_and_time(offers):
    out = io.StringIO()
    call_command("rebuild_search_index", "--batch-size=2", "-v2", stdout=out)

    output = out.getvalue()
    assert f"{len(vars(offers))} / {len(vars(offers))} Angebote indiziert" in output
    assert "Suchindex neu aufgebaut in" in output
    assert found(text="Krabbelgruppe") == [offers.krabbelgruppe.pk]
