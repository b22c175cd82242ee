"""The demo blog in Quebec French, keyed by the English slugs of blog/demo/articles.py. Written in
our own words for Quebec readers (vouvoiement, metric units), not word for word: each article
keeps the English one's advice and cautions. Links between articles point at the French addresses.
"""

AUTHORS = {
    "claire-desrochers": (
        "Massothérapeute agréée, Kingston (Ontario)",
        "Claire est massothérapeute agréée en Ontario depuis quinze ans. Elle soigne surtout des "
        "gens qui travaillent assis, des coureurs et des musiciens, et elle écrit entre deux "
        "rendez-vous sur la technique, la sécurité et les soins à se donner soi-même.",
    ),
    "daniel-okafor": (
        "Spécialiste des produits, Body Best",
        "Daniel essaie et compare les tables, les pistolets de massage et les fournitures de "
        "clinique que nous vendons. C’est lui qui répond à la plupart des questions sur "
        "l’équipement que reçoit notre service à la clientèle.",
    ),
}

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

Pour les thérapeutes qui veulent aller plus loin, notre formation en ligne \
[Massothérapie des points gâchettes : une formation de 30 jours](/fr/courses/about/massotherapie-des-points-gachettes-une-formation-de-30-jours/) \
enseigne pas à pas l’évaluation, le relâchement, les étirements, l’autosoin des clients et l’orientation.
"""

_ESSENTIAL_OIL_EXTRACTION = """\
## Pourquoi la méthode d’extraction compte

Deux flacons qui portent le nom de la même plante peuvent avoir une odeur, un comportement et une \
durée de conservation bien différents. La raison tient en bonne partie à la façon dont on a tiré \
les composés aromatiques de la feuille, de l’écorce, de la fleur ou de la résine. La méthode \
décide des molécules qui se retrouvent dans le flacon, du temps que l’huile se garde et, souvent, \
de son prix. Connaître les grandes lignes aide à lire une étiquette et à choisir des huiles qui \
conviennent à une pratique de massothérapie.

## La distillation à la vapeur

La grande majorité des huiles essentielles utilisées en massage sont distillées à la vapeur. On \
tasse la matière végétale dans un alambic, puis on y fait passer de la vapeur. La chaleur et \
l’humidité ouvrent les minuscules glandes qui contiennent l’huile, et les molécules aromatiques \
les plus légères partent avec la vapeur. Celle-ci traverse ensuite un condenseur refroidi, \
redevient liquide et s’accumule dans un séparateur (l’essencier), où la plupart des huiles \
essentielles flottent à la surface de l’eau.

L’eau qui reste s’appelle un hydrolat, ou eau florale. Elle garde un léger parfum de la plante et \
se vend à part, comme brume douce pour la pièce ou pour la literie.

Le distillateur ajuste la durée, la pression et la température selon la plante. Les fleurs de \
lavande, les feuilles de menthe poivrée et d’eucalyptus, les aiguilles de sapin baumier et la \
résine d’oliban sont toutes distillées à la vapeur, mais chacune demande sa propre recette. \
Certaines plantes livrent leur huile généreusement, alors que des fleurs délicates comme la \
camomille romaine exigent une énorme quantité de fleurs pour remplir un petit flacon : voilà \
pourquoi ces huiles coûtent plus cher.

## La pression à froid

Les huiles d’agrumes sont un cas à part. L’huile se loge dans de petites poches de l’écorce, et \
on peut la libérer mécaniquement, sans aucune chaleur. Dans la pression à froid, ou expression, \
on presse, on pique ou on râpe l’écorce, puis on sépare le liquide huileux du jus et de l’eau, \
habituellement dans une centrifugeuse.

Comme rien n’est chauffé, les huiles pressées à froid, comme l’orange douce, gardent une note de \
tête vive et juteuse que la distillation arrive difficilement à égaler. Il y a toutefois deux \
compromis :

