"""Signing in (two steps), enrolling the authenticator app, recovery codes, invitations, and an
organisation's members. Permissions come from `policy`; the steps from `login`."""

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from famkoop.directory.models import Organization

from . import login as steps
from .forms import CodeForm, EnrolmentForm, InvitationForm, NewAccountForm, PasswordStepForm
from .models import Invitation, Membership, User
from .policy import Action, authorize, is_fully_signed_in, may, staff_view, visible


def _next_url(request: HttpRequest, candidate: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("backoffice:dashboard")


TOO_MANY_CODES = _lazy(
    "Zu viele falsche Codes. Bitte melden Sie sich noch einmal mit Ihrem Passwort an."
)


def _wait_message(seconds: int) -> str:
    return ngettext(
        "Bitte warten Sie %(seconds)d Sekunde vor dem nächsten Versuch.",
        "Bitte warten Sie %(seconds)d Sekunden vor dem nächsten Versuch.",
        seconds,
    ) % {"seconds": seconds}


def _sign_in_first(request: HttpRequest) -> HttpResponse:
    messages.info(request, _("Bitte melden Sie sich zuerst mit E-Mail-Adresse und Passwort an."))
    return redirect("accounts:login")


@never_cache
@sensitive_post_parameters("password")
def sign_in(request: HttpRequest) -> HttpResponse:
    """Step 1: e-mail and password."""
    next_url = request.POST.get("next") or request.GET.get("next", "")
    if is_fully_signed_in(request):
        return redirect(_next_url(request, next_url))
    form = PasswordStepForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        steps.begin(request, form.user, next_url)
        if steps.has_app(form.user):
            return redirect("accounts:code")
        return redirect("accounts:enrol")
    return render(request, "accounts/login.html", {"form": form, "next": next_url})


@never_cache
@sensitive_post_parameters("code")
def enter_code(request: HttpRequest) -> HttpResponse:
    """Step 2: the code from the app (or a recovery code)."""
    state = steps.pending(request)
    if state is None:
        messages.info(
            request, _("Bitte melden Sie sich zuerst mit E-Mail-Adresse und Passwort an.")
        )
        return redirect("accounts:login")
    if not steps.has_app(state.user):
        return redirect("accounts:enrol")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = steps.verify(state.user, form.cleaned_data["code"])
        if device is not None:
            steps.finish(request, state, device)
            left = steps.recovery_codes_left(state.user)
            if left <= 3:
                messages.warning(
                    request,
                    ngettext(
                        "Sie haben nur noch %(count)d Wiederherstellungscode. Erzeugen Sie "
                        "neue unter „Zwei-Faktor-Anmeldung“.",
                        "Sie haben nur noch %(count)d Wiederherstellungscodes. Erzeugen Sie "
                        "neue unter „Zwei-Faktor-Anmeldung“.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(_next_url(request, state.next_url))
        if not steps.count_failure(request):
            messages.error(request, TOO_MANY_CODES)
            return redirect("accounts:login")
        wait = steps.waiting_seconds(state.user)
        if wait:
            form.add_error(
                "code",
                _("Der Code stimmt nicht.") + " " + _wait_message(wait),
            )
        else:
            form.add_error("code", _("Der Code stimmt nicht. Bitte versuchen Sie es noch einmal."))
    return render(request, "accounts/code.html", {"form": form, "user_email": state.user.email})


@never_cache
@sensitive_post_parameters("code")
def enrol(request: HttpRequest) -> HttpResponse:
    """First sign-in: set up the authenticator app (mandatory for every staff account)."""
    state = steps.pending(request)
    if state is None:
        messages.info(
            request, _("Bitte melden Sie sich zuerst mit E-Mail-Adresse und Passwort an.")
        )
        return redirect("accounts:login")
    if steps.has_app(state.user):
        return redirect("accounts:code")
    device = steps.start_enrolment(state.user)
    form = EnrolmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = steps.confirm_enrolment(device, form.cleaned_data["code"])
        if codes is not None:
            steps.finish(request, state, device)
            request.session[steps.RECOVERY_CODES_KEY] = codes
            return redirect("accounts:recovery_codes")
        wait = steps.waiting_seconds_for(device)
        message = _(
            "Der Code stimmt nicht. Prüfen Sie, ob die Uhrzeit Ihres Telefons stimmt, und "
            "geben Sie den aktuellen Code ein."
        )
        if wait:
            message += " " + _wait_message(wait)
        form.add_error("code", message)
    qr = segno.make(device.config_url, error="m")
    svg = qr.svg_inline(scale=5, dark="#000", light="#fff", omitsize=False)
    return render(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "qr_svg": mark_safe(svg),
            "secret": steps.secret_for_typing(device),
            "user_email": state.user.email,
        },
    )


@never_cache
@staff_view
def recovery_codes(request: HttpRequest) -> HttpResponse:
    """New recovery codes are shown once; otherwise how many are left, and a way to renew."""
    if request.method == "POST":
        request.session[steps.RECOVERY_CODES_KEY] = steps.new_recovery_codes(request.user)
        return redirect("accounts:recovery_codes")
    codes = request.session.pop(steps.RECOVERY_CODES_KEY, None)
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "left": steps.recovery_codes_left(request.user)},
    )


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, _("Sie sind abgemeldet."))
    return redirect("accounts:login")


