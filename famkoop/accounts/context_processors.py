from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from .policy import Action, may


def permissions(request: HttpRequest) -> dict:
    """What the navigation may offer the current user, asked only when a template looks."""
    user = getattr(request, "user", None)
    return {
        "permissions": SimpleLazyObject(
            lambda: {"professional_finder": may(user, Action.USE_PROFESSIONAL_FINDER)}
        )
    }
