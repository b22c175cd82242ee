"""The `access_fn` of our own entries in OSCAR_DASHBOARD_NAVIGATION (newsletter, price matches).

Oscar's default access function looks the URL up among its own dashboard apps and raises
KeyError for any other, so project pages need their own; ours are for staff. It imports
nothing, so settings can import it."""


def staff_only(user, url_name, url_args=None, url_kwargs=None):
    return user.is_staff
