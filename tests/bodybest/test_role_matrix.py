"""Staff roles (bodybest/roles.py), the whole matrix: every URL pattern under /dashboard/ and
/admin/ (walked from the resolver, arguments filled with one of each object) opened by each
role, a customer and a superuser, and each answer checked against EXPECTED, written from issue
19's words rather than from roles.ROLES; never a 500. A pattern whose arguments this module
cannot fill must be in SKIP, so the matrix cannot shrink without a line here saying why."""
import re
from decimal import Decimal as D

import pytest
from django.contrib.admin.sites import site
from django.contrib.auth.models import Group
from django.contrib.flatpages.models import FlatPage
from django.test import Client
from django.utils import timezone
from django.urls import URLPattern, URLResolver, get_resolver
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories

from blog.newsletter.models import ArticleSend, Subscriber
from bodybest import roles
from bodybest.models import OldLink
from catalog.shopify.models import ImportJob
from checkout.models import ReturnLine, ReturnRequest
from tests import factories
from tests.catalog.test_price_match_staff import match_request

pytestmark = pytest.mark.django_db

F, C, S, O = roles.FULFILMENT, roles.CONTENT, roles.CUSTOMER_SERVICE, roles.OWNER
CUSTOMER, SUPERUSER = "Customer", "Superuser"
EVERYONE = [F, C, S, O, CUSTOMER, SUPERUSER]
STAFF = {F, C, S, O}

# Our own pages other helpers are adding while this matrix is written (packing slip, pick
# list, late orders): walked for no 500 and no customer let in; their tests hold their rules.
OTHERS = ("packing", "pick-list", "late-order")

# The dashboard, from the issue: (URL name or its start, who opens it). Read top to bottom,
# the first match wins, so a narrower name comes before its wider one.
DASHBOARD = [
    ("dashboard:index", STAFF),
    # Orders: Fulfilment works them, Customer service reads them, the Owner everything.
    ("dashboard:order-shipping-address", {F, O}),  # changes the order: not Customer service
    ("dashboard:order-detail-note", {F, O}),
    ("order-ship", {F, O}),  # shipments: Fulfilment's
    ("order-refund", {S, O}),  # refunds: Customer service's (and not Fulfilment's)
    ("dashboard-order-", {F, S, O}),  # invoices and credit notes: part of reading an order
    ("dashboard:order-", {F, S, O}), ("order-list", {F, S, O}), ("order-detail", {F, S, O}),
    ("returns-dashboard:", {F, S, O}),  # returns: both Fulfilment and Customer service
    ("chat-inbox:", {S, O}),  # Chat with us: Customer service answers shoppers
    # Courses: Content writes them and reads the figures; Customer service also grants access,
    # extends windows and refunds (issue 21).
    ("courses-dashboard:grant", {S, O}), ("courses-dashboard:extend", {S, O}),
    ("courses-dashboard:refund", {S, O}), ("courses-dashboard:", {C, S, O}),
    # Content: products, categories, product types, options, stock alerts, reviews, store pages.
    ("dashboard:catalogue-", {C, O}), ("dashboard:stock-alert", {C, O}),
    ("dashboard:reviews-", {C, O}), ("reviews-list", {C, O}),
    ("dashboard:page-", {C, O}),
    ("old-links-dashboard:", {C, O}), ("shopify-import-dashboard:", {C, O}),
    # Customer service's price matches; Content's blog includes its newsletter mailings (the
    # test mail), Customer service reads the figures and the subscribers.
    ("price-match-dashboard:", {S, O}),
    ("newsletter-dashboard:subscribers", {S, O}),
    ("newsletter-dashboard:send-test", {C, O}),
    ("newsletter-dashboard:", {C, S, O}),
    # Offers, vouchers, ranges, partners, customers' accounts and alerts, mail templates,
    # reports, shipping charges: none of the three roles' words name them: the Owner's.
    ("dashboard:offer-", {O}), ("dashboard:voucher-", {O}), ("dashboard:range-", {O}),
    ("dashboard:partner-", {O}), ("dashboard:user", {O}), ("users-index", {O}),
    ("dashboard:comms-", {O}), ("dashboard:reports-", {O}), ("dashboard:shipping-method", {O}),
]

