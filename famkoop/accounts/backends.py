"""Django's model permissions (used by the admin site) answered by the policy: platform admins
may everything there, nobody else anything. The admin site itself is only for platform admins
(`views.admin_site_permission`); this backend gives them the models' add/change/delete/view
permissions without Django groups, so the policy stays the one place that decides."""

from django.contrib.auth.backends import BaseBackend

from .policy import is_platform_admin


class PolicyPermissionBackend(BaseBackend):
    def has_perm(self, user_obj, perm: str, obj=None) -> bool:
        return bool(
            user_obj.is_active and user_obj.is_authenticated and is_platform_admin(user_obj)
        )

    def has_module_perms(self, user_obj, app_label: str) -> bool:
        return self.has_perm(user_obj, app_label)
