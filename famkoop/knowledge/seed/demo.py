"""Demo practice examples and news: invented to show the pages, marked `is_demo` and shown
with the label "Beispielinhalt (Demo)". Places with "(fiktiv)" and all organisations and
people do not exist."""

import datetime

EXAMPLES: list[dict] = [
    {
        "slug": "elterncafe-im-familienzentrum-lindenhof",
        "title": "Elterncafé im Familienzentrum Lindenhof",
        "summary": "Ein offenes Elterncafé in einer Kita, in dem auch der ASD Sprechzeiten hat.",
        "region": "Lindenhof, Stadt Musterstadt (fiktiv)",
        "partners": "Familienbildungswerk Muster e. V. (fiktiv)\nJugendamt Musterstadt (fiktiv)",
        "target_group": "Eltern mit Kindern bis sechs Jahre im Stadtteil",
        "goals": "Eltern früh und ohne Hürde erreichen; Fachkräfte des Jugendamts als "
        "Ansprechpersonen bekannt machen.",
        "what_worked": "Feste Zeiten jede Woche, Kinderbetreuung im Nebenraum und eine "
        "Kursleiterin, die selbst im Stadtteil wohnt.",
        "contacts": "Frau Beispiel, Familienbildungswerk Muster (fiktiv)",
    },
    {
        "slug": "babytreff-fruehe-hilfen-talheim",
        "title": "Babytreff im Netzwerk Frühe Hilfen Talheim",
        "summary": "Ein wöchentlicher Babytreff, den das Netzwerk Frühe Hilfen mitträgt.",
        "region": "Talheim (fiktiv)",
        "partners": "Evangelische Familienbildung Talheim (fiktiv)\n"
        "Netzwerkkoordination Frühe Hilfen Talheim (fiktiv)",
        "target_group": "Eltern mit Babys im ersten Lebensjahr",
        "goals": "Austausch unter jungen Eltern; Übergang aus der Hebammenbetreuung.",
        "what_worked": "Hebammen und Familienhebammen weisen aktiv auf den Treff hin.",
        "contacts": "",
    },
    {
        "slug": "elternkurs-als-ergaenzung-zur-hze",
        "title": "Elternkurs als Ergänzung zu ambulanten Hilfen",
        "summary": "Ein offener Elternkurs, in den der ASD Familien empfiehlt – ohne "
        "Kennzeichnung.",
        "region": "Kreis Beispielland (fiktiv)",
        "partners": "Katholisches Bildungswerk Beispielland (fiktiv)\n"
        "Jugendamt Kreis Beispielland (fiktiv)",
        "target_group": "Eltern von Kindern im Grundschulalter",
        "goals": "Erziehungskompetenz stärken; Familien in Hilfen zur Erziehung eine "
        "zusätzliche, offene Gruppe anbieten.",
        "what_worked": "Vermittelte Familien sind in der Gruppe nicht erkennbar; Rückmeldung "
        "an das Jugendamt nur über begonnene Teilnahme, mit Einwilligung.",
        "contacts": "",
    },
    {
        "slug": "kostenfreie-kurse-fuer-belastete-familien-nordstadt",
        "title": "Kostenfreie Kurse für belastete Familien in der Nordstadt",
        "summary": "Kurse aus der Landesförderung für Familien in besonderen "
        "Belastungssituationen, mit Beschluss des Jugendhilfeausschusses.",
        "region": "Nordstadt, Stadt Musterstadt (fiktiv)",
        "partners": "Familienbildungsstätte Nordstadt (fiktiv)\nJugendamt Musterstadt (fiktiv)",
        "target_group": "Familien in besonderen Belastungssituationen",
        "goals": "Kostenfreie Teilnahme ermöglichen; Angebote an den Planungszielen des "
        "Jugendamts ausrichten.",
        "what_worked": "Frühes Gespräch mit der Jugendhilfeplanung; Vorlage für den "
        "Ausschuss gemeinsam geschrieben.",
        "contacts": "",
    },
    {
        "slug": "mehrsprachiger-elterntreff-am-hafen",
        "title": "Mehrsprachiger Elterntreff am Hafen",
        "summary": "Ein Treff mit Sprachmittlerinnen für neu zugewanderte Familien.",
        "region": "Hafenviertel, Stadt Flussheim (fiktiv)",
        "partners": "Familienbildungswerk Flussheim (fiktiv)\nJugendamt Flussheim (fiktiv)\n"
        "Integrationsagentur Flussheim (fiktiv)",
        "target_group": "Neu zugewanderte Familien mit kleinen Kindern",
        "goals": "Orientierung im Alltag mit Kindern; Zugang zu Kita und Beratung.",
        "what_worked": "Sprachmittlung in drei Sprachen und ein fester Ort in einer "
        "Moscheegemeinde und einem Stadtteilzentrum im Wechsel.",
        "contacts": "",
    },
    {
        "slug": "aufsuchende-familienbildung-im-laendlichen-raum",
        "title": "Aufsuchende Familienbildung im ländlichen Raum",
        "summary": "Kursleitungen kommen in Dorfgemeinschaftshäuser statt Familien in die Stadt.",
        "region": "Gemeinden im Kreis Waldau (fiktiv)",
        "partners": "Familienbildung im Kreis Waldau (fiktiv)\nKreisjugendamt Waldau (fiktiv)",
        "target_group": "Familien ohne Auto in kleinen Gemeinden",
        "goals": "Wege verkürzen; Angebote dorthin bringen, wo es keine Einrichtung gibt.",
        "what_worked": "Räume der Gemeinden kostenfrei; Termine abgestimmt mit dem Busfahrplan.",
        "contacts": "",
    },
    {
        "slug": "gemeinsame-angebotsuebersicht-fuer-den-asd",
        "title": "Gemeinsame Angebotsübersicht für den ASD",
        "summary": "Alle Träger pflegen ihre Angebote an einer Stelle; der ASD findet sie in "
        "Sekunden.",
        "region": "Stadt Musterstadt (fiktiv)",
        "partners": "Arbeitsgemeinschaft Familienbildung Musterstadt (fiktiv)\n"
        "Jugendamt Musterstadt (fiktiv)",
        "target_group": "Fachkräfte im ASD und in den Frühen Hilfen",
        "goals": "Angebote sichtbar machen; Vermittlungen erleichtern.",
        "what_worked": "Ein Importweg aus der Kurssoftware, damit niemand doppelt tippt.",
        "contacts": "",
    },
    {
        "slug": "jaehrlicher-kooperationsrueckblick",
        "title": "Jährlicher Kooperationsrückblick mit Kennzahlen",
        "summary": "Ein fester Termin im Jahr, an dem beide Seiten Ziele und Zahlen besprechen.",
        "region": "Kreis Beispielland (fiktiv)",
        "partners": "Familienbildungsstätten im Kreis Beispielland (fiktiv)\n"
        "Jugendamt Kreis Beispielland (fiktiv)",
        "target_group": "Leitungen und Koordination beider Seiten",
        "goals": "Kooperation überprüfen und weiterentwickeln; Grundlage für die "
        "jährliche Bestätigung im Ausschuss.",
        "what_worked": "Wenige, vorab vereinbarte Kennzahlen und eine anonyme Rückmeldung "
        "der Familien.",
        "contacts": "",
    },
]

