"""Steps the staff journeys share."""
import re

from playwright.sync_api import expect

STAFF_EMAIL, STAFF_PASSWORD = "staffer@bodybest.ca", "pw-staff-1991"


def log_in(page, base):
    """Sign in at the dashboard's login as the journeys' staff member and wait to leave it."""
    page.goto(base + "/dashboard/login/")
    page.get_by_label("Email address or username").fill(STAFF_EMAIL)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Login").click()
    expect(page).not_to_have_url(re.compile("/login/"))
