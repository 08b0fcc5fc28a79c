"""The public results page through Django's test client: search, filters, paging, errors."""

import pytest
from django.urls import reverse

from famkoop.directory.models import Service
from famkoop.search.index import index_services
from famkoop.search.models import DemandSignal

pytestmark = pytest.mark.django_db

RESULTS = reverse("finder:results")


def get(client, **params):
    return client.get(RESULTS, params)


def titles(response) -> list[str]:
    return [card.text.title for card in response.context["cards"]]


def test_text_and_place_find_nearby_offers_with_distance(client, offers):
    response = get(client, q="Babymassage", place="50667", radius=10)
    assert response.status_code == 200
    assert titles(response) == [offers.babymassage.title]
    body = response.content.decode()
    distance = response.context["cards"][0].distance_km
    assert 0 < distance < 10
    assert f"<strong>{distance:.1f} km</strong>".replace(".", ",") in body
    assert "im Umkreis von 10 km um" in body


def test_empty_search_offers_topics_instead_of_everything(client, offers):
    response = get(client)
    assert response.status_code == 200
    assert "found" not in response.context
    assert "?topic=schwangerschaft-und-geburt" in response.content.decode()


def test_filter_counts_and_selection(client, offers):
    response = get(client, place="50667", radius=50)
    groups = {group.param: group for group in response.context["filter_groups"]}
    formats = {option.value: option.count for option in groups["format"].options}
    assert formats["course"] == 3  # Babymassage, Elternkurs (Bonn), Geburt (Düsseldorf)
    filtered = get(client, place="50667", radius=50, format="course", free=1)
    assert titles(filtered) == [offers.babymassage.title]
    body = filtered.content.decode()
    assert 'id="filter-format-course" name="format" value="course" checked' in body


def test_age_in_years_filters_by_the_childs_age(client, offers):
    response = get(client, place="50667", radius=50, age=3)
    found = set(titles(response))
    assert offers.elternkurs.title in found
    assert offers.babymassage.title not in found


def test_search_address_is_shareable_and_keeps_the_form_values(client, offers):
    response = get(client, q="Krabbelgruppe", place="Köln", radius=5, day="mo")
    body = response.content.decode()
    assert 'value="Krabbelgruppe"' in body
    assert 'value="Köln"' in body
    assert '<option value="5" selected>' in body
    assert titles(response) == [offers.krabbelgruppe.title]


def test_no_results_suggest_a_wider_radius_and_dropping_filters(client, offers):
    response = get(client, q="Babymassage", place="53111", radius=5, free=1)
    assert response.status_code == 200
    assert response.context["found"].total == 0
    texts = [suggestion.text for suggestion in response.context["suggestions"]]
    assert "Umkreis auf 10 km erweitern" in texts
    assert "Filter „kostenfrei“ entfernen" in texts
    body = response.content.decode()
    assert "Dazu haben wir leider kein Angebot gefunden." in body
    wider = next(s for s in response.context["suggestions"] if "Umkreis" in s.text)
    assert "radius=10" in wider.url and "q=Babymassage" in wider.url


def test_few_results_leave_an_anonymous_demand_signal(client, offers):
    get(client, q="Schwimmkurs", place="50667", radius=10)
    signal = DemandSignal.objects.get()
    assert signal.terms == "schwimmkurs"
    assert signal.postcode_area == "506"
    assert signal.result_count == 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"place": "99999"}, "Die Postleitzahl 99999 gibt es nicht."),
        ({"place": "Köln", "radius": "5000"}, "Der Umkreis muss zwischen 1 und 50 km liegen."),
        ({"q": "kurs", "page": "-1"}, "Die Seite muss zwischen 1 und 1000 liegen."),
        ({"q": "k" * 10_000}, "Der Suchtext ist zu lang: bitte höchstens 200 Zeichen."),
        ({"q": "kurs", "page": "zwei"}, "Die Seite muss eine Zahl sein."),
        ({"q": "kurs", "free": "vielleicht"}, "muss 1 oder 0 sein"),
        ({"q": "kurs", "day": "funday"}, "Den Filterwert „funday“ gibt es nicht."),
        ({"q": "kurs", "age": "drei"}, "Das Alter bitte in ganzen Jahren angeben."),
        ({"q": "kurs", "age": "40"}, "Das Alter des Kindes muss zwischen 0 und 27 Jahren liegen."),
        ({"lat": "50.9"}, "Bitte beide Koordinaten angeben."),
        ({"lat": "500", "lon": "7"}, "Die Koordinaten sind ungültig."),
        ({"q": "kurs", "sort": "random"}, "Diese Sortierung gibt es nicht."),
    ],
)
def test_bad_parameters_get_a_clear_message_and_change_nothing(client, offers, params, message):
    response = get(client, **params)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert 'role="alert"' in body
    assert DemandSignal.objects.count() == 0


