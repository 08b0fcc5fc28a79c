"""Who may do what: the one place where permissions are decided.

Views never test roles themselves; they call `may(user, action)` or wrap themselves in
`@require(action)`. An action not in `RULES` is refused for everyone, so a forgotten rule
fails closed. Issue-specific capabilities add their actions here.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from famkoop.directory.models import Organization

from .models import Membership, Role


class Action(StrEnum):
    USE_PROFESSIONAL_FINDER = "finder.professional"


# Roles of youth office staff who look for offers to refer families to.
YOUTH_OFFICE_FINDER_ROLES = (
    Role.ORGANIZATION_ADMIN,
    Role.CASEWORKER,
    Role.PLANNER,
    Role.COORDINATOR,
)


def _is_platform_admin(user) -> bool:
    return (
        user.is_superuser or Membership.objects.filter(user=user, role=Role.PLATFORM_ADMIN).exists()
    )


def _works_at_youth_office(user) -> bool:
    return Membership.objects.filter(
        user=user,
        role__in=YOUTH_OFFICE_FINDER_ROLES,
        organization__kind=Organization.Kind.YOUTH_OFFICE,
    ).exists()


RULES: dict[Action, Callable[..., bool]] = {
    Action.USE_PROFESSIONAL_FINDER: lambda user, obj: (
        _works_at_youth_office(user) or _is_platform_admin(user)
    ),
}


def may(user, action: Action, obj: object = None) -> bool:
    """Whether `user` may perform `action` (on `obj`). Anonymous and inactive users may not."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    rule = RULES.get(action)
    return bool(rule and rule(user, obj))


def require(action: Action) -> Callable:
    """View decorator: anonymous visitors go to the login page, others without the right get
    403."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not may(request.user, action):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
