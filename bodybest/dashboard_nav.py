"""The `access_fn` of our own entries in OSCAR_DASHBOARD_NAVIGATION (newsletter, price matches).

Oscar's default access function looks the URL up among its own dashboard apps and raises
KeyError for any other, so project pages need their own; ours are for staff. It imports
nothing, so settings can import it."""


def staff_only(user, url_name, url_args=None, url_kwargs=None):
    return user.is_staff


def with_shipping_charges(navigation):
    """Oscar's menu with "Shipping charges" (its weight-based method pages) under Fulfilment."""
    return with_entry(navigation, "dashboard:order-list",
                      {"label": "Shipping charges", "url_name": "dashboard:shipping-method-list"})


def with_courses(navigation, access_fn):
    """Oscar's menu with "Courses" under Catalogue (a course is a product): one more top-level
    entry would wrap the menu bar at desk width."""
    return with_entry(navigation, "dashboard:catalogue-product-list",
                      {"label": "Courses", "url_name": "courses-dashboard:index", "access_fn": access_fn})


def with_entry(navigation, beside, entry):
    """Oscar's menu with `entry` added to the group holding the URL name `beside`."""
    result = []
    for item in navigation:
        if item.get("url_name") is None and any(
            child.get("url_name") == beside for child in item.get("children", ())
        ):
            item = {**item, "children": [*item["children"], entry]}
        result.append(item)
    return result
