"""Staff roles: the four groups staff accounts are put in, as Django permissions, and the
permission each of our own dashboard pages needs.

One source for the groups' data migration (bodybest/migrations/0010_staff_role_groups.py, kept in
step after every `migrate` by `sync_groups`), our pages' access checks (`page_required`), the
dashboard menu (`menu_access`) and tests/bodybest/test_staff_roles.py. Oscar's own dashboard pages
and the Django admin check model permissions themselves, so a role reaches them through the
permissions listed here. A permission is "app_label.codename"; a `*` matches any part, so a
role also covers the models of its area added later (shipments, returns) on the next `migrate`.

This module imports nothing of Django's at import time: settings import it.
"""
from fnmatch import fnmatchcase

FULFILMENT, CONTENT, CUSTOMER_SERVICE, OWNER = "Fulfilment", "Content", "Customer service", "Owner"

ROLES = {
    FULFILMENT: [
        "order.view_*", "order.change_order", "order.change_line", "order.*_ordernote",
        "order.*_shippingevent", "order.*_shippingeventquantity", "order.change_shippingaddress",
        "order.*_orderstatuschange",
        "checkout.*_shipment*", "checkout.*_returnrequest", "checkout.*_returnline",
        "bodybest.view_staffaction",
        "checkout.view_cardpayment", "checkout.view_orderlanguage", "checkout.view_ordertax",
    ],
    CONTENT: [
        "catalogue.*", "partner.*_stockrecord", "partner.view_stockalert",
        "reviews.*", "blog.*", "flatpages.*", "bodybest.*_oldlink", "shopify.*",
        "newsletter.view_articlesend", "newsletter.add_articlesend",
        "courses.*_course", "courses.*_lesson", "courses.*_question", "courses.*_choice",
        "courses.*_association", "courses.view_*",
    ],
    CUSTOMER_SERVICE: [
        "order.view_*", "checkout.refund_order", "checkout.view_cardpayment",
        "checkout.view_orderlanguage", "checkout.view_ordertax", "bodybest.view_staffaction",
        "checkout.view_shipment*", "checkout.*_returnrequest", "checkout.*_returnline",
        "price_match.*_pricematchrequest", "price_match.view_policy",
        "newsletter.view_articlesend", "newsletter.view_subscriber", "newsletter.view_consent",
        "chat.*",
        "courses.view_*", "courses.add_enrolment", "courses.change_enrolment",
    ],
    OWNER: ["*"],
}

# Our own dashboard pages: URL namespace (or "namespace:name" for one page) -> permissions needed.
PAGES = {
    "newsletter-dashboard": ["newsletter.view_articlesend"],
    "newsletter-dashboard:subscribers": ["newsletter.view_subscriber"],
    "newsletter-dashboard:subscribers-csv": ["newsletter.view_subscriber"],
    "newsletter-dashboard:send-test": ["newsletter.add_articlesend"],
    "price-match-dashboard": ["price_match.view_pricematchrequest"],
    "price-match-dashboard:approve": ["price_match.change_pricematchrequest"],
    "price-match-dashboard:reject": ["price_match.change_pricematchrequest"],
    "shopify-import-dashboard": ["shopify.add_importjob"],
    "old-links-dashboard": ["bodybest.change_oldlink"],
    "order-refund": ["order.view_order", "checkout.refund_order"],
    # Warehouse paper (checkout/fulfilment_dashboard.py): Fulfilment and Customer service read shipments.
    "order-packing-slip": ["order.view_order", "checkout.view_shipment"],
    "pick-list-dashboard": ["order.view_order", "checkout.view_shipment"],
    # Returns (checkout/return_dashboard.py): receiving one also asks checkout.refund_order.
    "returns-dashboard": ["order.view_order", "checkout.view_returnrequest"],
    "returns-dashboard:detail": ["order.view_order", "checkout.view_returnrequest",
                                 "checkout.change_returnrequest"],
    # Chat with us (bodybest/chat/inbox.py): Customer service and Owner answer shoppers.
    "chat-inbox": ["chat.view_conversation"],
    "chat-inbox:detail": ["chat.view_conversation", "chat.change_conversation"],
    "chat-inbox:conversation-events": ["chat.view_conversation"],
    "chat-inbox:hours": ["chat.change_openinghours"],
    # Courses (catalog/courses/dashboard_views.py): everyone who writes or supports them reads the
    # figures; Customer service and Owner grant, extend and refund.
    "courses-dashboard": ["courses.view_enrolment"],
    "courses-dashboard:grant": ["courses.add_enrolment"],
    "courses-dashboard:extend": ["courses.change_enrolment"],
    "courses-dashboard:refund": ["order.view_order", "courses.change_enrolment", "checkout.refund_order"],
    # The late-orders limit (checkout/late_order_views.py): Owner and Fulfilment.
    "late-orders-dashboard": ["order.view_order", "checkout.change_shipmentdeadline"],
}

