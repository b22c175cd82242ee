from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView
from django.views.static import serve
from blog import uploads
from catalog.alerts import views as alert_views
from catalog.search.views.suggest import suggest_view
from checkout import basket_views
from checkout.webhooks import stripe_webhook

from . import accounts, contact, gate, health, shipping_page
from .home import HomeView
from .sitemaps import sitemaps

urlpatterns = [
    path("", HomeView.as_view(), name="store-home"),
    path("healthz", health.healthz, name="healthz"),
    path("password/", gate.password_view, name="storefront-password"),
    path("contact/", contact.contact_view, name="contact"),
    path("shipping/", shipping_page.shipping_view, name="shipping"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("search/suggest/", suggest_view, name="search-suggest"),
    path("compare/", include("catalog.comparison_urls")),
    path("price-match/", include("catalog.price_match.urls")),
    path("blog/", include("blog.urls")),
    path("newsletter/", include("blog.newsletter.urls")),
    # The blog editor's preview and image upload: staff only (django-markdownx leaves them open).
    path("markdownx/upload/", staff_member_required(uploads.upload_image), name="markdownx_upload"),
    path("markdownx/markdownify/", staff_member_required(uploads.preview),
         name="markdownx_markdownify"),
    path("webhooks/stripe/", stripe_webhook, name="stripe-webhook"),
    # Oscar's basket formsets, refusing a broken management form (checkout/basket_views.py).
    path("basket/", basket_views.BasketView.as_view()),
    path("basket/saved/", login_required(basket_views.SavedView.as_view())),
    path("dashboard/orders/<str:number>/refund/", include("checkout.refund_urls")),
    path("dashboard/orders/<str:number>/", include("checkout.order_page_urls")),
    path("dashboard/newsletter/", include("blog.newsletter.dashboard.urls")),
    path("dashboard/price-match/", include("catalog.price_match.dashboard.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    # Oscar's sign-in views with throttling's needs, ahead of Oscar's at the same paths.
    path("accounts/login/", accounts.AccountAuthView.as_view()),
    path("accounts/register/", accounts.AccountRegistrationView.as_view()),
    path("dashboard/login/", accounts.StaffLoginView.as_view()),
    path("accounts/addresses/add/", login_required(accounts.AddressCreateView.as_view()),
         name="address-create"),
    path("accounts/addresses/<int:pk>/", login_required(accounts.AddressUpdateView.as_view()),
         name="address-detail"),
    # Oscar's back-in-stock form: 400 for a refused one, the guest's mail after commit (catalog/alerts/views.py).
    path("accounts/alerts/create/<int:pk>/", alert_views.ProductAlertCreateView.as_view()),
    path("", include("bodybest.oscar_guards")),  # Oscar views fixed for malformed input, same paths
    path("admin/", admin.site.urls),
    path("", include(apps.get_app_config("oscar").urls[0])),
]

if settings.SERVE_MEDIA:
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})
    )

