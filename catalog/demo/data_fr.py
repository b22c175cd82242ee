"""The demo catalogue in Quebec French, keyed like catalog/demo/data.py (category slug, attribute
code, product UPC). Pure data; the loader writes it into the `*_fr_ca` fields.

Written for Quebec shoppers in our own words (not word-for-word translations of the English),
with vouvoiement, metric units and the decimal comma ("3,78 L").
"""

CATEGORIES = {
    "massage-tables": {
        "name": "Tables de massage",
        "slug": "tables-de-massage",
        "description": (
            "<p>Tables portatives et fixes conçues pour un usage clinique quotidien, de la table "
            "mobile légère en aluminium au modèle en bois franc pour la clinique.</p>"
        ),
    },
    "massage-guns": {
        "name": "Pistolets de massage",
        "slug": "pistolets-de-massage",
        "description": (
            "<p>Appareils de massage à percussion pour l’échauffement, la récupération et la "
            "clinique. Comparez l’amplitude, la force d’arrêt et le bruit pour trouver celui "
            "qui convient à votre pratique.</p>"
        ),
    },
    "hot-cold-stones": {
        "name": "Pierres chaudes et froides",
        "slug": "pierres-chaudes-et-froides",
        "description": (
            "<p>Pierres de basalte et de marbre polies à la main pour la thérapie aux pierres "
            "chaudes et froides, en ensembles complets ou à l’unité.</p>"
        ),
    },
    "basalt-hot-stones": {
        "name": "Pierres chaudes en basalte",
        "slug": "pierres-chaudes-en-basalte",
        "description": (
            "<p>Pierres de basalte denses qui gardent bien la chaleur, en plusieurs grandeurs "
            "pour l’effleurage, le positionnement et les orteils.</p>"
        ),
    },
    "marble-cold-stones": {
        "name": "Pierres froides en marbre",
        "slug": "pierres-froides-en-marbre",
        "description": (
            "<p>Pierres de marbre blanc bien lisses qui restent fraîches pour les soins du "
            "visage, la thérapie par contraste et l’apaisement des tissus enflammés.</p>"
        ),
    },
    "oils-lotions": {
        "name": "Huiles et lotions",
        "slug": "huiles-et-lotions",
        "description": (
            "<p>Produits de massage professionnels en formats clinique et recharge, avec un bon "
            "choix d’options sans parfum et sans noix pour la clientèle sensible.</p>"
        ),
    },
    "massage-oils": {
        "name": "Huiles de massage",
        "slug": "huiles-de-massage",
        "description": (
            "<p>Huiles de support légères qui glissent longtemps, pour le massage suédois, la "
            "détente et les soins du corps entier.</p>"
        ),
    },
    "lotions-creams-gels": {
        "name": "Lotions, crèmes et gels",
        "slug": "lotions-cremes-et-gels",
        "description": (
            "<p>Des produits qui offrent plus d’adhérence et de contrôle pour le massage en "
            "profondeur, myofascial et sportif, et des baumes pour les soins après la séance.</p>"
        ),
    },
    "essential-oils": {
        "name": "Huiles essentielles",
        "slug": "huiles-essentielles",
        "description": (
            "<p>Huiles essentielles pures, avec leur nom botanique et leur provenance, à diluer "
            "dans une huile de support ou à diffuser dans la salle de soins.</p>"
        ),
    },
    "trigger-point-tools": {
        "name": "Outils pour points gâchettes",
        "slug": "outils-pour-points-gachettes",
        "description": (
            "<p>Cannes, balles, rouleaux et outils à main qui ménagent les pouces des "
            "thérapeutes et aident la clientèle à travailler ses nœuds entre deux rendez-vous.</p>"
        ),
    },
    "linens": {
        "name": "Literie",
        "slug": "literie",
        "description": (
            "<p>Ensembles de draps, surmatelas et protège-tables aux dimensions des tables de "
            "massage standard, choisis pour résister au lavage à l’eau chaude semaine après "
            "semaine.</p>"
        ),
    },
    "bolsters-positioning": {
        "name": "Coussins et positionnement",
        "slug": "coussins-et-positionnement",
        "description": (
            "<p>Traversins, coins et coussins qui soutiennent confortablement la clientèle sur "
            "le ventre, sur le dos ou sur le côté.</p>"
        ),
    },
    "warmers-heaters": {
        "name": "Chauffe-pierres et réchauds",
        "slug": "chauffe-pierres-et-rechauds",
        "description": (
            "<p>Chauffe-pierres, chauffe-bouteilles, armoires à serviettes et bains de paraffine "
            "pour apporter une chaleur douce et constante à chaque soin.</p>"
        ),
    },
}

