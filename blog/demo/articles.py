"""Demo blog content for Body Best.

Pure data: no Django imports. Consumed by ``blog.demo.loader``.

- AUTHORS: invented staff writers.
- CATEGORIES and TAGS: blog taxonomy, matched on slug.
- ARTICLES: Markdown bodies with linked demo products (slugs from catalog/demo/data.py).

Canadian spelling, metric units and Canadian dollars throughout. Health statements are
deliberately cautious: readers are pointed to a registered massage therapist or a physician.
"""

AUTHORS = [
    {
        "slug": "claire-desrochers",
        "name": "Claire Desrochers",
        "role": "Registered massage therapist, Kingston, Ontario",
        "bio": (
            "Claire is a registered massage therapist in Ontario who has spent fifteen years "
            "treating desk workers, runners and musicians. She writes about technique, safety "
            "and self-care between appointments."
        ),
    },
    {
        "slug": "daniel-okafor",
        "name": "Daniel Okafor",
        "role": "Product specialist, Body Best",
        "bio": (
            "Daniel tests and compares the tables, massage guns and clinic supplies we carry, "
            "and answers most of the equipment questions that reach our customer care team."
        ),
    },
]

CATEGORIES = [
    {
        "slug": "techniques",
        "name": "Techniques",
        "description": "Hands-on methods, self-care routines and safety notes from practising therapists.",
    },
    {
        "slug": "equipment-guides",
        "name": "Equipment guides",
        "description": "Plain-language buying advice for tables, massage guns and treatment room gear.",
    },
    {
        "slug": "aromatherapy",
        "name": "Aromatherapy",
        "description": "How essential oils are made, blended and used responsibly in a massage practice.",
    },
    {
        "slug": "care-maintenance",
        "name": "Care & maintenance",
        "description": "Keeping stones, linens, oils and warmers clean, safe and in service for years.",
    },
]

TAGS = [
    {"slug": "trigger-points", "name": "Trigger points"},
    {"slug": "self-care", "name": "Self-care"},
    {"slug": "percussion-therapy", "name": "Percussion therapy"},
    {"slug": "hot-stone", "name": "Hot stone"},
    {"slug": "heat-therapy", "name": "Heat therapy"},
    {"slug": "essential-oils", "name": "Essential oils"},
    {"slug": "carrier-oils", "name": "Carrier oils"},
    {"slug": "massage-tables", "name": "Massage tables"},
    {"slug": "buying-guide", "name": "Buying guide"},
    {"slug": "clinic-hygiene", "name": "Clinic hygiene"},
    {"slug": "linens", "name": "Linens"},
]


# ---------------------------------------------------------------------------
# Article bodies (Markdown)
# ---------------------------------------------------------------------------

