"""The return policy is one row staff with the permission create in the admin; staff without it
are refused the add page even while no policy exists (checkout/admin.py)."""
import pytest
from django.contrib.auth.models import Permission

from checkout.models import ReturnPolicy

pytestmark = pytest.mark.django_db
ADD_PAGE = "/admin/checkout/returnpolicy/add/"


@pytest.fixture
def no_policy():
    ReturnPolicy.objects.all().delete()


def test_staff_without_the_permission_cannot_add_a_policy(client, django_user_model, no_policy):
    clerk = django_user_model.objects.create_user(username="clerk", email="clerk@bodybest.ca",
                                                  password="pw-clerk-1991", is_staff=True)
    client.force_login(clerk)
    assert client.get(ADD_PAGE).status_code == 403
    assert client.post(ADD_PAGE, {"window_days": 1}).status_code == 403
    assert not ReturnPolicy.objects.exists()


def test_staff_with_the_permission_add_one_policy_and_no_second(client, django_user_model, no_policy):
    manager = django_user_model.objects.create_user(username="manager", email="manager@bodybest.ca",
                                                    password="pw-manager-1991", is_staff=True)
    manager.user_permissions.add(Permission.objects.get(codename="add_returnpolicy"))
    client.force_login(manager)
    assert client.get(ADD_PAGE).status_code == 200
    ReturnPolicy.objects.create(window_days=30)
    assert client.get(ADD_PAGE).status_code == 403
