"""More demo products, generated, for measuring the store at catalogue sizes of thousands.

``generate_products(total=10_000, say=...)`` tops the demo catalogue up to ``total`` browsable
products with made-up but plausible ones across the demo's categories and product classes:
brands from a short list, prices in each category's range, stock from 0 to 40 (some sold out),
the attributes that matter (table width, gun stall force, oil volume ...) and a share with
reviews. Product n is always drawn from the same seed and keyed on UPC ``BB-GEN-<n>``, so a
second run adds nothing. Rows are written with ``bulk_create`` in batches; pictures are the demo
products' own files, shared, so no image is drawn or copied.

Every generated product has its French too: each word list below has its French in ``FRENCH``
(a word without one stops the generator), each recipe writes its French sentence, and the
product's title, slug, description and text specifications go into the ``*_fr_ca`` fields.

Run after ``load_catalogue`` (it needs the product classes, categories and pictures).
"""
import random
import time
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from oscar.core.loading import get_model

from . import data
from .loader import PARTNER_CODE, SHIPPING_WEIGHT_CODE

UPC_PREFIX = "BB-GEN-"
BATCH = 500

BRANDS = [
    "Northpoint", "Harbourline", "Cedar & Stone", "Maplewell", "Aurora Fields",
    "Ridgeback Recovery", "Tidewater", "Laurentian Supply", "Prairie Calm", "Kestrel",
]

_CENT = Decimal("0.01")

# Text specifications that read the same in both languages (names, sizes, botanical names).
UNTRANSLATED_CODES = {"brand", "botanical_name", "height_range", "sizes"}

# Each word of the lists below in Quebec French.
FRENCH = {
    # product kinds, for titles
    "Percussion Massager": "Masseur à percussion", "Massage Gun": "Pistolet de massage",
    "Recovery Gun": "Pistolet de récupération", "Mini Massage Gun": "Mini pistolet de massage",
    "Portable Massage Table": "Table de massage portative",
    "Stationary Treatment Table": "Table de soins fixe",
    "Basalt Stone Set": "Ensemble de pierres de basalte", "Marble Stone Set": "Ensemble de pierres de marbre",
    "Massage Oil": "Huile de massage", "Massage Lotion": "Lotion de massage",
    "Massage Cream": "Crème de massage", "Massage Gel": "Gel de massage",
    "Massage Ball": "Balle de massage", "Trigger-Point Cane": "Canne pour points gâchettes",
    "Foam Roller": "Rouleau de mousse", "Knobbed Thumb Saver": "Économiseur de pouces à bouts ronds",
    "Peanut Ball": "Balle arachide",
    "Fitted Table Sheet": "Drap contour pour table", "Table Sheet Set": "Ensemble de draps pour table",
    "Face Cradle Cover Set": "Housses de têtière",
    "Full round Bolster": "Traversin rond", "Half round Bolster": "Traversin demi-rond",
    "Quarter round Bolster": "Traversin quart de rond", "Wedge Bolster": "Coussin en coin",
    "Stone Heater": "Chauffe-pierres", "Oil Bottle Warmer": "Chauffe-bouteille d’huile",
    "Towel Warmer": "Chauffe-serviettes",
    # frames, materials, stones
    "Aluminium": "Aluminium", "Hardwood (maple)": "Bois franc (érable)",
    "Hardwood (beech)": "Bois franc (hêtre)", "Steel": "Acier", "Basalt": "Basalte", "Marble": "Marbre",
    # scents and bases
    "Unscented": "Sans parfum", "Lavender": "Lavande", "Eucalyptus": "Eucalyptus",
    "Peppermint": "Menthe poivrée", "Sweet orange": "Orange douce", "Cedarwood": "Bois de cèdre",
    "Grapeseed oil": "Huile de pépins de raisin", "Sunflower oil": "Huile de tournesol",
    "Fractionated coconut oil": "Huile de noix de coco fractionnée", "Jojoba blend": "Mélange au jojoba",
    "Shea butter": "Beurre de karité",
    # essential oils and origins
    "Tea tree": "Arbre à thé", "Rosemary": "Romarin", "Balsam fir": "Sapin baumier",
    "Steam distillation": "Distillation à la vapeur", "Cold pressed": "Pression à froid",
    "France": "France", "United States": "États-Unis", "Australia": "Australie", "Spain": "Espagne",
    "Canada": "Canada", "Brazil": "Brésil",
    # tools
    "Natural rubber": "Caoutchouc naturel", "EVA foam": "Mousse EVA",
    "Fibreglass-reinforced nylon": "Nylon renforcé de fibre de verre", "Beech wood": "Bois de hêtre",
    "Feet and calves": "Pieds et mollets", "Upper back and neck": "Haut du dos et cou",
    "Glutes and hips": "Fessiers et hanches", "Whole body": "Corps entier",
    # linens
    "Cotton flannel": "Flanelle de coton", "Polyester microfibre": "Microfibre de polyester",
    "Cotton percale": "Percale de coton", "Bamboo blend": "Mélange de bambou",
    "Sage": "Vert sauge", "Charcoal": "Charbon", "Natural": "Naturel", "Navy": "Marine",
    "Clay": "Argile", "White": "Blanc",
    # bolsters
    "Full round": "Rond", "Half round": "Demi-rond", "Quarter round": "Quart de rond", "Wedge": "Coin",
    "66 x 15 diameter": "66 x 15 de diamètre", "66 x 20 x 10": "66 x 20 x 10",
    "61 x 23 x 15": "61 x 23 x 15", "46 x 30 x 15": "46 x 30 x 15",
    "High-density foam": "Mousse haute densité", "Memory foam": "Mousse à mémoire de forme",
    "Buckwheat hulls": "Écales de sarrasin", "PU vinyl": "Vinyle de polyuréthane",
    "Cotton twill": "Sergé de coton", "Oil-resistant vinyl": "Vinyle résistant à l’huile",
    # warmers
    "Digital": "Numérique", "Dial": "À cadran", "Fixed": "Fixe",
}


