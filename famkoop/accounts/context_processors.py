from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from .policy import Action, is_fully_signed_in, may


def permissions(request: HttpRequest) -> dict:
    """What the navigation may offer the current user, asked only when a template looks."""

    def answers() -> dict[str, bool]:
        signed_in = is_fully_signed_in(request)
        user = request.user
        return {
            "professional_finder": signed_in and may(user, Action.USE_PROFESSIONAL_FINDER),
            "backoffice": signed_in and may(user, Action.USE_BACKOFFICE),
            "admin_site": signed_in and may(user, Action.USE_ADMIN_SITE),
        }

    if not hasattr(request, "user"):
        return {"permissions": {}}
    return {"permissions": SimpleLazyObject(answers)}
