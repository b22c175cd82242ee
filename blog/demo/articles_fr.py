"""The demo blog in Quebec French, keyed by the English slugs of blog/demo/articles.py. Written in
our own words for Quebec readers (vouvoiement, metric units), not word for word: each article
keeps the English one's advice and cautions. Links between articles point at the French addresses.
"""

CATEGORIES = {
    "techniques": ("Techniques", "Méthodes manuelles, routines d’autosoin et consignes de sécurité de thérapeutes en pratique."),
    "equipment-guides": ("Guides d’équipement", "Des conseils d’achat clairs pour les tables, les pistolets de massage et l’équipement de la salle de soins."),
    "aromatherapy": ("Aromathérapie", "Comment les huiles essentielles sont produites, mélangées et utilisées de façon responsable en massothérapie."),
    "care-maintenance": ("Entretien", "Garder pierres, literie, huiles et réchauds propres, sécuritaires et en service pendant des années."),
}

TAGS = {
    "trigger-points": "Points gâchettes",
    "self-care": "Autosoins",
    "percussion-therapy": "Thérapie par percussion",
    "hot-stone": "Pierres chaudes",
    "heat-therapy": "Thermothérapie",
    "essential-oils": "Huiles essentielles",
    "carrier-oils": "Huiles de support",
    "massage-tables": "Tables de massage",
    "buying-guide": "Guide d’achat",
    "clinic-hygiene": "Hygiène en clinique",
    "linens": "Literie",
}

