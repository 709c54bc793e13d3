"""Countries, their cities and their nationality words, for the lexicon draft (:mod:`analysis.lexicon_draft`):
read once from the country data of the ``countryinfo`` package, so the package ships no list of countries.

``places`` holds, for every country and territory of the data:

* its name, without a leading "The" ("Bahamas") or a bracketed note, and its alternative spellings that are
  names rather than codes ("Great Britain", "United States of America", "Holland");
* the initials of a name of several words when the data gives them as the country's code or spelling ("US",
  "U.S.", "USA", "UK");
* its capital (also without a trailing abbreviation: "Washington D.C." -> "Washington");
* the cities that name its time zones ("America/Chicago", "Australia/Sydney": the time zone database names each zone
  after the most populous city of its region; not Antarctica's, named after research stations) and the
  administrative centres its provinces give in brackets ("Bashkortostan (Ufa)"). The data has no city
  populations, so no population threshold: these are the cities a country's data names, a few hundred in all,
  capitals and large cities first among them;
* for the United States, its states;
* every name also without the apostrophes of a transliteration ("Sana'a", "Sanaa"; "Bat'umi", "Batumi").

``territories`` is the part of ``places`` that names a country or a US state, not a city.

``demonyms`` maps a nationality word and its plural to the country's name ("Israeli", "Israelis" ->
"Israel"); a word shared by two countries goes to the more populous ("Congolese"). Plural by rule: an "s"
added, except after -ese, -ish, -ch, -sh, -s, -x and -z ("Chinese", "British", "French", "Swiss").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NO_PLURAL = ("ese", "ish", "ch", "sh", "s", "x", "z")


@dataclass(frozen=True)
class Gazetteer:
    places: frozenset[str]
    demonyms: dict[str, str]  # nationality word (singular and plural) -> country name
    countries: frozenset[str]  # the countries' names as the data writes them
    territories: frozenset[str]  # the places that name a country or a US state, not a city


def plural(demonym: str) -> str:
    """The plural of a nationality word ("Israeli" -> "Israelis"; "Chinese", "British" unchanged)."""
    return demonym if demonym.endswith(_NO_PLURAL) else demonym + "s"


def _clean(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return re.sub(r"^[Tt]he\s+", "", name)


def _is_name(text: str) -> bool:
    """A name as news writes it: starts with a capital, holds a lower-case letter (not a code), no comma."""
    return bool(text) and text[0].isupper() and any(c.islower() for c in text) and "," not in text


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _cities(country: dict) -> set[str]:
    out = set()
    capitals = country.get("capital") or []
    for capital in [capitals] if isinstance(capitals, str) else capitals:
        for part in str(capital).split("/"):
            part = _clean(part)
            if _is_name(part):
                out.add(part)
                out.add(re.sub(r"\s+(?:[A-Z]\.)+$", "", part))  # "Washington D.C." -> "Washington"
    for zone in country.get("timezoneNames") or []:
        parts = str(zone).split("/")
        # "America/Indiana/Knox": a county seat of a zone's subdivision; "Antarctica/Davis": a research station
        if len(parts) == 2 and parts[0] != "Antarctica":
            out.add(parts[1].replace("_", " "))
    for province in country.get("provinces") or []:
        for centre in re.findall(r"\(([^)]*)\)", str(province)):
            if _is_name(centre) and not centre.endswith(("Province", "City", "Islands", "Isles")):
                out.add(centre)
    return {c for c in out if _is_name(c)}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The places and nationality words of the ``countryinfo`` data (see the module docstring), built once."""
    from countryinfo import CountryInfo

    places: set[str] = set()
    territories: set[str] = set()
    countries: set[str] = set()
    demonym_of: dict[str, tuple[int, str]] = {}
    for country in CountryInfo.all().values():
        name = str(country.get("name") or "")
        if not _is_name(name):
            continue  # "Palestine, State of": a second entry of a country the data also names plainly
        countries.add(name)
        names = {_clean(name)}
        codes = {str(c) for c in (country.get("ISO") or {}).values()}
        for alt in country.get("altSpellings") or []:
            alt = str(alt)
            if _is_name(alt):
                names.add(_clean(alt))
            else:
                codes.add(alt)
        for n in list(names):
            initials = _initials(n)
            if len(n.split()) > 1 and initials in codes:
                # "U.S" too: the lexicon draft reads "U.S." as the initials "U" and "S" joined by a dot
                names |= {initials, ".".join(initials) + ".", ".".join(initials)}
        territories |= names
        if name == "United States":
            territories |= {_clean(str(p)) for p in country.get("provinces") or []}
        places |= names | _cities(country)
        population = int(country.get("population") or 0)
        for word in re.split(r"[,/]", str(country.get("demonym") or "")):
            word = word.strip()
            if not _is_name(word):
                continue
            for form in {word, plural(word)}:
                if form not in demonym_of or population > demonym_of[form][0]:
                    demonym_of[form] = (population, name)
    places |= territories
    places |= {p.replace("'", "") for p in places if "'" in p}  # "Sana'a" also as "Sanaa"
    demonyms = {w: c for w, (_, c) in demonym_of.items() if w not in places}
    return Gazetteer(frozenset(p for p in places if p), demonyms, frozenset(countries),
                     frozenset(p for p in territories if p))
