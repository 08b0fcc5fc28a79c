"""The kinds of offers the demo providers make: title, text, format, ages and typical terms.

Each topic names the taxonomy terms (by code) it belongs to. The generator uses a topic only
when at least one of its terms exists, and builds plain offers from the term itself for every
term no topic covers, so the demo follows whatever taxonomy is loaded.

`{kinder}` in titles and summaries becomes the age phrase, e.g. "Kinder von 1 bis 3 Jahren";
`{kindern}` is the same after a preposition that takes the dative ("mit Kindern von …").
"""

from dataclasses import dataclass

from famkoop.directory.models import Service
from famkoop.directory.reference_data import TARGET_GROUP_SPECIAL_STRESS

Format = Service.Format
NO_AGE: tuple[int | None, int | None] = (None, None)

# Target group codes the texts refer to; unknown codes are skipped at run time.
EXPECTANT = "werdende-eltern"
MOTHERS = "muetter"
FATHERS = "vaeter"
SINGLE_PARENTS = "alleinerziehende"
MIGRANTS = "familien-mit-zuwanderungsgeschichte"
REFUGEES = "gefluechtete-familien"
LOW_INCOME = "familien-mit-kleinem-einkommen"
SPECIAL_STRESS = TARGET_GROUP_SPECIAL_STRESS
DISABLED_CHILDREN = "familien-mit-kindern-mit-behinderung"
GRANDPARENTS = "grosseltern"
YOUNG_PARENTS = "junge-eltern"


@dataclass(frozen=True)
class Topic:
    terms: tuple[str, ...]
    format: str
    titles: tuple[str, ...]
    summary: str
    description: str
    ages: tuple[tuple[int | None, int | None], ...] = (NO_AGE,)
    target_groups: tuple[str, ...] = ()
    # morning, afternoon, evening or saturday: when such offers usually take place.
    slot: str = "morning"
    sessions: int = 8
    cost: tuple[int, int] = (20, 60)
    free_share: float = 0.5
    childcare: bool = False
    # Share of these offers that also run online (as format "online").
    online_share: float = 0.0
    # Suited for families a youth office refers (low threshold, often free).
    referrals: bool = False
    weight: int = 2


