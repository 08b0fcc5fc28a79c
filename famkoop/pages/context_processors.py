from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info


def language_hint(request: HttpRequest) -> dict:
    """On a German page, a link to the same page in the language the browser asks for.

    The language lives in the address, so a visitor whose browser prefers Turkish still lands
    on German pages from a shared link; the hint (in their language) takes them across. No
    cookie is read or set; the locale middleware already marks such responses as varying by
    Accept-Language.
    """
    if not request.headers.get("Accept-Language") or request.method != "GET":
        return {}
    if translation.get_language() != settings.LANGUAGE_CODE:
        return {}
    wanted = translation.get_language_from_request(request, check_path=False)
    if wanted == settings.LANGUAGE_CODE or wanted not in dict(settings.LANGUAGES):
        return {}
    with translation.override(wanted):
        text = translation.gettext("Diese Seite in Ihrer Sprache anzeigen")
        info = get_language_info(wanted)
    return {
        "language_hint": {
            "code": wanted,
            "bidi": info["bidi"],
            "text": text,
            "url": translate_url(request.get_full_path(), wanted),
        }
    }