@never_cache
@sensitive_post_parameters("password", "password1", "password2")
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """An invitation link: set up an account (or sign in to the existing one) and join."""
    try:
        invitation = steps.find_invitation(token)
    except steps.InvitationError as error:
        return _invalid(request, error)
    existing = User.objects.filter(email__iexact=invitation.email, is_active=True).first()
    if existing is not None:
        form = PasswordStepForm(
            request, request.POST or None, initial={"username": invitation.email}
        )
        if request.method == "POST" and form.is_valid():
            if form.user.pk != existing.pk:
                form.add_error(None, _("Diese Einladung gilt für eine andere E-Mail-Adresse."))
            else:
                try:
                    steps.accept(token, form.user)
                except steps.InvitationError as error:
                    return _invalid(request, error)
                return _welcome(request, form.user)
    else:
        form = NewAccountForm(invitation.email, request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                with transaction.atomic():
                    user = User.objects.create_user(
                        invitation.email,
                        form.cleaned_data["password1"],
                        first_name=form.cleaned_data["first_name"],
                        last_name=form.cleaned_data["last_name"],
                    )
                    steps.accept(token, user)
            except steps.InvitationError as error:
                return _invalid(request, error)
            user.backend = "django.contrib.auth.backends.ModelBackend"
            return _welcome(request, user)
    return render(
        request,
        "accounts/invitation.html",
        {"invitation": invitation, "form": form, "has_account": existing is not None},
    )


def _invalid(request: HttpRequest, error: Exception) -> HttpResponse:
    return render(request, "accounts/invitation_invalid.html", {"reason": str(error)}, status=410)


def _welcome(request: HttpRequest, user: User) -> HttpResponse:
    """The invitation is used: on to the second factor (enrolment the first time)."""
    steps.begin(request, user, reverse("backoffice:dashboard"))
    if steps.has_app(user):
        messages.success(
            request, _("Willkommen! Bitte bestätigen Sie die Anmeldung mit Ihrem Code.")
        )
        return redirect("accounts:code")
    messages.success(request, _("Willkommen! Richten Sie jetzt die Zwei-Faktor-Anmeldung ein."))
    return redirect("accounts:enrol")


@never_cache
@staff_view
def members(request: HttpRequest, slug: str) -> HttpResponse:
    """An organisation's members and open invitations; admins invite and remove."""
    organization = get_object_or_404(visible(request.user, Organization), slug=slug)
    authorize(request, Action.MEMBERS_MANAGE, organization)
    form = InvitationForm(steps.roles_for(organization), request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        role = form.cleaned_data["role"]
        if Membership.objects.filter(
            organization=organization, user__email__iexact=email, role=role
        ).exists():
            form.add_error("email", _("Diese Person hat diese Rolle hier bereits."))
        else:
            with transaction.atomic():
                invitation, token = steps.invite(organization, email, role, request.user)
                _send_invitation(request, invitation, token)
            messages.success(
                request, _("Die Einladung an %(email)s ist verschickt.") % {"email": email}
            )
            return redirect("accounts:members", slug=organization.slug)
    memberships = (
        Membership.objects.filter(organization=organization)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email", "role")
    )
    invitations = Invitation.objects.filter(
        organization=organization,
        accepted_at__isnull=True,
        withdrawn_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).select_related("invited_by")
    return render(
        request,
        "accounts/members.html",
        {
            "organization": organization,
            "memberships": memberships,
            "invitations": invitations,
            "form": form,
        },
    )


@require_POST
@staff_view
def remove_membership(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organization = get_object_or_404(visible(request.user, Organization), slug=slug)
    membership = get_object_or_404(
        Membership.objects.select_related("user"), pk=pk, organization=organization
    )
    authorize(request, Action.MEMBERS_MANAGE, membership)
    if membership.user_id == request.user.pk and membership.role == "organization_admin":
        messages.error(
            request,
            _(
                "Sie können Ihre eigene Administrationsrolle nicht entfernen. Bitten Sie eine "
                "andere Administratorin oder einen anderen Administrator."
            ),
        )
        return redirect("accounts:members", slug=organization.slug)
    steps.remove_member(membership)
    messages.success(
        request,
        _("%(person)s ist nicht mehr %(role)s.")
        % {"person": membership.user, "role": membership.get_role_display()},
    )
    return redirect("accounts:members", slug=organization.slug)


@require_POST
@staff_view
def withdraw_invitation(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    organization = get_object_or_404(visible(request.user, Organization), slug=slug)
    invitation = get_object_or_404(Invitation, pk=pk, organization=organization)
    authorize(request, Action.MEMBERS_MANAGE, invitation)
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )
    messages.success(request, _("Die Einladung ist zurückgezogen."))
    return redirect("accounts:members", slug=organization.slug)


def _send_invitation(request: HttpRequest, invitation: Invitation, token: str) -> None:
    link = request.build_absolute_uri(reverse("accounts:invitation", args=[token]))
    context = {
        "invitation": invitation,
        "link": link,
        "days": settings.INVITATION_DAYS,
        "inviter": request.user,
    }
    send_mail(
        subject=_("Einladung zu famkoop: %(organization)s")
        % {"organization": invitation.organization.name},
        message=render_to_string("accounts/email/invitation.txt", context, request=request),
        from_email=None,
        recipient_list=[invitation.email],
    )


def admin_site_permission(request: HttpRequest) -> bool:
    """The Django admin site: platform admins, signed in with both factors."""
    return is_fully_signed_in(request) and may(request.user, Action.USE_ADMIN_SITE)


def admin_login(request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
    """The admin's own login page would skip the second factor: send people to ours."""
    if admin_site_permission(request):
        return redirect(_next_url(request, request.GET.get("next", "")))
    if is_fully_signed_in(request):
        raise PermissionDenied
    return redirect_to_login(request.get_full_path(), reverse("accounts:login"))
