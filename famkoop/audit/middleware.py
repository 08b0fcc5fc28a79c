"""Web requests act as their logged-in user; requests to the Django admin with source "admin"."""

from collections.abc import Callable
from functools import lru_cache

from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse

from .context import acting
from .models import Source


@lru_cache(maxsize=1)
def _admin_prefix() -> str | None:
    try:
        return reverse("admin:index")
    except NoReverseMatch:
        return None


def source_of(request: HttpRequest) -> str:
    prefix = _admin_prefix()
    if prefix and request.path_info.startswith(prefix):
        return Source.ADMIN
    return Source.WEB


class AuditContextMiddleware:
    """Place after AuthenticationMiddleware: `request.user` is handed on unevaluated and only
    looked at when the request changes something, so public pages pay nothing for it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with acting(user=getattr(request, "user", None), source=source_of(request)):
            return self.get_response(request)
