"""Oscar's review form (found by Oscar's class loader under the catalogue fork) with a score
the form page can show again.

Oscar's review page draws the chosen score as stars with ``form.score.value|as_stars``; on a
form sent back with an error (a body of spaces, a missing title) that value is the posted text
"5", and ``as_stars`` rounds it: a TypeError and a 500 instead of the form's own messages.
"""
from django import forms
from oscar.apps.catalogue.reviews import forms as reviews_forms


class ScoreField(forms.TypedChoiceField):
    def prepare_value(self, value):
        """The posted score as a number for the stars; anything that is not one as no stars."""
        try:
            return int(value)
        except (TypeError, ValueError):
            return None


def _score_as_number(model_field, **kwargs):
    if model_field.name == "score":
        kwargs["choices_form_class"] = ScoreField
    return model_field.formfield(**kwargs)


class ProductReviewForm(reviews_forms.ProductReviewForm):
    class Meta(reviews_forms.ProductReviewForm.Meta):
        formfield_callback = _score_as_number