- Les huiles d’agrumes pressées s’oxydent plus vite que la plupart des autres. Achetez de petits \
flacons et utilisez-les dans l’année qui suit l’ouverture.
- Certaines huiles d’agrumes pressées, notamment la bergamote et la lime, peuvent rendre la peau \
plus sensible au soleil. L’orange douce est généralement jugée peu risquée aux dilutions de \
massage, mais vérifiez les consignes de chaque huile avant de l’appliquer sur une peau qui sera \
exposée au soleil.

## L’extraction par solvant et les absolues

Certaines fleurs, comme le jasmin et la tubéreuse, sont trop fragiles pour la vapeur. Pour \
celles-là, les producteurs lavent les pétales avec un solvant qui dissout la matière aromatique. \
Une fois le solvant retiré, il reste une pâte cireuse appelée concrète. On mélange ensuite la \
concrète à de l’alcool, on la refroidit et on la filtre pour éliminer les cires, puis on fait \
évaporer l’alcool. Ce qui reste est une absolue : très odorante, souvent épaisse et d’une \
couleur foncée.

Les absolues sont recherchées en parfumerie, mais elles peuvent contenir des traces du solvant \
et risquent davantage d’irriter une peau sensible. Bien des thérapeutes les réservent au \
diffuseur plutôt qu’au massage. Les huiles essentielles que nous offrons en ce moment sont \
toutes distillées à la vapeur ou pressées à froid.

## De la bouteille au mélange : huiles de support et dilution

Les huiles essentielles sont concentrées : elles ne doivent jamais être appliquées pures sur la \
peau. Pour le massage, on les mélange à une huile de support, une huile grasse qui répartit \
l’arôme et donne de la glisse.

### Choisir une huile de support

- **Pépins de raisin :** légère, vite absorbée et sans noix, mais elle rancit plus tôt que la \
plupart des autres.
- **Noix de coco fractionnée :** reste liquide, n’a presque pas d’odeur et se conserve longtemps.
- **Amande douce :** riche, avec une glisse classique, mais à éviter chez les clients allergiques \
aux noix.
- **Jojoba :** en fait une cire liquide, très stable et idéale pour le travail du visage.

### La dilution en un coup d’œil

En comptant environ 20 gouttes par millilitre (les compte-gouttes varient), un flacon de 30 mL \
d’huile de support demande à peu près :

1. **1 %, environ 6 gouttes :** massage du corps entier, peau sensible et personnes âgées.
2. **2 %, environ 12 gouttes :** travail ciblé sur une petite région, chez l’adulte en bonne santé.
3. **Moins, ou pas du tout :** pendant la grossesse, pour les enfants ou pour toute personne \
asthmatique ou sensible aux parfums, à moins qu’un professionnel qualifié ne conseille autre \
chose.

> **Conseil :** Préparez vos mélanges en petites quantités, inscrivez sur chaque flacon les huiles, \
la dilution et la date, et faites un essai sur l’intérieur de l’avant-bras avant d’utiliser un \
nouveau mélange pour un soin complet.

Rangez les huiles essentielles dans du verre foncé, bouchon bien fermé, loin de la chaleur et du \
soleil. Une huile fraîche sent meilleur et irrite moins la peau qu’une huile oxydée.
"""

_MASSAGE_TABLE = """\
## Partir de votre lieu de travail

La table de massage est le seul équipement qui sert à chaque client : elle mérite d’être choisie \
en fonction de votre pratique. La première question est simple : la table va-t-elle se déplacer? \
Les thérapeutes qui travaillent à domicile, les étudiants et tous ceux qui partagent un local ont \
besoin d’une table portative pliante. Une salle de soins réservée peut accueillir une table fixe, \
installée une fois pour toutes et qui ne se plie jamais.

## Les mesures qui comptent

Quatre chiffres d’une fiche produit vous disent presque tout sur le confort d’une table quand \
vous y travaillez jour après jour.