TOPICS: tuple[Topic, ...] = (
    # Schwangerschaft und Geburt
    Topic(
        terms=("geburtsvorbereitung",),
        format=Format.COURSE,
        titles=(
            "Geburtsvorbereitung für Paare",
            "Geburtsvorbereitungskurs für Frauen",
            "Geburtsvorbereitung mit Hebamme",
        ),
        summary="Gut vorbereitet in die Geburt: Ablauf, Atmung, Entspannung und die ersten "
        "Tage mit dem Baby.",
        description="Eine erfahrene Hebamme begleitet Sie durch die letzten Wochen der "
        "Schwangerschaft. Wir sprechen über den Ablauf der Geburt, üben Atem- und "
        "Entspannungstechniken und Haltungen, die die Wehen erleichtern. Auch die ersten Tage "
        "mit dem Baby, das Stillen und das Wochenbett kommen zur Sprache. Begleitpersonen sind "
        "an einzelnen Abenden herzlich willkommen.",
        target_groups=(EXPECTANT,),
        slot="evening",
        sessions=7,
        cost=(60, 120),
        free_share=0.2,
        weight=4,
    ),
    Topic(
        terms=("bewegung-in-der-schwangerschaft",),
        format=Format.COURSE,
        titles=("Yoga für Schwangere", "Sanfte Gymnastik in der Schwangerschaft"),
        summary="Sanfte Übungen für Rücken, Beckenboden und Atmung – zur Ruhe kommen und "
        "Kraft sammeln.",
        description="Mit ruhigen, auf die Schwangerschaft abgestimmten Übungen stärken Sie "
        "Rücken und Beckenboden, lösen Verspannungen und finden Zeit für sich und Ihr Baby. "
        "Vorkenntnisse sind nicht nötig. Bitte bringen Sie bequeme Kleidung und ein großes "
        "Handtuch mit.",
        target_groups=(EXPECTANT,),
        slot="evening",
        sessions=8,
        cost=(40, 90),
        free_share=0.1,
    ),
    Topic(
        terms=("infoabend-werdende-eltern", "leistungen-fuer-familien"),
        format=Format.EVENT,
        titles=(
            "Infoabend für werdende Eltern: Mutterschutz, Elterngeld, Elternzeit",
            "Elterngeld und Elternzeit – was werdende Eltern wissen sollten",
        ),
        summary="Welche Anträge wann? Ein Überblick über Mutterschutz, Elterngeld, Elternzeit "
        "und die ersten Wege zu Ämtern.",
        description="Vor der Geburt gibt es viel zu regeln. An diesem Abend erklären wir, "
        "welche Leistungen Ihnen zustehen, welche Fristen gelten und welche Unterlagen Sie "
        "brauchen. Sie können Ihre Fragen mitbringen; zum Schluss bleibt Zeit für Gespräche "
        "in kleiner Runde.",
        target_groups=(EXPECTANT,),
        slot="evening",
        free_share=0.8,
        cost=(5, 10),
        online_share=0.3,
        weight=2,
    ),
    Topic(
        terms=("infoabend-werdende-eltern", "babyschlaf", "stillen-und-saeuglingsernaehrung"),
        format=Format.COURSE,
        titles=("Säuglingspflege für werdende Eltern", "Baby-Basics: Wickeln, Baden, Tragen"),
        summary="Wickeln, baden, tragen, beruhigen: praktische Übungen für den Alltag mit "
        "dem Neugeborenen.",
        description="An Übungspuppen lernen Sie, Ihr Baby sicher zu halten, zu wickeln, zu "
        "baden und anzuziehen. Wir sprechen über sicheres Schlafen, Tragehilfen und darüber, "
        "wie Sie die Signale Ihres Babys verstehen.",
        target_groups=(EXPECTANT,),
        slot="evening",
        sessions=3,
        cost=(15, 40),
        free_share=0.3,
    ),
    Topic(
        terms=("werdende-vaeter", "vaetergruppen", "infoabend-werdende-eltern"),
        format=Format.EVENT,
        titles=("Werdende Väter – Vorbereitung auf das Vatersein", "Papa werden: Abend für Männer"),
        summary="Ein Abend nur für Männer: Was kommt auf mich zu, und welche Rolle will ich als "
        "Vater spielen?",
        description="Ein erfahrener Vater und Familienbildner leitet den Abend. Es geht um die "
        "Geburt aus Sicht des Partners, die ersten Wochen mit dem Baby, Elternzeit für Väter "
        "und darum, wie Paare die neue Aufgabenverteilung gut aushandeln.",
        target_groups=(EXPECTANT, FATHERS),
        slot="evening",
        free_share=0.7,
        cost=(5, 15),
    ),
    Topic(
        terms=("rueckbildung",),
        format=Format.COURSE,
        titles=("Rückbildungsgymnastik mit Baby", "Rückbildung und Beckenbodentraining"),
        summary="Beckenboden und Körpermitte nach der Geburt wieder kräftigen – Ihr Baby darf "
        "mitkommen.",
        description="Der Kurs beginnt frühestens sechs Wochen nach der Geburt. Mit gezielten "
        "Übungen kräftigen Sie Beckenboden, Bauch und Rücken. Die Babys liegen auf Decken "
        "neben Ihnen; Stillen und Wickeln sind jederzeit möglich.",
        ages=((1, 9),),
        target_groups=(MOTHERS,),
        slot="morning",
        sessions=8,
        cost=(50, 95),
        free_share=0.1,
        weight=3,
    ),
    # Leben mit Baby
    Topic(
        terms=("babymassage",),
        format=Format.COURSE,
        titles=(
            "Babymassage für Eltern mit Babys von 6 Wochen bis 6 Monaten",
            "Babymassage – Berührung, die gut tut",
            "Babymassage-Kurs am Vormittag",
        ),
        summary="Mit sanften Massagegriffen Ihr Baby beruhigen, seine Signale verstehen und die "
        "Bindung stärken.",
        description="Sie lernen Schritt für Schritt Massagegriffe, die Ihrem Baby guttun – "
        "auch bei Bauchweh und Unruhe. Zwischen den Übungen bleibt Zeit für Fragen rund um "
        "Schlaf, Schreien und Entwicklung im ersten Lebensjahr. Bitte bringen Sie ein "
        "Handtuch und eine Decke mit; Massageöl stellen wir.",
        ages=((1, 6),),
        slot="morning",
        sessions=5,
        cost=(30, 60),
        free_share=0.2,
        weight=4,
    ),
    Topic(
        terms=("eltern-baby-gruppen",),
        format=Format.COURSE,
        titles=(
            "Eltern-Baby-Gruppe für {kinder}",
            "Eltern-Baby-Gruppe nach dem Prager Eltern-Kind-Programm",
            "Spiel und Bewegung im ersten Lebensjahr",
        ),
        summary="Angeleitetes Spielen und Bewegen für {kinder} und ihre Eltern, in kleinen "
        "Gruppen.",
        description="In warmen Räumen können sich die Babys frei bewegen und spielen. Die "
        "Kursleitung gibt Anregungen, die zum jeweiligen Entwicklungsstand passen, und Sie "
        "tauschen sich mit anderen Eltern über Schlafen, Essen und den Alltag aus. Die Gruppe "
        "bleibt über mehrere Monate zusammen.",
        ages=((1, 6), (4, 9), (6, 12)),
        slot="morning",
        sessions=10,
        cost=(60, 110),
        free_share=0.1,
        weight=5,
    ),
    Topic(
        terms=("eltern-baby-gruppen", "elterncafes-und-elterntreffs"),
        format=Format.OPEN_GROUP,
        titles=("Babytreff – offene Gruppe für Eltern mit Babys", "Eltern-Baby-Café"),
        summary="Offener Treff für Eltern mit {kindern}: spielen, austauschen, Fragen stellen.",
        description="Kommen Sie einfach vorbei, eine Anmeldung ist nicht nötig. Eine "
        "Fachkraft der Familienbildung ist da, beantwortet Fragen und kennt weitere Hilfen im "
        "Stadtteil. Für Getränke und einen kleinen Imbiss ist gesorgt.",
        ages=((0, 12),),
        slot="morning",
        free_share=0.9,
        cost=(1, 3),
        referrals=True,
        weight=5,
    ),
    Topic(
        terms=("stillen-und-saeuglingsernaehrung",),
        format=Format.OPEN_GROUP,
        titles=("Stillcafé", "Stillgruppe mit Hebamme"),
        summary="Austausch und Beratung rund ums Stillen und Füttern, begleitet von einer Hebamme.",
        description="Ob Stillen, Abpumpen oder Fläschchen: In entspannter Runde teilen Mütter "
        "ihre Erfahrungen, und eine Hebamme steht für Fragen zur Verfügung. Babys sind "
        "selbstverständlich dabei.",
        ages=((0, 12),),
        target_groups=(MOTHERS,),
        slot="morning",
        free_share=0.9,
        cost=(2, 5),
    ),
    Topic(
        terms=("stillen-und-saeuglingsernaehrung", "kochen-und-ernaehrung"),
        format=Format.EVENT,
        titles=("Vom Stillen zum Brei – Beikost einführen", "Der erste Brei: Infoabend"),
        summary="Wann ist mein Baby bereit für Beikost, und womit fange ich an?",
        description="Eine Ernährungsfachkraft erklärt, wann und wie Sie mit Beikost beginnen, "
        "welche Breie sich eignen und wie Sie sie einfach selbst zubereiten. Mit Kostproben "
        "und Rezeptheft zum Mitnehmen.",
        ages=((4, 12),),
        slot="morning",
        cost=(5, 15),
        online_share=0.2,
    ),
    Topic(
        terms=("schreibabys-und-regulation", "babyschlaf", "erziehungs-und-familienberatung"),
        format=Format.COUNSELLING,
        titles=("Schreibaby-Sprechstunde", "Beratung bei Schreien, Schlafen und Füttern"),
        summary="Vertrauliche Beratung für Eltern, deren Baby viel schreit, schlecht schläft "
        "oder schwer zur Ruhe kommt.",
        description="Wenn ein Baby viel schreit, kommen Eltern schnell an ihre Grenzen. In "
        "der Sprechstunde schauen wir gemeinsam auf Ihren Alltag, geben Ihnen praktische "
        "Hilfen und vermitteln bei Bedarf weitere Unterstützung. Die Beratung ist kostenfrei "
        "und vertraulich.",
        ages=((0, 12),),
        target_groups=(SPECIAL_STRESS,),
        slot="morning",
        free_share=1.0,
        referrals=True,
        weight=2,
    ),
    Topic(
        terms=("babyschlaf",),
        format=Format.EVENT,
        titles=("Elternabend: Wie Babys schlafen", "Sicherer Babyschlaf"),
        summary="Schlafrhythmen, sichere Schlafumgebung und Einschlafrituale im ersten Lebensjahr.",
        description="Babys schlafen anders als Erwachsene. Wir erklären, wie sich der Schlaf "
        "im ersten Jahr entwickelt, was eine sichere Schlafumgebung ausmacht und welche "
        "Rituale beim Einschlafen helfen können.",
        ages=((0, 12),),
        slot="evening",
        cost=(5, 12),
        online_share=0.4,
    ),
    Topic(
        terms=("erste-hilfe-am-kind",),
        format=Format.COURSE,
        titles=(
            "Erste Hilfe am Säugling und Kleinkind",
            "Notfälle im Kindesalter – Erste-Hilfe-Kurs für Eltern und Großeltern",
        ),
        summary="Richtig handeln bei Unfällen, Fieberkrämpfen, Verschlucken und Verbrennungen.",
        description="Ein Rettungssanitäter zeigt, wie Sie bei typischen Notfällen mit kleinen "
        "Kindern richtig reagieren. Sie üben Wiederbelebung und stabile Seitenlage an Puppen "
        "und erfahren, wie Sie Unfälle im Haushalt vermeiden.",
        ages=((0, 72),),
        target_groups=(GRANDPARENTS,),
        slot="saturday",
        sessions=2,
        cost=(20, 45),
        free_share=0.15,
        weight=3,
    ),
    # Eltern-Kind-Gruppen und Spielgruppen
    Topic(
        terms=("krabbelgruppen",),
        format=Format.OPEN_GROUP,
        titles=("Krabbelgruppe", "Krabbeltreff für {kinder}"),
        summary="Offener Treff für {kinder} und ihre Eltern: krabbeln, entdecken, austauschen.",
        description="Die Kinder erkunden in einem sicheren Raum Spielzeug und Bewegungsecken, "
        "die Eltern kommen bei einem Kaffee ins Gespräch. Sie können jederzeit dazukommen.",
        ages=((6, 18),),
        slot="morning",
        free_share=0.8,
        cost=(1, 3),
        referrals=True,
        weight=4,
    ),
    Topic(
        terms=("spielgruppen",),
        format=Format.COURSE,
        titles=("Eltern-Kind-Spielgruppe für {kinder}", "Spielgruppe „Kleine Entdecker“"),
        summary="Spielen, singen, basteln: eine feste Gruppe für {kinder} mit Mutter, Vater "
        "oder Großeltern.",
        description="In einer festen Gruppe erleben die Kinder Rituale, Lieder und Spiele, "
        "die zu ihrem Alter passen. Eltern bekommen Anregungen für zu Hause und tauschen sich "
        "über Themen wie Schlafen, Essen und Sprechen lernen aus.",
        ages=((12, 24), (18, 36), (12, 36)),
        slot="morning",
        sessions=10,
        cost=(40, 90),
        free_share=0.2,
        weight=5,
    ),
    Topic(
        terms=("musik-mit-kindern",),
        format=Format.COURSE,
        titles=(
            "Musikgarten für {kinder}",
            "Singen, Klatschen, Tanzen – Musik für Eltern und Kinder",
        ),
        summary="Lieder, Fingerspiele und erste Instrumente für {kinder} mit ihren Eltern.",
        description="Mit Liedern, Kniereitern, Tänzen und einfachen Instrumenten entdecken "
        "Kinder und Eltern gemeinsam die Musik. Vorkenntnisse braucht es nicht – nur Freude "
        "am Mitmachen.",
        ages=((6, 18), (18, 36), (36, 60)),
        slot="afternoon",
        sessions=8,
        cost=(40, 80),
        free_share=0.1,
        weight=3,
    ),
    Topic(
        terms=("elterncafes-und-elterntreffs",),
        format=Format.OPEN_GROUP,
        titles=("Elterncafé", "Familiencafé am Nachmittag", "Elterntreff mit Spielecke"),
        summary="Offener Treffpunkt für Eltern: Kaffee, Gespräche und eine Spielecke für die "
        "Kinder.",
        description="Das Elterncafé ist ein Ort zum Ankommen und Austauschen. Eine Fachkraft "
        "ist ansprechbar, wenn Sie Fragen haben oder Unterstützung suchen, und kennt die "
        "Angebote im Stadtteil. Die Kinder spielen nebenan.",
        ages=(NO_AGE, (0, 72)),
        slot="afternoon",
        free_share=0.95,
        cost=(1, 2),
        childcare=True,
        referrals=True,
        weight=5,
    ),
    Topic(
        terms=("draussen-gruppen",),
        format=Format.OPEN_GROUP,
        titles=("Waldgruppe für Eltern und Kinder", "Draußen-Spielgruppe im Park"),
        summary="Bei jedem Wetter draußen: Natur entdecken mit {kindern}.",
        description="Wir treffen uns am Eingang und erkunden gemeinsam Wald, Wiese und "
        "Bachlauf. Bitte denken Sie an wetterfeste Kleidung und ein kleines Picknick.",
        ages=((18, 48), (36, 72)),
        slot="afternoon",
        free_share=0.6,
        cost=(2, 5),
    ),
    # Erziehung und Elternkompetenz
    Topic(
        terms=("elternkurse",),
        format=Format.COURSE,
        titles=(
            "Elternkurs: Gelassen durch den Erziehungsalltag",
            "Elternkurs für Eltern mit {kindern}",
            "Stark durch Beziehung – Elternkurs",
        ),
        summary="An mehreren Abenden: Bedürfnisse von Kindern verstehen, klar kommunizieren, "
        "gelassener reagieren.",
        description="Im Kurs geht es um die Fragen, die Eltern im Alltag bewegen: Wie bleibe "
        "ich ruhig, wenn es stressig wird? Wie setze ich Regeln, ohne zu strafen? Kurze "
        "Impulse, Übungen und der Austausch in der Gruppe helfen, Neues im Familienalltag "
        "auszuprobieren.",
        ages=((12, 72), (36, 120), (72, 144)),
        target_groups=(SPECIAL_STRESS,),
        slot="evening",
        sessions=6,
        cost=(20, 60),
        free_share=0.5,
        childcare=True,
        referrals=True,
        weight=4,
    ),
    Topic(
        terms=("grenzen-setzen", "elternkurse"),
        format=Format.EVENT,
        titles=("Grenzen setzen – liebevoll und klar", "Streit, Wut und Tränen: Konflikte lösen"),
        summary="Wie Eltern klare Grenzen setzen und Konflikte entschärfen, ohne die "
        "Beziehung aufs Spiel zu setzen.",
        description="Ein Abend mit Beispielen aus dem Familienalltag: Was steckt hinter "
        "Machtkämpfen, und wie kommen Eltern und Kinder wieder miteinander ins Gespräch? "
        "Mit vielen praktischen Anregungen.",
        ages=((24, 120),),
        slot="evening",
        cost=(5, 15),
        online_share=0.3,
        weight=3,
    ),
    Topic(
        terms=("autonomiephase",),
        format=Format.EVENT,
        titles=(
            "Wenn Kinder wütend werden – die Autonomiephase gelassen begleiten",
            "Elternabend: Autonomiephase verstehen",
        ),
        summary="Wutanfälle, Nein-Sagen, Eigensinn: was in {kindern} vorgeht und was hilft.",
        description="Die Autonomiephase ist ein wichtiger Entwicklungsschritt – und für "
        "Eltern oft anstrengend. Wir erklären, was in dieser Zeit im Kind passiert, und "
        "sammeln gemeinsam Wege, Wutanfälle zu begleiten.",
        ages=((18, 48),),
        slot="evening",
        cost=(5, 12),
        online_share=0.3,
    ),
    Topic(
        terms=("pubertaet",),
        format=Format.EVENT,
        titles=("Pubertät – Elternabend", "Loslassen und Halt geben: Eltern in der Pubertät"),
        summary="Was in Jugendlichen vorgeht und wie Eltern im Gespräch bleiben.",
        description="Stimmungsschwankungen, Rückzug, Streit um Handy und Ausgehzeiten: Die "
        "Pubertät stellt Familien vor neue Fragen. Der Abend gibt Einblick in die Entwicklung "
        "Jugendlicher und Anregungen für gute Gespräche.",
        ages=((120, 216),),
        slot="evening",
        cost=(5, 15),
        online_share=0.3,
    ),
    Topic(
        terms=("pubertaet",),
        format=Format.OPEN_GROUP,
        titles=("Gesprächskreis für Eltern von Jugendlichen",),
        summary="Monatlicher Austausch für Eltern von Teenagern – vertraulich und ohne "
        "Besserwisserei.",
        description="Im Gesprächskreis bringen Eltern ihre Fragen mit: Schule, Freundschaften, "
        "Medien, Konflikte. Eine Fachkraft moderiert und bringt bei Bedarf Fachwissen ein.",
        ages=((144, 216),),
        slot="evening",
        free_share=0.9,
        cost=(2, 5),
        weight=1,
    ),
    Topic(
        terms=("geschwister",),
        format=Format.EVENT,
        titles=("Geschwister – zwischen Eifersucht und Zusammenhalt", "Wenn das zweite Kind kommt"),
        summary="Geschwisterstreit, Eifersucht und wie Eltern allen Kindern gerecht werden.",
        description="Geschwister streiten – und halten zusammen. Wir sprechen darüber, wie "
        "Eltern Eifersucht begegnen, fair bleiben, ohne alles gleich zu machen, und "
        "Geschwister gut auf ein neues Baby vorbereiten.",
        ages=((12, 120),),
        slot="evening",
        cost=(5, 12),
    ),
    Topic(
        terms=("koerper-und-schutz",),
        format=Format.EVENT,
        titles=(
            "Mein Körper gehört mir – Elternabend zur Prävention",
            "Kindliche Sexualität verstehen",
        ),
        summary="Kindgerecht über Körper und Gefühle sprechen und Kinder stark machen.",
        description="Wie spreche ich mit meinem Kind über seinen Körper? Was ist in welchem "
        "Alter normal, und woran erkenne ich Grenzverletzungen? Eine Fachkraft für "
        "Prävention beantwortet Ihre Fragen.",
        ages=((24, 120),),
        slot="evening",
        free_share=0.8,
        cost=(5, 10),
    ),
    # Gesundheit, Bewegung und Ernährung
    Topic(
        terms=("kochen-und-ernaehrung",),
        format=Format.COURSE,
        titles=(
            "Kochen mit Kindern",
            "Gesund und günstig kochen für die Familie",
            "Brotdose, Frühstück, Snacks – Ernährung im Kita- und Schulalter",
        ),
        summary="Einfache, günstige Rezepte, die Kindern schmecken – gemeinsam gekocht und "
        "gegessen.",
        description="In der Lehrküche kochen wir gemeinsam einfache Gerichte, die wenig kosten "
        "und der ganzen Familie schmecken. Sie bekommen Tipps für den Einkauf und für volle "
        "Brotdosen. Zum Schluss essen wir zusammen.",
        ages=((36, 144),),
        target_groups=(LOW_INCOME,),
        slot="afternoon",
        sessions=4,
        cost=(10, 40),
        free_share=0.4,
        weight=3,
    ),
    Topic(
        terms=("bewegung-fuer-kinder",),
        format=Format.COURSE,
        titles=("Eltern-Kind-Turnen für {kinder}", "Bewegungsbaustelle", "Kindertanz für {kinder}"),
        summary="Klettern, balancieren, toben: Bewegungsfreude für {kinder}.",
        description="Auf Matten, Bänken und Kästen entdecken die Kinder, was ihr Körper alles "
        "kann. Die Kursleitung baut jede Woche neue Bewegungslandschaften auf. Bitte bringen "
        "Sie Turnschläppchen oder Stoppersocken mit.",
        ages=((18, 36), (36, 72), (48, 96)),
        slot="afternoon",
        sessions=10,
        cost=(30, 70),
        free_share=0.1,
        weight=4,
    ),
    Topic(
        terms=("kinderkrankheiten-und-vorsorge",),
        format=Format.EVENT,
        titles=(
            "Kinderkrankheiten erkennen – Infoabend mit Kinderärztin",
            "U-Untersuchungen und Impfungen – Ihre Fragen",
        ),
        summary="Fieber, Ausschlag, Husten: Wann muss mein Kind zum Arzt?",
        description="Eine Kinderärztin erklärt häufige Kinderkrankheiten, die "
        "Vorsorgeuntersuchungen und die empfohlenen Impfungen. Sie erfahren, was Sie selbst "
        "tun können und wann Sie ärztliche Hilfe brauchen.",
        ages=((0, 72),),
        slot="evening",
        cost=(5, 10),
        free_share=0.6,
        online_share=0.3,
    ),
    Topic(
        terms=("elterngesundheit",),
        format=Format.COURSE,
        titles=(
            "Auszeit für Mütter – Entspannung und Achtsamkeit",
            "Kraft tanken: Stressbewältigung für Eltern",
            "Yoga für Eltern",
        ),
        summary="Abschalten, durchatmen, Kraft sammeln: eine Auszeit vom Familienalltag.",
        description="Entspannungsübungen, sanfte Bewegung und Austausch helfen, im "
        "Familienalltag besser für sich selbst zu sorgen. Der Kurs ist für Einsteigerinnen und "
        "Einsteiger geeignet.",
        target_groups=(MOTHERS,),
        slot="evening",
        sessions=6,
        cost=(30, 70),
        free_share=0.2,
        childcare=True,
        weight=3,
    ),
    # Medien und Digitales
    Topic(
        terms=("medienerziehung",),
        format=Format.EVENT,
        titles=(
            "Wie viel Bildschirm ist gut? Medien in der Kita-Zeit",
            "Medienregeln in der Familie",
        ),
        summary="Bildschirmzeit, gute Apps und Regeln, die in der Familie funktionieren.",
        description="Medienpädagoginnen geben einen Überblick, welche Medien zu welchem Alter "
        "passen, und zeigen, wie Familien gemeinsam Regeln vereinbaren. Mit Zeit für Ihre "
        "Fragen.",
        ages=((36, 72), (72, 144)),
        slot="evening",
        free_share=0.7,
        cost=(5, 10),
        online_share=0.4,
        weight=3,
    ),
    Topic(
        terms=("sicher-im-netz", "medienerziehung"),
        format=Format.EVENT,
        titles=("Smartphone, Chats und Cybermobbing – Elternabend", "Sicher im Netz unterwegs"),
        summary="Was Kinder im Netz erleben und wie Eltern sie schützen und begleiten.",
        description="Kostenfallen, Gruppenchats, Cybermobbing: Der Abend erklärt die Risiken "
        "und zeigt praktische Einstellungen für Smartphone und Apps.",
        ages=((96, 192),),
        slot="evening",
        free_share=0.7,
        cost=(5, 10),
        online_share=0.5,
    ),
    Topic(
        terms=("digitale-spiele",),
        format=Format.EVENT,
        titles=("Games in der Familie", "Eltern-Kind-Spieleabend: digitale Spiele entdecken"),
        summary="Gemeinsam spielen, verstehen, was Kinder an Games fasziniert, und passende "
        "Spiele finden.",
        description="Eltern und Kinder probieren gemeinsam ausgewählte Spiele aus. Dabei "
        "erfahren Sie, worauf Sie bei Altersfreigaben und In-App-Käufen achten sollten.",
        ages=((72, 168),),
        slot="afternoon",
        cost=(5, 10),
    ),
    # Trennung, Scheidung und Patchwork
    Topic(
        terms=("kinder-in-trennungssituationen",),
        format=Format.COURSE,
        titles=("Gruppe für Kinder getrennter Eltern", "Starke Kinder nach der Trennung"),
        summary="Eine Gruppe, in der {kinder} über die Trennung ihrer Eltern sprechen, malen "
        "und spielen.",
        description="In einer kleinen Gruppe erfahren Kinder, dass sie mit ihren Gefühlen "
        "nicht allein sind. Mit Spielen, Geschichten und kreativen Übungen. Für die Eltern "
        "gibt es begleitende Gespräche.",
        ages=((72, 144),),
        target_groups=(SINGLE_PARENTS, SPECIAL_STRESS),
        slot="afternoon",
        sessions=8,
        free_share=0.9,
        cost=(10, 30),
        referrals=True,
    ),
    Topic(
        terms=("eltern-bleiben-nach-trennung",),
        format=Format.COURSE,
        titles=(
            "Gemeinsam Eltern bleiben – Kurs für getrennte Eltern",
            "Eltern bleiben nach der Trennung",
        ),
        summary="Für Mütter und Väter, die nach der Trennung gut für ihre Kinder sorgen wollen.",
        description="Der Kurs hilft getrennten Eltern, die Bedürfnisse ihrer Kinder im Blick "
        "zu behalten und Konflikte zu entschärfen. Die Eltern besuchen verschiedene Gruppen.",
        target_groups=(SINGLE_PARENTS, SPECIAL_STRESS),
        slot="evening",
        sessions=6,
        free_share=0.6,
        cost=(20, 50),
        referrals=True,
    ),
    Topic(
        terms=("patchworkfamilien",),
        format=Format.OPEN_GROUP,
        titles=("Patchwork-Treff", "Neue Familie, neue Rollen – Treff für Patchworkfamilien"),
        summary="Austausch für Stief- und Patchworkfamilien.",
        description="Wer ist hier eigentlich wer? Im Treff sprechen Eltern und Stiefeltern "
        "über Rollen, Rituale und Streitpunkte und stärken sich gegenseitig.",
        slot="evening",
        free_share=0.8,
        cost=(2, 5),
        weight=1,
    ),
    # Väter
    Topic(
        terms=("vater-kind-aktionen",),
        format=Format.EVENT,
        titles=("Papa-Kind-Samstag", "Vater-Kind-Werkstatt", "Väter und Kinder im Wald"),
        summary="Ein Vormittag nur für Väter und ihre Kinder: bauen, spielen, draußen sein.",
        description="Väter und Kinder verbringen einen Samstagvormittag zusammen – mit "
        "Werkzeug, Lagerfeuer oder Spielen. Beim gemeinsamen Mittagessen kommen die Väter "
        "ins Gespräch.",
        ages=((36, 120),),
        target_groups=(FATHERS,),
        slot="saturday",
        cost=(5, 15),
        free_share=0.5,
        weight=3,
    ),
    Topic(
        terms=("vaetergruppen", "eltern-baby-gruppen"),
        format=Format.OPEN_GROUP,
        titles=("Väter-Baby-Treff", "Papa-Zeit: Treff für Väter mit Babys"),
        summary="Offener Treff für Väter mit {kindern}: spielen, wickeln, austauschen.",
        description="Väter in Elternzeit und alle anderen Papas sind willkommen. Es gibt "
        "Kaffee, eine Spielecke und Gelegenheit, sich mit anderen Vätern auszutauschen.",
        ages=((0, 12), (0, 24)),
        target_groups=(FATHERS,),
        slot="saturday",
        free_share=0.9,
        cost=(1, 3),
    ),
    # Alleinerziehende
    Topic(
        terms=("treffs-fuer-alleinerziehende",),
        format=Format.OPEN_GROUP,
        titles=("Treff für Alleinerziehende", "Frühstück für Alleinerziehende"),
        summary="Austausch, Entlastung und Tipps für Mütter und Väter, die allein erziehen – "
        "mit Kinderbetreuung.",
        description="Während die Kinder betreut spielen, ist Zeit für Gespräche und "
        "gegenseitige Unterstützung. Manchmal laden wir Fachleute ein, etwa zu Unterhalt oder "
        "Wohngeld.",
        target_groups=(SINGLE_PARENTS,),
        slot="saturday",
        free_share=1.0,
        childcare=True,
        referrals=True,
        weight=3,
    ),
    Topic(
        terms=("rechte-und-hilfen-alleinerziehende", "leistungen-fuer-familien"),
        format=Format.EVENT,
        titles=("Unterhalt, Unterhaltsvorschuss & Co. – Infoabend für Alleinerziehende",),
        summary="Welche Leistungen Alleinerziehenden zustehen und wie man sie beantragt.",
        description="Eine Fachanwältin für Familienrecht und eine Beraterin erklären "
        "Unterhalt, Unterhaltsvorschuss, Wohngeld und Kinderzuschlag. Mit Zeit für Fragen.",
        target_groups=(SINGLE_PARENTS,),
        slot="evening",
        free_share=1.0,
        childcare=True,
    ),
    # Migration, Sprache und Teilhabe
    Topic(
        terms=("deutsch-mit-kind", "orientierung-im-hilfesystem"),
        format=Format.COURSE,
        titles=("Deutschkurs für Mütter mit Kinderbetreuung", "Deutsch lernen mit Kind"),
        summary="Deutsch für den Familienalltag lernen, während die Kinder nebenan betreut werden.",
        description="Im Kurs üben Sie Deutsch für Situationen aus dem Familienalltag: beim "
        "Kinderarzt, in der Kita, beim Elterngespräch in der Schule. Die Kinder werden in der "
        "Zeit betreut.",
        target_groups=(MIGRANTS, REFUGEES, MOTHERS),
        slot="morning",
        sessions=12,
        free_share=0.9,
        cost=(10, 30),
        childcare=True,
        referrals=True,
        weight=3,
    ),
    Topic(
        terms=(
            "interkulturelle-elterncafes",
            "elterncafes-und-elterntreffs",
            "orientierung-im-hilfesystem",
        ),
        format=Format.OPEN_GROUP,
        titles=(
            "Internationales Elterncafé",
            "Interkulturelles Familienfrühstück",
            "Mütter aus aller Welt – Treffpunkt",
        ),
        summary="Familien aus aller Welt treffen sich: Gespräche, Essen, Spiele für die Kinder.",
        description="Hier kommen Familien unterschiedlicher Herkunft zusammen. Wir sprechen "
        "über Kita, Schule und das Leben im Stadtteil. Übersetzerinnen helfen, wenn nötig.",
        ages=(NO_AGE, (0, 72)),
        target_groups=(MIGRANTS, REFUGEES),
        slot="morning",
        free_share=1.0,
        childcare=True,
        referrals=True,
        weight=3,
    ),
    Topic(
        terms=("mehrsprachig-aufwachsen",),
        format=Format.EVENT,
        titles=("Mehrsprachig aufwachsen – Infoabend", "Zwei Sprachen, ein Kind"),
        summary="Wie Kinder mehrere Sprachen lernen und wie Eltern die Familiensprache pflegen.",
        description="Mehrsprachigkeit ist ein Schatz. Eine Sprachwissenschaftlerin erklärt, "
        "wie Kinder mit mehreren Sprachen aufwachsen, und beantwortet Fragen zu Kita und "
        "Schule.",
        ages=((0, 72),),
        target_groups=(MIGRANTS,),
        slot="evening",
        free_share=0.9,
        cost=(3, 5),
        online_share=0.3,
    ),
    Topic(
        terms=("orientierung-im-hilfesystem",),
        format=Format.COUNSELLING,
        titles=("Sprechstunde: Orientierung für neu zugewanderte Familien",),
        summary="Kita, Schule, Kinderarzt, Ämter: wir erklären, wie es in Deutschland "
        "funktioniert, und begleiten die ersten Schritte.",
        description="Neu in Deutschland? In der Sprechstunde erklären wir, wie Sie einen "
        "Kita-Platz finden, was bei der Schulanmeldung wichtig ist und wo Sie Hilfe bekommen. "
        "Auf Wunsch mit Sprachmittlung.",
        target_groups=(MIGRANTS, REFUGEES),
        slot="morning",
        free_share=1.0,
        referrals=True,
    ),
    # Frühe Hilfen
    Topic(
        terms=("familienhebammen",),
        format=Format.HOME_VISIT,
        titles=("Familienhebamme – Begleitung im ersten Lebensjahr",),
        summary="Eine Familienhebamme besucht Sie zu Hause und begleitet Sie durch das erste "
        "Lebensjahr Ihres Kindes.",
        description="Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegerinnen "
        "unterstützen Familien, die sich mehr Begleitung wünschen – bei Pflege, Ernährung und "
        "Entwicklung des Babys und bei Fragen des Alltags. Das Angebot ist kostenfrei.",
        ages=((0, 12),),
        target_groups=(SPECIAL_STRESS, YOUNG_PARENTS),
        slot="morning",
        free_share=1.0,
        referrals=True,
        weight=2,
    ),
    Topic(
        terms=("willkommensbesuche",),
        format=Format.HOME_VISIT,
        titles=("Willkommensbesuch für Familien mit Neugeborenen",),
        summary="Wir besuchen Sie nach der Geburt und bringen Informationen über Angebote für "
        "Familien vor Ort mit.",
        description="Auf Wunsch besuchen wir Sie in den ersten Lebenswochen Ihres Kindes zu "
        "Hause, bringen ein kleines Begrüßungsgeschenk mit und beantworten Ihre Fragen.",
        ages=((0, 3),),
        slot="morning",
        free_share=1.0,
    ),
    Topic(
        terms=("familienpatenschaften",),
        format=Format.HOME_VISIT,
        titles=("Familienpatenschaften – Ehrenamtliche entlasten Familien",),
        summary="Ehrenamtliche Patinnen und Paten besuchen Familien regelmäßig und entlasten "
        "sie im Alltag.",
        description="Unsere geschulten Ehrenamtlichen kommen etwa einmal pro Woche für einige "
        "Stunden, spielen mit den Kindern oder begleiten zu Terminen. Wir vermitteln und "
        "begleiten die Patenschaften.",
        ages=((0, 72),),
        target_groups=(SPECIAL_STRESS, SINGLE_PARENTS),
        slot="afternoon",
        free_share=1.0,
        referrals=True,
    ),
    Topic(
        terms=("lotsendienste-geburtsklinik",),
        format=Format.COUNSELLING,
        titles=("Lotsendienst für Familien rund um die Geburt",),
        summary="Beratung in der Geburtsklinik: Welche Hilfen gibt es nach der Entlassung?",
        description="Fachkräfte beraten Eltern schon in der Geburtsklinik und vermitteln "
        "passende Unterstützung vor Ort – von der Hebamme bis zum Elterncafé.",
        ages=((0, 3),),
        target_groups=(EXPECTANT, SPECIAL_STRESS),
        slot="morning",
        free_share=1.0,
        referrals=True,
        weight=1,
    ),
    # Familienalltag und Finanzen
    Topic(
        terms=("haushalt-und-geld",),
        format=Format.EVENT,
        titles=("Mit wenig Geld gut durch den Monat", "Das Familienbudget planen"),
        summary="Einnahmen und Ausgaben im Blick behalten, sparen und Schulden vermeiden.",
        description="Eine Schuldnerberaterin zeigt, wie ein Haushaltsbuch funktioniert, wo "
        "sich sparen lässt und welche Unterstützung Familien mit kleinem Einkommen zusteht.",
        target_groups=(LOW_INCOME,),
        slot="evening",
        free_share=1.0,
        childcare=True,
    ),
    Topic(
        terms=("leistungen-fuer-familien",),
        format=Format.COUNSELLING,
        titles=("Sprechstunde: Leistungen für Familien", "Hilfe bei Anträgen für Familien"),
        summary="Kindergeld, Kinderzuschlag, Bildung und Teilhabe: wir helfen beim Antrag.",
        description="In der Sprechstunde klären wir, welche Leistungen Ihnen zustehen, und "
        "füllen Anträge gemeinsam aus. Bitte bringen Sie Ihre Unterlagen mit.",
        target_groups=(LOW_INCOME, SPECIAL_STRESS),
        slot="morning",
        free_share=1.0,
        referrals=True,
    ),
    Topic(
        terms=("familie-und-beruf",),
        format=Format.EVENT,
        titles=("Wiedereinstieg nach der Elternzeit", "Familie und Beruf vereinbaren"),
        summary="Planen, verhandeln, organisieren: gut zurück in den Beruf nach der Elternzeit.",
        description="Der Abend gibt Tipps für das Gespräch mit dem Arbeitgeber, zu Teilzeit und "
        "Kinderbetreuung und bietet Raum für den Austausch mit anderen Eltern.",
        slot="evening",
        cost=(5, 15),
        online_share=0.5,
    ),
    # Kita- und Schulübergang
    Topic(
        terms=("kita-eingewoehnung",),
        format=Format.EVENT,
        titles=("Gut ankommen in der Kita – Eingewöhnung begleiten",),
        summary="Wie Eltern ihr Kind beim Start in Kita oder Kindertagespflege begleiten.",
        description="Eine Erzieherin erklärt, wie eine behutsame Eingewöhnung abläuft, was "
        "Kinder in dieser Zeit brauchen und wie Eltern mit dem Abschiedsschmerz umgehen.",
        ages=((8, 36),),
        slot="evening",
        free_share=0.7,
        cost=(5, 10),
    ),
    Topic(
        terms=("schulstart",),
        format=Format.EVENT,
        titles=("Bald ein Schulkind! Elternabend zum Schulstart",),
        summary="Was Kinder zum Schulstart brauchen und wie Eltern sie gut begleiten.",
        description="Wir sprechen über Schulfähigkeit, den Schulweg und die ersten Wochen in "
        "der Grundschule und beantworten Ihre Fragen zur Einschulung.",
        ages=((54, 78),),
        slot="evening",
        free_share=0.8,
        cost=(3, 8),
    ),
    Topic(
        terms=("schulstart",),
        format=Format.COURSE,
        titles=("Schulstart-Werkstatt für Vorschulkinder",),
        summary="Spielerisch vorbereitet auf die Schule: Stifte, Scheren, Zahlen und Geschichten.",
        description="Vorschulkinder üben in kleinen Gruppen spielerisch, was ihnen den "
        "Schulstart erleichtert. Die Eltern bekommen Anregungen für zu Hause.",
        ages=((60, 78),),
        slot="afternoon",
        sessions=6,
        cost=(20, 40),
        free_share=0.3,
    ),
    Topic(
        terms=("lernen-begleiten",),
        format=Format.EVENT,
        titles=(
            "Hausaufgaben ohne Stress",
            "Lernen mit Freude – Eltern begleiten die Grundschulzeit",
        ),
        summary="Wie Eltern die Lernfreude ihrer Kinder stärken und Hausaufgabenstreit vermeiden.",
        description="Ein Abend mit praktischen Tipps: ein guter Lernplatz, feste Zeiten, "
        "Lob statt Druck – und was tun, wenn es in der Schule schwierig wird.",
        ages=((72, 120),),
        slot="evening",
        cost=(5, 10),
        online_share=0.3,
    ),
    Topic(
        terms=("wechsel-weiterfuehrende-schule",),
        format=Format.EVENT,
        titles=("Nach der Grundschule – welche Schule passt?",),
        summary="Schulformen, Anmeldung und der Neuanfang auf der weiterführenden Schule.",
        description="Wir stellen die Schulformen in NRW vor, erklären das Anmeldeverfahren und "
        "sprechen darüber, wie Kinder den Wechsel gut schaffen.",
        ages=((108, 132),),
        slot="evening",
        free_share=0.9,
        cost=(3, 5),
        online_share=0.4,
    ),
    # Kreativität und Kultur
    Topic(
        terms=("basteln-und-werken",),
        format=Format.COURSE,
        titles=("Eltern-Kind-Werkstatt: Holz, Farbe, Kleister", "Basteln für die Jahreszeit"),
        summary="Gemeinsam sägen, kleben, malen: kreative Nachmittage für {kinder} mit Eltern.",
        description="Mit einfachen Materialien entstehen kleine Kunstwerke und Spielsachen. "
        "Alle Materialien sind im Preis enthalten.",
        ages=((36, 96), (48, 120)),
        slot="afternoon",
        sessions=4,
        cost=(15, 40),
        free_share=0.2,
        weight=3,
    ),
    Topic(
        terms=("vorlesen-und-erzaehlen",),
        format=Format.OPEN_GROUP,
        titles=("Vorlesestunde für {kinder}", "Bilderbuchkino"),
        summary="Geschichten hören, Bilder anschauen, mitreden: Vorlesen für {kinder}.",
        description="Ehrenamtliche Vorlesepatinnen lesen Bilderbücher vor; danach wird "
        "gespielt oder gemalt. Eltern und Großeltern sind herzlich willkommen.",
        ages=((24, 72), (36, 96)),
        slot="afternoon",
        free_share=1.0,
        weight=3,
    ),
    Topic(
        terms=("familienausfluege-und-feste",),
        format=Format.EVENT,
        titles=(
            "Familienfest im Stadtteil",
            "Familienausflug in den Wildpark",
            "Laternenbasteln und Martinszug",
        ),
        summary="Ein Tag für die ganze Familie: spielen, feiern, Nachbarn kennenlernen.",
        description="Mit Spielstationen, Kinderschminken und Buffet. Die Teilnahme ist "
        "für Familien aus dem Stadtteil kostenfrei.",
        ages=(NO_AGE, (0, 144)),
        slot="saturday",
        free_share=0.9,
        cost=(3, 10),
        weight=2,
    ),
    # Großeltern und Generationen
    Topic(
        terms=("grosseltern-heute",),
        format=Format.COURSE,
        titles=("Großeltern heute – Enkel begleiten", "Oma und Opa werden: Kurs für Großeltern"),
        summary="Was hat sich seit der eigenen Elternzeit verändert, und welche Rolle wollen "
        "Großeltern spielen?",
        description="Schlafen, Essen, Tragen, Erziehung: Vieles wird heute anders gesehen als "
        "früher. Der Kurs bringt Großeltern auf den aktuellen Stand und lädt zum Austausch ein.",
        target_groups=(GRANDPARENTS,),
        slot="morning",
        sessions=3,
        cost=(15, 30),
        free_share=0.3,
    ),
    Topic(
        terms=("generationentreffs",),
        format=Format.OPEN_GROUP,
        titles=("Generationentreff – Jung und Alt spielen zusammen", "Leihgroßeltern-Café"),
        summary="Kinder, Eltern und ältere Menschen treffen sich zum Spielen und Erzählen.",
        description="Im Generationentreff lernen sich Familien und ältere Menschen aus der "
        "Nachbarschaft kennen. Hier entstehen auch Leihgroßeltern-Patenschaften.",
        ages=(NO_AGE, (0, 120)),
        target_groups=(GRANDPARENTS,),
        slot="afternoon",
        free_share=1.0,
    ),
    # Inklusion
    Topic(
        terms=("austausch-familien-mit-behinderung",),
        format=Format.OPEN_GROUP,
        titles=("Gesprächskreis für Eltern von Kindern mit Behinderung",),
        summary="Erfahrungen teilen, sich gegenseitig stärken, Informationen bekommen.",
        description="Eltern von Kindern mit Behinderung oder chronischer Erkrankung tauschen "
        "sich über Alltag, Therapien, Anträge und Kita- und Schulfragen aus. Eine Fachkraft "
        "begleitet die Runde.",
        target_groups=(DISABLED_CHILDREN,),
        slot="evening",
        free_share=1.0,
        childcare=True,
    ),
    Topic(
        terms=("inklusive-gruppen", "spielgruppen"),
        format=Format.COURSE,
        titles=("Inklusive Eltern-Kind-Gruppe für {kinder}",),
        summary="Kinder mit und ohne Behinderung spielen gemeinsam – alle sind willkommen.",
        description="Die Gruppe ist barrierearm, und die Kursleitung passt Spiele und Lieder "
        "an die Möglichkeiten aller Kinder an.",
        ages=((12, 48),),
        target_groups=(DISABLED_CHILDREN,),
        slot="morning",
        sessions=10,
        free_share=0.5,
        cost=(20, 50),
    ),
    Topic(
        terms=("geschwisterkinder",),
        format=Format.COURSE,
        titles=("Geschwisterkinder-Gruppe – Zeit nur für mich",),
        summary="Für Geschwister von Kindern mit Behinderung oder chronischer Erkrankung.",
        description="In der Gruppe stehen die Geschwisterkinder im Mittelpunkt: Sie spielen, "
        "erzählen und erleben, dass es anderen ähnlich geht.",
        ages=((72, 144),),
        target_groups=(DISABLED_CHILDREN,),
        slot="afternoon",
        sessions=6,
        free_share=0.8,
        cost=(10, 30),
        weight=1,
    ),
    # Beratung und Krisen
    Topic(
        terms=("erziehungs-und-familienberatung",),
        format=Format.COUNSELLING,
        titles=(
            "Offene Sprechstunde Erziehungsberatung",
            "Familienberatung im Familienzentrum",
        ),
        summary="Kostenfreie, vertrauliche Beratung bei Fragen und Sorgen rund um Erziehung und "
        "Familienleben.",
        description="Ob Schlafprobleme, Streit in der Familie oder Sorgen um die Entwicklung "
        "Ihres Kindes: In der offenen Sprechstunde nehmen sich Fachkräfte Zeit für Sie. Sie "
        "brauchen keinen Termin; auf Wunsch vereinbaren wir weitere Gespräche.",
        target_groups=(SPECIAL_STRESS,),
        slot="morning",
        free_share=1.0,
        referrals=True,
        weight=4,
    ),
    Topic(
        terms=("partnerschaft",),
        format=Format.COURSE,
        titles=("Aus Zwei wird Drei – Paarkurs für junge Eltern", "Paarzeit im Familienalltag"),
        summary="Als Paar zusammenbleiben, wenn ein Kind das Leben auf den Kopf stellt.",
        description="An drei Abenden sprechen Paare über Erwartungen, Aufgabenverteilung und "
        "Kommunikation und üben, wie sie auch im Trubel Zeit füreinander finden.",
        slot="evening",
        sessions=3,
        cost=(30, 80),
        free_share=0.2,
        childcare=True,
    ),
    Topic(
        terms=("trauer-und-verlust",),
        format=Format.OPEN_GROUP,
        titles=("Trauergruppe für Familien", "Wenn Kinder trauern – Gesprächskreis"),
        summary="Ein geschützter Raum für Familien, die einen nahestehenden Menschen verloren "
        "haben.",
        description="Kinder und Eltern trauern unterschiedlich. In getrennten Gruppen, die sich "
        "zum Abschluss zusammenfinden, ist Platz für Erinnerungen, Fragen und Gefühle.",
        ages=((48, 168),),
        target_groups=(SPECIAL_STRESS,),
        slot="afternoon",
        free_share=1.0,
        referrals=True,
        weight=1,
    ),
    Topic(
        terms=("schutz-vor-haeuslicher-gewalt",),
        format=Format.EVENT,
        titles=("Informationsabend: Hilfe bei häuslicher Gewalt",),
        summary="Wo Betroffene Hilfe finden und wie Freundinnen und Nachbarn unterstützen können.",
        description="Beraterinnen erklären, welche Schutz- und Hilfsangebote es gibt und wie "
        "der Weg dorthin aussieht. Der Abend ist vertraulich; Sie können anonym teilnehmen.",
        target_groups=(SPECIAL_STRESS,),
        slot="evening",
        free_share=1.0,
        weight=1,
    ),
    Topic(
        terms=("psychische-belastungen",),
        format=Format.COURSE,
        titles=(
            "Gruppe für Kinder psychisch erkrankter Eltern",
            "Wenn Mama oder Papa krank ist – Kindergruppe",
        ),
        summary="Kinder verstehen die Erkrankung ihrer Eltern besser und finden Halt in der "
        "Gruppe.",
        description="In altersgerechten Gruppen erfahren Kinder, was eine psychische Erkrankung "
        "ist und dass sie keine Schuld daran haben. Die Eltern werden in Gesprächen einbezogen.",
        ages=((72, 144),),
        target_groups=(SPECIAL_STRESS,),
        slot="afternoon",
        sessions=10,
        free_share=1.0,
        referrals=True,
    ),
    Topic(
        terms=("psychische-belastungen", "elterngesundheit", "erziehungs-und-familienberatung"),
        format=Format.OPEN_GROUP,
        titles=("Gesprächsgruppe für Eltern in Belastungssituationen",),
        summary="Für Mütter und Väter, denen der Alltag gerade über den Kopf wächst.",
        description="In einer kleinen, vertraulichen Runde teilen Eltern ihre Erfahrungen. Eine "
        "Psychologin begleitet die Gruppe und zeigt weitere Hilfen auf.",
        target_groups=(SPECIAL_STRESS,),
        slot="morning",
        free_share=1.0,
        childcare=True,
        referrals=True,
        weight=1,
    ),
)

