"""The 25 questions of the practice guide, with answers written for famkoop.

The published guide was not available; these answers are our own summary of the cited laws
and of what DESIGN.md records about the NRW funding rules. They state what the laws say,
mark what depends on local agreements as such and contain no figures or decisions beyond the
sources named. An expert should review them before the platform goes live.
"""

import datetime

REVIEWED_ON = datetime.date(2026, 11, 26)

B, L, P, F, C, PR, Q = (
    "basics",
    "legal_frame",
    "planning",
    "financing",
    "building_cooperation",
    "projects",
    "quality",
)

QUESTIONS: list[dict] = [
    # --- Grundlagen ---------------------------------------------------------------------
    {
        "slug": "was-ist-familienbildung",
        "chapter": B,
        "order": 1,
        "question": "Was ist Familienbildung?",
        "summary": (
            "Familienbildung bietet Eltern und anderen Erziehenden offene Bildungsangebote "
            "rund um das Familienleben. Im Kinder- und Jugendhilferecht gehört sie zur "
            "allgemeinen Förderung der Erziehung in der Familie."
        ),
        "answer": """
<p>Familienbildung richtet sich an Mütter, Väter, andere Erziehende und junge Menschen. Sie
greift Fragen auf, die im Alltag mit Kindern entstehen: von der Geburt über Erziehung und
Partnerschaft bis zu Übergängen wie dem Start in Kita oder Schule.</p>
<p>§ 16 SGB VIII nennt Familienbildung ausdrücklich als eine Leistung der allgemeinen
Förderung der Erziehung in der Familie. Die Angebote sollen an den Bedürfnissen, Interessen
und Erfahrungen von Familien in unterschiedlichen Lebenslagen ansetzen. Typische Formen
sind:</p>
<ul>
<li>Kurse und Gesprächskreise (zum Beispiel zur Geburtsvorbereitung oder zur Erziehung),</li>
<li>offene Treffs und Eltern-Kind-Gruppen,</li>
<li>Vorträge und Elternabende, oft in Kitas oder Familienzentren,</li>
<li>Angebote zur Familienfreizeit und -erholung.</li>
</ul>
<p>Kennzeichnend ist der offene Zugang: Familien brauchen keinen Antrag und keine
Begründung. Gerade deshalb eignet sich Familienbildung als vorbeugendes Angebot, das Eltern
ohne Sorge vor Stigmatisierung nutzen können.</p>
""",
        "sources": "§ 16 SGB VIII (Allgemeine Förderung der Erziehung in der Familie)",
        "related": ["wer-ist-verantwortlich", "abgrenzung-fruehe-hilfen-hze"],
        "glossary": ["familienbildung"],
        "tools": ["finder"],
        "contexts": [],
    },
    {
        "slug": "wer-ist-verantwortlich",
        "chapter": B,
        "order": 2,
        "question": "Wer ist für Familienbildung verantwortlich?",
        "summary": (
            "Das Jugendamt trägt die Gesamtverantwortung dafür, dass es genug passende "
            "Angebote gibt. Durchgeführt werden sie meist von freien Trägern, in NRW oft von "
            "anerkannten Einrichtungen der Weiterbildung."
        ),
        "answer": """
<p>Die Verantwortung ist zwischen öffentlicher und freier Jugendhilfe geteilt:</p>
<ul>
<li><strong>Der öffentliche Träger</strong> – der Kreis oder die Stadt mit eigenem
Jugendamt – hat nach § 79 SGB VIII die Gesamtverantwortung. Er soll gewährleisten, dass die
erforderlichen Einrichtungen, Dienste und Veranstaltungen rechtzeitig und ausreichend zur
Verfügung stehen. Dazu gehören auch Angebote nach § 16 SGB VIII.</li>
<li><strong>Freie Träger</strong> – Wohlfahrtsverbände, Kirchen, Vereine – bieten die meisten
Angebote an. § 4 SGB VIII verpflichtet die öffentliche Jugendhilfe zur partnerschaftlichen
Zusammenarbeit mit ihnen und zur Achtung ihrer Selbstständigkeit.</li>
<li><strong>Das Land</strong> fördert in NRW anerkannte Familienbildungseinrichtungen nach dem
Weiterbildungsgesetz und mit eigenen Programmen.</li>
</ul>
<p>Für die Kooperation bedeutet das: Das Jugendamt muss nicht alles selbst anbieten, aber es
muss wissen, was es gibt, und dafür sorgen, dass Lücken geschlossen werden.</p>
""",
        "sources": (
            "§ 3 SGB VIII (Freie und öffentliche Jugendhilfe)\n"
            "§ 4 SGB VIII (Zusammenarbeit der öffentlichen mit der freien Jugendhilfe)\n"
            "§ 79 SGB VIII (Gesamtverantwortung, Grundausstattung)\n"
            "Weiterbildungsgesetz NRW (WbG)"
        ),
        "related": ["was-ist-familienbildung", "gesamtverantwortung-jugendamt"],
        "glossary": ["traeger-der-freien-jugendhilfe", "familienbildung"],
        "tools": [],
        "contexts": [],
    },
    {
        "slug": "warum-kooperation",
        "chapter": B,
        "order": 3,
        "question": "Warum lohnt sich die Kooperation von Familienbildung und Jugendamt?",
        "summary": (
            "Jugendämter müssen Unterstützung für Familien sicherstellen, Familienbildung ist "
            "dort, wo Eltern sind. Zusammen erreichen sie Familien früher und ohne Hürden."
        ),
        "answer": """
<p>Beide Seiten bringen etwas mit, das der anderen fehlt:</p>
<ul>
<li>Das <strong>Jugendamt</strong> hat den gesetzlichen Auftrag, Familien zu unterstützen, und
kennt aus Planung und Einzelfallarbeit den Bedarf vor Ort.</li>
<li>Die <strong>Familienbildung</strong> ist dort, wo Eltern ohnehin sind: in Familienzentren,
Kitas, Stadtteiltreffs und Gemeinderäumen. Ihre Angebote sind niedrigschwellig und werden
nicht als „Hilfe vom Amt“ wahrgenommen.</li>
</ul>
<p>Seit der Reform durch das Kinder- und Jugendstärkungsgesetz betont § 16 SGB VIII
ausdrücklich, dass vernetzte, kooperative, niedrigschwellige und sozialraumorientierte
Angebotsstrukturen entwickelt werden sollen. Kooperation ist damit kein Zusatz, sondern Teil
des gesetzlichen Auftrags.</p>
<p>Voraussetzung ist, dass das Jugendamt die Angebote kennt. Familienbildung sollte ihre
Angebote deshalb sichtbar machen und sich in die Jugendhilfeplanung einbringen.</p>
""",
        "sources": "§ 16 SGB VIII in der Fassung des KJSG (2021)\n§ 79 SGB VIII",
        "related": ["kjsg-aenderungen", "angebote-sichtbar-machen"],
        "glossary": ["familienbildung", "sozialraum"],
        "tools": ["finder"],
        "contexts": ["dashboard"],
    },
    {
        "slug": "abgrenzung-fruehe-hilfen-hze",
        "chapter": B,
        "order": 4,
        "question": (
            "Wie unterscheiden sich Familienbildung, Frühe Hilfen und Hilfen zur Erziehung?"
        ),
        "summary": (
            "Familienbildung steht allen offen, Frühe Hilfen sind ein Netzwerk für die ersten "
            "Lebensjahre, Hilfen zur Erziehung sind Einzelfallhilfen mit Rechtsanspruch."
        ),
        "answer": """
<p>Die drei Begriffe werden im Alltag oft vermischt. Rechtlich sind sie verschieden:</p>
<ul>
<li><strong>Familienbildung</strong> (§ 16 SGB VIII) ist ein offenes, vorbeugendes Angebot für
alle Familien. Niemand muss einen Bedarf nachweisen.</li>
<li><strong>Frühe Hilfen</strong> sind im Gesetz zur Kooperation und Information im Kinderschutz
(KKG) verankert. Gemeint sind aufeinander abgestimmte Angebote für Eltern ab der
Schwangerschaft und in den ersten Lebensjahren, organisiert in örtlichen Netzwerken (§ 3
KKG). Familienbildung ist dort häufig Partnerin.</li>
<li><strong>Hilfen zur Erziehung</strong> (§§ 27 ff. SGB VIII) sind Leistungen im Einzelfall,
auf die Personensorgeberechtigte einen Anspruch haben, wenn die Voraussetzungen vorliegen.
Sie werden im Hilfeplanverfahren (§ 36 SGB VIII) gewährt.</li>
</ul>
<p>In der Kooperation hilft es, diese Unterschiede offen anzusprechen: Ein Elternkurs der
Familienbildung kann eine Hilfe zur Erziehung ergänzen, ersetzt sie aber nicht.</p>
""",
        "sources": (
            "§ 16 SGB VIII\n§§ 27, 36 SGB VIII\n"
            "§§ 1, 3 Gesetz zur Kooperation und Information im Kinderschutz (KKG)"
        ),
        "related": ["was-ist-familienbildung", "familien-ohne-stigmatisierung"],
        "glossary": ["fruehe-hilfen", "hilfen-zur-erziehung", "familienbildung"],
        "tools": [],
        "contexts": [],
    },
    # --- Rechtsrahmen -------------------------------------------------------------------
    {
        "slug": "kjsg-aenderungen",
        "chapter": L,
        "order": 1,
        "question": (
            "Was hat das Kinder- und Jugendstärkungsgesetz (KJSG) für die Familienbildung geändert?"
        ),
        "summary": (
            "Das KJSG von 2021 hat § 16 SGB VIII geschärft: Angebote sollen vernetzt, "
            "kooperativ, niedrigschwellig, partizipativ und sozialraumorientiert sein."
        ),
        "answer": """
<p>Das Kinder- und Jugendstärkungsgesetz ist 2021 in Kraft getreten und hat viele Teile des
SGB VIII geändert. Für die Familienbildung ist vor allem § 16 SGB VIII wichtig:</p>
<ul>
<li>Der Gesetzestext hebt seither hervor, dass vernetzte, kooperative, niedrigschwellige,
partizipative und sozialraumorientierte Angebotsstrukturen unterstützt werden sollen.</li>
<li>Damit wird die Zusammenarbeit von Familienbildung, Jugendamt und weiteren Partnern (etwa
Kitas und Familienzentren) ausdrücklich zum Ziel.</li>
</ul>
<p>Das KJSG stärkt außerdem die Beteiligung von Eltern und jungen Menschen und die
inklusive Ausrichtung der Kinder- und Jugendhilfe. Für die Praxis heißt das: Angebote sollen
so gestaltet sein, dass Familien sie leicht erreichen und mitgestalten können.</p>
<p>Welche Folgen die Reform vor Ort hat, hängt von der Umsetzung im jeweiligen Jugendamt ab.
Den genauen Wortlaut sollten Sie im aktuellen Gesetzestext nachlesen.</p>
""",
        "sources": (
            "Kinder- und Jugendstärkungsgesetz (KJSG) vom 3. Juni 2021\n"
            "§ 16 SGB VIII in der geltenden Fassung"
        ),
        "related": ["warum-kooperation", "gesamtverantwortung-jugendamt"],
        "glossary": ["sozialraum"],
        "tools": [],
        "contexts": [],
    },
    {
        "slug": "gesamtverantwortung-jugendamt",
        "chapter": L,
        "order": 2,
        "question": "Was bedeutet die Gesamtverantwortung des Jugendamts für uns als Träger?",
        "summary": (
            "Das Jugendamt muss für ein ausreichendes Angebot sorgen. Freie Träger sind "
            "dabei Partner – mit eigenem Profil und eigener Verantwortung für ihre Angebote."
        ),
        "answer": """
<p>Nach § 79 SGB VIII hat der öffentliche Träger die Gesamtverantwortung einschließlich der
Planungsverantwortung. Er soll gewährleisten, dass die erforderlichen und geeigneten
Einrichtungen, Dienste und Veranstaltungen rechtzeitig und ausreichend vorhanden sind.</p>
<p>Für freie Träger der Familienbildung heißt das:</p>
<ul>
<li>Das Jugendamt hat ein eigenes Interesse daran, Ihr Angebot zu kennen – es hilft ihm,
seinen Auftrag zu erfüllen.</li>
<li>Sie behalten Ihre Selbstständigkeit in Zielsetzung und Durchführung (§ 4 SGB VIII).</li>
<li>Wo das Jugendamt Angebote fördert oder in Anspruch nimmt, kann es Anforderungen an
Qualität und Nachweise stellen (§§ 74, 79a SGB VIII).</li>
</ul>
<p>Gesamtverantwortung bedeutet nicht, dass das Jugendamt jedes Angebot bezahlt. Ob und wie
es fördert, ist eine Entscheidung vor Ort, in der Regel auf Grundlage der
Jugendhilfeplanung.</p>
""",
        "sources": (
            "§ 79 SGB VIII (Gesamtverantwortung)\n§ 4 SGB VIII\n"
            "§ 74 SGB VIII (Förderung der freien Jugendhilfe)\n§ 79a SGB VIII"
        ),
        "related": ["wer-ist-verantwortlich", "jugendhilfeplanung-was-ist-das"],
        "glossary": ["traeger-der-freien-jugendhilfe"],
        "tools": [],
        "contexts": [],
    },
    {
        "slug": "datenschutz-im-auftrag",
        "chapter": L,
        "order": 3,
        "question": (
            "Welche Datenschutzregeln gelten, wenn wir mit dem Jugendamt zusammenarbeiten?"
        ),
        "summary": (
            "Neben der DSGVO gelten die Regeln zum Schutz der Sozialdaten in §§ 61–65 SGB "
            "VIII. Arbeitet ein freier Träger für das Jugendamt, muss er ein gleichwertiges "
            "Schutzniveau sicherstellen."
        ),
        "answer": """
<p>Für das Jugendamt gilt beim Umgang mit personenbezogenen Daten neben der
Datenschutz-Grundverordnung der Sozialdatenschutz des SGB X und der §§ 61–65 SGB VIII.</p>
<ul>
<li><strong>§ 61 SGB VIII</strong>: Nimmt das Jugendamt Einrichtungen oder Dienste freier
Träger in Anspruch, hat es sicherzustellen, dass der Schutz der Daten dort in entsprechender
Weise gewährleistet ist. Das wird üblicherweise in einer Vereinbarung festgehalten.</li>
<li><strong>§ 62 SGB VIII</strong>: Es dürfen nur die Daten erhoben werden, die für die
jeweilige Aufgabe erforderlich sind.</li>
<li><strong>§ 65 SGB VIII</strong>: Daten, die einer Fachkraft zum Zweck persönlicher und
erzieherischer Hilfe anvertraut wurden, unterliegen einem besonderen Vertrauensschutz.
Das gilt auch für Fachkräfte freier Träger, die in diesem Rahmen tätig werden.</li>
</ul>
<p>Praktisch heißt das: so wenig Daten wie möglich, Weitergabe nur mit Rechtsgrundlage oder
Einwilligung, und wo möglich Pseudonyme statt Namen. famkoop vermittelt deshalb mit einem
Gutscheincode statt mit dem Namen der Familie.</p>
""",
        "sources": (
            "§§ 61, 62, 65 SGB VIII\n§§ 67 ff. SGB X (Schutz der Sozialdaten)\n"
            "Datenschutz-Grundverordnung (DSGVO)"
        ),
        "related": ["rueckmeldung-an-jugendamt", "kirchlicher-datenschutz", "vermittlung"],
        "glossary": ["sozialdaten"],
        "tools": [],
        "contexts": ["referral"],
    },
    {
        "slug": "rueckmeldung-an-jugendamt",
        "chapter": L,
        "order": 4,
        "question": (
            "Dürfen wir dem Jugendamt mitteilen, ob eine Familie ein Angebot wahrgenommen hat?"
        ),
        "summary": (
            "Nur mit einer Rechtsgrundlage oder der Einwilligung der Familie – und nur so "
            "viel wie nötig. Oft reicht die Information, dass die Hilfe angekommen ist."
        ),
        "answer": """
<p>Ob eine Familie ein Angebot besucht, ist eine personenbezogene Information. Eine
Weitergabe braucht eine Rechtsgrundlage; in der Familienbildung ist das in der Regel die
informierte Einwilligung der Familie.</p>
<p>Für die Jugendhilfe gilt außerdem der Grundsatz der Zweckbindung (§ 64 SGB VIII): Daten
dürfen nur für den Zweck genutzt werden, für den sie erhoben wurden. Wo es die Aufgabe
zulässt, sollen Daten anonymisiert oder pseudonymisiert werden (§ 64 Abs. 2a SGB VIII).</p>
<p>Bewährt hat sich, die Rückmeldung auf das Nötigste zu begrenzen: „Die Familie hat das
Angebot begonnen“ – ohne Inhalte aus Gesprächen. Vereinbaren Sie vorab mit dem Jugendamt,
welche Rückmeldung erwartet wird, und erklären Sie das der Familie offen.</p>
<p>Diese Antwort ersetzt keine Rechtsberatung; bei Unsicherheit hilft die oder der
Datenschutzbeauftragte Ihres Trägers.</p>
""",
        "sources": (
            "§ 64 SGB VIII (Datenübermittlung und -nutzung)\n"
            "Art. 6 und 7 DSGVO (Rechtmäßigkeit, Einwilligung)"
        ),
        "related": ["datenschutz-im-auftrag", "vermittlung"],
        "glossary": ["sozialdaten"],
        "tools": [],
        "contexts": ["referral"],
    },
    {
        "slug": "kirchlicher-datenschutz",
        "chapter": L,
        "order": 5,
        "question": "Was gilt beim Datenschutz für kirchliche Träger?",
        "summary": (
            "Kirchliche Träger wenden ihr eigenes Datenschutzrecht an. In der Kooperation "
            "muss geklärt sein, welche Regeln gelten und wer wofür verantwortlich ist."
        ),
        "answer": """
<p>Viele Familienbildungseinrichtungen gehören zu evangelischen oder katholischen Trägern.
Die Kirchen haben eigene Datenschutzgesetze, die die Datenschutz-Grundverordnung für ihren
Bereich ausgestalten (Art. 91 DSGVO erlaubt das). Dazu gehören eigene Datenschutzaufsichten.</p>
<p>In der Zusammenarbeit mit dem Jugendamt bedeutet das:</p>
<ul>
<li>Für die Daten, die der kirchliche Träger selbst verarbeitet, gilt kirchliches
Datenschutzrecht.</li>
<li>Für das Jugendamt gelten weiterhin die staatlichen Regeln, einschließlich §§ 61–65 SGB
VIII. Es muss sicherstellen, dass der Schutz beim Träger gleichwertig ist.</li>
<li>Eine Kooperationsvereinbarung sollte festhalten, welche Daten fließen, auf welcher
Grundlage und wer Ansprechperson für Datenschutzfragen ist.</li>
</ul>
""",
        "sources": (
            "Art. 91 DSGVO (Datenschutzvorschriften von Kirchen)\n§ 61 SGB VIII\n"
            "Datenschutzgesetze der evangelischen und der katholischen Kirche"
        ),
        "related": ["datenschutz-im-auftrag", "kooperationsvereinbarung-inhalt"],
        "glossary": ["sozialdaten"],
        "tools": [],
        "contexts": [],
    },
    # --- Planung ------------------------------------------------------------------------
    {
        "slug": "jugendhilfeplanung-was-ist-das",
        "chapter": P,
        "order": 1,
        "question": "Was ist Jugendhilfeplanung und wo kommt Familienbildung darin vor?",
        "summary": (
            "In der Jugendhilfeplanung stellt das Jugendamt Bestand und Bedarf fest und plant "
            "die nötigen Angebote. Familienbildung gehört als Leistung nach § 16 SGB VIII dazu."
        ),
        "answer": """
<p>§ 80 SGB VIII verpflichtet den öffentlichen Träger zur Jugendhilfeplanung. Er soll</p>
<ul>
<li>den Bestand an Einrichtungen und Diensten feststellen,</li>
<li>den Bedarf ermitteln – unter Berücksichtigung der Wünsche, Bedürfnisse und Interessen
der jungen Menschen und ihrer Familien – und</li>
<li>die zur Befriedigung des Bedarfs notwendigen Vorhaben rechtzeitig und ausreichend
planen.</li>
</ul>
<p>Angebote nach § 16 SGB VIII sind Teil dieser Planung. Wie ausführlich Familienbildung im
jeweiligen Plan vorkommt, ist sehr unterschiedlich: Manche Jugendämter haben eigene
Teilpläne, andere erwähnen sie nur am Rande.</p>
<p>Der Jugendhilfeausschuss befasst sich mit der Jugendhilfeplanung (§ 71 SGB VIII). Dort
werden auch Beschlüsse gefasst, die für Förderungen wichtig sein können.</p>
""",
        "sources": "§ 80 SGB VIII (Jugendhilfeplanung)\n§ 71 SGB VIII (Jugendhilfeausschuss)",
        "related": ["in-jugendhilfeplanung-einbringen", "daten-fuer-planung"],
        "glossary": ["jugendhilfeplanung", "sozialraum"],
        "tools": ["planning"],
        "contexts": ["planning"],
    },
    {
        "slug": "in-jugendhilfeplanung-einbringen",
        "chapter": P,
        "order": 2,
        "question": "Wie bringen wir uns als Träger in die Jugendhilfeplanung ein?",
        "summary": (
            "Freie Träger sind in allen Phasen der Planung frühzeitig zu beteiligen. Nutzen "
            "Sie Arbeitsgemeinschaften, den Jugendhilfeausschuss und direkte Gespräche."
        ),
        "answer": """
<p>§ 80 SGB VIII sieht vor, dass die anerkannten Träger der freien Jugendhilfe in allen
Phasen der Planung frühzeitig beteiligt werden. Das ist eine Chance, die Sie aktiv nutzen
können:</p>
<ul>
<li><strong>Arbeitsgemeinschaften nach § 78 SGB VIII</strong>: In vielen Kommunen gibt es sie
für Familienförderung oder Frühe Hilfen. Fragen Sie beim Jugendamt nach, welche es gibt.</li>
<li><strong>Jugendhilfeausschuss</strong>: Die Wohlfahrtsverbände sind dort vertreten. Sprechen
Sie mit den Personen, die Ihren Verband vertreten.</li>
<li><strong>Eigene Daten</strong>: Zeigen Sie, welche Angebote Sie wo und für wen machen. Eine
aktuelle, vollständige Übersicht ist für Planerinnen und Planer wertvoll.</li>
<li><strong>Direkter Kontakt</strong>: Ein jährliches Gespräch mit der Jugendhilfeplanung
schafft Vertrauen und klärt Erwartungen.</li>
</ul>
""",
        "sources": ("§ 80 SGB VIII\n§ 78 SGB VIII (Arbeitsgemeinschaften)\n§ 71 SGB VIII"),
        "related": ["jugendhilfeplanung-was-ist-das", "angebote-sichtbar-machen"],
        "glossary": ["jugendhilfeplanung"],
        "tools": ["backoffice"],
        "contexts": ["planning", "dashboard"],
    },
    {
        "slug": "daten-fuer-planung",
        "chapter": P,
        "order": 3,
        "question": "Welche Daten braucht die Jugendhilfeplanung von uns – und welche nicht?",
        "summary": (
            "Gebraucht werden Angaben über Angebote: wo, wann, für wen, wie oft genutzt. "
            "Personenbezogene Daten einzelner Familien gehören nicht in die Planung."
        ),
        "answer": """
<p>Für die Planung sind Angaben über die <em>Angebote</em> nützlich, nicht über einzelne
Familien:</p>
<ul>
<li>Ort und Sozialraum, Art des Angebots, Termine,</li>
<li>Altersgruppen der Kinder und Zielgruppen,</li>
<li>Sprachen, Kosten, Barrierefreiheit,</li>
<li>zusammengefasste Zahlen zur Nutzung, zum Beispiel Teilnehmende je Kurs.</li>
</ul>
<p>Personenbezogene Daten sind für die Planung nicht erforderlich. Das Gesetz ist hier
deutlich: Sozialdaten, die das Jugendamt für Planungszwecke nutzt, sind unverzüglich zu
anonymisieren (§ 64 Abs. 3 SGB VIII).</p>
<p>famkoop wertet für die Planung deshalb nur Angebotsdaten und anonyme Suchanfragen aus,
keine Namen.</p>
""",
        "sources": "§ 80 SGB VIII\n§ 64 Abs. 3 SGB VIII",
        "related": ["jugendhilfeplanung-was-ist-das", "datenschutz-im-auftrag"],
        "glossary": ["sozialdaten", "jugendhilfeplanung"],
        "tools": ["planning"],
        "contexts": ["planning"],
    },
    {
        "slug": "angebote-sichtbar-machen",
        "chapter": P,
        "order": 4,
        "question": "Wie werden unsere Angebote für das Jugendamt sichtbar?",
        "summary": (
            "Indem sie aktuell, vollständig und auffindbar dort stehen, wo Fachkräfte suchen "
            "– am besten ohne doppelte Eingabe."
        ),
        "answer": """
<p>Jugendämter können Angebote nur nutzen, wenn sie davon wissen. Fachkräfte im Allgemeinen
Sozialen Dienst oder in den Frühen Hilfen haben wenig Zeit; sie brauchen in Sekunden einen
Überblick.</p>
<ul>
<li><strong>Aktuell halten</strong>: Ein Angebot mit Datum der letzten Bestätigung schafft
Vertrauen. Veraltete Einträge schaden mehr, als sie nützen.</li>
<li><strong>Vollständig beschreiben</strong>: Zielgruppe, Alter der Kinder, Sprache, Kosten,
Kinderbetreuung und ob Vermittlungen möglich sind.</li>
<li><strong>Nicht doppelt tippen</strong>: Nutzen Sie, wo möglich, den Import aus Ihrer
Kurssoftware.</li>
<li><strong>Persönlich vorstellen</strong>: Ein kurzer Besuch im Team des Jugendamts wirkt oft
mehr als jede Liste.</li>
</ul>
""",
        "sources": (
            "§ 16 Abs. 2 SGB VIII (vernetzte, kooperative Angebotsstrukturen)\n§ 79 SGB VIII"
        ),
        "related": ["in-jugendhilfeplanung-einbringen", "warum-kooperation"],
        "glossary": [],
        "tools": ["backoffice", "professional_finder"],
        "contexts": ["offer_editor", "dashboard"],
    },
    # --- Finanzierung -------------------------------------------------------------------
    {
        "slug": "foerderung-nrw-weiterbildungsgesetz",
        "chapter": F,
        "order": 1,
        "question": "Wie wird Familienbildung in NRW gefördert?",
        "summary": (
            "Anerkannte Einrichtungen werden nach dem Weiterbildungsgesetz gefördert, "
            "gemessen in Unterrichtsstunden und Teilnehmertagen. Dazu kommen Landesprogramme."
        ),
        "answer": """
<p>In Nordrhein-Westfalen werden anerkannte Einrichtungen der Familienbildung nach dem
Weiterbildungsgesetz (WbG) gefördert. Die Leistung wird in
<strong>Unterrichtsstunden</strong> (je 45 Minuten) und <strong>Teilnehmertagen</strong>
gemessen. Eine geförderte Stelle ist an einen jährlichen Umfang gebunden: 1.400
Unterrichtsstunden oder 1.300 Teilnehmertage.</p>
<p>Hinzu kommen Programme des Landes nach der Förderrichtlinie für die Familienbildung
(Fassung vom November 2023), die bei den Landesjugendämtern (LVR im Rheinland, LWL in
Westfalen-Lippe) beantragt werden, etwa</p>
<ul>
<li>Ermäßigungen der Teilnahmebeiträge für benachteiligte Familien,</li>
<li>„Elternstart NRW“,</li>
<li>Maßnahmen für Familien in besonderen Belastungssituationen.</li>
</ul>
<p>Die Einzelheiten – Fristen, Nachweise, Beträge – ändern sich. Maßgeblich sind die
aktuelle Richtlinie und die Hinweise des zuständigen Landesjugendamts.</p>
""",
        "sources": (
            "Weiterbildungsgesetz NRW (WbG)\n"
            "Förderrichtlinie des Landes NRW für die Familienbildung, Fassung November 2023"
        ),
        "related": ["richtlinie-2023-belastungssituationen", "kooperationsangebote-finanzieren"],
        "glossary": ["familienbildung"],
        "tools": [],
        "contexts": ["financing"],
    },
    {
        "slug": "richtlinie-2023-belastungssituationen",
        "chapter": F,
        "order": 2,
        "question": (
            "Was regelt die Förderrichtlinie von 2023 für Familien in besonderen "
            "Belastungssituationen?"
        ),
        "summary": (
            "Sie fördert kostenfreie Angebote für belastete Familien mit einem festen Betrag "
            "je Unterrichtsstunde aus einem begrenzten Budget – abgestimmt mit dem Jugendamt."
        ),
        "answer": """
<p>Die Förderrichtlinie des Landes NRW für die Familienbildung (November 2023) enthält eine
Förderung von Maßnahmen für Familien in besonderen Belastungssituationen. Nach unserem
Kenntnisstand gilt:</p>
<ul>
<li>Die Teilnahme ist für die Familien kostenfrei.</li>
<li>Gefördert wird ein fester Betrag je Unterrichtsstunde; bei Erlass der Richtlinie waren
es 50 Euro.</li>
<li>Das Budget ist begrenzt.</li>
<li>Seit 2024 müssen die Maßnahmen mit der örtlichen Jugendhilfeplanung abgestimmt sein.
Vor dem ersten Antrag ist ein Beschluss des Jugendhilfeausschusses nötig, der jährlich
bestätigt wird.</li>
</ul>
<p>Damit ist diese Förderlinie der Ort, an dem Familienbildung und Jugendamt verbindlich
zusammenkommen. Prüfen Sie Beträge und Verfahren in der aktuellen Fassung der Richtlinie
und beim zuständigen Landesjugendamt.</p>
""",
        "sources": (
            "Förderrichtlinie des Landes NRW für die Familienbildung, Fassung November 2023\n"
            "§ 80 SGB VIII\n§ 71 SGB VIII"
        ),
        "related": ["erster-antrag-schritte", "kooperationsangebote-finanzieren"],
        "glossary": ["familien-in-besonderen-belastungssituationen"],
        "tools": [],
        "contexts": ["financing", "agreement_form"],
    },
    {
        "slug": "erster-antrag-schritte",
        "chapter": F,
        "order": 3,
        "question": "Welche Schritte sind vor dem ersten Antrag für Belastungs-Angebote nötig?",
        "summary": (
            "Abstimmung mit der Jugendhilfeplanung, Beschluss des Jugendhilfeausschusses, "
            "dann der Antrag beim Landesjugendamt – mit genügend Vorlauf."
        ),
        "answer": """
<p>Weil die Maßnahmen für Familien in besonderen Belastungssituationen seit 2024 mit der
örtlichen Jugendhilfeplanung abgestimmt sein müssen, empfiehlt sich diese Reihenfolge:</p>
<ol>
<li><strong>Gespräch mit der Jugendhilfeplanung</strong>: Welche Familien, welche Sozialräume,
welche Angebote? Passt das zu den Zielen des Jugendamts?</li>
<li><strong>Gemeinsame Beschreibung</strong> der geplanten Maßnahmen, die der Verwaltung als
Grundlage für eine Vorlage dient.</li>
<li><strong>Beschluss des Jugendhilfeausschusses</strong> vor dem ersten Antrag. Die
Sitzungstermine stehen oft lange fest – planen Sie Vorlauf ein.</li>
<li><strong>Antrag beim Landesjugendamt</strong> (LVR oder LWL).</li>
<li><strong>Jährliche Bestätigung</strong> des Beschlusses, am besten verbunden mit einem
kurzen gemeinsamen Rückblick.</li>
</ol>
<p>Welche Unterlagen genau verlangt werden, legen Richtlinie und Landesjugendamt fest.</p>
""",
        "sources": (
            "Förderrichtlinie des Landes NRW für die Familienbildung, Fassung November 2023\n"
            "§ 71 SGB VIII (Jugendhilfeausschuss)\n§ 80 SGB VIII"
        ),
        "related": ["richtlinie-2023-belastungssituationen", "kooperation-beginnen"],
        "glossary": ["familien-in-besonderen-belastungssituationen", "jugendhilfeplanung"],
        "tools": ["agreement_create"],
        "contexts": ["financing", "agreement_form"],
    },
    {
        "slug": "kooperationsangebote-finanzieren",
        "chapter": F,
        "order": 4,
        "question": "Wie finanzieren wir Kooperationsangebote?",
        "summary": (
            "Meist aus mehreren Quellen: Landesmitteln für die Familienbildung, kommunalen "
            "Mitteln des Jugendamts und Eigenmitteln. Wichtig ist, das vorab gemeinsam "
            "festzuhalten."
        ),
        "answer": """
<p>Für Kooperationsangebote gibt es selten nur eine Finanzierungsquelle. Übliche Bausteine
sind:</p>
<ul>
<li><strong>Landesförderung</strong>: die Grundförderung nach dem Weiterbildungsgesetz und
Programme der Förderrichtlinie, insbesondere die Förderung von Maßnahmen für Familien in
besonderen Belastungssituationen. Dieses Budget ist begrenzt.</li>
<li><strong>Förderung durch das Jugendamt</strong> nach § 74 SGB VIII, etwa als Zuschuss zu
einem Angebot im Sozialraum.</li>
<li><strong>Vereinbarungen über Kosten</strong>: Nimmt das Jugendamt Angebote freier Träger in
Anspruch, sind nach § 77 SGB VIII Vereinbarungen über die Kosten anzustreben.</li>
<li><strong>Eigenmittel</strong> des Trägers und weitere Partner, zum Beispiel Stiftungen.</li>
</ul>
<p>Entscheidend ist eine realistische Einschätzung der Ressourcen auf beiden Seiten: Geld,
aber auch Personal, Räume und Zeit für Abstimmung. Halten Sie fest, wer was trägt, für
welchen Zeitraum und wie die Mittel nachgewiesen werden – am besten in einer
Kooperationsvereinbarung.</p>
""",
        "sources": (
            "§ 74 SGB VIII (Förderung der freien Jugendhilfe)\n"
            "§ 77 SGB VIII (Vereinbarungen über Kostenübernahme)\n"
            "Weiterbildungsgesetz NRW\n"
            "Förderrichtlinie des Landes NRW für die Familienbildung, Fassung November 2023"
        ),
        "related": [
            "richtlinie-2023-belastungssituationen",
            "kooperationsvereinbarung-inhalt",
            "verwendungsnachweis",
        ],
        "glossary": ["familien-in-besonderen-belastungssituationen", "regelangebot"],
        "tools": ["agreement_create"],
        "contexts": ["financing", "agreement_form", "dashboard"],
    },
    {
        "slug": "verwendungsnachweis",
        "chapter": F,
        "order": 5,
        "question": "Wie weisen wir die Verwendung von Fördermitteln nach?",
        "summary": (
            "Mit dem Verwendungsnachweis, den der Zuwendungsbescheid verlangt. Wer Ausgaben "
            "und Leistungen laufend erfasst, hat am Jahresende wenig Arbeit."
        ),
        "answer": """
<p>Wer öffentliche Zuwendungen erhält, muss nachweisen, dass sie für den bewilligten Zweck
verwendet wurden. Was genau verlangt wird, steht im Zuwendungsbescheid und seinen
Nebenbestimmungen; Grundlage für Landesmittel ist das Haushaltsrecht des Landes (§ 44
Landeshaushaltsordnung NRW).</p>
<p>Üblich sind ein Sachbericht und ein zahlenmäßiger Nachweis. Für Angebote der
Familienbildung gehören dazu oft:</p>
<ul>
<li>durchgeführte Unterrichtsstunden oder Teilnehmertage,</li>
<li>Zahl der Teilnehmenden (zusammengefasst, ohne Namen, wo das genügt),</li>
<li>Ausgaben nach den Positionen des Finanzierungsplans.</li>
</ul>
<p>Tipp: Erfassen Sie Mittelbindung und Ausgaben laufend je Angebot. Dann entsteht der
Nachweis fast von selbst, und Sie sehen früh, wenn das Budget knapp wird.</p>
""",
        "sources": (
            "§ 44 Landeshaushaltsordnung NRW (Zuwendungen)\n"
            "Nebenbestimmungen des jeweiligen Zuwendungsbescheids"
        ),
        "related": ["kooperationsangebote-finanzieren", "gemeinsam-auswerten"],
        "glossary": [],
        "tools": [],
        "contexts": ["financing"],
    },
    # --- Kooperation aufbauen -----------------------------------------------------------
    {
        "slug": "kooperation-beginnen",
        "chapter": C,
        "order": 1,
        "question": "Wie beginnen wir eine Kooperation mit dem Jugendamt?",
        "summary": (
            "Mit einem Gespräch über gemeinsame Ziele, klaren Ansprechpersonen auf beiden "
            "Seiten und einem kleinen, gut machbaren ersten Vorhaben."
        ),
        "answer": """
<p>Eine Kooperation beginnt selten mit einem Vertrag, sondern mit einem Gespräch. Hilfreiche
Schritte:</p>
<ol>
<li><strong>Die richtige Stelle finden</strong>: Je nach Thema sind das die
Jugendhilfeplanung, die Koordination der Frühen Hilfen oder die Leitung des Allgemeinen
Sozialen Dienstes.</li>
<li><strong>Das eigene Angebot vorstellen</strong> – und zuhören, welche Bedarfe das Jugendamt
sieht.</li>
<li><strong>Gemeinsame Ziele formulieren</strong>: Welche Familien wollen wir erreichen, was soll
sich für sie ändern?</li>
<li><strong>Ressourcen ehrlich klären</strong>: Geld, Personal, Räume, Zeit.</li>
<li><strong>Klein anfangen</strong>: ein Angebot, ein Sozialraum, ein vereinbarter Termin für
den Rückblick.</li>
</ol>
<p>Was sich bewährt, wird in einer Kooperationsvereinbarung festgehalten.</p>
""",
        "sources": "§ 4 SGB VIII (partnerschaftliche Zusammenarbeit)\n§ 16 SGB VIII",
        "related": ["kooperationsvereinbarung-inhalt", "warum-kooperation"],
        "glossary": ["traeger-der-freien-jugendhilfe"],
        "tools": ["agreement_create", "practice_examples"],
        "contexts": ["agreement_form", "dashboard"],
    },
    {
        "slug": "kooperationsvereinbarung-inhalt",
        "chapter": C,
        "order": 2,
        "question": "Was gehört in eine Kooperationsvereinbarung?",
        "summary": (
            "Beteiligte, Ziele, Maßnahmen, Ressourcen und Finanzierung, Datenschutz, "
            "Ansprechpersonen und Termine für die gemeinsame Überprüfung."
        ),
        "answer": """
<p>Eine Kooperationsvereinbarung macht verbindlich, was beide Seiten besprochen haben. Eine
Form schreibt das Gesetz nicht vor; bewährt haben sich diese Bausteine:</p>
<ul>
<li><strong>Beteiligte</strong> und ihre Ansprechpersonen,</li>
<li><strong>Ziele</strong>: für welche Familien, mit welcher Wirkung,</li>
<li><strong>Maßnahmen</strong>: welche Angebote, wo, wie oft,</li>
<li><strong>Ressourcen und Finanzierung</strong>: wer trägt welche Kosten, Personal und Räume,</li>
<li><strong>Zugang und Vermittlung</strong>: wie Familien vom Jugendamt in das Angebot kommen,</li>
<li><strong>Datenschutz</strong>: welche Daten fließen, auf welcher Grundlage (§ 61 SGB VIII),</li>
<li><strong>Überprüfung</strong>: Termine für den gemeinsamen Rückblick und die Anpassung,</li>
<li><strong>Laufzeit</strong> und Kündigung.</li>
</ul>
<p>Wer Kooperationsvereinbarungen auf famkoop anlegt, findet diese Bausteine als Felder
wieder und kann verknüpfte Angebote und Mittel direkt zuordnen.</p>
""",
        "sources": ("§ 4 SGB VIII\n§ 61 SGB VIII\n§ 77 SGB VIII\n§ 79a SGB VIII"),
        "related": [
            "kooperationsangebote-finanzieren",
            "kooperation-beginnen",
            "gemeinsam-auswerten",
        ],
        "glossary": [],
        "tools": ["agreement_create"],
        "contexts": ["agreement_form"],
    },
    {
        "slug": "familien-ohne-stigmatisierung",
        "chapter": C,
        "order": 3,
        "question": "Wie erreichen wir Familien, ohne sie zu stigmatisieren?",
        "summary": (
            "Indem Angebote offen, vor Ort und ohne Etikett sind. Eine Vermittlung durch das "
            "Jugendamt darf in der Gruppe nicht erkennbar sein."
        ),
        "answer": """
<p>Die Stärke der Familienbildung ist, dass Eltern sie freiwillig und ohne Sorge vor einem
Etikett nutzen. Diese Stärke sollte eine Kooperation schützen:</p>
<ul>
<li><strong>Offene Angebote</strong>: Familien, die das Jugendamt empfiehlt, nehmen an denselben
Kursen und Treffs teil wie alle anderen.</li>
<li><strong>Vertraute Orte</strong>: Kitas, Familienzentren und Stadtteiltreffs senken die
Schwelle.</li>
<li><strong>Keine Kennzeichnung</strong>: In Teilnahmelisten und in der Gruppe ist nicht zu
erkennen, wer vermittelt wurde.</li>
<li><strong>Kostenfreiheit</strong>, wo sie nötig ist – etwa über die Förderung für Familien in
besonderen Belastungssituationen –, ohne dass Familien ihre Lage vor der Gruppe erklären
müssen.</li>
</ul>
<p>§ 16 SGB VIII spricht ausdrücklich von niedrigschwelligen und sozialraumorientierten
Angeboten.</p>
""",
        "sources": "§ 16 SGB VIII\n§ 65 SGB VIII (Vertrauensschutz)",
        "related": ["vermittlung", "abgrenzung-fruehe-hilfen-hze"],
        "glossary": ["sozialraum", "familien-in-besonderen-belastungssituationen"],
        "tools": ["finder"],
        "contexts": ["referral"],
    },
    # --- Projekte -----------------------------------------------------------------------
    {
        "slug": "typische-kooperationsprojekte",
        "chapter": PR,
        "order": 1,
        "question": "Welche Kooperationsprojekte sind typisch?",
        "summary": (
            "Elternkurse in Kitas und Familienzentren, offene Treffs für junge Eltern, "
            "Angebote im Netzwerk Frühe Hilfen und gemeinsame Angebote für belastete Familien."
        ),
        "answer": """
<p>Kooperationen zwischen Familienbildung und Jugendamt sehen vor Ort sehr verschieden aus.
Häufige Formen sind:</p>
<ul>
<li><strong>Angebote in Kitas und Familienzentren</strong>: Elternkurse, Elterncafés und
Sprechstunden dort, wo Eltern ihre Kinder bringen.</li>
<li><strong>Angebote im Netzwerk Frühe Hilfen</strong>: Babytreffs und Kurse für werdende und
junge Eltern.</li>
<li><strong>Angebote für Familien in besonderen Belastungssituationen</strong>, abgestimmt mit
der Jugendhilfeplanung.</li>
<li><strong>Gruppenangebote, die Hilfen zur Erziehung ergänzen</strong>, etwa ein Elternkurs,
den der Allgemeine Soziale Dienst empfiehlt.</li>
<li><strong>Aufsuchende und digitale Formate</strong> für Familien, die den Weg in eine
Einrichtung nicht finden.</li>
</ul>
<p>Beispiele finden Sie unter den Praxisbeispielen. Die dort beschriebenen Projekte sind als
Demo-Inhalte gekennzeichnet und erfunden.</p>
""",
        "sources": "§ 16 SGB VIII\n§ 3 KKG (Netzwerke Frühe Hilfen)",
        "related": ["vermittlung", "kooperation-beginnen"],
        "glossary": ["fruehe-hilfen", "hilfen-zur-erziehung"],
        "tools": ["practice_examples"],
        "contexts": [],
    },
    {
        "slug": "vermittlung",
        "chapter": PR,
        "order": 2,
        "question": "Wie kann eine Vermittlung vom Jugendamt in ein Angebot aussehen?",
        "summary": (
            "Die Fachkraft empfiehlt ein passendes Angebot, die Familie meldet sich selbst "
            "oder mit einem Gutscheincode an. Das Jugendamt erfährt nur, ob die Hilfe ankam."
        ),
        "answer": """
<p>Eine gute Vermittlung schützt die Familie und gibt dem Jugendamt doch eine Rückmeldung.
Ein möglicher Ablauf, wie ihn famkoop unterstützt:</p>
<ol>
<li>Die Fachkraft sucht mit der Familie ein passendes Angebot aus – nach Ort, Alter des
Kindes, Sprache und Kosten.</li>
<li>Die Familie erhält einen <strong>Gutscheincode</strong> statt einer Überweisung mit ihrem
Namen. Sie willigt ein, dass eine Rückmeldung erfolgt.</li>
<li>Beim Träger löst die Familie den Code ein. Der Träger sieht keinen Grund der
Vermittlung.</li>
<li>Das Jugendamt erfährt, ob der Code eingelöst wurde – nicht mehr.</li>
<li>Die Daten werden nach einer festgelegten Frist gelöscht.</li>
</ol>
<p>Dieser Ablauf folgt dem Grundsatz, so wenige Daten wie möglich zu erheben, und der
Vorgabe, Daten wo möglich zu pseudonymisieren (§§ 62, 64 SGB VIII).</p>
""",
        "sources": "§§ 62, 64, 65 SGB VIII\nArt. 5 DSGVO (Datenminimierung)",
        "related": ["rueckmeldung-an-jugendamt", "familien-ohne-stigmatisierung"],
        "glossary": ["sozialdaten"],
        "tools": ["professional_finder"],
        "contexts": ["referral"],
    },
    # --- Qualität und Auswertung --------------------------------------------------------
    {
        "slug": "qualitaetsentwicklung-79a",
        "chapter": Q,
        "order": 1,
        "question": "Was verlangt § 79a SGB VIII zur Qualitätsentwicklung?",
        "summary": (
            "Der öffentliche Träger soll Grundsätze und Maßstäbe für Qualität entwickeln, "
            "anwenden und regelmäßig überprüfen – auch für die Zusammenarbeit mit anderen."
        ),
        "answer": """
<p>§ 79a SGB VIII verpflichtet den öffentlichen Träger der Jugendhilfe, Grundsätze und
Maßstäbe für die Bewertung der Qualität sowie geeignete Maßnahmen zu ihrer Gewährleistung
weiterzuentwickeln, anzuwenden und regelmäßig zu überprüfen. Das betrifft unter anderem
die Leistungen selbst und die Zusammenarbeit mit anderen Institutionen.</p>
<p>Für Familienbildungseinrichtungen in einer Kooperation bedeutet das:</p>
<ul>
<li>Das Jugendamt kann nach Qualitätsmerkmalen fragen – etwa nach Qualifikation der
Kursleitungen, Zugänglichkeit oder Beteiligung der Eltern.</li>
<li>Eigene Qualitätsverfahren (zum Beispiel aus der Anerkennung als
Weiterbildungseinrichtung) lassen sich einbringen.</li>
<li>Es lohnt sich, Qualitätsmerkmale gemeinsam zu vereinbaren statt einseitig
vorzugeben.</li>
</ul>
""",
        "sources": "§ 79a SGB VIII (Qualitätsentwicklung in der Kinder- und Jugendhilfe)",
        "related": ["gemeinsam-auswerten", "gesamtverantwortung-jugendamt"],
        "glossary": [],
        "tools": [],
        "contexts": [],
    },
    {
        "slug": "gemeinsam-auswerten",
        "chapter": Q,
        "order": 2,
        "question": "Wie werten wir eine Kooperation gemeinsam aus?",
        "summary": (
            "An vorab vereinbarten Zielen, mit wenigen verständlichen Kennzahlen und der "
            "Sicht der Familien – in festen Abständen."
        ),
        "answer": """
<p>Eine Auswertung gelingt, wenn sie von Anfang an mitgedacht ist:</p>
<ul>
<li><strong>Ziele vorher festlegen</strong>: Nur was vereinbart wurde, lässt sich
überprüfen.</li>
<li><strong>Wenige Kennzahlen</strong>, die beide Seiten verstehen: Zahl der Angebote und
Teilnehmenden, Anteil der vermittelten Familien, die ein Angebot begonnen haben, genutzte
Mittel.</li>
<li><strong>Die Sicht der Familien</strong>: kurze, freiwillige und anonyme Rückmeldungen.</li>
<li><strong>Feste Termine</strong>: etwa ein halbjährlicher Rückblick und vor der jährlichen
Bestätigung im Jugendhilfeausschuss.</li>
<li><strong>Konsequenzen</strong>: Was wird fortgesetzt, verändert oder beendet?</li>
</ul>
<p>Die Ergebnisse fließen in die Jugendhilfeplanung (§ 80 SGB VIII) und in die
Qualitätsentwicklung (§ 79a SGB VIII) ein. Auswertungen für die Planung kommen ohne
personenbezogene Daten aus.</p>
""",
        "sources": "§ 79a SGB VIII\n§ 80 SGB VIII\n§ 64 Abs. 3 SGB VIII",
        "related": ["qualitaetsentwicklung-79a", "kooperationsvereinbarung-inhalt"],
        "glossary": ["jugendhilfeplanung"],
        "tools": ["planning"],
        "contexts": ["agreement_form", "planning"],
    },
]