### La largeur : la portée ou l’espace

La largeur de la table influe à la fois sur le confort du client et sur votre propre posture.

- **71 cm :** légère, elle permet aux thérapeutes de petite taille de travailler de l’autre côté \
sans forcer. C’est le choix habituel pour les soins à domicile.
- **76 cm :** un bon compromis, qui laisse à la plupart des clients de la place pour les bras.
- **81 cm :** convient aux clients aux épaules larges et au travail en position latérale, mais \
vous devrez vous pencher davantage, et la table pliée est plus encombrante dans une voiture ou \
un escalier.

Si vous mesurez moins d’environ 165 cm, essayez une table de 71 ou de 76 cm avant de vous engager \
pour une table large.

### La plage de hauteur

Un bon point de départ consiste à régler la table pour que sa surface arrive à peu près à vos \
jointures quand vos bras pendent, détendus. À partir de là, bien des thérapeutes la baissent un \
peu pour le travail en profondeur, où le poids du corps fait le travail, et la montent un peu \
pour un travail plus léger ou plus précis. Vérifiez les deux bouts de la plage : les thérapeutes \
de grande taille ont besoin d’une hauteur maximale généreuse, et ceux qui font beaucoup de \
travail en profondeur, d’une hauteur minimale assez basse. Nos tables portatives vont d’environ \
61 à 89 cm, selon le modèle.

### Le poids et la structure

Pour les thérapeutes qui se déplacent, chaque kilo compte au troisième étage sans ascenseur. Une \
structure en aluminium garde une table portative autour de 12 à 15 kg, alors qu’une portative en \
bois franc pèse habituellement de 14 à 16 kg. Le bois franc semble souvent plus solide sous un \
travail vigoureux, et bien des thérapeutes aiment son toucher plus chaleureux et plus \
silencieux. Aucun des deux n’est un mauvais choix : tout dépend de la fréquence à laquelle vous \
transportez la table.

### La mousse et le revêtement

Plus épais ne veut pas dire meilleur. Une mousse multicouche bien faite de 6,5 à 8 cm, plus \
ferme en dessous et plus souple sur le dessus, offre du confort sans s’affaisser sous une \
pression profonde. Une mousse mince d’environ 5 cm convient aux étudiants et aux massages de \
détente, et allège la table. Choisissez un revêtement qui résiste aux huiles et qui se nettoie \
à l’eau et au savon doux entre deux clients.

## La charge de travail, expliquée

La charge de travail est le poids qu’une table peut supporter pendant un soin : le client, plus \
la force verticale et latérale que vous ajoutez quand vous vous penchez sur lui ou que vous \
montez sur la table pour des étirements. C’est la mesure de solidité la plus utile pour \
comparer. Certains fabricants indiquent aussi une capacité statique, beaucoup plus élevée, qui \
ne décrit qu’un poids immobile.

> **Conseil :** Choisissez une charge de travail qui laisse une bonne marge au-delà de votre \
client le plus lourd et de votre propre pression. Nos tables sont conçues pour une charge de \
travail de 227 à 320 kg.

## Portative ou fixe?

Une table fixe, comme un modèle de clinique assemblé par boulons, est plus stable et plus \
silencieuse, puisqu’elle n’a ni charnières ni câbles qui grincent, et c’est habituellement elle \
qui supporte la plus grande charge de travail. En contrepartie, sa hauteur se règle une fois \
pour toutes avec des rallonges de pattes plutôt qu’entre deux clients. Une portative vous donne \
de la souplesse et un appui-tête qui vous suit partout, au prix d’un peu de poids et de \
vérifications plus fréquentes des boutons et des câbles.

## Une courte liste à vérifier avant d’acheter