# Offers for the sites with a confidential address (women's shelters).
SHELTER_TOPICS: tuple[Topic, ...] = (
    Topic(
        terms=("schutz-vor-haeuslicher-gewalt", "elterncafes-und-elterntreffs"),
        format=Format.OPEN_GROUP,
        titles=("Müttergruppe im Schutzhaus",),
        summary="Austausch und Entlastung für Mütter, die im Schutzhaus wohnen.",
        description="Die Gruppe findet in den Räumen des Schutzhauses statt und steht nur "
        "dessen Bewohnerinnen offen. Die Kinder werden währenddessen betreut.",
        ages=((0, 72),),
        target_groups=(MOTHERS, SPECIAL_STRESS),
        slot="morning",
        free_share=1.0,
        childcare=True,
    ),
    Topic(
        terms=("spielgruppen", "schutz-vor-haeuslicher-gewalt"),
        format=Format.OPEN_GROUP,
        titles=("Mutter-Kind-Spielgruppe im Schutzhaus",),
        summary="Spielen, singen und zur Ruhe kommen – für Mütter und Kinder im Schutzhaus.",
        description="Eine Fachkraft der Familienbildung gestaltet die Spielgruppe gemeinsam mit "
        "den Mitarbeiterinnen des Schutzhauses.",
        ages=((6, 48),),
        target_groups=(MOTHERS, SPECIAL_STRESS),
        slot="afternoon",
        free_share=1.0,
    ),
)


def in_dative(phrase: str) -> str:
    """ "Kinder von 1 bis 3 Jahren" → "Kindern von 1 bis 3 Jahren" (after "mit", "in" …)."""
    return "Kindern" + phrase[len("Kinder") :] if phrase.startswith("Kinder") else phrase


def children_phrase(age_min: int | None, age_max: int | None) -> str:
    """ "Kinder von 1 bis 3 Jahren", "Babys von 4 bis 12 Monaten" – for titles and summaries."""
    if age_min is None or age_max is None:
        return "Kinder"
    if age_max <= 12:
        if age_min == 0:
            return "Babys im ersten Lebensjahr" if age_max == 12 else f"Babys bis {age_max} Monate"
        return f"Babys von {age_min} bis {age_max} Monaten"
    if age_min < 24 and age_min % 12:
        return f"Kinder von {age_min} Monaten bis {_years(age_max)} Jahren"
    if age_min == 0:
        return f"Kinder bis {_years(age_max)} Jahre"
    return f"Kinder von {_years(age_min)} bis {_years(age_max)} Jahren"


def _years(months: int) -> str:
    """42 → "3½"; ages in between are rounded down to half years."""
    years, rest = divmod(months, 12)
    return f"{years}½" if rest >= 6 else str(years)
