"""The `access_fn` of our own entries in OSCAR_DASHBOARD_NAVIGATION (newsletter, price matches).

Oscar's default access function looks the URL up among its own dashboard apps and raises
KeyError for any other, so project pages need their own; ours are for staff. It imports
nothing, so settings can import it."""


def staff_only(user, url_name, url_args=None, url_kwargs=None):
    return user.is_staff


def with_shipping_charges(navigation):
    """Oscar's menu with "Shipping charges" (its weight-based method pages) under Fulfilment."""
    entry = {"label": "Shipping charges", "url_name": "dashboard:shipping-method-list"}
    result = []
    for item in navigation:
        if item.get("url_name") is None and any(
            child.get("url_name") == "dashboard:order-list" for child in item.get("children", ())
        ):
            item = {**item, "children": [*item["children"], entry]}
        result.append(item)
    return result