_TRIGGER_POINTS = """\
## What is a trigger point?

Most people simply call them knots. In clinical terms, a trigger point is a small, irritable \
spot inside a tight band of muscle. Press on it and it feels surprisingly sore for its size, \
and the ache sometimes shows up somewhere else. This is called referred pain: a tender spot at \
the top of the shoulder can feel like a headache at the temple.

Researchers still debate exactly what happens inside the tissue, but the practical picture is \
clear: trigger points are common, they \
often respond to careful pressure, and they tend to return when the habits behind them continue.

## Where trigger points tend to form

Any skeletal muscle can develop them, but a few areas come up again and again.

### Upper trapezius

This sloping muscle between the neck and shoulder works overtime during computer work, phone \
scrolling and carrying a heavy bag on one side. Points here often refer discomfort up the side \
of the neck or toward the temple.

### Hamstrings

Long hours in a chair keep the hamstrings shortened, while sprinting and hill running load them \
hard. Tender spots usually sit midway down the back of the thigh and may ache toward the knee.

### Calves

Running, standing on hard floors and switching between heels and flat shoes all load the \
calves. Trigger points here can feel like a cramp that never quite lets go.

### Quadratus lumborum

The QL lies deep in the lower back, between the lowest rib and the top of the pelvis. When it \
is irritated, people often describe a one-sided ache that flares when rolling over in bed or \
standing up from a low chair. It calls for patient, angled pressure rather than force.

## Applying pressure with a stone or a massage gun

### Using a stone

A smooth basalt stone makes a very good pressure tool. Its rounded edge focuses force without \
wearing out your thumbs, and a gently warmed stone can help a guarded muscle relax. To work a \
point:

1. Find the tight band with flat fingers, then feel along it for the most tender spot.
2. Place the edge or tip of the stone on that spot and sink in slowly.
3. Hold steady pressure for roughly 20 to 60 seconds while the person breathes slowly.
4. Ease off as the tenderness fades, then finish with a few long strokes along the muscle.

If you heat stones, check the water with a thermometer and test each stone on your inner \
forearm first. Our guide to [caring for hot stones](/blog/caring-for-hot-stones/) \
covers safe temperature ranges.

### Using a percussion massage gun

A massage gun delivers rapid, short strokes that can warm a muscle before more focused work. \
Start on the lowest speed with a ball or flat head, let the weight of the device do the work \
and glide slowly along the muscle instead of parking on one spot. One to two minutes per area \
is usually plenty. Keep the narrow bullet head for brief, light contact, never over bone.

> **Tip:** Treat the gun as a warm-up, not the whole treatment. Many RMTs use percussion for a \
minute, then switch to a stone or a thumb tool to feel how the tissue has changed.

## Possible benefits

Research is encouraging but mixed, so it is fairer to say what this work may do. People \
commonly report:

- less local tenderness and a softer feel to the muscle
- easier movement, such as turning the head or bending forward
- short-term relief from referred aches, including some tension-type headaches
- a sense of calm and better awareness of posture

## Cautions: how much, how long and when not to

### How much pressure

Aim for a discomfort level of about 5 or 6 out of 10: firm, but something you can breathe \
through. If the person holds their breath or pulls away, ease off. Sharp, electric or burning \
sensations mean stop.

### How long

Hold a single point for no more than a minute or so, and spend only a few minutes on any one \
area. Overworking a muscle can leave it bruised and sore for days.

### When not to apply pressure

Skip trigger-point work, or ask a professional first:

- directly over bones, joints, the spine or the front of the neck
- over areas that are red, hot, swollen or otherwise inflamed
- on recent injuries such as strains, sprains, deep bruises or suspected fractures
- with a clotting disorder or while taking blood thinners; never work on a calf that is \
suddenly swollen, warm and painful, since that can signal a clot needing urgent medical care
- during pregnancy, when treatment should be guided by an RMT with prenatal training
- over numb areas, varicose veins, recent surgical sites or broken skin

If you are unsure, ask a registered massage therapist or your physician before self-treating.

## Why clients return for more sessions

Trigger points rarely disappear for good after one visit. The postures, training loads and \
stress that created them are usually still in place. A short series of appointments, often one \
to two weeks apart, lets an RMT see what has changed, adjust pressure and address neighbouring \
areas, such as the hips or upper back, that may be feeding the problem. Between visits, a few \
minutes of gentle self-care with a trigger-point cane or a stone helps hold the gains. Over time \
many clients need appointments less often, a good sign the plan is working.

For therapists who want to go further, our online course \
[Trigger Points Massage Therapy: a 30-day course](/courses/about/trigger-points-massage-therapy-a-30-day-course/) \
teaches assessment, release, stretching, client self-care and referral step by step.
"""

