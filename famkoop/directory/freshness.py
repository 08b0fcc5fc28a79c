"""How current an offer's information is: providers confirm it ("still current"); after six
months without a confirmation they are reminded, after nine the finder marks the offer as
possibly out of date."""

from datetime import date, timedelta

from .models import Service

CONFIRM_AFTER = timedelta(days=182)
STALE_AFTER = timedelta(days=274)


def needs_confirmation(service: Service, today: date) -> bool:
    """An active offer not confirmed for CONFIRM_AFTER (or never): its provider is reminded."""
    return service.status == Service.Status.ACTIVE and (
        service.assured_date is None or service.assured_date < today - CONFIRM_AFTER
    )


def is_stale(service: Service, today: date) -> bool:
    """An active offer not confirmed for STALE_AFTER (or never): the finder marks it stale."""
    return service.status == Service.Status.ACTIVE and (
        service.assured_date is None or service.assured_date < today - STALE_AFTER
    )
