"""A sum of money in the notations reports use ("€500m", "EUR 500 million", "500 million euros", "NOK 10
billion"), and its figure and ISO 4217 code."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CODES = r"EUR|USD|GBP|NOK|SEK|DKK|CHF|JPY|PLN|CAD|AUD|UAH|CZK"
"""The ISO 4217 codes a sum is written with before or after its figure ("NOK 350 million", "5 million EUR")."""
_WORDS = r"euros?|dollars?|pounds?(?:\s+sterling)?|kroner|kronor|krone|crowns|zlotys?|złoty|yen|francs|hryvnias?|" \
         r"hryvnyas?|yuan|renminbi|rupees?|rupiahs?|naira|shillings?|riyals?|rials?|dirhams?|dinars?|reais|pesos?|" \
         r"liras?|baht|ringgit|taka|kwacha|cedis?|birr|forints?|tenge|rubles?|roubles?|kronur|soles|rupee"
_WORDS_AFTER_SUM = r"(?<=[ln]\s)(?:won|rand|lei|leva|dong|kip|real)"
"""A currency whose word is a common word as well ("won", "real"): a sum only after "million" or "billion"."""
_CODES_OF_SUMS = r"CNY|RMB|INR|KES|ZAR|NGN|EGP|SAR|AED|BRL|MXN|TRY|KRW|THB|IDR|MYR|BDT|PKR|PHP|VND|ARS|CLP|PEN|" \
                 r"ETB|GHS|TZS|UGX|XOF|XAF|QAR|KWD|JOD|MAD|TND|ILS|RUB|HUF|RON|BGN|ISK|NZD|SGD|HKD|TWD|LKR|NPR|KZT"
_SIGNS_OF_SUMS = r"K?Sh|USh|TSh|Rs\.?|R|RM|[₹₦₱₩₺₽]|GH₵"
"""The codes and signs of the world's other currencies ("Sh2 billion", "R1.5bn", "Rs 500 crore", "EGP 50 million"):
a sum only with "million" or "billion" after the number, so that "R21 malaria vaccine", "COP28" or "Sh20 a
packet" are no sums."""
MONEY = re.compile(
    rf"(?P<cur>(?:US|U\.S\.|A|C|NZ|HK|S)?[$€£¥]|(?:{CODES})\s?)\s?(?P<num>\d+(?:[.,]\d+)*)[\s-]*"
    rf"(?P<mult>bn|billion|mn|m|million|k|thousand|trillion)?(?![\w])|"
    rf"(?<!\w)(?P<cur3>(?:{_CODES_OF_SUMS}|{_SIGNS_OF_SUMS})\s?)(?P<num3>\d+(?:[.,]\d+)*)"
    rf"(?P<mult3>\s*(?:billion|million|trillion|crore)|bn|mn|m)(?![\w])|"
    rf"(?P<num2>\d+(?:[.,]\d+)*)\s*(?P<mult2>bn|billion|mn|million|thousand|trillion|crore)?\s*"
    rf"(?P<cur2>(?:(?:US|U\.S\.|American|Canadian|Australian|Swiss|Norwegian|Swedish|Danish|Czech|Polish|"
    rf"Japanese|Hong\s+Kong|Singapore|New\s+Zealand|CFA|Chinese|Indian|Pakistani|Sri\s+Lankan|Nepalese|Kenyan|"
    rf"Ugandan|Tanzanian|Egyptian|Saudi|Qatari|Emirati|Jordanian|Mexican|Argentine|Chilean|Colombian|Philippine|"
    rf"Turkish|Russian|Indonesian|Malaysian|Thai|South\s+African|Nigerian|Ghanaian|Ethiopian|Moroccan|Tunisian|"
    rf"Algerian|Iraqi|Kuwaiti|Bahraini|Omani|Iranian|Bangladeshi)\s+)?(?:{_WORDS})|{_WORDS_AFTER_SUM}|{CODES}|"
    rf"{_CODES_OF_SUMS})\b")