_TRIGGER_POINTS = """\
## Qu’est-ce qu’un point gâchette?

La plupart des gens parlent simplement de nœuds. En langage clinique, un point gâchette est une \
petite zone irritable logée dans une bande musculaire tendue. Quand on appuie dessus, la douleur \
est étonnamment vive pour sa taille, et elle se fait parfois sentir ailleurs : c’est la douleur \
projetée. Un point sensible sur le dessus de l’épaule peut ressembler à un mal de tête à la tempe.

Les chercheurs débattent encore de ce qui se passe exactement dans le tissu, mais en pratique, \
le portrait est clair : les points gâchettes sont fréquents, ils réagissent souvent bien à une \
pression attentive et ils reviennent quand les habitudes qui les causent se poursuivent.

## Où se forment-ils?

Tous les muscles squelettiques peuvent en avoir, mais certaines zones reviennent sans cesse.

### Le trapèze supérieur

Ce muscle en pente entre le cou et l’épaule travaille fort devant l’ordinateur, le téléphone à \
la main ou avec un sac lourd porté toujours du même côté. Ses points projettent souvent la \
douleur sur le côté du cou ou vers la tempe.

### Les ischiojambiers

De longues heures assis les gardent raccourcis, alors que le sprint et la course en côte les \
sollicitent durement. Les zones sensibles se trouvent souvent à mi-cuisse, à l’arrière, et \
peuvent irradier vers le genou.

### Les mollets

La course, la station debout sur des planchers durs et le passage des talons hauts aux souliers \
plats chargent les mollets. Un point gâchette à cet endroit ressemble à une crampe qui ne lâche \
jamais tout à fait.

### Le carré des lombes

Ce muscle profond du bas du dos relie la dernière côte au haut du bassin. Irrité, il donne \
souvent une douleur d’un seul côté qui s’aggrave en se retournant dans le lit ou en se levant \
d’une chaise basse. Il demande une pression patiente et bien orientée, pas de la force.

## Appliquer la pression avec une pierre ou un pistolet de massage

### Avec une pierre

Une pierre de basalte lisse est un excellent outil de pression. Son bord arrondi concentre la \
force sans user vos pouces, et une pierre tiède aide un muscle sur la défensive à se relâcher. \
Pour travailler un point :

1. Repérez la bande tendue du plat des doigts, puis cherchez l’endroit le plus sensible.
2. Posez le bord ou la pointe de la pierre sur ce point et enfoncez lentement.
3. Maintenez une pression stable de 20 à 60 secondes pendant que la personne respire lentement.
4. Relâchez à mesure que la sensibilité diminue, puis terminez par quelques longs mouvements \
le long du muscle.

Si vous chauffez vos pierres, vérifiez l’eau avec un thermomètre et testez chaque pierre sur \
l’intérieur de votre avant-bras. Notre guide sur [l’entretien des pierres chaudes](/fr/blog/entretien-des-pierres-chaudes/) \
donne les températures sécuritaires.

### Avec un pistolet de massage à percussion

Le pistolet de massage donne des coups rapides et courts qui réchauffent le muscle avant un \
travail plus ciblé. Commencez à la vitesse la plus basse avec l’embout boule ou plat, laissez le \
poids de l’appareil faire le travail et glissez lentement le long du muscle au lieu de rester \
sur un seul point. Une à deux minutes par zone suffisent en général. Gardez l’embout pointu pour \
un contact bref et léger, jamais sur un os.

> **Conseil :** voyez le pistolet comme un échauffement, pas comme le soin au complet. Bien des \
massothérapeutes utilisent la percussion une minute, puis passent à la pierre ou à un outil \
pour le pouce pour sentir comment le tissu a changé.

## Les bienfaits possibles

La recherche est encourageante, mais partagée : mieux vaut parler de ce que ce travail peut \
apporter. Les gens rapportent souvent :

- moins de sensibilité locale et un muscle plus souple au toucher
- des mouvements plus faciles, comme tourner la tête ou se pencher
- un soulagement à court terme des douleurs projetées, dont certains maux de tête de tension
- un sentiment de calme et une meilleure conscience de leur posture

## Précautions : combien, combien de temps et quand s’abstenir

### Quelle pression?

Visez un inconfort d’environ 5 ou 6 sur 10 : ferme, mais assez pour respirer normalement. Si la \
personne retient son souffle ou se dérobe, diminuez. Une sensation vive, électrique ou de \
brûlure veut dire d’arrêter.

### Combien de temps?

Ne maintenez pas un même point plus d’une minute environ, et ne passez que quelques minutes sur \
une zone. Trop travailler un muscle peut le laisser meurtri et endolori pendant des jours.

### Quand ne pas appuyer

Évitez le travail des points gâchettes, ou consultez d’abord un professionnel :

- directement sur les os, les articulations, la colonne ou le devant du cou
- sur une zone rouge, chaude, enflée ou autrement enflammée
- sur une blessure récente : élongation, entorse, ecchymose profonde ou fracture possible
- en cas de trouble de la coagulation ou de prise d’anticoagulants; ne travaillez jamais un \
mollet soudainement enflé, chaud et douloureux, qui peut signaler un caillot exigeant des soins \
médicaux urgents
- pendant la grossesse, où le soin doit être guidé par une massothérapeute formée en prénatal
- sur une zone engourdie, des varices, une cicatrice chirurgicale récente ou une plaie

En cas de doute, demandez conseil à une massothérapeute agréée ou à votre médecin avant de vous \
traiter vous-même.

## Pourquoi revenir pour d’autres séances?

Les points gâchettes disparaissent rarement pour de bon après une seule visite : les postures, \
l’entraînement et le stress qui les ont créés sont habituellement encore là. Une courte série de \
rendez-vous, souvent à une ou deux semaines d’intervalle, permet de voir ce qui a changé, \
d’ajuster la pression et de traiter les zones voisines, comme les hanches ou le haut du dos, qui \
entretiennent peut-être le problème. Entre les visites, quelques minutes d’autosoin avec une \
canne pour points gâchettes ou une pierre aident à garder les acquis. Avec le temps, bien des \
clients ont besoin de rendez-vous moins souvent : signe que le plan fonctionne.
"""

_ESSENTIAL_OIL_EXTRACTION = """\
## Pourquoi la méthode d’extraction compte

Une même plante peut donner des huiles très différentes selon la façon dont on en tire \
l’essence. La méthode influe sur l’odeur, la composition, le prix et la conservation : c’est \
pourquoi nous l’indiquons sur chaque fiche produit.

## La distillation à la vapeur

C’est la méthode la plus courante. La vapeur traverse la matière végétale (fleurs, aiguilles, \
feuilles ou résine) et entraîne les molécules aromatiques. En refroidissant, le mélange se \
sépare : l’huile essentielle flotte sur l’eau florale, qu’on appelle hydrolat. La lavande, la \
menthe poivrée, l’eucalyptus et le sapin baumier sont distillés ainsi.

## La pression à froid

Les agrumes font exception : leur huile se trouve dans de petites poches de l’écorce, qu’on \
presse mécaniquement. L’orange douce pressée à froid sent le fruit frais, mais se conserve moins \
longtemps; gardez-la au froid et utilisez-la dans l’année.

## L’extraction par solvant et les absolues

Certaines fleurs trop délicates pour la vapeur, comme le jasmin, sont traitées par solvant. On \
obtient une absolue, très parfumée, mais qui peut contenir des traces de solvant : nous la \
réservons à la parfumerie plutôt qu’au massage.

## De la bouteille au mélange

Une huile essentielle ne s’applique jamais pure sur la peau. Diluez-la dans une huile de support \
comme l’huile de pépins de raisin, d’amande douce ou de noix de coco fractionnée. Pour un massage \
du corps, une dilution de 1 à 2 % suffit (environ 6 à 12 gouttes pour 30 mL); pour le visage, \
les personnes âgées ou la peau sensible, restez autour de 0,5 à 1 %.
"""