_ESSENTIAL_OIL_EXTRACTION = """\
## Why the extraction method matters

Two bottles labelled with the same plant can smell, behave and age quite differently. Much of \
that comes down to how the aromatic compounds were pulled out of the leaf, peel, flower or \
resin. The method affects which molecules end up in the bottle, how long the oil keeps and, \
often, the price. Knowing the basics makes it easier to read a label and to choose oils that \
suit a massage practice.

## Steam distillation

Steam distillation produces the large majority of essential oils used in massage. Plant \
material is packed into a still and steam is passed through it. The heat and moisture open \
the tiny oil glands, and the lighter aromatic molecules travel out with the steam. The vapour \
then runs through a cooled condenser, turns back into liquid and collects in a separator, \
where most essential oils float on top of the water.

The water left behind is called a hydrosol, or floral water. It carries a faint version of \
the plant's scent and is sold separately as a gentle room or linen mist.

Distillers adjust time, pressure and temperature for each plant. Lavender flowers, peppermint \
leaves, eucalyptus leaves, balsam fir needles and frankincense resin are all steam-distilled, \
but each needs its own recipe. Some plants give up their oil generously, while delicate \
flowers such as Roman chamomile need a large quantity of blossoms to fill a small bottle, \
which is why those oils cost more.

## Cold pressing

Citrus oils are a special case. The oil sits in small pockets in the outer peel, and it can \
be released mechanically without any heat. In cold pressing, or expression, the peel is \
pressed, pricked or scraped, and the oily liquid is separated from the juice and water, \
usually in a centrifuge.

Because nothing is cooked, cold-pressed oils such as sweet orange keep a bright, juicy top note \
that is hard to match with distillation. There are two trade-offs:

- Pressed citrus oils oxidise faster than most, so buy small bottles and use them within about \
a year of opening.
- Some pressed citrus oils, notably bergamot and lime, can make skin more sensitive to sunlight. \
Sweet orange is generally considered low risk at massage dilutions, but check the guidance for \
each oil before using it on skin that will be in the sun.

## Solvent extraction and absolutes

Some flowers, such as jasmine and tuberose, are too fragile for steam. For these, producers \
wash the petals with a solvent that dissolves the aromatic material. Removing the solvent \
leaves a waxy paste called a concrete. The concrete is then mixed with alcohol, chilled and \
filtered to drop out the waxes, and the alcohol is evaporated. What remains is an absolute: \
intensely fragrant, often thick and deeply coloured.

Absolutes are prized in perfumery, but they can hold traces of the processing solvent and are \
more likely to irritate sensitive skin. Many therapists keep them for diffusing rather than \
massage. Our current essential oil range is made up of steam-distilled and cold-pressed oils.

## From bottle to blend: carrier oils and dilution

Essential oils are concentrated and should never go on the skin undiluted. For massage they \
are mixed into a carrier, a fatty oil that spreads the aroma and gives glide.

### Choosing a carrier

- **Grapeseed:** light, fast-absorbing and nut-free, though it turns rancid sooner than most.
- **Fractionated coconut:** stays liquid, has almost no scent and keeps for a long time.
- **Sweet almond:** rich, classic glide, but not suitable for clients with tree nut allergies.
- **Jojoba:** technically a liquid wax, very stable and good for facial work.

### Dilution at a glance

Assuming roughly 20 drops per millilitre (droppers vary), a 30 mL bottle of carrier works out \
to about:

1. **1%, about 6 drops:** full-body massage, sensitive skin and older adults.
2. **2%, about 12 drops:** focused work on a smaller area for healthy adults.
3. **Lower, or none at all:** during pregnancy, for children or for anyone with asthma or \
fragrance sensitivities, unless a qualified professional advises otherwise.

> **Tip:** Blend in small batches, label each bottle with the oils, the dilution and the date, \
and patch-test a new blend on the inner forearm before a full treatment.

Store essential oils in dark glass with the caps tight, away from heat and sunlight. Fresh \
oils smell better and are less likely to irritate the skin than oxidised ones.
"""

_MASSAGE_TABLE = """\
## Start with where you work

A massage table is the one piece of equipment you use for every client, so it pays to match it \
to your practice. The first question is simple: will the table move? Mobile therapists, \
students and anyone sharing space need a folding portable. A dedicated treatment room can \
take a stationary table that is set up once and never folds.

## The measurements that matter

Four numbers on a product page tell you most of what you need to know about how a table \
will feel to work on every day.

### Width: reach versus room

Table width shapes both client comfort and your own body mechanics.

- **71 cm** is light and lets shorter therapists reach across without straining. It is the \
usual choice for mobile work.
- **76 cm** is a comfortable all-rounder that gives most clients room for their arms.
- **81 cm** suits broad-shouldered clients and side-lying work, but you will lean further, \
and the folded table is bulkier in a car or stairwell.

If you are under about 165 cm tall, try a 71 or 76 cm table before committing to a wide one.

### Height range

A common starting point is to set the table so its surface lines up roughly with your \
knuckles when your arms hang relaxed. From there, many therapists go a little lower for deep \
tissue work, where body weight does the job, and a little higher for lighter or detailed work. \
Check both ends of the range: taller therapists need a generous maximum, and anyone who does \
a lot of deep work needs a low enough minimum. Our portables span roughly 61 to 89 cm across \
the range.

### Weight and frame

For mobile therapists, every kilogram counts on the third flight of stairs. Aluminium frames \
keep portable tables at roughly 12 to 15 kg, while hardwood portables usually weigh 14 to \
16 kg. Hardwood tends to feel more solid under vigorous work, and many therapists like its \
quieter, warmer feel. Neither is wrong; it comes down to how often you carry the table.

### Foam and upholstery

Thicker is not automatically better. A well-made 6.5 to 8 cm layered foam, with a firmer base \
and a softer top, gives comfort without feeling spongy under deep pressure. Thin foam around \
5 cm is fine for students and relaxation work, and keeps weight down. Look for oil-resistant \
upholstery that can be wiped with mild soap and water between clients.

## Working load, explained

Working weight is the load a table is rated to carry during treatment: the client plus the \
downward and sideways force you add when you lean in or climb onto the table for stretches. \
It is the most useful strength figure to compare. Some manufacturers also quote a static \
capacity, which is much higher and only describes weight sitting still.

> **Tip:** Choose a working weight with a comfortable margin over your heaviest expected client \
plus your own pressure. Our tables are rated from 227 to 320 kg of working weight.

## Portable or stationary?

A stationary table such as a bolt-together clinic model is steadier and quieter, since there \
are no hinges or cables to creak, and it usually carries the highest working load. The \
trade-off is that its height is set once with leg extenders rather than adjusted between \
clients. Portables give you flexibility and a face cradle that travels with you, at the cost \
of a little weight and more regular checks on knobs and cables.

## A quick checklist before you buy

1. Measure your doorways, car boot and storage space against the folded size.
2. Confirm the height range covers your knuckle height with room either side.
3. Compare working weight, not static capacity.
4. Decide whether you need extras such as a lifting backrest or end panels for seated work.
5. Set a budget: our tables currently run from about $389 to $749 CAD.

If you are unsure, our team is happy to talk through your practice and suggest two or three \
tables worth comparing.
"""