1. Comparez la taille de la table pliée avec vos cadres de porte, le coffre de votre voiture et \
votre espace de rangement.
2. Assurez-vous que la plage de hauteur couvre la hauteur de vos jointures, avec de la marge de \
part et d’autre.
3. Comparez la charge de travail, pas la capacité statique.
4. Voyez si vous avez besoin d’accessoires, comme un dossier relevable ou des rallonges \
latérales pour le travail en position assise.
5. Fixez-vous un budget : nos tables coûtent en ce moment d’environ 389 $ à 749 $ CA.

Si vous hésitez, notre équipe se fera un plaisir de discuter de votre pratique avec vous et de \
vous suggérer deux ou trois tables à comparer.
"""

_HOT_STONES = """\
## Avant le premier soin

Les pierres de basalte neuves arrivent avec un fini mat et poussiéreux. Lavez-les à l’eau tiède \
avec un savon doux non parfumé, rincez-les bien et séchez-les avec une serviette. Frottez ensuite \
chaque pierre avec quelques gouttes d’huile de massage pour faire ressortir sa couleur foncée et \
uniforme et sceller la surface. Profitez-en pour examiner chaque pierre : éclat, fissure ou \
surface rugueuse. Une pierre fissurée peut se briser à la chaleur; mettez-la de côté pour de bon.

## Chauffer en toute sécurité

Chauffez toujours les pierres dans l’eau, dans un chauffe-pierres conçu pour cet usage. Le \
micro-ondes, le four et les appareils de cuisine chauffent de façon inégale et peuvent laisser \
un côté de la pierre dangereusement chaud. Tapissez le fond du chauffe-pierres d’une serviette ou \
du tapis fourni, pour que les pierres ne reposent jamais directement sur l’élément chauffant, et \
n’allumez jamais l’appareil sans eau.

### Un thermomètre, tous les jours

Un affichage numérique aide beaucoup, mais il mesure l’eau près de sa sonde seulement. Gardez un \
thermomètre à sonde distinct près de l’appareil et vérifiez l’eau avant chaque client. Les pierres \
ont aussi besoin de temps pour atteindre la température de l’eau : laissez-les tremper un moment \
après que l’appareil a atteint son réglage.

### Les plages de température

- **Eau pour les pierres de glissement :** la plage de travail habituelle est d’environ 50 à 55 °C.
- **Pierres de placement :** chauffez-les dans la même plage, et mettez toujours une épaisseur \
de tissu entre la pierre et la peau.
- **Au-delà de 60 °C :** trop chaud pour un contact avec la peau. Bien des appareils montent \
jusqu’à 70 °C, mais ce réglage n’est pas fait pour les soins.
- **Marbre froid :** refroidissez-le au réfrigérateur ou dans un bol d’eau glacée. Évitez le \
congélateur : une pierre sous le point de congélation peut coller à la peau ou la blesser.

Essayez chaque pierre sur l’intérieur de votre propre avant-bras avant qu’elle touche un client, \
et gardez les pierres chaudes en mouvement jusqu’à ce qu’elles aient un peu refroidi. Au moment \
de l’accueil, informez-vous d’une sensibilité réduite, du diabète, de troubles de la \
circulation, de problèmes de peau, de blessures récentes et d’une grossesse. La chaleur ne \
convient pas toujours à ces clients : en cas de doute, consultez une massothérapeute agréée ou \
un médecin.

> **Conseil :** La chaleur que garde une grosse pierre est trompeuse. Une pierre sacrée ou une \
pierre de jambe peut sembler correcte dans votre paume et être pourtant trop chaude pour reposer \
sur un client. Utilisez toujours une barrière de tissu et vérifiez de nouveau après quelques \
minutes.

## Le nettoyage entre deux clients

L’huile, la lotion et les cellules mortes s’accumulent vite. Après chaque soin :

