"""The form staff record an old Shopify address with, in the dashboard (Old links) and the admin.

What it refuses, each with a message saying why and what to enter instead:
- an old path no redirect would look up (not one of Shopify's shapes, or one with a fixed
  answer such as /cart), or a French one (/fr/…: it follows the English address's record);
- an old path already recorded (another row; the message names where it leads);
- a target that is not a path of this site (old_links.is_local_target: no open redirect);
- a target that is an old address itself, in any language, the old path included: it would
  redirect again, and two such links send a visitor round in a loop.
The old path is stored normalised (old_links.normalise); ``cleaned_data["path"]`` is that form.
"""
from django import forms

from . import old_link_redirects, old_links
from .language import without_prefix
from .models import OldLink

SHAPES = ("/products/…, /collections/…, /collections/…/products/…, /blogs/…, /blogs/…/tagged/…, "
          "/pages/… or /policies/…")


class OldLinkForm(forms.ModelForm):
    """An old address the redirects look up, leading to a path of this site that is not an old
    address itself: no open redirect, no loop."""

    class Meta:
        model = OldLink
        fields = ("path", "target_url", "kind")
        labels = {"path": "Old address", "target_url": "Leads to", "kind": "Kind"}
        help_texts = {
            "path": "The old store's address or a full link to it, e.g. /products/whey-isolate. "
                    "Stored lower-case, without the query or a trailing slash; its French "
                    "address (/fr/products/…) follows it to the French page.",
            "target_url": "A page of this site, as its path: e.g. /catalogue/whey-isolate_12/.",
        }

    def clean_path(self):
        typed = self.cleaned_data["path"]
        path = old_links.normalise(typed)
        if len(path) > old_links.MAX_LENGTH:
            raise forms.ValidationError(f"An old address is at most {old_links.MAX_LENGTH} characters.")
        if old_link_redirects.is_french_form(path):
            raise forms.ValidationError(
                f"Enter the English address, {without_prefix(path)}: its French address {path} "
                "follows it to the French page by itself.")
        if not old_link_redirects.is_recordable(path):
            raise forms.ValidationError(
                f"{path} is not an address of the old store that a redirect can set: use one of "
                f"{SHAPES} (/cart, /account, /search and /collections/all have fixed answers).")
        taken = OldLink.objects.filter(path=path).exclude(pk=self.instance.pk).first()
        if taken is not None:
            raise forms.ValidationError(
                f"{path} is already redirected, to {taken.target_url}: edit that one instead.")
        return path

    def clean_target_url(self):
        target = self.cleaned_data["target_url"].strip()
        if not old_links.is_local_target(target):
            raise forms.ValidationError(
                "A path on this site starting with one '/', e.g. /catalogue/whey-isolate_12/ "
                "(no other site: visitors are never sent away).")
        if old_link_redirects.is_old_address(target):
            raise forms.ValidationError(self._loop_message(target))
        return target

    def _loop_message(self, target):
        key = old_links.normalise(without_prefix(target))
        path = old_links.normalise(self.data.get(self.add_prefix("path"), "")) if self.data else ""
        if key == path:
            return "An old address cannot lead to itself: enter the page of this site it now lives at."
        onward = OldLink.objects.filter(path=key).values_list("target_url", flat=True).first()
        if onward:
            return (f"{target} is an old address itself, which leads to {onward}: enter that page "
                    "instead. Pointing one old address at another would redirect twice, or round "
                    "in a loop.")
        return (f"{target} is an old address itself: enter the page of this site it should reach. "
                "Pointing one old address at another would redirect twice, or round in a loop.")