_HOT_STONES = """\
## Before the first treatment

New basalt stones arrive with a dusty, matte finish. Wash them in warm water with a mild, \
unscented soap, rinse well and dry them with a towel. Then rub each stone with a few drops of \
massage oil to bring up the dark, even colour and seal the surface. While you do this, check \
every stone for chips, cracks or rough spots. A stone with a crack can break when heated and \
should be retired.

## Heating safely

Always heat stones in water in a purpose-built stone heater. Microwaves, ovens and kitchen \
appliances heat unevenly and can leave one side of a stone dangerously hot. Line the floor of \
the heater with a towel or the mat supplied, so stones never rest directly on the heating \
plate, and never switch on a heater without water in it.

### Use a thermometer, every day

A digital display is a big help, but it measures the water near its sensor. Keep a separate \
probe thermometer beside the heater and check the water before each client. Stones also need \
time to match the water temperature, so let them sit for a while after the heater reaches its \
setting.

### Temperature ranges

- **Water for gliding stones:** about 50 to 55 °C is the usual working range.
- **Placement stones:** heat them in the same range, and always put a layer of fabric between \
the stone and the skin.
- **Above 60 °C:** too hot for skin contact. Many heaters can be set as high as 70 °C, but \
that setting is not meant for treatment.
- **Cold marble:** chill in the refrigerator or a bowl of ice water. Avoid the freezer, since \
stones below freezing can stick to or injure skin.

Test every stone on your own inner forearm before it touches a client, and keep hot stones \
moving until they have cooled a little. Ask about reduced sensation, diabetes, circulation \
problems, skin conditions, recent injuries and pregnancy during intake. Heat may not be \
appropriate for these clients, so check with a registered massage therapist or physician \
when in doubt.

> **Tip:** Heat retained in a large stone is deceptive. A sacral or leg stone can feel fine on \
your palm and still be too hot to rest on a client, so always use a barrier and recheck after a \
few minutes.

## Cleaning between clients

Oil, lotion and skin cells build up quickly. After each treatment:

1. Wipe or wash the stones in warm, soapy water to remove oil.
2. Rinse thoroughly so no soap residue goes back into the heater.
3. Disinfect with a product that is approved for hard surfaces and safe for stone, leaving it \
on for the contact time listed on the label.
4. Rinse again if the label calls for it, and let the stones air dry or return them to clean \
water.

Marble needs a gentler touch. It is softer and more porous than basalt, so skip vinegar, \
citrus and other acidic cleaners, and never leave marble soaking overnight.

## Caring for the heater

At the end of each day, switch the heater off, let it cool, then drain, rinse and dry the \
insert. Standing water leaves mineral scale and can grow bacteria. If scale does form, follow \
the manufacturer's instructions for descaling the insert, rinse it well afterwards and keep any \
acidic solution well away from marble stones. Replace the lining towel daily.

## Reconditioning and storage

Over months of washing, basalt can start to look grey and dry. A light rub with massage oil \
restores the finish. Store stones completely dry, sorted by size in a cloth bag or a padded \
drawer so they do not knock together and chip. Keep marble separate from basalt, and keep a \
simple count so small toe stones do not quietly disappear from the set.
"""

