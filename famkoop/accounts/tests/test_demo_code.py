"""`manage.py demo_code`: the current code of demo accounts, and only of those."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from famkoop.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_prints_the_code_the_app_would_show():
    user = UserFactory(email="anbieter@demo.famkoop.invalid")
    device = TOTPDevice.objects.create(user=user, name="App", confirmed=False)
    out = StringIO()
    call_command("demo_code", user.email, stdout=out)
    code = out.getvalue().strip()
    assert len(code) == 6 and code.isdigit()
    assert device.verify_token(code)


def test_refuses_real_accounts(provider_staff):
    TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    with pytest.raises(CommandError, match="Nur für Demo-Konten"):
        call_command("demo_code", provider_staff.email)


def test_explains_when_no_app_is_set_up_yet():
    UserFactory(email="neu@demo.famkoop.invalid")
    with pytest.raises(CommandError, match="noch keine App"):
        call_command("demo_code", "neu@demo.famkoop.invalid")