# The admin by app label (or "label.model"): who reads its pages and who adds and deletes.
# (readers, writers), or (readers, adders, deleters); the first match wins.
ADMIN = [
    # Orders: Fulfilment changes them (notes, shipping events, status changes are theirs to add);
    # Customer service reads them; nobody but the Owner adds or deletes an order.
    ("order.ordernote", ({F, S, O}, {F, O})), ("order.shippingevent", ({F, S, O}, {F, O})),
    ("order.orderstatuschange", ({F, S, O}, {F, O})),
    ("order.", ({F, S, O}, {O})),
    ("checkout.cardpayment", ({F, S, O}, {O})), ("checkout.ordertax", ({F, S, O}, {O})),
    # The return window and the categories not returnable are the store's rules: the Owner's.
    ("checkout.returnpolicy", ({O}, {O})), ("checkout.returnexclusion", ({O}, {O})),
    ("checkout.", ({O}, {O})),  # Stripe's events, tax rates
    ("catalogue.", ({C, O}, {C, O})), ("partner.stockrecord", ({C, O}, {C, O})),
    ("reviews.", ({C, O}, {C, O})), ("blog.", ({C, O}, {C, O})),
    ("flatpages.", ({C, O}, {C, O})), ("bodybest.oldlink", ({C, O}, {C, O})),
    ("price_match.pricematchrequest", ({S, O}, {S, O})), ("price_match.policy", ({S, O}, {O})),
    ("chat.cannedanswer", ({S, O}, {S, O})),  # the chat's canned answers: Customer service's
    # Courses: Content writes them; Customer service grants enrolments (but deletes none); the
    # refund policy and certificates are the Owner's. (readers, adders, deleters)
    ("courses.enrolment", ({C, S, O}, {S, O}, {O})),
    ("courses.certificate", ({C, S, O}, {O})), ("courses.refundpolicy", ({C, S, O}, {O})),
    ("courses.", ({C, S, O}, {C, O})),
    # Everything else (users, groups, partners, vouchers, contact messages, Shopify customers,
    # baskets, analytics, mail, sign-in attempts, sites, shipping): the Owner's.
    ("", ({O}, {O})),
]

# Admin models the fixture makes no row of: their list and add pages are walked, not one row's.
NO_ROWS = {model: "nothing in this walk makes one" for model in (
    "address.useraddress", "analytics.productrecord", "analytics.userproductview",
    "analytics.userrecord", "analytics.usersearch", "axes.accessattempt", "axes.accessfailurelog",
    "axes.accesslog", "basket.lineattribute", "blog.shopifyarticle", "bodybest.contactmessage",
    "bodybest.shopifycustomer", "checkout.cardpayment", "checkout.ordertax",
    "checkout.returnexclusion", "checkout.stripeevent", "communication.email",
    "courses.association", "courses.certificate", "courses.question",
    "communication.notification", "mail.outgoingmail", "order.billingaddress",
    "order.communicationevent", "order.lineattribute", "order.orderdiscount",
    "order.paymentevent", "order.paymenteventtype", "order.shippingaddress", "order.surcharge",
    "payment.bankcard", "payment.source", "payment.sourcetype", "payment.transaction",
    "reviews.vote", "shipping.orderanditemcharges", "voucher.voucherapplication",
    "wishlists.line", "wishlists.wishlist", "wishlists.wishlistsharedemail")}

