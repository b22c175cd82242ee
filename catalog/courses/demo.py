"""The demo store's online courses (issue 21), written for this store: the 30-day trigger-point
course with seven lessons and an eight-question quiz, and a shorter hot-stone course. Loading
again updates them in place and duplicates nothing.

No association is created: staff add the bodies that confirm they recognise a course, and until
then the product page says "Recognition: ask us"."""
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from oscar.core.loading import get_model

from catalog.courses.models import Course, Lesson, Question
from catalog.demo.loader import _partner, _save_image
from catalog.search import engine

CATEGORY = {"slug": "courses", "name": "Courses", "name_fr_ca": "Formations", "slug_fr_ca": "formations",
            "description": "Online continuing-education courses for massage therapists, read at your own pace.",
            "description_fr_ca": "Formations continues en ligne pour massothérapeutes, à suivre à votre rythme."}
PRODUCT_CLASS = {"slug": "online-course", "name": "Online course"}

TRIGGER_LESSONS = [
    {
        "title": "What trigger points are, and what they are not",
        "minutes": 25,
        "is_preview": True,
        "body": """\
## A working definition

A trigger point is a small, tender spot inside a taut band of skeletal muscle. Pressed, it is \
sore locally and often sends a sensation somewhere else: a dull ache, heaviness or tingling in \
a pattern that repeats from one person to the next. That distant sensation is called referred \
pain, and it is the feature that most often confuses clients. A headache felt behind the eye \
can come from the upper trapezius or the sternocleidomastoid; an ache along the outside of the \
thigh can come from the gluteus minimus.

Therapists usually describe two kinds. An **active** trigger point reproduces the client's \
familiar complaint, even at rest. A **latent** one is tender only when pressed and may limit \
range of motion or make a muscle tire early without causing pain the client notices day to day.

## What the research supports, and what it does not

Be honest with clients about the evidence. Tender spots in taut bands are easy to find and \
pressure on them often brings relief, but researchers still debate what they are physically, \
and studies show that therapists do not always agree on their exact location. Treat the \
concept as a useful clinical map, not a proven lesion. Avoid promises such as "releasing \
toxins" or "breaking up adhesions": those claims are not supported, and you do not need them.

## Why they form

Common contributors include sustained postures (desk work, driving), repetitive loading, a \
sudden overload or strain, poor sleep, stress, and guarding after an injury. The same habits \
tend to bring them back, which is why self-care and a follow-up plan matter as much as the \
session itself.

## How this course is organised

Over the next lessons you will learn to take a focused history and palpate for taut bands, \
apply ischemic compression at a tolerable pressure, follow release with stretching, teach \
clients simple self-care, recognise when to stop and refer, and write notes that another \
clinician could follow. Each lesson ends with a short practice task. Work on a willing \
colleague or a client who has consented to the technique, always within your scope of \
practice and the rules of your own regulatory body.

## Practice task

Write down three clients you have treated for neck or shoulder pain. For each, note where they \
felt the pain and where you found the most tender tissue. Keep the list; you will compare it \
with referral patterns in lesson 2.
""",
    },
    {
        "title": "Assessment and palpation",
        "minutes": 30,
        "body": """\
## Start with the history

Before you touch anyone, ask where the pain is, when it started, what makes it better or \
worse, and whether it wakes them at night. Ask about recent injuries, surgeries, medications \
(blood thinners in particular), pregnancy, and any diagnosis they have received. Ask them to \
draw or point to the painful area: referred pain maps are easier to recognise from a drawing \
than from a description.

Screen for red flags at this stage, not after the session: unexplained weight loss, fever, \
pain that is constant and unchanged by position, numbness or weakness that is spreading, loss \
of bladder or bowel control, or a history of cancer. Any of these means you stop and refer \
(lesson 6).

## Look and move

Observe posture and compare sides. Test active range of motion and note where movement stops \
and whether it reproduces the complaint. A shortened muscle often limits the movement that \
would lengthen it; for example, a restricted upper trapezius often limits side bending to the \
opposite side.

## Palpation

Use flat palpation for muscles you can press against bone, such as the infraspinatus: glide \
your fingertips across the fibres, not along them, with moderate pressure. Use pincer \
palpation for muscles you can lift, such as the upper trapezius or the sternocleidomastoid: \
hold the muscle between thumb and fingers and roll it slowly.

You are feeling for three things:

1. a **taut band**, a cord-like strip firmer than the tissue around it;
2. a **spot of maximal tenderness** along that band;
3. the client's report of **familiar pain**, locally or referred.

A brief twitch of the band when you snap across it may occur, but do not chase it. Ask the \
client to rate tenderness from 0 to 10 and record the number: it is your baseline.

## Communication

Agree on a signal before you begin. Explain that you will press on tender areas, that the \
pressure should stay at a level they can relax into, and that they can ask you to ease off at \
any time. Consent can be withdrawn mid-session; respect it immediately.

## Practice task

On a consenting colleague, palpate the upper trapezius and infraspinatus on both sides. Note \
any taut bands, their tenderness rating, and any referral the colleague describes.
""",
    },
    {
        "title": "Ischemic compression, step by step",
        "minutes": 30,
        "body": """\
## What the technique is

Ischemic compression (also taught as trigger-point pressure release) means holding sustained, \
direct pressure on the tender spot until the tissue softens or the tenderness eases. The name \
comes from the blanching of the skin under pressure; the point is not to cut off circulation \
for long, and the pressure is released as soon as the tissue responds.

## Position and preparation

Position the client so the muscle is supported and slightly lengthened, short of discomfort. \
Warm the area first with a few minutes of effleurage and petrissage: warm tissue tolerates \
pressure better and you learn more about it as you go.

## The steps

1. Locate the tender spot in the taut band, as in lesson 2.
2. Apply pressure with a thumb, finger pad, knuckle or a smooth tool, slowly, until the client \
reports discomfort of about 5 to 7 out of 10 that they can breathe through. Never push into \
sharp, burning or electric pain.
3. Hold. Ask the client to breathe slowly. Within 30 to 90 seconds the tension under your hand \
usually lessens.
4. As the tissue yields, follow it: increase pressure slightly to meet the new barrier, staying \
inside the same comfort level.
5. Release slowly. Reassess tenderness on the 0 to 10 scale.
6. Repeat up to three times on the same point if it keeps improving. If nothing changes after \
two or three attempts, move on: more force is not the answer.

## Protecting yourself

Stack your joints behind the contact point and use your body weight rather than thumb strength. \
Alternate contacts, and use a tool for deep or broad areas. Therapists who rely on their \
thumbs all day often develop pain of their own.

## After the pressure

Follow with gentle stroking over the area to reduce soreness, then lengthen the muscle (lesson \
4). Tell the client that mild tenderness for a day or two is common, and that bruising, \
numbness or pain that worsens are not expected and should be reported to you.

## Practice task

Treat one upper trapezius point on a consenting colleague. Record the starting rating, the \
number of holds, the hold times and the rating after.
""",
    },
    {
        "title": "Stretching after release",
        "minutes": 25,
        "body": """\
## Why stretch afterwards

Pressure can reduce tenderness for a while, but the muscle will settle back to its habitual \
length unless it is taken through its range. Gentle lengthening right after release helps the \
client feel the new range and gives you a second measure of change.

## Principles

- **Slow and pain-free.** Move to the first point of resistance, never into pain.
- **Let the client breathe.** Ask for a slow exhale as you take up slack.
- **Hold 20 to 30 seconds**, two or three times.
- **Stay within a normal range.** Clients with hypermobility, recent injuries or joint \
replacements need extra care and smaller ranges.

## Contract-relax

A simple post-isometric approach works well for most muscles:

1. Take the muscle to a comfortable first barrier.
2. Ask the client to push gently against your hand, about 10 to 20 percent of their effort, \
for five to seven seconds, without moving the joint.
3. Ask them to relax and breathe out.
4. Take up the new slack, without forcing.
5. Repeat two to three times.

## Examples

**Upper trapezius:** client seated or supine; side-bend the head away and rotate slightly \
toward the treated side, with the shoulder stabilised. **Levator scapulae:** rotate the head \
away and flex slightly, as if looking toward the opposite pocket. **Piriformis:** supine, hip \
and knee bent, draw the knee toward the opposite shoulder until a mild pull is felt in the \
buttock.

Support the neck fully in every neck stretch and avoid end-range rotation combined with \
extension. If the client reports dizziness, visual changes, or pain or tingling spreading \
down the arm, stop at once and do not repeat the stretch.

## Reassess

Repeat the movement test you used in lesson 2. Record the range before and after, and the \
tenderness rating. Change in range is often more convincing to a client than any description \
you give.

## Practice task

Take a consenting colleague through contract-relax for the upper trapezius on one side only. \
Compare side-bending range between the two sides before and after.
""",
    },
    {
        "title": "Self-care to teach your clients",
        "minutes": 25,
        "body": """\
## Why self-care matters

The habits that created a trigger point are usually still in place after the session. A few \
minutes of self-care between appointments helps the client keep the gains and gives them a \
sense of control. Keep it short: two or three exercises a client will actually do beat a page \
of instructions they will lose.

## Self-pressure

Show clients how to use a ball, a trigger-point cane or a massage stone:

- Place the tool on the tender spot, or lean into it against a wall or the floor.
- Press to a level they rate 5 or less out of 10, and breathe slowly for 30 to 60 seconds.
- Move to the next spot; no more than a few minutes per area, once or twice a day.
- Avoid the front and sides of the neck, the spine itself, and anywhere with bruising, \
varicose veins or numbness.

A massage gun can help on large muscles such as the thighs or calves at a low setting, kept \
moving, for a minute or two per area. It is not for the neck, bony areas or over a recent \
injury.

## Gentle stretching

Give one stretch per treated muscle, held 20 to 30 seconds, twice a day. Demonstrate it, watch \
the client do it, and correct them before they leave.

## Warmth and movement

A warm shower or a heat pack for 15 to 20 minutes can ease tightness. Frequent short breaks \
from sitting, and changes of position during long tasks, are often more useful than any single \
exercise.

## Handouts

Give written instructions with drawings or photos. Include how often, how hard, and when to \
stop: sharp pain, numbness, tingling or symptoms that spread mean they should stop and contact \
you or their physician.

## Stay in your scope

You can advise on self-massage, stretching and general activity. Diagnosing conditions, \
recommending medication or prescribing specific rehabilitation programmes may fall outside \
your scope; refer to a physician or physiotherapist where needed.

## Practice task

Write a one-page handout for a client with upper trapezius trigger points: one self-pressure \
exercise, one stretch and one habit change, each with how often and when to stop.
""",
    },
    {
        "title": "Contraindications and when to refer",
        "minutes": 25,
        "body": """\
## Why this lesson matters

Most trigger-point work is low risk, but direct sustained pressure is not appropriate for \
everyone, and some symptoms that look muscular are not. Knowing when not to treat protects \
your clients and your practice.

## Do not treat the area, and refer

- Suspected deep vein thrombosis: a warm, swollen, tender calf or thigh, especially after \
surgery, a long trip or immobility. Do not massage; advise urgent medical care.
- Acute injury with swelling, suspected fracture or a torn muscle.
- Infection, fever, open wounds, or skin conditions in the area.
- Over a known tumour, or during cancer treatment without guidance from the client's care team.
- Recent surgery at the site, until cleared by the surgeon.

## Adapt and use lighter pressure

- Clients on blood thinners or with bleeding disorders: bruise easily; use light pressure only.
- Osteoporosis: avoid heavy pressure over bone, especially ribs and spine.
- Diabetes with reduced sensation: clients may not feel excessive pressure; check often.
- Pregnancy: position with care, avoid prone lying later in pregnancy, and be gentle around \
the lower legs.
- Varicose veins: avoid direct pressure over them.
- Older clients and anyone with fragile skin.

## Red flags that need a physician

Stop and refer if a client reports pain that is constant and unchanged by rest or position, \
night pain that wakes them, unexplained weight loss, fever, progressive numbness or weakness, \
loss of bladder or bowel control, chest pain or shortness of breath, or a sudden severe \
headache. These are not trigger-point presentations, and delay can be dangerous.

## How to refer

Explain calmly what you noticed and why you think a physician should see it, without \
diagnosing. Write the referral down in your notes. If it is urgent, tell the client to seek \
care today and help them do so.

## When the work is not helping

If symptoms are unchanged after three or four sessions, or are getting worse, reassess and \
consider referral. Continuing to apply the same technique with more force is not a plan.

## Practice task

List the three contraindications you most often meet in your practice and write the exact \
words you would use to explain a referral for each.
""",
    },
    {
        "title": "Documenting a session",
        "minutes": 20,
        "body": """\
## Why notes matter

Clear notes show what you did and why, let you measure progress, help a colleague take over, \
and protect you if a question ever arises. Your regulator or insurer may set specific record \
rules; follow them, and keep records private and secure.

## A simple structure: SOAP

**Subjective:** what the client reports. Location of pain, when it started, what helps, what \
worsens it, their 0 to 10 rating, and their goal for the session. Record health changes and \
medications, and note that consent was given for the techniques you plan.

**Objective:** what you observe and measure. Posture, range of motion with numbers or clear \
descriptions, taut bands found, tenderness ratings per point, referral patterns reproduced.

**Assessment:** your clinical reasoning. Which muscles seem involved, how the findings match \
the complaint, and how the tissue responded, with before-and-after ratings and ranges.

**Plan:** what comes next. Self-care given (which exercises, how often), the recommended \
interval before the next visit, what you will reassess, and any referral made.

## An example entry

> S: Right-sided neck ache for 3 weeks, worse after computer work, 6/10. Goal: turn head while \
> driving without pain. No new medications. Consent given for trigger-point pressure and stretching.
>
> O: Left side-bend limited, about half of the right. Taut band right upper trapezius, \
> tender 7/10, refers to right temple.
>
> A: Findings consistent with upper trapezius involvement. After 3 holds of about 60 s and \
> contract-relax: tenderness 3/10, side-bend close to symmetrical.
>
> P: Ball self-pressure and side-bend stretch twice daily; hourly breaks from the desk. \
> Reassess in 1 week.

## Good habits

Write notes on the same day. Be factual and specific; avoid labels you are not qualified to \
give. Correct mistakes by adding a dated amendment, never by erasing.

## Practice task

Write a full SOAP entry for the colleague you treated in lessons 3 and 4.
""",
    },
]