"""A sum of money: a currency sign or code before the number ("$200-million" as some papers write it), or
a currency word or code after it."""
_CURRENCIES = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "euro": "EUR", "dollar": "USD", "pound": "GBP",
               "kroner": "NOK", "kronor": "SEK", "krone": "DKK", "crowns": "CZK", "zloty": "PLN", "złoty": "PLN",
               "yen": "JPY", "franc": "CHF", "hryvnia": "UAH", "hryvnya": "UAH", "yuan": "CNY", "renminbi": "CNY",
               "rmb": "CNY", "rupiah": "IDR", "naira": "NGN", "₦": "NGN", "real": "BRL", "reais": "BRL", "baht": "THB",
               "ringgit": "MYR", "rm": "MYR", "taka": "BDT", "kwacha": "ZMW", "cedi": "GHS", "gh₵": "GHS", "birr": "ETB",
               "forint": "HUF", "tenge": "KZT", "ruble": "RUB", "rouble": "RUB", "₽": "RUB", "kronur": "ISK",
               "won": "KRW", "₩": "KRW", "rand": "ZAR", "r": "ZAR", "lei": "RON", "leva": "BGN", "dong": "VND",
               "kip": "LAK", "lira": "TRY", "₺": "TRY", "₹": "INR", "₱": "PHP", "soles": "PEN", "rs": "INR",
               "rs.": "INR", "rupee": "INR", "sh": "KES", "ksh": "KES", "ush": "UGX", "tsh": "TZS", "shilling": "KES",
               "dirham": "AED", "riyal": "SAR", "dinar": "", "rial": "", "peso": ""}
_PREFIXES = {"a": "AUD", "c": "CAD", "nz": "NZD", "australian": "AUD", "canadian": "CAD", "norwegian": "NOK",
             "swedish": "SEK", "danish": "DKK", "czech": "CZK", "swiss": "CHF", "polish": "PLN", "japanese": "JPY",
             "hk": "HKD", "s": "SGD", "hong": "HKD", "singapore": "SGD", "new": "NZD", "cfa": "XOF", "chinese": "CNY",
             "indian": "INR", "pakistani": "PKR", "sri": "LKR", "nepalese": "NPR", "kenyan": "KES", "ugandan": "UGX",
             "tanzanian": "TZS", "egyptian": "EGP", "saudi": "SAR", "qatari": "QAR", "emirati": "AED", "jordanian": "JOD",
             "mexican": "MXN", "argentine": "ARS", "chilean": "CLP", "colombian": "COP", "philippine": "PHP",
             "turkish": "TRY", "russian": "RUB", "indonesian": "IDR", "malaysian": "MYR", "thai": "THB", "south": "ZAR",
             "nigerian": "NGN", "ghanaian": "GHS", "ethiopian": "ETB", "moroccan": "MAD", "tunisian": "TND",
             "algerian": "DZD", "iraqi": "IQD", "kuwaiti": "KWD", "bahraini": "BHD", "omani": "OMR", "iranian": "IRR",
             "bangladeshi": "BDT"}
MULTIPLIERS = {"bn": 10**9, "billion": 10**9, "m": 10**6, "mn": 10**6, "million": 10**6, "k": 1000,
                "thousand": 1000, "trillion": 10**12, "crore": 10**7}


def value_of(match: re.Match[str]) -> tuple[str, str] | None:
    number = match.group("num") or match.group("num2") or match.group("num3") or ""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
        number = number.replace(",", "")
    number = number.replace(",", ".")
    currency = " ".join((match.group("cur") or match.group("cur2") or match.group("cur3") or "").split())
    multiplier = MULTIPLIERS.get((match.group("mult") or match.group("mult2") or match.group("mult3") or "").strip().lower(), 1)
    try:
        amount = Decimal(number) * multiplier
    except InvalidOperation:
        return None
    figure = f"{amount:f}".rstrip("0").rstrip(".") if "." in f"{amount:f}" else f"{amount:f}"
    return (figure, code) if (code := _code(currency)) else None


def _code(currency: str) -> str:
    """The ISO 4217 code of a currency as the text writes it: "$", "A$", "Canadian dollars", "EUR"."""
    if re.fullmatch(CODES + "|" + _CODES_OF_SUMS, currency.strip()):
        return "CNY" if currency.strip() == "RMB" else currency.strip()
    words = currency.replace("U.S.", "US").split()
    sign = re.fullmatch(r"(?P<pre>US|A|C|NZ|HK|S)?(?P<sign>[$€£¥])", currency)
    if sign:
        return _PREFIXES.get((sign.group("pre") or "").lower(), "") or _CURRENCIES[sign.group("sign")]
    last = words[-1].lower() if words else ""
    base = _CURRENCIES.get(last) or _CURRENCIES.get(last.rstrip("s"), "")
    known = last in _CURRENCIES or last.rstrip("s") in _CURRENCIES  # "Jordanian dinars": the country says which
    return _PREFIXES.get(words[0].lower(), base) if known and len(words) > 1 else base