# A scent after a product kind: "Huile de massage à la lavande".
SCENT_PHRASES = {
    "Unscented": "sans parfum", "Lavender": "à la lavande", "Eucalyptus": "à l’eucalyptus",
    "Peppermint": "à la menthe poivrée", "Sweet orange": "à l’orange douce", "Cedarwood": "au bois de cèdre",
}


def _fr(english):
    """The French of one word of the lists; a word without one is a mistake, caught at once."""
    return FRENCH[english]


def _num(value):
    """A number as French writes it: 2,5 not 2.5."""
    return f"{value:g}".replace(".", ",")


def _of(phrase):
    """'de' + phrase, elided before a vowel: "d’huile de tournesol", "de beurre de karité"."""
    return f"d’{phrase}" if phrase[:1] in "aeéèiouh" else f"de {phrase}"


def _price(rng, low, high):
    """A shelf price between ``low`` and ``high`` CAD ending in .99, .49 or .00."""
    whole = rng.randint(low, high)
    return (Decimal(whole) + Decimal(rng.choice(["0.99", "0.49", "0.00"]))).quantize(
        _CENT, rounding=ROUND_HALF_UP
    )


def _gun(rng):
    force = rng.choice([20, 25, 30, 35, 40, 45, 50, 60, 70, 80])
    attributes = {
        "amplitude": rng.choice([8.0, 10.0, 12.0, 14.0, 16.0]),
        "stall_force": force,
        "speeds": rng.randint(3, 6),
        "battery_life": rng.choice([2.0, 2.5, 3.0, 4.0, 5.0, 6.0]),
        "weight": round(rng.uniform(0.4, 1.4), 2),
        "noise": rng.randint(40, 65),
        "attachments": rng.randint(3, 8),
    }
    title = rng.choice(["Percussion Massager", "Massage Gun", "Recovery Gun", "Mini Massage Gun"])
    text = (
        f"A percussion massager with {attributes['stall_force']} lb of stall force and a "
        f"{attributes['amplitude']:g} mm stroke, for warm-ups, recovery and clinic sessions. "
        f"It has {attributes['speeds']} speeds, {attributes['attachments']} heads and about "
        f"{attributes['battery_life']:g} hours to a charge."
    )
    text_fr = (
        f"Un masseur à percussion de {force} lb de force d’arrêt et {_num(attributes['amplitude'])} mm "
        f"de course, pour l’échauffement, la récupération et la clinique. {attributes['speeds']} "
        f"vitesses, {attributes['attachments']} embouts et environ {_num(attributes['battery_life'])} h "
        "d’autonomie par charge."
    )
    return title, f"{force} lb", attributes, _price(rng, 119, 549), Decimal("2.0"), text, (_fr(title), f"{force} lb", text_fr)