TRIGGER_QUIZ = [
    ("What distinguishes an active trigger point from a latent one?",
     [("An active point reproduces the client's familiar pain, even at rest", True),
      ("A latent point is always more tender when pressed", False),
      ("An active point can only be found with a tool", False)]),
    ("Which palpation suits a muscle you can lift between thumb and fingers, like the upper trapezius?",
     [("Flat palpation against bone", False), ("Pincer palpation", True),
      ("Tapping with the fingertips", False), ("No palpation: observation only", False)]),
    ("During ischemic compression, what pressure should the client feel?",
     [("Sharp pain they must hold their breath through", False),
      ("Discomfort of about 5 to 7 out of 10 that they can breathe through", True),
      ("Nothing at all", False)]),
    ("A point has not changed after two or three holds. What do you do?",
     [("Press harder until it releases", False), ("Hold it for ten minutes", False),
      ("Move on and reassess; more force is not the answer", True)]),
    ("In contract-relax, how hard does the client push against your hand?",
     [("About 10 to 20 percent of their effort", True), ("As hard as they can", False),
      ("They do not push; you do all the work", False)]),
    ("A client has a warm, swollen, tender calf after a long flight. What is right?",
     [("Work the calf gently to improve circulation", False),
      ("Do not massage it and advise urgent medical care", True),
      ("Use a massage gun on a low setting", False), ("Apply heat and stretch", False)]),
    ("Which area should clients avoid when using a ball or cane for self-pressure?",
     [("The thighs", False), ("The front and sides of the neck", True), ("The calves", False)]),
    ("In a SOAP note, where do the tenderness ratings before and after treatment belong?",
     [("Only in the Plan", False), ("Objective findings and the Assessment of the response", True),
      ("Nowhere: ratings are subjective and not recorded", False)]),
]