# Attribute names by code, the unit added after them as in English ("Poids (kg)").
ATTRIBUTE_NAMES = {
    "amplitude": "Amplitude",
    "attachments": "Embouts inclus",
    "base": "Base",
    "battery_life": "Autonomie de la pile",
    "botanical_name": "Nom botanique",
    "brand": "Marque",
    "capacity": "Capacité",
    "colour": "Couleur",
    "count": "Nombre de pierres",
    "cover_material": "Matériau de la housse",
    "dimensions": "Dimensions",
    "extraction_method": "Méthode d’extraction",
    "fill": "Rembourrage",
    "fits_table_width": "Pour tables d’une largeur de",
    "foam_thickness": "Épaisseur de la mousse",
    "frame": "Structure",
    "heater_included": "Chauffe-pierres inclus",
    "height_range": "Plage de hauteur",
    "length": "Longueur",
    "material": "Matériau",
    "max_temperature": "Température maximale",
    "noise": "Niveau sonore",
    "nut_free": "Sans noix",
    "origin_country": "Pays d’origine",
    "pieces": "Pièces",
    "portable": "Portative",
    "scent": "Parfum",
    "shape": "Forme",
    "sizes": "Grandeur des pierres",
    "speeds": "Vitesses",
    "stall_force": "Force d’arrêt",
    "table_weight": "Poids de la table",
    "thermostat": "Thermostat",
    "use_area": "Zones de travail",
    "volume": "Volume",
    "wattage": "Puissance",
    "weight": "Poids",
    "width": "Largeur",
    "working_weight": "Charge de travail",
    "shipping_weight": "Poids à l’expédition",
}

# Text specifications, English -> French. Brands, botanical names, numbers and ranges are the
# same in both languages and are not listed.
ATTRIBUTE_VALUES = {
    "Aloe vera gel": "Gel d’aloès",
    "Beeswax and sunflower oil": "Cire d’abeille et huile de tournesol",
    "Fractionated coconut oil": "Huile de noix de coco fractionnée",
    "Grapeseed oil": "Huile de pépins de raisin",
    "Shea butter": "Beurre de karité",
    "Shea butter and sunflower oil": "Beurre de karité et huile de tournesol",
    "Sunflower and jojoba oils": "Huiles de tournesol et de jojoba",
    "Sunflower oil and glycerin": "Huile de tournesol et glycérine",
    "Sunflower oil with arnica": "Huile de tournesol à l’arnica",
    "Sweet almond oil": "Huile d’amande douce",
    "Charcoal": "Charbon",
    "Ivory": "Ivoire",
    "Natural": "Naturel",
    "Sage": "Vert sauge",
    "Slate blue": "Bleu ardoise",
    "White": "Blanc",
    "Cotton canvas": "Toile de coton",
    "PU vinyl": "Vinyle de polyuréthane",
    "Soft-touch PU": "Polyuréthane doux au toucher",
    "40 x 11 diameter": "40 x 11 de diamètre",
    "66 x 15 diameter": "66 x 15 de diamètre",
    "Cold pressing": "Pression à froid",
    "Steam distillation": "Distillation à la vapeur",
    "Dual-density foam": "Mousse à double densité",
    "Firm polyurethane foam": "Mousse de polyuréthane ferme",
    "High-density foam": "Mousse haute densité",
    "Medium-firm foam": "Mousse mi-ferme",
    "Memory foam": "Mousse à mémoire de forme",
    "Organic buckwheat hulls": "Écales de sarrasin biologique",
    "Aluminium": "Aluminium",
    "Hardwood (beech)": "Bois franc (hêtre)",
    "Hardwood (birch)": "Bois franc (bouleau)",
    "Hardwood (maple)": "Bois franc (érable)",
    "Bamboo viscose jersey": "Jersey de viscose de bambou",
    "Basalt": "Basalte",
    "Basalt and marble": "Basalte et marbre",
    "Cotton flannel": "Flanelle de coton",
    "Cotton terry with PU backing": "Ratine de coton, endos en polyuréthane",
    "EPP foam": "Mousse EPP",
    "Fibreglass-reinforced nylon": "Nylon renforcé de fibre de verre",
    "Hard maple": "Érable à sucre",
    "Marble": "Marbre",
    "Nylon core with rubber handles": "Âme en nylon, poignées en caoutchouc",
    "Organic cotton percale": "Percale de coton biologique",
    "Poly-cotton blend": "Mélange polyester-coton",
    "Polyester microfibre": "Microfibre de polyester",
    "Polyester sherpa fleece": "Molleton sherpa de polyester",
    "Solid natural rubber": "Caoutchouc naturel plein",
    "Surgical stainless steel": "Acier inoxydable chirurgical",
    "TPE foam": "Mousse TPE",
    "Australia": "Australie",
    "Brazil": "Brésil",
    "Canada": "Canada",
    "France": "France",
    "Portugal": "Portugal",
    "Somalia": "Somalie",
    "United Kingdom": "Royaume-Uni",
    "United States": "États-Unis",
    "Camphor and clove": "Camphre et clou de girofle",
    "Eucalyptus and peppermint": "Eucalyptus et menthe poivrée",
    "Lavender and cedarwood": "Lavande et bois de cèdre",
    "Peppermint": "Menthe poivrée",
    "Unscented": "Sans parfum",
    "Crescent": "Croissant",
    "Cylinder": "Cylindre",
    "Full round": "Rond",
    "Half round": "Demi-rond",
    "Rectangular": "Rectangulaire",
    "Three-quarter round": "Trois quarts de rond",
    "Wedge": "Coin",
    "Analogue dial": "Cadran analogique",
    "Digital": "Numérique",
    "Fixed": "Fixe",
    "Calves, quads and hamstrings": "Mollets, quadriceps et ischiojambiers",
    "Forearms, IT band and lower legs": "Avant-bras, bandelette ilio-tibiale et bas des jambes",
    "Glutes, feet and upper back": "Fessiers, pieds et haut du dos",
    "Hands, forearms and small trigger points": "Mains, avant-bras et petits points gâchettes",
    "Spine, neck and mid back": "Colonne, cou et milieu du dos",
    "Thighs, calves and upper back": "Cuisses, mollets et haut du dos",
    "Upper back, neck and shoulders": "Haut du dos, cou et épaules",
}