_MASSAGE_GUN = """\
## Start with who will use it

A percussion massager for a busy clinic has different priorities from one that lives in a gym \
bag. Before comparing numbers, decide who will hold it, on which muscles, and for how many \
minutes a day. Then the specifications on each product page start to mean something.

## The specifications, one by one

Every percussion massager is described with the same handful of figures. Here is what each \
one tells you.

### Amplitude: how deep each stroke goes

Amplitude is the distance the head travels with each stroke, measured in millimetres. Our range \
runs from 10 to 16 mm.

- **10 to 12 mm** feels lighter and suits the neck and shoulders, forearms, calves and clients \
who are new to percussion.
- **14 to 16 mm** reaches further into large, dense muscles such as the glutes, quads and \
hamstrings.

A bigger stroke is not always better. On a slim client or a bony area, a deep amplitude can \
feel jarring rather than helpful.

### Stall force: how hard you can press

Stall force is the pressure you can apply before the motor slows to a stop. It is usually quoted in \
pounds: our guns run from 25 lb (about 11 kg) on the compact travel model to 70 lb (about \
32 kg) on the articulating model. Most people \
doing self-care never come close to the top figure, but therapists leaning into large muscle \
groups several times a day will notice a motor that bogs down.

### Speed settings

More speeds give finer control, not more power. Four or five well-spaced settings are plenty \
for most home users. Therapists who build intensity slowly with nervous or sensitive clients \
often prefer a model with many small steps, such as the 20-speed clinic gun.

### Battery life and charging

Check both the runtime and how the battery is replaced. A single charge of two and a half to \
five hours covers most home use for a week or more. In a clinic, a swappable battery or a \
second battery on a dock means a flat unit never holds up the schedule.

### Noise level

Noise is listed in decibels. The difference between 42 and 62 dB sounds small on paper, but \
as a rule of thumb every 10 dB increase sounds roughly twice as loud. In a calm treatment room \
or a shared apartment, a quiet motor can matter more than a little extra stall force.

> **Tip:** If you use percussion mostly as a short warm-up before manual work, put noise and \
weight ahead of amplitude on your list.

## Weight, grip and attachments

Our guns weigh from about 0.45 kg to 1.3 kg. That gap is easy to ignore in a store and hard to \
ignore after ten minutes of work overhead. An articulating arm helps you reach the upper back \
and hips without bending your wrist. For attachments, a ball and a flat head cover most needs; \
a fork for either side of the spine, a narrow bullet for brief focused work and a soft \
dampener for bony areas are useful extras.

## Matching a gun to the person

1. **Travel and gentle self-care:** a compact model around 0.5 kg with a 10 mm stroke.
2. **Relaxation-focused practice:** a quiet, long-running model near 42 dB.
3. **Therapists who build pressure gradually:** many fine speed steps and plenty of heads.
4. **Sports and deep tissue clinics:** 16 mm amplitude, high stall force and swappable \
batteries.

Prices in our current range run from $149 to $549 CAD.

## Using any massage gun safely

Keep the device moving and spend one to two minutes on each area. Avoid the front and sides of \
the neck, the spine itself, bony points, recent injuries and anywhere that is swollen or \
inflamed. People with clotting disorders, who take blood thinners, who are pregnant or who have \
reduced sensation should check with a physician or registered massage therapist first. For \
more on combining percussion with focused pressure, see our article on \
[trigger-point therapy](/blog/trigger-point-therapy-stones-and-massage-guns/).
"""