1. Essuyez ou lavez les pierres à l’eau tiède savonneuse pour enlever l’huile.
2. Rincez-les à fond pour qu’aucun résidu de savon ne retourne dans le chauffe-pierres.
3. Désinfectez-les avec un produit homologué pour les surfaces dures et sans danger pour la \
pierre, en respectant le temps de contact indiqué sur l’étiquette.
4. Rincez de nouveau si l’étiquette le demande, puis laissez sécher les pierres à l’air ou \
remettez-les dans une eau propre.

Le marbre demande plus de douceur. Il est plus tendre et plus poreux que le basalte : évitez le \
vinaigre, les agrumes et les autres nettoyants acides, et ne le laissez jamais tremper toute la \
nuit.

## L’entretien du chauffe-pierres

À la fin de chaque journée, éteignez l’appareil, laissez-le refroidir, puis videz, rincez et \
séchez la cuve. L’eau stagnante laisse du calcaire et peut favoriser les bactéries. Si du \
calcaire se forme malgré tout, détartrez la cuve en suivant les directives du fabricant, \
rincez-la bien ensuite et gardez toute solution acide loin des pierres de marbre. Changez la \
serviette du fond chaque jour.

## Redonner du lustre et ranger

Après des mois de lavages, le basalte peut prendre un air gris et sec. Un léger massage à \
l’huile lui redonne son fini. Rangez les pierres parfaitement sèches, triées par taille dans un \
sac de tissu ou un tiroir rembourré, pour qu’elles ne s’entrechoquent pas et ne s’écaillent pas. \
Gardez le marbre à part du basalte, et tenez un simple décompte pour que les petites pierres \
d’orteils ne disparaissent pas en douce de l’ensemble.
"""

_MASSAGE_GUN = """\
## Partir de la personne qui va s’en servir

Un appareil de massage à percussion pour une clinique occupée n’a pas les mêmes priorités que \
celui qui vit dans un sac de sport. Avant de comparer les chiffres, déterminez qui le tiendra, \
sur quels muscles et combien de minutes par jour. Les caractéristiques de chaque fiche produit \
prennent alors tout leur sens.

## Les caractéristiques, une à une

Tous les appareils à percussion sont décrits avec la même poignée de chiffres. Voici ce que \
chacun vous apprend.

### L’amplitude : la profondeur de chaque coup

L’amplitude est la distance que parcourt la tête à chaque coup, en millimètres. Nos modèles \
vont de 10 à 16 mm.

- **10 à 12 mm :** une sensation plus légère, qui convient au cou et aux épaules, aux avant-bras, \
aux mollets et aux clients qui découvrent la percussion.
- **14 à 16 mm :** va plus loin dans les gros muscles denses, comme les fessiers, les \
quadriceps et les ischiojambiers.

Un coup plus ample n’est pas toujours meilleur. Chez un client mince ou sur une région osseuse, \
une grande amplitude peut secouer plus qu’elle n’aide.

### La force d’arrêt : jusqu’où vous pouvez appuyer

La force d’arrêt est la pression que vous pouvez exercer avant que le moteur ralentisse et \
s’arrête. On l’exprime habituellement en livres : nos pistolets vont de 25 lb (environ 11 kg) \
pour le modèle compact de voyage à 70 lb (environ 32 kg) pour le modèle à bras articulé. La \
plupart des gens qui s’en servent pour leurs propres soins n’approchent jamais le chiffre le \
plus élevé, mais une thérapeute qui s’appuie sur de grands groupes musculaires plusieurs fois \
par jour remarquera vite un moteur qui s’essouffle.

### Les vitesses

Plus de vitesses donnent un contrôle plus fin, pas plus de puissance. Quatre ou cinq réglages \
bien espacés suffisent à la plupart des gens à la maison. Les thérapeutes qui augmentent \
l’intensité lentement avec des clients nerveux ou sensibles préfèrent souvent un modèle aux \
nombreux petits paliers, comme le pistolet de clinique à 20 vitesses.

### L’autonomie et la recharge

