"""Signing in with two factors, recovery codes, invitations.

Signing in has two steps. The password step (`begin`) only remembers in the session who has
given the right password, for a few minutes; Django's `login` happens only after the second
factor (`finish`), so a signed-in session always means both factors. Staff without an
authenticator app enrol during their first sign-in (`start_enrolment`, `confirm_enrolment`)
and get ten recovery codes, each usable once instead of a code from the app.

Failed passwords are counted by django-axes (lockout after `AXES_FAILURE_LIMIT`); failed codes
by django-otp's throttling (each failure doubles the wait) and, after `MAX_CODE_ATTEMPTS`, the
pending sign-in ends and the password is asked again.

Invitations: an organisation admin invites by e-mail; the link carries a random token of which
only the SHA-256 hash is stored; it expires after `INVITATION_DAYS` and works once.
"""

import hashlib
import math
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta

import django_otp
from django.conf import settings
from django.contrib.auth import login
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from famkoop.directory.models import Organization

from .models import Invitation, Membership, User

PENDING_KEY = "famkoop_pending_sign_in"
RECOVERY_CODES_KEY = "famkoop_new_recovery_codes"
PENDING_SECONDS = 600
MAX_CODE_ATTEMPTS = 5
RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator-App"
RECOVERY_DEVICE_NAME = "Wiederherstellungscodes"


# --- the pending sign-in --------------------------------------------------------------------


@dataclass(frozen=True)
class Pending:
    user: User
    backend: str
    next_url: str
    attempts: int


def begin(request: HttpRequest, user: User, next_url: str = "") -> None:
    """The password was right: remember the user for the second step (not signed in yet)."""
    request.session.cycle_key()
    request.session[PENDING_KEY] = {
        "user": user.pk,
        "backend": user.backend,
        "next": next_url,
        "at": time.time(),
        "attempts": 0,
    }


def pending(request: HttpRequest) -> Pending | None:
    """The user who has passed the password step in this session, if not too long ago."""
    data = request.session.get(PENDING_KEY)
    if not data or time.time() - data.get("at", 0) > PENDING_SECONDS:
        return None
    user = User.objects.filter(pk=data["user"], is_active=True).first()
    if user is None:
        return None
    return Pending(user, data["backend"], data.get("next", ""), data.get("attempts", 0))


def forget(request: HttpRequest) -> None:
    request.session.pop(PENDING_KEY, None)


def count_failure(request: HttpRequest) -> bool:
    """Count a wrong code; False when the pending sign-in has ended because of too many."""
    data = request.session.get(PENDING_KEY)
    if not data:
        return False
    data["attempts"] = data.get("attempts", 0) + 1
    if data["attempts"] >= MAX_CODE_ATTEMPTS:
        forget(request)
        return False
    request.session[PENDING_KEY] = data
    return True


def finish(request: HttpRequest, state: Pending, device) -> None:
    """Both factors are done: sign in, bind the device to the session, start the idle timer."""
    forget(request)
    login(request, state.user, backend=state.backend)
    django_otp.login(request, device)
    request.session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)


# --- devices ----------------------------------------------------------------------------------


def has_app(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def verify(user: User, code: str):
    """The device that accepts `code` (from the app, or a recovery code, used up), or None.

    Devices are locked while checking, so a recovery code works once even if two requests
    bring it at the same moment.
    """
    code = "".join(code.split()).lower()
    if not code:
        return None
    with transaction.atomic():
        if code.isdigit() and len(code) == 6:
            for device in TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True):
                if device.verify_token(code):
                    return device
        for device in StaticDevice.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(code):
                return device
    return None


def waiting_seconds(user: User) -> int:
    """How long the throttling of wrong codes makes the user wait (0: not at all)."""
    devices = TOTPDevice.objects.filter(user=user, confirmed=True)
    return max((waiting_seconds_for(device) for device in devices), default=0)


def waiting_seconds_for(device: TOTPDevice) -> int:
    device.refresh_from_db()
    allowed, data = device.verify_is_allowed()
    if allowed or not data or not data.get("locked_until"):
        return 0
    return max(0, math.ceil((data["locked_until"] - timezone.now()).total_seconds()))


def start_enrolment(user: User) -> TOTPDevice:
    """The user's unconfirmed app device (a new secret the first time)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def confirm_enrolment(device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the app with a code it shows; returns new recovery codes, or None if wrong."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return None
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if not device.verify_token(code):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # One app per person: an older one stops working with the new one.
        TOTPDevice.objects.filter(user=device.user, confirmed=True).exclude(pk=device.pk).delete()
        return new_recovery_codes(device.user)


def new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes with `RECOVERY_CODE_COUNT` new ones."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user: User) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def secret_for_typing(device: TOTPDevice) -> str:
    """The secret in base32 groups of four, for apps without a camera."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


# --- invitations ------------------------------------------------------------------------------


class InvitationError(Exception):
    """An invitation that cannot be used; the message says why, in the user's language."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(
    organization: Organization, email: str, role: str, invited_by: User
) -> tuple[Invitation, str]:
    """A new invitation and the token for its link (shown only in the e-mail)."""
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organization=organization,
        email=User.objects.normalize_email(email).lower(),
        role=role,
        token_hash=_hash(token),
        invited_by=invited_by,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_DAYS),
    )
    return invitation, token


def find_invitation(token: str) -> Invitation:
    """The usable invitation of a link's token; InvitationError if there is none."""
    from django.utils.translation import gettext as _

    invitation = (
        Invitation.objects.select_related("organization").filter(token_hash=_hash(token)).first()
    )
    if invitation is None:
        raise InvitationError(_("Diese Einladung gibt es nicht. Bitte prüfen Sie den Link."))
    if invitation.accepted_at is not None:
        raise InvitationError(_("Diese Einladung wurde bereits angenommen."))
    if invitation.withdrawn_at is not None:
        raise InvitationError(_("Diese Einladung wurde zurückgezogen."))
    if invitation.expires_at <= timezone.now():
        raise InvitationError(
            _("Diese Einladung ist abgelaufen. Bitten Sie um eine neue Einladung.")
        )
    return invitation


def accept(token: str, user: User) -> Membership:
    """Use the invitation once: the user becomes a member with the invited role.

    The invitation row is locked, so two requests with the same link cannot both use it.
    """
    from django.utils.translation import gettext as _

    with transaction.atomic():
        invitation = find_invitation(token)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise InvitationError(_("Diese Einladung wurde bereits angenommen."))
        membership, _created = Membership.objects.get_or_create(
            user=user, organization=invitation.organization, role=invitation.role
        )
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def remove_member(membership: Membership) -> None:
    """End a membership; an account left without any membership is deactivated."""
    with transaction.atomic():
        user = membership.user
        membership.delete()
        if not user.is_superuser and not Membership.objects.filter(user=user).exists():
            user.is_active = False
            user.save(update_fields=["is_active"])


def roles_for(organization: Organization) -> list[tuple[str, str]]:
    """The roles an admin may give in this organisation, as (value, label)."""
    from .policy import ROLES_BY_KIND

    return [(role.value, role.label) for role in ROLES_BY_KIND.get(organization.kind, ())]