_LINENS_AND_OILS = """\
## Why oils go off

Massage oils are made of fats, and fats react slowly with oxygen. Light, heat and air all \
speed that reaction up. The result is rancidity: an oil that smells stale, sticks to the skin \
and can leave a stubborn odour in your sheets.

Not every carrier ages at the same pace. Oils rich in polyunsaturated fats, such as grapeseed \
and sunflower, tend to turn sooner. Sweet almond sits in the middle. Fractionated coconut oil \
and jojoba are among the most stable options and are a good fit for slower-moving stock.

### Signs an oil has turned

- a sharp smell often compared to crayons, old paint or stale nuts
- a thicker, tacky feel instead of a clean glide
- a darker colour or cloudiness that was not there when the bottle was new

If you notice any of these, replace the oil rather than masking it with fragrance.

## Storing oils and lotions

Keep bulk containers closed, in a cool, dark cupboard, away from heaters, windows and the \
treatment room's warm corners. Decant into smaller pump bottles that you will finish within a \
few weeks, and wash and dry each bottle before refilling instead of topping up old oil with \
new. Write the opening date on every bulk jug, and use the oldest stock first.

Oil warmers are lovely for clients but hard on oil. Warm only what you expect to use that day, \
and do not leave a bottle sitting on the warmer overnight.

> **Tip:** A 3.78 L jug is economical only if you use it before it turns. Many solo therapists \
find that two smaller bottles a season leave less waste than one large jug.

## Washing massage linens

Oil that stays in fabric is what causes grey sheets and lingering smells. A few habits help:

1. Wash used linens the same day where you can, rather than leaving them in a hamper.
2. Pre-treat heavy oil patches with a degreasing detergent or a little dish soap.
3. Use the warmest water the care label allows. Cotton percale and flannel handle warm to hot \
water; microfibre and fleece prefer warm or cold with a low-heat dry.
4. Skip fabric softener and dryer sheets. They coat the fibres and trap oil and odour.
5. Do not overload the machine. Linens need room to move for the detergent to lift the oil.

Darker colours such as charcoal and sage hide oil marks better than white, which is worth \
considering for a busy clinic.

## A fire safety note for oily laundry

This one is easy to overlook. Fabric that has held oil can heat up on its own as the leftover \
oil oxidises, and washing does not always remove all of it. Warm linens pulled from a dryer \
and piled in a basket can, in rare cases, get hot enough to smoulder.

- Let the dryer finish its full cool-down cycle instead of stopping it early.
- Spread or fold linens as soon as they come out, rather than leaving them heaped.
- Never leave a dryer running unattended overnight or after closing.

## When to replace linens

With good care, a set of sheets lasts for many months of regular use. Retire linens that stay \
grey after washing, smell stale even when clean, or have thinned at the face cradle and \
corners. Plan on enough sets that every client gets fresh linens and the laundry can keep up.
"""

_WARM_TOWELS = """\
## Why warm towels are worth the effort

A warm, damp towel is one of the simplest upgrades to a massage. Wrapped around the feet at the \
start, it signals that the session has begun. At the end, it removes excess oil from the back \
or hands so clients leave feeling comfortable rather than slippery. Done carelessly, though, \
warm towels can scald skin or become a hygiene problem, so a clear routine matters.

## Preparing the towels

Use clean, plain cotton hand towels kept only for this purpose. Dampen them with clean water, \
wring them out until they no longer drip, and roll them neatly so they heat evenly and fit the \
rack.

If you like a hint of scent, add a single drop of essential oil to the water you dampen the \
towels in, never directly onto a towel. Ask every client first, and skip scent altogether \
for anyone with asthma, migraines or fragrance sensitivities.

## Heating with a towel cabinet

A towel cabinet is designed for this job. It holds a steady temperature, keeps towels enclosed \
and includes a drip tray for condensation. Our cabinet heats to around 80 °C, which means the \
towels inside are hotter than skin can safely tolerate straight from the rack.

### Why not the microwave?

Microwaves heat damp fabric unevenly and can leave scalding pockets of steam inside an \
otherwise warm towel. Towels with traces of massage oil can also scorch. A purpose-built \
cabinet is safer and far more predictable.

## The check before every towel touches skin

1. Lift the towel out with tongs or by a dry corner.
2. Shake it open fully to release trapped steam.
3. Test it on your own inner forearm for several seconds.
4. If it feels hot rather than warm, wave it gently or wait a moment and test again.
5. Hold it just above the client's skin first, then place it and ask how it feels.

> **Tip:** Never place a towel over the face or eyes until you have tested it, and leave the \
nose and mouth clear. Fold it so the client can lift it off easily.

The same forearm test applies to oil warmers and paraffin hand baths. Anything warmed for a \
client should be checked by hand before it is used.

## Clients who need extra care

Some people cannot judge heat reliably or have skin that burns more easily. Take extra care, \
or leave out warm towels, for clients who:

- have diabetes, neuropathy or other causes of reduced sensation
- are older or have thin, fragile skin
- have sunburn, rosacea, eczema flare-ups or broken skin
- have recently had a facial treatment, peel or other cosmetic procedure
- have an area that is red, swollen or recently injured

Ask about these at intake. If a client is unsure whether heat is appropriate for them, suggest \
they check with their physician or a registered massage therapist.

## Keeping the cabinet clean

A warm, damp box is an ideal home for bacteria and mould if it is neglected. Load only freshly \
laundered towels, and never return a used towel to the cabinet. At the end of each day, \
remove every towel, whether used or not, empty the drip tray, wipe the interior with a \
suitable disinfectant and leave the door open so it dries overnight. A built-in UV lamp is a \
helpful extra, but it does not replace daily cleaning.

Wash used towels in hot water with a degreasing detergent so oil does not build up, and dry \
them thoroughly before the next day's batch.
"""


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------