# Patterns not walked, by route: why.
SKIP = {
    "dashboard/login/": "the sign-in page: open to everyone",
    "dashboard/logout/": "signs the walker out",
    "admin/login/": "the sign-in page: open to everyone",
    "admin/logout/": "signs the walker out",
    "admin/password_change/done/": "a thank-you page for any staff member",
    "admin/r/<path:content_type_id>/<path:object_id>/":
        "the admin's view-on-site jump to the storefront, for any staff member",
    "admin/catalogue/category/jsi18n/": "the category tree's JavaScript translations, for anyone",
    "admin/(?P<url>.*)$": "the admin's catch-all: a 404 for any path it does not know",
    "admin/autocomplete/": "answers only with a model and field in its query (tested by Django)",
    "dashboard/orders/<str:number>/credit-notes/<int:note>.pdf":
        "a credit note is made by a refund; tests/checkout/test_invoices.py opens one",
    "dashboard/price-match/<int:pk>/screenshot/":
        "needs a stored screenshot file; tests/catalog/test_price_match_staff.py opens one",
    "dashboard/partners/<int:partner_pk>/users/<int:user_pk>/unlink/": "takes a POST only (Oscar)",
}


def patterns(found=None, prefix="", namespace=""):
    """(route, URL name) of every pattern, the route as the resolver's pieces joined."""
    for pattern in get_resolver().url_patterns if found is None else found:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from patterns(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            yield route, namespace + (pattern.name or "?" + route.rstrip("/").rsplit("/", 1)[-1])


def staff_patterns():
    return sorted({(route, name) for route, name in patterns()
                   if route.lstrip("^").startswith(("dashboard/", "admin/"))})


ARGUMENT = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def admin_model(route):
    """The admin's model of an admin route, or None for the admin's own pages."""
    for model in site._registry:
        if route.startswith(f"admin/{model._meta.app_label}/{model._meta.model_name}/"):
            return model
    return None


def model_key(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def fill(route, name, t):
    """The path of a route with its arguments filled from the objects `t`, or None."""
    values = {}
    for match in ARGUMENT.finditer(route):
        argument = match.group(1) or match.group(2)
        value = argument_value(route, name, argument, t)
        if value is None:
            return None
        values[match.group(0)] = str(value)
    path = route
    for piece, value in values.items():
        path = path.replace(piece, value, 1)
    path = re.sub(r"\(\?!.*?\)", "", path).replace("^", "").replace("$", "")
    return "/" + path


# URL name start -> the object whose pk its `pk` argument takes.
PK_OF = [
    ("dashboard:catalogue-product", "product"), ("dashboard:catalogue-category", "category"),
    ("dashboard:catalogue-class", "product_class"), ("dashboard:catalogue-attribute", "option_group"),
    ("dashboard:catalogue-option", "option"), ("dashboard:user-alert", "alert"),
    ("dashboard:user", "customer"), ("dashboard:page-", "page"), ("dashboard:partner-", "partner"),
    ("dashboard:offer-", "offer"), ("dashboard:range-", "range"), ("dashboard:reviews-", "review"),
    ("dashboard:voucher-set", "voucher_set"), ("dashboard:voucher-", "voucher"),
    ("dashboard:shipping-method-band", "band"), ("dashboard:shipping-method", "method"),
    ("newsletter-dashboard:", "article"), ("price-match-dashboard:", "match"),
    ("shopify-import-dashboard:", "job"), ("old-links-dashboard:", "link"),
    ("returns-dashboard:", "return"), ("chat-inbox:", "conversation"),
    ("courses-dashboard:course", "course_product"), ("courses-dashboard:", "enrolment"),
]
# Other arguments, by name.
ARGUMENTS = {
    "number": lambda t: t["order"].number, "line_id": lambda t: t["order"].lines.first().pk,
    "note_id": lambda t: t["note"].pk, "parent_pk": lambda t: t["product"].pk,
    "parent": lambda t: t["category"].pk, "product_class_slug": lambda t: t["product_class"].slug,
    "partner_pk": lambda t: t["partner"].pk, "user_pk": lambda t: t["partner_user"].pk,
    "method_pk": lambda t: t["method"].pk, "slug": lambda t: t["event_type"].code,
    "parent_id": lambda t: t["category"].pk, "app_label": lambda t: "order",
    "id": lambda t: t["customer"].pk,
}


def argument_value(route, name, argument, t):
    if argument == "object_id":
        model = admin_model(route)
        row = model.objects.order_by("pk").first() if model else None
        return row.pk if row else None
    if argument == "pk":
        for start, key in PK_OF:
            if name.startswith(start):
                return t[key].pk
        return None
    maker = ARGUMENTS.get(argument)
    return maker(t) if maker else None


@pytest.fixture
def things(django_user_model):
    """One of each object the staff pages take, and the order's satellites the admin lists."""
    category = factories.category()
    product = factories.product(in_category=category)
    customer = django_user_model.objects.create_user(
        username="shopper", email="shopper@example.ca", password="pw-shopper-1991")
    order = oscar_factories.create_order(
        number="100950", user=customer, shipping_address=oscar_factories.ShippingAddressFactory())
    order.status = "Paid"
    order.save()
    partner = product.stockrecords.first().partner
    partner_user = django_user_model.objects.create_user(
        username="partner-staff", email="partner@bodybest.ca", password="pw-partner-1991",
        is_staff=True)
    partner.users.add(partner_user)
    article = factories.article()
    ArticleSend.objects.create(article=article, status=ArticleSend.DONE, recipients=1)
    returned = ReturnRequest.objects.create(order=order, reason="changed-mind", language="en")
    ReturnLine.objects.create(request=returned, line=order.lines.first(), quantity=1)
    method = oscar_factories.create_shipping_weight_based()
    OptionGroup = get_model("catalogue", "AttributeOptionGroup")
    group = OptionGroup.objects.create(name="Colours")
    group.options.create(option="Black")
    voucher = oscar_factories.create_voucher()
    # Rows for the admin's pages of the roles' own models.
    BlogCategory, Tag = get_model("blog", "Category"), get_model("blog", "Tag")
    BlogCategory.objects.create(name="Recovery", slug="recovery")
    Tag.objects.create(name="Knots", slug="knots")
    event_type = get_model("order", "ShippingEventType").objects.get_or_create(
        code="dispatched", defaults={"name": "Dispatched"})[0]
    order.shipping_events.create(event_type=event_type)
    order.status_changes.create(old_status="Pending", new_status="Paid")
    get_model("checkout", "ReturnPolicy").objects.get_or_create()
    get_model("price_match", "Policy").objects.get_or_create()
    return {
        "order": order, "product": product, "category": category, "customer": customer,
        "product_class": product.product_class, "partner": partner, "partner_user": partner_user,
        "note": order.notes.create(message="Leave at the side door.", user=customer),
        "option_group": group,
        "option": get_model("catalogue", "Option").objects.create(name="Engraving", code="engraving"),
        "alert": get_model("customer", "ProductAlert").objects.create(product=product, user=customer),
        "page": FlatPage.objects.create(url="/role-matrix/", title="Matrix", content="c"),
        "offer": oscar_factories.create_offer(name="Matrix offer"),
        "range": get_model("offer", "Range").objects.create(name="Guns for the matrix"),
        "review": get_model("reviews", "ProductReview").objects.create(
            product=product, title="Quiet", body="Quiet and strong.", score=5, user=customer),
        "voucher": voucher,
        "voucher_set": get_model("voucher", "VoucherSet").objects.create(
            name="Matrix set", count=1, code_length=12,
            start_datetime=voucher.start_datetime, end_datetime=voucher.end_datetime),
        "method": method, "band": oscar_factories.create_shipping_weight_band(D("5"), D("9.00"), method),
        "event_type": get_model("communication", "CommunicationEventType").objects.get_or_create(
            code="ORDER_PLACED", defaults={"name": "Order placed"})[0],
        "article": article, "match": match_request(product),
        # Confirmed by an account since deleted: its pages answered 500 on the missing name.
        "job": ImportJob.objects.create(kind="products", file_name="p.csv", state=ImportJob.CHECKED,
                                        confirmed=timezone.now()),
        "link": OldLink.objects.create(path="/products/old-matrix-gun",
                                       target_url=product.get_absolute_url()),
        "return": returned,
        "subscriber": Subscriber.objects.create(email="reader@example.ca"),
        "conversation": _conversation(),
        **_course(customer),
    }


def _course(customer):
    from catalog.courses.models import Course, Enrolment, RefundPolicy

    course = Course.objects.create(product=factories.product(), instructor="Dana Reid", hours=D("12.0"),
                                   credits=D("8.0"))
    course.lessons.create(position=1, title="Where knots hide", body="Text")
    RefundPolicy.current()
    return {"course_product": course.product, "enrolment": Enrolment.objects.create(user=customer, course=course)}


def _conversation():
    from bodybest.chat import conversations
    from bodybest.chat.models import CannedAnswer

    CannedAnswer.objects.create(title="Matrix", text="An answer kept ready.")
    conversation = conversations.start(user=None, name="Ann", email="ann@example.ca", language="en",
                                       is_ticket=False, page_url="/", page_title="Home", basket=None)
    conversations.shopper_says(conversation=conversation, text="Is the matrix in stock?")
    return conversation


def walker(role, django_user_model):
    user = django_user_model.objects.create_user(
        username=f"walker-{role}".replace(" ", "-").lower(), email="walker@bodybest.ca",
        password="pw-walker-1991", is_staff=role != CUSTOMER, is_superuser=role == SUPERUSER)
    if role in roles.ROLES:
        user.groups.add(Group.objects.get(name=role))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return user, client


def refused(response, name=""):
    if name == "admin:app_list" and response.status_code == 404:
        return True
    return response.status_code == 403 or (
        response.status_code == 302 and "login" in response["Location"])


def first(table, key):
    """The value of the first line whose start is the key, or the key's app label ("order.")."""
    return next(value for start, value in table
                if key == start or (start.endswith(".") or not start) and key.startswith(start))


def expected_dashboard(name):
    """Who opens a dashboard page, or None when the table has no line for it."""
    for start, who in DASHBOARD:
        if name.startswith(start):
            return who
    return None


def expected_admin(route, name, superuser_request):
    """Who opens an admin page: the admin's own pages every staff member; a model's pages its
    readers, its add and delete pages its writers, unless its ModelAdmin refuses even a superuser
    (rows the store makes itself)."""
    model = admin_model(route)
    if name == "admin:app_list":  # filled with "order": a 404 for staff who read none of it
        return {F, S, O, SUPERUSER}
    if model is None or name.startswith("admin:?") and route.endswith("<path:object_id>/"):
        return STAFF | {SUPERUSER}  # the admin's home, or a redirect to a row's change page
    admin = site._registry[model]
    readers, writers, *deleters = first(ADMIN, f"{model._meta.app_label}.{model._meta.model_name}")
    if name.endswith("_add"):
        who, can = writers, admin.has_add_permission(superuser_request)
    elif name.endswith("_delete"):
        who, can = (deleters or [writers])[0], admin.has_delete_permission(superuser_request)
    elif name.endswith("_password_change"):
        who, can = writers, True
    else:
        who, can = readers, admin.has_view_or_change_permission(superuser_request)
    return (who | {SUPERUSER}) if can else set()


def walked(t):
    """(route, name, path) of every staff pattern walked; the routes it could not fill."""
    pages, unfilled = [], []
    for route, name in staff_patterns():
        model = admin_model(route)
        if route in SKIP or (model and "object_id" in route and model_key(model) in NO_ROWS):
            continue
        path = fill(route, name, t)
        if path is None and not any(word in route for word in OTHERS):
            unfilled.append(route)
        elif path is None:
            continue
        else:
            pages.append((route, name, path))
    return pages, unfilled


def test_every_staff_pattern_is_walked_or_skipped_with_a_reason(things):
    pages, unfilled = walked(things)
    assert not unfilled, "Fill these routes' arguments or add them to SKIP with a reason:\n" + \
        "\n".join(unfilled)
    routes = {route for route, name in staff_patterns()}
    assert set(SKIP) <= routes, f"SKIP names routes that are gone: {set(SKIP) - routes}"
    assert len(pages) > 400


@pytest.mark.parametrize("role", EVERYONE)
def test_each_role_opens_exactly_its_staff_pages_and_nothing_answers_500(
        role, things, django_user_model, rf):
    user, client = walker(role, django_user_model)
    superuser_request = rf.get("/admin/")
    superuser_request.user = django_user_model(is_staff=True, is_superuser=True, is_active=True)
    wrong = []
    pages, _ = walked(things)
    for route, name, path in pages:
        try:
            response = client.get(path)
        except Exception as error:  # noqa: BLE001  (a 500 in the test client)
            wrong.append(f"{path} ({name}) raised {error!r}")
            continue
        if response.status_code >= 500:
            wrong.append(f"{path} ({name}) answered {response.status_code}")
            continue
        if any(word in name for word in OTHERS):
            expected = None if role != CUSTOMER else set()
        elif route.startswith("admin/"):
            expected = expected_admin(route, name, superuser_request)
        else:
            expected = expected_dashboard(name)
            if expected is None:
                wrong.append(f"{path} ({name}): not in DASHBOARD; give it its roles")
                continue
            expected = expected | {SUPERUSER}
        if expected is None:
            continue
        if response.status_code == 404 and name != "admin:app_list":
            wrong.append(f"{path} ({name}) answered 404: its arguments are wrong")
        elif (role in expected) == refused(response, name):
            wrong.append(f"{path} ({name}) answered {response.status_code} to {role}, "
                         f"expected {'allowed' if role in expected else 'refused'}")
    assert not wrong, f"{len(wrong)} of {len(pages)}:\n" + "\n".join(wrong)


# Posts that change an order, price match or store page, each by a role the issue keeps out.
CHANGES = [
    (S, "order/", {"order_action": "change_order_status", "new_status": "Cancelled"}),
    (S, "order/", {"order_action": "save_note", "message": "Refund them twice."}),
    (S, "order/", {"line_action": "change_line_statuses", "selected_line": ["{line}"],
                   "selected_line_qty_{line}": "1", "new_status": "Cancelled"}),
    (S, "order/shipping-address/", {"line1": "1 Elsewhere St", "line4": "Ottawa",
                                    "postcode": "K1A 0B1", "country": "CA"}),
    (S, "order/notes/{note}/", {"message": "Changed by the wrong person."}),
    (F, "order/refund/", {"amount": "10.00", "reason": "Late", "already_refunded": "0.00"}),
    (C, "order/", {"order_action": "change_order_status", "new_status": "Cancelled"}),
    (F, "price-match/{match}/approve/", {}),
    (S, "pages/update/{page}/", {"title": "Taken over", "url": "/role-matrix/", "content": "x"}),
]


def state(t):
    order, match, page = t["order"], t["match"], t["page"]
    for row in (order, match, page, t["note"]):
        row.refresh_from_db()
    return (order.status, order.notes.count(), t["note"].message, [line.status for line in order.lines.all()],
            order.shipping_address.line1, match.status, page.title,
            get_model("bodybest", "StaffAction").objects.count())


@pytest.mark.parametrize("role, path, data", CHANGES)
def test_a_role_kept_out_of_a_change_is_refused_and_nothing_changes(
        role, path, data, things, django_user_model):
    _, client = walker(role, django_user_model)
    fill_in = {"line": things["order"].lines.first().pk, "note": things["note"].pk,
               "match": things["match"].pk, "page": things["page"].pk}
    path = "/dashboard/" + path.replace("order/", f"orders/{things['order'].number}/").format(**fill_in)
    data = {key.format(**fill_in): [v.format(**fill_in) for v in value] if isinstance(value, list)
            else value for key, value in data.items()}
    before = state(things)
    response = client.post(path, data)
    assert response.status_code == 403, f"{path}: {response.status_code}"
    assert state(things) == before
