"""What the public API gets beyond its views: gzip and a rate limit per client address.

Both apply only under `/api/`. Pages are not compressed here: compressing HTML that carries a
CSRF token invites BREACH; whitenoise compresses the static files already.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.gzip import GZipMiddleware

from famkoop.security import client_ip

API_PREFIX = "/api/"


class ApiGZipMiddleware(GZipMiddleware):
    """gzip for API responses, when the client accepts it."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return response
        return super().process_response(request, response)


class ApiRateLimitMiddleware:
    """At most `API_RATE_LIMIT_PER_MINUTE` API requests per client address and minute; more
    get 429 with Retry-After and a JSON error. Counted in Django's cache (configure a shared
    cache such as Redis when several processes serve the API, or the limit is per process)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.API_RATE_LIMIT_PER_MINUTE
        if limit and request.path.startswith(API_PREFIX):
            now = time.time()
            minute = int(now // 60)
            key = f"famkoop-api-rate:{client_ip(request)}:{minute}"
            cache.add(key, 0, timeout=120)
            try:
                count = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, timeout=120)
                count = 1
            if count > limit:
                response = JsonResponse(
                    {
                        "error": "Too many requests. Please wait a minute and try again.",
                        "error_de": "Zu viele Anfragen. Bitte warten Sie eine Minute.",
                    },
                    status=429,
                )
                response["Retry-After"] = str(60 - int(now % 60))
                response["Access-Control-Allow-Origin"] = "*"
                return response
        return self.get_response(request)