_MASSAGE_TABLE = """\
## Partir de votre lieu de travail

Une table qui voyage dans le coffre d’une voiture n’a pas les mêmes exigences qu’une table qui \
ne quitte jamais la salle de soins. Avant de comparer les fiches, demandez-vous où vous \
travaillerez, qui vous recevrez et quelles techniques vous utilisez le plus.

## Les mesures qui comptent

### La largeur

Une table de 71 cm vous garde près de la personne et ménage votre dos; une table de 76 à 81 cm \
accueille mieux les épaules larges et le travail sur le côté. Mesurez votre salle : il vous faut \
environ 90 cm libres tout autour.

### La plage de hauteur

Debout, les bras le long du corps, la surface de la table devrait arriver à peu près à vos \
jointures. Choisissez une plage qui couvre cette hauteur avec de la marge pour le travail en \
profondeur, où l’on baisse souvent la table.

### Le poids et la structure

L’aluminium est plus léger (12 à 13 kg); le bois franc est plus stable et plus silencieux. Pour \
les soins à domicile, chaque kilo compte dans l’escalier.

### La mousse et le revêtement

De 5 à 8 cm de mousse : plus mince pour le travail en profondeur, plus épaisse pour la détente. \
Un revêtement sans plastifiant résiste mieux aux huiles.

## La charge de travail, expliquée

La charge de travail indique le poids qu’une table supporte pendant un soin, quand vous appuyez \
sur la personne. Elle est bien plus utile que la charge statique, souvent gonflée. Prévoyez une \
marge confortable au-delà du poids de votre clientèle la plus lourde.

## Portative ou fixe?

La portative vous suit partout; la fixe est plus stable, plus silencieuse et se règle une fois \
pour toutes. Bien des thérapeutes ont les deux : une fixe en clinique, une portative pour les \
événements.
"""

_HOT_STONES = """\
## Avant le premier soin

Lavez les pierres neuves à l’eau tiède savonneuse, rincez-les bien et laissez-les sécher à \
l’air. Huilez-les légèrement : le basalte reprend alors sa belle couleur foncée.

## Chauffer en toute sécurité

### Un thermomètre, chaque jour

Le cadran d’un chauffe-pierres n’est qu’une indication. Vérifiez l’eau avec un thermomètre \
avant chaque journée de soins.

### Les températures

Gardez l’eau entre 50 et 55 °C pour le massage. Au-delà de 60 °C, le risque de brûlure augmente \
rapidement. Testez toujours chaque pierre sur l’intérieur de votre avant-bras avant de la poser \
sur la peau, et ne laissez jamais une pierre chaude directement sur la peau sans la déplacer.

## Nettoyer entre deux clients

Retirez l’huile avec une eau savonneuse chaude, rincez, puis désinfectez avec un produit \
compatible avec la pierre. Évitez l’eau de Javel concentrée, qui ternit le basalte et le marbre.

## Entretenir le chauffe-pierres

Videz-le et essuyez-le chaque soir. Une fois par semaine, détartrez le bac avec du vinaigre dilué.

## Remise en état et rangement

Une pierre qui a perdu son poli se remet à neuf avec un peu d’huile. Rangez les pierres sèches, \
dans un tiroir ou un panier doublé d’un linge, loin des chocs : une pierre fissurée doit être \
retirée du service.
"""

