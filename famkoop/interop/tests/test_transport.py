"""The API's transport: gzip when asked for, a rate limit per client address with a JSON 429."""

import gzip
import json

import pytest

pytestmark = pytest.mark.django_db


def test_api_responses_are_gzipped_when_the_client_accepts_it(client, offers):
    response = client.get("/api/hsds/services", {"per_page": 20}, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    body = json.loads(gzip.decompress(response.content))
    assert body["total_items"] >= 1
    plain = client.get("/api/hsds/services", {"per_page": 20})
    assert "Content-Encoding" not in plain


def test_pages_are_not_gzipped_by_the_api_middleware(client):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in response


def test_too_many_requests_get_a_json_429_and_other_clients_are_not_affected(client, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 3
    for _ in range(3):
        assert client.get("/api/hsds/taxonomies").status_code == 200
    response = client.get("/api/hsds/taxonomies")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "error" in response.json() and "error_de" in response.json()
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/hsds/taxonomies", REMOTE_ADDR="192.0.2.7").status_code == 200
    # Pages are not limited by the API's limit.
    assert client.get("/").status_code == 200


def test_the_etag_of_a_gzipped_response_still_gives_304(client, offers):
    first = client.get("/api/hsds/services", HTTP_ACCEPT_ENCODING="gzip")
    again = client.get(
        "/api/hsds/services", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert again.status_code == 304