Vérifiez à la fois l’autonomie et la façon de remplacer la pile. Une charge de deux heures et \
demie à cinq heures couvre la plupart des usages à la maison pendant une semaine ou plus. En \
clinique, une pile interchangeable, ou une deuxième pile sur sa base de recharge, évite qu’un \
appareil à plat retarde l’horaire.

### Le bruit

Le bruit s’exprime en décibels. L’écart entre 42 et 62 dB semble petit sur papier, mais en \
règle générale, chaque hausse de 10 dB paraît environ deux fois plus forte. Dans une salle de \
soins paisible ou un appartement partagé, un moteur silencieux peut compter davantage qu’un peu \
plus de force d’arrêt.

> **Conseil :** Si vous utilisez surtout la percussion comme court réchauffement avant le \
travail manuel, placez le bruit et le poids avant l’amplitude sur votre liste.

## Le poids, la prise en main et les embouts

Nos pistolets pèsent d’environ 0,45 kg à 1,3 kg. Cet écart passe inaperçu en magasin, mais \
beaucoup moins après dix minutes de travail les bras levés. Un bras articulé vous aide à \
atteindre le haut du dos et les hanches sans plier le poignet. Côté embouts, une boule et une \
tête plate répondent à la plupart des besoins; une fourche pour les deux côtés de la colonne, \
un embout pointu pour un bref travail ciblé et un amortisseur souple pour les régions osseuses \
sont des ajouts utiles.

## Trouver le bon pistolet pour chaque personne

1. **Voyage et autosoins en douceur :** un modèle compact d’environ 0,5 kg, avec un coup de 10 mm.
2. **Pratique axée sur la détente :** un modèle silencieux, d’environ 42 dB, à longue autonomie.
3. **Thérapeutes qui augmentent la pression graduellement :** de nombreux petits paliers de \
vitesse et beaucoup d’embouts.
4. **Cliniques sportives et de massage en profondeur :** une amplitude de 16 mm, une grande \
force d’arrêt et des piles interchangeables.

Les prix de nos modèles actuels vont de 149 $ à 549 $ CA.

## Utiliser un pistolet de massage en toute sécurité

Gardez l’appareil en mouvement et passez une à deux minutes sur chaque région. Évitez le devant \
et les côtés du cou, la colonne elle-même, les saillies osseuses, les blessures récentes et \
toute région enflée ou enflammée. Les personnes qui ont un trouble de la coagulation, qui \
prennent des anticoagulants, qui sont enceintes ou dont la sensibilité est réduite devraient \
d’abord consulter un médecin ou une massothérapeute agréée. Pour en savoir plus sur la façon de \
combiner percussion et pression ciblée, lisez notre article sur \
[la thérapie des points gâchettes](/fr/blog/therapie-des-points-gachettes-pierres-et-pistolets-de-massage/).
"""

_LINENS_AND_OILS = """\
## Pourquoi les huiles rancissent

Les huiles de massage sont des corps gras, et les corps gras réagissent lentement avec \
l’oxygène. La lumière, la chaleur et l’air accélèrent tous cette réaction. Le résultat, c’est le \
rancissement : une huile qui sent le vieux, qui colle à la peau et qui peut laisser une odeur \
tenace dans vos draps.

Toutes les huiles de support ne vieillissent pas au même rythme. Celles qui sont riches en gras \
polyinsaturés, comme l’huile de pépins de raisin et l’huile de tournesol, tournent plus tôt. \
L’amande douce se situe entre les deux. L’huile de noix de coco fractionnée et le jojoba comptent \
parmi les plus stables et conviennent bien à un stock qui s’écoule lentement.

### Les signes d’une huile rance

- une odeur âcre, qu’on compare souvent aux crayons de cire, à la vieille peinture ou aux noix \
défraîchies
- une texture plus épaisse et collante au lieu d’une glisse nette
- une couleur plus foncée ou un aspect trouble qui n’y étaient pas quand le flacon était neuf

