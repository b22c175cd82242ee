"""Demo catalogue content for Body Best.

Pure data: no Django imports. Consumed by the demo catalogue loader.

- PRODUCT_CLASSES: product types with their ordered attribute definitions.
- CATEGORIES: top-level categories, some with one level of children.
- PRODUCTS: products keyed by a stable, unique ``upc``.

All prices are in Canadian dollars, before tax.
"""

from decimal import Decimal

# Attribute types allowed: "text", "integer", "float", "boolean", "richtext".
# Units are shown after the value ("mm", "kg", "cm", "h", "mL", "lb", "dB", "L", "°C", "W").
PRODUCT_CLASSES = [
    {
        "name": "Percussion massage gun",
        "slug": "percussion-massage-gun",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "amplitude", "name": "Amplitude", "type": "float", "unit": "mm"},
            {"code": "stall_force", "name": "Stall force", "type": "integer", "unit": "lb"},
            {"code": "speeds", "name": "Speed settings", "type": "integer", "unit": ""},
            {"code": "battery_life", "name": "Battery life", "type": "float", "unit": "h"},
            {"code": "weight", "name": "Weight", "type": "float", "unit": "kg"},
            {"code": "noise", "name": "Noise level", "type": "integer", "unit": "dB"},
            {"code": "attachments", "name": "Attachments included", "type": "integer", "unit": ""},
        ],
    },
    {
        "name": "Massage table",
        "slug": "massage-table",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "length", "name": "Length", "type": "integer", "unit": "cm"},
            {"code": "width", "name": "Width", "type": "integer", "unit": "cm"},
            {"code": "height_range", "name": "Height range", "type": "text", "unit": "cm"},
            {"code": "working_weight", "name": "Working weight", "type": "integer", "unit": "kg"},
            {"code": "table_weight", "name": "Table weight", "type": "float", "unit": "kg"},
            {"code": "frame", "name": "Frame", "type": "text", "unit": ""},
            {"code": "foam_thickness", "name": "Foam thickness", "type": "float", "unit": "cm"},
            {"code": "portable", "name": "Portable", "type": "boolean", "unit": ""},
        ],
    },
    {
        "name": "Hot and cold stones",
        "slug": "hot-cold-stones",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "material", "name": "Material", "type": "text", "unit": ""},
            {"code": "count", "name": "Number of stones", "type": "integer", "unit": ""},
            {"code": "sizes", "name": "Stone sizes", "type": "text", "unit": "cm"},
            {"code": "heater_included", "name": "Heater included", "type": "boolean", "unit": ""},
        ],
    },
    {
        "name": "Massage oil or lotion",
        "slug": "massage-oil-lotion",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "volume", "name": "Volume", "type": "integer", "unit": "mL"},
            {"code": "scent", "name": "Scent", "type": "text", "unit": ""},
            {"code": "base", "name": "Base", "type": "text", "unit": ""},
            {"code": "nut_free", "name": "Nut-free", "type": "boolean", "unit": ""},
        ],
    },
    {
        "name": "Essential oil",
        "slug": "essential-oil",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "volume", "name": "Volume", "type": "integer", "unit": "mL"},
            {"code": "botanical_name", "name": "Botanical name", "type": "text", "unit": ""},
            {"code": "extraction_method", "name": "Extraction method", "type": "text", "unit": ""},
            {"code": "origin_country", "name": "Country of origin", "type": "text", "unit": ""},
        ],
    },
    {
        "name": "Trigger-point tool",
        "slug": "trigger-point-tool",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "material", "name": "Material", "type": "text", "unit": ""},
            {"code": "length", "name": "Length", "type": "float", "unit": "cm"},
            {"code": "use_area", "name": "Use area", "type": "text", "unit": ""},
        ],
    },
    {
        "name": "Table linen",
        "slug": "table-linen",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "material", "name": "Material", "type": "text", "unit": ""},
            {"code": "fits_table_width", "name": "Fits table width", "type": "integer", "unit": "cm"},
            {"code": "colour", "name": "Colour", "type": "text", "unit": ""},
            {"code": "pieces", "name": "Pieces", "type": "integer", "unit": ""},
        ],
    },
    {
        "name": "Bolster or positioning aid",
        "slug": "bolster-positioning",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "shape", "name": "Shape", "type": "text", "unit": ""},
            {"code": "dimensions", "name": "Dimensions", "type": "text", "unit": "cm"},
            {"code": "fill", "name": "Fill", "type": "text", "unit": ""},
            {"code": "cover_material", "name": "Cover material", "type": "text", "unit": ""},
        ],
    },
    {
        "name": "Heater or warmer",
        "slug": "heater-warmer",
        "requires_shipping": True,
        "track_stock": True,
        "attributes": [
            {"code": "brand", "name": "Brand", "type": "text", "unit": ""},
            {"code": "capacity", "name": "Capacity", "type": "float", "unit": "L"},
            {"code": "max_temperature", "name": "Maximum temperature", "type": "integer", "unit": "°C"},
            {"code": "wattage", "name": "Power", "type": "integer", "unit": "W"},
            {"code": "thermostat", "name": "Thermostat", "type": "text", "unit": ""},
        ],
    },
]

CATEGORIES = [
    {
        "name": "Massage tables",
        "slug": "massage-tables",
        "description": (
            "<p>Portable and stationary treatment tables built for daily clinical use, "
            "from lightweight aluminium mobile tables to solid hardwood clinic models.</p>"
        ),
    },
    {
        "name": "Massage guns",
        "slug": "massage-guns",
        "description": (
            "<p>Percussion massagers for warm-ups, recovery and clinic use. Compare amplitude, "
            "stall force and noise side by side to find the right fit for your practice.</p>"
        ),
    },
    {
        "name": "Hot & cold stones",
        "slug": "hot-cold-stones",
        "description": (
            "<p>Hand-finished basalt and marble stones for hot and cold stone therapy, "
            "sold as full treatment sets or as individual add-ons.</p>"
        ),
        "children": [
            {
                "name": "Basalt hot stones",
                "slug": "basalt-hot-stones",
                "description": (
                    "<p>Dense, heat-holding basalt stones in graded sizes for effleurage, "
                    "placement and toe work.</p>"
                ),
            },
            {
                "name": "Marble cold stones",
                "slug": "marble-cold-stones",
                "description": (
                    "<p>Smooth white marble stones that stay cool for facial work, "
                    "contrast therapy and calming inflamed tissue.</p>"
                ),
            },
        ],
    },
    {
        "name": "Oils & lotions",
        "slug": "oils-lotions",
        "description": (
            "<p>Professional massage mediums in clinic and refill sizes, with plenty of "
            "unscented and nut-free options for sensitive clients.</p>"
        ),
        "children": [
            {
                "name": "Massage oils",
                "slug": "massage-oils",
                "description": (
                    "<p>Light, long-glide carrier oils for Swedish, relaxation and "
                    "full-body work.</p>"
                ),
            },
            {
                "name": "Lotions, creams & gels",
                "slug": "lotions-creams-gels",
                "description": (
                    "<p>Mediums with more drag and control for deep tissue, myofascial and "
                    "sports massage, plus topical balms for aftercare.</p>"
                ),
            },
        ],
    },
    {
        "name": "Essential oils",
        "slug": "essential-oils",
        "description": (
            "<p>Single-note essential oils with full botanical names and origin listed, "
            "for blending into carrier oils or diffusing in the treatment room.</p>"
        ),
    },
    {
        "name": "Trigger-point tools",
        "slug": "trigger-point-tools",
        "description": (
            "<p>Canes, balls, rollers and hand tools that save therapists' thumbs and give "
            "clients a way to keep working on tight spots between appointments.</p>"
        ),
    },
    {
        "name": "Linens",
        "slug": "linens",
        "description": (
            "<p>Sheet sets, pads and protectors sized for standard massage tables, "
            "chosen to hold up to hot-water washing week after week.</p>"
        ),
    },
    {
        "name": "Bolsters & positioning",
        "slug": "bolsters-positioning",
        "description": (
            "<p>Bolsters, wedges and cushions that keep clients supported and comfortable "
            "in prone, supine and side-lying positions.</p>"
        ),
    },
    {
        "name": "Warmers & heaters",
        "slug": "warmers-heaters",
        "description": (
            "<p>Stone heaters, bottle warmers, towel cabinets and paraffin baths to bring "
            "gentle, consistent heat into every treatment.</p>"
        ),
    },
]