def _table(rng):
    width = rng.choice([66, 71, 76, 81])
    portable = rng.random() < 0.7
    frame = rng.choice(["Aluminium", "Hardwood (maple)", "Hardwood (beech)", "Steel"])
    attributes = {
        "length": rng.choice([183, 185, 190, 196]),
        "width": width,
        "height_range": rng.choice(["58-84", "61-84", "61-86", "64-89"]),
        "working_weight": rng.choice([180, 227, 250, 272, 300]),
        "table_weight": round(rng.uniform(10.5, 22.0), 1) if portable else round(rng.uniform(35, 60), 1),
        "frame": frame,
        "foam_thickness": rng.choice([5.0, 6.5, 7.5, 9.0]),
        "portable": portable,
    }
    title = "Portable Massage Table" if portable else "Stationary Treatment Table"
    text = (
        f"A {width} cm wide {'folding' if portable else 'clinic'} table on a "
        f"{frame.lower()} frame, with {attributes['foam_thickness']:g} cm of foam and a working "
        f"weight of {attributes['working_weight']} kg."
    )
    text_fr = (
        f"Une table {'pliante' if portable else 'de clinique'} de {width} cm de largeur, structure "
        f"{_fr(frame).lower()}, {_num(attributes['foam_thickness'])} cm de mousse et une charge de "
        f"travail de {attributes['working_weight']} kg."
    )
    weight = Decimal(str(attributes["table_weight"])) + Decimal("3")
    return title, f"{width} cm", attributes, _price(rng, 329, 1299), weight, text, (_fr(title), f"{width} cm", text_fr)


def _stones(rng):
    material = rng.choice(["Basalt", "Marble"])
    count = rng.choice([8, 12, 16, 20, 30, 45, 60])
    attributes = {
        "material": material,
        "count": count,
        "sizes": rng.choice(["2-8", "3-10", "2-15", "4-12"]),
        "heater_included": rng.random() < 0.15,
    }
    title = f"{material} Stone Set"
    text = (
        f"{count} hand-finished {material.lower()} stones in graded sizes for "
        f"{'hot' if material == 'Basalt' else 'cold'} stone work, with a cotton storage bag."
    )
    text_fr = (
        f"{count} pierres de {_fr(material).lower()} polies à la main, de grandeurs variées, pour les "
        f"soins aux pierres {'chaudes' if material == 'Basalt' else 'froides'}, avec un sac de "
        "rangement en coton."
    )
    high = 389 if attributes["heater_included"] else 189
    return title, f"{count} pieces", attributes, _price(rng, 25, high), Decimal("4.5"), text, (_fr(title), f"{count} pièces", text_fr)


_SCENTS = ["Unscented", "Lavender", "Eucalyptus", "Peppermint", "Sweet orange", "Cedarwood"]
_BASES = ["Grapeseed oil", "Sunflower oil", "Fractionated coconut oil", "Jojoba blend", "Shea butter"]


