from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views
from .forms import NewPasswordForm, ResetRequestForm

app_name = "accounts"

urlpatterns = [
    path("anmelden/", views.sign_in, name="login"),
    path("anmelden/code/", views.enter_code, name="code"),
    path("anmelden/app-einrichten/", views.enrol, name="enrol"),
    path("abmelden/", views.sign_out, name="logout"),
    path("konto/wiederherstellungscodes/", views.recovery_codes, name="recovery_codes"),
    path("einladung/<str:token>/", views.accept_invitation, name="invitation"),
    path("organisation/<slug:slug>/mitglieder/", views.members, name="members"),
    path(
        "organisation/<slug:slug>/mitglieder/<int:pk>/entfernen/",
        views.remove_membership,
        name="remove_membership",
    ),
    path(
        "organisation/<slug:slug>/einladungen/<int:pk>/zurueckziehen/",
        views.withdraw_invitation,
        name="withdraw_invitation",
    ),
    path(
        "passwort-vergessen/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset.html",
            email_template_name="accounts/email/password_reset.txt",
            subject_template_name="accounts/email/password_reset_subject.txt",
            form_class=ResetRequestForm,
            success_url=reverse_lazy("accounts:password_reset_sent"),
        ),
        name="password_reset",
    ),
    path(
        "passwort-vergessen/gesendet/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_sent.html"),
        name="password_reset_sent",
    ),
    path(
        "passwort-neu/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            form_class=NewPasswordForm,
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "passwort-neu/fertig/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