HOT_STONE_LESSONS = [
    {"title": "Stones, heaters and temperature", "minutes": 20, "is_preview": True, "body": """\
## The equipment

Basalt stones hold heat well and have a smooth surface. Heat them in water in a heater with a \
thermostat, never in a microwave or an oven, where hot spots can burn. Keep a thermometer in \
the water and check it, rather than trusting the dial.

## Temperature

Most therapists work with water between roughly 50 and 55 °C. Test every stone on the inside \
of your own forearm before it touches a client, keep the stone moving, and place a sheet or \
towel between a hot stone and the skin for stationary placements. The client's feedback \
decides: ask, and cool or remove a stone at once if they say it is too hot.

## Hygiene

Clean stones after each client with soap and water and dry them; change the heater water \
regularly and disinfect the heater as its maker recommends.
"""},
    {"title": "Who should not receive hot stone massage", "minutes": 15, "body": """\
## Check before you heat anything

Heat is not suitable for everyone. Do not use hot stones with clients who have reduced \
sensation (for example diabetic neuropathy), who take medications that affect skin or \
circulation, who have a fever, an infection, acute inflammation, a sunburn, or a recent \
injury, or who are pregnant, unless their physician has agreed. Avoid varicose veins and \
areas of broken skin. Clients with heart conditions or high blood pressure should check with \
their physician first.

When in doubt, offer a massage without stones, or cool stones only.
"""},
    {"title": "Placement and gliding strokes", "minutes": 25, "body": """\
## Placement

Stationary stones can rest on a towel along the back, in the palms or between the toes. Never \
place a client's body weight on hot stones lying under them without a barrier, and never \
leave a client lying on stones they cannot feel clearly.

## Gliding

Oil the skin, hold the stone flat in your palm, and glide with long, even strokes, keeping the \
stone moving. Switch stones as they cool, and keep your own hands protected by working from \
the heater with a slotted spoon or gloves.
"""},
    {"title": "Ending the session and aftercare", "minutes": 15, "body": """\
## Finishing

Remove every stone and count them back. Check the skin for redness that does not fade within \
a few minutes; record anything unusual and follow up with the client.

## Aftercare

Suggest water, a slow return to activity, and no hot bath or sauna straight after. Note the \
water temperature, areas treated and the client's comfort in your session record.
"""},
]