def _oil(rng):
    volume = rng.choice([120, 250, 500, 1000, 3780])
    scent = rng.choice(_SCENTS)
    attributes = {
        "volume": volume,
        "scent": scent,
        "base": rng.choice(_BASES),
        "nut_free": rng.random() < 0.6,
    }
    kind = rng.choice(["Massage Oil", "Massage Lotion", "Massage Cream", "Massage Gel"])
    title = f"{scent} {kind}"
    text = (
        f"A {kind.lower()} on a {attributes['base'].lower()} base with an easy, even glide, in a "
        f"{volume} mL bottle.{' Nut-free for sensitive clients.' if attributes['nut_free'] else ''}"
    )
    text_fr = (
        f"{_fr(kind)} à base {_of(_fr(attributes['base']).lower())} qui glisse facilement et "
        f"uniformément, en bouteille de {volume} mL.{' Sans noix pour la peau sensible.' if attributes['nut_free'] else ''}"
    )
    low, high = (12, 29) if volume <= 500 else (29, 89)
    weight = (Decimal(volume) / 1000 + Decimal("0.2")).quantize(Decimal("0.1"))
    return title, f"{volume} mL", attributes, _price(rng, low, high), weight, text, (f"{_fr(kind)} {SCENT_PHRASES[scent]}", f"{volume} mL", text_fr)


_ESSENTIAL = [
    ("Lavender", "Lavandula angustifolia", "France"),
    ("Peppermint", "Mentha x piperita", "United States"),
    ("Eucalyptus", "Eucalyptus globulus", "Australia"),
    ("Tea tree", "Melaleuca alternifolia", "Australia"),
    ("Rosemary", "Salvia rosmarinus", "Spain"),
    ("Balsam fir", "Abies balsamea", "Canada"),
    ("Sweet orange", "Citrus sinensis", "Brazil"),
]


def _essential(rng):
    name, botanical, origin = rng.choice(_ESSENTIAL)
    volume = rng.choice([10, 15, 30, 100])
    attributes = {
        "volume": volume,
        "botanical_name": botanical,
        "extraction_method": rng.choice(["Steam distillation", "Cold pressed"]),
        "origin_country": origin,
    }
    title = f"{name} Essential Oil"
    text = (
        f"Pure {name.lower()} oil ({botanical}) from {origin}, {volume} mL with a dropper cap. "
        "Dilute in a carrier oil before it touches skin."
    )
    text_fr = (
        f"Huile essentielle pure {_of(_fr(name).lower())} ({botanical}), provenance : {_fr(origin)}, "
        f"{volume} mL avec compte-gouttes. À diluer dans une huile de support avant d’appliquer "
        "sur la peau."
    )
    return title, f"{volume} mL", attributes, _price(rng, 9, 45), Decimal("0.2"), text, (f"Huile essentielle {_of(_fr(name).lower())}", f"{volume} mL", text_fr)


def _tool(rng):
    kind, length = rng.choice([
        ("Massage Ball", 6.5), ("Trigger-Point Cane", 61.0), ("Foam Roller", 45.0),
        ("Knobbed Thumb Saver", 10.0), ("Peanut Ball", 16.0),
    ])
    attributes = {
        "material": rng.choice(["Natural rubber", "EVA foam", "Fibreglass-reinforced nylon", "Beech wood"]),
        "length": length,
        "use_area": rng.choice(["Feet and calves", "Upper back and neck", "Glutes and hips", "Whole body"]),
    }
    text = (
        f"A {attributes['material'].lower()} {kind.lower()} for working trigger points in the "
        f"{attributes['use_area'].lower()}, between sessions or at home."
    )
    text_fr = (
        f"{_fr(kind)} en {_fr(attributes['material']).lower()} pour travailler les points gâchettes "
        f"({_fr(attributes['use_area']).lower()}), entre les séances ou à la maison."
    )
    return kind, f"{length:g} cm", attributes, _price(rng, 9, 59), Decimal("0.6"), text, (_fr(kind), f"{_num(length)} cm", text_fr)