ARTICLES = [
    {
        "slug": "trigger-point-therapy-stones-and-massage-guns",
        "title": "Trigger-Point Therapy: Working Knots Safely with Stones and Massage Guns",
        "author": "claire-desrochers",
        "days_ago": 4,
        "excerpt": (
            "An RMT explains what trigger points are, where they tend to form, how to apply "
            "pressure with a stone or a percussion massage gun, and when to hold back."
        ),
        "seo_title": "Trigger-Point Therapy with Stones and Massage Guns",
        "seo_description": (
            "What trigger points are, where they form, how to use a stone or massage gun on "
            "them, and the pressure cautions every client should know."
        ),
        "categories": ["techniques"],
        "tags": ["trigger-points", "self-care", "percussion-therapy", "hot-stone"],
        "products": [
            "northpoint-pro-percussion-massager",
            "cedar-stone-basalt-starter-set-20-stones",
            "northpoint-hooked-trigger-point-cane",
            "cedar-stone-maple-thumb-saver",
        ],
        "hero_alt": "Smooth dark basalt stones and a percussion massager resting on a folded towel",
        "hero_colours": ("#7d9a8c", "#e8c07d"),
        "body": _TRIGGER_POINTS,
    },
    {
        "slug": "how-essential-oils-are-extracted",
        "title": "From Plant to Bottle: How Essential Oils Are Extracted",
        "author": "daniel-okafor",
        "days_ago": 17,
        "excerpt": (
            "Steam distillation, cold pressing and solvent extraction each produce a different "
            "kind of aromatic oil. Here is how they work, and how to dilute oils for massage."
        ),
        "seo_title": "How Essential Oils Are Extracted: Distillation to Absolutes",
        "seo_description": (
            "Steam distillation, cold pressing and absolutes explained, plus carrier oil "
            "choices and simple dilution guidelines for massage blends."
        ),
        "categories": ["aromatherapy"],
        "tags": ["essential-oils", "carrier-oils"],
        "products": [
            "aurora-fields-lavender-essential-oil-15-ml",
            "aurora-fields-sweet-orange-essential-oil-15-ml",
            "lumen-botanica-balsam-fir-essential-oil-15-ml",
            "lumen-botanica-fractionated-coconut-oil-500-ml",
        ],
        "hero_alt": "Amber glass dropper bottles beside sprigs of lavender and slices of orange peel",
        "hero_colours": ("#b7a6c9", "#f6a04d"),
        "body": _ESSENTIAL_OIL_EXTRACTION,
    },
    {
        "slug": "choosing-a-massage-table",
        "title": "How to Choose a Massage Table: Width, Height, Weight and Working Load",
        "author": "daniel-okafor",
        "days_ago": 31,
        "excerpt": (
            "Portable or stationary, 71 cm or 81 cm, aluminium or hardwood: a practical guide to "
            "the numbers that matter when you choose a massage table."
        ),
        "seo_title": "How to Choose a Massage Table: A Practical Buying Guide",
        "seo_description": (
            "Compare table width, height range, frame weight, foam and working load, and decide "
            "between a portable and a stationary massage table."
        ),
        "categories": ["equipment-guides"],
        "tags": ["massage-tables", "buying-guide"],
        "products": [
            "harbourline-aluminium-portable-table-71-cm",
            "cedar-stone-hardwood-portable-table-76-cm",
            "harbourline-wide-body-portable-table-81-cm",
            "tamarack-clinic-stationary-table",
        ],
        "hero_alt": "A portable massage table set up in a bright treatment room with a folded sheet",
        "hero_colours": ("#8fa9bf", "#d8b47e"),
        "body": _MASSAGE_TABLE,
    },
    {
        "slug": "caring-for-hot-stones",
        "title": "Caring for Hot Stones: Cleaning, Safe Heating and Storage",
        "author": "claire-desrochers",
        "days_ago": 46,
        "excerpt": (
            "Safe temperatures, daily cleaning and sensible storage keep basalt and marble "
            "stones comfortable for clients and in service for years."
        ),
        "seo_title": "Caring for Hot Stones: Cleaning, Heating and Storage",
        "seo_description": (
            "How to clean basalt and marble massage stones, heat them safely with a "
            "thermometer, care for your heater and store stones between treatments."
        ),
        "categories": ["care-maintenance", "techniques"],
        "tags": ["hot-stone", "heat-therapy", "clinic-hygiene"],
        "products": [
            "cedar-stone-hot-stone-kit-with-6-l-heater",
            "cedar-stone-18-l-professional-stone-heater",
            "cedar-stone-professional-basalt-set-45-stones",
            "cedar-stone-marble-cold-stone-set-18-stones",
        ],
        "hero_alt": "Rows of dark basalt stones drying on a white towel next to a stone heater",
        "hero_colours": ("#8a8580", "#c98b4a"),
        "body": _HOT_STONES,
    },
    {
        "slug": "choosing-a-percussion-massage-gun",
        "title": "Choosing a Percussion Massage Gun: Amplitude, Stall Force and Noise Explained",
        "author": "daniel-okafor",
        "days_ago": 63,
        "excerpt": (
            "Amplitude, stall force, speeds, battery life and noise decide how a massage gun "
            "feels in use. Here is what each number means and who it matters for."
        ),
        "seo_title": "Choosing a Massage Gun: Amplitude, Stall Force and Noise",
        "seo_description": (
            "What amplitude, stall force, speed settings, battery life and decibels mean on a "
            "percussion massage gun, and how to match a model to your needs."
        ),
        "categories": ["equipment-guides"],
        "tags": ["percussion-therapy", "buying-guide", "self-care"],
        "products": [
            "harbourline-quiet-drive-percussion-massager",
            "ridgeback-recovery-clinic-20-percussion-gun",
            "northpoint-elite-articulating-massager",
            "northpoint-mini-travel-massager",
        ],
        "hero_alt": "Three percussion massage guns of different sizes with their attachment heads",
        "hero_colours": ("#6f8fa6", "#e07a5f"),
        "body": _MASSAGE_GUN,
    },
    {
        "slug": "caring-for-massage-linens-and-oils",
        "title": "Fresh Sheets, Fresh Oil: Caring for Massage Linens and Oils",
        "author": "daniel-okafor",
        "days_ago": 84,
        "excerpt": (
            "Why massage oils turn rancid, how to store them, and how to wash linens so they "
            "stay fresh, plus an important fire safety note about oily laundry."
        ),
        "seo_title": "Caring for Massage Linens and Oils: Storage and Washing",
        "seo_description": (
            "Keep massage oils from going rancid and linens from smelling stale, with storage "
            "tips, washing steps and a fire safety note for oily laundry."
        ),
        "categories": ["care-maintenance"],
        "tags": ["linens", "carrier-oils", "clinic-hygiene"],
        "products": [
            "maplewell-flannel-sheet-set-sage",
            "maplewell-microfibre-sheet-set-charcoal",
            "lumen-botanica-fractionated-coconut-oil-500-ml",
            "maplewell-unscented-grapeseed-massage-oil-378-l",
        ],
        "hero_alt": "Neatly folded sage and charcoal massage sheets beside a pump bottle of oil",
        "hero_colours": ("#9caf88", "#f4efe1"),
        "body": _LINENS_AND_OILS,
    },
    {
        "slug": "warming-towels-safely",
        "title": "How to Warm Towels Safely for Massage Treatments",
        "author": "claire-desrochers",
        "days_ago": 109,
        "excerpt": (
            "Warm towels add comfort at the start and end of a session. A simple routine keeps "
            "them at a safe temperature and keeps your towel cabinet clean."
        ),
        "seo_title": "How to Warm Towels Safely for Massage",
        "seo_description": (
            "Prepare, heat and test warm towels safely, know which clients need extra care, "
            "and keep your hot towel cabinet clean and dry every day."
        ),
        "categories": ["techniques", "care-maintenance"],
        "tags": ["heat-therapy", "clinic-hygiene", "linens"],
        "products": [
            "tamarack-hot-towel-cabinet-23-l",
            "harbourline-triple-bottle-oil-lotion-warmer",
            "cedar-stone-paraffin-hand-bath-3-l",
        ],
        "hero_alt": "Rolled white hand towels stacked on the rack of an open towel warming cabinet",
        "hero_colours": ("#c9bfb2", "#5b7083"),
        "body": _WARM_TOWELS,
    },
]