HOT_STONE_QUIZ = [
    ("How should basalt stones be heated?",
     [("In a microwave", False), ("In water in a heater with a thermostat", True), ("In an oven", False)]),
    ("Before a stone touches a client, you:",
     [("Test it on the inside of your own forearm", True), ("Ask the client to hold it first", False),
      ("Trust the heater's dial", False)]),
    ("Which client should not receive hot stones without their physician's agreement?",
     [("A client with diabetic neuropathy", True), ("A client with tired shoulders", False),
      ("A client who runs twice a week", False)]),
    ("For a stationary placement on the back, what goes between the stone and the skin?",
     [("Nothing", False), ("A sheet or towel", True), ("A layer of oil only", False)]),
    ("When a client says a stone is too hot, you:",
     [("Keep it moving faster", False), ("Cool or remove it at once", True),
      ("Explain that heat is part of the treatment", False)]),
    ("At the end of the session:",
     [("Remove and count every stone, and check the skin", True), ("Leave the stones to cool on the client", False),
      ("Suggest a sauna straight after", False)]),
]

COURSES = [
    {
        "upc": "BB-COURSE-TRIGGER-30",
        "title": "Trigger Points Massage Therapy: a 30-day course",
        "title_fr_ca": "Massothérapie des points gâchettes : une formation de 30 jours",
        "description": "<p>A practical online course for massage therapists: what trigger points are, how to "
                       "find them, how to release them safely with ischemic compression and stretching, what to "
                       "teach clients for self-care, when to refer, and how to document the session.</p>",
        "description_fr_ca": "<p>Une formation pratique en ligne pour massothérapeutes : ce que sont les points "
                             "gâchettes, comment les repérer, les relâcher de façon sécuritaire par compression "
                             "ischémique et étirements, quels soins enseigner aux clients, quand diriger vers un "
                             "autre professionnel et comment documenter la séance.</p>",
        "price": Decimal("249.00"),
        "image": {"shape": "package", "colour": "#2f5d62", "accent": "#e8c07d"},
        "instructor": "Maya Tremblay, RMT",
        "instructor_bio": "Maya has treated clients with neck, back and sports injuries for fifteen years and "
                          "teaches palpation and documentation to newer therapists.",
        "hours": Decimal("12.0"), "credits": Decimal("8.0"), "access_days": 30,
        "lessons": TRIGGER_LESSONS, "quiz": TRIGGER_QUIZ,
    },
    {
        "upc": "BB-COURSE-HOT-STONE-15",
        "title": "Hot stone massage: safe technique",
        "title_fr_ca": "Massage aux pierres chaudes : une technique sécuritaire",
        "description": "<p>A short online course on heating stones safely, checking who should not receive "
                       "heat, placing and gliding stones, and aftercare.</p>",
        "description_fr_ca": "<p>Une courte formation en ligne : chauffer les pierres de façon sécuritaire, "
                             "savoir à qui la chaleur ne convient pas, placer et faire glisser les pierres, et "
                             "les soins après la séance.</p>",
        "price": Decimal("149.00"),
        "image": {"shape": "package", "colour": "#5b3a29", "accent": "#d9a441"},
        "instructor": "Luc Gagnon, RMT",
        "instructor_bio": "Luc has offered hot stone massage in spa and clinic settings for ten years.",
        "hours": Decimal("4.0"), "credits": Decimal("3.0"), "access_days": 15,
        "lessons": HOT_STONE_LESSONS, "quiz": HOT_STONE_QUIZ,
    },
]


