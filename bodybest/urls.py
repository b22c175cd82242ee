from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.i18n import set_language
from django.views.static import serve
from blog import uploads
from catalog.alerts import views as alert_views
from catalog.search.views.suggest import suggest_view
from checkout import basket_add, basket_views, invoice_urls
from checkout.webhooks import stripe_webhook

from . import accounts, contact, gate, health, old_link_redirects, oscar_guards, roles, shipping_page
from .chat import views as chat_views
from .home import HomeView
from .language import storefront_patterns
from .sitemaps import sitemaps


def _dashboard_or_not(patterns):
    """(the staff's patterns, the shoppers') of a list mixing both, by the path they start with."""
    staff = [p for p in patterns if str(p.pattern).startswith("dashboard/")]
    return staff, [p for p in patterns if p not in staff]


roles.tighten_oscar_pages()  # before Oscar's URLs are made (bodybest/roles.py)
oscar_staff, oscar_store = _dashboard_or_not(apps.get_app_config("oscar").urls[0])
guards_staff, guards_store = _dashboard_or_not(oscar_guards.urlpatterns)

# One address in every language: staff pages, machines' endpoints and the language switch itself.
urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("webhooks/stripe/", stripe_webhook, name="stripe-webhook"),
    path("chat/", include("bodybest.chat.urls")),  # the chat panel's requests and live stream
    # The blog editor's preview and image upload: staff only (django-markdownx leaves them open).
    path("markdownx/upload/", staff_member_required(uploads.upload_image), name="markdownx_upload"),
    path("markdownx/markdownify/", staff_member_required(uploads.preview),
         name="markdownx_markdownify"),
    path("dashboard/orders/<str:number>/refund/", include("checkout.refund_urls")),
    path("dashboard/orders/<str:number>/ship/", include("checkout.shipment_urls")),
    path("dashboard/orders/<str:number>/", include(invoice_urls.staff)),
    # Not "statistics/": Oscar's order statistics page lives beside the order pages.
    re_path(r"^dashboard/orders/(?!statistics/)(?P<number>[^/]+)/", include("checkout.order_page_urls")),
    path("dashboard/newsletter/", include("blog.newsletter.dashboard.urls")),
    path("dashboard/price-match/", include("catalog.price_match.dashboard.urls")),
    path("dashboard/shopify/", include("catalog.shopify.dashboard.urls")),
    path("dashboard/old-links/", include("bodybest.old_link_dashboard.urls")),
    path("dashboard/returns/", include("checkout.return_dashboard_urls")),
    path("dashboard/chat/", include("bodybest.chat.inbox_urls")),
    path("dashboard/pick-list/", include("checkout.pick_list_urls")),
    path("dashboard/late-orders/", include("checkout.late_order_urls")),
    path("dashboard/courses/", include("catalog.courses.dashboard_urls")),
    path("dashboard/login/", accounts.StaffLoginView.as_view()),
    *guards_staff,  # Oscar views fixed for malformed input, same paths (bodybest/oscar_guards.py)
    *oscar_staff,
    path("admin/", admin.site.urls),
    # The old Shopify store's addresses: a 301 to the new page (bodybest/old_link_redirects.py).
    *old_link_redirects.gate,
]

# The storefront: English unprefixed, French under /fr/ (bodybest/language.py).
urlpatterns += storefront_patterns(
    path("", HomeView.as_view(), name="store-home"),
    path("password/", gate.password_view, name="storefront-password"),
    path("contact/", contact.contact_view, name="contact"),
    path("chat/conversation/", chat_views.conversation_view, name="chat-conversation"),
    path("shipping/", shipping_page.shipping_view, name="shipping"),
    path("search/suggest/", suggest_view, name="search-suggest"),
    path("compare/", include("catalog.comparison_urls")),
    path("price-match/", include("catalog.price_match.urls")),
    path("returns/order/", include("checkout.return_urls")),  # a shopper's return (checkout/return_views.py)
    path("blog/", include("blog.urls")),
    path("courses/", include("catalog.courses.urls")),  # a course's lessons (catalog/courses/)
    path("newsletter/", include("blog.newsletter.urls")),
    # Oscar's basket formsets, refusing a broken management form (checkout/basket_views.py).
    path("accounts/orders/<str:order_number>/", include(invoice_urls.account)),
    path("accounts/order-status/<str:order_number>/<str:hash>/", include(invoice_urls.guest)),
    path("basket/", basket_views.BasketView.as_view(), name="basket-page"),  # our own; Oscar's "basket:summary" reverses to it
    path("basket/saved/", login_required(basket_views.SavedView.as_view())),
    # Oscar's add-to-basket, a product with variants chosen by its options (checkout/basket_add.py).
    path("basket/add/<int:pk>/", basket_add.BasketAddView.as_view()),
    # Oscar's sign-in views with throttling's needs, ahead of Oscar's at the same paths.
    path("accounts/login/", accounts.AccountAuthView.as_view()),
    path("accounts/register/", accounts.AccountRegistrationView.as_view()),
    path("accounts/addresses/add/", login_required(accounts.AddressCreateView.as_view()),
         name="address-create"),
    path("accounts/addresses/<int:pk>/", login_required(accounts.AddressUpdateView.as_view()),
         name="address-detail"),
    # Oscar's back-in-stock form: 400 for a refused one, the guest's mail after commit (catalog/alerts/views.py).
    path("accounts/alerts/create/<int:pk>/", alert_views.ProductAlertCreateView.as_view()),
    *guards_store,
    *oscar_store,
)

if settings.SERVE_MEDIA:
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})
    )