def test_bad_place_marks_the_place_field(client, offers):
    body = get(client, place="Atlantis").content.decode()
    assert 'id="finder-place"' in body
    assert 'aria-invalid="true" aria-describedby="finder-error"' in body


def test_paging_is_stable_and_links_forward_and_back(client, offers):
    from famkoop.directory.tests.factories import ServiceAtLocationFactory
    from famkoop.search.index import index_services

    before = get(client, place="50667", radius=5).context["found"].total
    extra = [
        ServiceAtLocationFactory(location=offers.babymassage.locations.get()).service
        for _ in range(25)
    ]
    index_services(service.pk for service in extra)
    first = get(client, place="50667", radius=5)
    assert first.context["found"].total == before + 25 > 20
    assert len(first.context["cards"]) == 20
    assert first.context["next_url"] and not first.context["previous_url"]
    second = get(client, place="50667", radius=5, page=2)
    assert len(second.context["cards"]) == before + 25 - 20
    assert not set(titles(first)) & set(titles(second))
    assert "Seite 2 von 2" in second.content.decode()
    beyond = get(client, place="50667", radius=5, page=9)
    assert beyond.status_code == 200
    assert "Auf dieser Seite sind keine Angebote mehr." in beyond.content.decode()


def test_htmx_request_gets_only_the_results_region(client, offers):
    response = client.get(RESULTS, {"q": "Babymassage"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert 'hx-swap-oob="innerHTML:#finder-status"' in body
    assert "1 Angebot gefunden" in body
    assert "HX-Request" in response["Vary"]
    full = get(client, q="Babymassage").content.decode()
    assert "<html" in full and "hx-swap-oob" not in full


def test_paused_offers_are_not_found_and_confidential_sites_show_only_the_town(client, offers):
    response = get(client, place="50667", radius=25)
    found = titles(response)
    assert offers.paused.title not in found
    assert offers.frauenhaus.title in found
    body = response.content.decode()
    assert "Geheime Straße" not in body
    assert "Frauenhaus Köln" not in body
    points = response.context["map_points"]
    assert all(point["title"] != offers.frauenhaus.title for point in points)


def test_online_offers_can_be_left_out_of_a_place_search(client, offers):
    with_online = titles(get(client, place="50667", radius=5))
    without = titles(get(client, place="50667", radius=5, online=0))
    assert offers.online_cafe.title in with_online
    assert offers.online_cafe.title not in without


def test_public_finder_ignores_the_referral_filter(client, offers):
    response = get(client, place="50667", radius=50, referrals=1)
    assert offers.babymassage.title in titles(response)
    assert "nimmt Vermittlungen an" not in response.content.decode()


@pytest.mark.parametrize("language", ["de", "en", "tr", "ar", "uk", "ru"])
def test_public_finder_sets_no_cookies(client, offers, language):
    prefix = "" if language == "de" else f"/{language}"
    offer_url = reverse("finder:offer", args=[offers.babymassage.uuid])
    provider_url = reverse("finder:provider", args=[offers.babymassage.organization.slug])
    for url in ("/", RESULTS + "?q=Babymassage&place=50667", offer_url, provider_url):
        response = client.get(prefix + url)
        assert response.status_code == 200, url
        assert not response.cookies, (url, response.cookies)
    assert not client.cookies


def test_results_page_queries_do_not_grow_with_the_hits(
    client, offers, django_assert_max_num_queries
):
    with django_assert_max_num_queries(14):
        get(client, place="50667", radius=50)


def test_cards_link_to_their_offer_and_name_its_languages(client, offers):
    response = get(client, q="Elternkurs")
    body = response.content.decode()
    offer_url = reverse("finder:offer", args=[offers.elternkurs.uuid])
    assert f'<a class="kern-link" href="{offer_url}"' in body
    assert "<li>Deutsch, Türkçe</li>" in body


def test_an_offer_paused_since_the_last_search_leaves_the_results_of_a_topic(client, offers):
    """The search keeps a snapshot of the index in each process; a change reaches it."""
    assert offers.krabbelgruppe.title in titles(get(client, topic="krabbelgruppen"))
    offers.krabbelgruppe.status = Service.Status.TEMPORARILY_CLOSED
    offers.krabbelgruppe.save()
    index_services([offers.krabbelgruppe.pk])
    assert offers.krabbelgruppe.title not in titles(get(client, topic="krabbelgruppen"))