Si vous remarquez l’un de ces signes, remplacez l’huile plutôt que de masquer l’odeur avec un \
parfum.

## Ranger les huiles et les lotions

Gardez les grands contenants fermés, dans une armoire fraîche et sombre, loin des plinthes \
chauffantes, des fenêtres et des coins chauds de la salle de soins. Transvidez l’huile dans de \
plus petits flacons à pompe que vous finirez en quelques semaines, et lavez et séchez chaque \
flacon avant de le remplir plutôt que d’ajouter de l’huile neuve à la vieille. Inscrivez la date \
d’ouverture sur chaque gros contenant et utilisez toujours le stock le plus ancien en premier.

Les chauffe-huile font le bonheur des clients, mais ils sont durs pour l’huile. Ne réchauffez que \
ce que vous comptez utiliser dans la journée, et ne laissez pas de flacon sur le chauffe-huile \
pendant la nuit.

> **Conseil :** Un contenant de 3,78 L n’est économique que si vous le videz avant qu’il \
rancisse. Bien des thérapeutes qui travaillent seuls gaspillent moins avec deux plus petits \
flacons par saison qu’avec un gros contenant.

## Laver la literie de massage

C’est l’huile restée dans le tissu qui grise les draps et laisse des odeurs. Quelques habitudes \
aident :

1. Lavez la literie utilisée le jour même si possible, plutôt que de la laisser dans un panier.
2. Traitez d’avance les taches d’huile importantes avec un détergent dégraissant ou un peu de \
savon à vaisselle.
3. Utilisez l’eau la plus chaude que permet l’étiquette d’entretien. Le percale et la flanelle de \
coton supportent l’eau tiède à chaude; la microfibre et le molleton préfèrent l’eau tiède ou \
froide et un séchage à basse température.
4. Oubliez l’assouplissant et les feuilles pour la sécheuse. Ils enrobent les fibres et y \
emprisonnent l’huile et les odeurs.
5. Ne surchargez pas la laveuse. La literie a besoin d’espace pour bouger afin que le détergent \
puisse déloger l’huile.

Les couleurs foncées, comme le charbon et le vert sauge, cachent mieux les taches d’huile que le \
blanc, ce qui mérite réflexion dans une clinique achalandée.

## Une mise en garde contre le feu pour le linge huileux

Celle-ci passe facilement inaperçue. Un tissu qui a contenu de l’huile peut s’échauffer tout \
seul pendant que l’huile qui reste s’oxyde, et le lavage ne l’enlève pas toujours entièrement. \
De la literie encore chaude, sortie de la sécheuse et entassée dans un panier, peut, dans de \
rares cas, chauffer assez pour se consumer.

- Laissez la sécheuse terminer son cycle de refroidissement complet au lieu de l’arrêter plus tôt.
- Étalez ou pliez la literie dès sa sortie, plutôt que de la laisser en tas.
- Ne laissez jamais une sécheuse fonctionner sans surveillance pendant la nuit ou après la \
fermeture.

## Quand remplacer la literie

Bien entretenu, un ensemble de draps dure de nombreux mois d’usage régulier. Retirez la literie \
qui reste grise après le lavage, qui sent le renfermé même propre ou qui s’est amincie à \
l’appui-tête et aux coins. Prévoyez assez d’ensembles pour que chaque client ait des draps frais \
et que la lessive suive le rythme.
"""

_WARM_TOWELS = """\
## Pourquoi les serviettes chaudes en valent la peine

Une serviette chaude et humide est l’une des façons les plus simples de rehausser un massage. \
Enroulée autour des pieds au début, elle signale que la séance commence. À la fin, elle enlève \
l’excès d’huile du dos ou des mains, et le client repart à l’aise plutôt que glissant. Mal \
utilisées, par contre, les serviettes chaudes peuvent ébouillanter la peau ou devenir un \
problème d’hygiène : une routine claire s’impose.

## Préparer les serviettes