def _linen(rng):
    width = rng.choice([71, 76, 81])
    colour = rng.choice(["Sage", "Charcoal", "Natural", "Navy", "Clay", "White"])
    attributes = {
        "material": rng.choice(["Cotton flannel", "Polyester microfibre", "Cotton percale", "Bamboo blend"]),
        "fits_table_width": width,
        "colour": colour,
        "pieces": rng.choice([1, 2, 3]),
    }
    title = rng.choice(["Fitted Table Sheet", "Table Sheet Set", "Face Cradle Cover Set"])
    text = (
        f"{attributes['material']} linen in {colour.lower()}, cut for tables up to {width} cm "
        f"wide; {attributes['pieces']} piece(s), washable hot."
    )
    text_fr = (
        f"Literie en {_fr(attributes['material']).lower()}, couleur {_fr(colour).lower()}, taillée pour "
        f"les tables jusqu’à {width} cm de largeur; {attributes['pieces']} pièce(s), lavable à l’eau chaude."
    )
    return title, colour, attributes, _price(rng, 29, 129), Decimal("1.0"), text, (_fr(title), _fr(colour), text_fr)


def _bolster(rng):
    shape = rng.choice(["Full round", "Half round", "Quarter round", "Wedge"])
    attributes = {
        "shape": shape,
        "dimensions": rng.choice(["66 x 15 diameter", "66 x 20 x 10", "61 x 23 x 15", "46 x 30 x 15"]),
        "fill": rng.choice(["High-density foam", "Memory foam", "Buckwheat hulls"]),
        "cover_material": rng.choice(["PU vinyl", "Cotton twill", "Oil-resistant vinyl"]),
    }
    title = f"{shape} Bolster"
    text = (
        f"A {shape.lower()} bolster filled with {attributes['fill'].lower()} under a "
        f"{attributes['cover_material'].lower()} cover, to take strain off knees, ankles or the low back."
    )
    text_fr = (
        f"Un coussin de forme « {_fr(shape).lower()} » rembourré {_of(_fr(attributes['fill']).lower())}, "
        f"housse en {_fr(attributes['cover_material']).lower()}, pour soulager les genoux, les chevilles "
        "ou le bas du dos."
    )
    _fr(attributes["dimensions"])
    return title, shape, attributes, _price(rng, 29, 99), Decimal("1.5"), text, (_fr(title), _fr(shape), text_fr)


def _warmer(rng):
    capacity = rng.choice([0.5, 1.0, 6.0, 12.0, 18.0])
    attributes = {
        "capacity": capacity,
        "max_temperature": rng.choice([55, 60, 65, 70]),
        "wattage": rng.choice([60, 120, 750, 1200, 1450]),
        "thermostat": rng.choice(["Digital", "Dial", "Fixed"]),
    }
    title = "Stone Heater" if capacity >= 6 else rng.choice(["Oil Bottle Warmer", "Towel Warmer"])
    text = (
        f"Holds {capacity:g} L and warms to {attributes['max_temperature']} °C on "
        f"{attributes['wattage']} W, with a {attributes['thermostat'].lower()} thermostat."
    )
    text_fr = (
        f"Contient {_num(capacity)} L et chauffe jusqu’à {attributes['max_temperature']} °C avec "
        f"{attributes['wattage']} W, thermostat {_fr(attributes['thermostat']).lower()}."
    )
    high = 449 if capacity >= 6 else 99
    return title, f"{capacity:g} L", attributes, _price(rng, 39, high), Decimal("3.0"), text, (_fr(title), f"{_num(capacity)} L", text_fr)


# (product class, categories, weight of the draw, attribute maker)
RECIPES = [
    ("percussion-massage-gun", ["massage-guns"], 12, _gun),
    ("massage-table", ["massage-tables"], 10, _table),
    ("hot-cold-stones", ["hot-cold-stones", "basalt-hot-stones"], 5, _stones),
    ("massage-oil-lotion", ["oils-lotions", "massage-oils"], 14, _oil),
    ("essential-oil", ["essential-oils"], 14, _essential),
    ("trigger-point-tool", ["trigger-point-tools"], 14, _tool),
    ("table-linen", ["linens"], 12, _linen),
    ("bolster-positioning", ["bolsters-positioning"], 10, _bolster),
    ("heater-warmer", ["warmers-heaters"], 9, _warmer),
]

