"""Languages a description or caption can be written in, as Commons language codes.

Every Turkic language that has a Wikipedia comes first, then Russian, Arabic and English,
then a broader set. ``rtl`` is the direction of the script the language is written in
on Commons (South Azerbaijani and Uyghur use the Arabic script).
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    english_name: str
    rtl: bool = False


_L = Language

TURKIC: tuple[Language, ...] = (
    _L("tr", "Türkçe", "Turkish"),
    _L("az", "Azərbaycanca", "Azerbaijani"),
    _L("azb", "تۆرکجه", "South Azerbaijani", rtl=True),
    _L("kk", "Қазақша", "Kazakh"),
    _L("ky", "Кыргызча", "Kyrgyz"),
    _L("uz", "Oʻzbekcha", "Uzbek"),
    _L("tk", "Türkmençe", "Turkmen"),
    _L("tt", "Татарча", "Tatar"),
    _L("ba", "Башҡортса", "Bashkir"),
    _L("cv", "Чӑвашла", "Chuvash"),
    _L("sah", "Саха тыла", "Sakha"),
    _L("crh", "Qırımtatarca", "Crimean Tatar"),
    _L("ug", "ئۇيغۇرچە", "Uyghur", rtl=True),
    _L("kaa", "Qaraqalpaqsha", "Karakalpak"),
    _L("gag", "Gagauz", "Gagauz"),
    _L("krc", "Къарачай-малкъар", "Karachay-Balkar"),
    _L("alt", "Алтай тил", "Southern Altai"),
    _L("tyv", "Тыва дыл", "Tuvan"),
)

_MAIN: tuple[Language, ...] = (
    _L("ru", "Русский", "Russian"),
    _L("ar", "العربية", "Arabic", rtl=True),
    _L("en", "English", "English"),
)

_OTHERS: tuple[Language, ...] = (
    _L("de", "Deutsch", "German"),
    _L("fr", "Français", "French"),
    _L("es", "Español", "Spanish"),
    _L("it", "Italiano", "Italian"),
    _L("pt", "Português", "Portuguese"),
    _L("pt-br", "Português do Brasil", "Brazilian Portuguese"),
    _L("nl", "Nederlands", "Dutch"),
    _L("pl", "Polski", "Polish"),
    _L("uk", "Українська", "Ukrainian"),
    _L("be", "Беларуская", "Belarusian"),
    _L("be-tarask", "Беларуская (тарашкевіца)", "Belarusian (Taraškievica)"),
    _L("fa", "فارسی", "Persian", rtl=True),
    _L("he", "עברית", "Hebrew", rtl=True),
    _L("ur", "اردو", "Urdu", rtl=True),
    _L("ps", "پښتو", "Pashto", rtl=True),
    _L("ckb", "کوردی", "Central Kurdish", rtl=True),
    _L("arz", "مصرى", "Egyptian Arabic", rtl=True),
    _L("yi", "ייִדיש", "Yiddish", rtl=True),
    _L("ku", "Kurdî", "Kurdish"),
    _L("zh", "中文", "Chinese"),
    _L("zh-hans", "中文（简体）", "Simplified Chinese"),
    _L("zh-hant", "中文（繁體）", "Traditional Chinese"),
    _L("ja", "日本語", "Japanese"),
    _L("ko", "한국어", "Korean"),
    _L("hi", "हिन्दी", "Hindi"),
    _L("bn", "বাংলা", "Bangla"),
    _L("pa", "ਪੰਜਾਬੀ", "Punjabi"),
    _L("mr", "मराठी", "Marathi"),
    _L("ta", "தமிழ்", "Tamil"),
    _L("te", "తెలుగు", "Telugu"),
    _L("id", "Bahasa Indonesia", "Indonesian"),
    _L("ms", "Bahasa Melayu", "Malay"),
    _L("vi", "Tiếng Việt", "Vietnamese"),
    _L("th", "ไทย", "Thai"),
    _L("tl", "Tagalog", "Tagalog"),
    _L("el", "Ελληνικά", "Greek"),
    _L("sv", "Svenska", "Swedish"),
    _L("nb", "Norsk bokmål", "Norwegian Bokmål"),
    _L("da", "Dansk", "Danish"),
    _L("fi", "Suomi", "Finnish"),
    _L("is", "Íslenska", "Icelandic"),
    _L("et", "Eesti", "Estonian"),
    _L("lv", "Latviešu", "Latvian"),
    _L("lt", "Lietuvių", "Lithuanian"),
    _L("cs", "Čeština", "Czech"),
    _L("sk", "Slovenčina", "Slovak"),
    _L("hu", "Magyar", "Hungarian"),
    _L("ro", "Română", "Romanian"),
    _L("bg", "Български", "Bulgarian"),
    _L("sr", "Српски / srpski", "Serbian"),
    _L("hr", "Hrvatski", "Croatian"),
    _L("bs", "Bosanski", "Bosnian"),
    _L("sl", "Slovenščina", "Slovenian"),
    _L("mk", "Македонски", "Macedonian"),
    _L("sq", "Shqip", "Albanian"),
    _L("ka", "ქართული", "Georgian"),
    _L("hy", "Հայերեն", "Armenian"),
    _L("os", "Ирон", "Ossetic"),
    _L("ce", "Нохчийн", "Chechen"),
    _L("mn", "Монгол", "Mongolian"),
    _L("tg", "Тоҷикӣ", "Tajik"),
    _L("ca", "Català", "Catalan"),
    _L("eu", "Euskara", "Basque"),
    _L("gl", "Galego", "Galician"),
    _L("cy", "Cymraeg", "Welsh"),
    _L("ga", "Gaeilge", "Irish"),
    _L("mt", "Malti", "Maltese"),
    _L("lb", "Lëtzebuergesch", "Luxembourgish"),
    _L("eo", "Esperanto", "Esperanto"),
    _L("la", "Latina", "Latin"),
    _L("sw", "Kiswahili", "Swahili"),
    _L("am", "አማርኛ", "Amharic"),
    _L("ha", "Hausa", "Hausa"),
    _L("yo", "Yorùbá", "Yoruba"),
)

#: every known language, in the order an editor offers them: Turkic first, then ru, ar, en
LANGUAGES: tuple[Language, ...] = TURKIC + _MAIN + _OTHERS
PREFERRED: tuple[str, ...] = tuple(lang.code for lang in TURKIC + _MAIN)

_BY_CODE = {lang.code: lang for lang in LANGUAGES}
_WELL_FORMED = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


def get_language(code: str) -> Language | None:
    return _BY_CODE.get(code.strip().lower())


def is_known(code: str) -> bool:
    return get_language(code) is not None


def is_well_formed(code: str) -> bool:
    """A code that can name a Commons language template (``{{xx|1=…}}``) without breaking the page."""
    return _WELL_FORMED.fullmatch(code) is not None


def is_rtl(code: str) -> bool:
    lang = get_language(code)
    return lang.rtl if lang else False


def rank_languages(text: str, codes: list[str]) -> list[str]:
    """``codes`` whose code or name matches what was typed, best first: the exact code ("ar"
    is Arabic, not Bavarian or Tatar, whose names contain "ar"), then codes and names that begin
    with it, then names that contain it; otherwise in the given order."""
    typed = text.strip().casefold()
    if not typed:
        return list(codes)
    ranked: list[tuple[int, int, str]] = []
    for order, code in enumerate(codes):
        lang = get_language(code)
        names = [n.casefold() for n in ((lang.native_name, lang.english_name) if lang else ())]
        if code.casefold() == typed:
            rank = 0
        elif code.casefold().startswith(typed) or any(n.startswith(typed) for n in names):
            rank = 1
        elif typed in code.casefold() or any(typed in n for n in names):
            rank = 2
        else:
            continue
        ranked.append((rank, order, code))
    return [code for _, _, code in sorted(ranked)]
