"""Glossary seed: terms that family education and youth welfare offices use differently.

Written for famkoop; the explanations stay with what the cited laws say.
"""

GLOSSARY: list[dict[str, str]] = [
    {
        "slug": "familienbildung",
        "term": "Familienbildung",
        "definition": (
            "Bildungsangebote für Mütter, Väter, andere Erziehende und junge Menschen rund um "
            "das Leben mit Kindern: Kurse, offene Treffs, Vorträge, Eltern-Kind-Gruppen. "
            "Rechtlich ein Teil der allgemeinen Förderung der Erziehung in der Familie."
        ),
        "family_education_view": (
            "Ein eigenständiger Bildungsbereich mit offenem Zugang für alle Familien, in NRW "
            "nach dem Weiterbildungsgesetz anerkannt und gefördert."
        ),
        "youth_office_view": (
            "Eine Leistung nach § 16 SGB VIII, für deren ausreichendes Angebot das Jugendamt "
            "die Gesamtverantwortung trägt."
        ),
        "source": "§ 16 SGB VIII; Weiterbildungsgesetz NRW",
    },
    {
        "slug": "fruehe-hilfen",
        "term": "Frühe Hilfen",
        "definition": (
            "Abgestimmte Unterstützung für Eltern ab der Schwangerschaft und in den ersten "
            "Lebensjahren des Kindes, organisiert in örtlichen Netzwerken."
        ),
        "family_education_view": (
            "Häufig Angebote, die die Familienbildung ohnehin macht (Babytreffs, Elternkurse) "
            "– nun als Teil eines Netzwerks."
        ),
        "youth_office_view": (
            "Ein Netzwerk, das das Jugendamt koordiniert und das Kinderschutz und Prävention "
            "verbindet."
        ),
        "source": "§§ 1 und 3 Gesetz zur Kooperation und Information im Kinderschutz (KKG)",
    },
    {
        "slug": "hilfen-zur-erziehung",
        "term": "Hilfen zur Erziehung",
        "definition": (
            "Individuelle Leistungen, auf die Personensorgeberechtigte einen Rechtsanspruch "
            "haben, wenn eine dem Wohl des Kindes entsprechende Erziehung nicht gewährleistet "
            "ist. Sie werden im Hilfeplanverfahren gewährt."
        ),
        "family_education_view": (
            "Etwas anderes als Familienbildung: Familienbildung steht allen offen und "
            "braucht keinen Antrag."
        ),
        "youth_office_view": (
            "Eine Einzelfallhilfe mit Bescheid und Hilfeplan, oft Aufgabe des Allgemeinen "
            "Sozialen Dienstes (ASD)."
        ),
        "source": "§§ 27 ff. und § 36 SGB VIII",
    },
    {
        "slug": "sozialraum",
        "term": "Sozialraum",
        "definition": (
            "Ein Gebiet, das für das Leben von Familien zusammengehört – ein Stadtteil, ein "
            "Quartier oder eine Gemeinde. Planung und Angebote richten sich danach aus."
        ),
        "family_education_view": (
            "Der Ort, an dem Eltern leben und an dem Angebote erreichbar sein sollen, etwa im "
            "Familienzentrum oder in der Kita um die Ecke."
        ),
        "youth_office_view": (
            "Eine Planungseinheit der Jugendhilfeplanung, für die Bestand und Bedarf "
            "ermittelt werden."
        ),
        "source": "§ 80 SGB VIII",
    },
    {
        "slug": "regelangebot",
        "term": "Regelangebot",
        "definition": (
            "Ein Angebot, das dauerhaft und verlässlich zur Verfügung steht, statt nur als "
            "befristetes Projekt."
        ),
        "family_education_view": (
            "Ein Angebot, das regelmäßig stattfindet und dessen Finanzierung über ein Jahr "
            "hinaus gesichert ist."
        ),
        "youth_office_view": (
            "Ein fester Baustein der Infrastruktur, der in der Jugendhilfeplanung eingeplant ist."
        ),
        "source": "",
    },
    {
        "slug": "jugendhilfeplanung",
        "term": "Jugendhilfeplanung",
        "definition": (
            "Die Planung des Jugendamts: Bestand feststellen, Bedarf ermitteln und die nötigen "
            "Vorhaben rechtzeitig planen – unter Beteiligung der freien Träger."
        ),
        "family_education_view": (
            "Der Ort, an dem sich entscheidet, ob Familienbildung als Teil der örtlichen "
            "Infrastruktur gesehen wird."
        ),
        "youth_office_view": "Eine Pflichtaufgabe des öffentlichen Trägers.",
        "source": "§ 80 SGB VIII",
    },
    {
        "slug": "familien-in-besonderen-belastungssituationen",
        "term": "Familien in besonderen Belastungssituationen",
        "definition": (
            "Zielgruppe eines Förderprogramms des Landes NRW für Familienbildungsangebote, die "
            "mit dem Jugendamt abgestimmt werden."
        ),
        "family_education_view": (
            "Eine Förderlinie mit eigenem, begrenztem Budget für kostenfreie Angebote."
        ),
        "youth_office_view": (
            "Familien, die das Jugendamt häufig aus seiner Arbeit kennt; für die Angebote ist "
            "ein Beschluss des Jugendhilfeausschusses nötig."
        ),
        "source": "Förderrichtlinie des Landes NRW für die Familienbildung (November 2023)",
    },
    {
        "slug": "traeger-der-freien-jugendhilfe",
        "term": "Träger der freien Jugendhilfe",
        "definition": (
            "Nichtstaatliche Organisationen wie Wohlfahrtsverbände, Kirchen und Vereine, die "
            "Leistungen der Jugendhilfe anbieten."
        ),
        "family_education_view": (
            "Die meisten Familienbildungseinrichtungen gehören zu einem solchen Träger."
        ),
        "youth_office_view": (
            "Partner, mit denen das Jugendamt partnerschaftlich zusammenarbeiten soll und "
            "deren Selbstständigkeit es achtet."
        ),
        "source": "§§ 3, 4 und 75 SGB VIII",
    },
    {
        "slug": "sozialdaten",
        "term": "Sozialdaten",
        "definition": (
            "Personenbezogene Daten, die eine Stelle im Rahmen von Sozialleistungen erhebt "
            "oder nutzt. Für sie gelten strengere Regeln als für andere Daten."
        ),
        "family_education_view": (
            "Daten von Familien, die über eine Vermittlung des Jugendamts in ein Angebot "
            "kommen, brauchen besonderen Schutz."
        ),
        "youth_office_view": (
            "Daten, die nur für den Zweck genutzt werden dürfen, für den sie erhoben wurden."
        ),
        "source": "§ 67 SGB X; §§ 61–65 SGB VIII",
    },
]