_MASSAGE_GUN = """\
## Pour qui?

Un pistolet pour la clinique, utilisé toute la journée sur plusieurs personnes, n’a pas les \
mêmes exigences qu’un appareil d’autosoin glissé dans un sac de sport.

## Les caractéristiques, une à une

### L’amplitude : la profondeur de chaque coup

De 10 à 12 mm pour la détente et les petites zones; de 14 à 16 mm pour les grands groupes \
musculaires et le travail sportif.

### La force d’arrêt : jusqu’où appuyer

C’est la pression à partir de laquelle le moteur cale. Une force de 25 à 35 lb suffit pour \
l’autosoin; la clinique demande souvent 50 lb et plus.

### Les vitesses

Plus de vitesses permettent une progression plus douce, utile avec une clientèle nerveuse.

### La pile et la recharge

Une pile interchangeable évite l’arrêt en pleine journée. La recharge par USB-C simplifie les \
déplacements.

### Le bruit

Sous 50 dB, l’appareil se fait discret dans une salle de détente; au-delà de 60 dB, il dérange.

## Poids, prise en main et embouts

Un appareil de plus de 1 kg fatigue le poignet à la longue. Un bras articulé aide pour le dos. \
Quatre embouts suffisent : boule, plat, fourche et pointe.

## Utiliser un pistolet de massage en toute sécurité

Jamais sur les os, le devant du cou, une blessure récente ou une zone enflée. Glissez sans vous \
arrêter, une à deux minutes par zone. Pour aller plus loin, lisez notre article sur \
[la thérapie des points gâchettes](/fr/blog/therapie-des-points-gachettes-pierres-et-pistolets-de-massage/).
"""

_LINENS_AND_OILS = """\
## Pourquoi les huiles rancissent

L’air, la lumière et la chaleur oxydent les huiles, surtout celles riches en acides gras \
insaturés comme l’huile de pépins de raisin. Une huile rance irrite la peau et imprègne la \
literie d’une odeur tenace.

### Les signes d’une huile tournée

Une odeur de peinture ou de crayon de cire, une texture collante ou une couleur plus foncée : \
jetez-la.

## Ranger huiles et lotions

Gardez les bidons fermés, dans une armoire fraîche et sombre. Transvidez de petites quantités \
dans des bouteilles à pompe propres, et notez la date d’ouverture sur chaque contenant.

## Laver la literie de massage

Lavez à l’eau chaude avec un détergent dégraissant; ajoutez un peu de bicarbonate de soude pour \
les taches d’huile. Un prétrempage aide avec les draps très imprégnés.

## Une note sur les incendies

Les huiles retenues dans les tissus peuvent s’oxyder et chauffer d’elles-mêmes dans une \
sécheuse ou un panier de linge encore chaud : elles ont déjà causé des incendies dans des \
cliniques. Séchez à basse température, retirez la literie dès la fin du cycle et laissez-la \
refroidir à plat, jamais en tas.

## Quand remplacer la literie

Un drap qui sent encore l’huile après le lavage, qui est devenu raide ou qui s’amincit doit être \
remplacé.
"""

_WARM_TOWELS = """\
## Pourquoi des serviettes chaudes

Une serviette chaude au début du soin détend les pieds; à la fin, elle retire l’excès d’huile et \
termine la séance en douceur. Un petit geste qui laisse un grand souvenir.

## Préparer les serviettes

Utilisez des serviettes à main en coton propres, humectées d’eau (pas détrempées), puis roulées \
serré. Une goutte d’huile essentielle diluée est possible, mais demandez toujours à la personne \
d’abord.

## Chauffer avec une armoire à serviettes

Une armoire garde les serviettes entre 60 et 80 °C toute la journée. Placez-les au moins une \
heure avant le premier rendez-vous.

### Et le micro-ondes?

Il chauffe de façon inégale et crée des points brûlants au cœur de la serviette : nous le \
déconseillons.

## La vérification avant chaque serviette

Dépliez la serviette, secouez-la pour laisser échapper la vapeur et testez-la sur l’intérieur de \
votre avant-bras. Elle doit être chaude, jamais brûlante.

## Une clientèle qui demande plus d’attention

Les personnes diabétiques, âgées ou qui ont une sensibilité réduite sentent moins la chaleur : \
laissez tiédir davantage et vérifiez souvent.

## Garder l’armoire propre

Videz l’armoire chaque soir, essuyez-la et laissez la porte ouverte pour qu’elle sèche. \
Désinfectez le plateau chaque semaine.
"""