_NEWS_TOPICS = [
    (
        "famkoop-startet-mit-dem-praxisleitfaden",
        "famkoop startet mit dem Praxisleitfaden",
        "25 Fragen und Antworten zur Kooperation von Familienbildung und Jugendamt sind online.",
        "Leitfaden, Kooperation",
    ),
    (
        "neue-praxisbeispiele",
        "Neue Praxisbeispiele aus Musterstadt und Talheim",
        "Zwei erfundene Beispielprojekte zeigen, wie Praxisbeispiele auf famkoop aussehen.",
        "Praxisbeispiele",
    ),
    (
        "fachtag-kooperation-fiktiv",
        "Fachtag Kooperation in Musterstadt (fiktiv)",
        "Ein erfundener Fachtag für Familienbildung und Jugendamt – zum Ausprobieren der "
        "Neuigkeiten.",
        "Veranstaltung, Kooperation",
    ),
    (
        "glossar-erweitert",
        "Glossar um Begriffe zum Datenschutz erweitert",
        "Was sind Sozialdaten? Das Glossar erklärt Begriffe, die beide Seiten verschieden nutzen.",
        "Glossar, Datenschutz",
    ),
    (
        "angebote-importieren",
        "Angebote aus der Kurssoftware importieren",
        "Träger müssen ihre Angebote nicht doppelt eintippen.",
        "Plattform, Angebote",
    ),
    (
        "jugendhilfeausschuss-fristen",
        "Sitzungstermine früh im Blick behalten",
        "Wer Förderung für Familien in besonderen Belastungssituationen plant, braucht Vorlauf.",
        "Finanzierung, Jugendhilfeplanung",
    ),
    (
        "elterncafe-lindenhof-ein-jahr",
        "Ein Jahr Elterncafé Lindenhof (fiktiv)",
        "Das erfundene Beispielprojekt zieht eine Bilanz.",
        "Praxisbeispiele, Kita",
    ),
    (
        "rss-und-atom",
        "Neuigkeiten als Feed abonnieren",
        "Alle Meldungen gibt es als RSS- und Atom-Feed – ohne Anmeldung und ohne Tracking.",
        "Plattform",
    ),
    (
        "mehrsprachige-angebote",
        "Mehrsprachige Angebote leichter finden",
        "Die Suche zeigt, in welchen Sprachen ein Angebot stattfindet.",
        "Angebote, Sprache",
    ),
    (
        "rueckblick-netzwerktreffen-fiktiv",
        "Rückblick auf ein Netzwerktreffen (fiktiv)",
        "Ein erfundenes Netzwerktreffen Frühe Hilfen zeigt, wie Berichte hier aussehen.",
        "Frühe Hilfen, Veranstaltung",
    ),
]

NEWS: list[dict] = [
    {
        "slug": slug,
        "title": title,
        "teaser": teaser,
        "body": (
            f"<p>{teaser}</p>"
            "<p>Diese Meldung ist ein <strong>Beispielinhalt</strong>: Sie zeigt, wie "
            "Neuigkeiten auf famkoop aussehen. Genannte Orte, Träger und Termine sind "
            "erfunden.</p>"
        ),
        "date": datetime.date(2026, 10, 1) + datetime.timedelta(days=5 * index),
        "tags": tags,
    }
    for index, (slug, title, teaser, tags) in enumerate(_NEWS_TOPICS)
]