Utilisez des essuie-mains de coton propres et unis, réservés à cet usage. Humectez-les d’eau \
propre, tordez-les jusqu’à ce qu’elles ne dégouttent plus et roulez-les soigneusement pour \
qu’elles chauffent de façon égale et tiennent bien dans le support.

Si vous aimez une touche de parfum, ajoutez une seule goutte d’huile essentielle à l’eau qui \
sert à humecter les serviettes, jamais directement sur une serviette. Demandez d’abord l’avis de \
chaque client, et renoncez au parfum pour toute personne asthmatique, sujette aux migraines ou \
sensible aux odeurs.

## Chauffer avec une armoire chauffe-serviettes

Une armoire chauffe-serviettes est faite pour ce travail. Elle garde une température constante, \
tient les serviettes à l’abri et comprend un bac d’égouttement pour la condensation. Notre \
armoire chauffe à environ 80 °C : les serviettes qui en sortent sont donc plus chaudes que ce \
que la peau peut supporter sans danger.

### Pourquoi pas le micro-ondes?

Le micro-ondes chauffe le tissu humide de façon inégale et peut laisser, au cœur d’une serviette \
par ailleurs tiède, des poches de vapeur brûlantes. Une serviette qui contient des traces \
d’huile de massage peut aussi roussir. Une armoire conçue pour cet usage est plus sécuritaire et \
bien plus prévisible.

## La vérification avant que la serviette touche la peau

1. Sortez la serviette avec une pince ou par un coin sec.
2. Dépliez-la complètement en la secouant pour libérer la vapeur emprisonnée.
3. Essayez-la pendant plusieurs secondes sur l’intérieur de votre propre avant-bras.
4. Si elle vous semble chaude plutôt que tiède, agitez-la doucement ou attendez un moment, puis \
essayez de nouveau.
5. Tenez-la d’abord juste au-dessus de la peau du client, puis déposez-la et demandez-lui comment \
il la trouve.

> **Conseil :** Ne déposez jamais une serviette sur le visage ou les yeux avant de l’avoir \
essayée, et laissez toujours le nez et la bouche dégagés. Pliez-la pour que le client puisse \
l’enlever facilement.

Le même essai sur l’avant-bras vaut pour les chauffe-huile et les bains de paraffine pour les \
mains. Tout ce qu’on réchauffe pour un client doit être vérifié à la main avant usage.

## Les clients qui demandent plus de précautions

Certaines personnes ne perçoivent pas bien la chaleur ou ont une peau qui brûle plus facilement. \
Redoublez de prudence, ou renoncez aux serviettes chaudes, avec les clients qui :

- ont le diabète, une neuropathie ou une autre cause de sensibilité réduite
- sont âgés ou ont la peau mince et fragile
- ont un coup de soleil, de la rosacée, une poussée d’eczéma ou une plaie
- ont récemment reçu un soin du visage, un peeling ou une autre intervention esthétique
- ont une région rouge, enflée ou récemment blessée

Posez ces questions à l’accueil. Si un client ne sait pas si la chaleur lui convient, \
suggérez-lui de vérifier auprès de son médecin ou d’une massothérapeute agréée.

## Garder l’armoire propre

Une boîte chaude et humide devient vite un nid de bactéries et de moisissures si on la néglige. \
N’y mettez que des serviettes fraîchement lavées, et n’y remettez jamais une serviette utilisée. \
À la fin de chaque journée, retirez toutes les serviettes, utilisées ou non, videz le bac \
d’égouttement, essuyez l’intérieur avec un désinfectant approprié et laissez la porte ouverte \
pour qu’elle sèche pendant la nuit. Une lampe UV intégrée est un ajout utile, mais elle ne \
remplace pas le nettoyage quotidien.

Lavez les serviettes utilisées à l’eau chaude avec un détergent dégraissant pour que l’huile ne \
s’accumule pas, et séchez-les à fond avant la fournée du lendemain.
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
