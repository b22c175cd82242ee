"""The `access_fn` of the price match queue's entry in OSCAR_DASHBOARD_NAVIGATION.

Oscar's default access function looks the URL up among its own dashboard apps and raises
KeyError for any other, so a project page needs its own; the queue is for staff."""


def staff_only(user, url_name, url_args=None, url_kwargs=None):
    return user.is_staff