PRODUCTS = [
    # ------------------------------------------------------------------
    # Percussion massage guns
    # ------------------------------------------------------------------
    {
        "upc": "BB-MG-0001",
        "title": "Northpoint Pro Percussion Massager",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("349.00"),
        "stock": 14,
        "description": (
            "<p>The Northpoint Pro is the percussion massager we reach for when a client "
            "carries dense, guarded tissue through the glutes, quads or upper back. A "
            "<strong>16 mm stroke</strong> reaches well below the surface, and the motor "
            "holds its rhythm under firm pressure instead of bogging down.</p>"
            "<ul><li>Five speeds from a gentle warm-up to vigorous pre-event work</li>"
            "<li>Six attachments, including a flat head, a ball, a fork for along the spine "
            "and a bullet for focal points</li>"
            "<li>Swappable battery, so a busy clinic day never stalls</li></ul>"
            "<p>Wipe the heads with a mild disinfectant between clients and store the unit "
            "in its padded case.</p>"
        ),
        "attributes": {
            "brand": "Northpoint",
            "amplitude": 16.0,
            "stall_force": 60,
            "speeds": 5,
            "battery_life": 2.5,
            "weight": 1.2,
            "noise": 60,
            "attachments": 6,
        },
        "image": {"shape": "gun", "colour": "#2f5d62", "accent": "#e8c07d"},
        "weight_kg": Decimal("2.1"),
    },
    {
        "upc": "BB-MG-0002",
        "title": "Northpoint Mini Travel Massager",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("149.00"),
        "stock": 22,
        "description": (
            "<p>Small enough for a gym bag or a carry-on, the Mini weighs under half a "
            "kilogram yet still delivers a useful 10 mm stroke. It is a sensible "
            "recommendation for clients who want to keep up self-care between "
            "appointments without buying a full-size unit.</p>"
            "<ul><li>Four speeds and four compact heads</li>"
            "<li>Quiet enough to use in a shared office or hotel room</li>"
            "<li>Charges by USB-C; about three hours of use per charge</li></ul>"
            "<p>Best suited to calves, forearms, neck and shoulders. For large muscle "
            "groups and deeper work, step up to a full-size model.</p>"
        ),
        "attributes": {
            "brand": "Northpoint",
            "amplitude": 10.0,
            "stall_force": 25,
            "speeds": 4,
            "battery_life": 3.0,
            "weight": 0.45,
            "noise": 45,
            "attachments": 4,
        },
        "image": {"shape": "gun", "colour": "#4a6fa5", "accent": "#f2d0a4"},
        "weight_kg": Decimal("0.9"),
    },
    {
        "upc": "BB-MG-0003",
        "title": "Ridgeback Recovery Deep Tissue Gun",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("279.00"),
        "stock": 9,
        "description": (
            "<p>A solid all-rounder for sports therapists and active clients. The "
            "Ridgeback Deep Tissue pairs a 14 mm amplitude with 55 lb of stall force, "
            "which is plenty for hamstrings, IT band and lats without feeling harsh on "
            "lighter settings.</p>"
            "<ul><li>Six speed settings with a clear LED indicator</li>"
            "<li>Five heads, including a soft dampener for bony areas</li>"
            "<li>Rubberised grip that stays secure with oily hands</li></ul>"
            "<p>We suggest keeping each area to one or two minutes and avoiding the front "
            "of the neck, the spine itself and any recent injury.</p>"
        ),
        "attributes": {
            "brand": "Ridgeback Recovery",
            "amplitude": 14.0,
            "stall_force": 55,
            "speeds": 6,
            "battery_life": 3.0,
            "weight": 1.1,
            "noise": 55,
            "attachments": 5,
        },
        "image": {"shape": "gun", "colour": "#8c3b2f", "accent": "#f4e3c1"},
        "weight_kg": Decimal("1.9"),
    },
    {
        "upc": "BB-MG-0004",
        "title": "Ridgeback Recovery Clinic 20 Percussion Gun",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("229.00"),
        "stock": 0,
        "description": (
            "<p>Twenty finely stepped speeds make the Clinic 20 a favourite with "
            "therapists who like to build intensity gradually. Start a nervous client on "
            "the lowest setting and raise it a notch at a time as the tissue settles.</p>"
            "<ul><li>12 mm amplitude for moderate, comfortable depth</li>"
            "<li>Eight attachments stored in a fitted hard case</li>"
            "<li>Up to four hours per charge</li></ul>"
        ),
        "attributes": {
            "brand": "Ridgeback Recovery",
            "amplitude": 12.0,
            "stall_force": 45,
            "speeds": 20,
            "battery_life": 4.0,
            "weight": 0.95,
            "noise": 50,
            "attachments": 8,
        },
        "image": {"shape": "gun", "colour": "#3d3d3d", "accent": "#e07a5f"},
        "weight_kg": Decimal("1.8"),
    },
    {
        "upc": "BB-MG-0005",
        "title": "Harbourline Quiet-Drive Percussion Massager",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("199.00"),
        "stock": 8,
        "description": (
            "<p>At around 42 dB on its lowest setting, the Quiet-Drive is one of the "
            "softest-running percussion tools we have tested. That matters in a calm "
            "treatment room, where a loud motor can undo a relaxation session in "
            "seconds.</p>"
            "<ul><li>10 mm amplitude: gentle enough for upper trapezius and forearms</li>"
            "<li>Five speeds and five attachments</li>"
            "<li>Long five-hour battery life</li></ul>"
            "<p>A good fit for therapists who use percussion as a short warm-up before "
            "manual work rather than as the main treatment.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "amplitude": 10.0,
            "stall_force": 35,
            "speeds": 5,
            "battery_life": 5.0,
            "weight": 0.8,
            "noise": 42,
            "attachments": 5,
        },
        "image": {"shape": "gun", "colour": "#5b8e7d", "accent": "#f7f3e3"},
        "weight_kg": Decimal("1.5"),
    },
    {
        "upc": "BB-MG-0006",
        "title": "Northpoint Elite Articulating Massager",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("549.00"),
        "stock": 3,
        "description": (
            "<p>The Elite has a hinged arm that locks at four angles, so you can reach "
            "the rhomboids, posterior hip and plantar fascia without awkward wrist "
            "positions. For therapists using percussion on several clients a day, that "
            "ergonomic difference adds up quickly.</p>"
            "<ul><li><strong>70 lb stall force</strong> with a 16 mm stroke</li>"
            "<li>Two swappable batteries and a charging dock</li>"
            "<li>Six attachments, including a heavy-duty rubber ball</li></ul>"
            "<p>Only a few units left from this shipment. Covered by a two-year "
            "manufacturer's warranty, serviced in Canada.</p>"
        ),
        "attributes": {
            "brand": "Northpoint",
            "amplitude": 16.0,
            "stall_force": 70,
            "speeds": 5,
            "battery_life": 2.5,
            "weight": 1.3,
            "noise": 62,
            "attachments": 6,
        },
        "image": {"shape": "gun", "colour": "#1f2a44", "accent": "#c9a227"},
        "weight_kg": Decimal("2.6"),
    },
    {
        "upc": "BB-MG-0007",
        "title": "Tamarack Heat & Percussion Massager",
        "product_class": "percussion-massage-gun",
        "categories": ["massage-guns"],
        "price": Decimal("259.00"),
        "stock": 11,
        "description": (
            "<p>One of the five heads on this Tamarack massager has a built-in heating "
            "plate that warms to a comfortable temperature in about a minute. Clients "
            "with chronically tight lower backs often find warmth plus light percussion "
            "easier to relax into than percussion alone.</p>"
            "<ul><li>12 mm amplitude and four speeds</li>"
            "<li>Heated head switches off automatically after ten minutes</li>"
            "<li>Around three and a half hours of battery life</li></ul>"
            "<p>Do not use the heated head over areas of reduced sensation, and keep it "
            "moving rather than resting in one spot.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "amplitude": 12.0,
            "stall_force": 40,
            "speeds": 4,
            "battery_life": 3.5,
            "weight": 1.0,
            "noise": 52,
            "attachments": 5,
        },
        "image": {"shape": "gun", "colour": "#b5651d", "accent": "#fbe8c8"},
        "weight_kg": Decimal("1.8"),
    },
    # ------------------------------------------------------------------
    # Massage tables
    # ------------------------------------------------------------------
    {
        "upc": "BB-MT-0001",
        "title": "Harbourline Aluminium Portable Table, 71 cm",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("499.00"),
        "stock": 6,
        "description": (
            "<p>This is the table we recommend most often to mobile RMTs. The anodised "
            "aluminium frame keeps the weight to 12.5 kg, while the 6.5 cm two-layer "
            "foam stays supportive through long deep-tissue sessions.</p>"
            "<ul><li>Adjustable face cradle and carry case included</li>"
            "<li>Push-button legs adjust from 61 to 84 cm</li>"
            "<li>Oil- and alcohol-resistant PU upholstery</li></ul>"
            "<p>Clean the vinyl with mild soap and water and avoid harsh solvents, which "
            "dry out the surface. If you carry the table up stairs often, the aluminium "
            "frame makes a real difference by the end of the week.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "length": 185,
            "width": 71,
            "height_range": "61-84",
            "working_weight": 250,
            "table_weight": 12.5,
            "frame": "Aluminium",
            "foam_thickness": 6.5,
            "portable": True,
        },
        "image": {"shape": "table", "colour": "#3b6e8f", "accent": "#b8c4cc"},
        "weight_kg": Decimal("16.0"),
    },
    {
        "upc": "BB-MT-0002",
        "title": "Cedar & Stone Hardwood Portable Table, 76 cm",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("629.00"),
        "stock": 4,
        "description": (
            "<p>A classic hardwood portable with a maple frame, hand-tied cable supports "
            "and 7.5 cm of layered foam. The extra width gives larger clients room for "
            "their arms and makes side-lying work more comfortable for everyone.</p>"
            "<ul><li>Knob-adjusted legs, 61 to 86 cm</li>"
            "<li>Reiki-friendly end panels with no cross-bars in the way</li>"
            "<li>Face cradle, arm shelf and padded case included</li></ul>"
            "<p>Hardwood frames are a little heavier than aluminium but feel very solid "
            "under vigorous work. Check the cable tension and leg knobs every few months, "
            "especially if the table travels regularly.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "length": 185,
            "width": 76,
            "height_range": "61-86",
            "working_weight": 272,
            "table_weight": 14.8,
            "frame": "Hardwood (maple)",
            "foam_thickness": 7.5,
            "portable": True,
        },
        "image": {"shape": "table", "colour": "#6b4f3a", "accent": "#d9b38c"},
        "weight_kg": Decimal("19.0"),
    },
    {
        "upc": "BB-MT-0003",
        "title": "Tamarack Studio Lite Portable Table",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("389.00"),
        "stock": 1,
        "description": (
            "<p>An affordable, lightweight table that suits students, new graduates and "
            "home studios. The Studio Lite uses an aluminium frame and 5 cm of firm foam, "
            "a sensible combination for Swedish and relaxation work.</p>"
            "<ul><li>Weighs just 11.8 kg with the face cradle removed</li>"
            "<li>Height adjusts from 63 to 84 cm</li>"
            "<li>Comes with a shoulder-strap carry bag</li></ul>"
            "<p>Many therapists keep a Studio Lite as a second table for events and "
            "house calls.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "length": 183,
            "width": 71,
            "height_range": "63-84",
            "working_weight": 227,
            "table_weight": 11.8,
            "frame": "Aluminium",
            "foam_thickness": 5.0,
            "portable": True,
        },
        "image": {"shape": "table", "colour": "#5f7f6b", "accent": "#c4d4c8"},
        "weight_kg": Decimal("15.0"),
    },
    {
        "upc": "BB-MT-0004",
        "title": "Harbourline Wide-Body Portable Table, 81 cm",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("749.00"),
        "stock": 5,
        "description": (
            "<p>At 81 cm wide and 188 cm long, the Wide-Body gives broad-shouldered and "
            "taller clients a table that does not feel like a balance beam. Eight "
            "centimetres of dual-density foam sit on a reinforced hardwood frame rated "
            "to 295 kg working weight.</p>"
            "<ul><li>Height range of 64 to 89 cm suits taller therapists</li>"
            "<li>Rounded corners and a tilting face cradle</li>"
            "<li>Wheeled carry case included</li></ul>"
            "<p>Check the doorways and car boot you will be working with: the folded "
            "table is noticeably wider than a standard 71 cm model.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "length": 188,
            "width": 81,
            "height_range": "64-89",
            "working_weight": 295,
            "table_weight": 15.5,
            "frame": "Hardwood (beech)",
            "foam_thickness": 8.0,
            "portable": True,
        },
        "image": {"shape": "table", "colour": "#2e4a62", "accent": "#d8b47e"},
        "weight_kg": Decimal("20.0"),
    },
    {
        "upc": "BB-MT-0005",
        "title": "Cedar & Stone Reiki End-Panel Table",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("579.00"),
        "stock": 7,
        "description": (
            "<p>Designed for energy work and seated practitioners, this table has solid "
            "end panels and no cross-bracing at the head or foot, so you can sit with "
            "your knees comfortably underneath. It works just as well for massage.</p>"
            "<ul><li>Hardwood frame with 6.5 cm foam</li>"
            "<li>61 to 86 cm height range</li>"
            "<li>Face cradle and carry case included</li></ul>"
            "<p>Upholstered in a soft, matte PU that resists oil staining. For longevity, "
            "store the table flat or on its side, away from baseboard heaters and direct "
            "sunlight.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "length": 185,
            "width": 76,
            "height_range": "61-86",
            "working_weight": 250,
            "table_weight": 14.2,
            "frame": "Hardwood (maple)",
            "foam_thickness": 6.5,
            "portable": True,
        },
        "image": {"shape": "table", "colour": "#7a5c61", "accent": "#e6d3b3"},
        "weight_kg": Decimal("18.5"),
    },
    {
        "upc": "BB-MT-0006",
        "title": "Tamarack Clinic Stationary Table",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("689.00"),
        "stock": 9,
        "description": (
            "<p>For a treatment room where the table never moves, a stationary frame is "
            "quieter and steadier than any folding design. The Clinic table has bolt-on "
            "hardwood legs with screw-in extenders, so you set your working height once "
            "during installation.</p>"
            "<ul><li>Leg extenders give heights from 66 to 81 cm</li>"
            "<li>7.5 cm foam over a plywood deck</li>"
            "<li>Rated to 320 kg working weight</li></ul>"
            "<p>Ships flat-packed; assembly takes about 30 minutes with the included "
            "hex key. Pairs well with our full-round and half-round bolsters.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "length": 188,
            "width": 76,
            "height_range": "66-81",
            "working_weight": 320,
            "table_weight": 17.0,
            "frame": "Hardwood (birch)",
            "foam_thickness": 7.5,
            "portable": False,
        },
        "image": {"shape": "table", "colour": "#4f5d2f", "accent": "#d2c29d"},
        "weight_kg": Decimal("20.0"),
    },
    {
        "upc": "BB-MT-0007",
        "title": "Harbourline Lift-Back Portable Table",
        "product_class": "massage-table",
        "categories": ["massage-tables"],
        "price": Decimal("699.00"),
        "stock": 6,
        "description": (
            "<p>The head section of this aluminium table lifts to six positions, turning "
            "it into a semi-reclined couch for facial work, reflexology or clients who "
            "cannot lie flat because of reflux, pregnancy or breathing concerns.</p>"
            "<ul><li>Gas-assisted backrest with a secure locking bar</li>"
            "<li>6.5 cm foam and a removable face cradle</li>"
            "<li>61 to 84 cm height range</li></ul>"
            "<p>Always lower the backrest fully before folding. A helpful table for "
            "therapists who share a room with an aesthetician or reflexologist.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "length": 185,
            "width": 71,
            "height_range": "61-84",
            "working_weight": 227,
            "table_weight": 15.0,
            "frame": "Aluminium",
            "foam_thickness": 6.5,
            "portable": True,
        },
        "image": {"shape": "table", "colour": "#6d597a", "accent": "#c0c7cf"},
        "weight_kg": Decimal("19.5"),
    },
    # ------------------------------------------------------------------
    # Hot and cold stones
    # ------------------------------------------------------------------
    {
        "upc": "BB-HS-0001",
        "title": "Cedar & Stone Basalt Starter Set, 20 Stones",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "basalt-hot-stones"],
        "price": Decimal("129.00"),
        "stock": 10,
        "description": (
            "<p>A practical first set for therapists adding hot stone to their menu. "
            "Twenty hand-polished basalt stones cover placement on the back and abdomen, "
            "palm stones for effleurage and a few small stones for the hands.</p>"
            "<ul><li>Sizes from 3 to 10 cm</li>"
            "<li>Sorted and packed in a cotton storage bag</li>"
            "<li>Works with any heater of 6 L or larger</li></ul>"
            "<p>Before first use, wash the stones in warm soapy water, then rub them with "
            "a little massage oil to bring up their dark, even finish.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "material": "Basalt",
            "count": 20,
            "sizes": "3-10",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#3a3a3a", "accent": "#8a8a8a"},
        "weight_kg": Decimal("4.5"),
    },
    {
        "upc": "BB-HS-0002",
        "title": "Cedar & Stone Professional Basalt Set, 45 Stones",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "basalt-hot-stones"],
        "price": Decimal("249.00"),
        "stock": 5,
        "description": (
            "<p>Our most complete basalt set, assembled for full-body hot stone "
            "treatments. Alongside the usual palm and placement stones you get a large "
            "sacral stone, a pair of long leg stones and eight toe stones.</p>"
            "<ul><li>45 stones, 2 to 15 cm</li>"
            "<li>Each stone tumbled and checked for rough edges</li>"
            "<li>Needs an 18 L heater to warm the whole set at once</li></ul>"
            "<p>Always test the temperature on your own inner forearm before it reaches "
            "the client, and keep a towel barrier under placement stones. Never heat "
            "stones in a microwave or oven.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "material": "Basalt",
            "count": 45,
            "sizes": "2-15",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#2b2b2b", "accent": "#6f6f6f"},
        "weight_kg": Decimal("9.0"),
    },
    {
        "upc": "BB-HS-0003",
        "title": "Cedar & Stone Hot Stone Kit with 6 L Heater",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "basalt-hot-stones", "warmers-heaters"],
        "price": Decimal("379.00"),
        "stock": 2,
        "description": (
            "<p>Everything needed to start offering hot stone massage in one box: thirty "
            "basalt stones, a 6 L digital stone heater, a slotted spoon and a "
            "heat-resistant lining mat for the heater floor.</p>"
            "<ul><li>Stones from 3 to 12 cm</li>"
            "<li>Digital thermostat holds water steady up to 70 °C</li>"
            "<li>Saves about $40 compared with buying the pieces separately</li></ul>"
            "<p>A good choice for spas and clinics trialling hot stone before investing "
            "in a larger setup. Drain and dry the heater at the end of each day to "
            "prevent mineral build-up.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "material": "Basalt",
            "count": 30,
            "sizes": "3-12",
            "heater_included": True,
        },
        "image": {"shape": "stone", "colour": "#333740", "accent": "#c98b4a"},
        "weight_kg": Decimal("9.5"),
    },
    {
        "upc": "BB-HS-0004",
        "title": "Maplewell Basalt Toe Stones, Set of 8",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "basalt-hot-stones"],
        "price": Decimal("34.00"),
        "stock": 18,
        "description": (
            "<p>Small, flat basalt stones shaped to sit comfortably between the toes "
            "during a hot stone or foot treatment. They warm quickly and hold their heat "
            "for several minutes, long enough to finish the other foot.</p>"
            "<ul><li>Eight stones, roughly 2 to 3 cm each</li>"
            "<li>Smooth, rounded edges with no sharp seams</li>"
            "<li>Handy replacements for sets where the small stones go missing</li></ul>"
            "<p>Clean after every client with warm soapy water and a hospital-grade "
            "disinfectant wipe, then let them air dry.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "material": "Basalt",
            "count": 8,
            "sizes": "2-3",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#45413c", "accent": "#a39e93"},
        "weight_kg": Decimal("0.6"),
    },
    {
        "upc": "BB-HS-0005",
        "title": "Cedar & Stone Marble Cold Stone Set, 18 Stones",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "marble-cold-stones"],
        "price": Decimal("159.00"),
        "stock": 7,
        "description": (
            "<p>White marble holds cold beautifully, which makes it the natural partner "
            "to basalt in contrast treatments. This set includes palm stones, a pair of "
            "eye stones and a handful of medium stones for placement over tender "
            "areas.</p>"
            "<ul><li>18 stones, 3 to 10 cm</li>"
            "<li>Honed satin finish that glides with oil or lotion</li>"
            "<li>Chill in a fridge or a bowl of ice water</li></ul>"
            "<p>Marble is softer and more porous than basalt, so avoid acidic cleaners "
            "and do not leave the stones soaking overnight.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "material": "Marble",
            "count": 18,
            "sizes": "3-10",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#e4e2dc", "accent": "#9fb4c7"},
        "weight_kg": Decimal("5.0"),
    },
    {
        "upc": "BB-HS-0006",
        "title": "Harbourline Facial Cold Stones, Set of 6",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "marble-cold-stones"],
        "price": Decimal("59.00"),
        "stock": 0,
        "description": (
            "<p>Six small marble stones with gently tapered edges for lymphatic strokes "
            "along the jaw, cheekbones and brow. Chilled, they feel wonderful at the end "
            "of a facial or a headache-focused massage.</p>"
            "<ul><li>Stones measure 4 to 7 cm</li>"
            "<li>Comes in a lidded bamboo box</li>"
            "<li>Use alongside a light facial oil or serum</li></ul>"
            ""
        ),
        "attributes": {
            "brand": "Harbourline",
            "material": "Marble",
            "count": 6,
            "sizes": "4-7",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#eeeae4", "accent": "#b9a6c9"},
        "weight_kg": Decimal("1.2"),
    },
    {
        "upc": "BB-HS-0007",
        "title": "Cedar & Stone Hot & Cold Combination Set, 36 Stones",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "basalt-hot-stones", "marble-cold-stones"],
        "price": Decimal("279.00"),
        "stock": 4,
        "description": (
            "<p>Twenty-four basalt and twelve marble stones, matched in size so you can "
            "alternate hot and cold strokes over the same area. Contrast work is a useful "
            "option for clients with chronic, congested tissue around the shoulders and "
            "lower legs.</p>"
            "<ul><li>36 stones, 2 to 12 cm</li>"
            "<li>Two colour-coded storage bags keep the sets apart</li>"
            "<li>Heater and cooler sold separately</li></ul>"
            "<p>Check your client's health history first: contrast therapy is not "
            "suitable for everyone, particularly people with circulatory conditions.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "material": "Basalt and marble",
            "count": 36,
            "sizes": "2-12",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#3a3a3a", "accent": "#ece8e1"},
        "weight_kg": Decimal("8.2"),
    },
    {
        "upc": "BB-HS-0008",
        "title": "Maplewell Chilled Marble Eye Stones, Pair",
        "product_class": "hot-cold-stones",
        "categories": ["hot-cold-stones", "marble-cold-stones"],
        "price": Decimal("29.00"),
        "stock": 25,
        "description": (
            "<p>Two oval marble stones sized to rest over closed eyes. Laid on a thin "
            "cloth, they bring a lovely cooling finish to the end of a supine sequence "
            "and help many clients with tension headaches let go.</p>"
            "<ul><li>About 5 cm long, with a gentle curve underneath</li>"
            "<li>Stays cool for several minutes out of the fridge</li>"
            "<li>A thoughtful add-on for any facial or relaxation service</li></ul>"
            "<p>Store in a clean, lidded container in the fridge, and wipe with mild soap "
            "and water between clients.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "material": "Marble",
            "count": 2,
            "sizes": "5",
            "heater_included": False,
        },
        "image": {"shape": "stone", "colour": "#f0ede8", "accent": "#7fa7b5"},
        "weight_kg": Decimal("0.4"),
    },
    # ------------------------------------------------------------------
    # Massage oils, lotions, creams and gels
    # ------------------------------------------------------------------
    {
        "upc": "BB-OL-0001",
        "title": "Maplewell Unscented Grapeseed Massage Oil, 250 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "massage-oils"],
        "price": Decimal("16.50"),
        "stock": 40,
        "description": (
            "<p>Light, non-greasy and free of fragrance, grapeseed is the workhorse "
            "massage oil in many Canadian clinics. It gives a long glide with just "
            "enough drag for moderate pressure and absorbs well, so clients do not leave "
            "feeling slick.</p>"
            "<ul><li>Expeller-pressed grapeseed oil with vitamin E added</li>"
            "<li>Nut-free and suitable for most sensitive skin</li>"
            "<li>Flip-top bottle fits standard holsters</li></ul>"
            "<p>Store away from heat and light and use within a year of opening. Washes "
            "out of linens at normal temperatures.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "volume": 250,
            "scent": "Unscented",
            "base": "Grapeseed oil",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#7b9e4b", "accent": "#f6f1de"},
        "weight_kg": Decimal("0.3"),
    },
    {
        "upc": "BB-OL-0002",
        "title": "Maplewell Unscented Grapeseed Massage Oil, 3.78 L",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "massage-oils"],
        "price": Decimal("79.00"),
        "stock": 12,
        "description": (
            "<p>The same light grapeseed oil as our 250 mL bottle, in a clinic-sized jug "
            "that works out to roughly a third of the price per treatment. Decant into "
            "small bottles for each room and keep the jug sealed in a cool cupboard.</p>"
            "<ul><li>3.78 L jug with a pour spout</li>"
            "<li>Compatible with standard pump dispensers</li>"
            "<li>Fragrance-free and nut-free</li></ul>"
            "<p>If you add your own essential oils, blend small batches only, label them "
            "with the date and use them within a few weeks.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "volume": 3780,
            "scent": "Unscented",
            "base": "Grapeseed oil",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#5d7f3a", "accent": "#efe9cf"},
        "weight_kg": Decimal("4.0"),
    },
    {
        "upc": "BB-OL-0003",
        "title": "Lumen Botanica Fractionated Coconut Oil, 500 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "massage-oils"],
        "price": Decimal("24.00"),
        "stock": 30,
        "description": (
            "<p>Fractionated coconut oil stays liquid at room temperature, has almost no "
            "scent and does not go rancid easily, which makes it an excellent carrier "
            "for essential oil blends. It feels silky on the skin and leaves very little "
            "residue on sheets.</p>"
            "<ul><li>Clear, odourless medium-chain triglycerides</li>"
            "<li>Long shelf life, even in a warm treatment room</li>"
            "<li>Pump-top bottle</li></ul>"
            "<p>Coconut is not on Health Canada's priority allergen list, but a small "
            "number of people do react to it. Ask clients about allergies before the "
            "first treatment.</p>"
        ),
        "attributes": {
            "brand": "Lumen Botanica",
            "volume": 500,
            "scent": "Unscented",
            "base": "Fractionated coconut oil",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#a7c4bc", "accent": "#ffffff"},
        "weight_kg": Decimal("0.6"),
    },
    {
        "upc": "BB-OL-0004",
        "title": "Maplewell Sweet Almond Massage Oil, 1 L",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "massage-oils"],
        "price": Decimal("34.00"),
        "stock": 15,
        "description": (
            "<p>Sweet almond oil is a traditional choice for Swedish massage: rich, "
            "nourishing and slow to absorb, so one application carries you through a "
            "full-body session. Clients with dry winter skin especially appreciate it.</p>"
            "<ul><li>Cold-pressed sweet almond oil</li>"
            "<li>Light natural scent, no added fragrance</li>"
            "<li><strong>Contains tree nuts</strong>: not for clients with nut "
            "allergies</li></ul>"
            "<p>Because almond oil is heavier, wash linens promptly in hot water with a "
            "degreasing detergent to prevent that stale oil smell from building up.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "volume": 1000,
            "scent": "Unscented",
            "base": "Sweet almond oil",
            "nut_free": False,
        },
        "image": {"shape": "bottle", "colour": "#c8a165", "accent": "#fbf3e4"},
        "weight_kg": Decimal("1.1"),
    },
    {
        "upc": "BB-OL-0005",
        "title": "Lumen Botanica Lavender & Cedar Relaxing Oil, 250 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "massage-oils"],
        "price": Decimal("22.00"),
        "stock": 19,
        "description": (
            "<p>A soft blend of lavender and Atlantic cedarwood in sunflower and jojoba, "
            "pre-diluted to a gentle strength for relaxation massage. The scent is "
            "noticeable when you open the bottle but fades to a calm background note on "
            "the skin.</p>"
            "<ul><li>Essential oils at under 1% total dilution</li>"
            "<li>Nut-free carrier blend</li>"
            "<li>Amber PET bottle protects the oils from light</li></ul>"
            "<p>Offer a sniff before you start; some clients prefer unscented, and it is "
            "always worth keeping a fragrance-free option on the shelf.</p>"
        ),
        "attributes": {
            "brand": "Lumen Botanica",
            "volume": 250,
            "scent": "Lavender and cedarwood",
            "base": "Sunflower and jojoba oils",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#8e7cc3", "accent": "#f3eefb"},
        "weight_kg": Decimal("0.3"),
    },
    {
        "upc": "BB-OL-0006",
        "title": "Tamarack Arnica Sports Massage Oil, 500 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "massage-oils"],
        "price": Decimal("29.50"),
        "stock": 20,
        "description": (
            "<p>Made for pre- and post-event work, this oil combines arnica flower "
            "infusion with eucalyptus and peppermint in a sunflower base. It has a "
            "little more drag than plain grapeseed, which helps with cross-fibre "
            "friction and pin-and-stretch techniques.</p>"
            "<ul><li>Fresh, clean scent that is not overpowering</li>"
            "<li>Nut-free formula</li>"
            "<li>Popular with running clubs and hockey teams</li></ul>"
            "<p>Avoid applying over broken skin, and keep it away from the face because "
            "of the peppermint content.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "volume": 500,
            "scent": "Eucalyptus and peppermint",
            "base": "Sunflower oil with arnica",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#d98e04", "accent": "#fff5dc"},
        "weight_kg": Decimal("0.6"),
    },
    {
        "upc": "BB-OL-0007",
        "title": "Maplewell Deep Tissue Massage Cream, 500 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "lotions-creams-gels"],
        "price": Decimal("32.00"),
        "stock": 18,
        "description": (
            "<p>A thick, unscented cream that gives you grip where oil would slide away. "
            "Use a small amount for slow, specific strokes; add a little more when you "
            "want to transition back to flowing effleurage.</p>"
            "<ul><li>Shea butter and sunflower base</li>"
            "<li>Nut-free and fragrance-free</li>"
            "<li>Wide-mouth jar so you can scoop with a spatula</li></ul>"
            "<p>To keep the jar hygienic, take cream out with a clean spatula rather than "
            "your fingers. It rinses out of linens more easily than most oils.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "volume": 500,
            "scent": "Unscented",
            "base": "Shea butter and sunflower oil",
            "nut_free": True,
        },
        "image": {"shape": "jar", "colour": "#f2efe6", "accent": "#7b9e4b"},
        "weight_kg": Decimal("0.7"),
    },
    {
        "upc": "BB-OL-0008",
        "title": "Maplewell Hypoallergenic Massage Lotion, 3.78 L",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "lotions-creams-gels"],
        "price": Decimal("69.00"),
        "stock": 8,
        "description": (
            "<p>A medium-weight lotion for clinics that see many clients with sensitive "
            "or reactive skin. It contains no fragrance, no nut oils, no lanolin and no "
            "parabens, and absorbs slowly enough for a full hour of work.</p>"
            "<ul><li>Sunflower oil and vegetable glycerin base</li>"
            "<li>Balanced glide: between an oil and a cream</li>"
            "<li>Refill jug fits standard pump dispensers</li></ul>"
            "<p>A reliable default for RMTs who want one medium they can use with almost "
            "everyone on the schedule.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "volume": 3780,
            "scent": "Unscented",
            "base": "Sunflower oil and glycerin",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#e9e4d4", "accent": "#5d7f3a"},
        "weight_kg": Decimal("4.1"),
    },
    {
        "upc": "BB-OL-0009",
        "title": "Harbourline Gliding Massage Gel, 1 L",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "lotions-creams-gels"],
        "price": Decimal("36.00"),
        "stock": 14,
        "description": (
            "<p>A clear, water-based gel that gives a smooth glide without the oily "
            "feel. It suits clients who are heading back to work or the gym after their "
            "appointment, and it works nicely under percussion and cupping tools.</p>"
            "<ul><li>Aloe-based, with no mineral oil</li>"
            "<li>Reactivate with a spritz of water if it starts to drag</li>"
            "<li>Washes off skin and linens with plain water</li></ul>"
            "<p>Keep the cap closed between clients so the gel does not thicken, and "
            "store it above freezing if it travels in your car during the winter.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "volume": 1000,
            "scent": "Unscented",
            "base": "Aloe vera gel",
            "nut_free": True,
        },
        "image": {"shape": "bottle", "colour": "#5fa8d3", "accent": "#ffffff"},
        "weight_kg": Decimal("1.1"),
    },
    {
        "upc": "BB-OL-0010",
        "title": "Lumen Botanica Peppermint Cooling Cream, 250 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "lotions-creams-gels"],
        "price": Decimal("26.00"),
        "stock": 24,
        "description": (
            "<p>This cream brings a clean, cooling tingle that many clients enjoy on "
            "tired calves, feet and forearms. It is firm enough for focused work and "
            "leaves the skin feeling refreshed rather than greasy.</p>"
            "<ul><li>Shea butter base with peppermint oil and menthol</li>"
            "<li>Nut-free</li>"
            "<li>Screw-top jar in a handy treatment-room size</li></ul>"
            "<p>Not suitable for the face, for young children or over irritated skin. "
            "Wash your hands after use and before touching your eyes.</p>"
        ),
        "attributes": {
            "brand": "Lumen Botanica",
            "volume": 250,
            "scent": "Peppermint",
            "base": "Shea butter",
            "nut_free": True,
        },
        "image": {"shape": "jar", "colour": "#c8e6d8", "accent": "#2f7d5c"},
        "weight_kg": Decimal("0.4"),
    },
    {
        "upc": "BB-OL-0011",
        "title": "Tamarack Warming Sports Balm, 120 mL",
        "product_class": "massage-oil-lotion",
        "categories": ["oils-lotions", "lotions-creams-gels"],
        "price": Decimal("19.50"),
        "stock": 33,
        "description": (
            "<p>A solid balm with camphor and clove that gently warms the skin, useful "
            "for spot work on the upper traps, lower back or around the knees. Clients "
            "often buy a jar to keep up self-massage at home between visits.</p>"
            "<ul><li>Beeswax and sunflower oil base</li>"
            "<li>Melts on contact, with very good control for friction work</li>"
            "<li>Nut-free</li></ul>"
            "<p>Apply a thin layer only. Do not combine with heating pads or hot stones, "
            "and patch-test on clients with sensitive skin.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "volume": 120,
            "scent": "Camphor and clove",
            "base": "Beeswax and sunflower oil",
            "nut_free": True,
        },
        "image": {"shape": "jar", "colour": "#b5651d", "accent": "#f7e2c4"},
        "weight_kg": Decimal("0.2"),
    },
    # ------------------------------------------------------------------
    # Essential oils
    # ------------------------------------------------------------------
    {
        "upc": "BB-EO-0001",
        "title": "Aurora Fields Lavender Essential Oil, 15 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("16.00"),
        "stock": 35,
        "description": (
            "<p>True lavender from the high plateaus of Provence, with a sweet, "
            "herbaceous aroma that is noticeably softer than lavandin. It is the single "
            "most versatile oil for a treatment room, whether in a diffuser or blended "
            "into a carrier.</p>"
            "<ul><li>Steam-distilled from flowering tops</li>"
            "<li>Euro-style dropper cap</li>"
            "<li>Amber glass bottle</li></ul>"
            "<p>For massage, we suggest about 6 drops per 30 mL of carrier oil. Keep "
            "away from children and pets, and store with the cap tightly closed.</p>"
        ),
        "attributes": {
            "brand": "Aurora Fields",
            "volume": 15,
            "botanical_name": "Lavandula angustifolia",
            "extraction_method": "Steam distillation",
            "origin_country": "France",
        },
        "image": {"shape": "dropper", "colour": "#8b5a2b", "accent": "#b9a6d9"},
        "weight_kg": Decimal("0.1"),
    },
    {
        "upc": "BB-EO-0002",
        "title": "Aurora Fields Peppermint Essential Oil, 15 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("13.50"),
        "stock": 28,
        "description": (
            "<p>A bright, strong peppermint with a high menthol content. A drop or two "
            "in an unscented lotion makes a refreshing foot rub, and many therapists "
            "keep a bottle nearby for an invigorating finish to sports treatments.</p>"
            "<ul><li>Steam-distilled from the leaves</li>"
            "<li>Grown in the Pacific Northwest of the United States</li>"
            "<li>Orifice reducer for precise drops</li></ul>"
            "<p>Very potent: always dilute, avoid the face and eyes, and do not use "
            "around infants. Wash hands thoroughly after blending.</p>"
        ),
        "attributes": {
            "brand": "Aurora Fields",
            "volume": 15,
            "botanical_name": "Mentha x piperita",
            "extraction_method": "Steam distillation",
            "origin_country": "United States",
        },
        "image": {"shape": "dropper", "colour": "#7a4a24", "accent": "#9fd8b5"},
        "weight_kg": Decimal("0.1"),
    },
    {
        "upc": "BB-EO-0003",
        "title": "Lumen Botanica Eucalyptus Essential Oil, 30 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("18.00"),
        "stock": 19,
        "description": (
            "<p>Blue gum eucalyptus with a clean, camphoraceous aroma that opens up a "
            "stuffy treatment room in minutes. A couple of drops on a tissue tucked "
            "under the face cradle is a simple way to help prone clients with blocked "
            "sinuses breathe easier.</p>"
            "<ul><li>Steam-distilled from leaves and twigs</li>"
            "<li>Larger 30 mL size for diffuser use</li>"
            "<li>Amber glass with a tamper-evident cap</li></ul>"
            "<p>Avoid with young children and clients who have asthma triggered by "
            "strong scents.</p>"
        ),
        "attributes": {
            "brand": "Lumen Botanica",
            "volume": 30,
            "botanical_name": "Eucalyptus globulus",
            "extraction_method": "Steam distillation",
            "origin_country": "Portugal",
        },
        "image": {"shape": "dropper", "colour": "#6e4423", "accent": "#a6d1e6"},
        "weight_kg": Decimal("0.15"),
    },
    {
        "upc": "BB-EO-0004",
        "title": "Aurora Fields Sweet Orange Essential Oil, 15 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("11.00"),
        "stock": 0,
        "description": (
            "<p>Cheerful, juicy and universally liked, sweet orange is one of the easiest "
            "oils to introduce to clients who are unsure about scent. It blends well "
            "with lavender, cedarwood and frankincense.</p>"
            "<ul><li>Cold-pressed from the peel</li>"
            "<li>Brazilian fruit, bottled in Canada</li>"
            "<li>Not phototoxic at normal massage dilutions</li></ul>"
            "<p>Citrus oils oxidise faster than most, so buy small bottles and use them "
            "within a year. Out of stock right now; a fresh lot is expected soon.</p>"
        ),
        "attributes": {
            "brand": "Aurora Fields",
            "volume": 15,
            "botanical_name": "Citrus sinensis",
            "extraction_method": "Cold pressing",
            "origin_country": "Brazil",
        },
        "image": {"shape": "dropper", "colour": "#8a5426", "accent": "#f6a04d"},
        "weight_kg": Decimal("0.1"),
    },
    {
        "upc": "BB-EO-0005",
        "title": "Lumen Botanica Balsam Fir Essential Oil, 15 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("17.00"),
        "stock": 14,
        "description": (
            "<p>Distilled from the needles of Canadian balsam fir, this oil smells like "
            "a walk through a snowy boreal forest: green, resinous and gently sweet. It "
            "is a customer favourite through the holiday season.</p>"
            "<ul><li>Steam-distilled in Quebec</li>"
            "<li>Lovely with orange or lavender in a diffuser</li>"
            "<li>Euro-style dropper cap</li></ul>"
            "<p>Dilute to 1 to 2% for massage. Conifer oils can irritate the skin once "
            "oxidised, so keep the cap closed and the bottle out of the sun.</p>"
        ),
        "attributes": {
            "brand": "Lumen Botanica",
            "volume": 15,
            "botanical_name": "Abies balsamea",
            "extraction_method": "Steam distillation",
            "origin_country": "Canada",
        },
        "image": {"shape": "dropper", "colour": "#5c3b1e", "accent": "#7fb77e"},
        "weight_kg": Decimal("0.1"),
    },
    {
        "upc": "BB-EO-0006",
        "title": "Aurora Fields Roman Chamomile Essential Oil, 5 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("34.00"),
        "stock": 1,
        "description": (
            "<p>Roman chamomile has an apple-like, honeyed sweetness and a reputation "
            "as one of the gentlest oils for anxious clients. It takes a great deal of "
            "flower to produce, so a little goes a long way.</p>"
            "<ul><li>Steam-distilled from the flower heads</li>"
            "<li>Grown and distilled in England</li>"
            "<li>5 mL bottle with a dropper insert</li></ul>"
            "<p>Use one or two drops in 30 mL of carrier. People with ragweed allergies "
            "may be sensitive to chamomile, so ask first.</p>"
        ),
        "attributes": {
            "brand": "Aurora Fields",
            "volume": 5,
            "botanical_name": "Chamaemelum nobile",
            "extraction_method": "Steam distillation",
            "origin_country": "United Kingdom",
        },
        "image": {"shape": "dropper", "colour": "#8d5b2f", "accent": "#f4e285"},
        "weight_kg": Decimal("0.1"),
    },
    {
        "upc": "BB-EO-0007",
        "title": "Lumen Botanica Frankincense Essential Oil, 10 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("38.00"),
        "stock": 9,
        "description": (
            "<p>Warm, resinous and slightly citrusy, frankincense brings a grounding "
            "depth to blends. Therapists often use it in the final minutes of a session "
            "or during slow breathing work at the start.</p>"
            "<ul><li>Steam-distilled from the resin</li>"
            "<li>Sourced through a long-standing Somali cooperative</li>"
            "<li>10 mL amber glass bottle</li></ul>"
            "<p>Pairs well with sweet orange, lavender and balsam fir. Frankincense "
            "thickens slightly over time; warm the bottle in your hands if it pours "
            "slowly.</p>"
        ),
        "attributes": {
            "brand": "Lumen Botanica",
            "volume": 10,
            "botanical_name": "Boswellia carterii",
            "extraction_method": "Steam distillation",
            "origin_country": "Somalia",
        },
        "image": {"shape": "dropper", "colour": "#6b3e1f", "accent": "#e0c38c"},
        "weight_kg": Decimal("0.1"),
    },
    {
        "upc": "BB-EO-0008",
        "title": "Aurora Fields Tea Tree Essential Oil, 15 mL",
        "product_class": "essential-oil",
        "categories": ["essential-oils"],
        "price": Decimal("14.00"),
        "stock": 22,
        "description": (
            "<p>A fresh, medicinal-smelling oil that many clinics use to make their own "
            "surface sprays and linen rinses. In the treatment room it is more of a "
            "utility oil than a relaxation scent.</p>"
            "<ul><li>Steam-distilled from the leaves</li>"
            "<li>Grown in New South Wales, Australia</li>"
            "<li>Euro-style dropper cap</li></ul>"
            "<p>For a linen rinse, add 10 to 15 drops to the fabric softener compartment. "
            "Never apply undiluted to the skin, and keep well away from cats, which are "
            "particularly sensitive to it.</p>"
        ),
        "attributes": {
            "brand": "Aurora Fields",
            "volume": 15,
            "botanical_name": "Melaleuca alternifolia",
            "extraction_method": "Steam distillation",
            "origin_country": "Australia",
        },
        "image": {"shape": "dropper", "colour": "#744a25", "accent": "#cfe3a3"},
        "weight_kg": Decimal("0.1"),
    },
    # ------------------------------------------------------------------
    # Trigger-point tools
    # ------------------------------------------------------------------
    {
        "upc": "BB-TP-0001",
        "title": "Northpoint Hooked Trigger-Point Cane",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("44.00"),
        "stock": 13,
        "description": (
            "<p>The hooked shape lets clients press into the upper traps, rhomboids and "
            "levator scapulae on their own, using leverage instead of grip strength. We "
            "often send clients home with one after a neck and shoulder treatment.</p>"
            "<ul><li>Moulded, fibreglass-reinforced nylon</li>"
            "<li>Six knobs positioned for back, hip and thigh</li>"
            "<li>Strong enough for firm pressure, light enough to travel</li></ul>"
            "<p>Teach clients to hold each point for 20 to 30 seconds and breathe, "
            "rather than grinding away. Wipe clean with soap and water.</p>"
        ),
        "attributes": {
            "brand": "Northpoint",
            "material": "Fibreglass-reinforced nylon",
            "length": 61.0,
            "use_area": "Upper back, neck and shoulders",
        },
        "image": {"shape": "tool", "colour": "#1d6fa3", "accent": "#f2b134"},
        "weight_kg": Decimal("0.6"),
    },
    {
        "upc": "BB-TP-0002",
        "title": "Ridgeback Recovery Solid Massage Balls, Pair",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("14.00"),
        "stock": 40,
        "description": (
            "<p>Two dense rubber balls, the size of a lacrosse ball, for pinning trigger "
            "points against a wall or the floor. They are the simplest, most affordable "
            "self-care tool we sell, and one of the most effective.</p>"
            "<ul><li>Solid natural rubber with a slightly grippy surface</li>"
            "<li>Great for glutes, piriformis, feet and between the shoulder blades</li>"
            "<li>Pair can be taped together into a spine-friendly peanut</li></ul>"
            "<p>Start against a wall before progressing to the floor, where body weight "
            "adds a lot of pressure.</p>"
        ),
        "attributes": {
            "brand": "Ridgeback Recovery",
            "material": "Solid natural rubber",
            "length": 6.3,
            "use_area": "Glutes, feet and upper back",
        },
        "image": {"shape": "ball", "colour": "#c0392b", "accent": "#f5b7b1"},
        "weight_kg": Decimal("0.4"),
    },
    {
        "upc": "BB-TP-0003",
        "title": "Northpoint Peanut Mobility Ball",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("22.00"),
        "stock": 17,
        "description": (
            "<p>A peanut-shaped tool with a groove down the middle that straddles the "
            "spine, so the two lobes work the paraspinal muscles on either side without "
            "pressing on the vertebrae themselves.</p>"
            "<ul><li>Firm but slightly forgiving TPE foam</li>"
            "<li>Also useful under the base of the skull for suboccipital release</li>"
            "<li>Non-slip, easy-clean surface</li></ul>"
            "<p>An excellent take-home tool for desk workers and clients recovering from "
            "thoracic stiffness. Roll slowly, a few centimetres at a time, and pause on "
            "tender spots.</p>"
        ),
        "attributes": {
            "brand": "Northpoint",
            "material": "TPE foam",
            "length": 16.0,
            "use_area": "Spine, neck and mid back",
        },
        "image": {"shape": "ball", "colour": "#2a9d8f", "accent": "#bfe8e2"},
        "weight_kg": Decimal("0.3"),
    },
    {
        "upc": "BB-TP-0004",
        "title": "Cedar & Stone Maple Thumb Saver",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("18.00"),
        "stock": 2,
        "description": (
            "<p>Turned from solid Canadian hard maple, this small tool sits in your palm "
            "and takes the load off your thumbs during focused trigger-point and "
            "friction work. Over a long career, protecting your thumbs is well worth "
            "it.</p>"
            "<ul><li>Rounded tip for sustained compression</li>"
            "<li>Flared base for a relaxed grip</li>"
            "<li>Finished with food-safe oil and beeswax</li></ul>"
            "<p>Use through a thin sheet or with a little lotion. Wipe with a damp cloth, "
            "never soak, and refresh the finish with mineral oil every few months.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "material": "Hard maple",
            "length": 9.5,
            "use_area": "Hands, forearms and small trigger points",
        },
        "image": {"shape": "knob", "colour": "#c69c6d", "accent": "#7a5230"},
        "weight_kg": Decimal("0.2"),
    },
    {
        "upc": "BB-TP-0005",
        "title": "Ridgeback Recovery High-Density Foam Roller, 45 cm",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("32.00"),
        "stock": 21,
        "description": (
            "<p>A firm, high-density foam roller that keeps its shape after years of "
            "daily use. At 45 cm it is long enough for the thighs and upper back but "
            "still fits in a locker or under a bed.</p>"
            "<ul><li>Moulded EPP foam, lightweight and durable</li>"
            "<li>Smooth surface suitable for beginners</li>"
            "<li>15 cm diameter</li></ul>"
            "<p>Encourage clients to roll slowly and to avoid rolling directly over the "
            "lower back or the side of the knee. A few minutes a day is more useful than "
            "one long session a week.</p>"
        ),
        "attributes": {
            "brand": "Ridgeback Recovery",
            "material": "EPP foam",
            "length": 45.0,
            "use_area": "Thighs, calves and upper back",
        },
        "image": {"shape": "roller", "colour": "#264653", "accent": "#8ab17d"},
        "weight_kg": Decimal("0.5"),
    },
    {
        "upc": "BB-TP-0006",
        "title": "Maplewell Stainless Steel Scraping Tool",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("45.00"),
        "stock": 8,
        "description": (
            "<p>A single-piece surgical stainless steel tool for instrument-assisted "
            "soft tissue work. It has a long concave edge for broad areas like the IT "
            "band and a tighter convex curve for the forearm and around the ankle.</p>"
            "<ul><li>Bevelled edges polished for client comfort</li>"
            "<li>Hangs on a hook for easy storage</li>"
            "<li>Comes in a protective cotton pouch</li></ul>"
            "<p>Use with a thin layer of cream or balm and light, controlled strokes. "
            "Clean with soap and water, then disinfect between every client. Training in "
            "instrument-assisted techniques is recommended.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "material": "Surgical stainless steel",
            "length": 14.0,
            "use_area": "Forearms, IT band and lower legs",
        },
        "image": {"shape": "scraper", "colour": "#8d99ae", "accent": "#2b2d42"},
        "weight_kg": Decimal("0.3"),
    },
    {
        "upc": "BB-TP-0007",
        "title": "Northpoint Spindle Massage Stick",
        "product_class": "trigger-point-tool",
        "categories": ["trigger-point-tools"],
        "price": Decimal("28.00"),
        "stock": 16,
        "description": (
            "<p>A flexible core threaded with free-spinning spindles that roll over the "
            "muscle as you press. Runners and cyclists like it for a quick pass over the "
            "calves and quads before training, and it packs easily into a bag.</p>"
            "<ul><li>Nylon core with rubber-grip handles</li>"
            "<li>Eleven independently rotating spindles</li>"
            "<li>Enough flex to follow the curve of a leg</li></ul>"
            "<p>Work each muscle group for a minute or two with moderate pressure. Wipe "
            "down the spindles with a damp cloth after use.</p>"
        ),
        "attributes": {
            "brand": "Northpoint",
            "material": "Nylon core with rubber handles",
            "length": 48.0,
            "use_area": "Calves, quads and hamstrings",
        },
        "image": {"shape": "stick", "colour": "#e76f51", "accent": "#264653"},
        "weight_kg": Decimal("0.3"),
    },
    # ------------------------------------------------------------------
    # Linens
    # ------------------------------------------------------------------
    {
        "upc": "BB-LN-0001",
        "title": "Maplewell Flannel Sheet Set, Sage",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("79.00"),
        "stock": 15,
        "description": (
            "<p>Brushed cotton flannel is what clients reach for in a Canadian January. "
            "This three-piece set is cut for standard 76 cm tables with deep corners "
            "that stay put over a fleece pad.</p>"
            "<ul><li>Fitted sheet, flat sheet and face cradle cover</li>"
            "<li>Heavy 170 g/m² cotton flannel</li>"
            "<li>Soft sage colour that hides oil marks well</li></ul>"
            "<p>Wash warm with an unscented detergent and tumble dry on medium. Avoid "
            "fabric softener sheets, which trap oil in the fibres and encourage odours "
            "over time.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "material": "Cotton flannel",
            "fits_table_width": 76,
            "colour": "Sage",
            "pieces": 3,
        },
        "image": {"shape": "linen", "colour": "#9caf88", "accent": "#f4efe1"},
        "weight_kg": Decimal("1.4"),
    },
    {
        "upc": "BB-LN-0002",
        "title": "Maplewell Microfibre Sheet Set, Charcoal",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("54.00"),
        "stock": 20,
        "description": (
            "<p>A brushed polyester microfibre set that feels smooth and warm, dries "
            "quickly and resists wrinkles. The charcoal shade is practical for busy "
            "clinics, since oil marks are much less visible than on white.</p>"
            "<ul><li>Fitted sheet, flat sheet and face cradle cover</li>"
            "<li>Fits tables from 71 to 76 cm wide</li>"
            "<li>Dries in about half the time of cotton</li></ul>"
            "<p>Wash in warm water with a degreasing detergent and tumble dry on low. "
            "Microfibre does not like high heat, so skip the sanitise cycle.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "material": "Polyester microfibre",
            "fits_table_width": 76,
            "colour": "Charcoal",
            "pieces": 3,
        },
        "image": {"shape": "linen", "colour": "#4a4e54", "accent": "#d9d9d9"},
        "weight_kg": Decimal("0.9"),
    },
    {
        "upc": "BB-LN-0003",
        "title": "Tamarack Organic Cotton Percale Sheet Set",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("99.00"),
        "stock": 6,
        "description": (
            "<p>Crisp, breathable certified organic cotton percale for therapists who "
            "want natural fibres against their clients' skin. Percale stays cool in "
            "summer, which makes it a good match for heated tables year round.</p>"
            "<ul><li>Three pieces, sized for wide 81 cm tables</li>"
            "<li>Unbleached natural colour</li>"
            "<li>Woven without optical brighteners</li></ul>"
            "<p>Wash hot to lift massage oil and line dry when you can. The fabric "
            "softens noticeably after the first few washes.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "material": "Organic cotton percale",
            "fits_table_width": 81,
            "colour": "Natural",
            "pieces": 3,
        },
        "image": {"shape": "linen", "colour": "#e8dcc4", "accent": "#8c7a5b"},
        "weight_kg": Decimal("1.2"),
    },
    {
        "upc": "BB-LN-0004",
        "title": "Tamarack Sherpa Fleece Table Pad",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("64.00"),
        "stock": 0,
        "description": (
            "<p>A plush sherpa fleece pad that goes between the table and the fitted "
            "sheet, adding a layer of softness and warmth without overheating. Elastic "
            "corner straps keep it from shifting when clients turn over.</p>"
            "<ul><li>Polyester sherpa top with a cotton-blend backing</li>"
            "<li>Fits 71 to 76 cm tables</li>"
            "<li>Ivory colour</li></ul>"
            "<p>Machine wash cold on a gentle cycle and tumble dry on low.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "material": "Polyester sherpa fleece",
            "fits_table_width": 76,
            "colour": "Ivory",
            "pieces": 1,
        },
        "image": {"shape": "linen", "colour": "#f3ede1", "accent": "#b08d57"},
        "weight_kg": Decimal("1.3"),
    },
    {
        "upc": "BB-LN-0005",
        "title": "Maplewell Waterproof Table Protector",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("42.00"),
        "stock": 10,
        "description": (
            "<p>A fitted cover with a breathable waterproof backing that stops oil, "
            "lotion and sweat from soaking into your table's upholstery. Put it on "
            "directly over the vinyl and dress the table as usual on top.</p>"
            "<ul><li>Cotton terry top with a polyurethane membrane</li>"
            "<li>Fits 76 cm tables with up to 8 cm of foam</li>"
            "<li>Quiet: no crinkling when clients move</li></ul>"
            "<p>Wash warm and tumble dry on low. Avoid bleach and very high temperatures, "
            "which break down the membrane.</p>"
        ),
        "attributes": {
            "brand": "Maplewell",
            "material": "Cotton terry with PU backing",
            "fits_table_width": 76,
            "colour": "White",
            "pieces": 1,
        },
        "image": {"shape": "linen", "colour": "#f7f7f4", "accent": "#5fa8d3"},
        "weight_kg": Decimal("0.8"),
    },
    {
        "upc": "BB-LN-0006",
        "title": "Harbourline Poly-Cotton Fitted Sheets, 6 Pack",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("119.00"),
        "stock": 8,
        "description": (
            "<p>A bulk pack of six fitted bottom sheets in a hard-wearing 50/50 "
            "poly-cotton blend. They are the backbone of a clinic laundry rotation: "
            "durable, inexpensive per wash and quick to change between appointments.</p>"
            "<ul><li>Six fitted sheets for 76 cm tables</li>"
            "<li>Elastic all round for a snug fit</li>"
            "<li>Bright white, safe to wash hot</li></ul>"
            "<p>Plan on three to four sheets per treatment room per day so you always "
            "have clean stock while a load is in the dryer.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "material": "Poly-cotton blend",
            "fits_table_width": 76,
            "colour": "White",
            "pieces": 6,
        },
        "image": {"shape": "linen", "colour": "#ffffff", "accent": "#3b6e8f"},
        "weight_kg": Decimal("2.4"),
    },
    {
        "upc": "BB-LN-0007",
        "title": "Tamarack Bamboo Jersey Sheet Set, Slate Blue",
        "product_class": "table-linen",
        "categories": ["linens"],
        "price": Decimal("89.00"),
        "stock": 12,
        "description": (
            "<p>Bamboo viscose jersey has a gentle stretch and a cool, silky feel that "
            "clients notice immediately. It drapes well over bolsters and is a lovely "
            "upgrade for spa-style relaxation services.</p>"
            "<ul><li>Fitted sheet, flat sheet and face cradle cover</li>"
            "<li>Fits 71 to 76 cm tables</li>"
            "<li>Slate blue, fade-resistant dye</li></ul>"
            "<p>Wash cool and tumble dry on low to keep the fabric soft and prevent "
            "shrinking. Pre-treat heavy oil spots with a little dish soap before "
            "washing.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "material": "Bamboo viscose jersey",
            "fits_table_width": 76,
            "colour": "Slate blue",
            "pieces": 3,
        },
        "image": {"shape": "linen", "colour": "#5b7083", "accent": "#dfe7ee"},
        "weight_kg": Decimal("1.1"),
    },
    # ------------------------------------------------------------------
    # Bolsters and positioning
    # ------------------------------------------------------------------
    {
        "upc": "BB-BP-0001",
        "title": "Harbourline Full-Round Bolster, 66 cm",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning"],
        "price": Decimal("49.00"),
        "stock": 18,
        "description": (
            "<p>The everyday bolster: slip it under the ankles in prone or behind the "
            "knees in supine to take strain off the lower back. The high-density foam "
            "core holds its shape for years of clinic use.</p>"
            "<ul><li>15 cm diameter, 66 cm long</li>"
            "<li>Oil-resistant PU cover with a zipper closure</li>"
            "<li>Carry handle at one end</li></ul>"
            "<p>Wipe the cover with a mild disinfectant between clients, and slip a "
            "pillowcase or bolster cover over it if you prefer a softer feel.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "shape": "Full round",
            "dimensions": "66 x 15 diameter",
            "fill": "High-density foam",
            "cover_material": "PU vinyl",
        },
        "image": {"shape": "bolster", "colour": "#3b6e8f", "accent": "#d4e2ea"},
        "weight_kg": Decimal("1.3"),
    },
    {
        "upc": "BB-BP-0002",
        "title": "Harbourline Half-Round Bolster, 66 cm",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning"],
        "price": Decimal("42.00"),
        "stock": 16,
        "description": (
            "<p>With its flat base, a half-round bolster will not roll away, which makes "
            "it the better choice under the ankles for clients with stiff feet or "
            "cramping calves. It also works as a gentle lift under the chest for prone "
            "neck work.</p>"
            "<ul><li>66 x 20 x 10 cm</li>"
            "<li>Firm foam core</li>"
            "<li>Oil-resistant PU cover in six colours</li></ul>"
            "<p>Pair it with a full-round bolster to cover most prone and supine "
            "positioning needs.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "shape": "Half round",
            "dimensions": "66 x 20 x 10",
            "fill": "High-density foam",
            "cover_material": "PU vinyl",
        },
        "image": {"shape": "bolster", "colour": "#2e4a62", "accent": "#c5d4e0"},
        "weight_kg": Decimal("1.0"),
    },
    {
        "upc": "BB-BP-0003",
        "title": "Tamarack Jumbo Three-Quarter Round Bolster",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning"],
        "price": Decimal("59.00"),
        "stock": 11,
        "description": (
            "<p>Taller than a half-round but more stable than a full-round, this jumbo "
            "bolster is a favourite under the knees of clients with tight hip flexors or "
            "lower back pain. The extra height gives noticeably more relief in "
            "supine.</p>"
            "<ul><li>66 x 23 x 18 cm</li>"
            "<li>Dual-density foam: firm core with a softer top layer</li>"
            "<li>Soft-touch PU cover</li></ul>"
            "<p>Store bolsters away from radiators and baseboard heaters so the cover "
            "stays supple, and wipe down with a mild disinfectant between clients.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "shape": "Three-quarter round",
            "dimensions": "66 x 23 x 18",
            "fill": "Dual-density foam",
            "cover_material": "Soft-touch PU",
        },
        "image": {"shape": "bolster", "colour": "#4f5d2f", "accent": "#dfe6c8"},
        "weight_kg": Decimal("1.6"),
    },
    {
        "upc": "BB-BP-0004",
        "title": "Tamarack Buckwheat Neck Roll",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning"],
        "price": Decimal("36.00"),
        "stock": 12,
        "description": (
            "<p>Organic buckwheat hulls shift to cradle the curve of the neck in supine, "
            "offering firm, adjustable support that foam cannot match. Many clients ask "
            "where to buy one after the first session.</p>"
            "<ul><li>40 cm long, 11 cm diameter</li>"
            "<li>Removable cotton canvas cover</li>"
            "<li>Hull inner bag with a zipper to adjust the fill</li></ul>"
            "<p>Remove the outer cover to wash. The hulls themselves should never get "
            "wet; freshen them by leaving the inner bag in the sun for an afternoon.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "shape": "Cylinder",
            "dimensions": "40 x 11 diameter",
            "fill": "Organic buckwheat hulls",
            "cover_material": "Cotton canvas",
        },
        "image": {"shape": "bolster", "colour": "#c2a878", "accent": "#6b4f3a"},
        "weight_kg": Decimal("1.5"),
    },
    {
        "upc": "BB-BP-0005",
        "title": "Harbourline Side-Lying Positioning Wedge",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning"],
        "price": Decimal("79.00"),
        "stock": 6,
        "description": (
            "<p>A firm foam wedge that supports clients who are most comfortable on "
            "their side, including people in later pregnancy, with shoulder injuries or "
            "with reflux. Placed behind the back, it keeps the body from rolling so the "
            "client can fully relax.</p>"
            "<ul><li>60 x 40 x 18 cm</li>"
            "<li>Non-slip base</li>"
            "<li>Wipe-clean PU cover</li></ul>"
            "<p>Combine with a full-round bolster between the knees and a pillow under "
            "the head for a well-supported side-lying setup.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "shape": "Wedge",
            "dimensions": "60 x 40 x 18",
            "fill": "Firm polyurethane foam",
            "cover_material": "PU vinyl",
        },
        "image": {"shape": "wedge", "colour": "#6d597a", "accent": "#e2d9ea"},
        "weight_kg": Decimal("2.0"),
    },
    {
        "upc": "BB-BP-0006",
        "title": "Tamarack Memory Foam Face Cradle Cushion",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning", "massage-tables"],
        "price": Decimal("54.00"),
        "stock": 10,
        "description": (
            "<p>A crescent-shaped memory foam cushion that replaces the stock pad on "
            "most face cradles. It spreads pressure across the forehead and cheekbones, "
            "so clients get up without those tell-tale red lines on their face.</p>"
            "<ul><li>28 x 25 x 8 cm crescent</li>"
            "<li>Hook-and-loop strap fits most cradle frames</li>"
            "<li>Smooth PU cover</li></ul>"
            "<p>Cover with a fresh face cradle cover for every client, and wipe the "
            "cushion down at the end of each day.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "shape": "Crescent",
            "dimensions": "28 x 25 x 8",
            "fill": "Memory foam",
            "cover_material": "PU vinyl",
        },
        "image": {"shape": "cushion", "colour": "#5f7f6b", "accent": "#e1ebe3"},
        "weight_kg": Decimal("0.8"),
    },
    {
        "upc": "BB-BP-0007",
        "title": "Harbourline Flat Rectangular Bolster",
        "product_class": "bolster-positioning",
        "categories": ["bolsters-positioning"],
        "price": Decimal("46.00"),
        "stock": 9,
        "description": (
            "<p>A low, flat bolster that adds a few centimetres of lift exactly where "
            "you need it: under the shins in prone, beneath the head in side-lying, or "
            "under the pelvis to ease lumbar extension.</p>"
            "<ul><li>61 x 23 x 8 cm</li>"
            "<li>Medium-firm foam</li>"
            "<li>PU cover with a carry handle</li></ul>"
            "<p>Its low profile means it packs flat in a table case, which mobile "
            "therapists appreciate. Wipe clean between clients with a mild "
            "disinfectant.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "shape": "Rectangular",
            "dimensions": "61 x 23 x 8",
            "fill": "Medium-firm foam",
            "cover_material": "PU vinyl",
        },
        "image": {"shape": "cushion", "colour": "#8c3b2f", "accent": "#f1ddd6"},
        "weight_kg": Decimal("1.1"),
    },
    # ------------------------------------------------------------------
    # Heaters and warmers
    # ------------------------------------------------------------------
    {
        "upc": "BB-WA-0001",
        "title": "Cedar & Stone 6 L Digital Stone Heater",
        "product_class": "heater-warmer",
        "categories": ["warmers-heaters"],
        "price": Decimal("219.00"),
        "stock": 5,
        "description": (
            "<p>A compact heater that holds a 20- to 30-stone set. The digital "
            "thermostat shows the actual water temperature, which makes it far easier "
            "to keep stones in the safe 50 to 55 °C range than a dial-only unit.</p>"
            "<ul><li>6 L stainless steel insert</li>"
            "<li>Adjustable up to 70 °C</li>"
            "<li>Insulated, cool-touch outer housing</li></ul>"
            "<p>Always line the bottom with a towel or mat so stones do not sit directly "
            "on the heating plate. Drain, rinse and dry the insert after each day.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "capacity": 6.0,
            "max_temperature": 70,
            "wattage": 750,
            "thermostat": "Digital",
        },
        "image": {"shape": "warmer", "colour": "#4a4e54", "accent": "#e07a5f"},
        "weight_kg": Decimal("5.5"),
    },
    {
        "upc": "BB-WA-0002",
        "title": "Cedar & Stone 18 L Professional Stone Heater",
        "product_class": "heater-warmer",
        "categories": ["warmers-heaters"],
        "price": Decimal("389.00"),
        "stock": 9,
        "description": (
            "<p>For spas and busy clinics running hot stone several times a day, the 18 "
            "L heater holds a full 45-stone set with room to spare. A large digital "
            "display is easy to read from across a dim treatment room.</p>"
            "<ul><li>18 L stainless steel insert with a drain valve</li>"
            "<li>Precise digital thermostat up to 70 °C</li>"
            "<li>Clear lid for checking the stones without losing heat</li></ul>"
            "<p>Use distilled water in areas with hard water to slow down scale "
            "build-up, and descale monthly with a vinegar solution.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "capacity": 18.0,
            "max_temperature": 70,
            "wattage": 1450,
            "thermostat": "Digital",
        },
        "image": {"shape": "warmer", "colour": "#2f3e46", "accent": "#f4a261"},
        "weight_kg": Decimal("9.5"),
    },
    {
        "upc": "BB-WA-0003",
        "title": "Harbourline Single-Bottle Oil Warmer",
        "product_class": "heater-warmer",
        "categories": ["warmers-heaters"],
        "price": Decimal("59.00"),
        "stock": 14,
        "description": (
            "<p>Cold oil on a warm back is the fastest way to make a client flinch. This "
            "little warmer holds one 250 mL bottle at a comfortable skin temperature "
            "throughout the day.</p>"
            "<ul><li>Fits most 250 mL flip-top and pump bottles</li>"
            "<li>Fixed, gentle heat of about 45 to 50 °C</li>"
            "<li>Small footprint for a crowded side table</li></ul>"
            "<p>Use only with plastic bottles designed for warming, and unplug the warmer "
            "at the end of the day. Wipe the well with a damp cloth to remove "
            "drips.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "capacity": 0.25,
            "max_temperature": 50,
            "wattage": 40,
            "thermostat": "Fixed",
        },
        "image": {"shape": "warmer", "colour": "#e9e4d4", "accent": "#3b6e8f"},
        "weight_kg": Decimal("1.2"),
    },
    {
        "upc": "BB-WA-0004",
        "title": "Harbourline Triple-Bottle Oil & Lotion Warmer",
        "product_class": "heater-warmer",
        "categories": ["warmers-heaters"],
        "price": Decimal("99.00"),
        "stock": 7,
        "description": (
            "<p>Three heated wells let you keep oil, lotion and a cream or balm at the "
            "ready, so you can switch mediums mid-treatment without waiting for "
            "anything to warm up.</p>"
            "<ul><li>Holds three 250 mL bottles</li>"
            "<li>Dial control from warm to about 50 °C</li>"
            "<li>Removable drip tray</li></ul>"
            "<p>A practical upgrade for therapists who customise their medium for each "
            "client. Keep the unit on a stable surface away from the edge of the "
            "table.</p>"
        ),
        "attributes": {
            "brand": "Harbourline",
            "capacity": 0.75,
            "max_temperature": 50,
            "wattage": 90,
            "thermostat": "Analogue dial",
        },
        "image": {"shape": "warmer", "colour": "#d8cfc4", "accent": "#2e4a62"},
        "weight_kg": Decimal("1.8"),
    },
    {
        "upc": "BB-WA-0005",
        "title": "Tamarack Hot Towel Cabinet, 23 L",
        "product_class": "heater-warmer",
        "categories": ["warmers-heaters"],
        "price": Decimal("249.00"),
        "stock": 4,
        "description": (
            "<p>Warm, damp towels are a simple way to elevate any treatment: wrap the "
            "feet at the start, or remove excess oil from the back at the end. This "
            "cabinet holds about two dozen rolled hand towels.</p>"
            "<ul><li>23 L capacity with a removable stainless rack</li>"
            "<li>Heats to around 80 °C</li>"
            "<li>UV lamp and drip tray included</li></ul>"
            "<p>Always shake out a towel and check the temperature on your forearm before "
            "it touches the client. Empty the drip tray and wipe the interior "
            "daily.</p>"
        ),
        "attributes": {
            "brand": "Tamarack",
            "capacity": 23.0,
            "max_temperature": 80,
            "wattage": 360,
            "thermostat": "Analogue dial",
        },
        "image": {"shape": "cabinet", "colour": "#f2f0eb", "accent": "#5b7083"},
        "weight_kg": Decimal("10.0"),
    },
    {
        "upc": "BB-WA-0006",
        "title": "Cedar & Stone Paraffin Hand Bath, 3 L",
        "product_class": "heater-warmer",
        "categories": ["warmers-heaters"],
        "price": Decimal("129.00"),
        "stock": 6,
        "description": (
            "<p>A paraffin dip before hand and forearm work softens stiff, arthritic "
            "joints and gives clients a treat that feels luxurious. The bath melts 3 L "
            "of wax and holds it at a safe dipping temperature.</p>"
            "<ul><li>Dial thermostat up to 55 °C</li>"
            "<li>Removable mesh guard over the heating element</li>"
            "<li>Includes 1.4 kg of unscented paraffin</li></ul>"
            "<p>Have clients wash and dry their hands first, then dip five or six times "
            "before wrapping in a plastic liner and towel. Wait until the wax has "
            "completely melted before the first dip.</p>"
        ),
        "attributes": {
            "brand": "Cedar & Stone",
            "capacity": 3.0,
            "max_temperature": 55,
            "wattage": 200,
            "thermostat": "Analogue dial",
        },
        "image": {"shape": "warmer", "colour": "#f6efe6", "accent": "#c98b4a"},
        "weight_kg": Decimal("4.0"),
    },
]