def _category():
    Category = get_model("catalogue", "Category")
    fields = {k: v for k, v in CATEGORY.items() if k != "slug"}
    category = Category.objects.filter(slug=CATEGORY["slug"]).first()
    if category is None:
        return Category.add_root(slug=CATEGORY["slug"], is_public=True, **fields)
    for name, value in fields.items():
        setattr(category, name, value)
    category.save()
    return category


def _course(spec, product_class, category, partner):
    Product = get_model("catalogue", "Product")
    ProductCategory = get_model("catalogue", "ProductCategory")
    StockRecord = get_model("partner", "StockRecord")
    product, _ = Product.objects.update_or_create(upc=spec["upc"], defaults={
        "title": spec["title"], "slug": slugify(spec["title"]), "description": spec["description"],
        "title_fr_ca": spec["title_fr_ca"], "slug_fr_ca": slugify(spec["title_fr_ca"]),
        "description_fr_ca": spec["description_fr_ca"], "product_class": product_class,
        "structure": Product.STANDALONE, "is_public": True,
    })
    ProductCategory.objects.get_or_create(product=product, category=category)
    StockRecord.objects.update_or_create(product=product, partner=partner, defaults={
        "partner_sku": spec["upc"], "price": spec["price"],
        "price_currency": settings.OSCAR_DEFAULT_CURRENCY, "num_in_stock": None,
    })
    _save_image(product, spec["image"], refresh=False)
    course, _ = Course.objects.update_or_create(product=product, defaults={
        key: spec[key] for key in ("instructor", "instructor_bio", "hours", "credits", "access_days")})
    for position, lesson in enumerate(spec["lessons"], start=1):
        Lesson.objects.update_or_create(course=course, position=position, defaults={
            "title": lesson["title"], "body": lesson["body"], "minutes": lesson["minutes"],
            "is_preview": lesson.get("is_preview", False)})
    course.lessons.filter(position__gt=len(spec["lessons"])).delete()
    for position, (text, choices) in enumerate(spec["quiz"], start=1):
        question, _ = Question.objects.update_or_create(course=course, position=position, defaults={"text": text})
        question.choices.all().delete()
        question.choices.bulk_create([question.choices.model(question=question, text=t, correct=c)
                                      for t, c in choices])
    course.questions.filter(position__gt=len(spec["quiz"])).delete()
    return course


def load_courses(say=print):
    """The "Courses" category, the "Online course" product class and the demo courses."""
    ProductClass = get_model("catalogue", "ProductClass")
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        product_class, _ = ProductClass.objects.update_or_create(slug=PRODUCT_CLASS["slug"], defaults={
            "name": PRODUCT_CLASS["name"], "requires_shipping": False, "track_stock": False})
        category = _category()
        partner = _partner()
        courses = [_course(spec, product_class, category, partner) for spec in COURSES]
    engine.refresh([course.product_id for course in courses])  # their search documents
    say(f"Courses: {len(courses)} ({sum(len(s['lessons']) for s in COURSES)} lessons)")
    return {"courses": len(courses)}