ARTICLES = {
    "trigger-point-therapy-stones-and-massage-guns": {
        "slug": "therapie-des-points-gachettes-pierres-et-pistolets-de-massage",
        "title": "Thérapie des points gâchettes : dénouer les nœuds en toute sécurité avec pierres et pistolets de massage",
        "excerpt": (
            "Une massothérapeute explique ce que sont les points gâchettes, où ils se forment, "
            "comment appliquer la pression avec une pierre ou un pistolet à percussion, et quand "
            "s’abstenir."
        ),
        "seo_title": "Points gâchettes : pierres et pistolets de massage",
        "seo_description": (
            "Ce que sont les points gâchettes, où ils se forment, comment les travailler avec une "
            "pierre ou un pistolet de massage et les précautions à connaître."
        ),
        "body": _TRIGGER_POINTS,
    },
    "how-essential-oils-are-extracted": {
        "slug": "comment-on-extrait-les-huiles-essentielles",
        "title": "De la plante à la bouteille : comment on extrait les huiles essentielles",
        "excerpt": (
            "Distillation à la vapeur, pression à froid, absolues : ce que chaque méthode change "
            "à l’huile, et comment la diluer pour le massage."
        ),
        "seo_title": "Extraction des huiles essentielles : de la vapeur aux absolues",
        "seo_description": (
            "Comment on extrait les huiles essentielles, pourquoi la méthode compte et comment "
            "les diluer dans une huile de support pour le massage."
        ),
        "body": _ESSENTIAL_OIL_EXTRACTION,
    },
    "choosing-a-massage-table": {
        "slug": "choisir-une-table-de-massage",
        "title": "Choisir une table de massage : largeur, hauteur, poids et charge de travail",
        "excerpt": (
            "Les mesures qui comptent vraiment avant d’acheter une table de massage, portative ou "
            "fixe, et comment lire la charge de travail."
        ),
        "seo_title": "Choisir une table de massage : guide d’achat pratique",
        "seo_description": (
            "Largeur, plage de hauteur, poids, mousse et charge de travail : tout pour choisir la "
            "bonne table de massage, portative ou fixe."
        ),
        "body": _MASSAGE_TABLE,
    },
    "caring-for-hot-stones": {
        "slug": "entretien-des-pierres-chaudes",
        "title": "L’entretien des pierres chaudes : nettoyage, chauffage sécuritaire et rangement",
        "excerpt": (
            "Préparer des pierres neuves, les chauffer à la bonne température, les nettoyer entre "
            "deux clients et les ranger pour qu’elles durent."
        ),
        "seo_title": "Entretien des pierres chaudes : nettoyage et chauffage",
        "seo_description": (
            "Comment nettoyer, chauffer en toute sécurité et ranger vos pierres chaudes et votre "
            "chauffe-pierres, avec les températures à respecter."
        ),
        "body": _HOT_STONES,
    },
    "choosing-a-percussion-massage-gun": {
        "slug": "choisir-un-pistolet-de-massage-a-percussion",
        "title": "Choisir un pistolet de massage : amplitude, force d’arrêt et bruit expliqués",
        "excerpt": (
            "Amplitude, force d’arrêt, vitesses, pile et bruit : ce que veulent dire les fiches "
            "techniques, et quel appareil convient à qui."
        ),
        "seo_title": "Choisir un pistolet de massage : amplitude, force et bruit",
        "seo_description": (
            "Les caractéristiques d’un pistolet de massage expliquées simplement, pour choisir "
            "l’appareil qui convient à la clinique ou à l’autosoin."
        ),
        "body": _MASSAGE_GUN,
    },
    "caring-for-massage-linens-and-oils": {
        "slug": "entretien-de-la-literie-et-des-huiles-de-massage",
        "title": "Draps frais, huile fraîche : l’entretien de la literie et des huiles de massage",
        "excerpt": (
            "Reconnaître une huile rance, bien ranger huiles et lotions, laver la literie et "
            "éviter les risques d’incendie avec le linge huileux."
        ),
        "seo_title": "Entretien de la literie et des huiles de massage",
        "seo_description": (
            "Ranger les huiles pour qu’elles ne rancissent pas, laver la literie de massage et "
            "prévenir les incendies liés au linge huileux."
        ),
        "body": _LINENS_AND_OILS,
    },
    "warming-towels-safely": {
        "slug": "rechauffer-les-serviettes-en-toute-securite",
        "title": "Réchauffer les serviettes en toute sécurité pour vos soins de massage",
        "excerpt": (
            "Préparer, chauffer et vérifier les serviettes chaudes pour qu’elles rehaussent le soin "
            "sans jamais brûler."
        ),
        "seo_title": "Réchauffer les serviettes pour le massage en toute sécurité",
        "seo_description": (
            "Comment préparer et chauffer des serviettes pour le massage, la vérification à faire "
            "avant chaque usage et l’entretien de l’armoire."
        ),
        "body": _WARM_TOWELS,
    },
}