_SERIES = ["Summit", "Glide", "Pulse", "Harbour", "Boreal", "Evergreen", "Studio", "Clinic",
           "Tundra", "Coastal", "Muskoka", "Fundy", "Rideau", "Okanagan", "Prairie", "Aspen"]

_REVIEWS = [
    (5, "Does what it says", "Used it daily in the clinic for a month and it has held up well."),
    (4, "Good value", "Solid for the price; delivery took a few days longer than I hoped."),
    (5, "Clients noticed", "Two regulars asked where I found it. Easy to clean between sessions."),
    (3, "Fine, not special", "It works, but I expected a little more for what it costs."),
    (4, "Would buy again", "Sturdy and simple. The instructions could be clearer."),
]


def spec_for(number):
    """The product generated as number ``number`` (1-based): always the same for a number."""
    rng = random.Random(f"body-best-{number}")
    class_slug, categories, _, make = rng.choices(RECIPES, weights=[r[2] for r in RECIPES])[0]
    title, variant, attributes, price, weight, text, (title_fr, variant_fr, text_fr) = make(rng)
    if class_slug == "hot-cold-stones" and attributes["material"] == "Marble":
        categories = ["hot-cold-stones", "marble-cold-stones"]
    elif class_slug == "massage-oil-lotion" and "Oil" not in title:
        categories = ["oils-lotions", "lotions-creams-gels"]
    brand = rng.choice(BRANDS)
    attributes = {"brand": brand, **attributes}
    stock = 0 if rng.random() < 0.08 else rng.randint(1, 40)
    reviews = [rng.choice(_REVIEWS) for _ in range(rng.randint(1, 4))] if rng.random() < 0.15 else []
    series = rng.choice(_SERIES)
    full_title = f"{brand} {series} {title}, {variant}"
    return {
        "upc": f"{UPC_PREFIX}{number:06d}",
        "title": full_title,
        "product_class": class_slug,
        "categories": categories,
        "price": price,
        "stock": stock,
        "attributes": {**attributes, SHIPPING_WEIGHT_CODE: float(weight)},
        "description": f"<p>{text}</p><p>Sold by Body Best, shipped from our Canadian warehouse.</p>",
        "title_fr": f"{title_fr} {brand} {series}, {variant_fr}",
        "description_fr": f"<p>{text_fr}</p><p>Vendu par Body Best, expédié de notre entrepôt canadien.</p>",
        "text_values_fr": {code: _fr(value) for code, value in attributes.items()
                           if isinstance(value, str) and code not in UNTRANSLATED_CODES},
        "reviews": reviews,
        "picture": rng.random(),
    }


_VALUE_FIELD = {"text": "value_text", "integer": "value_integer", "float": "value_float",
                "boolean": "value_boolean", "richtext": "value_richtext"}


class _Context:
    """Rows the generator looks up once: classes with their attributes, categories, pictures."""

    def __init__(self):
        ProductClass = get_model("catalogue", "ProductClass")
        Category = get_model("catalogue", "Category")
        ProductImage = get_model("catalogue", "ProductImage")
        Partner = get_model("partner", "Partner")
        self.classes = {c.slug: c for c in ProductClass.objects.prefetch_related("attributes")}
        missing = {r[0] for r in RECIPES} - set(self.classes)
        if missing:
            raise RuntimeError("Load the demo catalogue first (missing product classes).")
        self.attributes = {
            slug: {a.code: a for a in c.attributes.all()} for slug, c in self.classes.items()
        }
        self.categories = {c.slug: c for c in Category.objects.all()}
        self.partner = Partner.objects.get(code=PARTNER_CODE)
        demo_upcs = {p["upc"]: p["product_class"] for p in data.PRODUCTS}
        self.pictures = {}
        for upc, name in ProductImage.objects.filter(product__upc__in=demo_upcs).order_by(
            "product__upc"
        ).values_list("product__upc", "original"):
            self.pictures.setdefault(demo_upcs[upc], []).append(name)


