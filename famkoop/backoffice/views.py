"""The back office: where staff keep their organisation's offers, sites and areas.

Every view is a `staff_view` (two-factor sign-in) and asks `accounts.policy` before it shows or
changes anything; objects are looked up through `policy.visible`, so other organisations'
objects are not found at all.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from famkoop.accounts.policy import Action, require

from . import attention


@require(Action.USE_BACKOFFICE)
def dashboard(request: HttpRequest) -> HttpResponse:
    """What needs the user's attention, per organisation and role."""
    return render(
        request, "backoffice/dashboard.html", {"organizations": attention.overview(request.user)}
    )