def _p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


PRODUCTS = {
    # Pistolets de massage
    "BB-MG-0001": ("Masseur à percussion Northpoint Pro", _p(
        "Le Northpoint Pro, c’est l’appareil qu’on sort quand un client arrive avec des fessiers, "
        "des quadriceps ou un haut du dos très denses. Sa <strong>course de 16 mm</strong> "
        "travaille en profondeur et le moteur garde son rythme même sous une bonne pression.",
        "Cinq vitesses, six embouts et une pile interchangeable : votre journée en clinique ne "
        "s’arrête jamais faute de charge. Essuyez les embouts avec un désinfectant doux entre "
        "chaque client.")),
    "BB-MG-0002": ("Mini masseur de voyage Northpoint", _p(
        "Assez petit pour un sac de sport ou un bagage de cabine, le Mini pèse moins d’un "
        "demi-kilo tout en offrant une course utile de 10 mm.",
        "Un bon choix à recommander aux clients qui veulent poursuivre leurs soins entre deux "
        "rendez-vous. Quatre vitesses, recharge par USB-C, environ trois heures d’utilisation.")),
    "BB-MG-0003": ("Pistolet à tissus profonds Ridgeback Recovery", _p(
        "Un appareil polyvalent pour les thérapeutes du sport et la clientèle active : 14 mm "
        "d’amplitude et 55 lb de force d’arrêt, assez pour les ischiojambiers, la bandelette "
        "ilio-tibiale et les dorsaux, sans brusquer aux vitesses plus douces.")),
    "BB-MG-0004": ("Pistolet à percussion Ridgeback Recovery Clinic 20", _p(
        "Vingt vitesses bien étagées pour augmenter l’intensité tout en douceur. Commencez au "
        "plus bas avec un client nerveux et montez d’un cran à la fois à mesure que les tissus "
        "se relâchent. Amplitude de 12 mm.")),
    "BB-MG-0005": ("Masseur à percussion silencieux Harbourline Quiet-Drive", _p(
        "À environ 42 dB à sa vitesse la plus basse, le Quiet-Drive est l’un des appareils à "
        "percussion les plus discrets que nous ayons essayés. Dans une salle de détente, un "
        "moteur bruyant peut gâcher une séance en quelques secondes; celui-ci se fait oublier.")),
    "BB-MG-0006": ("Masseur articulé Northpoint Elite", _p(
        "Son bras articulé se bloque à quatre angles pour atteindre les rhomboïdes, l’arrière de "
        "la hanche et le fascia plantaire sans vous tordre le poignet. Pour qui utilise la "
        "percussion avec plusieurs clients par jour, la différence se sent vite.")),
    "BB-MG-0007": ("Masseur chauffant à percussion Tamarack", _p(
        "L’un des cinq embouts intègre une plaque chauffante qui atteint une température "
        "agréable en une minute environ. Chaleur et percussion légère : une combinaison que "
        "les personnes au bas du dos toujours tendu tolèrent souvent mieux.")),
    # Tables de massage
    "BB-MT-0001": ("Table portative en aluminium Harbourline, 71 cm", _p(
        "La table que nous recommandons le plus souvent aux massothérapeutes à domicile. Sa "
        "structure en aluminium anodisé limite le poids à 12,5 kg, et ses 6,5 cm de mousse à "
        "deux couches restent fermes pendant les longues séances en profondeur.",
        "Têtière réglable et sac de transport inclus.")),
    "BB-MT-0002": ("Table portative en bois franc Cedar & Stone, 76 cm", _p(
        "Une portative classique : structure en érable, câbles de soutien noués à la main et "
        "7,5 cm de mousse en couches. La largeur supplémentaire donne de l’aisance aux bras des "
        "clients plus costauds et rend le travail sur le côté plus confortable.")),
    "BB-MT-0003": ("Table portative Tamarack Studio Lite", _p(
        "Une table légère et abordable pour les étudiants, les nouveaux diplômés et les studios "
        "à la maison. Structure en aluminium et 5 cm de mousse ferme, idéale pour le massage "
        "suédois et la détente. Seulement 11,8 kg.")),
    "BB-MT-0004": ("Table portative extra-large Harbourline, 81 cm", _p(
        "Avec 81 cm de largeur et 188 cm de longueur, la Wide-Body offre aux clients aux larges "
        "épaules ou de grande taille une table qui n’a rien d’une poutre d’équilibre. Huit "
        "centimètres de mousse à double densité sur une structure renforcée en bois franc.")),
    "BB-MT-0005": ("Table de reiki à panneaux Cedar & Stone", _p(
        "Conçue pour le travail énergétique en position assise : des panneaux pleins aux "
        "extrémités et aucune traverse à la tête ni au pied, pour glisser les genoux dessous. "
        "Elle convient tout aussi bien au massage.")),
    "BB-MT-0006": ("Table fixe Tamarack Clinic", _p(
        "Dans une salle où la table ne bouge jamais, une structure fixe est plus silencieuse et "
        "plus stable que n’importe quel modèle pliant. Pattes en bois franc boulonnées avec "
        "rallonges vissées : vous réglez votre hauteur de travail une fois pour toutes.")),
    "BB-MT-0007": ("Table portative à dossier relevable Harbourline", _p(
        "La section de tête de cette table en aluminium se relève à six positions et la "
        "transforme en fauteuil semi-incliné pour les soins du visage, la réflexologie ou les "
        "clientes et clients qui ne peuvent pas rester à plat (reflux, grossesse, respiration).")),
    # Pierres chaudes et froides
    "BB-HS-0001": ("Ensemble de départ en basalte Cedar & Stone, 20 pierres", _p(
        "Un premier ensemble pratique pour ajouter les pierres chaudes à votre offre de soins : "
        "pierres de positionnement pour le dos et le ventre, pierres de paume pour l’effleurage "
        "et quelques petites pierres pour les mains. De 3 à 10 cm.")),
    "BB-HS-0002": ("Ensemble professionnel en basalte Cedar & Stone, 45 pierres", _p(
        "Notre ensemble le plus complet, pour les soins aux pierres chaudes du corps entier. En "
        "plus des pierres de paume et de positionnement : une grande pierre sacrée, deux longues "
        "pierres pour les jambes et huit pierres d’orteils. De 2 à 15 cm.")),
    "BB-HS-0003": ("Trousse de pierres chaudes Cedar & Stone avec chauffe-pierres de 6 L", _p(
        "Tout ce qu’il faut pour offrir le massage aux pierres chaudes, dans une seule boîte : "
        "trente pierres de basalte, un chauffe-pierres numérique de 6 L, une cuillère à fentes "
        "et un tapis résistant à la chaleur pour le fond du bac.")),
    "BB-HS-0004": ("Pierres d’orteils en basalte Maplewell, ensemble de 8", _p(
        "De petites pierres plates de basalte qui se logent entre les orteils pendant un soin aux "
        "pierres chaudes ou un soin des pieds. Elles chauffent vite et gardent leur chaleur assez "
        "longtemps pour finir l’autre pied.")),
    "BB-HS-0005": ("Ensemble de pierres froides en marbre Cedar & Stone, 18 pierres", _p(
        "Le marbre blanc garde merveilleusement le froid : le partenaire tout désigné du basalte "
        "pour les soins par contraste. Pierres de paume, deux pierres pour les yeux et des "
        "pierres moyennes à poser sur les zones sensibles.")),
    "BB-HS-0006": ("Pierres froides pour le visage Harbourline, ensemble de 6", _p(
        "Six petites pierres de marbre aux bords effilés pour les mouvements de drainage le long "
        "de la mâchoire, des pommettes et des sourcils. Refroidies, elles terminent en beauté un "
        "soin du visage ou un massage contre les maux de tête.")),
    "BB-HS-0007": ("Ensemble chaud-froid Cedar & Stone, 36 pierres", _p(
        "Vingt-quatre pierres de basalte et douze de marbre, de grandeurs assorties pour alterner "
        "chaud et froid sur la même zone. Le contraste aide la clientèle aux tissus chroniquement "
        "congestionnés autour des épaules et du bas du dos.")),
    "BB-HS-0008": ("Pierres froides en marbre pour les yeux Maplewell, la paire", _p(
        "Deux pierres ovales de marbre qui reposent sur les paupières fermées. Posées sur un "
        "linge mince, elles rafraîchissent la fin d’une séquence sur le dos et aident bien des "
        "gens aux céphalées de tension à lâcher prise.")),
    # Huiles et lotions
    "BB-OL-0001": ("Huile de massage sans parfum aux pépins de raisin Maplewell, 250 mL", _p(
        "Légère, non grasse et sans parfum, l’huile de pépins de raisin est la bête de somme de "
        "bien des cliniques au pays. Elle glisse longtemps avec juste assez d’adhérence pour une "
        "pression modérée, et pénètre bien : vos clients ne repartent pas luisants.")),
    "BB-OL-0002": ("Huile de massage sans parfum aux pépins de raisin Maplewell, 3,78 L", _p(
        "La même huile légère que notre bouteille de 250 mL, en bidon format clinique qui revient "
        "à environ le tiers du prix par soin. Transvidez-la dans de petites bouteilles pour chaque "
        "salle et gardez le bidon fermé dans une armoire fraîche.")),
    "BB-OL-0003": ("Huile de noix de coco fractionnée Lumen Botanica, 500 mL", _p(
        "L’huile de noix de coco fractionnée reste liquide à la température ambiante, n’a presque "
        "pas d’odeur et rancit difficilement : une excellente huile de support pour vos mélanges "
        "d’huiles essentielles. Soyeuse sur la peau, elle laisse très peu de résidu.")),
    "BB-OL-0004": ("Huile de massage à l’amande douce Maplewell, 1 L", _p(
        "Un choix traditionnel pour le massage suédois : riche, nourrissante et lente à pénétrer, "
        "une seule application suffit pour une séance complète. La clientèle à la peau sèche "
        "l’hiver l’apprécie particulièrement.")),
    "BB-OL-0005": ("Huile relaxante lavande et cèdre Lumen Botanica, 250 mL", _p(
        "Un doux mélange de lavande et de cèdre de l’Atlas dans les huiles de tournesol et de "
        "jojoba, déjà dilué pour le massage de détente. Le parfum se remarque à l’ouverture, puis "
        "devient une note de fond tout en calme sur la peau.")),
    "BB-OL-0006": ("Huile de massage sportif à l’arnica Tamarack, 500 mL", _p(
        "Pour le travail avant et après l’effort : infusion de fleurs d’arnica, eucalyptus et "
        "menthe poivrée dans une base de tournesol. Un peu plus d’adhérence que l’huile de pépins "
        "de raisin, pratique pour les frictions transversales.")),
    "BB-OL-0007": ("Crème de massage en profondeur Maplewell, 500 mL", _p(
        "Une crème épaisse et sans parfum qui donne de l’adhérence là où l’huile glisserait. Une "
        "petite quantité pour les mouvements lents et précis; un peu plus pour revenir à "
        "l’effleurage. Base de beurre de karité et de tournesol, sans noix.")),
    "BB-OL-0008": ("Lotion de massage hypoallergénique Maplewell, 3,78 L", _p(
        "Une lotion de poids moyen pour les cliniques qui reçoivent beaucoup de peaux sensibles "
        "ou réactives : sans parfum, sans huile de noix, sans lanoline ni parabènes. Elle pénètre "
        "assez lentement pour une heure complète de travail.")),
    "BB-OL-0009": ("Gel de massage glissant Harbourline, 1 L", _p(
        "Un gel transparent à base d’eau qui glisse bien sans effet huileux. Idéal pour les "
        "clients qui retournent au travail ou au gym après leur rendez-vous, et très efficace "
        "sous les appareils à percussion et les ventouses.")),
    "BB-OL-0010": ("Crème rafraîchissante à la menthe poivrée Lumen Botanica, 250 mL", _p(
        "Une crème au picotement frais et net, très appréciée sur les mollets, les pieds et les "
        "avant-bras fatigués. Assez ferme pour le travail ciblé, elle laisse la peau rafraîchie "
        "plutôt que grasse.")),
    "BB-OL-0011": ("Baume sportif chauffant Tamarack, 120 mL", _p(
        "Un baume solide au camphre et au clou de girofle qui réchauffe doucement la peau, pour "
        "le travail ciblé sur les trapèzes, le bas du dos ou autour des genoux. Bien des clients "
        "en achètent un pot pour continuer l’automassage à la maison.")),
    # Huiles essentielles
    "BB-EO-0001": ("Huile essentielle de lavande Aurora Fields, 15 mL", _p(
        "Une lavande vraie des hauts plateaux de Provence, à l’arôme doux et herbacé, nettement "
        "plus tendre que le lavandin. L’huile la plus polyvalente de la salle de soins, en "
        "diffusion comme en mélange.")),
    "BB-EO-0002": ("Huile essentielle de menthe poivrée Aurora Fields, 15 mL", _p(
        "Une menthe poivrée vive et puissante, riche en menthol. Une goutte ou deux dans une "
        "lotion sans parfum donnent un massage des pieds rafraîchissant, et plusieurs thérapeutes "
        "en gardent une bouteille pour terminer en énergie les soins sportifs.")),
    "BB-EO-0003": ("Huile essentielle d’eucalyptus Lumen Botanica, 30 mL", _p(
        "Un eucalyptus globulus à l’arôme net et camphré qui dégage une salle de soins en "
        "quelques minutes. Deux gouttes sur un mouchoir glissé sous la têtière aident les clients "
        "congestionnés à mieux respirer sur le ventre.")),
    "BB-EO-0004": ("Huile essentielle d’orange douce Aurora Fields, 15 mL", _p(
        "Joyeuse, juteuse et aimée de tous, l’orange douce est l’une des huiles les plus faciles "
        "à faire découvrir à qui se méfie des parfums. Elle se marie bien avec la lavande, le "
        "cèdre et l’encens. Pressée à froid à partir de l’écorce.")),
    "BB-EO-0005": ("Huile essentielle de sapin baumier Lumen Botanica, 15 mL", _p(
        "Distillée à partir des aiguilles du sapin baumier d’ici, au Québec, elle sent la "
        "promenade en forêt boréale sous la neige : verte, résineuse et légèrement sucrée. Une "
        "favorite de la clientèle pendant le temps des Fêtes.")),
    "BB-EO-0006": ("Huile essentielle de camomille romaine Aurora Fields, 5 mL", _p(
        "La camomille romaine a une douceur de pomme et de miel et la réputation d’être l’une "
        "des huiles les plus douces pour la clientèle anxieuse. Il faut beaucoup de fleurs pour "
        "la produire : quelques gouttes suffisent.")),
    "BB-EO-0007": ("Huile essentielle d’encens Lumen Botanica, 10 mL", _p(
        "Chaude, résineuse et légèrement citronnée, l’huile d’encens donne de la profondeur et de "
        "l’ancrage aux mélanges. On l’utilise souvent dans les dernières minutes d’une séance ou "
        "pendant la respiration lente du début.")),
    "BB-EO-0008": ("Huile essentielle d’arbre à thé Aurora Fields, 15 mL", _p(
        "Une huile fraîche aux notes médicinales, que bien des cliniques utilisent pour préparer "
        "leurs vaporisateurs de surface et leurs rinçages de literie. En salle de soins, c’est "
        "davantage une huile utilitaire qu’un parfum de détente.")),
    # Outils pour points gâchettes
    "BB-TP-0001": ("Canne à crochet pour points gâchettes Northpoint", _p(
        "Sa forme en crochet permet de presser soi-même les trapèzes, les rhomboïdes et "
        "l’élévateur de la scapula en misant sur l’effet de levier plutôt que sur la force des "
        "mains. Nous en recommandons souvent une après un soin du cou et des épaules.")),
    "BB-TP-0002": ("Balles de massage pleines Ridgeback Recovery, la paire", _p(
        "Deux balles de caoutchouc denses, de la taille d’une balle de crosse, pour appuyer un "
        "point gâchette contre un mur ou le plancher. L’outil d’autosoin le plus simple et le "
        "plus abordable que nous vendons, et l’un des plus efficaces.")),
    "BB-TP-0003": ("Balle arachide de mobilité Northpoint", _p(
        "Un outil en forme d’arachide dont la rainure centrale enjambe la colonne : les deux "
        "lobes travaillent les muscles de chaque côté sans appuyer sur les vertèbres. Mousse TPE "
        "ferme, mais qui pardonne un peu.")),
    "BB-TP-0004": ("Économiseur de pouces en érable Cedar & Stone", _p(
        "Tourné dans l’érable à sucre canadien, ce petit outil se tient dans la paume et soulage "
        "vos pouces pendant le travail ciblé des points gâchettes et les frictions. Sur toute une "
        "carrière, protéger ses pouces en vaut largement la peine.")),
    "BB-TP-0005": ("Rouleau de mousse haute densité Ridgeback Recovery, 45 cm", _p(
        "Un rouleau ferme en mousse haute densité qui garde sa forme après des années "
        "d’utilisation quotidienne. À 45 cm, il est assez long pour les cuisses et le haut du dos, "
        "mais se range dans un casier ou sous un lit.")),
    "BB-TP-0006": ("Outil de grattage en acier inoxydable Maplewell", _p(
        "Un outil d’une seule pièce en acier inoxydable chirurgical pour le travail des tissus "
        "mous assisté par instrument. Une longue courbe concave pour les grandes zones comme la "
        "bandelette ilio-tibiale, une courbe convexe plus serrée pour l’avant-bras et la cheville.")),
    "BB-TP-0007": ("Bâton de massage à rouleaux Northpoint", _p(
        "Une âme flexible garnie de rouleaux libres qui roulent sur le muscle quand vous appuyez. "
        "Coureurs et cyclistes l’aiment pour un passage rapide sur les mollets et les quadriceps "
        "avant l’entraînement, et il se glisse facilement dans un sac.")),
    # Literie
    "BB-LN-0001": ("Ensemble de draps en flanelle Maplewell, vert sauge", _p(
        "La flanelle de coton brossé, c’est ce que la clientèle veut en plein mois de janvier. "
        "Cet ensemble de trois pièces est taillé pour les tables standard de 76 cm, avec des coins "
        "profonds qui restent en place par-dessus un surmatelas en molleton.")),
    "BB-LN-0002": ("Ensemble de draps en microfibre Maplewell, charbon", _p(
        "Un ensemble en microfibre de polyester brossée, doux et chaud, qui sèche vite et résiste "
        "aux plis. La teinte charbon est pratique en clinique achalandée : les taches d’huile y "
        "paraissent beaucoup moins que sur du blanc.")),
    "BB-LN-0003": ("Ensemble de draps en percale de coton biologique Tamarack", _p(
        "Une percale de coton biologique certifié, nette et respirante, pour les thérapeutes qui "
        "veulent des fibres naturelles sur la peau de leur clientèle. Fraîche l’été, elle va bien "
        "avec les tables chauffantes toute l’année.")),
    "BB-LN-0004": ("Surmatelas en molleton sherpa Tamarack", _p(
        "Un surmatelas moelleux en molleton sherpa qui se place entre la table et le drap "
        "contour, pour plus de douceur et de chaleur sans surchauffe. Des courroies élastiques aux "
        "coins l’empêchent de glisser quand la personne se retourne.")),
    "BB-LN-0005": ("Protège-table imperméable Maplewell", _p(
        "Une housse ajustée à endos imperméable et respirant qui empêche l’huile, la lotion et la "
        "sueur d’imbiber le rembourrage de votre table. Posez-la directement sur le vinyle et "
        "habillez la table comme d’habitude.")),
    "BB-LN-0006": ("Draps contours polyester-coton Harbourline, paquet de 6", _p(
        "Six draps contours dans un solide mélange 50/50 polyester-coton. La base de la rotation "
        "de lavage en clinique : durables, économiques à chaque lavage et rapides à changer entre "
        "deux rendez-vous.")),
    "BB-LN-0007": ("Ensemble de draps en jersey de bambou Tamarack, bleu ardoise", _p(
        "Le jersey de viscose de bambou s’étire un peu et offre un toucher frais et soyeux que la "
        "clientèle remarque tout de suite. Il drape bien les coussins : un beau choix pour les "
        "soins de détente style spa.")),
    # Coussins et positionnement
    "BB-BP-0001": ("Traversin rond Harbourline, 66 cm", _p(
        "Le traversin de tous les jours : sous les chevilles sur le ventre ou derrière les genoux "
        "sur le dos, il soulage le bas du dos. Son cœur en mousse haute densité garde sa forme "
        "pendant des années en clinique.")),
    "BB-BP-0002": ("Traversin demi-rond Harbourline, 66 cm", _p(
        "Avec sa base plate, le demi-rond ne roule pas : le meilleur choix sous les chevilles pour "
        "les pieds raides ou les mollets qui crampent. Il soulève aussi doucement la poitrine pour "
        "le travail du cou sur le ventre.")),
    "BB-BP-0003": ("Grand traversin trois quarts de rond Tamarack", _p(
        "Plus haut qu’un demi-rond, plus stable qu’un rond : ce grand traversin est un favori "
        "sous les genoux de la clientèle aux fléchisseurs de la hanche tendus ou au bas du dos "
        "douloureux. La hauteur supplémentaire soulage nettement sur le dos.")),
    "BB-BP-0004": ("Coussin de nuque au sarrasin Tamarack", _p(
        "Les écales de sarrasin biologique se déplacent pour épouser la courbe du cou sur le dos, "
        "un soutien ferme et ajustable qu’aucune mousse n’égale. Bien des clients demandent où "
        "s’en procurer un après la première séance.")),
    "BB-BP-0005": ("Coin de positionnement sur le côté Harbourline", _p(
        "Un coin de mousse ferme pour les personnes plus à l’aise sur le côté, notamment en fin "
        "de grossesse, avec une blessure à l’épaule ou du reflux. Placé derrière le dos, il "
        "empêche le corps de rouler pour que la personne se détende vraiment.")),
    "BB-BP-0006": ("Coussin de têtière en mousse à mémoire Tamarack", _p(
        "Un coussin en croissant en mousse à mémoire de forme qui remplace le coussin d’origine "
        "de la plupart des têtières. Il répartit la pression sur le front et les pommettes : plus "
        "de marques rouges sur le visage en se relevant.")),
    "BB-BP-0007": ("Traversin plat rectangulaire Harbourline", _p(
        "Un traversin bas et plat qui ajoute quelques centimètres juste où il faut : sous les "
        "tibias sur le ventre, sous la tête sur le côté ou sous le bassin pour soulager "
        "l’extension lombaire.")),
    # Chauffe-pierres et réchauds
    "BB-WA-0001": ("Chauffe-pierres numérique Cedar & Stone, 6 L", _p(
        "Un chauffe-pierres compact pour un ensemble de 20 à 30 pierres. Le thermostat numérique "
        "affiche la vraie température de l’eau : bien plus facile de garder les pierres entre 50 "
        "et 55 °C, la zone sécuritaire, qu’avec un simple cadran.")),
    "BB-WA-0002": ("Chauffe-pierres professionnel Cedar & Stone, 18 L", _p(
        "Pour les spas et les cliniques qui offrent les pierres chaudes plusieurs fois par jour : "
        "le bac de 18 L accueille un ensemble complet de 45 pierres, avec de la place en trop. Le "
        "grand affichage numérique se lit de loin dans une salle tamisée.")),
    "BB-WA-0003": ("Chauffe-bouteille d’huile Harbourline", _p(
        "De l’huile froide sur un dos chaud : rien de mieux pour faire sursauter un client. Ce "
        "petit réchaud garde une bouteille de 250 mL à la température de la peau toute la "
        "journée.")),
    "BB-WA-0004": ("Chauffe-bouteilles triple pour huile et lotion Harbourline", _p(
        "Trois puits chauffants pour garder huile, lotion et crème ou baume à portée de main : "
        "changez de produit en plein soin sans attendre qu’il se réchauffe. Réglage par cadran "
        "jusqu’à environ 50 °C.")),
    "BB-WA-0005": ("Armoire à serviettes chaudes Tamarack, 23 L", _p(
        "Des serviettes chaudes et humides rehaussent n’importe quel soin : envelopper les pieds "
        "au début ou retirer l’excès d’huile du dos à la fin. L’armoire contient environ deux "
        "douzaines de serviettes à main roulées.")),
    "BB-WA-0006": ("Bain de paraffine pour les mains Cedar & Stone, 3 L", _p(
        "Un trempage dans la paraffine avant le travail des mains et des avant-bras assouplit les "
        "articulations raides et arthritiques, et offre un petit luxe à la clientèle. Le bain fait "
        "fondre 3 L de cire et la garde à une température sécuritaire.")),
}