def _write_batch(specs, context):
    Product = get_model("catalogue", "Product")
    ProductCategory = get_model("catalogue", "ProductCategory")
    ProductImage = get_model("catalogue", "ProductImage")
    ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
    ProductReview = get_model("reviews", "ProductReview")
    StockRecord = get_model("partner", "StockRecord")
    products = []
    for spec in specs:
        scores = [score for score, _, _ in spec["reviews"]]
        products.append(Product(
            upc=spec["upc"], title=spec["title"], slug=slugify(spec["title"])[:255],
            description=spec["description"], title_fr_ca=spec["title_fr"],
            slug_fr_ca=slugify(spec["title_fr"])[:255], description_fr_ca=spec["description_fr"],
            product_class=context.classes[spec["product_class"]],
            structure=Product.STANDALONE, is_public=True,
            rating=sum(scores) / len(scores) if scores else None,
        ))
    with transaction.atomic():
        Product.objects.bulk_create(products)
        stock, values, links, pictures, reviews = [], [], [], [], []
        for product, spec in zip(products, specs):
            stock.append(StockRecord(
                product=product, partner=context.partner, partner_sku=spec["upc"],
                price=spec["price"], price_currency=settings.OSCAR_DEFAULT_CURRENCY,
                num_in_stock=spec["stock"],
            ))
            attributes = context.attributes[spec["product_class"]]
            for code, value in spec["attributes"].items():
                attribute = attributes[code]
                fields = {_VALUE_FIELD[attribute.type]: value}
                if attribute.type == "text":
                    fields["value_text_fr_ca"] = spec["text_values_fr"].get(code, value)
                values.append(ProductAttributeValue(product=product, attribute=attribute, **fields))
            links.extend(
                ProductCategory(product=product, category=context.categories[slug])
                for slug in spec["categories"]
            )
            choices = context.pictures.get(spec["product_class"])
            if choices:
                pictures.append(ProductImage(
                    product=product, original=choices[int(spec["picture"] * len(choices))],
                    caption=product.title, display_order=0,
                ))
            for index, (score, title, body) in enumerate(spec["reviews"]):
                reviews.append(ProductReview(
                    product=product, score=score, title=title, body=body,
                    name=f"Verified buyer {index + 1}", email="", status=ProductReview.APPROVED,
                ))
        StockRecord.objects.bulk_create(stock)
        ProductAttributeValue.objects.bulk_create(values, batch_size=2000)
        ProductCategory.objects.bulk_create(links)
        ProductImage.objects.bulk_create(pictures)
        ProductReview.objects.bulk_create(reviews)


def generate_products(*, total, say):
    """Top the catalogue up to ``total`` products; returns how many were created now."""
    Product = get_model("catalogue", "Product")
    wanted = max(total - len(data.PRODUCTS), 0)
    existing = set(
        Product.objects.filter(upc__startswith=UPC_PREFIX).values_list("upc", flat=True)
    )
    todo = [n for n in range(1, wanted + 1) if f"{UPC_PREFIX}{n:06d}" not in existing]
    if not todo:
        say(f"Generated products: none to add ({len(existing)} already there).")
        return 0
    context = _Context()
    say(f"Generating {len(todo)} products (up to {total} in all)...")
    started = time.monotonic()
    step = max(len(todo) // 10, 1)
    next_report = step
    done = 0
    for start in range(0, len(todo), BATCH):
        chunk = todo[start:start + BATCH]
        _write_batch([spec_for(n) for n in chunk], context)
        done += len(chunk)
        if done >= next_report or done == len(todo):
            elapsed = time.monotonic() - started
            rate = done / elapsed if elapsed else 0
            left = (len(todo) - done) / rate if rate else 0
            say(f"Generated products: {done}/{len(todo)} ({done * 100 // len(todo)}%), "
                f"{rate:.0f} a second, about {left:.0f} s left")
            while next_report <= done:
                next_report += step
    return len(todo)