# Permissions no model declares: "app_label.codename" -> (model of its content type, name).
CUSTOM_PERMISSIONS = {
    "checkout.refund_order": ("cardpayment", "Can refund an order's card payment"),
}

# Changing an order from its dashboard page (status, notes, lines); reading it needs view_order.
CHANGE_ORDER = "order.change_order"


# Oscar's order pages that change an order but only ask `order.view_order`: asked to change too.
OSCAR_PAGES = {
    "orders_dashboard": {
        "order-shipping-address": ["order.view_order", CHANGE_ORDER],
        "order-detail-note": ["order.view_order", CHANGE_ORDER],
    },
}


def tighten_oscar_pages():
    """Set OSCAR_PAGES into Oscar's dashboard apps' permission maps (before their URLs are made:
    bodybest/urls.py calls it first)."""
    from django.apps import apps

    for label, pages in OSCAR_PAGES.items():
        apps.get_app_config(label).permissions_map.update(pages)


def role_covers(role, permission):
    return any(fnmatchcase(permission, pattern) for pattern in ROLES[role])


def page_permissions(url_name):
    """The permissions one of our pages needs, by its namespaced URL name; None if not ours."""
    if url_name in PAGES:
        return PAGES[url_name]
    return PAGES.get(url_name.split(":")[0]) if ":" in url_name else None


def can_open(user, url_name):
    perms = page_permissions(url_name)
    return perms is not None and user.is_active and user.is_staff and user.has_perms(perms)


def page_required(url_name):
    """The decorator of one of our pages: 403 for signed-in staff without its permissions (and
    for customers), the dashboard's sign-in page for visitors."""
    from django.urls import reverse_lazy
    from oscar.views.decorators import permissions_required

    return permissions_required(["is_staff", *page_permissions(url_name)],
                                login_url=reverse_lazy("dashboard:login"))


def menu_access(user, url_name, url_args=None, url_kwargs=None):
    """OSCAR_DASHBOARD_DEFAULT_ACCESS_FUNCTION: Oscar's pages by Oscar's permission map, ours by
    PAGES; a page known to neither stays out of the menu."""
    if url_name is not None and page_permissions(url_name) is not None:
        return can_open(user, url_name)
    from oscar.apps.dashboard.nav import default_access_fn

    try:
        return default_access_fn(user, url_name, url_args, url_kwargs)
    except KeyError:
        return False


def sync_groups(apps=None, **kwargs):
    """Create the four groups and set each one's permissions to exactly its role's. Idempotent;
    run by the data migration and after every `migrate` (post_migrate)."""
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for name, (model, label) in CUSTOM_PERMISSIONS.items():
        app_label, codename = name.split(".")
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(content_type=content_type, codename=codename,
                                         defaults={"name": label})
    every = [(f"{app_label}.{codename}", pk) for pk, app_label, codename in
             Permission.objects.values_list("pk", "content_type__app_label", "codename")]
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set([pk for name, pk in every if role_covers(role, name)])


def sync_after_migrate(app_config, apps=None, using="default", **kwargs):
    """post_migrate: once, after the last app's permissions are made, so the groups also take
    the permissions of models added since the data migration."""
    from django.apps import apps as global_apps

    if app_config is not list(global_apps.get_app_configs())[-1] or using != "default":
        return
    sync_groups()
