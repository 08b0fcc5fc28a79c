"""Offer, calendar, provider and site pages."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from famkoop.directory.models import Service, ServiceTranslation
from famkoop.directory.tests.factories import (
    DatedSessionFactory,
    ScheduleExceptionFactory,
)

pytestmark = pytest.mark.django_db


def offer_url(service) -> str:
    return reverse("finder:offer", args=[service.uuid])


def json_ld(body: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    return json.loads(match.group(1))


def test_offer_page_shows_what_a_parent_needs(client, offers):
    response = client.get(offer_url(offers.elternkurs))
    assert response.status_code == 200
    body = response.content.decode()
    for text in (
        "Elternkurs: Gelassen durch die Trotzphase",
        "Kurs",
        "2 bis 4 Jahre",
        "40,00 €",
        "Türkçe",
        "Kinderbetreuung",
        "Haus der Familie Bonn",
        "53111 Bonn",
        "stufenloser Zugang",
        "Die nächsten Termine",
        "Mittwoch",
        "19:00–21:00 Uhr",
        "Mittwochs, 19:00–21:00 Uhr",
        "Zuletzt vom Träger bestätigt am",
        "Familienbildungswerk Rheinland",
    ):
        assert text in body, text
    assert len(response.context["detail"].next_dates) == 5


def test_offer_page_lists_cancellations(client, offers):
    schedule = offers.babymassage.schedules.get()
    next_tuesday = response_date = timezone.localdate() + datetime.timedelta(days=7)
    while next_tuesday.weekday() != 1:
        next_tuesday += datetime.timedelta(days=1)
    ScheduleExceptionFactory(schedule=schedule, date=next_tuesday, reason="Krankheit")
    response = client.get(offer_url(offers.babymassage))
    detail = response.context["detail"]
    assert [c.day for c in detail.cancellations] == [next_tuesday]
    assert next_tuesday not in [o.starts_at.date() for o in detail.next_dates]
    assert "fällt aus (Krankheit)" in response.content.decode()
    assert response_date


def test_cancelled_session_is_listed_as_cancelled(client, offers):
    starts = timezone.now() + datetime.timedelta(days=10)
    DatedSessionFactory(
        service=offers.geburt, starts_at=starts, cancelled=True, note="Raum nicht frei"
    )
    body = client.get(offer_url(offers.geburt)).content.decode()
    assert "Ausfälle" in body
    assert "Raum nicht frei" in body


def test_offer_page_carries_schema_org_data(client, offers):
    body = client.get(offer_url(offers.elternkurs)).content.decode()
    data = json_ld(body)
    service, *events = data["@graph"]
    assert data["@context"] == "https://schema.org"
    assert service["@type"] == "Service"
    assert service["name"] == offers.elternkurs.title
    assert service["provider"]["name"] == "Familienbildungswerk Rheinland"
    assert service["offers"] == {"@type": "Offer", "price": "40.00", "priceCurrency": "EUR"}
    assert service["audience"] == {
        "@type": "PeopleAudience",
        "suggestedMinAge": 2,
        "suggestedMaxAge": 4,
    }
    address = service["availableChannel"][0]["serviceLocation"]["address"]
    assert address["postalCode"] == "53111"
    assert len(events) == 5 and events[0]["@type"] == "Event"
    assert events[0]["startDate"].endswith("+01:00") or events[0]["startDate"].endswith("+02:00")


def test_confidential_site_address_stays_off_the_offer_page(client, offers):
    response = client.get(offer_url(offers.frauenhaus))
    body = response.content.decode()
    assert "Geheime Straße" not in body
    assert "50999" not in body
    assert "Die genaue Adresse erfahren Sie bei der Anmeldung." in body
    place = json_ld(body)["@graph"][0]["availableChannel"][0]["serviceLocation"]
    assert place["name"] == "Köln" and "geo" not in place
    assert "streetAddress" not in place["address"]
    site = offers.frauenhaus.locations.get()
    assert client.get(reverse("finder:site", args=[site.uuid])).status_code == 404


def test_paused_offer_opens_with_a_notice_and_ended_offers_are_gone(client, offers):
    body = client.get(offer_url(offers.paused)).content.decode()
    assert "Dieses Angebot findet zurzeit nicht statt." in body
    Service.objects.filter(pk=offers.paused.pk).update(status=Service.Status.DEFUNCT)
    assert client.get(offer_url(offers.paused)).status_code == 404
    Service.objects.filter(pk=offers.paused.pk).update(status=Service.Status.INACTIVE)
    assert client.get(offer_url(offers.paused)).status_code == 404


def test_unknown_offer_is_a_german_404_page(client, offers):
    response = client.get("/angebote/00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404
    assert "nicht gefunden" in response.content.decode()


def test_calendar_download_holds_the_next_dates(client, offers):
    response = client.get(reverse("finder:offer_calendar", args=[offers.babymassage.uuid]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 20
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "LOCATION:Familienzentrum Am Park" not in text
    assert "LOCATION:Familienzentrum Ehrenfeld\\, Parkstraße 1\\, 50823\\, Köln" in text
    unfolded = text.replace("\r\n ", "")
    assert re.search(r"DTSTART:\d{8}T\d{6}Z", unfolded)


def test_translated_title_is_shown_in_the_visitors_language(client, offers):
    ServiceTranslation.objects.create(
        service=offers.babymassage,
        language="en",
        title="Baby massage for parents",
        summary="Gentle touch your baby enjoys.",
    )
    path, results_path = offer_url(offers.babymassage), reverse("finder:results")
    english = client.get("/en" + path).content.decode()
    assert '<h1 class="kern-heading-large" lang="en">Baby massage for parents</h1>' in english
    german = client.get(path).content.decode()
    assert "Babymassage für Eltern mit Säuglingen</h1>" in german
    turkish = client.get("/tr" + path).content.decode()
    assert "Babymassage für Eltern mit Säuglingen</h1>" in turkish
    results = client.get("/en" + results_path, {"q": "Babymassage"})
    assert 'lang="en">Baby massage for parents</a>' in results.content.decode()


def test_provider_page_lists_its_offers_and_sites(client, offers):
    organization = offers.babymassage.organization
    response = client.get(reverse("finder:provider", args=[organization.slug]))
    assert response.status_code == 200
    body = response.content.decode()
    assert offers.babymassage.title in body
    assert offers.paused.title in body  # paused offers stay visible, with their page's notice
    assert "Familienzentrum Ehrenfeld" in body
    assert "Geheime Straße" not in body
    assert client.get(reverse("finder:provider", args=["gibt-es-nicht"])).status_code == 404


def test_site_page_lists_the_offers_there(client, offers):
    site = offers.babymassage.locations.get()
    response = client.get(reverse("finder:site", args=[site.uuid]))
    body = response.content.decode()
    assert response.status_code == 200
    assert offers.babymassage.title in body and offers.krabbelgruppe.title in body
    assert offers.elternkurs.title not in body


def test_translation_without_summary_shows_the_german_summary_marked_german(client, offers):
    ServiceTranslation.objects.create(
        service=offers.babymassage, language="tr", title="Bebek masajı", summary=""
    )
    path = offer_url(offers.babymassage)
    body = client.get("/tr" + path).content.decode()
    assert 'lang="tr">Bebek masajı</h1>' in body
    summary = offers.babymassage.summary
    assert f'lang="de" dir="ltr">{summary}</p>' in body
