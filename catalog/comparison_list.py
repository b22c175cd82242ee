"""Where a shopper's comparison list lives: the session while signed out, ComparisonItem rows
once signed in. The rules (cap, order, merge) are in catalog/comparison.py."""
from contextlib import contextmanager

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from bodybest import visitor_parts
from catalog import comparison
from catalog.listing import is_browsable, tray_queryset

SESSION_KEY = "compare_products"
_REQUEST_ATTR = "_bodybest_comparison"


def comparison_for(request):
    """The request's comparison list, loaded once per request."""
    found = getattr(request, _REQUEST_ATTR, None)
    if found is None:
        found = ComparisonList(request)
        setattr(request, _REQUEST_ATTR, found)
    return found


class ComparisonList:
    def __init__(self, request):
        self.request = request
        user = getattr(request, "user", None)
        self.user = user if user is not None and user.is_authenticated else None
        self._ids = None
        self._products = None
        self.dropped = 0

    # Reading -----------------------------------------------------------------------------

    @property
    def ids(self):
        if self._ids is None:
            if self.user is not None:
                self.products()  # one query for the rows and the products the tray shows
            else:
                self._ids = self._load()
        return self._ids

    def __contains__(self, product_id):
        return product_id in self.ids

    def products(self, queryset=None):
        """The listed products that can still be bought, in list order, loaded once per request
        from ``queryset`` (all products, not only browsable ones; default: what a product card
        shows). For a customer the same query reads their saved rows.

        Products that were withdrawn or deleted since they were chosen are dropped from the
        list here, and ``dropped`` says how many, for a note on the page.
        """
        if self._products is None:
            if self.user is None and not self.ids:
                self._products = []  # most visitors: no list, no query to build
                return self._products
            queryset = tray_queryset() if queryset is None else queryset
            if self.user is not None and self._ids is None:
                loaded = list(
                    queryset.filter(comparison_items__user=self.user)
                    .annotate(compare_position=F("comparison_items__position"))
                    .order_by("compare_position")
                )
                self._ids = comparison.clean_ids([p.pk for p in loaded])
            else:
                by_id = queryset.in_bulk(self.ids) if self.ids else {}
                loaded = [by_id[i] for i in self.ids if i in by_id]
            kept = [p for p in loaded if p.pk in self._ids and is_browsable(p)]
            self._drop_all_but(tuple(p.pk for p in kept))
            self._products = kept
        return self._products

    # Changing ----------------------------------------------------------------------------

    def add(self, product_id):
        return self._apply(comparison.add_item, product_id)

    def remove(self, product_id):
        return self._apply(comparison.remove_item, product_id)

    def replace(self, old_id, new_id):
        return self._apply(comparison.replace_item, old_id, new_id)

    def clear(self):
        return self.set(())

    def set(self, ids):
        with self._locked():
            self._save(comparison.clean_ids(list(ids)))
        return comparison.Change(self.ids, comparison.REPLACED)

    def stored_ids(self):
        """The ids as stored, without loading products (one query for a customer)."""
        return self._load() if self._ids is None else self._ids

    def _apply(self, rule, *args):
        with self._locked():
            # Re-read under the lock: another tab or device may have changed the list, and a
            # product withdrawn since it was chosen must not hold a slot.
            self._ids = self._load()
            Product = get_model("catalogue", "Product")
            browsable = set(Product.objects.browsable().filter(pk__in=self._ids).values_list("pk", flat=True))
            self._drop_all_but(tuple(i for i in self._ids if i in browsable))
            change = rule(self._ids, *args)
            if change.ids != self._ids:
                self._save(change.ids)
        return change

    @contextmanager
    def _locked(self):
        """For a customer, serialise changes to their list on their user row, so two tabs
        adding at once cannot push it past the cap."""
        with transaction.atomic():
            if self.user is not None:
                _lock_user(self.user)
            yield

    # Storage -----------------------------------------------------------------------------

    def _load(self):
        if self.user is not None:
            return comparison.clean_ids(list(_saved_ids(self.user)))
        return comparison.clean_ids(self.request.session.get(SESSION_KEY))

    def _drop_all_but(self, kept_ids):
        """Forget listed products that can no longer be bought, counting them for a note.
        For a customer only their rows go, so a change made meanwhile elsewhere is kept."""
        gone = [i for i in self._ids if i not in kept_ids]
        if not gone:
            return
        self.dropped += len(gone)
        self._ids = kept_ids
        self._products = None
        if self.user is not None:
            get_model("catalogue", "ComparisonItem").objects.filter(
                user=self.user, product_id__in=gone
            ).delete()
        else:
            self._save(kept_ids)

    def _save(self, ids):
        self._ids = tuple(ids)
        self._products = None
        if self.user is not None:
            save_for_user(self.user, self._ids)
        elif self._ids:
            self.request.session[SESSION_KEY] = list(self._ids)
        else:
            self.request.session.pop(SESSION_KEY, None)


def _lock_user(user):
    get_user_model().objects.select_for_update().filter(pk=user.pk).exists()


def _saved_ids(user):
    Item = get_model("catalogue", "ComparisonItem")
    return Item.objects.filter(user=user).order_by("position").values_list("product_id", flat=True)


def save_for_user(user, ids):
    """Replace the customer's saved list with ``ids`` (already clean)."""
    Item = get_model("catalogue", "ComparisonItem")
    Item.objects.filter(user=user).delete()
    Item.objects.bulk_create(
        Item(user=user, product_id=product_id, position=position)
        for position, product_id in enumerate(ids)
    )
    visitor_parts.user_changed(user.pk)  # bulk_create sends no signal: their compare tray kept is retired


def merge_on_login(sender, request, user, **kwargs):
    """``user_logged_in`` receiver: move the signed-out list into the account.

    What the shopper chose while signed out comes first; saved items fill the free slots.
    """
    if request is None or not hasattr(request, "session"):
        return
    chosen_now = comparison.clean_ids(request.session.pop(SESSION_KEY, None))
    if not chosen_now:
        return
    with transaction.atomic():
        _lock_user(user)
        saved = list(_saved_ids(user))
        browsable = set(
            get_model("catalogue", "Product").objects.browsable()
            .filter(pk__in=[*chosen_now, *saved]).values_list("pk", flat=True)
        )
        ids, left_out = comparison.merge_lists(
            [i for i in chosen_now if i in browsable], [i for i in saved if i in browsable]
        )
        save_for_user(user, ids)
    if hasattr(request, _REQUEST_ATTR):
        delattr(request, _REQUEST_ATTR)
    if left_out:
        messages.info(request, _(
            "Your comparison list holds up to %(max)d items: we kept the ones you just chose "
            "and left out %(count)d saved earlier."
        ) % {"max": comparison.MAX_ITEMS, "count": len(left_out)})
